"""CSV export: UTF-8 with a byte-order mark and a header row, formula-like text neutralised."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..domain.shortlist import csv_cell


def write_csv(path: Path | str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write atomically (temp file, then rename); returns the number of data rows.

    The byte-order mark lets spreadsheet programs recognise UTF-8; numbers are written as
    numbers, and text starting with = + - @ gets a leading apostrophe so it is never run
    as a formula."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    n = 0
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow([csv_cell(h) for h in header])
        for row in rows:
            out.writerow([csv_cell(v) for v in row])
            n += 1
    os.replace(tmp, path)
    return n
