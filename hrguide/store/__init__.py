"""SQLite access for hrguide: read-only, parameters bound, domain records out. No Qt."""

from .errors import GuideDataError
from .guide import GuideStore

__all__ = ["GuideDataError", "GuideStore", "check_database"]


def __getattr__(name: str) -> object:
    if name == "check_database":  # only `db check` and installs need it; keep it off start-up
        from .check import check_database  # deferred (bench/deferred_imports.py)

        return check_database
    raise AttributeError(name)
