"""Languages: English (the source) and Spanish. Qt's own strings (standard buttons) come
from qtbase_es.qm; numbers, money and dates follow the language through QLocale. Which
language is in use is `ViewSettings.language` (settings.py)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QTranslator

from ... import paths

LANGUAGES = {"en": "English", "es": "Español"}


def choose_language(configured: str) -> str:
    """The site config's language, else the operating system's (Spanish or English)."""
    if configured:
        return configured.split("_")[0] if configured.split("_")[0] in LANGUAGES else "en"
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def load_catalogues(owner: QObject, lang: str) -> list[QTranslator]:
    """Our catalogue and Qt's own for `lang`; empty for English, and when ours is missing
    from this build."""
    from PySide6.QtCore import QLibraryInfo  # deferred (bench/deferred_imports.py)

    found: list[QTranslator] = []
    if lang == "es":
        ours = QTranslator(owner)
        if ours.load(str(paths.resources_dir() / "translations" / "hrguide_es.qm")):
            found.append(ours)
            qt = QTranslator(owner)
            if qt.load("qtbase_es", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                found.append(qt)
    return found


def locale_for(lang: str) -> QLocale:
    language = QLocale.Language.Spanish if lang == "es" else QLocale.Language.English
    return QLocale(language, QLocale.Country.UnitedStates)
