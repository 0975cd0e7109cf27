"""The topic pages: prose from the database plus the figures that go with each topic."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ...domain.rules import share_of, top_employers
from ..context import Context, Link
from ..look import fmt
from ..models.tables import Column, RecordTableModel
from ..widgets.basics import (
    ScrollPage,
    fit_table_height,
    heading,
    prose,
    source_note,
    table_view,
    wrap_rows,
)
from ..widgets.cards import adapt
from ..widgets.columns import widths_in_characters
from ..widgets.issuer_pages import IssuerPages
from .common import (
    add_page_text,
    career_combo,
    refill_careers,
    select_career,
    start_career,
)

if TYPE_CHECKING:
    from typing import Any

    from ...store.protocols import CareerReader, FigureReader

    class PageStore(CareerReader, FigureReader, Protocol):
        """What this module's pages read of the guide database (for mypy: no cost at run
        time)."""


def _store(ctx: Context) -> PageStore:
    """The guide's store as these pages read it (mypy checks that it fits)."""
    return ctx.store


class TopicPage(ScrollPage):
    """Prose of one page id, then whatever `build()` adds."""

    page_id = ""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(f"{self.page_id.replace('-', '_')}Page", parent)
        self.ctx = ctx
        self.store = _store(ctx)
        self.career: QComboBox | None = None  # the pages with a career chooser set it
        add_page_text(self, self.store, ctx, self.page_id, f"{self.page_id}Prose")
        self.build()
        self.finish()

    def retranslate(self) -> None:
        """The careers' names in the chooser, then what the page shows of the career."""
        if self.career is not None:
            refill_careers(self.career, self.store, self.ctx)
        self.career_changed()

    def build(self) -> None:  # pragma: no cover - overridden
        pass

    def career_chooser(self, object_name: str) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(QLabel(self.tr("Career:")))
        self.career = career_combo(self.store, self.ctx, object_name, self.tr("Career to show"))
        line.addWidget(self.career)
        line.addStretch(1)
        self.add(row)
        self.career.currentIndexChanged.connect(self.career_changed)

    def career_changed(self) -> None:
        pass

    def chosen(self) -> str:
        assert self.career is not None  # only pages with a chooser ask
        return str(self.career.currentData())

    # -- the Page protocol --------------------------------------------------------------
    def open(self, link: Link) -> None:
        if link.career and self.career is not None:
            select_career(self.career, link.career)

    def location(self) -> Link:
        return Link(self.page_id, career=self.chosen() if self.career is not None else None)

    def reset(self) -> None:
        if self.career is not None:
            start_career(self.career)
        self.scroll_to_top()


class DailyWorkPage(TopicPage):
    page_id = "daily-work"

    def build(self) -> None:
        self.add(heading(self.tr("Tasks reported by workers"), 2))
        self.career_chooser("dailyWorkCareer")
        self.tasks = prose("", "dailyWorkTasks")
        self.add(self.tasks)
        self.note = source_note([])
        self.add(self.note)
        self.career_changed()

    def career_changed(self) -> None:
        profile = self.store.profile(self.chosen(), lang=self.ctx.lang)
        self.tasks.setText("\n".join(f"- {t.task}" for t in profile.tasks))
        self.note.setText(fmt.cite(profile.description_source))


class EducationPage(TopicPage):
    page_id = "education"

    def build(self) -> None:
        store = self.store
        self.add(heading(self.tr("Credentials"), 2))
        creds = store.credentials(lang=self.ctx.lang)
        self.credentials = model = RecordTableModel(
            [
                Column(self.tr("Credential"), lambda c: c.abbreviation or c.name),
                Column(self.tr("Name"), lambda c: c.name),
                Column(
                    self.tr("Issued by"),
                    lambda c: c.issuer_abbreviation or c.issuer,
                    tooltip=lambda c: c.issuer,
                ),
                Column(
                    self.tr("What it takes"),
                    lambda c: c.requirements,
                    tooltip=lambda c: c.requirements,
                ),
            ],
            creds,
            self,
        )
        self.credential_table = table_view(
            model, "credentialTable", stretch=3, accessible_name=self.tr("Credentials")
        )
        # in characters, so they grow with the text; "What it takes" has the rest
        widths_in_characters(self.credential_table, {0: 18, 1: 32, 2: 20})
        wrap_rows(self.credential_table)
        self.add(self.credential_table)
        adapt(self.credential_table)
        self.add(source_note([c.source for c in creds], lambda: self.tr("As stated by:")))
        self.add(IssuerPages(lambda: store.credentials(lang=self.ctx.lang), self.ctx.kiosk))

        self.add(heading(self.tr("Education for entry, by career"), 2))
        rows = self._entry_rows()
        self.entry = entry = RecordTableModel(
            [
                Column(self.tr("Career"), lambda r: r[0].title),
                Column(
                    self.tr("Typical entry education (BLS)"),
                    lambda r: (r[1].entry_education if r[1] else None) or "—",
                ),
                Column(
                    self.tr("Degree commonly expected"),
                    lambda r: r[2].value if r[2] else "—",
                    tooltip=lambda r: fmt.cite(r[2].source) if r[2] else "",
                ),
            ],
            rows,
            self,
        )
        self.entry_table = table_view(
            entry, "entryEducationTable", accessible_name=self.tr("Education for entry")
        )
        fit_table_height(self.entry_table)
        self.add(self.entry_table)
        adapt(self.entry_table)
        self.add(source_note([r[1].source for r in rows if r[1]]))

    def _entry_rows(self) -> list[tuple[Any, ...]]:
        store = self.store
        return [
            (
                c,
                store.projection(c.soc_code),
                store.facts(c.career_id, lang=self.ctx.lang).get("degree"),
            )
            for c in store.careers(lang=self.ctx.lang)
        ]

    def retranslate(self) -> None:  # (no chooser: the tables' rows, in the new language)
        self.credentials.set_rows(self.store.credentials(lang=self.ctx.lang))
        self.entry.set_rows(self._entry_rows())


class EmployersPage(TopicPage):
    page_id = "employers"

    def build(self) -> None:
        self.add(heading(self.tr("Industries employing the most"), 2))
        self.career_chooser("employersCareer")
        self.model = RecordTableModel(
            [
                Column(self.tr("Industry"), lambda r: r[0].industry_title),
                Column(
                    self.tr("Employed"),
                    lambda r: fmt.employment(r[0]),
                    lambda r: r[0].employment,
                    numeric=True,
                ),
                Column(
                    self.tr("Share of the occupation"),
                    lambda r: fmt.percent(r[1], signed=False),
                    lambda r: r[1],
                    numeric=True,
                ),
                Column(
                    self.tr("Median"),
                    lambda r: fmt.wage(r[0], "median_annual"),
                    lambda r: r[0].median_annual,
                    numeric=True,
                ),
            ],
            parent=self,
        )
        self.table = table_view(
            self.model, "employersTable", accessible_name=self.tr("Industries employing the most")
        )
        self.add(self.table)
        adapt(self.table)
        self.note = source_note([])
        self.add(self.note)
        self.career_changed()

    def career_changed(self) -> None:
        store = self.store
        career = store.career(self.chosen(), lang=self.ctx.lang)
        total = store.national_wage(career.soc_code)
        top = top_employers(store.industry_wages(career.soc_code, 4))
        whole = total.employment if total else None
        self.model.set_rows([(w, share_of(w.employment, whole)) for w in top])
        fit_table_height(self.table)
        self.note.setText(fmt.cite(total.source if total else None))
