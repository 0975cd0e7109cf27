"""Write the README's list of data sources from the database's `sources` table.

Run: python tools/readme_sources.py [--check]

The list sits between two marker lines in README.md; everything else is left as it is.
With --check nothing is written and the exit code says whether the README is current
(tests/test_readme.py runs the same comparison).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BEGIN = "<!-- sources: written by tools/readme_sources.py from data/guide.db; do not edit -->"
END = "<!-- /sources -->"


def source_lines(db: Path) -> list[str]:
    """One line per data folder's source, as the database names it: label, period, publisher
    and folder. Sources without a folder (issuers' pages, the article) are named on the
    Sources tab, not here."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT short_label, period, publisher, folder FROM sources "
            "WHERE folder != '' ORDER BY short_label, year, source_id"
        ).fetchall()
    finally:
        conn.close()
    return [
        f"- {label}, {period} ({publisher}): `data/sources/{folder}/`"
        for label, period, publisher, folder in rows
    ]


def render(readme: str, db: Path) -> str:
    """`readme` with the text between the markers replaced by the current list."""
    head, found, rest = readme.partition(BEGIN + "\n")
    if not found or END not in rest:
        raise ValueError(f"README.md lacks the marker lines {BEGIN!r} and {END!r}")
    tail = rest[rest.index(END) :]
    return head + BEGIN + "\n" + "\n".join(source_lines(db)) + "\n" + tail


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only say whether README.md is current")
    ap.add_argument("--db", type=Path, default=ROOT / "data" / "guide.db")
    args = ap.parse_args()
    text = README.read_text(encoding="utf-8")
    new = render(text, args.db)
    if args.check:
        if new != text:
            print("README.md: the list of data sources is out of date; run tools/readme_sources.py")
            return 1
        return 0
    if new != text:
        README.write_text(new, encoding="utf-8")
        print("README.md: the list of data sources rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
