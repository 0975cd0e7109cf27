"""Compiled code for PySide's own support modules, kept between starts.

shiboken (PySide's binding layer) carries its Python support modules (the signature loader,
the `__feature__` switches, the .pyi generator: 14 files, 130 KB of source) inside its
shared library, and compiles them from source on every start: ~130 M instructions, a fifth
of what a bare PySide window does before its first paint (bench/RESULTS.md). Python keeps
compiled code for files it imports in `__pycache__`; these are not files, so nothing is kept.

`import_shiboken()` imports shiboken the usual way while `compile` answers those 14 files
from a cache in the user's cache folder, and stores what it compiled for the next start.
An entry is used only when its source is byte for byte the source shiboken hands over, by
the same Python build; anything else (a new PySide, a new Python, a damaged or unreadable
file) is compiled as before. The cache holds PySide's code and nothing about the person
using the guide; a read-only or full disk leaves it unwritten and the start as it was, and
HRGUIDE_CODE_CACHE=0 in the environment turns it off (docs/deploy.md).
"""

from __future__ import annotations  # see `_compile`: the flag PySide's loader compiles with

import builtins
import contextlib
import marshal
import os
import sys
from pathlib import Path

FORMAT = 1
SWITCH = "HRGUIDE_CODE_CACHE"  # "0": no cache read or written (campus IT's choice)
# shiboken's bootstrap and the files of its embedded `shibokensupport` package, as named
# in the `compile` calls its loader makes
_BOOTSTRAP = "signature_bootstrap.py"
_PACKAGE = "shibokensupport/"


def cache_file() -> Path | None:
    """Where the compiled code is kept: one file per Python version. A newer PySide hands
    over other sources, which miss and replace the entries."""
    try:
        from platformdirs import user_cache_dir

        from .. import APP_NAME

        name = f"shiboken-{sys.implementation.cache_tag}.marshal"
        return Path(user_cache_dir(APP_NAME, appauthor=False)) / name
    except Exception:  # noqa: BLE001 - no cache folder: start without a cache
        return None


def _is_pyside_support(source: object, filename: object) -> bool:
    return isinstance(source, bytes) and (
        filename == _BOOTSTRAP or (isinstance(filename, str) and filename.startswith(_PACKAGE))
    )


def _read(path: Path | None) -> dict:
    if path is None:
        return {}
    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}  # missing, unreadable or damaged: compiled again and rewritten
    if not isinstance(stored, dict) or stored.get("format") != (FORMAT, sys.version):
        return {}
    entries = stored.get("entries")
    return entries if isinstance(entries, dict) else {}


def _write(path: Path, entries: dict) -> bool:
    data = marshal.dumps({"format": (FORMAT, sys.version), "entries": entries})
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.write_bytes(data)
        os.replace(part, path)  # whole or not at all: a reader never sees half a file
        return True
    except OSError:  # read-only, full or locked: the next start compiles again
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        return False


_pending: list[tuple[Path, dict]] = []  # compiled at start-up, to be saved when it suits


def import_shiboken(path: Path | None = None, *, save: bool = True) -> dict[str, int]:
    """Import shiboken6 with its support modules' code from the cache at `path` (the user's
    cache folder by default; none when HRGUIDE_CODE_CACHE=0). What had to be compiled is
    written to the cache now, or with `save=False` kept for `save_pending()`. Returns how
    many files came from the cache ("cached"), were compiled ("compiled") and whether the
    cache was written ("written": 0 or 1); all zero when shiboken was imported already."""
    counts = {"cached": 0, "compiled": 0, "written": 0}
    if "shiboken6" in sys.modules:
        return counts
    if path is None and os.environ.get(SWITCH) != "0":
        path = cache_file()
    stored = _read(path)
    used: dict[str, tuple[bytes, object]] = {}
    real_compile = builtins.compile

    def _compile(source, filename, mode, *args, **kwargs):
        # anything else compiled while shiboken loads (nothing, with PySide 6.11) is passed
        # on; it inherits this module's `annotations` flag as PySide's files do
        if args or kwargs or mode != "exec" or not _is_pyside_support(source, filename):
            return real_compile(source, filename, mode, *args, **kwargs)
        entry = stored.get(filename)
        if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == source:
            counts["cached"] += 1
        else:
            # PySide's loader calls compile() from a module with `from __future__ import
            # annotations` and lets the code inherit it; so does this module (a test
            # checks the code is the same as PySide's own)
            entry = (source, real_compile(source, filename, mode))
            counts["compiled"] += 1
        used[filename] = entry
        return entry[1]

    builtins.compile = _compile
    try:
        import shiboken6  # noqa: F401
    finally:
        builtins.compile = real_compile
    if counts["compiled"] and path is not None:
        if save:
            counts["written"] = int(_write(path, used))
        else:
            _pending[:] = [(path, used)]
    return counts


def save_pending() -> bool:
    """Write what `import_shiboken(save=False)` compiled (the guide calls this after its
    first page is painted, and never in kiosk mode); False when there is nothing to write
    or the disk refused it."""
    if not _pending:
        return False
    path, entries = _pending.pop()
    return _write(path, entries)
