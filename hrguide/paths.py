"""Where the bundled database and resources live: source tree, installed wheel or frozen."""

from __future__ import annotations

import sys
from pathlib import Path

_PKG_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    """Folders that may hold the top-level `data` or `resources` folder, best first."""
    found: list[Path] = []
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:  # PyInstaller one-folder bundle
        found.append(Path(frozen_base) / name)
    found.append(_PKG_DIR / name)  # installed wheel: mapped into the package
    found.append(_PKG_DIR.parent / name)  # source checkout or editable install
    return found


def _first_existing(name: str) -> Path:
    for path in _candidates(name):
        if path.is_dir():
            return path
    return _candidates(name)[-1]


def data_dir() -> Path:
    """The folder holding the bundled guide.db."""
    return _first_existing("data")


def resources_dir() -> Path:
    """The folder holding icons, style sheets and translations."""
    return _first_existing("resources")


def bundled_db() -> Path:
    return data_dir() / "guide.db"


def source_root() -> Path:
    """The repository checkout (only meaningful when building the database)."""
    return _PKG_DIR.parent
