"""Kiosk mode: a full-screen guide a student cannot leave or break, found fresh by the
next student. `KioskController` guards a window through the `KioskHost` interface."""

from .admin import AdminPinDialog, frameless, lock_window
from .controller import CORNER_PX, KioskController, KioskHost
from .keys import is_admin_gesture, is_escape_key
from .overlays import AttractScreen, IdleOverlay, career_highlights
from .touch import close_popups, kinetic_scrolling, on_a_control, scrolls_by_itself

__all__ = [
    "CORNER_PX",
    "AdminPinDialog",
    "AttractScreen",
    "IdleOverlay",
    "KioskController",
    "KioskHost",
    "career_highlights",
    "close_popups",
    "frameless",
    "is_admin_gesture",
    "is_escape_key",
    "kinetic_scrolling",
    "lock_window",
    "on_a_control",
    "scrolls_by_itself",
]
