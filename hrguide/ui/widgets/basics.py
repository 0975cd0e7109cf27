"""Small building blocks shared by the pages: prose, headings, source notes, scroll pages.

The table helpers import the item-view classes (and fonts) when first called: PySide
builds a class and all its enums the first time its name is looked up, and the frame and
the first page have no table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.models import Source
from ..look import fmt
from ..look.retranslate import live
from .wrap_label import WrapLabel

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QLayout, QTableView


def set_enum(obj: QObject, prop: str, key: str) -> None:
    """Set the enum property `prop` to the value Qt names `key` ("ScrollBarAlwaysOff").
    The first page's widgets use this instead of `Qt.ScrollBarPolicy...`: PySide builds all
    ~90 enums of Qt's namespace the first time any is touched (bench/RESULTS.md), and
    that can wait until the career cards are on screen."""
    if not obj.setProperty(prop, key):
        raise ValueError(f"{type(obj).__name__}.{prop} has no value {key!r}")


def bold_metrics(widget: QWidget) -> QFontMetrics:
    """Metrics of the widget's font in bold: what a style sheet's bold text (a header, the
    current page's button) really takes, which the widget's own metrics understate."""
    from PySide6.QtGui import QFont, QFontMetrics  # deferred (bench/deferred_imports.py)

    bold = QFont(widget.font())
    bold.setBold(True)
    return QFontMetrics(bold)


def plain_wrapping(label: QLabel) -> QLabel:
    """A label for text that a user typed or a data source supplied: always plain text
    (markup is shown, never rendered), wrapped, and never wider than its place (a long
    unbroken word is cut at the edge instead of widening the window)."""
    label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(1)
    return label


def heading(text: str, level: int = 2, object_name: str = "") -> QLabel:
    label = WrapLabel(text)
    label.setProperty("heading", level)
    label.setAccessibleName(text)
    if object_name:
        label.setObjectName(object_name)
    return label


def prose(markdown: str, object_name: str = "") -> QLabel:
    """A page's Markdown prose as rich text. Links are shown, never opened; images and
    HTML are not obeyed (look/safe_text.py), wherever the words came from."""
    label = WrapLabel(markdown, markdown=True)
    label.setOpenExternalLinks(False)
    set_enum(label, "textInteractionFlags", "TextSelectableByMouse")
    label.setProperty("role", "prose")
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if object_name:
        label.setObjectName(object_name)
    return label


def source_note(sources: Sequence[Source | None], prefix: str | Callable[[], str] = "") -> QLabel:
    """A small grey line naming the sources (and years) of what is shown above it, after
    `prefix` (a text, or what makes it): made again after a change of language."""

    def text() -> str:
        names: list[str] = []
        for s in sources:
            cite = fmt.cite(s)
            if cite not in names:
                names.append(cite)
        lead = prefix() if callable(prefix) else prefix
        return (lead + " " if lead else "") + "; ".join(names)

    label = live(WrapLabel(), text)
    label.setProperty("role", "source")
    return label


def table_view(
    model: QAbstractItemModel,
    object_name: str,
    *,
    sortable: bool = True,
    stretch: int | None = 0,
    accessible_name: str = "",
) -> QTableView:
    """A read-only, row-selecting table. Column `stretch` takes the spare width; the others
    fit their contents. The initial order is the model's own (no sort until asked)."""
    from PySide6.QtWidgets import (  # deferred (bench/deferred_imports.py)
        QAbstractItemView,
        QHeaderView,
        QTableView,
    )

    view = QTableView()
    view.setObjectName(object_name)
    view.setModel(model)
    header = view.horizontalHeader()
    if sortable:
        header.setSortIndicator(-1, QtCore.Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab moves on to the next control; arrows move in the table
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 14)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setAccessibleName(accessible_name or object_name)
    return view


def fit_table_height(view: QTableView, max_rows: int = 12) -> None:
    """Size a short table to its rows so a page scrolls as a whole."""
    rows = min(view.model().rowCount(), max_rows)
    row_h = view.verticalHeader().defaultSectionSize()
    header_h = view.horizontalHeader().sizeHint().height()
    height = header_h + 2 * view.frameWidth() + max(rows, 1) * row_h + 2
    view.setFixedHeight(height)


def vertical_only(area: QScrollArea, object_name: str) -> QScrollArea:
    """A frameless area that scrolls only vertically, its widget taking the area's width.
    The bar is always on: a bar that comes and goes changes the width, which re-wraps text
    and re-flows cards, which changes the height... a loop the monkey test found."""
    area.setObjectName(object_name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    set_enum(area, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    set_enum(area, "verticalScrollBarPolicy", "ScrollBarAlwaysOn")
    return area


def scrolling_body(object_name: str) -> tuple[QScrollArea, QWidget]:
    """A vertical-only scrolling area and the body widget inside it."""
    scroll = vertical_only(QScrollArea(), object_name)
    body = QWidget()
    body.setProperty("role", "pageBody")
    scroll.setWidget(body)
    return scroll, body


class ScrollPage(QScrollArea):
    """A vertically scrolling page with a centred column of content."""

    MAX_TEXT_WIDTH = 1360

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        vertical_only(self, object_name)
        outer = QWidget()
        outer.setProperty("role", "pageBody")
        row = QHBoxLayout(outer)
        row.setContentsMargins(0, 0, 0, 0)
        inner = QWidget()
        inner.setObjectName(object_name + "Body")
        inner.setProperty("role", "pageBody")
        inner.setMaximumWidth(self.MAX_TEXT_WIDTH)  # long lines are hard to read
        row.addStretch(0)
        row.addWidget(inner, 1)
        row.addStretch(0)
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(32, 24, 32, 32)
        self.body.setSpacing(16)
        self.setWidget(outer)

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.body.addWidget(widget, stretch)
        return widget

    def sizeHint(self) -> QSize:
        """QScrollArea's own bound (36 by 24 lines), without asking the page. A page in a
        tab gets the tab's size whatever it prefers, and QScrollArea's answer (the page's
        preferred size, bounded) lays every wrapped text of the page out at a width nobody
        uses (bench/RESULTS.md has what it cost the Careers page)."""
        lines = self.fontMetrics().height()
        return QSize(36 * lines, 24 * lines)

    def finish(self) -> None:
        self.body.addStretch(1)

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)


def wrap_rows(view: QTableView) -> None:
    """Let cells wrap: rows grow to their text and the table to its rows, whenever the
    column widths change (they are only known once the page is laid out)."""
    from PySide6.QtWidgets import QHeaderView  # deferred (bench/deferred_imports.py)

    from .wrap_delegate import PaddedWrapDelegate  # deferred (bench/deferred_imports.py)

    view.setWordWrap(True)
    view.setItemDelegate(PaddedWrapDelegate(view))  # rows as tall as the painted text
    view.setProperty("fitted", True)  # every row always shown: it never scrolls itself
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def fit(*_args: object) -> None:
        # A column that takes the spare width never gets less than its header's words (at
        # 200 % text the columns sized to their contents left it a few letters): the table
        # scrolls sideways instead of cutting "Career" to "aree".
        header = view.horizontalHeader()
        words = bold_metrics(header)  # the headers' style, and room for the sort mark
        widest = max(
            (
                words.horizontalAdvance(
                    str(view.model().headerData(c, QtCore.Qt.Orientation.Horizontal))
                )
                for c in range(view.model().columnCount())
                if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch
            ),
            default=0,
        )
        if widest:  # and room for a long word ("administrative") on a line of its own
            header.setMinimumSectionSize(
                max(widest + 4, 16 * view.fontMetrics().averageCharWidth())
            )
        height = header.sizeHint().height() + 2 * view.frameWidth() + 2
        height += sum(view.rowHeight(r) for r in range(view.model().rowCount()))
        view.setFixedHeight(height)

    def later(*_args: object) -> None:  # after the rows took their new heights; with `view` as
        QTimer.singleShot(0, view, fit)  # context, a view deleted first cancels it

    view.horizontalHeader().sectionResized.connect(later)
    view.model().modelReset.connect(later)
    fit()


def clear_layout(layout: QLayout) -> None:
    """Take every item out of `layout`; its widgets are hidden now and deleted when the
    event loop next runs (a page that fills a layout again on each choice)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def sized_to_choice(combo: QComboBox) -> None:
    """A drop-down as wide as the choice it shows (its list shows every choice whole), so
    that a long choice in Spanish or at 200 % text is not cut; rows of them wrap."""

    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    fit_choice(combo)
    combo.currentTextChanged.connect(lambda _t: fit_choice(combo))


def fit_choice(combo: QComboBox) -> None:
    """Room for the current choice's text (Qt counts the room in widths of "x"; wider
    letters get a few more), up to MAX_CHOICE_CHARS: a longer choice (a program's title at
    200 % text) wraps in its list and is cut only in the closed box."""
    text = combo.currentText()
    x = max(1, combo.fontMetrics().horizontalAdvance("x"))
    chars = combo.fontMetrics().horizontalAdvance(text) // x + 2
    combo.setMinimumContentsLength(min(chars, MAX_CHOICE_CHARS))


MAX_CHOICE_CHARS = 48
