"""Where the desktop window opens. The first start fills a screen up to 1440 px wide
(maximised) and takes a comfortable size, centred, on larger ones; later starts bring back
the last size and place, moved and cut to fit a screen that still exists (a laptop taken
off its second monitor). The place is kept in a one-line file in the user's state folder;
nothing in it says who used the guide. A kiosk is full screen and keeps nothing.

The rules are plain functions of rectangles (x, y, width, height), tested without a
screen; `place` and `remember` apply them to a window."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QRect, QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ...logs import area

log = area("ui")

MAXIMISE_UP_TO = 1440  # a screen this wide or narrower: the window fills it
COMFORTABLE = (1600, 1000)  # the window's size on larger screens, at most
FRAME_ALLOWANCE = 40  # the title bar and borders a window manager adds, before it says


class Box(NamedTuple):
    x: int
    y: int
    w: int
    h: int

    def centre(self) -> tuple[int, int]:
        return self.x + self.w // 2, self.y + self.h // 2

    def holds(self, point: tuple[int, int]) -> bool:
        px, py = point
        return self.x <= px < self.x + self.w and self.y <= py < self.y + self.h


class Placement(NamedTuple):
    box: Box  # the window's size and place (when not maximised)
    maximised: bool


def first_placement(screen: Box) -> Placement:
    """Maximised on a screen up to MAXIMISE_UP_TO wide; else a comfortable size, centred.
    Either way the normal size fits the screen."""
    w = min(COMFORTABLE[0], screen.w * 9 // 10)
    h = min(COMFORTABLE[1], screen.h * 9 // 10 - FRAME_ALLOWANCE)
    box = Box(screen.x + (screen.w - w) // 2, screen.y + (screen.h - h) // 2, w, h)
    return Placement(box, maximised=screen.w <= MAXIMISE_UP_TO)


def restored_placement(saved: object, screens: list[Box], primary: Box) -> Placement:
    """The saved place on the screen that holds its centre, cut and moved to fit within
    it; the first start's place when nothing usable was saved or its screen is gone."""
    try:
        assert isinstance(saved, dict)
        box = Box(*(int(saved[k]) for k in ("x", "y", "w", "h")))
        maximised = saved.get("maximised", False) is True
    except (AssertionError, KeyError, TypeError, ValueError):
        return first_placement(primary)
    screen = next((s for s in screens if s.holds(box.centre())), None)
    if screen is None or box.w <= 0 or box.h <= 0:
        return first_placement(primary)
    w = min(box.w, screen.w)
    h = min(box.h, screen.h - FRAME_ALLOWANCE)
    x = min(max(box.x, screen.x), screen.x + screen.w - w)
    y = min(max(box.y, screen.y + FRAME_ALLOWANCE), screen.y + screen.h - h)
    return Placement(Box(x, y, w, h), maximised)


FIELDS = ("x", "y", "w", "h", "maximised")


def _state_file() -> Path:
    # Qt's state folder (XDG_STATE_HOME/hrguide/hrguide, AppData\Local on Windows,
    # Library/Preferences on macOS): platformdirs and json would add to every start

    where = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.StateLocation)
    return Path(where) / "window.txt"


def parse(text: str) -> dict[str, Any]:
    """'x y w h maximised' (one line of integers) as a dict; {} for anything else."""
    parts = text.split()
    if len(parts) != len(FIELDS) or not all(p.lstrip("-").isdigit() for p in parts):
        return {}
    values = dict(zip(FIELDS, map(int, parts), strict=True))
    values["maximised"] = values["maximised"] == 1
    return values


def _box(rect: QRect) -> Box:
    return Box(rect.x(), rect.y(), rect.width(), rect.height())


def place(window: QWidget) -> None:
    """Show `window` where the rules above say."""

    screens = [_box(s.availableGeometry()) for s in QGuiApplication.screens()]
    primary = QGuiApplication.primaryScreen()
    first = _box(primary.availableGeometry()) if primary else Box(0, 0, 1280, 800)
    try:
        saved = parse(_state_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        saved = {}
    where = restored_placement(saved, screens, first)
    window.setGeometry(QRect(*where.box))
    if where.maximised:
        window.showMaximized()
    else:
        window.show()


def remember(window: QWidget) -> None:
    """Keep the window's size and place for the next start; a failure only goes to the
    log (a read-only profile still lets the guide close)."""
    rect = window.normalGeometry() if window.isMaximized() else window.geometry()
    line = f"{rect.x()} {rect.y()} {rect.width()} {rect.height()} {int(window.isMaximized())}"
    path = _state_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(line + "\n", encoding="utf-8")
    except OSError as exc:
        log.info("the window's place was not kept: %s", exc)
