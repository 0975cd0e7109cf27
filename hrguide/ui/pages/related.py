"""Related careers: O*NET's related occupations of a career in its tiers (the closest
first, the supplemental ones behind "show more"), each with its job zone and national
median pay; a career of the guide opens its profile."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSizePolicy, QTableView

from ...domain.schema import WAGES_CURRENT
from ..context import Context, Link
from ..look import fmt
from ..models.tables import Column, RecordTableModel
from ..widgets.basics import heading, source_note, table_view, wrap_rows
from ..widgets.cards import adapt
from .topics import TopicPage

if TYPE_CHECKING:
    from typing import Any

    from ...domain.models import Projection
    from ...store.protocols import CareerReader, PathwayReader, SnapshotReader, SourceReader

    class PageStore(CareerReader, PathwayReader, SnapshotReader, SourceReader, Protocol):
        """What this module's pages read of the guide database (for mypy: no cost at run
        time)."""


def _store(ctx: Context) -> PageStore:
    """The guide's store as this page reads it (mypy checks that it fits)."""
    return ctx.store


class RelatedPage(TopicPage):
    page_id = "related"

    def build(self) -> None:
        self.add(heading(self.tr("Occupations O*NET links to each career"), 2))
        self.career_chooser("relatedCareer")
        self.tables: dict[str, RecordTableModel] = {}
        self._outlooks = _store(self.ctx).every_outlook()
        for tier, title in (
            ("Primary-Short", self.tr("Most closely related")),
            ("Primary-Long", self.tr("Also closely related")),
        ):
            self.add(heading(title, 3))
            self.tables[tier], _view = self._table(f"related{tier.replace('-', '')}")
        self.more = QCheckBox(self.tr("Show more: less closely related occupations"))
        self.more.setObjectName("relatedShowMore")
        # as wide as its words: a click beside them would not toggle it
        self.more.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.add(self.more)
        self.more_note = QLabel(
            self.tr(
                "O*NET groups related occupations in tiers: the primary ones share the most "
                "work activities, knowledge and skills with this career; the supplemental ones "
                "share less, and some need very different training."
            )
        )
        self.more_note.setWordWrap(True)
        self.more_note.setProperty("role", "note")
        self.add(self.more_note)
        self.tables["Supplemental"], self.supplemental = self._table("relatedSupplemental")
        self.more.toggled.connect(self._show_more)
        self.note = source_note([])
        self.add(self.note)
        lookup = QPushButton(self.tr("Look up any occupation"))
        lookup.setObjectName("relatedAnyOccupation")
        lookup.clicked.connect(lambda: self.ctx.router.go(Link("occupation")))
        self.add(lookup)
        self._show_more(False)
        self.career_changed()

    def _growth(self, r: dict[str, Any]) -> Projection | None:
        """BLS's projection of a related occupation (its 6-digit SOC code), or None."""
        return self._outlooks.get(r["related_code"][:7])

    def _growth_key(self, r: dict[str, Any]) -> float:
        """Sorts by the projected change; "not published" sorts last."""
        p = self._growth(r)
        return -999 if p is None or p.change_percent is None else p.change_percent

    def _growth_source(self, r: dict[str, Any]) -> str:
        p = self._growth(r)
        return "" if p is None else fmt.cite(p.source)

    def _table(self, name: str) -> tuple[RecordTableModel, QTableView]:
        def growth(r: dict[str, Any]) -> str:
            p = self._growth(r)
            if p is None or p.change_percent is None:
                return self.tr("not published by BLS")
            return self.tr("{change} ({period})").format(
                change=fmt.percent(p.change_percent), period=p.period
            )

        def pay(r: dict[str, Any]) -> str:
            if r["median_annual"] is None:
                return self.tr("not published")
            amount = fmt.money(r["median_annual"])
            return self.tr("at least {amount}").format(amount=amount) if r["at_least"] else amount

        model = RecordTableModel(
            [
                Column(
                    self.tr("Occupation"),
                    lambda r: (
                        r["related_title"] + (self.tr(" (in this guide)") if r["career_id"] else "")
                    ),
                ),
                Column(
                    self.tr("Job zone (O*NET)"),
                    lambda r: str(r["job_zone"]) if r["job_zone"] else self.tr("not rated"),
                    numeric=True,
                ),
                Column(
                    self.tr("Median pay, US"), pay, lambda r: r["median_annual"] or 0, numeric=True
                ),
                Column(
                    self.tr("Job growth"),
                    growth,
                    self._growth_key,
                    numeric=True,
                    tooltip=self._growth_source,
                ),
            ],
            parent=self,
        )
        view = table_view(model, name, stretch=0, accessible_name=self.tr("Related occupations"))
        view.activated.connect(lambda ix, m=model: self._open(m.record(ix.row())))
        if self.ctx.kiosk:  # by touch, one tap opens a row (a double tap is not a gesture)
            view.clicked.connect(lambda ix, m=model: self._open(m.record(ix.row())))
        wrap_rows(view)
        self.add(view)
        adapt(view)
        return model, view

    def _open(self, row: dict[str, Any]) -> None:
        """A guide career opens its profile; any other occupation its snapshot."""
        if row["career_id"]:
            self.ctx.router.go(Link("careers", career=row["career_id"]))
        else:
            self.ctx.router.go(Link("occupation", occupation=row["related_code"]))

    def _show_more(self, on: bool) -> None:
        self.supplemental.setVisible(on)
        self.more_note.setVisible(on)

    def career_changed(self) -> None:
        store = _store(self.ctx)
        career = store.career(self.chosen(), lang=self.ctx.lang)
        rows = store.related_with_tiers(career.onet_code)
        for tier, model in self.tables.items():
            model.set_rows([r for r in rows if r["tier"] == tier])
        pay = store.role(WAGES_CURRENT)
        sources = [store.source(rows[0]["source_id"])] if rows else []
        self.note.setText(
            self.tr(
                "Sources: {sources}. Double-click any occupation to open it: a career of this "
                "guide opens its page, any other a snapshot."
            ).format(sources="; ".join(fmt.cite(s) for s in [*sources, pay] if s))
        )

    def reset(self) -> None:
        self.more.setChecked(False)
        super().reset()
