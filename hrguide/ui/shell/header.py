"""The header: back, forward and home, the title (and the campus's name and logo), search,
language, contrast and the keyboard help. It follows the router and the view settings
and translates itself in place when the language changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from ...config import SiteConfig
from ...files import is_image_file
from ..context import Context
from ..look.i18n import LANGUAGES
from ..look.settings import CONTRAST, LANGUAGE, ViewSettings
from ..widgets.basics import set_enum
from .router import Router
from .search import SearchBox, link_for_hit

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QResizeEvent


def _button(name: str, slot: Callable[[], object]) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # never elided
    button.clicked.connect(slot)
    return button


class Header(QWidget):
    helpRequested = Signal()

    def __init__(
        self, router: Router, search: SearchBox, ctx: Context, parent: QWidget | None = None
    ) -> None:
        """The header of the window `parent` (made inside it: moved in later, it would be
        styled twice): `ctx` gives the view settings, the site's name and kiosk mode."""
        super().__init__(parent)
        self.setObjectName("header")
        settings, config, kiosk = ctx.settings, ctx.config, ctx.kiosk
        self.router = router
        self.settings = settings
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(8)
        if kiosk:  # a kiosk's admin corner (five taps) is kept clear of the Back button
            from ..kiosk import CORNER_PX  # deferred (bench/deferred_imports.py)

            row.addSpacing(CORNER_PX)
        self.back_button = _button("backButton", router.back)
        self.forward_button = _button("forwardButton", router.forward)
        self.home_button = _button("homeButton", router.home)
        self.back_button.setText("←")
        self.forward_button.setText("→")
        self.title = QLabel()
        self.title.setObjectName("appTitle")
        campus = self._campus(config)
        logo = self._logo(config)
        self.search = search
        search.hitChosen.connect(lambda hit: router.go(link_for_hit(hit)))
        self.contrast_button = _button("contrastToggle", lambda: None)
        self.contrast_button.setCheckable(True)
        self.contrast_button.setChecked(settings.high_contrast)
        self.contrast_button.toggled.connect(settings.set_high_contrast)
        self.language = self._language_picker(settings)
        self.help_button = _button("helpButton", self.helpRequested.emit)
        self.help_button.setVisible(not kiosk)  # keyboard shortcuts mean nothing on a touch screen
        left: tuple[QWidget, ...] = (self.back_button, self.forward_button, self.home_button)
        right: tuple[QWidget, ...] = (search, self.language, self.contrast_button, self.help_button)
        for w in left:
            row.addWidget(w)
        row.addSpacing(12)
        for w in (logo, self.title, campus):
            row.addWidget(w)
        row.addStretch(1)
        for w in right:
            row.addWidget(w)
        router.historyChanged.connect(self._update_nav_buttons)
        router.moved.connect(search.hide_results)
        settings.changed.connect(self._settings_changed)
        self.retranslate()
        self._update_nav_buttons()

    def _language_picker(self, settings: ViewSettings) -> QComboBox:
        """English or Spanish, each named in its own language."""
        language = QComboBox()
        language.setObjectName("languagePicker")
        language.setAccessibleName("Language / Idioma")
        language.setToolTip("Language / Idioma")
        language.setAccessibleDescription("Language / Idioma")
        for code, name in LANGUAGES.items():
            language.addItem(name, code)
        language.setCurrentIndex(max(0, language.findData(settings.language)))
        language.currentIndexChanged.connect(
            lambda _i: settings.set_language(language.currentData())
        )
        return language

    @staticmethod
    def _campus(config: SiteConfig) -> QLabel:
        """The site's name (its own words, never markup); hidden when it has none."""
        campus = QLabel(config.campus_name)
        set_enum(campus, "textFormat", "PlainText")
        campus.setObjectName("campusName")
        campus.setProperty("role", "source")
        campus.setAccessibleName(config.campus_name)
        campus.setVisible(bool(config.campus_name))
        return campus

    @staticmethod
    def _logo(config: SiteConfig) -> QLabel:
        logo = QLabel()
        logo.setObjectName("campusLogo")
        logo.setVisible(False)
        if config.logo and is_image_file(config.logo):  # never a FIFO or a device
            from PySide6.QtGui import QPixmap  # deferred (bench/deferred_imports.py)

            pixmap = QPixmap(config.logo)
            if not pixmap.isNull():  # a missing or unreadable logo is simply not shown
                smooth = QtCore.Qt.TransformationMode.SmoothTransformation
                logo.setPixmap(pixmap.scaledToHeight(36, smooth))
                logo.setAccessibleName(config.campus_name or "Campus logo")
                logo.setVisible(True)
        return logo

    def retranslate(self) -> None:
        for button, name, tip in (
            (self.back_button, self.tr("Back"), self.tr("Back (Alt+Left)")),
            (self.forward_button, self.tr("Forward"), self.tr("Forward (Alt+Right)")),
            (self.home_button, self.tr("Home: back to the start page"), ""),
            (
                self.contrast_button,
                self.tr("High contrast"),
                self.tr("High-contrast colors (black, white and yellow)"),
            ),
            (self.help_button, self.tr("Keyboard shortcuts"), self.tr("Keyboard shortcuts (F1)")),
        ):
            button.setAccessibleName(name)
            button.setToolTip(tip)
            button.setAccessibleDescription(tip or name)
        self.home_button.setText(self.tr("Home"))
        self.contrast_button.setText(self.tr("High contrast"))
        self.help_button.setText(self.tr("Keys"))
        self.title.setText(self.tr("Health Records Career Guide"))  # APP_TITLE
        self.search.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """On a narrow screen (a portrait kiosk) the title gives way before any button is
        squeezed: the window's title bar or the attract screen names the guide anyway."""
        super().resizeEvent(event)
        layout = self.layout()
        assert layout is not None
        others = sum(
            item.sizeHint().width()
            for i in range(layout.count())
            if (item := layout.itemAt(i)) is not None and item.widget() is not self.title
        )
        margins = layout.contentsMargins().left() + layout.contentsMargins().right()
        spacing = layout.spacing() * layout.count()
        room = self.width() - others - margins - spacing
        self.title.setVisible(room >= self.title.sizeHint().width())

    def _settings_changed(self, what: str) -> None:
        if what == LANGUAGE:
            self._show_language()
            self.retranslate()
        elif what == CONTRAST and self.contrast_button.isChecked() != self.settings.high_contrast:
            self.contrast_button.setChecked(self.settings.high_contrast)

    def _show_language(self) -> None:
        index = max(0, self.language.findData(self.settings.language))
        if self.language.currentIndex() != index:
            self.language.blockSignals(True)  # shows the setting; it is not a new choice
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)

    def _update_nav_buttons(self) -> None:
        self.back_button.setEnabled(self.router.can_go_back())
        self.forward_button.setEnabled(self.router.can_go_forward())

    def nav_buttons(self) -> tuple[QToolButton, ...]:
        return (self.back_button, self.forward_button, self.home_button)
