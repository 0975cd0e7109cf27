"""Help > Keyboard: every shortcut the guide has, in one list."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout

SHORTCUTS = (
    ("Tab / Shift+Tab", "Move to the next / previous control"),
    ("Ctrl+1 … Ctrl+9", "Go to the first … ninth tab"),
    ("Ctrl+Tab / Ctrl+Shift+Tab", "Next / previous tab"),
    ("Ctrl+F", "Search the guide"),
    ("Down / Up, Enter", "Choose a search result and open it"),
    ("Alt+Left / Alt+Right", "Back / forward"),
    ("Ctrl+= / Ctrl+- / Ctrl+0", "Larger text / smaller text / normal size"),
    ("Space", "Check a box, press a button"),
    ("Arrow keys", "Move in a table or list; Space checks a career to compare"),
    ("F1", "This list"),
)


class KeyboardHelp(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboardHelp")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        lay = QVBoxLayout(self)
        rows = "".join(f"<tr><td><b>{self.tr(k)}</b></td><td>{self.tr(v)}</td></tr>"
                       for k, v in SHORTCUTS)
        text = QLabel(f"<table cellpadding='4'>{rows}</table>")
        text.setObjectName("keyboardHelpText")
        text.setAccessibleName(self.tr("Keyboard shortcuts"))
        lay.addWidget(text)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("keyboardHelpClose")
        close.clicked.connect(self.accept)
        lay.addWidget(close)
