"""Entry point of the frozen app (PyInstaller starts this file)."""

import sys

from hrguide.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
