"""Draw the app icon (a record folder with a pulse line) with QPainter into resources/icons/.

python tools/make_icon.py
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen


def main() -> None:
    QGuiApplication([])
    for size, name in ((256, "hrguide.png"), (64, "hrguide-64.png")):
        img = QImage(size, size, QImage.Format.Format_ARGB32)
        img.fill(Qt.GlobalColor.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = size / 256
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#1f6f8b"))
        p.drawRoundedRect(QRectF(16 * s, 16 * s, 224 * s, 224 * s), 40 * s, 40 * s)
        p.setBrush(QColor("#ffffff"))
        p.drawRoundedRect(QRectF(60 * s, 48 * s, 136 * s, 168 * s), 14 * s, 14 * s)
        p.setBrush(QColor("#f0b429"))
        p.drawRoundedRect(QRectF(96 * s, 36 * s, 64 * s, 28 * s), 8 * s, 8 * s)
        pen = QPen(QColor("#1f6f8b"), 12 * s)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        path = QPainterPath(QPointF(76 * s, 140 * s))
        for x, y in ((104, 140), (118, 108), (138, 172), (154, 128), (180, 128)):
            path.lineTo(x * s, y * s)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        p.setPen(QPen(QColor("#9fb0ba"), 8 * s))
        p.drawLine(QPointF(84 * s, 188 * s), QPointF(172 * s, 188 * s))
        p.end()
        img.save(os.path.join("resources", "icons", name))


if __name__ == "__main__":
    main()
