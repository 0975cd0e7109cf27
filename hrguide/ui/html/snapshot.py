"""What an occupation snapshot says, as escaped HTML: O*NET's description and tasks, the
preparation BLS and O*NET describe, pay and outlook with their sources and years, and which
BLS code the figures are of (issue 33)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...domain import interests as rules
from ...domain.snapshot import AGGREGATE, NO_BLS, SHARED, TASKS_SHOWN, Pay, Snapshot
from ..look import fmt
from .interest_words import area, fit_text
from .text import wrappable

if TYPE_CHECKING:
    from ...store.protocols import InterestReader


def _row(label: str, value: str) -> str:
    return f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>"


def _pay(p: Pay | None) -> str:
    if p is None:
        return QCoreApplication.translate("Snapshot", "no BLS figure")
    return fmt.median_and_range(p)


def bls_note(snap: Snapshot) -> str:
    """Which BLS code the pay and outlook are of, in words."""
    b = snap.bls
    notes = {
        NO_BLS: QCoreApplication.translate(
            "Snapshot",
            "BLS publishes no pay or outlook under this occupation's code, so none is shown.",
        ),
        AGGREGATE: QCoreApplication.translate(
            "Snapshot",
            "BLS counts this occupation in a group, {title} ({code}): the pay and outlook "
            "below are the group's.",
        ),
        SHARED: QCoreApplication.translate(
            "Snapshot",
            "BLS counts this occupation with others as {title} ({code}): the pay and "
            "outlook below are for all of them.",
        ),
    }
    note = notes.get(b.kind) or QCoreApplication.translate(
        "Snapshot", "BLS occupation: {title} ({code})."
    )
    return note.format(title=b.title, code=b.code)


def tasks_html(snap: Snapshot, show_all: bool) -> str:
    shown = snap.tasks if show_all else snap.tasks[:TASKS_SHOWN]
    if not shown:
        return "<p>{}</p>".format(
            escape(QCoreApplication.translate("Snapshot", "O*NET lists no tasks for it."))
        )
    items = "".join(f"<li>{escape(t.text)}</li>" for t in shown)
    return f"<ul>{items}</ul>"


def preparation_html(snap: Snapshot) -> str:
    rows = [
        _row(
            QCoreApplication.translate("Snapshot", "Job zone ({source})").format(
                source=snap.source.short_label
            ),
            snap.job_zone_name or QCoreApplication.translate("Snapshot", "not rated"),
        )
    ]
    req = snap.requirements
    missing = QCoreApplication.translate("Snapshot", "not published")
    for label, value in (
        (QCoreApplication.translate("Snapshot", "Typical entry education"), req and req.entry_education),
        (QCoreApplication.translate("Snapshot", "Related work experience"), req and req.work_experience),
        (QCoreApplication.translate("Snapshot", "On-the-job training"), req and req.job_training),
    ):  # fmt: skip
        rows.append(
            _row(
                label,
                f"{value} ({fmt.cite(req.source)})" if value and req else missing,
            )
        )
    return "<table cellpadding='3'>" + "".join(rows) + "</table>"


def pay_html(snap: Snapshot, state_name: str | None) -> str:
    if snap.bls.kind == NO_BLS:  # nothing to show but why
        return f"<p>{escape(bls_note(snap))}</p>"
    found = snap.national or snap.state
    pay_source = found.source if found else None
    period = pay_source.label if pay_source else "—"
    rows = [
        _row(
            QCoreApplication.translate("Snapshot", "US ({period})").format(period=period),
            _pay(snap.national),
        )
    ]
    if state_name:
        rows.append(
            _row(
                QCoreApplication.translate("Snapshot", "{state} ({period})").format(
                    state=state_name, period=period
                ),
                _pay(snap.state)
                if snap.state is not None
                else QCoreApplication.translate("Snapshot", "no {state} estimate from BLS").format(
                    state=state_name
                ),
            )
        )
    o = snap.outlook
    if o is not None:
        rows.append(
            _row(
                QCoreApplication.translate("Snapshot", "Job growth ({period})").format(
                    period=o.period
                ),
                fmt.percent(o.change_percent),
            )
        )
        rows.append(
            _row(
                QCoreApplication.translate("Snapshot", "Openings a year ({period} average)").format(
                    period=o.period
                ),
                fmt.count(o.openings_per_year),
            )
        )
    cites = [fmt.cite(s) for s in (pay_source, o and o.source) if s]
    sources = (
        QCoreApplication.translate("Snapshot", "Sources: {sources}.").format(
            sources="; ".join(cites)
        )
        if cites
        else ""
    )
    return (
        f"<p>{escape(bls_note(snap))}</p><table cellpadding='3'>"
        + "".join(rows)
        + f"</table><p><small>{escape(sources)}</small></p>"
    )


def match_html(snap: Snapshot, scores: tuple[int, ...], maximum: int, store: InterestReader) -> str:
    """The student's interest check beside the occupation's interest profile, and its rank
    among all occupations; "" when O*NET gives the occupation no interest profile."""
    ranked = rules.rank_all(scores, store.interest_profiles())
    match = next((m for m in ranked if m.profile.onet_code == snap.onet_code), None)
    if match is None:
        return ""
    head = QCoreApplication.translate(
        "Snapshot", "Your interest check: number {rank} of {total} occupations ({fit})"
    ).format(rank=match.rank, total=len(ranked), fit=fit_text(match.r))
    rows = "".join(
        _row(
            area(name),
            QCoreApplication.translate(
                "Snapshot", "you {score} of {maximum} · this occupation {rating} of 7"
            ).format(
                score=score,
                maximum=maximum,
                rating=fmt.locale().toString(float(rating), "f", 1),
            ),
        )
        for name, score, rating in zip(rules.AREAS, scores, match.profile.ratings, strict=True)
    )
    return f"<h3>{escape(head)}</h3><table cellpadding='3'>{rows}</table>"


def about_html(snap: Snapshot) -> str:
    """The occupation's title and code, O*NET's description, and the tasks' heading."""
    tasks = QCoreApplication.translate("OccupationPage", "Most important tasks (core tasks first)")
    return (
        f"<h2>{escape(snap.title)} ({escape(snap.onet_code)})</h2>"
        f"<p>{escape(snap.description)}</p><h3>{escape(tasks)}</h3>"
    )


def figures_html(snap: Snapshot, state_name: str | None) -> str:
    """Preparation, then pay (nationally and in `state_name`) and outlook."""
    preparation = QCoreApplication.translate("OccupationPage", "Preparation")
    pay = QCoreApplication.translate("OccupationPage", "Pay and outlook")
    return (
        f"<h3>{escape(preparation)}</h3>{preparation_html(snap)}"
        f"<h3>{escape(pay)}</h3>{pay_html(snap, state_name)}"
    )


def links_html(my_next_move: str, onet_online: str) -> str:
    """Where to read more, each address wrapping at its slashes."""
    text = QCoreApplication.translate(
        "OccupationPage", "Read more on My Next Move: {mnm} or O*NET OnLine: {onet}"
    ).format(mnm=wrappable(my_next_move), onet=wrappable(onet_online))
    return f"<p>{escape(text)}</p>"
