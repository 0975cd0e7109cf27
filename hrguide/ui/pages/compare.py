"""Compare: careers side by side, every cell with its source and year."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import compare as rules
from ...domain.collate import by_name
from ...domain.shortlist import CAREER
from ..context import Context, Link
from ..look import fmt
from ..models import compare_export
from ..models.compare import CompareModel
from ..models.roles import TOOLTIP
from ..print.files import save_csv, tell_not_saved
from ..widgets.basics import ScrollPage, heading
from ..widgets.cards import adapt
from ..widgets.check_list import CheckList
from ..widgets.wrap_delegate import PaddedWrapDelegate
from ..widgets.wrap_header import WrapHeader

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent, QShowEvent

    from ...store.protocols import CareerReader

    class PageStore(CareerReader, Protocol):
        """What this module's pages read of the guide database (for mypy: no cost at run
        time)."""


def _store(ctx: Context) -> PageStore:
    """The guide's store as these pages read it (mypy checks that it fits)."""
    return ctx.store


class ComparePage(ScrollPage):
    page_id = "compare"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__("comparePage", parent)
        self.ctx = ctx
        self.store = _store(ctx)
        self._careers = self.store.careers(lang=ctx.lang)
        self._titles = {c.career_id: c.title for c in self._careers}
        self._build_intro()
        top = QWidget()  # the list of careers beside the grid, or above it where narrow
        row = self.picker_row = QBoxLayout(QBoxLayout.Direction.LeftToRight, top)
        row.setContentsMargins(0, 0, 0, 0)
        self._build_picker(row)
        self._build_grid(row)
        self.add(top)

        self._build_sources_and_actions()
        self.finish()

        self.picker.itemChanged.connect(self._picked)
        self.history.toggled.connect(lambda _: self.refresh())
        # the careers chosen on a career's profile before this page was built
        self.set_careers(list(ctx.comparison.career_ids or rules.DEFAULT_CAREERS))

    def _build_intro(self) -> None:
        self.add(heading(self.tr("Compare careers"), 1))
        intro = QLabel(
            self.tr(
                "Pick two to four careers. ▲ marks the highest figure in a row and ▼ the lowest; "
                "hover over or select a cell to see its source."
            )
        )
        intro.setWordWrap(True)
        self.add(intro)

    def _build_picker(self, row: QBoxLayout) -> None:
        """The careers to compare, checked in a list, and the earlier figures' switch."""
        picker_box = QVBoxLayout()
        picker_box.addWidget(QLabel(self.tr("Careers to compare (2 to 4):")))
        self.picker = CheckList()
        self.picker.setObjectName("compareCareers")
        self.picker.setAccessibleName(self.tr("Careers to compare"))
        self.picker.setAccessibleDescription(self.tr("Check two to four careers"))
        self._fill_picker([])
        picker_box.addWidget(self.picker)
        self.hint = QLabel("")
        self.hint.setObjectName("compareHint")
        self.hint.setProperty("role", "note")
        self.hint.setWordWrap(True)
        picker_box.addWidget(self.hint)
        self.history = QCheckBox(self.tr("Also show the source article's earlier figures"))
        self.history.setObjectName("compareHistory")
        self.history.setAccessibleName(self.tr("Show earlier figures"))
        picker_box.addWidget(self.history)
        picker_box.addStretch(1)
        row.addLayout(picker_box)

    def _build_grid(self, row: QBoxLayout) -> None:
        """The grid: a row per measure, a column per career; a column's title opens it."""
        self.model = CompareModel(self)
        self.grid = QTableView()
        self.grid.setObjectName("compareGrid")
        self.grid.setAccessibleName(self.tr("Comparison grid"))
        self.grid.setHorizontalHeader(WrapHeader(self.grid))  # long titles wrap
        self.grid.setModel(self.model)
        self.grid.setWordWrap(True)
        self.grid.setItemDelegate(PaddedWrapDelegate(self.grid))  # rows as tall as painted
        self.grid.setProperty("fitted", True)  # grows to every row: the page scrolls
        self.grid.setTabKeyNavigation(False)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.grid.selectionModel().currentChanged.connect(self._show_cell_source)
        self.grid.horizontalHeader().sectionResized.connect(self._section_resized)
        # and again when the wrapped titles or rows settle at their new height
        self.grid.horizontalHeader().geometriesChanged.connect(self._section_resized)
        self.grid.verticalHeader().sectionResized.connect(self._section_resized)
        self.grid.horizontalHeader().setToolTip(self.tr("Click a career's name to open its page"))
        self.grid.horizontalHeader().sectionClicked.connect(self._open_column)
        self.grid.doubleClicked.connect(lambda index: self._open_column(index.column()))
        row.addWidget(self.grid, 1)
        adapt(self.grid)  # each measure as a card where the careers' columns do not fit

    def _build_sources_and_actions(self) -> None:
        """The selected cell's source, every source, the shortlist and export buttons."""
        ctx = self.ctx
        self.cell_source = QLabel("")
        self.cell_source.setObjectName("compareCellSource")
        self.cell_source.setProperty("role", "source")
        self.add(self.cell_source)
        self.footnote = QLabel("")
        self.footnote.setObjectName("compareSources")
        self.footnote.setProperty("role", "source")
        self.footnote.setWordWrap(True)
        self.add(self.footnote)
        actions = QHBoxLayout()
        star_all = QPushButton(self.tr("☆ Add these careers to the shortlist"))
        star_all.setObjectName("starComparedCareers")
        star_all.clicked.connect(self._star_all)
        actions.addWidget(star_all)
        if not ctx.kiosk:  # no files written and no file dialogs on a kiosk
            export = QPushButton(self.tr("Export the grid (CSV)…"))
            export.setObjectName("exportCompare")
            export.clicked.connect(self.export_csv)
            actions.addWidget(export)
        actions.addStretch(1)
        holder = QWidget()
        holder.setLayout(actions)
        self.add(holder)

    def _fill_picker(self, checked: list[str]) -> None:
        """The careers by name in the language shown, `checked` checked."""
        self.picker.blockSignals(True)
        self.picker.clear()
        for c in by_name(self._careers, lambda c: c.title, self.ctx.lang):
            self.picker.add_check(c.title, c.career_id)
            if c.career_id in checked:
                self.picker.item(self.picker.count() - 1).setCheckState(Qt.CheckState.Checked)
        self.picker.blockSignals(False)

    # -- the Page protocol --------------------------------------------------------------
    def retranslate(self) -> None:
        """The careers' names and the grid in the new language; the same careers checked."""
        checked = self.selected()
        self._careers = self.store.careers(lang=self.ctx.lang)
        self._titles = {c.career_id: c.title for c in self._careers}
        self._fill_picker(checked)
        self.refresh()

    def open(self, link: Link) -> None:
        for career_id in reversed(link.careers):
            self.include(career_id)

    def location(self) -> Link:
        return Link(self.page_id)

    # -- selection ----------------------------------------------------------------------
    def selected(self) -> list[str]:
        """The checked careers in the guide's order (the grid's columns)."""
        items = [self.picker.item(i) for i in range(self.picker.count())]
        on = {
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        }
        return [c.career_id for c in self._careers if c.career_id in on]

    def set_careers(self, career_ids: list[str]) -> None:
        """Check exactly these careers (2-4 of them) and redraw."""
        wanted = rules.validate_selection(career_ids)
        self.picker.blockSignals(True)
        for i in range(self.picker.count()):
            item = self.picker.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.picker.blockSignals(False)
        self.hint.setText("")
        self.refresh()

    def include(self, career_id: str) -> None:
        """Bring a career into the comparison (from its profile), keeping at most four."""
        current = [c for c in self.selected() if c != career_id]
        self.set_careers(
            [career_id, *current][: rules.MAX_CAREERS]
            if len(current) >= 1
            else [career_id, *rules.DEFAULT_CAREERS]
        )

    def _picked(self, item: QListWidgetItem) -> None:
        chosen = self.selected()
        self.picker.blockSignals(True)
        if len(chosen) > rules.MAX_CAREERS:
            item.setCheckState(Qt.CheckState.Unchecked)
            self.hint.setText(self.tr("You can compare at most four careers: uncheck one first."))
        elif len(chosen) < rules.MIN_CAREERS:
            item.setCheckState(Qt.CheckState.Checked)
            self.hint.setText(self.tr("Keep at least two careers checked."))
        else:
            self.hint.setText("")
        self.picker.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        ids = self.selected()
        self.ctx.comparison.set_careers(tuple(ids))  # what the handout compares
        figures = [self.store.career_figures(cid, lang=self.ctx.lang) for cid in ids]
        rows = rules.build_rows(figures, historical=self.history.isChecked())
        self.model.set_grid([self._titles[cid] for cid in ids], rows)
        self._fit_grid()
        cites = [fmt.cite(s) for s in rules.sources_used(rows)]
        self.footnote.setText(self.tr("Sources: {sources}.").format(sources="; ".join(cites)))
        self.cell_source.setText("")

    def _star_all(self) -> None:
        for cid in self.selected():
            if not self.ctx.shortlister.is_starred(CAREER, cid):
                self.ctx.shortlister.add(CAREER, cid, self._titles[cid])

    def grid_table(self) -> tuple[list[str], list[list[object]]]:
        """The grid for a spreadsheet (models/compare_export.py)."""
        careers = [(cid, self._titles[cid]) for cid in self.selected()]
        return compare_export.grid_table(self.model.grid_rows(), careers)

    def export_csv(self) -> None:

        title = self.tr("Export the comparison")
        saved, message = save_csv(self, title, "career-comparison.csv", self.grid_table)
        if message and not saved:
            tell_not_saved(self, title, message)

    def _open_column(self, column: int) -> None:
        ids = self.selected()
        if 0 <= column < len(ids):
            self.ctx.router.go(Link("careers", career=ids[column]))

    def _section_resized(self, *_args: object) -> None:  # a method, not a lambda: Qt drops the
        self._fit_grid()  # connection with the page, so a page being deleted never runs it

    def _fit_grid(self) -> None:
        """Grow the grid to show every row: the page scrolls, not the grid."""
        self.grid.resizeRowsToContents()
        height = self.grid.horizontalHeader().height() + 2 * self.grid.frameWidth()
        height += sum(self.grid.rowHeight(r) for r in range(self.model.rowCount()))
        if self.grid.height() != height + 2 or self.grid.minimumHeight() != height + 2:
            self.grid.setFixedHeight(height + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # beside the grid while the grid keeps twice the list's width; above it otherwise
        beside = self.width() >= 3 * self.picker.width()
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self.picker_row.direction() != direction:
            self.picker_row.setDirection(direction)
        self._fit_grid()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_grid()

    def _show_cell_source(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.cell_source.setText(str(self.model.data(current, TOOLTIP)))

    def reset(self) -> None:
        # as a page built now: the careers compared (a kiosk reset has cleared them),
        # else the default ones
        careers = list(self.ctx.comparison.career_ids or rules.DEFAULT_CAREERS)
        self.history.setChecked(False)  # (this redraws, and records, what is shown now)
        self.set_careers(careers)
        self.scroll_to_top()
