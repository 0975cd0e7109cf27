"""The application: QApplication set-up, the main window factory and the GUI entry point."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from . import APP_NAME, APP_TITLE, paths
from .store import GuideDataError, GuideStore

log = logging.getLogger(__name__)


def ensure_app(argv: list[str] | None = None):
    """The QApplication, created once with the app's name, icon and style."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
        app.setApplicationName(APP_NAME)
        app.setApplicationDisplayName(APP_TITLE)
        app.setOrganizationName(APP_NAME)
        from .ui.theme import apply_theme

        apply_theme(app)
    return app


def create_main_window(db_path: Path | str | None = None, *, kiosk: bool = False):
    """Build the main window over a guide database without showing it or calling exec().

    Raises GuideDataError when the database cannot be used.
    """
    ensure_app()
    from .ui.mainwindow import MainWindow

    store = GuideStore(db_path or paths.bundled_db())
    return MainWindow(store, kiosk=kiosk)


def _show_error(message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    ensure_app()
    box = QMessageBox(QMessageBox.Icon.Critical, APP_TITLE, message)
    box.setObjectName("startupError")
    box.exec()


def main(db_path: Path | None = None, *, kiosk: bool = False, self_test: bool = False) -> int:
    app = ensure_app()
    try:
        window = create_main_window(db_path, kiosk=kiosk)
    except GuideDataError as exc:
        print(f"hrguide: {exc}", file=sys.stderr)
        if not self_test:
            _show_error(str(exc))
        return 1
    if self_test:
        from .ui.selftest import run_self_test

        return run_self_test(window)
    window.show_for_mode()
    if os.environ.get("HRGUIDE_EXIT_AFTER_PAINT"):
        _exit_after_first_paint(app, window)
    return app.exec()


def _exit_after_first_paint(app, window) -> None:
    """For the start-up benchmark and the entry-point test: print the wall-clock times of
    the main window's first paint and of the first paint with the Careers page built,
    then quit cleanly."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        first = False

        def eventFilter(self, obj, event):  # noqa: N802 - Qt name
            if event.type() == QEvent.Type.Paint:
                if not self.first:
                    self.first = True
                    print(f"first-paint {time.time():.6f}", flush=True)
                elif window.lazy["careers"].built:
                    print(f"page-ready {time.time():.6f}", flush=True)
                    window.removeEventFilter(self)
                    QTimer.singleShot(0, window.close)
                    QTimer.singleShot(0, app.quit)
            return False

    window._first_paint = FirstPaint(window)
    window.installEventFilter(window._first_paint)
