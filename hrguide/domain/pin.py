"""The kiosk admin PIN: salted PBKDF2 hashes and a guard that rate-limits wrong guesses."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from collections.abc import Callable
from typing import NamedTuple

ITERATIONS = 200_000
# A site config's hash must use this many PBKDF2 rounds: fewer is too weak, more makes a
# single PIN try take minutes or hours (99,999,999,999 was accepted once).
MIN_ITERATIONS, MAX_ITERATIONS = 100_000, 2_000_000
PREFIX = "pbkdf2_sha256"


def iterations_of(stored: str) -> int | None:
    """The PBKDF2 rounds written in a stored hash, or None if it is not one of ours."""
    parts = stored.split("$")
    if len(parts) != 4 or parts[0] != PREFIX or not parts[1].isdigit():
        return None
    return int(parts[1])


def hash_pin(pin: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """A storable hash of `pin`: 'pbkdf2_sha256$<iterations>$<salt>$<hash>' (base64)."""
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        raise ValueError("a PIN is 4 to 12 digits")
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return "$".join(
        (
            PREFIX,
            str(iterations),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        )
    )


def verify_pin(pin: str, stored: str) -> bool:
    try:
        prefix, iterations, salt, digest = stored.split("$")
        if prefix != PREFIX or not 0 < int(iterations) <= MAX_ITERATIONS:
            return False  # never run a PIN try for minutes
        expected = base64.b64decode(digest)
        got = hashlib.pbkdf2_hmac("sha256", pin.encode(), base64.b64decode(salt), int(iterations))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


class Attempt(NamedTuple):
    ok: bool
    locked_for: float = 0.0  # seconds until the next try is allowed (0 = not locked)


class PinGuard:
    """Checks PINs; after `free_tries` wrong ones, each further wrong one locks the prompt
    for a time that doubles (30 s, 60 s, ... up to 15 minutes). A right PIN resets it."""

    def __init__(
        self,
        stored_hash: str,
        *,
        clock: Callable[[], float] = time.monotonic,
        free_tries: int = 3,
        first_lock: float = 30.0,
        max_lock: float = 900.0,
    ):
        self.stored_hash = stored_hash
        self.clock = clock
        self.free_tries, self.first_lock, self.max_lock = free_tries, first_lock, max_lock
        self.failures = 0
        self.locked_until = 0.0

    @property
    def enabled(self) -> bool:
        """No PIN configured means no exit from inside the app."""
        return bool(self.stored_hash)

    def remaining_lock(self) -> float:
        return max(0.0, self.locked_until - self.clock())

    def attempt(self, pin: str) -> Attempt:
        wait = self.remaining_lock()
        if wait > 0:
            return Attempt(False, wait)  # not even checked while locked
        if self.enabled and verify_pin(pin, self.stored_hash):
            self.failures = 0
            return Attempt(True)
        self.failures += 1
        over = self.failures - self.free_tries
        if over >= 0:
            lock = min(self.max_lock, self.first_lock * (2**over))
            self.locked_until = self.clock() + lock
            return Attempt(False, lock)
        return Attempt(False)
