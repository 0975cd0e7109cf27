"""The interest check's results: the six scores drawn and in words, the top areas with
O*NET's example activities, an honest note, and where occupations stand: the guide's
careers with their rank among all occupations, then the closest occupations in a chosen
job zone. A flat profile gets advice instead of a ranked list."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from ...domain import interests as rules
from ...domain.models import Source
from ..html.interest_words import fit_text, summary_html
from ..look import fmt
from ..look.retranslate import live
from ..models.tables import Column, RecordTableModel
from .basics import heading, sized_to_choice, table_view, wrap_rows
from .cards import adapt
from .flow import FlowLayout
from .interest_chart import ScoresChart
from .interest_places import Placed

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView


class ResultsFacts(NamedTuple):
    """What the results read from the data: O*NET's job zone names and example activities
    per area, how many occupations have an interest profile, and the pay figures' source."""

    zone_names: dict[int, str]
    examples: dict[str, list[str]]
    total: int
    pay_source: Source | None = None


class InterestResults(QWidget):
    """Everything after the last answer. `openCareer` asks to open a guide career."""

    openCareer = Signal(str)
    openOccupation = Signal(str)  # an O*NET-SOC code the guide does not profile: its snapshot

    def __init__(
        self, facts: ResultsFacts, parent: QWidget | None = None, *, tap_opens: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interestResults")
        self.pay_source = facts.pay_source  # the national medians' source, with its year
        self.tap_opens = tap_opens  # at a kiosk one tap opens a row (no double tap by touch)
        self.examples = facts.examples  # O*NET's illustrative activities per area (English)
        self.total = facts.total  # occupations with an interest profile (from the data)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self._build_scores(lay)
        self.matches = QWidget()
        self.matches.setObjectName("interestMatches")
        m = QVBoxLayout(self.matches)
        m.setContentsMargins(0, 0, 0, 0)
        self._build_guide_table(m)
        self._build_top_table(m, facts.zone_names)
        m.addWidget(self._hint())
        lay.addWidget(self.matches)
        self._all: list[Placed] = []

    def _build_scores(self, lay: QVBoxLayout) -> None:
        """The six scores drawn, what they say, and whether they are too flat to rank."""
        lay.addWidget(heading(self.tr("Your results"), 2))
        self.chart = ScoresChart()
        lay.addWidget(self.chart)
        self.summary = QLabel()
        self.summary.setObjectName("interestSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.summary)
        self.flat = QLabel()
        self.flat.setObjectName("interestFlat")
        self.flat.setWordWrap(True)
        lay.addWidget(self.flat)

    def _build_guide_table(self, m: QVBoxLayout) -> None:
        """Where each of the guide's careers stands among every occupation."""
        m.addWidget(heading(self.tr("Where the guide's careers stand"), 2))
        self.guide_model = RecordTableModel(self._columns(with_career=False), parent=self)
        self.guide_table = table_view(
            self.guide_model,
            "interestGuideCareers",
            stretch=3,
            accessible_name=self.tr("The guide's careers and your interests"),
        )
        self._wrap(self.guide_table)
        self.guide_table.activated.connect(lambda ix: self._open(self.guide_model, ix.row()))
        if self.tap_opens:
            self.guide_table.clicked.connect(lambda ix: self._open(self.guide_model, ix.row()))
        m.addWidget(self.guide_table)
        adapt(self.guide_table)

    def _build_top_table(self, m: QVBoxLayout, zone_names: dict[int, str]) -> None:
        """The closest occupations overall, for the preparation a student is ready for."""
        m.addWidget(heading(self.tr("Closest occupations overall"), 2))
        zone_row = FlowLayout()  # the label and the choice wrap where they must
        zone_row.addWidget(QLabel(self.tr("Preparation you are ready for:")))
        self.zone = QComboBox()
        self.zone.setObjectName("interestJobZone")
        self.zone.setAccessibleName(self.tr("Job zone"))
        self.zone.addItem(self.tr("Any amount of preparation"), None)
        for zone, name in sorted(zone_names.items()):
            self.zone.addItem(name, zone)  # O*NET's job zone names (English)
        self.zone.currentIndexChanged.connect(lambda _i: self._fill_top())
        sized_to_choice(self.zone)
        zone_row.addWidget(self.zone)
        m.addLayout(zone_row)
        self.top_model = RecordTableModel(self._columns(with_career=True), parent=self)
        self.top_table = table_view(
            self.top_model,
            "interestTopMatches",
            stretch=1,
            accessible_name=self.tr("Closest occupations"),
        )
        self._wrap(self.top_table)
        self.top_table.activated.connect(lambda ix: self._open(self.top_model, ix.row()))
        if self.tap_opens:
            self.top_table.clicked.connect(lambda ix: self._open(self.top_model, ix.row()))
        m.addWidget(self.top_table)
        adapt(self.top_table)

    def _hint(self) -> QLabel:
        hint = live(
            QLabel(),
            lambda: self.tr(
                "★ marks the careers this guide covers. Double-click any occupation, or select "
                "it and press Enter, to open it: a guide career's page, or a snapshot. Pay is the national median ({source}); job "
                "growth is BLS's projection for the period shown. Fit compares the shape of "
                "your six scores with each occupation's interest profile (O*NET): it is "
                "about interests only. Why names the top areas you share and the area where "
                "your scores and the occupation's differ most."
            ).format(source=fmt.cite(self.pay_source)),
        )
        hint.setObjectName("interestMatchesNote")
        hint.setWordWrap(True)
        hint.setProperty("role", "note")
        return hint

    @staticmethod
    def _wrap(view: QTableView) -> None:
        """Names and reasons wrap (the page scrolls, the table shows every row)."""
        header = view.horizontalHeader()
        for col in (1, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        wrap_rows(view)

    def retranslate(self) -> None:
        """Column names with numbers in them ("Rank of 923"), in the new language."""
        self.guide_model.set_columns(self._columns(with_career=False))
        self.top_model.set_columns(self._columns(with_career=True))

    def _columns(self, with_career: bool) -> list[Column]:
        def pay(p: Placed) -> str:
            median, top = p.pay
            if median is None:
                return self.tr("not published")
            text = fmt.money(median)
            return self.tr("at least {amount}").format(amount=text) if top else text

        def outlook(p: Placed) -> str:
            if p.outlook is None or p.outlook.change_percent is None:
                return self.tr("not published by BLS")
            return self.tr("{change} ({period})").format(
                change=fmt.percent(p.outlook.change_percent), period=p.outlook.period
            )

        cols = [
            Column(
                self.tr("Rank of {n}").format(n=fmt.count(self.total)),
                lambda p: fmt.count(p.match.rank),
                sort_key=lambda p: p.match.rank,
                numeric=True,
            ),
            Column(
                self.tr("Occupation") if with_career else self.tr("Career"),
                lambda p: p.title + (" ★" if with_career and p.career_id else ""),
                tooltip=lambda p: f"{p.match.profile.title} ({p.match.profile.onet_code})",
            ),
            Column(
                self.tr("Fit"),
                lambda p: fit_text(p.match.r),
                sort_key=lambda p: -p.match.r,
                tooltip=lambda p: self.tr("correlation {r}").format(r=f"{p.match.r:.2f}"),
            ),
            Column(self.tr("Why"), lambda p: p.why),
            Column(
                self.tr("Median pay, US ({period})").format(
                    period=self.pay_source.label if self.pay_source else ""
                ),
                pay,
                sort_key=lambda p: p.pay[0] or 0,
                numeric=True,
            ),
            Column(
                self.tr("Job growth"),
                outlook,
                sort_key=lambda p: p.outlook.change_percent if p.outlook else -999,
                tooltip=lambda p: fmt.cite(p.outlook.source) if p.outlook else "",
                numeric=True,
            ),
        ]
        return cols

    def show_results(
        self, scores: tuple[int, ...], maximum: int, placed: list[Placed], guide: list[Placed]
    ) -> None:
        self.chart.set_scores(tuple(scores), maximum)
        self._all = placed
        flat = rules.is_flat(scores, maximum)
        self.flat.setVisible(flat)
        self.matches.setVisible(not flat)
        if flat:
            self.flat.setText(
                self.tr(
                    "Your answers do not point anywhere yet: your six scores are almost the "
                    "same, so a list of matching careers would be noise. Try the check again "
                    "later, and use “Like” and “Dislike” more where you can, or talk with a "
                    "counselor about the activities you enjoy."
                )
            )
            self.summary.setText(summary_html(maximum, [], self.examples))
            return
        self.summary.setText(summary_html(maximum, rules.top_areas(scores), self.examples))
        self.guide_model.set_rows(guide)
        self._fill_top()

    def clear(self) -> None:
        """Forget the shown results: the chart, the summary and both tables' rows."""
        self.chart.clear()
        self._all = []
        self.summary.setText("")
        self.flat.setText("")
        self.guide_model.set_rows([])
        self.top_model.set_rows([])

    def _fill_top(self) -> None:
        zone = self.zone.currentData()
        rows = [p for p in self._all if zone is None or p.match.profile.job_zone == zone]
        self.top_model.set_rows(rows[:20])

    def _open(self, model: RecordTableModel, row: int) -> None:
        placed = model.record(row)
        if placed.career_id:
            self.openCareer.emit(placed.career_id)
        else:
            self.openOccupation.emit(placed.match.profile.onet_code)
