"""The star button: add a career or a program to the current shortlist, or take it off."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QPushButton, QWidget

from ..shortlister import Shortlister


class StarButton(QPushButton):
    """Shows whether the item is on the current shortlist and toggles it. `item` returns
    (kind, ref, title, subtitle) for what the button stands for now, or None."""

    def __init__(
        self,
        shortlister: Shortlister,
        item: Callable[[], tuple[str, ...] | None],
        object_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("role", "star")
        self.shortlister = shortlister
        self.item = item
        self.clicked.connect(self._toggle)
        shortlister.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        what = self.item()
        on = what is not None and self.shortlister.is_starred(what[0], what[1])
        self.setEnabled(bool(what))
        self.setText(self.tr("★ On the shortlist") if on else self.tr("☆ Add to shortlist"))
        self.setAccessibleName(
            self.tr("Remove from the shortlist") if on else self.tr("Add to the shortlist")
        )
        self.setAccessibleDescription(self.text())  # what it shows now, not at first

    def _toggle(self) -> None:
        what = self.item()
        if not what:
            return
        self.shortlister.notice.connect(self._say)
        try:
            self.shortlister.toggle(*what)
        finally:
            self.shortlister.notice.disconnect(self._say)

    def _say(self, text: str) -> None:
        """A star that could not be changed says why, beside the star itself."""
        from PySide6.QtWidgets import QToolTip  # deferred (bench/deferred_imports.py)

        self.setToolTip(text)
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), text, self)
