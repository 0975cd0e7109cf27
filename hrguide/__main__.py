"""`python -m hrguide` and the `hrguide` command."""

from __future__ import annotations

import os
import sys


def main() -> int:
    from .cli import main as cli_main  # deferred (bench/deferred_imports.py)

    try:
        return cli_main()
    except BrokenPipeError:  # e.g. `hrguide db check | head`: the reader left, not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
