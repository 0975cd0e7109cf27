"""Careers: a card per career, and the career profile shown when one is chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.models import Career
from ...domain.shortlist import CAREER
from ..context import Context, Link
from ..look import fmt
from ..look.retranslate import live
from ..widgets.basics import ScrollPage, heading, source_note
from ..widgets.star import StarButton
from ..widgets.wrap_label import WrapLabel
from .common import add_page_text

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent, QShowEvent

    from ...store.protocols import CareerReader, FigureReader
    from .career_profile import CareerProfileView

    class PageStore(CareerReader, FigureReader, Protocol):
        """What this module's pages read of the guide database (for mypy: no cost at run
        time)."""


def _store(ctx: Context) -> PageStore:
    """The guide's store as these pages read it (mypy checks that it fits)."""
    return ctx.store


class CareerCard(QFrame):
    """A career at a glance; the button opens its profile."""

    def __init__(self, ctx: Context, career: Career, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        store = _store(ctx)
        career_id = career.career_id
        wage = store.national_wage(career.soc_code)
        outlook = store.projection(career.soc_code)
        self.setObjectName("careerCard")
        self.setProperty("careerId", career_id)
        self.setProperty("core", career.is_core)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 16, 16, 16)
        lay.setSpacing(8)

        shown = {ctx.lang: career}  # the career in each language shown so far

        def now() -> Career:  # the career in the language shown now
            if ctx.lang not in shown:
                shown[ctx.lang] = store.career(career_id, lang=ctx.lang)
            return shown[ctx.lang]

        lay.addWidget(live(heading(career.title, 3), lambda: now().title))
        lay.addWidget(live(WrapLabel(career.summary), lambda: now().summary), 1)
        figures = live(
            WrapLabel(),
            lambda: self.tr("Median pay {pay} a year · Job growth {growth} ({period})").format(
                pay=fmt.wage(wage, "median_annual"),
                growth=fmt.percent(outlook.change_percent if outlook else None),
                period=outlook.period if outlook else "",
            ),
        )
        figures.setProperty("role", "figure")
        lay.addWidget(figures)
        lay.addWidget(
            source_note([wage.source if wage else None, outlook.source if outlook else None])
        )
        button = QPushButton(self.tr("Explore this career"))
        button.setObjectName(f"openCareer_{career_id}")
        live(
            button,
            lambda: self.tr("Explore {career}").format(career=now().title),
            "setAccessibleName",
        )
        button.clicked.connect(lambda: ctx.router.go(Link("careers", career=career_id)))
        row = QHBoxLayout()
        row.addWidget(button)
        row.addWidget(
            StarButton(
                ctx.shortlister,
                lambda: (CAREER, career_id, career.title, career.soc_code),
                f"star_{career_id}",
            )
        )
        row.addStretch(1)
        lay.addLayout(row)

    def sizeHint(self) -> QSize:
        """The layout's own preferred size. Qt's would add the height of every text laid
        out at this width, which the grid never uses: it sizes rows by height for width."""
        layout = self.layout()
        assert layout is not None
        return layout.sizeHint().grownBy(self.contentsMargins())


class CareersPage(QStackedWidget):
    """The overview (cards) and, on top of it, a career's profile."""

    page_id = "careers"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("careersPage")
        self.ctx = ctx
        self.store = _store(ctx)
        # made under the page, never moved there once filled: with the app's style sheet a
        # move re-styles and re-measures every card (tests/test_startup_path.py)
        self.overview = ScrollPage("careersOverview", self)
        add_page_text(self.overview, self.store, ctx, "overview", "overviewProse")
        # the cards too are made in place (made apart, each was re-styled when added), and
        # laid out at once in the columns the tab's width takes (not in three, then again
        # in two once shown at 1280 px)
        grid_holder = self.overview.add(QWidget())
        self.grid = QGridLayout(grid_holder)
        self.grid.setContentsMargins(0, 8, 0, 0)
        self.grid.setSpacing(16)
        self.cards: list[CareerCard] = []
        for career in self.store.careers(lang=ctx.lang):
            self.cards.append(CareerCard(ctx, career, grid_holder))
        self._columns = 0
        if parent is not None:  # the page's size once shown, measured as it is then
            self.overview.resize(parent.size())
        self._lay_out_cards(self._columns_for(self.overview.maximumViewportSize().width()))
        self.overview.finish()
        self.addWidget(self.overview)
        self.profile_view: CareerProfileView | None = None
        self._profiles: dict[str, CareerProfileView] = {}

    def _lay_out_cards(self, columns: int) -> None:
        if columns == self._columns:
            return
        for card in self.cards:
            self.grid.removeWidget(card)
        for i, card in enumerate(self.cards):
            self.grid.addWidget(card, i // columns, i % columns)
        for col in range(3):
            self.grid.setColumnStretch(col, 1 if col < columns else 0)
        self._columns = columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fewer columns of cards when the text is large or the window narrow."""
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        """A page built behind another tab measured its cards before their style was
        applied: measure again once it is shown."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_columns)

    def _fit_columns(self) -> None:
        # the viewport's width, asked without viewport(): PySide finds the returned widget's
        # type by building every QtWidgets class's enums the first time a call
        # returns a QWidget, and that can wait until the cards are painted
        self._lay_out_cards(self._columns_for(self.overview.maximumViewportSize().width()))

    def _columns_for(self, width: int) -> int:
        """As many columns of cards (one to three) as `width` pixels of page take. The
        page's column of content is at most `ScrollPage.MAX_TEXT_WIDTH` wide, less its
        margins: on a wide kiosk screen the cards have that much, not the screen's width."""
        if width <= 0:
            return 3  # not placed yet: measured again when shown
        margins = self.overview.body.contentsMargins()
        room = min(width, ScrollPage.MAX_TEXT_WIDTH) - margins.left() - margins.right()
        need = max(card.minimumSizeHint().width() for card in self.cards)
        spacing = self.grid.horizontalSpacing()
        return max(1, min(3, (room + spacing) // max(1, need + spacing)))

    @property
    def current_career(self) -> str | None:
        if self.profile_view is not None and self.currentWidget() is self.profile_view:
            return self.profile_view.career_id
        return None

    def show_career(self, career_id: str) -> None:
        """Show a career's profile, built the first time it is opened and kept (eight at
        most): rebuilding one on every visit cost a touch-scrolling grab each time in a
        kiosk, and PySide never frees what a grab leaves behind (bench/RESULTS.md)."""
        view = self._profiles.get(career_id)
        if view is None:
            from .career_profile import CareerProfileView  # deferred (bench/deferred_imports.py)

            view = self._profiles[career_id] = CareerProfileView(
                self.ctx, self.store.profile(career_id, lang=self.ctx.lang)
            )
            self.addWidget(view)
            if self.ctx.kiosk:  # built after the page, so the page's touch scrolling missed it
                from ..kiosk import kinetic_scrolling  # deferred (bench/deferred_imports.py)

                kinetic_scrolling(view)
        elif view is not self.profile_view:
            view.scroll_to_top()  # another career was shown in between: start at the top
        self.profile_view = view
        self.setCurrentWidget(view)

    def show_overview(self) -> None:
        self.setCurrentWidget(self.overview)

    def open(self, link: Link) -> None:
        if link.career:
            self.show_career(link.career)
            if self.profile_view is not None:
                self.profile_view.setFocus()
        else:
            self.show_overview()

    def location(self) -> Link:
        return Link(self.page_id, career=self.current_career)

    def retranslate(self) -> None:
        """The cards and profiles make their texts again themselves (`live`); longer
        words may need fewer columns of cards, once the cards have measured them."""
        self._fit_columns()
        QTimer.singleShot(0, self, self._fit_columns)

    def reset(self) -> None:
        self.show_overview()
        self.profile_view = None
        for view in self._profiles.values():  # profiles hold nothing else a student set
            view.scroll_to_top()
        self.overview.scroll_to_top()
