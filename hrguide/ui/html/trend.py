"""Graduates per year of a school's programs, as text beside the school's outcomes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.outcomes import no_recent_graduates, trend_direction
from ..look import fmt

TrendRows = list[tuple[str, list[int | None]]]  # (program, graduates per year, oldest first)

DIRECTIONS = {
    "growing": QT_TRANSLATE_NOOP("Outcomes", "growing"),
    "shrinking": QT_TRANSLATE_NOOP("Outcomes", "shrinking"),
    "steady": QT_TRANSLATE_NOOP("Outcomes", "steady"),
    "unknown": QT_TRANSLATE_NOOP("Outcomes", "too few years to tell"),
}


def trend_html(years: list[str], rows: list[tuple[str, list[int | None]]]) -> str:
    """Graduates per year of each program, oldest first, as text (a year the school did not
    report says so), with the direction and a mark for no graduates in the last two years."""
    if not rows:
        return ""
    parts = [
        "<h3>{}</h3>".format(escape(QCoreApplication.translate("Outcomes", "Graduates per year")))
    ]
    parts += [
        f"<p><b>{escape(name)}</b>: {escape(text)}</p>" for name, text in trend_lines(years, rows)
    ]
    return "".join(parts)


def trend_lines(
    years: list[str], rows: list[tuple[str, list[int | None]]]
) -> list[tuple[str, str]]:
    """Each program's name and its graduates per year as one line of text."""
    lines = []
    for name, counts in rows:
        cells = " · ".join(
            f"{year} "
            + (
                QCoreApplication.translate("Outcomes", "not reported")
                if c is None
                else fmt.count(c)
            )
            for year, c in zip(years, counts, strict=True)
        )
        note = QCoreApplication.translate("Outcomes", str(DIRECTIONS[trend_direction(counts)]))
        if no_recent_graduates(counts):
            note = QCoreApplication.translate("Outcomes", "no graduates in the last two years")
        lines.append((name, f"{cells} ({note})"))
    return lines
