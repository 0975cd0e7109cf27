"""The application: QApplication set-up, the main window factory and the GUI entry point."""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from . import APP_NAME, APP_TITLE, paths
from .config import SiteConfig
from .logs import area
from .logs import configure as configure_logging
from .site_checks import data_problems
from .store import GuideDataError, GuideStore

if TYPE_CHECKING:
    from types import TracebackType

    from PySide6.QtWidgets import QApplication

    from .ui.shell.window import MainWindow

log = area("ui")


def ensure_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once with the app's name, icon and style."""
    from PySide6.QtWidgets import QApplication  # deferred (bench/deferred_imports.py)

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
        app.setApplicationName(APP_NAME)
        app.setApplicationDisplayName(APP_TITLE)
        app.setOrganizationName(APP_NAME)
        from .ui.look.theme import apply_theme  # deferred (bench/deferred_imports.py)

        apply_theme(app)
    assert isinstance(app, QApplication)  # (a widgets application: the guide makes no other)
    return app


def create_main_window(
    db_path: Path | str | None = None, *, kiosk: bool = False, config: SiteConfig | None = None
) -> MainWindow:
    """Build the main window over a guide database without showing it or calling exec().

    Raises GuideDataError when the database cannot be used.
    """
    config = config or SiteConfig()
    kiosk = kiosk or config.kiosk.enabled
    app = ensure_app()
    from .ui.look.i18n import choose_language  # deferred (bench/deferred_imports.py)
    from .ui.look.settings import Look, ViewSettings  # deferred (bench/deferred_imports.py)
    from .ui.shell.window import MainWindow  # deferred (bench/deferred_imports.py)

    settings = ViewSettings.of(app)
    settings.start(
        Look(
            choose_language(config.language),
            config.kiosk.font_scale if kiosk else config.font_scale,
            config.high_contrast,
        ),
        kiosk=kiosk,
    )
    store = GuideStore(db_path or paths.bundled_db())
    if config.loan is not None:
        store.use_site_loan(*config.loan)
    _warn_about_settings(config, store)
    return MainWindow(store, settings, kiosk=kiosk, config=config)


def _warn_about_settings(config: SiteConfig, store: GuideStore) -> None:
    """Settings that name what the guide's data lacks: logged with the value and the file
    (`hrguide config check` refuses them); the guide starts and the setting does nothing."""
    for problem in data_problems(config, store):
        log.warning("site configuration: %s; the setting is ignored", problem)


def show_config_error(message: str) -> None:
    """The app never starts half-configured: say what is wrong with the config and stop."""
    from PySide6.QtWidgets import QApplication  # deferred (bench/deferred_imports.py)

    ensure_app()
    _show_error(
        QApplication.translate(
            "App",
            "The site configuration has an error, so the guide will not start:\n\n{error}"
            "\n\nAsk your IT staff to correct the file.",
        ).format(error=message)
    )


def _show_error(message: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # deferred (bench/deferred_imports.py)

    from .ui.look.theme import apply_icon  # deferred (bench/deferred_imports.py)

    ensure_app()
    apply_icon()
    box = QMessageBox(QMessageBox.Icon.Critical, APP_TITLE, message)
    box.setObjectName("startupError")
    box.exec()


UNCAUGHT: list[BaseException] = []  # what --self-test reports


def _install_excepthook(kiosk: bool, self_test: bool = False) -> None:
    """An uncaught exception is logged, never shown as a traceback. A kiosk exits non-zero
    so its supervisor restarts it; the desktop app says something went wrong and goes on;
    a self-test records it and fails."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, value, tb))
        UNCAUGHT.append(value)
        if self_test:
            return
        from PySide6.QtWidgets import (  # deferred (bench/deferred_imports.py)
            QApplication,
            QMessageBox,
        )

        app = QApplication.instance()
        if kiosk or app is None:
            if app is not None:
                app.exit(70)  # EX_SOFTWARE
            return
        QMessageBox.warning(
            None,
            APP_TITLE,
            QApplication.translate(
                "App",
                "Something went wrong. The guide will go on; if it happens again, restart it.",
            ),
        )

    sys.excepthook = hook


def main(
    db_path: Path | None = None,
    *,
    kiosk: bool = False,
    self_test: bool = False,
    config: SiteConfig | None = None,
    log_level: str = "info",
) -> int:
    app = ensure_app()
    configure_logging(log_level)  # (Qt's messages too: once there is an application)
    _quit_on_sigint(app)
    kiosk = kiosk or bool(config and config.kiosk.enabled)
    _install_excepthook(kiosk, self_test)
    try:
        window = create_main_window(db_path, kiosk=kiosk, config=config)
    except GuideDataError as exc:
        print(f"hrguide: {exc}", file=sys.stderr)
        if not self_test:
            _show_error(str(exc))
        return 1
    if self_test:
        from .ui.shell.selftest import run_self_test  # deferred (bench/deferred_imports.py)

        return run_self_test(window, UNCAUGHT)
    # the cycle collector, paused for the start (hrguide/__main__.py), runs again
    window.startup.finished.connect(gc.enable)
    window.show_for_mode()
    log.info("hrguide is running")
    if os.environ.get("HRGUIDE_EXIT_AFTER_PAINT"):
        _exit_after_first_paint(app, window)
    return int(app.exec())


EXIT_SIGINT = 130  # the shell's code for a program ended by Ctrl+C


def _quit_on_sigint(app: QApplication) -> None:
    """Ctrl+C (SIGINT) ends the guide at once and quietly with code 130, in kiosk mode
    too. Python runs a signal handler only when it next runs Python code, and Qt's event
    loop may run none for many seconds: the signal wakes a socket notifier (POSIX) or a
    short timer (Windows) so the handler runs promptly, then the event loop ends."""
    from PySide6.QtCore import QTimer  # deferred (bench/deferred_imports.py)

    def stop(*_args: object) -> None:
        log.info("interrupted (Ctrl+C): quitting")
        # exit() does nothing before the event loop runs (Ctrl+C during start-up): a
        # zero timer ends the loop as soon as it runs, or at once if it runs already
        QTimer.singleShot(0, app, lambda: app.exit(EXIT_SIGINT))

    signal.signal(signal.SIGINT, stop)
    # The wake-up (a socket pair) is set up a second after start, off the start-up path
    # (importing socket costs start-up time); until then the next Python callback (the first page
    # is built one event-loop turn after the first paint) runs the handler.
    QTimer.singleShot(1000, app, lambda: _wake_on_signals(app))


def _wake_on_signals(app: QApplication) -> None:
    from PySide6.QtCore import QSocketNotifier, QTimer  # deferred (bench/deferred_imports.py)

    if sys.platform == "win32":
        timer = QTimer(app)
        timer.timeout.connect(lambda: None)  # lets Python check for signals
        timer.start(250)
        return
    import socket  # deferred (bench/deferred_imports.py)

    reader, writer = socket.socketpair()  # a local pair: no network is involved
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)

    notifier.activated.connect(drain)
    _KEEP.extend((reader, writer, notifier))


_KEEP: list[object] = []  # the wake-up sockets and notifier live as long as the app


def _exit_after_first_paint(app: QApplication, window: MainWindow) -> None:
    """For the start-up benchmark and the entry-point test: print the wall-clock times of
    the main window's first paint and of the first paint with the Careers page built,
    then quit cleanly."""
    from PySide6.QtCore import QEvent, QObject, QTimer  # deferred (bench/deferred_imports.py)

    class FirstPaint(QObject):
        first = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                if not self.first:
                    self.first = True
                    print(f"first-paint {time.time():.6f}", flush=True)
                elif window.first_page_built():
                    print(f"page-ready {time.time():.6f}", flush=True)
                    window.removeEventFilter(self)
                    QTimer.singleShot(0, window.close)
                    QTimer.singleShot(0, app.quit)
            return False

    window.installEventFilter(FirstPaint(window))  # the window owns (and keeps) it
