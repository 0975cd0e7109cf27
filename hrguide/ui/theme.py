"""The look: one calm palette with a single accent, and the style sheet."""

from __future__ import annotations

from .. import paths

ACCENT = "#1f6f8b"


def apply_theme(app) -> None:
    from PySide6.QtGui import QIcon

    icon = paths.resources_dir() / "icons" / "hrguide.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    qss = paths.resources_dir() / "styles" / "light.qss"
    app._hrguide_qss = qss.read_text(encoding="utf-8") if qss.exists() else ""
    app.setStyleSheet(app._hrguide_qss)


def apply_scale(app, scale: float, *, kiosk: bool = False) -> None:
    """Scale the base font (site config `font_scale`); kiosk mode adds touch-sized targets."""
    from PySide6.QtGui import QFont

    base = getattr(app, "_hrguide_base_point_size", None)
    if base is None:
        base = app._hrguide_base_point_size = QFont(app.font()).pointSizeF()
    if abs(app.font().pointSizeF() - base * scale) > 0.01:
        font = QFont(app.font())
        font.setPointSizeF(base * scale)
        app.setFont(font)
    sheet = getattr(app, "_hrguide_qss", "")
    if kiosk:
        qss = paths.resources_dir() / "styles" / "kiosk.qss"
        if qss.exists():
            sheet += "\n" + qss.read_text(encoding="utf-8")
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
