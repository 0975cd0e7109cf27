"""The one-page handout for a shortlist, as HTML: the careers compared, where they lead,
the programs with their graduates' outcomes, the programs compared and every source cited.
print/ lays it out on paper (QTextDocument) and writes the PDF."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from html import escape
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QDate

from ...domain import compare as rules
from ...domain.models import Source
from ...domain.outcomes import ProgramOutcome
from ...domain.program import Program
from ...domain.schema import ONET_CURRENT, PROGRAMS_COMPLETIONS, SCHOOLS_TUITION
from ...domain.schools import IN_STATE, OUT_OF_STATE, tuition_for
from ...domain.shortlist import CAREER, PROGRAM, ResolvedItem, ShortlistItem, resolve
from ...store.guide import GuideStore
from ..look import fmt, vocab
from ..models.compare import cell_text, row_label
from . import handout_outcomes as outcomes
from .handout_pathway import pathway_html

GROUP = "<!--group-->"  # starts rows that stay together on a page (print/pages.py)

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


class Handout(NamedTuple):
    """What a handout shows: a shortlist's name and items, the day it is prepared, the
    careers compared when the list has fewer than two (`compare_ids`), the programs
    compared (else the list's first four), the interest scores a counselor added, and the
    language."""

    name: str
    items: Sequence[ShortlistItem]
    date: datetime.date
    compare_ids: Sequence[str] | None = None
    program_ids: Sequence[str] = ()
    interest: str | None = None
    lang: str = "en"


def handout_html(store: GuideStore, handout: Handout) -> str:
    """The handout's HTML in its language. Every figure is read from the guide database
    with its source."""
    lang = handout.lang
    careers = {c.career_id: c.title for c in store.careers(lang=lang)}
    programs = {p.program_id: p for p in store.programs()}
    resolved = resolve(
        list(handout.items), careers, {pid: (p.school, p.program) for pid, p in programs.items()}
    )
    career_items = [r for r in resolved if r.item.kind == CAREER]
    program_items = [r for r in resolved if r.item.kind == PROGRAM]
    ids = _career_ids(career_items, handout.compare_ids)
    grid = rules.build_rows([store.career_figures(cid, lang=lang) for cid in ids], historical=False)
    listed = [r.item.ref for r in program_items if r.listed]
    programs_part, scorecard = _programs(store, program_items, programs)
    compared, compared_sources = outcomes.comparison_html(
        store, list(handout.program_ids) or listed[:4], handout.date
    )
    used = _sources_used(store, grid, [*([scorecard] if scorecard else []), *compared_sources])
    return "".join(
        (
            f"<html><head><style>{STYLE}</style></head><body>",
            _title(handout.name, handout.date),
            _careers_table(careers, ids, grid),
            _career_notes(career_items),
            pathway_html(store, [r.item.ref for r in career_items if r.listed], lang),
            programs_part,
            outcomes.interest_html(handout.interest),  # the six scores, when added
            compared,
            _about_costs(store),
            _sources(store, used),
            "</body></html>",
        )
    )


def _career_ids(career_items: list[ResolvedItem], compare_ids: Sequence[str] | None) -> list[str]:
    """The careers compared: the list's own (up to four); a list with fewer than two is
    filled from the Compare page's careers, else the default pair."""
    ids = [r.item.ref for r in career_items if r.listed][: rules.MAX_CAREERS]
    if len(ids) >= rules.MIN_CAREERS:
        return ids
    fill = [c for c in (compare_ids or list(rules.DEFAULT_CAREERS)) if c not in ids]
    return (ids + fill)[: max(rules.MIN_CAREERS, len(ids))]


def _title(name: str, date: datetime.date) -> str:
    title = QCoreApplication.translate("Handout", "Careers in health records: {name}").format(
        name=name
    )
    day = fmt.locale().toString(
        QDate(date.year, date.month, date.day), fmt.locale().FormatType.LongFormat
    )
    prepared = QCoreApplication.translate(
        "Handout", "Prepared {date} with the Health Records Career Guide"
    ).format(date=day)
    return f"<h1>{escape(title)}</h1><p>{escape(prepared)}</p>"


def _careers_table(careers: dict[str, str], ids: list[str], grid: list[rules.Row]) -> str:
    head = QCoreApplication.translate("Handout", "Careers compared")
    h = [f"<h2>{escape(head)}</h2><table width='100%'><tr><th></th>"]
    h += [f"<th>{escape(careers[c])}</th>" for c in ids]
    h.append("</tr>")
    for row in grid:
        h.append(f"<tr><td><b>{escape(row_label(row))}</b></td>")
        h += [f"<td>{escape(cell_text(cell))}</td>" for cell in row.cells]
        h.append("</tr>")
    h.append("</table>")
    return "".join(h)


def _career_notes(career_items: list[ResolvedItem]) -> str:
    """The counselor's notes on careers, and careers the data no longer lists."""
    gone = " " + QCoreApplication.translate("Handout", "(no longer listed in the guide's data)")
    lines = [
        f"{escape(r.title)}{escape('' if r.listed else gone)}: {escape(r.item.note)}<br>"
        for r in career_items
        if r.item.note or not r.listed
    ]
    return f"<p class='note'>{''.join(lines)}</p>" if lines else ""


def _programs(
    store: GuideStore, program_items: list[ResolvedItem], programs: dict[str, Program]
) -> tuple[str, Source | None]:
    """The shortlisted programs' table, and the College Scorecard's source when a
    program's outcomes are shown."""
    head = QCoreApplication.translate("Handout", "Programs on the shortlist")
    h = [f"<h2>{escape(head)}</h2>"]
    if not program_items:
        h.append(
            "<p>{}</p>".format(
                escape(QCoreApplication.translate("Handout", "No programs on this shortlist yet."))
            )
        )
        return "".join(h), None
    heads = (
        QCoreApplication.translate("Handout", "School"),
        QCoreApplication.translate("Handout", "City, state"),
        QCoreApplication.translate("Handout", "Program"),
        QCoreApplication.translate("Handout", "Credential"),
        QCoreApplication.translate("Handout", "In-state tuition & fees"),
        QCoreApplication.translate("Handout", "Out-of-state"),
    )
    h.append("<table width='100%'><tr>" + "".join(f"<th>{escape(x)}</th>" for x in heads))
    h.append("</tr>")
    scorecard = None
    for r in program_items:
        p = programs.get(r.item.ref)
        if p is None:
            h.append(_gone_row(r))
            continue
        outcome = outcomes.program_outcome(store, p)
        scorecard = outcome.source if outcome is not None else scorecard
        h.append(_program_rows(store, p, outcome, r.item.note))
    h.append(f"</table><p class='small'>{escape(outcomes.caveat())}</p>")
    return "".join(h), scorecard


def _gone_row(r: ResolvedItem) -> str:
    gone = QCoreApplication.translate("Handout", "No longer listed in the guide's data")
    return (
        GROUP
        + f"<tr><td>{escape(r.title)}</td><td colspan='5'>{escape(gone)}</td></tr>"
        + outcomes.note_row(r.item.note)
    )


def _program_rows(store: GuideStore, p: Program, outcome: ProgramOutcome | None, note: str) -> str:
    """A program's row, its outcome line and its note: a group kept on one page."""
    year = p.tuition_year or fmt.period(store, SCHOOLS_TUITION)
    ins, out = tuition_for(p, IN_STATE), tuition_for(p, OUT_OF_STATE)
    not_reported = QCoreApplication.translate("Handout", "not reported")
    cells = (
        p.school,
        f"{p.city}, {p.state}",
        p.program,
        vocab.award(p.award_label),
        f"{fmt.money(ins)} ({year})" if ins is not None else not_reported,
        fmt.money(out) if out is not None else not_reported,
    )
    line = escape(outcomes.outcome_line(outcome))
    return (
        GROUP
        + "<tr>"
        + "".join(f"<td>{escape(c)}</td>" for c in cells)
        + "</tr>"
        + f"<tr><td></td><td colspan='5' class='small'>{line}</td></tr>"
        + outcomes.note_row(note)  # a note, when there is one, gets the row's width
    )


def _about_costs(store: GuideStore) -> str:
    text = QCoreApplication.translate(
        "Handout",
        "Schools charge tuition and fees. The figures shown are the published prices that "
        "schools reported to the US Department of Education (IPEDS) for the {period} school "
        "year, and they will have changed. Costs vary by program and by location: ask each "
        "school for its current tuition and fees before you enroll. RHIT and RHIA eligibility "
        "requires a program accredited by CAHIIM; check the CAHIIM directory.",
    ).format(period=fmt.period(store, SCHOOLS_TUITION))
    head = QCoreApplication.translate("Handout", "About costs:")
    return f"<p class='box'><b>{escape(head)}</b> {escape(text)}</p>"


def _sources_used(store: GuideStore, grid: list[rules.Row], more: list[Source]) -> list[Source]:
    """Every source the handout cites, once each: the careers grid's, the programs', and
    the IPEDS and O*NET releases behind the lists."""
    used = {s.source_id: s for s in rules.sources_used(grid)}
    roles = (store.role(r) for r in (PROGRAMS_COMPLETIONS, SCHOOLS_TUITION, ONET_CURRENT))
    for source in [*more, *(s for s in roles if s is not None)]:
        used.setdefault(source.source_id, source)
    return list(used.values())


def _sources(store: GuideStore, used: list[Source]) -> str:
    cited = "; ".join(
        escape(f"{s.publisher}: {s.short_label}" + (f", {s.release}" if s.year else ""))
        for s in used
    )
    onet = store.role(ONET_CURRENT)
    credit = escape(onet.attribution if onet else "")
    head = QCoreApplication.translate("Handout", "Sources")
    return f"<h2>{escape(head)}</h2><p class='small'>{cited}</p><p class='small'>{credit}</p>"
