"""Logging: one named logger per area of the guide, the level chosen on the command line
(`--log-level`), and Qt's own messages routed into the same log.

Areas: `data` (the guide database and its releases), `store` (the user's shortlists),
`install` (data updates), `ui` (windows and pages), `kiosk` (the kiosk's watch and its
admin exit), `qt` (what Qt itself reports). The log is written to standard error, where a
supervisor (systemd, Shell Launcher) keeps it. Nothing about who used the guide is logged:
no text a user typed, no answers, no shortlist entries."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

AREAS = ("data", "store", "install", "ui", "kiosk", "qt")
LEVELS = ("debug", "info", "warning", "error")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# Qt's message types by name (QtMsgType), as logging levels
_QT_LEVELS = {
    "QtDebugMsg": logging.DEBUG,
    "QtInfoMsg": logging.INFO,
    "QtWarningMsg": logging.WARNING,
    "QtCriticalMsg": logging.ERROR,
    "QtFatalMsg": logging.CRITICAL,
}


def area(name: str) -> logging.Logger:
    """The logger of one area of the guide ("kiosk" -> logger "hrguide.kiosk")."""
    if name not in AREAS:
        raise ValueError(f"unknown log area {name!r}; the areas are {', '.join(AREAS)}")
    return logging.getLogger(f"hrguide.{name}")


def configure(level: str = "info") -> None:
    """Log at `level` and above to standard error, Qt's messages included."""
    logging.basicConfig(level=getattr(logging, level.upper()), format=FORMAT)
    route_qt_messages()


def route_qt_messages() -> None:
    """Qt's warnings and errors go to the `qt` area's logger, not straight to stderr.
    (Tests keep pytest-qt's own handler, which fails a test on a Qt warning.)"""
    from PySide6.QtCore import qInstallMessageHandler  # deferred (bench/deferred_imports.py)

    qInstallMessageHandler(_from_qt)


def _from_qt(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    level = _QT_LEVELS.get(getattr(kind, "name", ""), logging.WARNING)
    area("qt").log(level, "%s", message)
