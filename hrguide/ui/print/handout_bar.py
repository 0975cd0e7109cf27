"""The Shortlist page's outputs: print the handout, save it as a PDF (with its paper size),
export the list as CSV. A kiosk prints only if the site allows it, and never writes files."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from ...domain.shortlist import PROGRAM, ResolvedItem
from ..context import Context
from ..html.handout import Handout, handout_html
from ..html.handout_outcomes import program_outcome
from ..widgets.flow import FlowLayout
from ..widgets.qr import qr_pixmap
from . import files, handout, printing

QR_TEXT_MAX = 600  # characters: a code a phone camera reads at arm's length


def list_text(name: str, titles: Sequence[str]) -> str:
    """A list as plain text for its QR code, cut (with how many more) to stay readable."""
    lines = [name, *(f"- {t}" for t in titles)]
    text = "\n".join(lines)
    while len(text) > QR_TEXT_MAX and len(lines) > 2:
        lines.pop()
        more = len(titles) - (len(lines) - 1)
        text = "\n".join([*lines, f"(+{more})"])
    return text[:QR_TEXT_MAX]


class HandoutBar(QWidget):
    def __init__(
        self,
        ctx: Context,
        resolved: Callable[[], Sequence[ResolvedItem]],
        say: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoutBar")
        self.ctx = ctx
        self.sl = ctx.shortlister
        self._resolved = resolved
        self._say = say
        out = FlowLayout(self)  # the buttons wrap onto a second line at 200 % or in Spanish
        self.page_size = QComboBox()
        self.page_size.setObjectName("pageSize")
        self.page_size.setAccessibleName(self.tr("Paper size"))
        self.page_size.addItem(self.tr("Letter"), "letter")
        self.page_size.addItem(self.tr("A4"), "a4")
        if not ctx.kiosk or ctx.config.kiosk.printing:
            self.print_button = QPushButton(self.tr("Print handout…"))
            self.print_button.setObjectName("printHandout")
            self.print_button.clicked.connect(self.print_handout)
            out.addWidget(self.print_button)
        if not ctx.kiosk:
            out.addWidget(self.page_size)
            pdf = QPushButton(self.tr("Save handout as PDF…"))
            pdf.setObjectName("savePdf")
            pdf.clicked.connect(lambda: self.save_pdf())
            out.addWidget(pdf)
            csv_button = QPushButton(self.tr("Export list (CSV)…"))
            csv_button.setObjectName("exportShortlist")
            csv_button.clicked.connect(self.export_csv)
            out.addWidget(csv_button)
        self.qr = QLabel()  # a kiosk without a printer shows the list here
        self.qr.setObjectName("shortlistQr")
        self.qr.hide()
        out.addWidget(self.qr)
        self.sl.changed.connect(self.forget_qr)

    def handout_html(self, date: datetime.date | None = None) -> str:
        lst = self.sl.current()
        return handout_html(
            self.ctx.store,
            Handout(
                lst.name,
                self.sl.store.items(lst.list_id),
                date=date or datetime.date.today(),
                compare_ids=self.ctx.comparison.career_ids,
                program_ids=self.ctx.comparison.program_ids,
                interest=self.ctx.comparison.interest,
                lang=self.ctx.lang,
            ),
        )

    def _title(self) -> str:
        return self.tr("Shortlist: {name}").format(name=self.sl.current().name)

    def print_handout(self) -> None:
        if not self.ctx.kiosk:
            printing.print_with_preview(self, self.handout_html(), self._title())
            return
        if printing.print_direct(self.handout_html(), self._title()):
            self._say(self.tr("Sent to the printer."))
            return
        self._say(
            self.tr(
                "This kiosk has no printer it can use, so nothing was printed. "
                "Scan the code to keep the names on your list."
            )
        )
        self._show_list_qr()

    def _show_list_qr(self) -> None:
        """The list's name and what is on it, as text in a QR code: the one way a list
        leaves a kiosk without a printer (no file is written, nothing is sent)."""

        text = list_text(self.sl.current().name, [r.title for r in self._resolved()])
        self.qr.setPixmap(qr_pixmap(text, 3))
        self.qr.setAccessibleName(self.tr("QR code of your list: {text}").format(text=text))
        self.qr.show()

    def forget_qr(self) -> None:
        """The list changed (or a kiosk reset): the code no longer says what is on it."""
        self.qr.clear()
        self.qr.setAccessibleName("")
        self.qr.hide()

    def save_pdf(self, path: str | None = None) -> str:
        name = self.sl.current().name
        path = path or files.ask_save_path(
            self, self.tr("Save the handout"), f"{name}.pdf", self.tr("PDF files (*.pdf)")
        )
        if not path:
            return ""
        try:
            handout.write_pdf(
                path, self.handout_html(), title=self._title(), page=self.page_size.currentData()
            )
        except OSError as exc:
            self._say(files.not_saved_text(path, exc))
            return ""
        self._say(self.tr("Saved {path}").format(path=path))
        return path

    def export_csv(self) -> None:
        _saved, message = files.save_csv(
            self, self.tr("Export the shortlist"), f"{self.sl.current().name}.csv", self.csv_table
        )
        if message:
            self._say(message)

    def csv_table(self) -> tuple[list[str], list[list[object]]]:
        header = [
            self.tr("Kind"),
            self.tr("Id"),
            self.tr("Name"),
            self.tr("Details"),
            self.tr("Listed in current data"),
            self.tr("Note"),
            self.tr("Graduates' median earnings (program family)"),
            self.tr("Years after finishing"),
            self.tr("Median federal loan debt"),
            self.tr("Outcomes source"),
        ]
        programs = {p.program_id: p for p in self.ctx.store.programs()}
        rows: list[list[object]] = []
        for r in self._resolved():
            row: list[object] = [
                r.item.kind,
                r.item.ref,
                r.title,
                r.subtitle,
                "yes" if r.listed else "no",
                r.item.note,
            ]
            p = programs.get(r.item.ref) if r.item.kind == PROGRAM else None
            o = program_outcome(self.ctx.store, p) if p is not None else None
            # empty only for careers; a program without figures says why
            missing = "" if p is None else "too few graduates to report or not in the Scorecard"
            row += [
                missing if o is None or o.earnings is None else o.earnings,
                "" if o is None or o.earnings_years is None else o.earnings_years,
                missing if o is None or o.debt_median is None else o.debt_median,
                "" if o is None else o.source.citation,
            ]
            rows.append(row)
        return header, rows
