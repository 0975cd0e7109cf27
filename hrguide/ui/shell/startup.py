"""The window's start-up sequence, in the order a person sees it: the frame (header and
tabs) paints first; the first page is built one event-loop turn later; what can wait
(screen-reader names, the focus, the shortcuts, the user database) comes right after the
page is painted.

The names' module touches Qt's namespace, whose ~90 enums PySide builds on first use
(its cost: bench/RESULTS.md), so it waits until the career cards are on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

FRAME, PAGE, DONE = range(3)


class StartUp(QObject):
    """Told of every paint of the window (`painted`); runs `build` after the first one and
    `after` after the first paint with the page, each once, on timers the window owns (so
    they never fire after the window is gone), then says `finished`."""

    finished = Signal()

    def __init__(
        self, window: QWidget, build: Callable[[], None], after: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._build, self._after = build, after
        self.stage = FRAME
        self.building = False  # the first page is being built now: its names come later
        self._page_due = False

    def painted(self) -> None:
        if self.stage == FRAME:
            self.stage = PAGE
            QTimer.singleShot(0, self, self._build_page)
        elif self._page_due:
            self._page_due = False
            QTimer.singleShot(0, self, self._finish)

    def _build_page(self) -> None:
        self.building = True
        try:
            self._build()
        finally:
            self.building = False
        self._page_due = True
        self._window.update()  # make sure a paint comes, whatever the page did

    def _finish(self) -> None:
        self._after()
        self.stage = DONE
        self.finished.emit()

    def done(self) -> bool:
        return self.stage == DONE
