"""`python -m hrguide.build`: rebuild data/guide.db from the sources."""

from __future__ import annotations

import sys

from ..cli import main

if __name__ == "__main__":
    sys.exit(main(["db", "build", *sys.argv[1:]]))
