"""Help > Keyboard: every shortcut the guide has, in one list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ..html.text import keys_html
from ..kiosk import frameless

SHORTCUTS = (
    (
        QT_TRANSLATE_NOOP("KeyboardHelp", "Tab / Shift+Tab"),
        QT_TRANSLATE_NOOP("KeyboardHelp", "Move to the next / previous control"),
    ),
    (
        QT_TRANSLATE_NOOP("KeyboardHelp", "Ctrl+1 … Ctrl+9"),
        QT_TRANSLATE_NOOP("KeyboardHelp", "Go to the first … ninth tab"),
    ),
    (
        QT_TRANSLATE_NOOP("KeyboardHelp", "Ctrl+Tab / Ctrl+Shift+Tab"),
        QT_TRANSLATE_NOOP("KeyboardHelp", "Next / previous tab"),
    ),
    (
        QT_TRANSLATE_NOOP("KeyboardHelp", "Ctrl+F"),
        QT_TRANSLATE_NOOP("KeyboardHelp", "Search the guide"),
    ),
    (
        QT_TRANSLATE_NOOP("KeyboardHelp", "Down / Up, Enter"),
        QT_TRANSLATE_NOOP("KeyboardHelp", "Choose a search result and open it"),
    ),
    (
        QT_TRANSLATE_NOOP("KeyboardHelp", "Alt+Left / Alt+Right"),
        QT_TRANSLATE_NOOP("KeyboardHelp", "Back / forward"),
    ),
    (
        QT_TRANSLATE_NOOP("KeyboardHelp", "Ctrl+= / Ctrl+- / Ctrl+0"),
        QT_TRANSLATE_NOOP("KeyboardHelp", "Larger text / smaller text / normal size"),
    ),
    (
        QT_TRANSLATE_NOOP("KeyboardHelp", "Space"),
        QT_TRANSLATE_NOOP("KeyboardHelp", "Check a box, press a button"),
    ),
    (
        QT_TRANSLATE_NOOP("KeyboardHelp", "Arrow keys"),
        QT_TRANSLATE_NOOP(
            "KeyboardHelp", "Move in a table or list; Space checks a career to compare"
        ),
    ),
    (QT_TRANSLATE_NOOP("KeyboardHelp", "F1"), QT_TRANSLATE_NOOP("KeyboardHelp", "This list")),
)


class KeyboardHelp(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboardHelp")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        lay = QVBoxLayout(self)
        text = QLabel(keys_html([(self.tr(str(k)), self.tr(str(v))) for k, v in SHORTCUTS]))
        text.setTextFormat(Qt.TextFormat.RichText)  # the guide's own words and markup
        text.setObjectName("keyboardHelpText")
        text.setAccessibleName(self.tr("Keyboard shortcuts"))
        lay.addWidget(text)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("keyboardHelpClose")
        close.clicked.connect(self.accept)
        lay.addWidget(close)


def open_help(window: QWidget, *, kiosk: bool) -> None:
    """The keyboard help over `window`, freed when closed (frameless on a kiosk)."""
    dialog = KeyboardHelp(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if kiosk:
        frameless(dialog)
    dialog.open()
