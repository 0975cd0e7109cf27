"""ViewSettings: the one owner of the language, the text size and the contrast.

Everything that depends on them follows its `changed` signal: the translators and the
number formats (language), the application font and each window's scaled style sheet
(text size), and the style sheet (contrast). Nothing else stores them.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QWidget

from . import fmt, i18n
from .layers import Layers
from .retranslate import Retranslator
from .theme import composed_sheet, contrast_sheet, next_scale, scale_sheet

LANGUAGE, TEXT_SCALE, CONTRAST = "language", "text_scale", "high_contrast"


class Look(NamedTuple):
    """A language, text size and contrast: what a kiosk reset brings back."""

    language: str = "en"
    text_scale: float = 1.0
    high_contrast: bool = False


class ViewSettings(QObject):
    """One per application (a child of the QApplication: `ViewSettings.of(app)`)."""

    changed = Signal(str)  # LANGUAGE, TEXT_SCALE or CONTRAST

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("viewSettings")
        self._app = app
        self._look = Look()
        self._kiosk = False
        # the application font's size, read when the text size first changes: QFont is
        # another PySide class (and enums) that a start at the usual size never needs
        self._base_point_size: float | None = None
        self._installed: list[QTranslator] = []
        self._catalogues: dict[str, list[QTranslator]] = {}  # loaded once per language
        self._layers = Layers(self)
        self._retranslator: Retranslator | None = None

    @classmethod
    def of(cls, app: QApplication) -> ViewSettings:
        found = app.findChild(cls, "viewSettings")
        return found if isinstance(found, cls) else cls(app)

    # -- what is in use -----------------------------------------------------------------
    @property
    def language(self) -> str:
        return self._look.language

    @property
    def text_scale(self) -> float:
        return self._look.text_scale

    @property
    def high_contrast(self) -> bool:
        return self._look.high_contrast

    @property
    def kiosk(self) -> bool:
        return self._kiosk

    def look(self) -> Look:
        return self._look

    # -- changes ------------------------------------------------------------------------
    def start(self, look: Look, *, kiosk: bool) -> None:
        """The look a window starts with (site config or operating system)."""
        self._kiosk = kiosk
        self._install_language(look.language)
        self._look = Look(self._look.language, look.text_scale, look.high_contrast)
        self._apply_font()
        self._apply_style()

    def restore(self, look: Look) -> None:
        """Back to `look`, changing (and signalling) only what differs."""
        if look.language != self.language:
            self.set_language(look.language)
        if abs(look.text_scale - self.text_scale) > 0.001:
            self.set_text_scale(look.text_scale)
        if look.high_contrast != self.high_contrast:
            self.set_high_contrast(look.high_contrast)

    def set_language(self, lang: str) -> str:
        """Make `lang` the UI language; returns the language actually in use (English when
        this build has no catalogue for it)."""
        before = self.language
        self._install_language(lang)
        if self.language != before:
            if self._retranslator is None:  # (the catalogues are read at the first switch)
                self._retranslator = Retranslator(self)
            for window in self._layers.windows():  # every UI string where it is
                self._retranslator.tree(window, before, self.language)
            self.changed.emit(LANGUAGE)  # then pages put their data and numbers right
        return self.language

    def set_text_scale(self, scale: float) -> None:
        if abs(scale - self.text_scale) < 0.001:
            return
        self._look = Look(self.language, scale, self.high_contrast)
        self._apply_font()
        self._apply_layers()
        self.changed.emit(TEXT_SCALE)

    def step_text_size(self, step: int, configured: float) -> None:
        """Ctrl+= larger (1), Ctrl+- smaller (-1), Ctrl+0 back to `configured` (0)."""
        scale = configured if step == 0 else next_scale(self.text_scale, step)
        if scale is not None:
            self.set_text_scale(scale)

    def set_high_contrast(self, on: bool) -> None:
        if on == self.high_contrast:
            return
        self._look = Look(self.language, self.text_scale, on)
        self._apply_style()
        self.changed.emit(CONTRAST)

    def carry_text_scale(self, window: QWidget) -> None:
        """Give `window` (its pages, header, overlays and the dialogs it parents) the look's
        layer, now and on every change: high contrast and the text size's font sizes. The
        application's sheet stays light at scale 1: changing it re-styled every widget of
        the app (4.2 s for high contrast with all pages built), a sheet on the window every
        widget in it (0.6 s); layers.py puts it on the parts shown, the rest as shown."""
        self._layers.add_window(window)

    # -- applying -----------------------------------------------------------------------
    def _install_language(self, lang: str) -> None:
        for t in self._installed:
            self._app.removeTranslator(t)
        self._installed = []
        if lang != "en":
            if lang not in self._catalogues:
                self._catalogues[lang] = i18n.load_catalogues(self, lang)
            if not self._catalogues[lang]:
                lang = "en"  # no catalogue in this build: stay in English
            for t in self._catalogues.get(lang, []):
                self._app.installTranslator(t)
                self._installed.append(t)
        QLocale.setDefault(i18n.locale_for(lang))
        fmt.reset_locale()
        self._look = Look(lang, self.text_scale, self.high_contrast)

    def _apply_font(self) -> None:
        if self._base_point_size is None:
            if abs(self.text_scale - 1.0) < 0.001:
                return  # the application's font as it is
            self._base_point_size = self._app.font().pointSizeF()
        from PySide6.QtGui import QFont  # deferred (bench/deferred_imports.py)

        size = self._base_point_size * self.text_scale
        if abs(self._app.font().pointSizeF() - size) > 0.01:
            font = QFont(self._app.font())
            font.setPointSizeF(size)
            self._app.setFont(font)

    def _apply_style(self) -> None:
        sheet = composed_sheet(kiosk=self._kiosk, high_contrast=False)
        if self._app.styleSheet() != sheet:
            self._app.setStyleSheet(sheet)  # once: the light look, kiosk sizes
        self._apply_layers()

    def _apply_layers(self) -> None:
        layer = scale_sheet(
            composed_sheet(kiosk=self._kiosk, high_contrast=self.high_contrast), self.text_scale
        )
        if self.high_contrast:
            layer = contrast_sheet() + "\n" + layer
        self._layers.set_look(layer, self.high_contrast)
