"""Sources: every publisher, release, licence and attribution, and which database is in use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from ... import paths
from ...domain.rules import is_dated
from ...domain.schema import ONET_CURRENT
from ..context import Context, Link
from ..look import fmt
from ..look.retranslate import live
from ..models.tables import Column, RecordTableModel
from ..widgets.basics import ScrollPage, heading, table_view, wrap_rows
from ..widgets.cards import adapt
from ..widgets.columns import widths_in_characters
from .common import add_page_text

if TYPE_CHECKING:
    from ...store.protocols import CareerReader, InterestReader, SourceReader

    class PageStore(CareerReader, InterestReader, SourceReader, Protocol):
        """What this module's pages read of the guide database (for mypy: no cost at run
        time)."""


def _store(ctx: Context) -> PageStore:
    """The guide's store as these pages read it (mypy checks that it fits)."""
    return ctx.store


class SourcesPage(ScrollPage):
    page_id = "sources"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__("sourcesPage", parent)
        self.ctx = ctx
        self.store = _store(ctx)
        store = self.store
        add_page_text(self, self.store, ctx, "sources")
        meta = store.meta()
        this_year = fmt.current_year()
        bundled = store.path.resolve() == paths.bundled_db().resolve()
        used = live(  # the release, not the file: `hrguide db check` names the file for IT
            QLabel(),
            lambda: (
                self.tr("Data release {release}, installed with the guide.")
                if bundled
                else self.tr("Data release {release}, a data update installed on this computer.")
            ).format(release=meta.get("data_release", "?")),
        )
        used.setObjectName("databaseInUse")
        used.setWordWrap(True)
        self.add(used)
        self.note = QLabel(  # shown in any language but English
            self.tr(
                "The guide's own texts in this language are the hrguide editors' translation. "
                "Data that the sources publish only in English (O*NET tasks and descriptions, "
                "BLS and IPEDS names) is shown as published."
            )
        )
        self.note.setObjectName("translationNote")
        self.note.setProperty("role", "note")
        self.note.setWordWrap(True)
        self.note.setVisible(ctx.lang != "en")
        self.add(self.note)
        sources = sorted(
            store.sources().values(), key=lambda s: (s.folder == "", s.publisher, s.title)
        )
        model = RecordTableModel(
            [
                Column(self.tr("Publisher"), lambda s: s.publisher),
                Column(self.tr("Source"), lambda s: s.title),
                Column(
                    self.tr("Release (as of)"),
                    lambda s: (
                        s.release
                        + (
                            self.tr(" — older than five years")
                            if is_dated(s.year, this_year)
                            else ""
                        )
                    ),
                ),
                Column(self.tr("License"), lambda s: s.licence),
                Column(
                    self.tr("Attribution"), lambda s: s.attribution, tooltip=lambda s: s.attribution
                ),
            ],
            sources,
            self,
        )
        self.table = table_view(
            model, "sourcesTable", stretch=None, accessible_name=self.tr("Sources")
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # the release and licence in characters: never narrower than their headers
        widths_in_characters(self.table, {2: 18, 3: 16})
        wrap_rows(self.table)
        self.add(self.table)
        adapt(self.table)
        self.add(heading(self.tr("Credential requirements and the issuers' pages"), 2))
        self.reviews = RecordTableModel(
            [
                Column(self.tr("Credential"), lambda c: c.abbreviation or c.name),
                Column(self.tr("Issued by"), lambda c: c.issuer),
                Column(
                    self.tr("Checked on"),
                    lambda c: c.reviewed_on or self.tr("not yet checked by a person"),
                ),
            ],
            store.credentials(lang=ctx.lang),
            self,
        )
        reviews = table_view(
            self.reviews,
            "credentialReviews",
            stretch=None,
            accessible_name=self.tr("Credential checks"),
        )
        reviews.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        wrap_rows(reviews)
        self.add(reviews)
        adapt(reviews)
        self.add(heading(self.tr("O*NET attribution"), 2))
        onet = store.role(ONET_CURRENT)
        attribution = QLabel(onet.attribution if onet else "")
        attribution.setObjectName("onetAttribution")
        attribution.setWordWrap(True)
        self.add(attribution)
        tools = store.source_of("ip_items")  # the Interest Profiler's own licence sentence
        if tools is not None:
            ip = QLabel(tools.attribution)
            ip.setObjectName("ipAttribution")
            ip.setWordWrap(True)
            ip.setTextFormat(Qt.TextFormat.PlainText)
            self.add(ip)
        self.finish()

    def retranslate(self) -> None:
        self.note.setVisible(self.ctx.lang != "en")
        self.reviews.set_rows(self.store.credentials(lang=self.ctx.lang))

    def open(self, link: Link) -> None:
        pass  # one place: nothing to choose

    def location(self) -> Link:
        return Link(self.page_id)

    def reset(self) -> None:
        self.scroll_to_top()
