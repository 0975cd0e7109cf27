"""Schools: a fast, filterable list of programs, with the tuition disclaimer always in view."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.school_sort import most_limiting
from ...domain.schools import SchoolIndex, filter_rows
from ..context import PROGRAMS, Context, Link
from ..look import fmt
from ..models.schools import COLUMN_OF, SchoolTableModel
from ..print.school_export import export_schools
from ..widgets.basics import heading, scrolling_body, vertical_only
from ..widgets.cards import adapt
from ..widgets.distance_from import DistanceFrom
from ..widgets.filter_labels import filter_label
from ..widgets.flow import FlowLayout
from ..widgets.school_detail import SchoolDetail
from ..widgets.school_filters import SchoolFilters
from ..widgets.school_notes import home_text, school_sources, tuition_disclaimer
from ..widgets.school_table import school_table

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex

    from ...domain.program import Program
    from ...store.protocols import CareerReader, SchoolReader, SourceReader

    class PageStore(CareerReader, SchoolReader, SourceReader, Protocol):
        """What this module's pages read of the guide database (for mypy: no cost at run
        time)."""


def _store(ctx: Context) -> PageStore:
    """The guide's store as these pages read it (mypy checks that it fits)."""
    return ctx.store


class SchoolsPage(QWidget):
    page_id = "schools"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schoolsPage")
        self.ctx = ctx
        self.store = _store(ctx)
        store = self.store
        self.index = SchoolIndex(store.programs())
        self._home: int | str | None = None  # distances from: a school, a place's name

        # Two views, each scrolling as a whole: the finder (filters and list) and a
        # school's own page; Back on the school returns to the list as it was left.
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        self.views = QStackedWidget()
        self.views.setObjectName("schoolsViews")
        page.addWidget(self.views)
        scroll, body = scrolling_body("schoolsScroll")
        self.views.addWidget(scroll)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(24, 16, 24, 12)
        outer.setSpacing(8)
        outer.addWidget(heading(self.tr("Find a school"), 1))
        self.periods = fmt.school_periods(self.store)  # read from the data, never the code
        self.disclaimer = tuition_disclaimer(self.periods)
        outer.addWidget(self.disclaimer)

        self._build_filters(outer)
        self._build_status(outer)
        self._build_listing(outer)
        sources = school_sources(self.periods)
        outer.addWidget(sources)
        self.apply()
        self._site_start()

    def _build_filters(self, outer: QVBoxLayout) -> None:
        """The filters, and where distances are measured from."""
        ctx = self.ctx
        store = self.store
        self.filters = SchoolFilters(store, store.careers(lang=ctx.lang), lang=ctx.lang)
        self.filters.changed.connect(self.apply)
        outer.addWidget(self.filters)
        self.distance_from = DistanceFrom.for_programs(self.index.programs, store.school_zips())
        self.distance_from.chosen.connect(self.set_home_point)
        outer.addWidget(self.distance_from)

    def _build_status(self, outer: QVBoxLayout) -> None:
        """How many programs are listed, why none, and what to do about it."""
        ctx = self.ctx
        status = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("schoolCount")
        self.count.setProperty("role", "figure")
        status.addWidget(self.count)
        self.empty = QLabel()
        self.empty.setObjectName("schoolEmpty")
        self.empty.setWordWrap(True)
        status.addWidget(self.empty, 1)
        actions = QWidget()  # the buttons wrap onto a second line at large text
        buttons = FlowLayout(actions)
        self.clear_one = QPushButton()
        self.clear_one.setObjectName("clearLimitingFilter")
        self.clear_one.clicked.connect(self._clear_limiting)
        buttons.addWidget(self.clear_one)
        if not ctx.kiosk:  # no files written and no file dialogs on a kiosk
            self.export = QPushButton(self.tr("Export this list (CSV)…"))
            self.export.setObjectName("exportSchools")
            self.export.clicked.connect(self.export_csv)
            buttons.addWidget(self.export)
        self.open_compare = QPushButton()
        self.open_compare.setObjectName("openProgramCompare")
        self.open_compare.clicked.connect(lambda: ctx.router.open("program-compare"))
        ctx.comparison.changed.connect(
            lambda field: self._picks_changed() if field == PROGRAMS else None
        )
        self._picks_changed()
        buttons.addWidget(self.open_compare)
        self.clear_all = QPushButton(self.tr("Clear all filters"))
        self.clear_all.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.clear_all.setObjectName("clearFilters")
        self.clear_all.clicked.connect(self.reset_filters)
        buttons.addWidget(self.clear_all)
        status.addWidget(actions)
        outer.addLayout(status)

    def _build_listing(self, outer: QVBoxLayout) -> None:
        """The programs (a table, or cards where the columns do not fit) and a school's own page."""
        ctx = self.ctx
        self.model = SchoolTableModel(self.index, self, periods=self.periods)
        self.table = school_table(self.model, self.tr("Programs"))
        self.table.setColumnHidden(COLUMN_OF["distance"], True)
        self.table.clicked.connect(self._open_row)  # a click (or a card's), as a link
        self.table.activated.connect(self._open_row)  # Enter, or a double click

        self.detail = SchoolDetail.for_guide(ctx, self.selected_program, self.periods)
        self.detail.closed.connect(lambda: ctx.router.go(Link(self.page_id)))
        self.detail.homeRequested.connect(self.set_home_school)
        self.detail_scroll = vertical_only(QScrollArea(), "schoolPageScroll")
        self.detail_scroll.setWidget(self.detail)
        self.views.addWidget(self.detail_scroll)
        listing = QWidget()  # the table, or its rows as cards where the columns do not fit
        listing.setObjectName("schoolListing")
        stack = QVBoxLayout(listing)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.table)
        adapt(self.table, fit_height=False)
        listing.setMinimumHeight(self.fontMetrics().height() * 18)
        outer.addWidget(listing, 1)

    # -- filtering ----------------------------------------------------------------------
    def apply(self, *_args: object) -> None:
        f = self.filters.current()
        rows = filter_rows(self.index, f)
        self.model.set_rows(rows)
        self._limiting = None
        if not rows and f.active():
            self._limiting = most_limiting(self.index, f)
        self._describe()
        if self.detail.unitid is not None:
            self._select_unitid(self.detail.unitid)

    def _describe(self) -> None:
        """How many programs are listed and, when none, which filter to clear."""
        self.count.setText(
            self.tr("{shown} of {total} programs").format(
                shown=fmt.count(self.model.rowCount()), total=fmt.count(len(self.index))
            )
        )
        if self._limiting:
            name, n = self._limiting
            self.empty.setText(
                self.tr(
                    "No program matches every filter. The “{filter}” filter removes the most: "
                    "without it, {count} programs match."
                ).format(filter=filter_label(name), count=fmt.count(n))
            )
            self.clear_one.setText(self.tr("Clear “{filter}”").format(filter=filter_label(name)))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self._limiting))
        self.clear_one.setVisible(bool(self._limiting))

    def _picks_changed(self) -> None:
        n = len(self.ctx.comparison.program_ids)
        self.open_compare.setText(self.tr("Compare programs ({n})").format(n=n))
        self.open_compare.setEnabled(n > 0)

    def _clear_limiting(self) -> None:
        if self._limiting:
            self.filters.clear(self._limiting[0])

    def reset_filters(self) -> None:
        self.filters.reset()

    def export_csv(self) -> None:
        export_schools(self, self.model, self.periods)

    def selected_program(self) -> Program | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.program_at(index.row())

    # -- selection and the school's page ------------------------------------------------
    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            unitid = self.model.program_at(index.row()).unitid
            self.ctx.router.go(Link(self.page_id, school=unitid))

    def _show_detail(self, unitid: int) -> None:
        self.detail.show_school(self.index, self.store.institution(unitid))
        self.views.setCurrentWidget(self.detail_scroll)
        self.detail_scroll.verticalScrollBar().setValue(0)
        self.detail.relayout()

    def show_list(self) -> None:
        """The finder as it was left: filters, sort, scroll and the school selected."""
        self.views.setCurrentIndex(0)
        self.detail.unitid = None

    def _select_unitid(self, unitid: int) -> bool:
        """Select the school's program (the one already selected, or its first listed);
        False when the list does not hold it."""
        current = self.selected_program()
        if current is not None and current.unitid == unitid:
            return True
        rows = self.model.rows()
        for r, i in enumerate(rows):
            if self.index.programs[i].unitid == unitid:
                sm = self.table.selectionModel()
                sm.setCurrentIndex(
                    self.model.index(r, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(self.model.index(r, 0))
                return True
        return False

    def show_school(self, unitid: int) -> None:
        """Open a school's page. From a list that holds it, the list stays as it is;
        otherwise (from search) the filters are cleared so that Back finds it listed."""
        if not self._select_unitid(unitid):
            self.reset_filters()
            self._select_unitid(unitid)
        self._show_detail(unitid)

    # -- distance -----------------------------------------------------------------------
    def set_home_school(self, unitid: int | None) -> None:
        """Measure distances from a school (the site's campus or the user's pick)."""
        self._home = unitid
        if unitid is None:
            self.index.set_home(None, None)
        else:
            inst = self.store.institution(unitid)
            self.index.set_home(inst.latitude, inst.longitude, unitid)
        self._home_changed()

    def set_home_point(self, lat: float, lon: float, name: str) -> None:
        """Measure distances from a point (a city the user picked)."""
        self._home = name
        self.index.set_home(lat, lon, None)
        self._home_changed()

    def _home_changed(self) -> None:
        self.table.setColumnHidden(COLUMN_OF["distance"], not self.index.has_home)
        self.filters.set_home(home_text(self.store, self._home), self.index.has_home)
        self.apply()

    def _site_start(self) -> None:
        """The site's campus (for distances) and default state: where the finder starts."""
        config = self.ctx.config
        if config.home_school:
            with contextlib.suppress(KeyError):  # a unit id that is not in this data release
                self.set_home_school(config.home_school)
        if config.default_state:
            self.filters.choose_state(config.default_state)

    # -- the Page protocol --------------------------------------------------------------
    def retranslate(self) -> None:
        """Words made from data and numbers, in the new language; the list, its filters,
        sort, selection and scroll, and an open school, stay as they are."""
        self.filters.fill_programs(
            self.store, self.store.careers(lang=self.ctx.lang), self.ctx.lang
        )
        self.filters.set_home(home_text(self.store, self._home), self.index.has_home)
        self._describe()
        self._picks_changed()
        if self.detail.unitid is not None:
            at = self.detail_scroll.verticalScrollBar().value()
            self.detail.show_school(self.index, self.store.institution(self.detail.unitid))
            self.detail.relayout()
            self.detail_scroll.verticalScrollBar().setValue(at)

    def open(self, link: Link) -> None:
        if link.school is not None:
            self.show_school(link.school)
            return
        self.show_list()
        if link.state or link.level or link.cip_codes or link.career:
            self.filters.reset()
            self.filters.choose_state(link.state)
            self.filters.choose_programs(link.career, link.cip_codes, link.level)

    def location(self) -> Link:
        return Link(self.page_id, school=self.detail.unitid)

    def reset(self) -> None:
        self.show_list()
        self.table.clearSelection()
        self.model.clear_sort()
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.set_home_school(None)
        self.distance_from.clear()
        self.reset_filters()
        self._site_start()
        self.table.scrollToTop()
