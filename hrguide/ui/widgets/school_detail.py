"""The detail panel of the school finder: one school, its programs, tuition and caveats."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.models import Institution
from ...domain.schools import SchoolIndex
from ...domain.shortlist import PROGRAM
from ..context import Comparison
from .basics import plain_wrapping
from .compare_toggle import CompareToggle
from .flow import FlowLayout
from .qr import qr_pixmap
from .school_html import school_html
from .star import StarButton
from .trend_bars import TrendChart
from .trend_html import TrendRows, trend_lines


class SchoolDetail(QFrame):
    """Everything the data says about one school. Web addresses are shown, never opened."""

    closed = Signal()
    homeRequested = Signal(int)

    def __init__(
        self,
        shortlister=None,
        selected_program=None,
        parent: QWidget | None = None,
        *,
        periods: dict[str, str] | None = None,
        outcomes_for: Callable[[Institution], str] | None = None,
        trend_for: Callable[[Institution], tuple[list[str], TrendRows]] | None = None,
        kiosk: bool = False,
        comparison: Comparison | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("schoolDetail")
        # the periods of the sources it names, read from the data (fmt.school_periods)
        self.periods = periods or {
            "completions": "",
            "tuition": "",
            "distance": "",
            "directory": "",
        }
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.unitid: int | None = None
        self._outcomes_for = outcomes_for
        self._trend_for = trend_for
        self._kiosk = kiosk  # a student at a kiosk takes addresses away by phone camera
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("schoolDetailTitle")
        self.title.setProperty("heading", 2)
        plain_wrapping(self.title)
        top.addWidget(self.title, 1)
        self.close_button = QPushButton(QCoreApplication.translate("Schools", "Close"))
        self.close_button.setObjectName("schoolDetailClose")
        self.close_button.setAccessibleName(
            QCoreApplication.translate("Schools", "Close the school details")
        )
        self.close_button.clicked.connect(self.close_panel)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(top)
        self.qr = QLabel()
        self.qr.setObjectName("schoolQr")
        self.qr_caption = QLabel()
        self.qr_caption.setProperty("role", "source")
        self.qr_caption.setWordWrap(True)
        qr_row = QHBoxLayout()
        qr_row.addWidget(self.qr)
        qr_row.addWidget(self.qr_caption, 1)
        lay.addLayout(qr_row)
        self.price_qr = QLabel()
        self.price_qr.setObjectName("netPriceQr")
        self.price_qr_caption = QLabel()
        self.price_qr_caption.setProperty("role", "source")
        self.price_qr_caption.setWordWrap(True)
        price_row = QHBoxLayout()
        price_row.addWidget(self.price_qr)
        price_row.addWidget(self.price_qr_caption, 1)
        lay.addLayout(price_row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QLabel()
        self.body.setObjectName("schoolDetailBody")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setOpenExternalLinks(False)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcomes = QLabel()
        self.outcomes.setObjectName("programOutcomes")
        plain_wrapping(self.outcomes)  # never wider than the panel (it wraps instead)
        self.outcomes.setTextFormat(Qt.TextFormat.RichText)
        self.outcomes.setOpenExternalLinks(False)
        self.outcomes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.body)
        column.addWidget(self.outcomes)
        self.trend = TrendChart()  # the graduates per year the section lists, drawn
        column.addWidget(self.trend)
        column.addStretch(1)
        scroll.setWidget(content)
        self.body_scroll = scroll  # (not `scroll`: that is QWidget.scroll())
        lay.addWidget(scroll, 1)
        self.home_button = QPushButton(
            QCoreApplication.translate("Schools", "Measure distances from this school")
        )
        self.home_button.setObjectName("useAsHome")
        self.home_button.clicked.connect(
            lambda: self.unitid and self.homeRequested.emit(self.unitid)
        )
        # one row of actions (the detail's text keeps the height) that wraps at large text
        actions = FlowLayout()
        lay.addLayout(actions)
        actions.addWidget(self.home_button)
        self.star = None
        if shortlister is not None and selected_program is not None:

            def item():
                p = selected_program()
                if p is None:
                    return None
                return (
                    PROGRAM,
                    p.program_id,
                    p.school,
                    f"{p.program} ({p.award_label}), {p.city}, {p.state}",
                )

            self.star = StarButton(shortlister, item, "starProgram")
            actions.addWidget(self.star)
        self.compare = None
        if comparison is not None and selected_program is not None:

            def program_id() -> str | None:
                p = selected_program()
                return None if p is None else p.program_id

            self.compare = CompareToggle(comparison, program_id)
            actions.addWidget(self.compare)
        self.hide()

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
        self.body_scroll.verticalScrollBar().setValue(0)
        self.show()

    def close_panel(self) -> None:
        self.unitid = None
        self.hide()
        self.closed.emit()
