"""What each key of the site configuration accepts: its type, a check, and the words a
refusal uses ("must be a two-letter postal code such as TX"). Read by config.py, which
parses the files and merges them."""

from __future__ import annotations

import re
from typing import Any

from .files import is_image_file

# key -> (type, check, hint). Keys in [kiosk] are written "kiosk.<name>". The patterns are
# compiled (by re's cache) when a file first sets their key, not on every start.
_STATE = r"^[A-Z]{2}$"
_LANG = r"^([a-z]{2}(_[A-Z]{2})?)?$"
_PIN = r"^pbkdf2_sha256\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$"


def _academic_year(value: str) -> bool:
    from .domain.outcomes import is_academic_year  # deferred (bench/deferred_imports.py)

    return is_academic_year(value)


def _pin_hash_ok(value: str) -> bool:
    from .domain.pin import (  # deferred (bench/deferred_imports.py)
        MAX_ITERATIONS,
        MIN_ITERATIONS,
        iterations_of,
    )

    rounds = iterations_of(value)
    return (
        bool(re.match(_PIN, value))
        and rounds is not None
        and (MIN_ITERATIONS <= rounds <= MAX_ITERATIONS)
    )


SPEC: dict[str, tuple[type | tuple[type, ...], Any, str]] = {
    "site.campus_name": (str, lambda v: len(v) <= 120, "a name of at most 120 characters"),
    "site.logo": (str, lambda v: v == "" or is_image_file(v), "a path to a PNG or JPEG file"),
    "site.home_school": (int, lambda v: 100000 <= v <= 99999999, "an IPEDS unit id"),
    "site.default_state": (
        str,
        lambda v: v == "" or bool(re.match(_STATE, v)),
        "a two-letter postal code such as TX",
    ),
    "site.language": (str, lambda v: bool(re.match(_LANG, v)), "a language code: en or es"),
    "site.data_folder": (str, lambda v: True, "a folder path"),
    "site.font_scale": ((int, float), lambda v: 0.75 <= v <= 3.0, "a number from 0.75 to 3"),
    "site.high_contrast": (bool, lambda v: True, "true or false"),
    "kiosk.enabled": (bool, lambda v: True, "true or false"),
    "kiosk.idle_seconds": (int, lambda v: 1 <= v <= 86400, "whole seconds from 1 to 86400"),
    "kiosk.countdown_seconds": (int, lambda v: 1 <= v <= 300, "whole seconds from 1 to 300"),
    "kiosk.admin_pin_hash": (
        str,
        lambda v: v == "" or _pin_hash_ok(v),
        "a hash printed by `hrguide kiosk hash-pin` (100,000 to 2,000,000 rounds)",
    ),
    "kiosk.font_scale": ((int, float), lambda v: 0.75 <= v <= 3.0, "a number from 0.75 to 3"),
    "kiosk.printing": (bool, lambda v: True, "true or false"),
    "loan.rate_percent": (
        (int, float),
        lambda v: 0 < v < 20,
        "a yearly rate in percent, such as 6.39",
    ),
    "loan.academic_year": (str, _academic_year, "an academic year such as 2026-27"),
    "loan.source": (
        str,
        lambda v: 0 < len(v) <= 120,
        "where the rate is from, at most 120 characters",
    ),
    "user.allow": (list, lambda v: all(isinstance(x, str) for x in v), "a list of key names"),
}
USER_ALLOWABLE = {
    k for k in SPEC if not k.startswith(("user.", "loan.")) and k != "kiosk.admin_pin_hash"
}
LOAN_KEYS = ("loan.rate_percent", "loan.academic_year", "loan.source")
