"""CSV export: UTF-8 with a byte-order mark and a header row, formula-like text neutralised."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..domain.shortlist import csv_cell
from . import reasons


def write_atomically(path: Path | str, data: bytes) -> None:
    """Write `data` to `path` whole or not at all: a new temporary file beside it (made by
    `tempfile.mkstemp`: a fresh name, created exclusively, so a file or link someone left
    in a shared folder is never written through or reused), flushed to disk, then renamed
    over the target. On any failure (a missing folder, no permission, a full disk) the
    temporary file is removed and OSError is raised; the target is left as it was."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        if hasattr(os, "fchmod"):  # mkstemp makes it owner-only; a saved file gets the usual mode
            os.fchmod(fd, 0o666 & ~current_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> tuple[bytes, int]:
    """The CSV file's bytes and its number of data rows."""
    buf = io.StringIO(newline="")
    out = csv.writer(buf)
    out.writerow([csv_cell(h) for h in header])
    n = 0
    for row in rows:
        out.writerow([csv_cell(v) for v in row])
        n += 1
    return buf.getvalue().encode("utf-8-sig"), n


def write_csv(path: Path | str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write atomically (temp file, then rename); returns the number of data rows.

    The byte-order mark lets spreadsheet programs recognise UTF-8; numbers are written as
    numbers, and text starting with = + - @ gets a leading apostrophe so it is never run
    as a formula."""
    data, n = csv_bytes(header, rows)
    write_atomically(path, data)
    return n


def why_not_written(exc: OSError) -> str:
    return reasons.WHY_NOT_WRITTEN.get(exc.errno or 0, reasons.NOT_WRITTEN)
