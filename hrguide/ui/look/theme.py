"""The look: one calm palette with a single accent, a high-contrast theme, text scaling.
The functions here compose style sheets; `ViewSettings` (settings.py) decides which."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtGui import QPixmapCache

from ... import paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

ACCENT = "#1f6f8b"
SCALE_STEPS = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
# Qt's styles keep rendered control pixmaps (buttons, frames, combo boxes at each size and
# state) in QPixmapCache, 10 MB by default. bench/monkey.py showed that cache filling over
# minutes of use. At 2 MB a full repaint of any page takes as long as at 10 MB
# (bench/pixmap_cache.py), and a kiosk that runs for weeks stays lean.
PIXMAP_CACHE_KB = 2048


def _sheet(name: str) -> str:
    path = paths.resources_dir() / "styles" / f"{name}.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def apply_theme(app: QApplication) -> None:
    """The default (light) style; called once when the app is created."""

    QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
    app.setStyleSheet(_sheet("light"))


def apply_icon() -> None:
    """The app's icon, for title bars and task bars. Given once the first page is on screen
    (or before an error message): PySide's QIcon class is costly to make, and a window
    manager shows an icon given later as soon as it comes."""
    from PySide6.QtGui import QGuiApplication, QIcon  # deferred (bench/deferred_imports.py)

    if QGuiApplication.windowIcon().isNull():
        icon = paths.resources_dir() / "icons" / "hrguide.png"
        if icon.exists():
            QGuiApplication.setWindowIcon(QIcon(str(icon)))


def composed_sheet(*, kiosk: bool, high_contrast: bool) -> str:
    """The app's style sheet at text scale 1: light, then kiosk (touch sizes), then high
    contrast (later rules win)."""
    sheet = _sheet("light")
    if kiosk:
        sheet += "\n" + _sheet("kiosk")
    if high_contrast:
        sheet += "\n" + _sheet("high_contrast")
    return sheet


def contrast_sheet() -> str:
    """The high-contrast rules, laid over the light sheet on each part of a window."""
    return _sheet("high_contrast")


def scale_sheet(sheet: str, scale: float) -> str:
    """Only the font sizes (pt) of `sheet`, multiplied by the text scale, rule by rule in
    the same order (so later rules still win); empty at scale 1."""
    if abs(scale - 1.0) < 0.001:
        return ""
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        size = re.search(r"font-size:\s*([0-9.]+)pt", body)
        if size:
            rules.append(
                f"{' '.join(selector.split())} {{ font-size: "
                f"{float(size.group(1)) * scale:.1f}pt; }}"
            )
    return "\n".join(rules)


def next_scale(now: float, step: int) -> float | None:
    """The next text size up (step 1) or down (step -1) from `now`; None at either end."""
    if step > 0:
        larger = [s for s in SCALE_STEPS if s > now + 0.01]
        return larger[0] if larger else None
    smaller = [s for s in SCALE_STEPS if s < now - 0.01]
    return smaller[-1] if smaller else None
