"""The look: one calm palette with a single accent, a high-contrast theme, text scaling."""

from __future__ import annotations

import re

from .. import paths

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


def apply_theme(app) -> None:
    """Icon and the default (light) style; called once when the app is created."""
    from PySide6.QtGui import QIcon, QPixmapCache

    QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
    icon = paths.resources_dir() / "icons" / "hrguide.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app._hrguide_style = {"kiosk": False, "high_contrast": False}
    app.setStyleSheet(_sheet("light"))


def composed_sheet(app) -> str:
    """The app's style sheet at text scale 1: light, then kiosk (touch sizes), then high
    contrast."""
    state = getattr(app, "_hrguide_style", {"kiosk": False, "high_contrast": False})
    sheet = _sheet("light")
    if state["kiosk"]:
        sheet += "\n" + _sheet("kiosk")
    if state["high_contrast"]:
        sheet += "\n" + _sheet("high_contrast")
    return sheet


def set_style(app, *, kiosk: bool | None = None, high_contrast: bool | None = None) -> None:
    """Compose the style sheet: light, then kiosk (touch sizes), then high contrast."""
    state = getattr(app, "_hrguide_style", {"kiosk": False, "high_contrast": False})
    if kiosk is not None:
        state["kiosk"] = kiosk
    if high_contrast is not None:
        state["high_contrast"] = high_contrast
    app._hrguide_style = state
    sheet = composed_sheet(app)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    _update_scale_layers(app)


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


# Windows that carry the text-scale layer. Changing the application's style sheet
# re-styles every widget of the app (2.3-3.4 s a text-size step with all pages built, on
# two cores); a style sheet on the window re-styles its own widgets alone and takes about
# 0.5 s. The app's sheet stays at scale 1; each window carries the scaled font sizes.
_SCALED: list = []


def carry_text_scale(window) -> None:
    """Give `window` (and the dialogs and overlays it parents) the current text scale, now
    and on every change."""
    from PySide6.QtWidgets import QApplication
    from shiboken6 import Shiboken

    _SCALED[:] = [w for w in _SCALED if Shiboken.isValid(w)]  # windows that are gone
    _SCALED.append(window)
    _apply_layer(QApplication.instance(), window)


def _apply_layer(app, window) -> None:
    layer = scale_sheet(composed_sheet(app), text_scale(app))
    if window.styleSheet() != layer:
        window.setStyleSheet(layer)


def _update_scale_layers(app) -> None:
    from shiboken6 import Shiboken

    for window in list(_SCALED):
        if Shiboken.isValid(window):
            _apply_layer(app, window)
        else:
            _SCALED.remove(window)


def is_high_contrast(app) -> bool:
    return bool(getattr(app, "_hrguide_style", {}).get("high_contrast"))


def base_point_size(app) -> float:
    from PySide6.QtGui import QFont

    base = getattr(app, "_hrguide_base_point_size", None)
    if base is None:
        base = app._hrguide_base_point_size = QFont(app.font()).pointSizeF()
    return base


def text_scale(app) -> float:
    return getattr(app, "_hrguide_scale", 1.0)


def set_text_scale(app, scale: float) -> None:
    """Scale the whole UI's base font (config `font_scale`, Ctrl+= and Ctrl+-)."""
    from PySide6.QtGui import QFont

    base = base_point_size(app)
    app._hrguide_scale = scale
    if abs(app.font().pointSizeF() - base * scale) > 0.01:
        font = QFont(app.font())
        font.setPointSizeF(base * scale)
        app.setFont(font)
    if hasattr(app, "_hrguide_style"):
        _update_scale_layers(app)  # the style sheet's own font sizes follow, per window


def apply_scale(app, scale: float, *, kiosk: bool = False, high_contrast: bool = False) -> None:
    set_text_scale(app, scale)
    set_style(app, kiosk=kiosk, high_contrast=high_contrast)
