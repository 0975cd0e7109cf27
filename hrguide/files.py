"""Files named in a site config: read only when they are ordinary files (a FIFO would hang
the start-up, a device or a folder is never read). No Qt here."""

from __future__ import annotations

import os
import stat
from pathlib import Path

IMAGE_MAX_BYTES = 5 * 2**20
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def regular_file(path: Path | str) -> bool:
    """True for an ordinary file: never a FIFO, a device or a folder (reading a FIFO would
    hang the start-up)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def is_image_file(path: Path | str) -> bool:
    """A regular PNG or JPEG file of a sensible size (read without Qt, and without
    blocking)."""
    if not regular_file(path):
        return False
    try:
        if os.path.getsize(path) > IMAGE_MAX_BYTES:
            return False
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError:
        return False
    return head.startswith(_IMAGE_SIGNATURES)
