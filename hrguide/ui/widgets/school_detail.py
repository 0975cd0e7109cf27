"""A school's own page in the school finder: the school, its programs, tuition, graduates'
outcomes and caveats, full width (the page scrolls as a whole), with Back to the list."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.models import Institution
from ...domain.program import Program
from ...domain.schools import SchoolIndex
from ...domain.shortlist import PROGRAM
from ..context import Comparison, Context
from ..html.outcomes import outcomes_for, trend_rows
from ..html.school import school_html
from ..html.trend import TrendRows, trend_lines
from ..look import vocab
from ..shortlister import Shortlister
from .basics import plain_wrapping
from .compare_toggle import CompareToggle
from .flow import FlowLayout
from .qr import qr_pixmap
from .star import StarButton
from .trend_bars import TrendChart


class DetailParts(NamedTuple):
    """What a school's page shows beyond the school itself (the defaults: the school
    alone): the periods of its sources, its graduates' outcomes and trend, whether it is
    at a kiosk, and the program selected in the finder, to star and to compare."""

    periods: dict[str, str] | None = None
    outcomes_for: Callable[[Institution], str] | None = None
    trend_for: Callable[[Institution], tuple[list[str], TrendRows]] | None = None
    kiosk: bool = False
    shortlister: Shortlister | None = None
    comparison: Comparison | None = None
    selected_program: Callable[[], Program | None] | None = None


def _qr_row(lay: QVBoxLayout, name: str) -> tuple[QLabel, QLabel]:
    """A QR code beside its caption (both empty until a school has the address)."""
    qr = QLabel()
    qr.setObjectName(name)
    caption = QLabel()
    caption.setProperty("role", "source")
    caption.setWordWrap(True)
    row = QHBoxLayout()
    row.addWidget(qr)
    row.addWidget(caption, 1)
    lay.addLayout(row)
    return qr, caption


def _star_item(selected: Callable[[], Program | None]) -> tuple[str, str, str, str] | None:
    p = selected()
    return None if p is None else (PROGRAM, p.program_id, p.school, vocab.program_place(p))


def _program_id(selected: Callable[[], Program | None]) -> str | None:
    p = selected()
    return None if p is None else p.program_id


class SchoolDetail(QFrame):
    """Everything the data says about one school. Web addresses are shown, never opened."""

    closed = Signal()  # Back to the list
    shown = Signal()  # a school is in place: the page shows it
    homeRequested = Signal(int)

    def __init__(self, parts: DetailParts | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schoolDetail")
        parts = parts or DetailParts()
        # the periods of the sources it names, read from the data (fmt.school_periods)
        self.periods = parts.periods or {
            "completions": "",
            "tuition": "",
            "distance": "",
            "directory": "",
        }
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setProperty("role", "pageBody")  # the page's own background
        self.unitid: int | None = None
        self._outcomes_for = parts.outcomes_for
        self._trend_for = parts.trend_for
        self._kiosk = parts.kiosk  # a student at a kiosk takes addresses away by phone camera
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 12, 24, 16)
        self._build_heading(lay)
        self._build_body(lay)
        self._build_actions(lay, parts)
        lay.addStretch(1)

    def _build_heading(self, lay: QVBoxLayout) -> None:
        """Back to the list (where the user was) first, the school's name, its QR codes."""
        self.close_button = QPushButton(QCoreApplication.translate("Schools", "← Back to the list"))
        self.close_button.setObjectName("schoolDetailClose")
        self.close_button.setAccessibleName(
            QCoreApplication.translate("Schools", "Back to the list of programs")
        )
        self.close_button.clicked.connect(self.close_panel)
        lay.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.title = QLabel()
        self.title.setObjectName("schoolDetailTitle")
        self.title.setProperty("heading", 1)
        plain_wrapping(self.title)
        lay.addWidget(self.title)
        self.qr, self.qr_caption = _qr_row(lay, "schoolQr")
        self.price_qr, self.price_qr_caption = _qr_row(lay, "netPriceQr")

    def _build_body(self, lay: QVBoxLayout) -> None:
        """The school and its programs, its graduates' outcomes and their trend, drawn."""
        self.body = QLabel()
        self.body.setObjectName("schoolDetailBody")
        plain_wrapping(self.body)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setOpenExternalLinks(False)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.body)
        self.outcomes = QLabel()
        self.outcomes.setObjectName("programOutcomes")
        plain_wrapping(self.outcomes)  # never wider than the page (it wraps instead)
        self.outcomes.setTextFormat(Qt.TextFormat.RichText)
        self.outcomes.setOpenExternalLinks(False)
        self.outcomes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.outcomes)
        self.trend = TrendChart()  # the graduates per year the section lists, drawn
        lay.addWidget(self.trend)

    def _build_actions(self, lay: QVBoxLayout, parts: DetailParts) -> None:
        """Measure distances from here; star the program; compare it (with the guide's lists)."""
        self.home_button = QPushButton(
            QCoreApplication.translate("Schools", "Measure distances from this school")
        )
        self.home_button.setObjectName("useAsHome")
        self.home_button.clicked.connect(self._home_requested)
        # one row of actions (the detail's text keeps the height) that wraps at large text
        actions = FlowLayout()
        lay.addLayout(actions)
        actions.addWidget(self.home_button)
        self.star = None
        self.compare = None
        selected = parts.selected_program
        if selected is None:
            return
        if parts.shortlister is not None:
            self.star = StarButton(parts.shortlister, partial(_star_item, selected), "starProgram")
            actions.addWidget(self.star)
        if parts.comparison is not None:
            self.compare = CompareToggle(parts.comparison, partial(_program_id, selected))
            actions.addWidget(self.compare)

    def _home_requested(self) -> None:
        if self.unitid:
            self.homeRequested.emit(self.unitid)

    @classmethod
    def for_guide(
        cls, ctx: Context, selected_program: Callable[[], Program | None], periods: dict[str, str]
    ) -> SchoolDetail:
        """The school's page as the finder shows it, with the guide's data and lists."""
        return cls(
            DetailParts(
                periods=periods,
                outcomes_for=outcomes_for(ctx.store),
                trend_for=lambda inst: trend_rows(ctx.store, inst.unitid),
                kiosk=ctx.kiosk,
                shortlister=ctx.shortlister,
                comparison=ctx.comparison,
                selected_program=selected_program,
            )
        )

    def show_school(self, index: SchoolIndex, institution: Institution) -> None:
        self.unitid = institution.unitid
        self.title.setText(institution.name)
        i = institution
        if i.web_address:
            self.qr.setPixmap(qr_pixmap(i.web_address, 3))
            self.qr.setAccessibleName(
                QCoreApplication.translate("Schools", "QR code of the web address {url}").format(
                    url=i.web_address
                )
            )
            self.qr_caption.setText(
                QCoreApplication.translate(
                    "Schools", "Scan with a phone camera to open {url}"
                ).format(url=i.web_address)
            )
        self.qr.setVisible(bool(i.web_address))
        self.qr_caption.setVisible(bool(i.web_address))
        price_qr = self._kiosk and bool(i.net_price_url)
        if price_qr:
            self.price_qr.setPixmap(qr_pixmap(i.net_price_url, 3))
            self.price_qr.setAccessibleName(
                QCoreApplication.translate(
                    "Schools", "QR code of the net price calculator {url}"
                ).format(url=i.net_price_url)
            )
            self.price_qr_caption.setText(
                QCoreApplication.translate(
                    "Schools", "Scan to open the school's net price calculator: {url}"
                ).format(url=i.net_price_url)
            )
        self.price_qr.setVisible(price_qr)
        self.price_qr_caption.setVisible(price_qr)
        self.body.setText(school_html(index, institution, self.periods))
        self.outcomes.setText(self._outcomes_for(institution) if self._outcomes_for else "")
        self.outcomes.setVisible(self._outcomes_for is not None)
        years, rows = self._trend_for(institution) if self._trend_for else ([], [])
        self.trend.set_rows(rows, "; ".join(f"{n}: {c}" for n, c in trend_lines(years, rows)))
        for button in (self.star, self.compare):
            if button is not None:
                button.refresh()
        self.shown.emit()

    def relayout(self) -> None:
        """Once shown: a rich-text label polished on its first showing (its style sheet's
        fonts) keeps the height its layout measured before, two lines short of its text;
        measured again, every line is there."""
        for label in (self.title, self.body, self.outcomes):
            label.updateGeometry()

    def close_panel(self) -> None:
        """Back to the list (the page shows it; the school stays selected there)."""
        self.closed.emit()
