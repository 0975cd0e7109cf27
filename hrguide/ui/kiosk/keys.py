"""The keys a kiosk swallows (ways out of the app) and the admin's key gesture."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

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
