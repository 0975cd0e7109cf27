"""Kiosk mode: no way out, idle reset with a countdown, an attract screen, admin PIN exit."""

from __future__ import annotations

import time
from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ...config import KioskConfig
from ...domain.pin import PinGuard
from ...logs import area
from ..look.settings import ViewSettings
from ..widgets.fields import forget_clipboard, forget_typing
from .admin import AdminPinDialog, frameless
from .keys import ACTIVITY, is_admin_gesture, is_escape_key
from .overlays import AttractScreen, Highlight, IdleOverlay
from .touch import close_popups, on_a_control

log = area("kiosk")


def _app() -> QCoreApplication:
    app = QApplication.instance()
    assert app is not None  # the kiosk runs inside the app
    return app


CORNER_PX, CORNER_TAPS, CORNER_WINDOW_S = 80, 5, 3.0


class KioskHost(Protocol):
    """What the controller needs of the window it guards, beyond being a QWidget: a way to
    put everything back as a new student finds it, and a way to let the admin close it
    (until then the window refuses to close)."""

    def reset_to_start(self) -> None: ...

    def unlock_close(self) -> None: ...


class KioskController(QObject):
    """Watches all input for the window: closes the escape routes, counts idle time,
    resets the guide for the next student and shows the attract screen."""

    def __init__(self, window: QWidget, config: KioskConfig, highlights: list[Highlight]) -> None:
        super().__init__(window)
        assert isinstance(window, QWidget)
        self.window = window
        self.host = cast(KioskHost, window)
        self.config = config
        self.guard = PinGuard(config.admin_pin_hash)
        self.overlay = IdleOverlay(window)
        self.attract = AttractScreen(window, highlights)
        self.attract.languageChosen.connect(self._language_chosen)
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
        self._covered = False  # another program's window had the focus at the last look
        # Whatever minimises or hides the window (a window manager's button on a dialog, a
        # stray key the system handles), it comes back full screen within a second.
        self.watch = QTimer(self)
        self.watch.setInterval(1000)
        self.watch.timeout.connect(self.watch_window)
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
        self.host.unlock_close()
        for timer in (self.idle, self.tick, self.watch, self.attract.rotate):
            timer.stop()
        _app().removeEventFilter(self)

    def watch_window(self) -> None:
        """The watch's once-a-second look, which also asks the window system."""
        self.keep_full_screen(ask_the_window_system=True)

    def keep_full_screen(self, ask_the_window_system: bool = False) -> None:
        """Full screen, shown, not minimised and active, unless the admin has left. What
        Qt's flags say is not enough under a window manager: a window unmapped by another
        program, left on another desktop or behind "show desktop" still looks shown to
        Qt, so the watch asks the window system too (is any of it exposed?). Right after a
        state change the window may not be exposed yet: only the watch asks that."""
        if not self._armed_ref[0]:
            return
        w = self.window
        state = w.windowState()
        hidden = not w.isVisible() or (ask_the_window_system and not _exposed(w))
        if (
            hidden
            or state & Qt.WindowState.WindowMinimized
            or not state & Qt.WindowState.WindowFullScreen
        ):
            log.info("kiosk window was minimised or hidden; restoring it")
            if hidden and w.isVisible():
                w.hide()  # unmapped behind Qt's back: map it again, on this desktop
            w.setWindowState(
                (state & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowFullScreen
            )
            w.showFullScreen()
            w.raise_()
            w.activateWindow()
        elif ask_the_window_system and _another_program_active():
            if not self._covered:  # said once a time, not at every tick
                log.info("another window was brought over the kiosk; raising the kiosk")
            self._covered = True
            w.raise_()
            w.activateWindow()
            return
        self._covered = False

    # -- input --------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        etype = event.type()
        if obj is self.window and etype in (QEvent.Type.WindowStateChange, QEvent.Type.Hide):
            QTimer.singleShot(0, self, self.keep_full_screen)
        if etype in (QEvent.Type.ContextMenu, QEvent.Type.DragEnter, QEvent.Type.Drop):
            return True  # no context menus, no dragging in kiosk mode
        if etype in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and self._key_held_back(
            cast(QKeyEvent, event),  # both types arrive as QKeyEvent
            etype == QEvent.Type.KeyPress,
        ):
            return True
        if etype in ACTIVITY:
            return self._activity(obj, event)
        return False

    def _key_held_back(self, key_event: QKeyEvent, pressed: bool) -> bool:
        """The admin gesture asks for the PIN; keys that would leave the app do nothing
        (Escape still closes the PIN dialog)."""
        if is_admin_gesture(key_event):
            if pressed:
                QTimer.singleShot(0, self.ask_pin)
            return True
        in_pin_dialog = self.pin_dialog is not None and self.pin_dialog.isVisible()
        return is_escape_key(key_event) and not (
            in_pin_dialog and key_event.key() == Qt.Key.Key_Escape
        )

    def _activity(self, obj: QObject, event: QEvent) -> bool:
        """A touch, click or key: it wakes the attract screen (and does nothing else),
        cancels a countdown, or restarts the idle timer. True: the event goes no further."""
        if event.type() == QEvent.Type.MouseButtonPress:
            self._corner_tap(event)
        if self.attract.isVisible():
            if self._on_language_button(obj):
                return False  # the touch picks the language (the button's click)
            self.attract.hide()
            self.idle.start()
            return True  # the waking touch does not also press what lies under it
        if self.overlay.isVisible():
            self.cancel_countdown()
            return True
        self.idle.start()
        return False

    def _on_language_button(self, obj: QObject) -> bool:
        return any(
            obj is b or (isinstance(obj, QWidget) and b.isAncestorOf(obj))
            for b in self.attract.language_buttons
        )

    def _language_chosen(self, code: str) -> None:
        """A student picked a language on the attract screen: the guide starts in it."""

        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a kiosk runs in a widgets application
        ViewSettings.of(app).set_language(code)
        self.attract.hide()
        self.idle.start()

    def _corner_tap(self, event: QEvent) -> None:
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
        self.host.reset_to_start()
        # what a next student could bring back: undo history in every field, the
        # clipboard and the X11 selection (Ctrl+Z, Ctrl+V, a middle click)
        forget_typing()
        forget_clipboard()
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
        dialog.finished.connect(self._pin_dialog_closed)  # it deletes itself when closed
        dialog.open()

    def _pin_dialog_closed(self, _result: int) -> None:
        self.pin_dialog = None

    def admin_exit(self) -> None:
        log.info("kiosk mode left with the admin PIN")
        self.release()
        self.window.close()
        _app().exit(0)


def _exposed(window: QWidget) -> bool:
    """Whether the window system shows any of the window (False when it is unmapped, on
    another desktop or iconified by the window manager behind Qt's back)."""
    handle = window.windowHandle()
    return handle is None or handle.isExposed()


# platforms where the window system says which program has the focus (not offscreen)
_ACTIVATION_PLATFORMS = {"xcb", "windows", "cocoa", "wayland"}


def _another_program_active() -> bool:
    """No window of the guide's is active: another program's window has the focus."""

    if QGuiApplication.platformName() not in _ACTIVATION_PLATFORMS:
        return False
    return QApplication.activeWindow() is None and QApplication.activePopupWidget() is None


def _window_destroyed(armed: list[bool]) -> None:
    if armed[0]:
        log.error(
            "the kiosk window was destroyed; exiting so that the supervisor restarts the guide"
        )
        QApplication.exit(70)
