"""Cards where a table's columns do not fit (issue 30): the same model, row by row, as
stacked cards that show every column's header and value and wrap instead of cutting, as
My Next Move, CareerOneStop and the College Scorecard site do on a narrow screen.

`CardView` is a list view over the table's own model and selection model: the page keeps
talking to its table (selection, sorting, the current row), and whichever of the two is
shown follows. `adapt(table)` puts a card view beside a table and shows the one that
fits: the table while every column's header and the visible rows' text fit the width it
has, the cards when they do not (a narrow window, an upright kiosk, 200 % text, long
Spanish words)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QGridLayout,
    QHeaderView,
    QListView,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .card_delegate import CardDelegate
from .card_rows import FirstRows, follow_selection
from .card_sort import SortBar


class CardView(QListView):
    """A table's rows as cards: its model and selection model (a long list's: its rows a
    page at a time, the current row kept the same as the table's), and its activation."""

    def __init__(
        self, table: QTableView, parent: QWidget | None = None, *, long: bool = False
    ) -> None:
        super().__init__(parent)
        self.row_titles = not table.verticalHeader().isHidden()  # rows named at their left
        self.setObjectName(f"{table.objectName() or 'table'}Cards")
        self.setAccessibleName(table.accessibleName())
        if long:  # measured a page at a time: the first cards show at once
            rows = FirstRows(table.model(), self)
            self.setModel(rows)
            follow_selection(rows, table.selectionModel(), self.selectionModel())
        else:
            self.setModel(table.model())
            self.setSelectionModel(table.selectionModel())
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(table.selectionMode())
        self.setItemDelegate(CardDelegate(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        source = table.model()  # (the cards' rows are the table's, row for row)
        for mine, theirs in (
            (self.activated, table.activated),
            (self.doubleClicked, table.doubleClicked),
            (self.clicked, table.clicked),
        ):
            mine.connect(lambda index, s=theirs: s.emit(source.index(index.row(), index.column())))

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """The keys reach every row, not only those measured so far: End shows them all,
        Down and Page Down fetch the next page near the end of what is shown."""
        model, top = self.model(), QModelIndex()
        if isinstance(model, FirstRows) and model.canFetchMore(top):
            Move = QAbstractItemView.CursorAction  # noqa: N806 - a Qt enum
            if action == Move.MoveEnd:  # all of them, in one step
                model.show_through(model.source.rowCount() - 1)
            elif action in (Move.MoveDown, Move.MovePageDown, Move.MoveNext) and (
                self.currentIndex().row() >= model.rowCount(top) - 20
            ):
                model.fetchMore(top)
        return super().moveCursor(action, modifiers)


def columns_fit(table: QTableView, room: int) -> bool:
    """Whether every column's header, and the text of the rows a person sees first, fit
    side by side in `room` pixels (a wrapped table's long texts may wrap, but each column
    needs at least its header and its longest word)."""
    model = table.model()
    if model is None or model.columnCount(QModelIndex()) == 0:
        return True
    header = table.horizontalHeader()
    fm = table.fontMetrics()
    pad = 2 * fm.averageCharWidth() + 8
    rows_named = not table.verticalHeader().isHidden()  # hidden with its table or on its own?
    need = table.verticalHeader().sizeHint().width() if rows_named else 0
    need += 2 * table.frameWidth()
    for col in range(model.columnCount(QModelIndex())):
        if table.isColumnHidden(col):
            continue
        widest = header.sectionSizeFromContents(col).width()
        if header.sectionResizeMode(col) in (
            QHeaderView.ResizeMode.Interactive,
            QHeaderView.ResizeMode.Fixed,
        ):  # a width the page set (or the user dragged) is the width it takes
            widest = max(widest, header.sectionSize(col))
        widest = max(widest, header.minimumSectionSize())
        for row in range(min(model.rowCount(QModelIndex()), 20)):
            text = str(model.index(row, col).data(Qt.ItemDataRole.DisplayRole) or "")
            if table.wordWrap():  # the longest word must fit a line of its own
                width = max((fm.horizontalAdvance(w) for w in text.split()), default=0)
            else:
                width = fm.horizontalAdvance(text)
            widest = max(widest, width + pad)
        need += widest
    return need <= room


def _same_width(event: QResizeEvent) -> bool:
    return event.size().width() == event.oldSize().width()


class Adapter(QObject):
    """Shows the table or its cards, whichever fits, whenever the room or the rows change.
    With `fit_height` the cards are as tall as all of them (a short table on a page that
    scrolls itself); without, the card view scrolls (a long list)."""

    def __init__(
        self, table: QTableView, cards: CardView, fit_height: bool, shown: QWidget
    ) -> None:
        super().__init__(table)
        self.table, self.cards, self.fit_height = table, cards, fit_height
        self.shown = shown  # the cards, or the cards with their "Sort by" above them
        if fit_height:  # every card shown: no scroll bar to come and go and change the width
            cards.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.container = table.parentWidget()
        # one choice once the layout has settled, however many changes asked for it
        self.pending = QTimer(self)
        self.pending.setSingleShot(True)
        self.pending.setInterval(0)
        self.pending.timeout.connect(self.choose)
        table.model().modelReset.connect(self.choose)
        table.model().layoutChanged.connect(self.choose)
        for changed in (table.model().modelReset, table.model().layoutChanged):
            changed.connect(self.pending.start)  # again once the headers have their new size
        table.verticalHeader().geometriesChanged.connect(self.pending.start)
        if self.container is not None:
            self.container.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        etype = event.type()
        # a new width only: the cards' own height follows their rows (fit), and a height
        # change must not start another choice
        same_width = etype == QEvent.Type.Resize and _same_width(cast(QResizeEvent, event))
        if etype in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show) and not (
            same_width
        ):
            # once the layout has given the table (or its cards) the new width
            self.pending.start()
        return False

    def room(self) -> int:
        """The width the layout gives the table or its cards, whichever is shown, measured
        the same way for both (the container's width, less its margins and, in a row, its
        other items' preferred widths; a grid's cell): so the choice cannot swing."""
        if self.container is None:
            return self.table.width()
        layout = self.container.layout()
        width = self.container.contentsRect().width()
        if isinstance(layout, QGridLayout):
            row, col, _rows, _cols = cast(
                tuple[int, int, int, int], layout.getItemPosition(layout.indexOf(self.table))
            )
            return layout.cellRect(row, col).width() or width
        if layout is None:
            return width
        margins = layout.contentsMargins()
        width -= margins.left() + margins.right()
        if isinstance(layout, QBoxLayout) and layout.direction() in (
            QBoxLayout.Direction.LeftToRight,
            QBoxLayout.Direction.RightToLeft,
        ):
            for i in range(layout.count()):
                item = layout.itemAt(i)
                if item is None or item.isEmpty() or item.widget() in (self.table, self.shown):
                    continue
                width -= item.sizeHint().width() + layout.spacing()
        return width

    def choose(self) -> None:
        room = self.room()
        box = self.shown
        showing_cards = box.isVisibleTo(box.parentWidget() or box)
        # back to the table only with a little room to spare: no swinging at the edge
        fits = columns_fit(self.table, int(room * 0.95) if showing_cards else room)
        cards = not fits
        if cards and self.fit_height:
            self.fit()
        if cards == showing_cards:
            return
        bar = box.findChild(SortBar)
        if cards and isinstance(bar, SortBar):
            bar.refresh()  # the columns shown now
        box.setVisible(cards)
        self.table.setVisible(not cards)
        if cards and self.fit_height:
            self.fit()

    def fit(self) -> None:
        """As tall as every card at the view's width: the page scrolls, not the cards."""
        view = self.cards
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.font = view.font()
        option.fontMetrics = view.fontMetrics()
        option.widget = view
        model = view.model()
        delegate = view.itemDelegate()
        height = sum(
            delegate.sizeHint(option, model.index(r, 0)).height()
            for r in range(model.rowCount(QModelIndex()))
        )
        view.setFixedHeight(height + 2 * view.frameWidth() + 2)


def adapt(table: QTableView, *, fit_height: bool = True) -> CardView:
    """Put a card view beside `table` in its layout (with a "Sort by" above a long list's
    cards where the table sorts); the one that fits is shown."""
    parent = table.parentWidget()
    cards = CardView(table, parent, long=not fit_height)
    shown: QWidget = cards
    # a long list's header (where a click sorts) is not on screen: sorting needs a place.
    # A short table (eight careers) is read in the page's own order as cards: a bar on
    # each cost 2.5 MB a language on a kiosk, for little use
    if table.isSortingEnabled() and not fit_height:
        shown = QWidget(parent)
        stack = QVBoxLayout(shown)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(SortBar(table))
        stack.addWidget(cards, 1)
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QGridLayout):  # in the table's own cell: one of them is shown
        row, col, rows, cols = cast(
            tuple[int, int, int, int], layout.getItemPosition(layout.indexOf(table))
        )
        layout.addWidget(shown, row, col, rows, cols)
    elif isinstance(layout, QBoxLayout):  # beside it, with the same share of the room
        at = layout.indexOf(table)
        layout.insertWidget(at + 1, shown, layout.stretch(at))
    if not fit_height and table.minimumHeight() == table.maximumHeight():
        cards.setFixedHeight(table.height())  # a long list keeps the table's height
    elif not fit_height:  # room for a card or two, whatever else the page holds
        cards.setMinimumHeight(9 * cards.fontMetrics().lineSpacing())
    shown.hide()
    table.setProperty("cardsAdapter", True)
    Adapter(table, cards, fit_height, shown)
    return cards
