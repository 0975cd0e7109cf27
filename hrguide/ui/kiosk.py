"""Kiosk mode: no way out, idle reset with a countdown, an attract screen, admin PIN exit."""

from __future__ import annotations

import logging
import time
from typing import TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScroller,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from ..config import KioskConfig
from ..domain.pin import PinGuard
from . import fmt

log = logging.getLogger(__name__)

ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.TabletPress,
}
CTRL, ALT, SHIFT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ShiftModifier,
)
CORNER_PX, CORNER_TAPS, CORNER_WINDOW_S = 80, 5, 3.0


def is_escape_key(event: QKeyEvent) -> bool:
    """Keys that could leave or shrink the app: swallowed in kiosk mode."""
    key, mods = event.key(), event.modifiers()
    if key in (
        Qt.Key.Key_Escape,
        Qt.Key.Key_F11,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_Meta,
    ):
        return True
    if mods & ALT and key in (Qt.Key.Key_F4, Qt.Key.Key_Tab):
        return True
    if mods & CTRL and key in (Qt.Key.Key_W, Qt.Key.Key_Q):
        return True
    return bool(mods & CTRL and mods & ALT)  # every Ctrl+Alt+ combination the app sees


def is_admin_gesture(event: QKeyEvent) -> bool:
    mods = event.modifiers()
    return bool(event.key() == Qt.Key.Key_K and mods & CTRL and mods & ALT and mods & SHIFT)


class Overlay(QWidget):
    """A full-window layer over the guide."""

    def __init__(self, host: QWidget, object_name: str) -> None:
        super().__init__(host)
        self.setObjectName(object_name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.hide()

    def cover(self) -> None:
        host = self.parentWidget()
        assert host is not None  # an overlay always has its window
        self.setGeometry(host.rect())
        self.show()
        self.raise_()


class IdleOverlay(Overlay):
    def __init__(self, host: QWidget) -> None:
        super().__init__(host, "idleOverlay")
        lay = QVBoxLayout(self)
        lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self.tr("Still there?"))
        self.title.setObjectName("idleTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = QLabel(self.tr("Touch the screen to keep going."))
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel()
        self.countdown.setObjectName("idleCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for w in (self.title, self.prompt, self.countdown):
            lay.addWidget(w)

    def set_seconds(self, seconds: int) -> None:
        self.countdown.setText(
            self.tr("The guide starts over for the next student in {n} s").format(n=seconds)
        )


class AttractScreen(Overlay):
    """Shown after a reset until the next touch: the app's name and career highlights."""

    def __init__(self, host: QWidget, highlights: list[str]) -> None:
        super().__init__(host, "attractScreen")
        self.highlights = highlights or [""]
        self.position = 0
        lay = QVBoxLayout(self)
        lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name = QLabel(self.tr("Health Records Career Guide"))
        name.setObjectName("attractTitle")
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        touch = QLabel(self.tr("Touch anywhere to explore careers in health records"))
        touch.setObjectName("attractPrompt")
        touch.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.highlight = QLabel(self.highlights[0])
        self.highlight.setObjectName("attractHighlight")
        self.highlight.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.highlight.setWordWrap(True)
        self.highlight.setMinimumWidth(900)
        for w in (name, touch, self.highlight):
            lay.addWidget(w)
        self.rotate = QTimer(self)
        self.rotate.setInterval(6000)
        self.rotate.timeout.connect(self.next_highlight)

    def next_highlight(self) -> None:
        self.position = (self.position + 1) % len(self.highlights)
        self.highlight.setText(self.highlights[self.position])

    def cover(self) -> None:
        super().cover()
        self.rotate.start()

    def hideEvent(self, event) -> None:
        if hasattr(self, "rotate"):  # hide() runs once in the base constructor
            self.rotate.stop()
        super().hideEvent(event)


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


class AdminPinDialog(QDialog):
    """PIN entry with an on-screen keypad; wrong PINs are rate-limited by the guard."""

    def __init__(self, guard: PinGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminPinDialog")
        self.setWindowTitle(self.tr("Administrator"))
        self.setModal(True)
        self.guard = guard
        lay = QVBoxLayout(self)
        self.message = QLabel(self.tr("Enter the administrator PIN to leave kiosk mode."))
        self.message.setObjectName("adminPinMessage")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self.pin = QLineEdit()
        self.pin.setObjectName("adminPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
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


class KioskController(QObject):
    """Watches all input for the window: closes the escape routes, counts idle time,
    resets the guide for the next student and shows the attract screen."""

    def __init__(self, window, config: KioskConfig, highlights: list[str]) -> None:
        super().__init__(window)
        self.window = window
        self.config = config
        self.guard = PinGuard(config.admin_pin_hash)
        self.overlay = IdleOverlay(window)
        self.attract = AttractScreen(window, highlights)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(config.idle_seconds * 1000)
        self.idle.timeout.connect(self.start_countdown)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._count_down)
        self.left = 0
        self.resets = 0
        self._corner_taps: list[float] = []
        self.pin_dialog: AdminPinDialog | None = None
        # Whatever minimises or hides the window (a window manager's button on a dialog, a
        # stray key the system handles), it comes back full screen within a second.
        self.watch = QTimer(self)
        self.watch.setInterval(1000)
        self.watch.timeout.connect(self.keep_full_screen)
        self.watch.start()
        # A kiosk whose window is gone must not live on as an empty process: exit non-zero
        # so that its supervisor starts it again. (A plain function and a list the
        # controller shares with it: the controller, a child of the window, is deleted
        # before the window's destroyed signal. False once the admin has left.)
        armed = self._armed_ref = [True]
        window.destroyed.connect(lambda *_: _window_destroyed(armed))
        # the app ending on purpose (Ctrl+C, the admin's exit) deletes the window too
        _app().aboutToQuit.connect(lambda: armed.__setitem__(0, False))
        _app().installEventFilter(self)
        self.idle.start()

    def release(self) -> None:
        """Let the window go: the admin's exit (and tests) call this before closing it."""
        self._armed_ref[0] = False
        self.window.allow_close = True
        for timer in (self.idle, self.tick, self.watch, self.attract.rotate):
            timer.stop()
        _app().removeEventFilter(self)

    def keep_full_screen(self) -> None:
        """Full screen, shown, not minimised and active, unless the admin has left."""
        w = self.window
        if not self._armed_ref[0]:
            return
        state = w.windowState()
        if (
            state & Qt.WindowState.WindowMinimized
            or not state & Qt.WindowState.WindowFullScreen
            or not w.isVisible()
        ):
            log.info("kiosk window was minimised or hidden; restoring it")
            w.setWindowState(
                (state & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowFullScreen
            )
            w.showFullScreen()
            w.raise_()
            w.activateWindow()

    # -- input --------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        etype = event.type()
        if obj is self.window and etype in (QEvent.Type.WindowStateChange, QEvent.Type.Hide):
            QTimer.singleShot(0, self, self.keep_full_screen)
        if etype == QEvent.Type.ContextMenu:
            return True  # no context menus in kiosk mode
        if etype in (QEvent.Type.DragEnter, QEvent.Type.Drop):
            return True
        if etype in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            key_event = cast(QKeyEvent, event)  # both types arrive as QKeyEvent
            if is_admin_gesture(key_event):
                if etype == QEvent.Type.KeyPress:
                    QTimer.singleShot(0, self.ask_pin)
                return True
            in_pin_dialog = self.pin_dialog is not None and self.pin_dialog.isVisible()
            if is_escape_key(key_event) and not (
                in_pin_dialog and key_event.key() == Qt.Key.Key_Escape
            ):
                return True
        if etype in ACTIVITY:
            if etype == QEvent.Type.MouseButtonPress:
                self._corner_tap(event)
            if self.attract.isVisible():
                self.attract.hide()
                self.idle.start()
                return True  # the waking touch does not also press what lies under it
            if self.overlay.isVisible():
                self.cancel_countdown()
                return True
            self.idle.start()
        return False

    def _corner_tap(self, event) -> None:
        pos = event.globalPosition().toPoint() if hasattr(event, "globalPosition") else QPoint()
        local = self.window.mapFromGlobal(pos)
        if (
            local.x() <= CORNER_PX
            and local.y() <= CORNER_PX
            and not on_a_control(QApplication.widgetAt(pos), self.window)
        ):
            now = time.monotonic()
            self._corner_taps = [t for t in self._corner_taps if now - t <= CORNER_WINDOW_S]
            self._corner_taps.append(now)
            if len(self._corner_taps) >= CORNER_TAPS:
                self._corner_taps.clear()
                QTimer.singleShot(0, self.ask_pin)

    # -- idle ---------------------------------------------------------------------------
    def start_countdown(self) -> None:
        if self.attract.isVisible():
            return
        self.left = self.config.countdown_seconds
        self.overlay.set_seconds(self.left)
        self.overlay.cover()
        self.tick.start()

    def _count_down(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.tick.stop()
            self.overlay.hide()
            self.reset()
        else:
            self.overlay.set_seconds(self.left)

    def cancel_countdown(self) -> None:
        self.tick.stop()
        self.overlay.hide()
        self.idle.start()

    def reset(self) -> None:
        """The next student finds the guide as new: start state, then the attract screen."""
        close_popups()
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.reject()
        self.window.reset_to_start()
        self.resets += 1
        self.attract.cover()

    # -- admin --------------------------------------------------------------------------
    def ask_pin(self) -> None:
        if not self.guard.enabled:
            log.info("admin exit requested, but no PIN is configured: staying in kiosk mode")
            return
        if self.pin_dialog is not None and self.pin_dialog.isVisible():
            return
        dialog = self.pin_dialog = frameless(AdminPinDialog(self.guard, self.window))
        dialog.accepted.connect(self.admin_exit)
        dialog.open()

    def admin_exit(self) -> None:
        log.info("kiosk mode left with the admin PIN")
        self.release()
        self.window.close()
        _app().exit(0)


CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractItemView,
    QTabBar,
    QAbstractSlider,
    QAbstractSpinBox,
)


def on_a_control(widget: QWidget | None, window: QWidget) -> bool:
    """A tap on a button, list, field or tab is for that control, never an admin tap."""
    while widget is not None and widget is not window:
        if isinstance(widget, CONTROLS):
            return True
        widget = widget.parentWidget()
    return False


def _window_destroyed(armed: list[bool]) -> None:
    if armed[0]:
        log.error(
            "the kiosk window was destroyed; exiting so that the supervisor restarts the guide"
        )
        QApplication.exit(70)


def close_popups() -> None:
    """Close every open drop-down list and menu (a student's open list must not stay over
    the attract screen)."""
    for _ in range(20):  # popups can stack; each close hands over to the one below
        popup = QApplication.activePopupWidget()
        if popup is None:
            return
        popup.close()


def scrolls_by_itself(area: QAbstractScrollArea, window: QWidget) -> bool:
    """An area a finger scrolls on its own: inside the window (a combo box's drop-down is a
    popup of its own) and not a table that always shows all its rows (marked "fitted";
    those move with their page, and a touch on them scrolls the page, as Qt hands gestures
    up to the parent that grabbed them)."""
    return area.window() is window and not area.property("fitted")


def kinetic_scrolling(widget: QWidget) -> None:
    """Touch flicking on every area under `widget` that scrolls by itself. Each grab
    registers a new gesture type with Qt, and PySide keeps a Python object for every
    gesture type it has seen, so pages rebuilt again and again (language switches) grab
    no more than they need."""
    areas = widget.findChildren(QAbstractScrollArea)
    if isinstance(widget, QAbstractScrollArea):
        areas.append(widget)
    for area in areas:
        if scrolls_by_itself(area, widget.window()):
            QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)


def career_highlights(store) -> list[str]:
    """One line per career for the attract screen, each figure with its source."""
    lines = []
    for c in store.careers():
        wage = store.national_wage(c.soc_code)
        outlook = store.projection(c.soc_code)
        if wage is None or outlook is None:
            continue
        lines.append(
            QApplication.translate(
                "Kiosk",
                "{career}: median pay {pay} a year ({wage_source}); jobs expected to "
                "change {growth} over {period} ({outlook_source})",
            ).format(
                career=c.title,
                pay=fmt.money(wage.median_annual),
                wage_source=fmt.cite(wage.source),
                growth=fmt.percent(outlook.change_percent),
                period=outlook.period,
                outlook_source=fmt.cite(outlook.source),
            )
        )
    return lines
