"""The administrator's way out: a PIN dialog with an on-screen keypad, as a frameless panel."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.pin import PinGuard
from ...logs import area

log = area("kiosk")

W = TypeVar("W", bound=QWidget)


def _app() -> QCoreApplication:
    app = QApplication.instance()
    assert app is not None  # the kiosk runs inside the app
    return app


def frameless(dialog: W) -> W:
    """In kiosk mode a dialog is a frameless panel over the window: no title bar, so no
    minimise, maximise or close button that could hide the kiosk."""
    dialog.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
    dialog.setProperty("kioskPanel", True)
    return dialog


def lock_window(window: QMainWindow) -> None:
    """The kiosk's window: no frame, above other windows (an Alt+Tab to another program
    cannot cover it), no context menu, nothing dropped on it."""
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
    window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
    window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    window.setAcceptDrops(False)
    # The kiosk window is the screen's size, whatever its pages ask for: a page wider than
    # the screen must never grow the window past it (Qt would resize the window to the
    # layout's minimum and drop full screen).
    layout = window.layout()
    assert layout is not None  # a QMainWindow always has its layout
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)


class AdminPinDialog(QDialog):
    """PIN entry with an on-screen keypad; wrong PINs are rate-limited by the guard."""

    def __init__(self, guard: PinGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminPinDialog")
        self.setWindowTitle(self.tr("Administrator"))
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # each prompt is freed
        self.guard = guard
        lay = QVBoxLayout(self)
        self.message = QLabel(self.tr("Enter the administrator PIN to leave kiosk mode."))
        self.message.setObjectName("adminPinMessage")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self.pin = QLineEdit()
        self.pin.setObjectName("adminPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(64)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.returnPressed.connect(self.submit)
        lay.addWidget(self.pin)
        pad = QGridLayout()
        for n, label in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]):
            b = QPushButton(label)
            b.setMinimumSize(64, 56)
            if label == "OK":
                b.setObjectName("adminPinOk")
                b.clicked.connect(self.submit)
            elif label == "⌫":
                b.setAccessibleName(self.tr("Delete"))
                b.clicked.connect(self.pin.backspace)
            else:
                b.clicked.connect(lambda _=False, d=label: self.pin.insert(d))
            pad.addWidget(b, n // 3, n % 3)
        lay.addLayout(pad)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("adminPinCancel")
        cancel.clicked.connect(self.reject)
        lay.addWidget(cancel)

    def submit(self) -> None:
        result = self.guard.attempt(self.pin.text())
        self.pin.clear()
        if result.ok:
            self.accept()
        elif result.locked_for > 0:
            self.message.setText(
                self.tr("Too many wrong PINs. Try again in {n} s.").format(
                    n=int(result.locked_for + 0.999)
                )
            )
        else:
            self.message.setText(self.tr("Wrong PIN."))
