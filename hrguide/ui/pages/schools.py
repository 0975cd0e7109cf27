"""Schools: placeholder until the school finder lands."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ..widgets import Context, ScrollPage, heading, prose


class SchoolsPage(ScrollPage):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__("schoolsPage", parent)
        page = ctx.store.page("schools")
        if page:
            self.add(heading(page.title, 1))
            self.add(prose(page.body_md))
        note = QLabel(self.tr("The school finder is being built and will appear here."))
        note.setProperty("role", "note")
        self.add(note)
        self.finish()

    def reset(self) -> None:
        self.scroll_to_top()
