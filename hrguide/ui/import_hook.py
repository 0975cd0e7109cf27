"""A cheaper answer to the question PySide's import hook asks of every module imported.

Once shiboken is loaded it sees every import (for its optional `__feature__` switches) and,
the first time it sees a module, asks whether that module uses PySide. Its answer is
whether the module's source text contains "PySide6", and it gets that text with
`inspect.getsource`: through `linecache` and `tokenize`, which keep every line of every
module (logging's 2,300, typing's 3,500, each of the guide's) in memory for good. That was
~11 M instructions (2 % of a bare window's whole start) on the way to the first page.

`quicken()` gives the hook the same answer from the file's bytes; a module without a
`.py` file (built in, frozen in the installer's bundle) still gets PySide's own answer.
If a PySide release changes or drops the hook, nothing here applies and nothing breaks."""

from __future__ import annotations

import sys
from types import ModuleType


def quicken() -> bool:
    """Install the cheaper answer (once); False when PySide's hook is not the one known."""
    from .code_cache import import_shiboken

    # sets up the hook (and is needed by PySide anyway); the cache is written, if need be,
    # once the first page is painted (MainWindow), never by a kiosk
    import_shiboken(save=False)

    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or not callable(upstream):
        return False
    if getattr(upstream, "reads_bytes", False):
        return True  # installed already

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return upstream(module)

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    uses_pyside.upstream = upstream  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True
