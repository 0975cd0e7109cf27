"""What can go wrong with the user database, told apart: a corrupt file (moved aside) is
not a locked, full or read-only one (kept, opened read-only), and a person is told why in
plain words, never with an SQLite message."""

from __future__ import annotations

import sqlite3

from . import reasons


class UserDataUnavailable(Exception):
    """The shortlists cannot be changed now (locked by another program, a full disk, a
    read-only folder...). The message says why in plain words; nothing was changed."""


class _Corrupt(Exception):
    """The file is not a usable SQLite database (or fails its integrity check)."""


# SQLite's primary result codes (extended codes carry them in their low byte)
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_BUSY, _LOCKED, _READONLY, _IOERR, _FULL, _CANTOPEN, _PERM = 5, 6, 8, 10, 13, 14, 3
OPEN_TIMEOUT_S = 5.0  # how long opening or a write waits for another program's lock


def _code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_busy(exc: BaseException) -> bool:
    """Another connection holds the lock: worth waiting a moment and trying again."""
    return _code(exc) in (_BUSY, _LOCKED)


def is_corruption(exc: BaseException) -> bool:
    """Only a real format or integrity failure counts: a lock, a full disk or a read-only
    folder is not a corrupt file."""
    if isinstance(exc, _Corrupt):
        return True
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = _code(exc)
    if code is not None:
        return code in _CORRUPT_CODES
    text = str(exc).lower()
    return "file is not a database" in text or "malformed" in text


def plain_reason(exc: BaseException) -> str:
    """What went wrong, for a person: never an SQLite message."""
    code = _code(exc)
    text = str(exc).lower()
    if code in (_BUSY, _LOCKED) or "locked" in text or "busy" in text:
        return reasons.IN_USE
    if code == _FULL or "disk is full" in text or getattr(exc, "errno", None) == 28:
        return reasons.DISK_FULL
    if (
        code in (_READONLY, _PERM)
        or "readonly" in text
        or "read-only" in text
        or isinstance(exc, PermissionError)
    ):
        return reasons.READ_ONLY
    if code in (_CANTOPEN, _IOERR) or isinstance(exc, OSError):
        return reasons.NOT_OPENED
    return reasons.NOT_USED
