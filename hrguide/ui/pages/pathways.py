"""Advancement: the career pathway map. Steps from a first job to director, each move with
what it takes (and on what that rests), what it costs in the chosen state, what it pays,
and a rough payback; a button opens the school finder on that move's programs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain import pathways as rules
from ...domain.collate import by_name
from ...domain.geo import FIPS_TO_STATE
from ...domain.models import Wage
from ...domain.schema import PROJECTIONS_DETAILS
from ..context import Context, Link
from ..html.pathway import MoveFigures, level, move_html, step_html, takes_text
from ..html.pathway_pay import area_text, payback_method
from ..look.retranslate import live
from ..widgets.basics import ScrollPage
from ..widgets.pathway_map import PathwayMap
from .common import add_page_text

if TYPE_CHECKING:
    from ...store.protocols import (
        CareerReader,
        FigureReader,
        PathwayReader,
        SchoolReader,
        SourceReader,
    )

    class PageStore(
        CareerReader, FigureReader, PathwayReader, SchoolReader, SourceReader, Protocol
    ):
        """What this module's pages read of the guide database (for mypy: no cost at run
        time)."""


def _store(ctx: Context) -> PageStore:
    """The guide's store as these pages read it (mypy checks that it fits)."""
    return ctx.store


class PathwaysPage(ScrollPage):
    page_id = "advancement"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__("pathwaysPage", parent)
        self.ctx = ctx
        self.store = _store(ctx)
        store = self.store
        add_page_text(self, self.store, ctx, self.page_id, f"{self.page_id}Prose")
        self.steps, self.moves = store.pathway(lang=ctx.lang)
        self.step_of = {s.step_id: s for s in self.steps}
        self._build_state_choice()
        self._build_map()
        method = live(QLabel(), payback_method)
        method.setObjectName("paybackMethod")
        method.setWordWrap(True)
        method.setProperty("role", "source")
        self.add(method)
        self.finish()
        self._start()

    def _build_state_choice(self) -> None:
        """The state whose pay and tuition the steps show (or the whole US)."""
        ctx = self.ctx
        store = self.store
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Pay and tuition in:")))
        self.state = QComboBox()
        self.state.setObjectName("pathwayState")
        self.state.setAccessibleName(self.tr("State for pay and tuition"))
        self.state.addItem(self.tr("The whole US"), None)
        names = {w.area_code: w.area_title for w in store.state_wages(self.steps[0].soc_code)}
        named = [(names[f"{f}00000"], p) for f, p in FIPS_TO_STATE.items() if f"{f}00000" in names]
        for name, postal in by_name(named, lambda n: n[0], ctx.lang):
            self.state.addItem(f"{name} ({postal})", postal)
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())
        row.addWidget(self.state)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        self.add(holder)

    def _build_map(self) -> None:
        """The map of steps, and the chosen step's figures and moves."""
        intro = QLabel(
            self.tr(
                "Touch a step to see what it pays and what the next move takes. An arrow is a "
                "usual move; * marks an occupation the guide does not profile."
            )
        )
        intro.setWordWrap(True)
        self.add(intro)
        self.map = PathwayMap(self.steps, self.moves)
        self.map.selected.connect(lambda _sid: self.refresh())
        self.add(self.map)
        self.detail = QLabel()
        self.detail.setObjectName("pathwayDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.add(self.detail)
        # a step the guide does not profile opens O*NET's and BLS's snapshot of it
        self.snapshot = QPushButton()
        self.snapshot.setObjectName("pathwaySnapshot")
        self.snapshot.clicked.connect(self._open_snapshot)
        self.add(self.snapshot)
        self.moves_box = QWidget()
        self.moves_box.setObjectName("pathwayMoves")
        self.moves_lay = QVBoxLayout(self.moves_box)
        self.moves_lay.setContentsMargins(0, 0, 0, 0)
        self._slots: list[tuple[QLabel, QPushButton]] = []  # each move's text and button
        self.no_move = QLabel(self.tr("The map shows no further step from here."))
        self.moves_lay.addWidget(self.no_move)
        self.add(self.moves_box)

    def _start(self) -> None:
        site = self.ctx.config.default_state
        i = self.state.findData(site) if site else 0
        self.state.blockSignals(True)
        self.state.setCurrentIndex(max(0, i))
        self.state.blockSignals(False)
        self.map.select(self.steps[0].step_id)

    # -- figures ------------------------------------------------------------------------
    def _wages(self, step: rules.Step) -> tuple[Wage | None, Wage | None]:
        store, postal = self.store, self.state.currentData()
        national = store.national_wage(step.soc_code)
        state = None
        if postal:
            area = rules.state_area(postal)
            state = next((w for w in store.state_wages(step.soc_code) if w.area_code == area), None)
        return national, state

    def _difference(
        self, step: rules.Step, end: rules.Step, wages: tuple[Wage | None, Wage | None]
    ) -> tuple[rules.PayDifference, str]:
        """The move's pay difference from figures of one area, and that area in words."""
        store, postal = self.store, self.state.currentData()
        details = store.projection(end.soc_code, PROJECTIONS_DETAILS)
        end_wages = self._wages(end)
        diff = rules.pay_difference(
            (step.soc_code, end.soc_code),
            wages,
            end_wages,
            state=bool(postal),
            experience=details.work_experience if details else None,
        )
        named = {"start": step.title, "end": end.title}
        national = end_wages[0] or wages[0]
        area = area_text(
            diff,
            self._state_name() if postal else None,
            national.source.label if national else "",
            [named[side] for side in diff.missing_state],
        )
        return diff, area

    def _state_name(self) -> str:
        """The chosen state's name, without its postal code."""
        text = self.state.currentText()
        return text.rsplit(" (", 1)[0] if text.endswith(")") else text

    def _cip_codes(self, step: rules.Step) -> list[str]:
        store = self.store
        if step.career_id:
            return list(store.program_links(step.career_id))
        return store.cip_codes_for_soc(step.soc_code)

    def refresh(self) -> None:
        sid = self.map.current()
        if sid is None:
            return
        store, step = self.store, self.step_of[sid]
        postal = self.state.currentData()
        where = self.state.currentText() if postal else self.tr("the US")
        wages = self._wages(step)
        self.detail.setText(
            step_html(store, step, wages, self._state_name() if postal else None, self.ctx.lang)
        )
        self.snapshot.setVisible(step.career_id is None)
        self.snapshot.setText(self.tr("Open the snapshot of {title}").format(title=step.title))
        moves = [m for m in self.moves if m.from_id == sid]
        for i, move in enumerate(moves):
            end = self.step_of[move.to_id]
            tuition = rules.median_tuition(
                store.programs(), self._cip_codes(end), move.award_group, postal
            )
            diff, area = self._difference(step, end, wages)
            text, find = self._move_slot(i)
            text.setText(
                move_html(
                    MoveFigures(
                        takes_text(store, move, step, end, self.ctx.lang),
                        move,
                        (step, end),
                        tuition,
                        diff,
                        where,
                        area,
                    )
                )
            )
            text.setObjectName(f"pathwayMove-{move.to_id}")
            find.setText(
                self.tr("Find {level} programs for this step in {where}").format(
                    level=level(move.award_group), where=where
                )
            )
            find.setObjectName(f"findPrograms-{move.to_id}")
            find.setAccessibleName(find.text())  # (reused: not the name made for its first)
            find.setAccessibleDescription(find.text())
            find.setProperty("move", i)
        for i, (text, find) in enumerate(self._slots):
            text.setVisible(i < len(moves))
            find.setVisible(i < len(moves))
        self.no_move.setVisible(not moves)

    def _move_slot(self, i: int) -> tuple[QLabel, QPushButton]:
        """The i-th move's text and button, made once and then reused: a label made and
        deleted on every choice (and every change of language) is never wholly freed by
        PySide (about 80 kB each, bench/RESULTS.md)."""
        while len(self._slots) <= i:
            text = QLabel()
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            find = QPushButton()
            find.clicked.connect(self._find_clicked)
            self.moves_lay.insertWidget(self.moves_lay.indexOf(self.no_move), text)
            self.moves_lay.insertWidget(self.moves_lay.indexOf(self.no_move), find)
            self._slots.append((text, find))
        return self._slots[i]

    def _open_snapshot(self) -> None:
        sid = self.map.current()
        if sid is not None:
            self.ctx.router.go(Link("occupation", occupation=self.step_of[sid].onet_code))

    def _find_clicked(self) -> None:
        sid = self.map.current()
        moves = [m for m in self.moves if m.from_id == sid]
        i = self.sender().property("move")
        if sid is not None and isinstance(i, int) and i < len(moves):
            self._find(moves[i], self.step_of[moves[i].to_id])

    def _find(self, move: rules.Move, end: rules.Step) -> None:
        self.ctx.router.go(
            Link(
                "schools",
                career=end.career_id,
                state=self.state.currentData(),
                level=move.award_group,
                cip_codes=tuple(self._cip_codes(end)),
            )
        )

    # -- the Page protocol --------------------------------------------------------------
    def retranslate(self) -> None:
        """The steps' titles and the chosen step's figures and moves, in the new language."""
        self.steps, self.moves = self.store.pathway(lang=self.ctx.lang)
        self.step_of = {s.step_id: s for s in self.steps}
        self.map.retitle(self.steps)
        self.refresh()

    def open(self, link: Link) -> None:
        if link.career:
            step = next((s for s in self.steps if s.career_id == link.career), None)
            if step is not None:
                self.map.select(step.step_id)

    def location(self) -> Link:
        sid = self.map.current()
        step = self.step_of.get(sid) if sid else None
        return Link(self.page_id, career=step.career_id if step else None)

    def reset(self) -> None:
        self._start()
        self.scroll_to_top()
