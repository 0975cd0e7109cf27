"""Compare programs: two to four programs side by side (picked in the school finder, the
school detail or the shortlist), with each cell's source and year, a footnote and the
same caveats as the school detail. Best and worst per row are marked in words."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.outcomes import INCOME_BANDS
from ...domain.program_compare import MIN_PROGRAMS, ROW_KEYS, build_rows, sources_used
from ..context import PROGRAMS, Context, Link
from ..html.outcomes import compare_footnote_html
from ..look import fmt, vocab
from ..models.program_compare import COUNTS, ProgramCompareModel
from ..models.roles import TOOLTIP
from ..models.schools import level_label
from ..print.files import save_csv, tell_not_saved
from ..widgets.basics import ScrollPage, clear_layout, heading, wrap_rows
from ..widgets.cards import adapt
from ..widgets.flow import FlowLayout
from ..widgets.trend_bars import TrendDelegate

if TYPE_CHECKING:
    from ...domain.program_compare import ProgramFacts
    from ...store.protocols import CareerReader, OutcomeReader

    class PageStore(CareerReader, OutcomeReader, Protocol):
        """What this module's pages read of the guide database (for mypy: no cost at run
        time)."""


def _store(ctx: Context) -> PageStore:
    """The guide's store as these pages read it (mypy checks that it fits)."""
    return ctx.store


class ProgramComparePage(ScrollPage):
    page_id = "program-compare"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__("programComparePage", parent)
        self.ctx = ctx
        self.store = _store(ctx)
        self._build_intro()
        self._build_controls()
        self._build_grid()
        self._build_sources()
        self.finish()
        ctx.comparison.changed.connect(lambda field: self.refresh() if field == PROGRAMS else None)
        self.refresh()

    def _build_intro(self) -> None:
        self.add(heading(self.tr("Compare programs"), 1))
        intro = QLabel(
            self.tr(
                "Put two to four programs side by side. Pick them in Schools (select a program "
                "and choose “Compare this program”) or on the Shortlist. In each row the best "
                "figure is marked ▲ best, in bold, and the worst ▼ worst, in italics, among "
                "figures of the same measure only; select a cell to see its source and year."
            )
        )
        intro.setWordWrap(True)
        self.add(intro)

    def _build_controls(self) -> None:
        """The family income for the net price; clear or export the comparison."""
        ctx = self.ctx
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Net price for family income:")))
        self.band = QComboBox()
        self.band.setObjectName("netPriceBand")
        # as wide as its longest choice in the language shown, after a change too
        self.band.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.band.setAccessibleName(self.tr("Family income for the net price"))
        self.band.addItem(self.tr("All incomes (average)"), None)
        for band in INCOME_BANDS:
            self.band.addItem(vocab.band_text(band), band)  # (self.tr's context has none)
        self.band.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.band)
        bar.addStretch(1)
        holder = QWidget()
        holder.setLayout(bar)
        self.add(holder)
        bar = QHBoxLayout()  # the actions on a line of their own: they fit at 200 % text
        self.clear_button = QPushButton(self.tr("Clear the comparison"))
        self.clear_button.setObjectName("clearProgramCompare")
        self.clear_button.clicked.connect(ctx.comparison.clear)
        bar.addWidget(self.clear_button)
        if not ctx.kiosk:  # no files written and no file dialogs on a kiosk
            self.export = QPushButton(self.tr("Export the comparison (CSV)…"))
            self.export.setObjectName("exportProgramCompare")
            self.export.clicked.connect(self.export_csv)
            bar.addWidget(self.export)
        bar.addStretch(1)
        holder = QWidget()
        holder.setLayout(bar)
        self.add(holder)

    def _build_grid(self) -> None:
        """What to do when fewer than two are picked, then the grid: a column per program."""
        self.hint = QLabel()
        self.hint.setObjectName("programCompareHint")
        self.hint.setWordWrap(True)
        self.add(self.hint)

        self.model = ProgramCompareModel(self)
        self.grid = QTableView()
        self.grid.setObjectName("programCompareGrid")
        self.grid.setAccessibleName(self.tr("Programs compared"))
        self.grid.setModel(self.model)
        self.grid.setTabKeyNavigation(False)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.grid.horizontalHeader().setToolTip(self.tr("Click a school's name to open it"))
        self.grid.horizontalHeader().sectionClicked.connect(self._open_school)
        self.grid.setItemDelegateForRow(ROW_KEYS.index("trend"), TrendDelegate(COUNTS, self.grid))
        self.grid.selectionModel().currentChanged.connect(self._show_cell_source)
        wrap_rows(self.grid)
        self.grid_box = QWidget()  # the grid, or its measures as cards where it does not fit
        self.grid_box.setObjectName("programCompareGridBox")
        box = QVBoxLayout(self.grid_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.grid)
        adapt(self.grid)
        self.add(self.grid_box)

    def _build_sources(self) -> None:
        """A button to remove each program, the selected cell's source, every source."""
        self.removers = QWidget()
        self.removers_row = FlowLayout(self.removers)  # wraps at large text
        self.add(self.removers)
        self.cell_source = QLabel("")
        self.cell_source.setObjectName("programCompareCellSource")
        self.cell_source.setProperty("role", "source")
        self.cell_source.setWordWrap(True)
        self.add(self.cell_source)
        self.footnote = QLabel("")
        self.footnote.setObjectName("programCompareSources")
        self.footnote.setProperty("role", "source")
        self.footnote.setWordWrap(True)
        self.footnote.setTextFormat(Qt.TextFormat.RichText)
        self.add(self.footnote)

    # -- the grid -----------------------------------------------------------------------
    def facts(self) -> list[ProgramFacts]:
        found = (self.store.program_facts(pid) for pid in self.ctx.comparison.program_ids)
        return [f for f in found if f is not None]

    def refresh(self) -> None:
        store = self.store
        facts = self.facts()
        rows = build_rows(facts, self.band.currentData(), store.loan_terms(), store.grid_sources())
        # short headers (the school is the first row, and names are long); its tooltip
        # and a click on it name and open the school
        titles = [
            self.tr("Program {n}: {level}").format(n=n, level=level_label(f.program.level_group))
            for n, f in enumerate(facts, 1)
        ]
        years, _series = store.program_trends(facts[0].program.unitid) if facts else ([], {})
        span = self.tr("{first} to {last}").format(first=years[0], last=years[-1]) if years else ""
        self.model.set_grid(titles, rows, span)
        self.grid_box.setVisible(bool(facts))
        self.hint.setText(self._hint(len(facts)))
        self._removers(facts)
        self.footnote.setText(
            compare_footnote_html(sources_used(rows), self.store.loan_terms()) if facts else ""
        )
        self.cell_source.setText("")

    def _hint(self, n: int) -> str:
        if n == 0:
            return self.tr("No programs picked yet.")
        if n < MIN_PROGRAMS:
            return self.tr("Pick at least one more program to compare.")
        return ""

    def _removers(self, facts: list[ProgramFacts]) -> None:
        clear_layout(self.removers_row)
        for i, f in enumerate(facts):
            button = QPushButton(self.tr("Remove {school}").format(school=f.program.school))
            button.setObjectName(f"removeProgram-{i + 1}")
            button.clicked.connect(
                lambda _c=False, pid=f.program.program_id: self.ctx.comparison.remove_program(pid)
            )
            self.removers_row.addWidget(button)

    def grid_table(self) -> tuple[list[str], list[list[str]]]:
        """The grid as text: row label, then each program's cell and its source."""
        header = [self.tr("Row")]
        for c in range(self.model.columnCount()):
            title = str(self.model.headerData(c, Qt.Orientation.Horizontal)).replace("\n", ", ")
            header += [title, self.tr("{program}: source").format(program=title)]
        lines = []
        for r, row in enumerate(self.model.grid_rows()):
            line = [self.model.label(r)]
            for c, cell in enumerate(row.cells):
                line += [self.model.text(r, c), fmt.cite(cell.source) if cell.source else ""]
            lines.append(line)
        return header, lines

    def export_csv(self) -> None:

        title = self.tr("Export the comparison")
        saved, message = save_csv(self, title, "program-comparison.csv", self.grid_table)
        if message and not saved:
            tell_not_saved(self, title, message)

    def _open_school(self, column: int) -> None:
        facts = self.facts()
        if 0 <= column < len(facts):
            self.ctx.router.go(Link("schools", school=facts[column].program.unitid))

    def _show_cell_source(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.cell_source.setText(str(self.model.data(current, TOOLTIP)))

    # -- the Page protocol --------------------------------------------------------------
    retranslate = refresh  # the grid's words and numbers, the same programs

    def open(self, link: Link) -> None:
        self.refresh()

    def location(self) -> Link:
        return Link(self.page_id)

    def reset(self) -> None:
        # the picked programs are the window's to forget (a kiosk reset), not the page's
        self.band.setCurrentIndex(0)
        self.refresh()
        self.scroll_to_top()
