"""The global search box: full-text results as you type, Enter opens the best hit.

The results list and its model are made at the first search: a list view brings PySide's
item-view classes and their ~25 enums (a few ms), which the first page need not wait for."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QVBoxLayout, QWidget

from ...domain.models import SearchHit
from ...domain.search import MAX_CHARS
from ..link import HOME, Link
from .registry import PAGE_IDS

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListView

    from ...store.guide import GuideStore
    from ..models.tables import RecordListModel

DEBOUNCE_MS = 150  # a pause in typing this long runs the search

KIND_LABELS = {
    "career": QT_TRANSLATE_NOOP("SearchBox", "Career"),
    "credential": QT_TRANSLATE_NOOP("SearchBox", "Credential"),
    "page": QT_TRANSLATE_NOOP("SearchBox", "Page"),
    "school": QT_TRANSLATE_NOOP("SearchBox", "School"),
    "occupation": QT_TRANSLATE_NOOP("SearchBox", "Occupation"),
}


def link_for_hit(hit: SearchHit) -> Link:
    """Where a search result leads."""
    if hit.kind == "career":
        return Link("careers", career=hit.ref)
    if hit.kind == "credential":
        return Link("education")
    if hit.kind == "school":
        return Link("schools", school=int(hit.ref))
    if hit.kind == "occupation":
        return Link("occupation", occupation=hit.ref)
    if hit.kind == "page" and hit.ref in PAGE_IDS:
        return Link(hit.ref)
    return Link(HOME)


class SearchBox(QLineEdit):
    """Search field with a results list that drops down under it."""

    hitChosen = Signal(object)  # SearchHit
    searched = Signal()  # the results now match the text in the box

    def __init__(
        self,
        store: GuideStore,
        language: Callable[[], str] = lambda: "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._language = language
        self.setObjectName("globalSearch")
        self.setClearButtonEnabled(True)
        self._fit_minimum()  # it grows into the header's spare room; this is its least
        self.setMaximumWidth(520)
        self._model: RecordListModel | None = None  # these three at the first search
        self.popup: QFrame | None = None  # over attach()'s host
        self.results: QListView | None = None
        self._host: QWidget | None = None
        self.setMaxLength(MAX_CHARS)  # a pasted page is cut here
        # Typing is debounced: the query runs once the keys pause, never on every key of a
        # fast typist or a paste, and its words are bounded (domain.search), so a keystroke
        # costs the same whatever is in the box.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(DEBOUNCE_MS)
        self._pending.timeout.connect(self.run_search)
        self.textChanged.connect(self._typed)
        self.returnPressed.connect(self.open_current)

    def _fit_minimum(self) -> None:
        """Room for a short word or two, in the box's own characters: at 200 % text and in
        Spanish the header's buttons keep their words whole and the search box gives way."""
        self.setMinimumWidth(12 * self.fontMetrics().averageCharWidth())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_minimum()

    def retranslate(self) -> None:
        # a word that fits the field at any text size; the whole of it in the tool tip
        self.setPlaceholderText(self.tr("Search"))
        self.setAccessibleName(self.tr("Search the guide"))
        self.setToolTip(self.tr("Search careers, occupations, credentials, schools… (Ctrl+F)"))
        self.setAccessibleDescription(self.toolTip())
        if self.results is not None:
            self.results.setAccessibleName(self.tr("Search results"))
            self.results.setAccessibleDescription(self.results.accessibleName())
        if self._model is not None:
            self._model.refresh()  # the kind labels ("Career") are translated

    def _typed(self, _text: str) -> None:
        if not self.text().strip():
            self._pending.stop()
            self.run_search()  # cleared: hide the results at once
        else:
            self._pending.start()

    def run_search(self) -> None:
        """Search for what is in the box now (the debounce timer calls this)."""
        self._pending.stop()
        self._search(self.text())
        self.searched.emit()

    def _hit_text(self, hit: SearchHit) -> str:
        kind = self.tr(str(KIND_LABELS.get(hit.kind, hit.kind)))
        return f"{hit.title}  ·  {kind}"

    def attach(self, host: QWidget) -> None:
        """Give the results list a home: a frame over `host`, positioned under the box."""
        self._host = host
        self.installEventFilter(self)

    @property
    def model(self) -> RecordListModel:
        """The results (made, with the list that shows them, when first needed)."""
        if self._model is None:
            self._make_results()
        assert self._model is not None
        return self._model

    def _make_results(self) -> None:
        from PySide6.QtWidgets import (  # deferred (bench/deferred_imports.py)
            QAbstractItemView,
            QListView,
        )

        from ..models.tables import RecordListModel  # deferred (bench/deferred_imports.py)

        self._model = RecordListModel(self._hit_text, lambda h: h.snippet, self)
        if self._host is None:
            return
        self.popup = QFrame(self._host)
        self.popup.setObjectName("searchPopup")
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self.popup)
        lay.setContentsMargins(4, 4, 4, 4)
        self.results = QListView(self.popup)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.clicked.connect(lambda idx: self._choose(idx.row()))
        self.results.activated.connect(lambda idx: self._choose(idx.row()))
        lay.addWidget(self.results)
        self.popup.hide()

    def _search(self, text: str) -> None:
        lang = self._language()  # pages are listed in the UI's language only
        hits = self.store.search(text, limit=12, lang=lang) if text.strip() else []
        if not hits and self._model is None:
            return  # nothing was ever shown
        self.model.set_rows(hits)
        if self.results is None or self.popup is None:
            return
        if hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
            self._place_popup(len(hits))
            self.popup.show()
            self.popup.raise_()
        else:
            self.popup.hide()

    def _place_popup(self, rows: int) -> None:
        assert self.popup is not None and self.results is not None
        host = self.popup.parentWidget()
        assert host is not None  # attach() gave the popup its host
        if not host.isAncestorOf(self):  # a box already taken out of the window
            return
        pos = self.mapTo(host, QPoint(0, self.height()))
        row_h = max(24, self.results.sizeHintForRow(0))
        width = max(self.width(), 460)
        x = min(pos.x(), max(0, host.width() - width))
        self.popup.setGeometry(x, pos.y() + 2, width, min(rows, 10) * row_h + 10)

    def open_current(self) -> None:
        if self._pending.isActive():  # Enter before the pause: search first
            self.run_search()
        if self.results is not None and self.results.currentIndex().isValid():
            self._choose(self.results.currentIndex().row())
        elif self.model.rowCount() > 0:
            self._choose(0)

    def _choose(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            hit = self.model.record(row)
            self.hide_results()
            self.hitChosen.emit(hit)

    def hide_results(self) -> None:
        if self.popup is not None:
            self.popup.hide()

    def reset(self) -> None:
        self._pending.stop()
        self.clear()
        self.hide_results()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            obj is self
            and event.type() == QEvent.Type.KeyPress
            and self.results is not None
            and self.popup is not None
        ):
            Qt = QtCore.Qt  # noqa: N806 - not at import: see models.py
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.popup.isVisible():
                row = self.results.currentIndex().row()
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.model.rowCount() - 1, row + step))
                self.results.setCurrentIndex(self.model.index(row, 0))
                return True
            if key == Qt.Key.Key_Escape and self.popup.isVisible():
                self.popup.hide()
                return True
        return super().eventFilter(obj, event)
