"""Languages: English (the source) and Spanish. Qt's own strings (standard buttons) come
from qtbase_es.qm; numbers, money and dates follow the language through QLocale."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from .. import paths
from . import fmt

LANGUAGES = {"en": "English", "es": "Español"}
_installed: list[QTranslator] = []


def choose_language(configured: str) -> str:
    """The site config's language, else the operating system's (Spanish or English)."""
    if configured:
        return configured.split("_")[0] if configured.split("_")[0] in LANGUAGES else "en"
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def install(app, lang: str) -> str:
    """Make `lang` the UI language; returns the language actually in use."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang == "es":
        ours = QTranslator(app)
        if ours.load(str(paths.resources_dir() / "translations" / "hrguide_es.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            lang = "en"  # no Spanish catalogue in this build: stay in English
        qt = QTranslator(app)
        if lang == "es" and qt.load("qtbase_es", QLibraryInfo.path(
                QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    country = QLocale.Country.UnitedStates
    language = QLocale.Language.Spanish if lang == "es" else QLocale.Language.English
    QLocale.setDefault(QLocale(language, country))
    fmt.reset_locale()
    app._hrguide_lang = lang
    return lang


def current(app) -> str:
    return getattr(app, "_hrguide_lang", "en")
