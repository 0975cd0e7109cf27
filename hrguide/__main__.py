"""`python -m hrguide` and the `hrguide` command."""

from __future__ import annotations

import gc
import os
import sys


def main() -> int:
    # A start makes tens of thousands of objects that live as long as the app, and next to
    # no garbage: Python's cycle collector, run every 700 new objects, would walk them over
    # and over before the first page (bench/RESULTS.md, sixteenth session). It waits: the
    # app resumes it once the first page is painted, a command before it runs (cli).
    gc.disable()
    from .cli import main as cli_main  # deferred (bench/deferred_imports.py)

    try:
        return cli_main()
    except BrokenPipeError:  # e.g. `hrguide db check | head`: the reader left, not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
