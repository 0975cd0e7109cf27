"""Languages: English (the source) and Spanish. Qt's own strings (standard buttons) come
from qtbase_es.qm; numbers, money and dates follow the language through QLocale."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from .. import paths
from . import fmt

LANGUAGES = {"en": "English", "es": "Español"}
_installed: list[QTranslator] = []
# loaded once per language and kept: a kiosk switches back at every reset, and a new
# translator per switch (each holding its catalogue) added up
_catalogues: dict[str, list[QTranslator]] = {}


def choose_language(configured: str) -> str:
    """The site config's language, else the operating system's (Spanish or English)."""
    if configured:
        return configured.split("_")[0] if configured.split("_")[0] in LANGUAGES else "en"
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def _load(app, lang: str) -> list[QTranslator]:
    """Our catalogue and Qt's own for `lang`; empty when ours is missing from this build."""
    if lang not in _catalogues:
        found: list[QTranslator] = []
        if lang == "es":
            ours = QTranslator(app)
            if ours.load(str(paths.resources_dir() / "translations" / "hrguide_es.qm")):
                found.append(ours)
                qt = QTranslator(app)
                if qt.load(
                    "qtbase_es", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
                ):
                    found.append(qt)
        _catalogues[lang] = found
    return _catalogues[lang]


def install(app, lang: str) -> str:
    """Make `lang` the UI language; returns the language actually in use."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang == "es":
        catalogues = _load(app, lang)
        if not catalogues:
            lang = "en"  # no Spanish catalogue in this build: stay in English
        for t in catalogues:
            app.installTranslator(t)
            _installed.append(t)
    country = QLocale.Country.UnitedStates
    language = QLocale.Language.Spanish if lang == "es" else QLocale.Language.English
    QLocale.setDefault(QLocale(language, country))
    fmt.reset_locale()
    app._hrguide_lang = lang
    return lang


def current(app) -> str:
    return getattr(app, "_hrguide_lang", "en")
