"""Fontconfig's set-up on a second thread while the app imports Qt and builds its window.

On Linux, Qt reads the system's font configuration (FcInit) the first time it measures
text: about a tenth of the work before the window's first paint, spent while one core waits
for it. FcInit may run on any thread and runs once per process: started here, it is usually
done by the time Qt calls it, and Qt's call then returns at once. If it is not done, Qt's own
call loads the configuration as it would have anyway. Nothing is shared with Qt but
fontconfig's own process-wide configuration, and nothing here can fail the app: without
fontconfig (Windows, macOS, a system without it) it does nothing."""

from __future__ import annotations

import _thread
import sys


def start() -> bool:
    """Start loading the font configuration in the background; False where there is none."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # deferred (bench/deferred_imports.py)

    try:
        # the name Qt itself links to; the frozen bundle's copy comes first on its path
        library = ctypes.CDLL("libfontconfig.so.1")
    except OSError:
        return False
    _thread.start_new_thread(library.FcInit, ())  # releases the GIL while it runs
    return True
