"""A school's own page in the school finder: the school, its programs, tuition, graduates'
outcomes and caveats, full width (the page scrolls as a whole), with Back to the list."""

from __future__ import annotations

from collections.abc import Callable

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
from ...domain.schools import SchoolIndex
from ...domain.shortlist import PROGRAM
from ..context import Comparison
from ..html.school import school_html
from ..html.trend import TrendRows, trend_lines
from ..look import vocab
from .basics import plain_wrapping
from .compare_toggle import CompareToggle
from .flow import FlowLayout
from .qr import qr_pixmap
from .star import StarButton
from .trend_bars import TrendChart


class SchoolDetail(QFrame):
    """Everything the data says about one school. Web addresses are shown, never opened."""

    closed = Signal()  # Back to the list
    shown = Signal()  # a school is in place: the page shows it
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
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setProperty("role", "pageBody")  # the page's own background
        self.unitid: int | None = None
        self._outcomes_for = outcomes_for
        self._trend_for = trend_for
        self._kiosk = kiosk  # a student at a kiosk takes addresses away by phone camera
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 12, 24, 16)
        # a page of its own: Back to the list (where the user was) comes first
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
                    vocab.program_place(p),
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
        lay.addStretch(1)

    @classmethod
    def for_guide(cls, ctx, selected_program, periods: dict[str, str]) -> SchoolDetail:
        """The school's page as the finder shows it, with the guide's data and lists."""
        from ..html.outcomes import outcomes_for, trend_rows

        return cls(
            ctx.shortlister,
            selected_program,
            periods=periods,
            outcomes_for=outcomes_for(ctx.store),
            trend_for=lambda inst: trend_rows(ctx.store, inst.unitid),
            kiosk=ctx.kiosk,
            comparison=ctx.comparison,
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
