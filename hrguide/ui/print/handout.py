"""The one-page handout for a shortlist: HTML laid out by QTextDocument, to PDF or a printer."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ...domain import compare as rules
from ...domain.schema import ONET_CURRENT, PROGRAMS_COMPLETIONS, SCHOOLS_TUITION
from ...domain.schools import IN_STATE, OUT_OF_STATE, tuition_for
from ...domain.shortlist import CAREER, PROGRAM, resolve
from ..look import fmt, vocab
from ..models.compare import cell_text, row_label
from . import handout_outcomes as outcomes
from .handout_pathway import pathway_html
from .pages import GROUP, keep_rows_whole

PAGE_SIZES = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}

STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; color: #1d2a33; }
h1 { font-size: 14pt; color: #15566d; margin: 0; }
h2 { font-size: 11pt; color: #15566d; margin-top: 10px; margin-bottom: 3px; }
table { border-collapse: collapse; }
th { background: #eef2f4; text-align: left; }
td, th { padding: 2px 4px; border: 1px solid #c4cfd6; vertical-align: top; }
.note { color: #3f4c55; font-style: italic; }
.small { font-size: 7pt; color: #3f4c55; }
.box { border: 1px solid #15566d; padding: 4px; }
"""


def handout_html(
    store,
    list_name: str,
    items,
    *,
    date: datetime.date,
    compare_ids: Sequence[str] | None = None,
    program_ids: Sequence[str] = (),
    interest: str | None = None,
    lang: str = "en",
) -> str:
    """The handout's HTML in `lang`. Every figure is read from the guide database with its
    source; `compare_ids` fill the comparison when the list has fewer than two careers.
    `program_ids` are the programs compared (else the list's programs, the first four)."""
    careers = {c.career_id: c.title for c in store.careers(lang=lang)}
    programs = {p.program_id: p for p in store.programs()}
    resolved = resolve(items, careers, {pid: (p.school, p.program) for pid, p in programs.items()})
    career_items = [r for r in resolved if r.item.kind == CAREER]
    program_items = [r for r in resolved if r.item.kind == PROGRAM]
    ids = [r.item.ref for r in career_items if r.listed][: rules.MAX_CAREERS]
    if len(ids) < rules.MIN_CAREERS:
        ids = (ids + [c for c in (compare_ids or list(rules.DEFAULT_CAREERS)) if c not in ids])[
            : max(rules.MIN_CAREERS, len(ids))
        ]
    scorecard = None  # the Scorecard's source, once a program's outcomes are shown
    figures = [store.career_figures(cid, lang=lang) for cid in ids]
    grid = rules.build_rows(figures, historical=False)

    h = [f"<html><head><style>{STYLE}</style></head><body>"]
    h.append(
        "<h1>{}</h1>".format(
            escape(
                QCoreApplication.translate("Handout", "Careers in health records: {name}").format(
                    name=list_name
                )
            )
        )
    )
    h.append(
        "<p>{}</p>".format(
            escape(
                QCoreApplication.translate(
                    "Handout", "Prepared {date} with the Health Records Career Guide"
                ).format(
                    date=fmt.locale().toString(
                        QDate(date.year, date.month, date.day), fmt.locale().FormatType.LongFormat
                    )
                )
            )
        )
    )

    h.append(
        "<h2>{}</h2><table width='100%'><tr><th></th>".format(
            escape(QCoreApplication.translate("Handout", "Careers compared"))
        )
    )
    h += [f"<th>{escape(careers[c])}</th>" for c in ids]
    h.append("</tr>")
    for row in grid:
        h.append(f"<tr><td><b>{escape(row_label(row))}</b></td>")
        h += [f"<td>{escape(cell_text(cell))}</td>" for cell in row.cells]
        h.append("</tr>")
    h.append("</table>")

    notes = [r for r in career_items if r.item.note]
    if notes or any(not r.listed for r in career_items):
        h.append("<p class='note'>")
        for r in career_items:
            extra = (
                ""
                if r.listed
                else " "
                + QCoreApplication.translate("Handout", "(no longer listed in the guide's data)")
            )
            if r.item.note or extra:
                h.append(f"{escape(r.title)}{escape(extra)}: {escape(r.item.note)}<br>")
        h.append("</p>")

    h.append(pathway_html(store, [r.item.ref for r in career_items if r.listed], lang))
    h.append(
        "<h2>{}</h2>".format(
            escape(QCoreApplication.translate("Handout", "Programs on the shortlist"))
        )
    )
    if program_items:
        h.append(
            "<table width='100%'><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
            "<th>{}</th><th>{}</th></tr>".format(
                *map(
                    escape,
                    (
                        QCoreApplication.translate("Handout", "School"),
                        QCoreApplication.translate("Handout", "City, state"),
                        QCoreApplication.translate("Handout", "Program"),
                        QCoreApplication.translate("Handout", "Credential"),
                        QCoreApplication.translate("Handout", "In-state tuition & fees"),
                        QCoreApplication.translate("Handout", "Out-of-state"),
                    ),
                )
            )
        )
        for r in program_items:
            p = programs.get(r.item.ref)
            if p is None:
                h.append(
                    GROUP
                    + "<tr><td>{}</td><td colspan='5'>{}</td></tr>".format(
                        escape(r.title),
                        escape(
                            QCoreApplication.translate(
                                "Handout", "No longer listed in the guide's data"
                            )
                        ),
                    )
                    + outcomes.note_row(r.item.note)
                )
                continue
            year = p.tuition_year or fmt.period(store, SCHOOLS_TUITION)
            ins, out = tuition_for(p, IN_STATE), tuition_for(p, OUT_OF_STATE)
            h.append(  # the program, its outcomes and its note stay on one page
                GROUP
                + "<tr><td>{}</td><td>{}, {}</td><td>{}</td><td>{}</td><td>{}</td>"
                "<td>{}</td></tr>".format(
                    escape(p.school),
                    escape(p.city),
                    escape(p.state),
                    escape(p.program),
                    escape(vocab.award(p.award_label)),
                    escape(
                        f"{fmt.money(ins)} ({year})"
                        if ins is not None
                        else QCoreApplication.translate("Handout", "not reported")
                    ),
                    escape(
                        fmt.money(out)
                        if out is not None
                        else QCoreApplication.translate("Handout", "not reported")
                    ),
                )
            )
            outcome = outcomes.program_outcome(store, p)
            if outcome is not None:
                scorecard = outcome.source
            h.append(
                f"<tr><td></td><td colspan='5' class='small'>{escape(outcomes.outcome_line(outcome))}</td></tr>"
                + outcomes.note_row(r.item.note)  # a note, when there is one, gets the row's width
            )
        h.append("</table>")
        h.append(f"<p class='small'>{escape(outcomes.caveat())}</p>")
    else:
        h.append(
            "<p>{}</p>".format(
                escape(QCoreApplication.translate("Handout", "No programs on this shortlist yet."))
            )
        )

    h.append(outcomes.interest_html(interest))  # the six scores, when the counselor added them
    listed = [r.item.ref for r in program_items if r.listed]
    compared, compared_sources = outcomes.comparison_html(
        store, list(program_ids) or listed[:4], date
    )
    h.append(compared)
    h.append(
        "<p class='box'><b>{}</b> {}</p>".format(
            escape(QCoreApplication.translate("Handout", "About costs:")),
            escape(
                QCoreApplication.translate(
                    "Handout",
                    "Schools charge tuition and fees. The figures shown are the published prices that "
                    "schools reported to the US Department of Education (IPEDS) for the {period} school "
                    "year, and they will have changed. Costs vary by program and by location: ask each "
                    "school for its current tuition and fees before you enroll. RHIT and RHIA eligibility "
                    "requires a program accredited by CAHIIM; check the CAHIIM directory.",
                ).format(period=fmt.period(store, SCHOOLS_TUITION))
            ),
        )
    )

    used = {s.source_id: s for s in rules.sources_used(grid)}
    if scorecard is not None:
        used[scorecard.source_id] = scorecard
    for source in compared_sources:
        used.setdefault(source.source_id, source)
    for role in (PROGRAMS_COMPLETIONS, SCHOOLS_TUITION, ONET_CURRENT):
        source = store.role(role)
        if source is not None:
            used.setdefault(source.source_id, source)
    h.append(
        "<h2>{}</h2><p class='small'>".format(
            escape(QCoreApplication.translate("Handout", "Sources"))
        )
    )
    h.append(
        "; ".join(
            escape(f"{s.publisher}: {s.short_label}" + (f", {s.release}" if s.year else ""))
            for s in used.values()
        )
    )
    onet = store.role(ONET_CURRENT)
    h.append("</p><p class='small'>{}</p>".format(escape(onet.attribution if onet else "")))
    h.append("</body></html>")
    return "".join(h)


def make_document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc


def write_pdf(path: Path | str, html: str, *, title: str, page: str = "letter") -> None:
    """Write the handout as a PDF with selectable text and its title in the metadata.

    The PDF is made in memory, then written whole or not at all (store.export): a missing
    folder, no permission or a full disk raises OSError and leaves nothing behind."""
    from PySide6.QtCore import QBuffer, QIODevice

    from ...store.export import write_atomically

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    _render_pdf(buffer, html, title=title, page=page)
    data = bytes(buffer.data().data())
    if not data.startswith(b"%PDF"):
        raise OSError(0, "the handout could not be rendered")
    write_atomically(path, data)


def _render_pdf(device, html: str, *, title: str, page: str) -> None:
    writer = QPdfWriter(device)
    writer.setTitle(title)
    writer.setCreator("hrguide")
    writer.setResolution(300)
    layout = QPageLayout(
        QPageSize(PAGE_SIZES[page]),
        QPageLayout.Orientation.Portrait,
        # QTextDocument.print_ adds a 2 cm margin of its own
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    # QTextDocument.print_ lays the text out on the page at its printed size (points),
    # and breaks pages itself; no table row is cut across two (pages.py)
    make_document(keep_rows_whole(html, writer)).print_(writer)
    del writer  # the PDF is finished when the writer goes
