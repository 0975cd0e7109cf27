"""hrguide: an offline desktop guide to careers in health records management."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("hrguide")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "hrguide"
APP_TITLE = "Health Records Career Guide"
