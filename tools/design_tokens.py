"""Write the colour-token tables of docs/design.md from hrguide/ui/look/palette.py, with
each pair's contrast ratio computed.

Run: python tools/design_tokens.py

Each theme's table sits between a pair of marker lines; the rest of the document is left
as it is. tests/test_accessibility.py checks the document holds the current tables.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DOC = ROOT / "docs" / "design.md"


def render(text: str) -> str:
    from hrguide.ui.look.palette import THEMES, token_table

    for theme in THEMES:
        begin = f"<!-- tokens:{theme}: written by tools/design_tokens.py; do not edit -->"
        end = f"<!-- /tokens:{theme} -->"
        head, found, rest = text.partition(begin + "\n")
        if not found or end not in rest:
            raise ValueError(f"docs/design.md lacks the marker lines {begin!r} and {end!r}")
        text = head + begin + "\n" + token_table(theme) + "\n" + rest[rest.index(end) :]
    return text


def main() -> int:
    text = DOC.read_text(encoding="utf-8")
    new = render(text)
    if new != text:
        DOC.write_text(new, encoding="utf-8")
        print("docs/design.md: colour tokens written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
