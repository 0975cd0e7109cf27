"""Small building blocks shared by the pages: prose, headings, source notes, scroll pages."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.models import Source
from . import fmt


class Navigator(QObject):
    """Requests to move around the guide; the main window carries them out."""

    careerRequested = Signal(str)  # career_id
    pageRequested = Signal(str)  # page id: careers, compare, earnings, ...
    schoolRequested = Signal(int)  # IPEDS unit id
    credentialRequested = Signal(str)


class Context:
    """What every page gets: the store and the navigator."""

    def __init__(self, store, navigator: Navigator, *, kiosk: bool = False) -> None:
        self.store = store
        self.nav = navigator
        self.kiosk = kiosk


def heading(text: str, level: int = 2, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("heading", level)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    if object_name:
        label.setObjectName(object_name)
    return label


def prose(markdown: str, object_name: str = "") -> QLabel:
    """A page's Markdown prose as rich text. Links are shown, never opened."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.MarkdownText)
    label.setText(markdown)
    label.setWordWrap(True)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setProperty("role", "prose")
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if object_name:
        label.setObjectName(object_name)
    return label


def source_note(sources: list[Source | None], prefix: str = "") -> QLabel:
    """A small grey line naming the sources (and years) of what is shown above it."""
    names = []
    for s in sources:
        text = fmt.cite(s)
        if text not in names:
            names.append(text)
    label = QLabel((prefix + " " if prefix else "") + "; ".join(names))
    label.setProperty("role", "source")
    label.setWordWrap(True)
    return label


def table_view(model, object_name: str, *, sortable: bool = True, stretch_last: bool = True,
               accessible_name: str = "") -> QTableView:
    view = QTableView()
    view.setObjectName(object_name)
    view.setModel(model)
    view.setSortingEnabled(sortable)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setAccessibleName(accessible_name or object_name)
    if sortable:
        view.horizontalHeader().setSortIndicatorShown(True)
    return view


def fit_table_height(view: QTableView, max_rows: int = 12) -> None:
    """Size a short table to its rows so a page scrolls as a whole."""
    rows = min(view.model().rowCount(), max_rows)
    height = view.horizontalHeader().height() + 2 * view.frameWidth()
    height += sum(view.rowHeight(r) for r in range(rows)) if rows else 30
    view.setMinimumHeight(height)
    view.setMaximumHeight(height if view.model().rowCount() <= max_rows else 16777215)


class ScrollPage(QScrollArea):
    """A vertically scrolling page with a centred column of content."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName(object_name + "Body")
        inner.setProperty("role", "pageBody")
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(32, 24, 32, 32)
        self.body.setSpacing(14)
        self.setWidget(inner)

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.body.addWidget(widget, stretch)
        return widget

    def finish(self) -> None:
        self.body.addStretch(1)

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)
