"""SQLite access for hrguide: read-only, parameters bound, domain records out. No Qt."""

from .check import check_database
from .errors import GuideDataError
from .guide import GuideStore

__all__ = ["GuideDataError", "GuideStore", "check_database"]
