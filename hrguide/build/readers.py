"""Read the source files: CSV and O*NET tab-separated text, with missing values as None."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# a table row as the build makes it: column name -> value
Row = dict[str, Any]

MISSING = {"", "-", ".", "*", "#", "n/a", "—"}


def read_csv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        yield from csv.DictReader(fh)


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """O*NET text files: tab-separated, header first, no quoting."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        yield from csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def num(value: str | None) -> float | None:
    if value is None:
        return None
    value = value.strip().replace(",", "")
    if value in MISSING:
        return None
    return float(value)


def integer(value: str | None) -> int | None:
    parsed = num(value)
    return None if parsed is None else int(round(parsed))


def thousands(value: str | None) -> int | None:
    """BLS projections publish employment in thousands; store people."""
    parsed = num(value)
    return None if parsed is None else int(round(parsed * 1000))


def flag(value: str | None) -> int | None:
    """IPEDS yes/no codes: 1 yes, 0 implied no, negative = not reported / not applicable."""
    parsed = integer(value)
    if parsed is None or parsed < 0:
        return None
    return 1 if parsed == 1 else 0
