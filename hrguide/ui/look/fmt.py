"""Numbers, money and percentages formatted for the UI's locale."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain.models import Source, Wage
from ...domain.rules import is_dated
from ...domain.schema import (
    OUTCOMES_EARNINGS,
    OUTCOMES_NET_PRICE,
    PROGRAMS_COMPLETIONS,
    SCHOOLS_DIRECTORY,
    SCHOOLS_DISTANCE,
    SCHOOLS_TUITION,
)

if TYPE_CHECKING:  # (a type only: the snapshot module stays off the start-up path)
    from ...domain.snapshot import Pay
    from ...store.protocols import SourceReader

_locale: QLocale | None = None


def locale() -> QLocale:
    """The UI locale; US English where the system gives none (the "C" locale). Cached:
    call reset_locale() after changing the default locale."""
    global _locale
    if _locale is None:
        loc = QLocale()
        if loc.language() in (QLocale.Language.C, QLocale.Language.English):
            loc = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        _locale = loc
    return _locale


def reset_locale() -> None:
    global _locale
    _locale = None


def money(value: float | None) -> str:
    """US dollars, whole, with the locale's digit grouping: $51,140 or $51.140; below zero
    with a real minus sign before the dollar sign ("−$19,240")."""
    if value is None:
        return QCoreApplication.translate("Format", "not published")
    whole = int(round(value))
    return ("−" if whole < 0 else "") + "$" + locale().toString(abs(whole))


def about_money(value: float | None) -> str:
    """A derived dollar figure, rounded like its source: "about $53,540"."""
    if value is None:
        return money(None)
    return QCoreApplication.translate("Format", "about {amount}").format(amount=money(value))


def money_change(value: int) -> str:
    """A change in dollars with its sign: "+$16,880", "−$19,240", "$0"."""
    return ("+" if value > 0 else "") + money(value)


def wage(w: Wage | Pay | None, field: str) -> str:
    """A yearly wage field of `w` ("median_annual"): "$51,140", or "at least $239,200" when
    the survey top-codes it (BLS footnote 5), "not released by BLS" (footnote 8), or "not
    published"."""
    value = getattr(w, field) if w is not None else None
    if w is not None and value is not None and field in w.top_coded:
        return QCoreApplication.translate("Format", "at least {amount}").format(amount=money(value))
    if w is not None and value is None and field in w.not_released:
        return QCoreApplication.translate("Format", "not released by BLS")
    return money(value)


def median_and_range(w: Wage | Pay) -> str:
    """ "$51,140 (10th to 90th percentile: $37,000 to $81,150)"; without a median, why
    there is none ("not released by BLS", "not published")."""
    if w.median_annual is None:
        return wage(w, "median_annual")
    return QCoreApplication.translate(
        "Format", "{median} (10th to 90th percentile: {low} to {high})"
    ).format(
        median=wage(w, "median_annual"),
        low=wage(w, "pct10_annual"),
        high=wage(w, "pct90_annual"),
    )


def employment(w: Wage | None) -> str:
    """A wage row's employment count, or why there is none."""
    if w is not None and w.employment is None and "employment" in w.not_released:
        return QCoreApplication.translate("Format", "not released by BLS")
    return count(w.employment if w is not None else None)


def count(value: float | None) -> str:
    if value is None:
        return QCoreApplication.translate("Format", "not published")
    return locale().toString(int(round(value)))


def percent(value: float | None, signed: bool = True) -> str:
    if value is None:
        return QCoreApplication.translate("Format", "not published")
    loc = locale()
    text = loc.toString(float(value), "f", 1) + loc.percent()
    return ("+" + text) if signed and value > 0 else text


def current_year() -> int:
    return time.localtime().tm_year


def cite(source: Source | None) -> str:
    """'BLS OEWS, May 2025', with a 'dated' mark for figures over five years old."""
    if source is None:
        return QCoreApplication.translate("Format", "no source")
    text = source.citation
    if is_dated(source.year, current_year()):
        text += " " + QCoreApplication.translate("Format", "(older figure)")
    return text


def period(store: SourceReader, role: str) -> str:
    """The period of the source that plays `role` in this database ("2023-24", "May 2025"),
    for labels: never written in the code, so a new data release relabels the guide."""
    source = store.role(role)
    return "" if source is None else source.label


def school_periods(store: SourceReader) -> dict[str, str]:
    """The periods the school finder's labels name."""

    return {
        "completions": period(store, PROGRAMS_COMPLETIONS),
        "tuition": period(store, SCHOOLS_TUITION),
        "distance": period(store, SCHOOLS_DISTANCE),
        "directory": period(store, SCHOOLS_DIRECTORY),
        # the citations (with their years) of the outcome columns' tooltips
        "outcomes": cite(store.role(OUTCOMES_EARNINGS)),
        "net_price": cite(store.role(OUTCOMES_NET_PRICE)),
    }
