"""PyInstaller runtime hook: import shiboken through the guide's code cache.

PyInstaller's own PySide6 runtime hook imports PySide6.QtCore before the app's first line
runs; runtime hooks given with --runtime-hook run before PyInstaller's, so the frozen app
gets the cache of PySide's compiled support code as a source run does
(hrguide/ui/code_cache.py)."""

from hrguide.ui.code_cache import import_shiboken

import_shiboken(save=False)  # written after the first page, never by a kiosk
