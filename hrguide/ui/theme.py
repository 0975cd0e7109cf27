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
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
