"""QR codes for web addresses (a kiosk opens no browser: students scan the code instead)."""

from __future__ import annotations

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap

QUIET_ZONE = 4  # modules of white border the QR standard asks for


def qr_matrix(text: str) -> list[list[bool]]:
    """The code's modules (True = dark), without the quiet zone."""
    code = segno.make(text, error="m", micro=False)
    return [[bool(v) for v in row] for row in code.matrix]


def qr_image(text: str, module_px: int = 4) -> QImage:
    """A crisp image: every module exactly `module_px` pixels, no smoothing."""
    matrix = qr_matrix(text)
    n = len(matrix) + 2 * QUIET_ZONE
    img = QImage(n, n, QImage.Format.Format_Mono)
    img.setColor(0, QColor("white").rgb())
    img.setColor(1, QColor("black").rgb())
    img.fill(0)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                img.setPixel(x + QUIET_ZONE, y + QUIET_ZONE, 1)
    return img.scaled(
        n * module_px,
        n * module_px,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )


def qr_pixmap(text: str, module_px: int = 4) -> QPixmap:
    return QPixmap.fromImage(qr_image(text, module_px))
