"""The site configuration: one TOML file per machine, parsed into a named tuple (see
domain/models.py for why records on the start path are named tuples).

Where it is read from, lowest precedence first:
1. built-in defaults;
2. the machine-wide site file (`site_config_path()`), written by campus IT;
3. the user's file (`user_config_path()`), which may set only the keys the site file
   lists in `[user] allow = [...]`;
4. `--config PATH`, which overrides both (for testing a file before rolling it out).

Unknown keys, wrong types and bad values are refused with the file, line and key named:
the app never starts half-configured. No Qt here.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from .config_keys import LOAN_KEYS, SPEC, USER_ALLOWABLE
from .files import regular_file

APP = "hrguide"


class ConfigError(Exception):
    """A config file that cannot be used; the message names the file, line and key."""

    def __init__(self, path: Path | str, key: str, problem: str, line: int | None = None):
        self.path, self.key, self.problem, self.line = str(path), key, problem, line
        where = f"{self.path}, line {line}" if line else self.path
        super().__init__(f"{where}: {key}: {problem}")


class KioskConfig(NamedTuple):
    enabled: bool = False
    idle_seconds: int = 120
    countdown_seconds: int = 15
    admin_pin_hash: str = ""
    font_scale: float = 1.25
    printing: bool = False


class LoanRate(NamedTuple):
    """A newer federal loan rate than the guide's data has, from the site file: used for the
    monthly payment when its academic year is later than the data's."""

    rate_percent: float
    academic_year: str  # "2026-27": loans first disbursed 1 July 2026 to 30 June 2027
    source: str  # where campus IT read it, e.g. "Federal Student Aid, studentaid.gov"


class SiteConfig(NamedTuple):
    campus_name: str = ""
    logo: str = ""
    home_school: int | None = None
    default_state: str = ""
    language: str = ""  # "" = the operating system's language
    data_folder: str = ""
    font_scale: float = 1.0
    high_contrast: bool = False
    kiosk: KioskConfig = KioskConfig()
    user_allow: tuple[str, ...] = ()
    loan: LoanRate | None = None
    # where each effective value came from, e.g. {"kiosk.idle_seconds": "/etc/hrguide/site.toml"}
    origins: Mapping[str, str] = MappingProxyType({})


def site_config_path() -> Path:
    """The machine-wide file campus IT writes."""
    if sys.platform.startswith("win"):
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / APP / "site.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP / "site.toml"
    return Path("/etc") / APP / "site.toml"


def user_config_path() -> Path:
    from platformdirs import user_config_dir  # deferred (bench/deferred_imports.py)

    return Path(user_config_dir(APP, appauthor=False)) / "settings.toml"


def _line_of(text: str, table: str, key: str) -> int | None:
    """Best-effort line number of `key` inside `[table]` (tomllib gives no positions)."""
    current = ""
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        m = re.match(r"^\[([A-Za-z0-9_.-]+)\]", line)
        if m:
            current = m.group(1)
            continue
        if current == table and re.match(rf"^{re.escape(key)}\s*=", line):
            return n
    return None


def _table_line(text: str, table: str) -> int | None:
    for n, raw in enumerate(text.splitlines(), start=1):
        if raw.strip().startswith(f"[{table}]"):
            return n
    return None


def read_file(path: Path | str) -> dict[str, Any]:
    """Parse and validate one file into {"site.key": value, ...}; raise ConfigError."""
    path = Path(path)
    text = _read_text(path)
    values: dict[str, Any] = {}
    for table, content in _parse(path, text).items():
        _check_table(path, text, table, content)
        for key, value in content.items():
            name = f"{table}.{key}"
            _check_value(path, name, value, _line_of(text, table, key))
            values[name] = value
    given = [k for k in LOAN_KEYS if k in values]
    if given and len(given) < len(LOAN_KEYS):
        raise ConfigError(
            path,
            "[loan]",
            "set rate_percent, academic_year and source together",
            _table_line(text, "loan"),
        )
    return values


def _read_text(path: Path) -> str:
    """The file's text: an ordinary, readable, UTF-8 file (a BOM is allowed)."""
    if _present(path) and not regular_file(path):
        raise ConfigError(path, "(file)", "this is not an ordinary file")
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ConfigError(path, "(file)", "the file does not exist") from exc
    except OSError as exc:
        raise ConfigError(path, "(file)", f"the file cannot be read ({exc.strerror})") from exc
    try:
        return raw.decode("utf-8-sig")  # Windows Notepad starts a UTF-8 file with a BOM
    except UnicodeDecodeError as exc:
        raise ConfigError(path, "(file)", "the file is not UTF-8 text") from exc


def _parse(path: Path, text: str) -> dict[str, Any]:
    import tomllib  # deferred (bench/deferred_imports.py)

    try:
        return tomllib.loads(text)
    except RecursionError as exc:  # arrays inside arrays, thousands deep
        raise ConfigError(
            path, "(syntax)", "values are nested too deeply: no setting takes more than a list"
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        m = re.search(r"line (\d+)", str(exc))
        raise ConfigError(
            path, "(syntax)", f"not valid TOML ({exc})", line or (int(m.group(1)) if m else None)
        ) from exc


def _check_table(path: Path, text: str, table: str, content: object) -> None:
    if table not in ("site", "kiosk", "user", "loan"):
        raise ConfigError(
            path,
            f"[{table}]",
            "unknown table; use [site], [kiosk], [loan] or [user]",
            _table_line(text, table),
        )
    if not isinstance(content, dict):
        raise ConfigError(path, table, "must be a table, e.g. [site]", _line_of(text, "", table))


def _check_value(path: Path, name: str, value: object, line: int | None) -> None:
    """A known key with a value of its kind that passes its check."""
    table = name.split(".", 1)[0]
    if name not in SPEC:
        known = ", ".join(k.split(".", 1)[1] for k in SPEC if k.startswith(table + "."))
        raise ConfigError(path, name, f"unknown key (known in [{table}]: {known})", line)
    kind, check, hint = SPEC[name]
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds:
        raise ConfigError(path, name, f"must be {hint}, not true/false", line)
    if not isinstance(value, kind):
        raise ConfigError(path, name, f"must be {hint}, not {type(value).__name__}", line)
    if not check(value):
        raise ConfigError(path, name, f"must be {hint}, not {value!r}", line)
    if name == "user.allow" and isinstance(value, list):  # (a list: checked above)
        bad = [k for k in value if k not in USER_ALLOWABLE]
        if bad:
            raise ConfigError(path, name, f"cannot allow users to set {', '.join(bad)}", line)


def build(layers: list[tuple[str, dict[str, Any]]]) -> SiteConfig:
    """Merge validated layers (origin, values), later ones winning, into a SiteConfig."""
    merged: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for origin, values in layers:
        for k, v in values.items():
            merged[k] = v
            origins[k] = origin
    kiosk_kwargs = {k.split(".", 1)[1]: v for k, v in merged.items() if k.startswith("kiosk.")}
    site_kwargs = {k.split(".", 1)[1]: v for k, v in merged.items() if k.startswith("site.")}
    for name in ("font_scale",):
        if name in kiosk_kwargs:
            kiosk_kwargs[name] = float(kiosk_kwargs[name])
        if name in site_kwargs:
            site_kwargs[name] = float(site_kwargs[name])
    kiosk = KioskConfig()._replace(**kiosk_kwargs)
    loan = None
    if "loan.rate_percent" in merged:
        loan = LoanRate(
            float(merged["loan.rate_percent"]),
            merged["loan.academic_year"],
            merged["loan.source"],
        )
    return SiteConfig(
        kiosk=kiosk,
        loan=loan,
        user_allow=tuple(merged.get("user.allow", ())),
        origins=MappingProxyType(origins),
        **site_kwargs,
    )


def _present(path: Path) -> bool:
    """Whether a config file is there. A folder that cannot be read is a config error with
    the folder named, not a traceback (Path.exists raises PermissionError there)."""
    try:
        path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as exc:
        raise ConfigError(
            path, "(file)", f"the file or its folder cannot be read ({exc.strerror})"
        ) from exc
    return True


def load(
    explicit: Path | str | None = None,
    *,
    site_path: Path | None = None,
    user_path: Path | None = None,
) -> SiteConfig:
    """The effective config. Missing site/user files are fine; bad ones raise ConfigError."""
    layers: list[tuple[str, dict[str, Any]]] = []
    site_file = site_path or site_config_path()
    site_values: dict[str, Any] = {}
    if _present(site_file):
        site_values = read_file(site_file)
        layers.append((str(site_file), site_values))
    allowed = set(site_values.get("user.allow", ()))
    user_file = user_path or user_config_path()
    if _present(user_file):
        user_values = read_file(user_file)
        refused = sorted(k for k in user_values if k not in allowed)
        if refused:
            raise ConfigError(
                user_file,
                refused[0],
                "the site configuration does not allow users to set this key "
                f"(allowed: {', '.join(sorted(allowed)) or 'none'})",
            )
        layers.append((str(user_file), user_values))
    if explicit is not None:
        layers.append((str(explicit), read_file(explicit)))
    return build(layers)


def describe(cfg: SiteConfig) -> list[tuple[str, Any, str]]:
    """(key, value, origin) for every setting, for `hrguide config show`."""
    rows = []
    for name in SiteConfig._fields:
        if name in ("kiosk", "origins", "user_allow"):
            continue
        key = f"site.{name}"
        rows.append((key, getattr(cfg, name), cfg.origins.get(key, "default")))
    for name in KioskConfig._fields:
        key = f"kiosk.{name}"
        value = getattr(cfg.kiosk, name)
        if name == "admin_pin_hash" and value:
            value = "(set)"
        rows.append((key, value, cfg.origins.get(key, "default")))
    rows.append(("user.allow", list(cfg.user_allow), cfg.origins.get("user.allow", "default")))
    return rows
