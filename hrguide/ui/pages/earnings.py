"""Earnings: wage ranges by career, by industry, by state (table and tile map), and by metro."""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...domain.collate import by_name
from ...domain.geo import FIPS_TO_STATE
from ...domain.models import Career, Source, Wage
from ...domain.rules import industry_extremes, match_area
from ..context import Context, Link
from ..look import fmt
from ..models.tables import Column, RecordTableModel
from ..widgets.basics import (
    ScrollPage,
    fit_table_height,
    heading,
    source_note,
    table_view,
)
from ..widgets.cards import adapt
from ..widgets.charts import StateTileMap
from ..widgets.wage_chart import WageRangeChart, WageSeries
from .common import (
    add_page_text,
    career_combo,
    refill_careers,
    select_career,
    start_career,
)
from .cost_of_living import CostOfLiving

if TYPE_CHECKING:
    from collections.abc import Callable

    from ...store.protocols import CareerReader, FigureReader, OutcomeReader, SourceReader

    class PageStore(CareerReader, FigureReader, OutcomeReader, SourceReader, Protocol):
        """What this module's pages read of the guide database (for mypy: no cost at run
        time)."""


def _store(ctx: Context) -> PageStore:
    """The guide's store as these pages read it (mypy checks that it fits)."""
    return ctx.store


CareerWage = tuple[Career, Wage | None]


def _wage_text(field: str) -> Callable[[CareerWage], str]:
    """A wage table column's text: the career's `field` wage as shown."""
    return lambda r: fmt.wage(r[1], field)


def _wage_key(field: str) -> Callable[[CareerWage], object]:
    """A wage table column's sort key: the career's `field` wage."""
    get = attrgetter(field)
    return lambda r: get(r[1])


class EarningsPage(ScrollPage):
    page_id = "earnings"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__("earningsPage", parent)
        self.ctx = ctx
        self.store = _store(ctx)
        add_page_text(self, self.store, ctx, "earnings")
        rows = self._career_rows()
        source = next((w.source for _, w in rows if w), None)
        self.chart = WageRangeChart("", "", fmt.cite(source))
        self._fill_chart()
        self.add(self.chart)
        self._build_wage_table(rows, source)
        self._build_career_choice()
        self._build_industries(source)
        self._build_states(source)
        self._build_metros(source)
        self.finish()
        self._metros: list[Wage] = []
        self.career.currentIndexChanged.connect(self._career_changed)
        self.metro_search.textChanged.connect(self._filter_metros)
        self._career_changed()
        self.cost_of_living.attach(self.state_table, self.metro_table)  # off by default

    def _build_wage_table(
        self, rows: list[tuple[Career, Wage | None]], source: Source | None
    ) -> None:
        """The chart's figures as a table, with their source."""
        self.add(QLabel(self.tr("The same figures as a table:")))
        self.wage_model = RecordTableModel(
            [
                Column(self.tr("Career"), lambda r: r[0].title),
                Column(self.tr("BLS occupation"), lambda r: f"{r[0].soc_code} {r[0].soc_title}"),
                *(
                    Column(label, _wage_text(field), _wage_key(field), numeric=True)
                    for label, field in (
                        (self.tr("10th pct."), "pct10_annual"),
                        (self.tr("25th pct."), "pct25_annual"),
                        (self.tr("Median"), "median_annual"),
                        (self.tr("75th pct."), "pct75_annual"),
                        (self.tr("90th pct."), "pct90_annual"),
                    )
                ),
                Column(
                    self.tr("Employed"),
                    lambda r: fmt.employment(r[1]),
                    lambda r: r[1].employment,
                    numeric=True,
                ),
            ],
            [r for r in rows if r[1]],
            self,
        )
        self.wage_table = table_view(
            self.wage_model, "wageTable", accessible_name=self.tr("Wages by career")
        )
        self.wage_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fit_table_height(self.wage_table)
        self.add(self.wage_table)
        adapt(self.wage_table)  # cards where the columns do not fit
        self.add(source_note([source]))

    def _build_career_choice(self) -> None:
        """The career the tables below are for."""
        ctx = self.ctx
        self.add(heading(self.tr("By industry, state and area"), 2))
        chooser = QWidget()
        line = QHBoxLayout(chooser)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(QLabel(self.tr("Career:")))
        self.career = career_combo(
            self.store, ctx, "earningsCareer", self.tr("Career for the tables below")
        )
        line.addWidget(self.career)
        line.addStretch(1)
        self.add(chooser)

    def _build_industries(self, source: Source | None) -> None:
        """The highest- and lowest-paying industries, side by side."""
        industry_cols = [
            Column(self.tr("Industry"), lambda w: w.industry_title),
            Column(
                self.tr("Median"),
                lambda w: fmt.wage(w, "median_annual"),
                lambda w: w.median_annual,
                numeric=True,
            ),
            Column(
                self.tr("Employed"),
                lambda w: fmt.employment(w),
                lambda w: w.employment,
                numeric=True,
            ),
        ]
        self.high_model = RecordTableModel(industry_cols, parent=self)
        self.low_model = RecordTableModel(industry_cols, parent=self)
        pair = QWidget()
        grid = QGridLayout(pair)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(heading(self.tr("Highest-paying industries"), 3), 0, 0)
        grid.addWidget(heading(self.tr("Lowest-paying industries"), 3), 0, 1)
        self.high_table = table_view(
            self.high_model, "industryHigh", accessible_name=self.tr("Highest-paying industries")
        )
        self.low_table = table_view(
            self.low_model, "industryLow", accessible_name=self.tr("Lowest-paying industries")
        )
        grid.addWidget(self.high_table, 1, 0)
        grid.addWidget(self.low_table, 1, 1)
        adapt(self.high_table)
        adapt(self.low_table)
        self.add(pair)
        self.industry_note = source_note(
            [source],
            lambda: self.tr(
                "Detailed industries (4-digit NAICS) employing at least 100 people "
                "in the occupation, ranked by median wage."
            ),
        )
        self.add(self.industry_note)

    def _build_states(self, source: Source | None) -> None:
        """The state map and table, with cost of living."""
        store = self.store
        self.tile_map = StateTileMap("", fmt.cite(source))
        self.add(self.tile_map)
        state_cols = [
            Column(self.tr("State"), lambda w: w.area_title),
            Column(
                self.tr("Median"),
                lambda w: fmt.wage(w, "median_annual"),
                lambda w: w.median_annual,
                numeric=True,
            ),
            Column(
                self.tr("10th pct."),
                lambda w: fmt.wage(w, "pct10_annual"),
                lambda w: w.pct10_annual,
                numeric=True,
            ),
            Column(
                self.tr("90th pct."),
                lambda w: fmt.wage(w, "pct90_annual"),
                lambda w: w.pct90_annual,
                numeric=True,
            ),
            Column(
                self.tr("Employed"),
                lambda w: fmt.employment(w),
                lambda w: w.employment,
                numeric=True,
            ),
        ]
        self.adjusted = CostOfLiving.column(store.price_parities())
        state_cols.append(self.adjusted)
        self.state_model = RecordTableModel(state_cols, parent=self)
        self.state_table = table_view(
            self.state_model, "stateTable", accessible_name=self.tr("Wages by state")
        )
        self.state_table.setFixedHeight(420)
        self.add(self.state_table)
        adapt(self.state_table, fit_height=False)
        self.cost_of_living = CostOfLiving(store)
        self.add(self.cost_of_living)
        self.add(source_note([source]))

    def _build_metros(self, source: Source | None) -> None:
        """A metropolitan area, looked up by name."""
        self.add(heading(self.tr("Look up a metropolitan area"), 3))
        self.metro_search = QLineEdit()
        self.metro_search.setObjectName("metroSearch")
        self.metro_search.setPlaceholderText(self.tr("Type a city or area, e.g. Denver"))
        self.metro_search.setAccessibleName(self.tr("Metropolitan area search"))
        self.metro_search.setClearButtonEnabled(True)
        self.add(self.metro_search)
        self.metro_model = RecordTableModel(
            [
                Column(self.tr("Area"), lambda w: w.area_title),
                Column(
                    self.tr("Median"),
                    lambda w: fmt.wage(w, "median_annual"),
                    lambda w: w.median_annual,
                    numeric=True,
                ),
                Column(
                    self.tr("Employed"),
                    lambda w: fmt.employment(w),
                    lambda w: w.employment,
                    numeric=True,
                ),
                self.adjusted,
            ],
            parent=self,
        )
        self.metro_table = table_view(
            self.metro_model, "metroTable", accessible_name=self.tr("Wages by metropolitan area")
        )
        self.metro_table.setFixedHeight(320)
        self.add(self.metro_table)
        adapt(self.metro_table, fit_height=False)
        self.add(source_note([source]))

    def _career_rows(self) -> list[tuple[Career, Wage | None]]:
        store = self.store
        return [(c, store.national_wage(c.soc_code)) for c in store.careers(lang=self.ctx.lang)]

    def _fill_chart(self) -> None:
        self.chart.title = self.tr("Yearly wages by career, all industries, United States")
        self.chart.units = self.tr("US dollars per year")
        spread = attrgetter(
            "pct10_annual", "pct25_annual", "median_annual", "pct75_annual", "pct90_annual"
        )
        rows = self._career_rows()
        self.chart.set_series([WageSeries(c.title, *spread(w)) for c, w in rows if w])

    def retranslate(self) -> None:
        """The careers' names (chart, table, chooser) and the career's tables anew."""
        self._fill_chart()
        self.wage_model.set_rows([r for r in self._career_rows() if r[1]])
        refill_careers(self.career, self.store, self.ctx)
        self._career_changed()

    def _career_changed(self) -> None:
        store = self.store
        career = store.career(self.career.currentData(), lang=self.ctx.lang)
        high, low = industry_extremes(store.industry_wages(career.soc_code, 4))
        self.high_model.set_rows(high)
        self.low_model.set_rows(low)
        for view in (self.high_table, self.low_table):
            fit_table_height(view)
        states = by_name(store.state_wages(career.soc_code), _area, self.ctx.lang)
        self.state_model.set_rows(states)
        by_abbr = {FIPS_TO_STATE.get(w.area_code[:2], ""): w.median_annual for w in states}
        self.tile_map.set_values(
            by_abbr, self.tr("Median yearly wage by state: {career}").format(career=career.title)
        )
        self._metros = by_name(store.metro_wages(career.soc_code), _area, self.ctx.lang)
        self._filter_metros()

    def _filter_metros(self) -> None:
        self.metro_model.set_rows(match_area(self._metros, self.metro_search.text()))

    def open(self, link: Link) -> None:
        if link.career:
            select_career(self.career, link.career)

    def location(self) -> Link:
        return Link(self.page_id, career=self.career.currentData())

    def reset(self) -> None:
        self.cost_of_living.reset()
        start_career(self.career)
        self.metro_search.clear()
        self.scroll_to_top()


def _area(wage: Wage) -> str:
    return wage.area_title
