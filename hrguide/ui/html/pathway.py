"""What the pathway map says of a step and of each move from it, as escaped HTML: every
figure read from the database with its source, every statement with its basis."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QCoreApplication

from ...domain.models import Projection, Wage
from ...domain.pathways import Move, PayDifference, Step, Tuition
from ...domain.schema import PROJECTIONS_DETAILS
from ..look import fmt
from ..models.schools import level_label
from .pathway_pay import difference_rows, payback_text

level = level_label  # (the handout and the pathway page name it so)


if TYPE_CHECKING:
    from ...store.protocols import CareerReader, FigureReader, PathwayReader, SourceReader

    class StepStore(CareerReader, FigureReader, PathwayReader, Protocol):
        """What a step's section reads: its outlook, job zone and credentials."""

    class MoveStore(CareerReader, FigureReader, PathwayReader, SourceReader, Protocol):
        """What a move's section reads: the credential it needs and the sources it rests
        on."""


def _pay(w: Wage | None) -> str:
    return fmt.median_and_range(w) if w is not None else fmt.wage(None, "median_annual")


def step_html(
    store: StepStore,
    step: Step,
    wages: tuple[Wage | None, Wage | None],
    state_name: str | None,
    lang: str,
) -> str:
    """A step's codes, entry requirements, credentials and pay: national, and in
    `state_name` when one is chosen (`wages`: the national and the state figures)."""
    national, state = wages
    outlook = store.projection(step.soc_code)
    details = store.projection(step.soc_code, PROJECTIONS_DETAILS)
    zone = store.job_zone(step.onet_code)
    rows: list[tuple[str, str]] = [
        (QCoreApplication.translate("Pathways", "Occupation code (SOC)"), step.soc_code),
        (
            QCoreApplication.translate("Pathways", "Typical entry education (BLS)"),
            _said(outlook.entry_education if outlook else None, outlook),
        ),
        (
            QCoreApplication.translate("Pathways", "Related work experience (BLS)"),
            _said(details.work_experience if details else None, details),
        ),
        (
            QCoreApplication.translate("Pathways", "Job zone (O*NET 30.3)"),
            zone[1] if zone else QCoreApplication.translate("Pathways", "not rated"),
        ),
    ]
    if step.career_id:
        creds = store.credentials_for(step.career_id, lang=lang)
        rows.append(
            (
                QCoreApplication.translate("Pathways", "Credentials"),
                ", ".join(c.abbreviation or c.name for c in creds) or "—",
            )
        )
    period = national.source.label if national else ""
    rows.append(
        (
            QCoreApplication.translate("Pathways", "Median pay, US ({period})").format(
                period=period
            ),
            _pay(national),
        )
    )
    if state_name:
        rows.append(
            (
                QCoreApplication.translate("Pathways", "Median pay in {state} ({period})").format(
                    state=state_name, period=period
                ),
                _pay(state)
                if state is not None
                else QCoreApplication.translate(
                    "Pathways", "no {state} estimate from BLS: see the national figure"
                ).format(state=state_name),
            )
        )
    rows.append(
        (
            QCoreApplication.translate("Pathways", "Openings per year"),
            QCoreApplication.translate("Pathways", "{count} ({period})").format(
                count=fmt.count(outlook.openings_per_year), period=outlook.period
            )
            if outlook and outlook.openings_per_year is not None
            else QCoreApplication.translate("Pathways", "not published"),
        )
    )
    parts = [f"<h2>{escape(step.title)}</h2>"]
    if not step.career_id:
        parts.append(
            "<p><i>{}</i></p>".format(
                escape(
                    QCoreApplication.translate(
                        "Pathways",
                        "The guide does not profile this occupation; here is what its data has.",
                    )
                )
            )
        )
    parts.append("<table cellpadding='3'>")
    parts += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows]
    parts.append("</table>")
    cites = [s for s in (national and national.source, outlook and outlook.source) if s]
    if details:
        cites.append(details.source)
    parts.append(
        "<p><small>{}</small></p>".format(
            escape(
                QCoreApplication.translate("Pathways", "Sources: {sources}.").format(
                    sources="; ".join(fmt.cite(s) for s in cites)
                )
            )
        )
    )
    return "".join(parts)


def _said(value: str | None, projection: Projection | None) -> str:
    if not value:
        return QCoreApplication.translate("Pathways", "not published")
    return f"{value} ({projection.period})" if projection else value


def takes_text(store: MoveStore, move: Move, start: Step, end: Step, lang: str) -> str:
    """What the move takes and what that statement rests on, in words."""
    if move.basis == "issuer" and move.credential_id:
        cred = next(
            c for c in store.credentials(lang=lang) if c.credential_id == move.credential_id
        )
        return QCoreApplication.translate(
            "Pathways", "{credential}: {rule} (the issuer's rule: {source})"
        ).format(
            credential=cred.abbreviation or cred.name,
            rule=cred.requirements,
            source=fmt.cite(store.source(move.source_id)),
        )
    if move.basis == "bls":
        details = store.projection(end.soc_code, PROJECTIONS_DETAILS)
        return QCoreApplication.translate(
            "Pathways",
            "BLS gives this occupation's typical entry education as {education} and its "
            "related work experience as {experience} ({source}).",
        ).format(
            education=(details.entry_education if details else None) or "—",
            experience=(details.work_experience if details else None) or "—",
            source=fmt.cite(details.source if details else None),
        )
    if move.basis == "onet":
        tier = next(
            (
                r["tier"]
                for r in store.related_with_tiers(start.onet_code)
                if r["related_code"] == end.onet_code
            ),
            "",
        )
        return QCoreApplication.translate(
            "Pathways",
            "O*NET lists it among this occupation's related occupations ({tier}; {source}). "
            "The award named below is the editors' reading.",
        ).format(tier=tier, source=fmt.cite(store.source(move.source_id)))
    return QCoreApplication.translate("Pathways", "{note} (the editors' reading)").format(
        note=move.note or ""
    )


class MoveFigures(NamedTuple):
    """What a move's section shows: what it takes (the editors' words), the move, its two
    steps, the median tuition of the programs it needs, the pay difference, and the
    places they are for (tuition's `where`, pay's `area`)."""

    takes: str
    move: Move
    steps: tuple[Step, Step]
    tuition: Tuition
    diff: PayDifference
    where: str
    area: str


def move_html(m: MoveFigures) -> str:
    move_text, tuition, diff, where = m.takes, m.tuition, m.diff, m.where
    award_group, years, area = m.move.award_group, m.move.years, m.area
    start, end = m.steps
    price = (
        QCoreApplication.translate(
            "Pathways", "{amount} a year ({where}, median of {n} programs, {year})"
        ).format(
            amount=fmt.money(tuition.median), where=where, n=tuition.programs, year=tuition.year
        )
        if tuition.median is not None
        else QCoreApplication.translate(
            "Pathways", "no published tuition for these programs in {where}"
        ).format(where=where)
    )
    rows = [
        (QCoreApplication.translate("Pathways", "What it takes"), move_text),
        (QCoreApplication.translate("Pathways", "Award it needs"), level(award_group)),
        (QCoreApplication.translate("Pathways", "In-state tuition and fees"), price),
        (
            QCoreApplication.translate("Pathways", "Usual length"),
            QCoreApplication.translate(
                "Pathways", "{years} year(s) of full-time study (the editors' reading)"
            ).format(years=years),
        ),
        *difference_rows(diff, start, end, area),
        (
            QCoreApplication.translate("Pathways", "Rough payback"),
            payback_text(diff, tuition, years),
        ),
    ]
    head = (
        QCoreApplication.translate("Pathways", "A different path, at lower median pay: {title}")
        if diff.lower
        else QCoreApplication.translate("Pathways", "Next: {title}")
    )
    parts = [f"<h3>{escape(head.format(title=end.title))}</h3><table cellpadding='3'>"]
    parts += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows]
    parts.append("</table>")
    return "".join(parts)
