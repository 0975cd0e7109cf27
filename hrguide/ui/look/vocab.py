"""The data's own vocabulary in the user's language: IPEDS's award levels and the College
Scorecard's family-income bands, as the data names them (listed here for lupdate)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from ...domain.program import Program

# IPEDS's award levels as the data names them (award_levels.label), here for lupdate: the
# UI shows each in the user's language
AWARD_LABELS = (
    QT_TRANSLATE_NOOP("Awards", "Certificates of less than 12 weeks"),
    QT_TRANSLATE_NOOP("Awards", "Certificates of at least 12 weeks but less than 1 year"),
    QT_TRANSLATE_NOOP("Awards", "Certificates of at least 1 but less than 2 years"),
    QT_TRANSLATE_NOOP("Awards", "Associate's degree"),
    QT_TRANSLATE_NOOP("Awards", "Certificates of at least 2 but less than 4 years"),
    QT_TRANSLATE_NOOP("Awards", "Bachelor's degree"),
    QT_TRANSLATE_NOOP("Awards", "Postbaccalaureate certificate"),
    QT_TRANSLATE_NOOP("Awards", "Master's degree"),
    QT_TRANSLATE_NOOP("Awards", "Post-master's certificate"),
    QT_TRANSLATE_NOOP("Awards", "Doctor's degree - research/scholarship"),
    QT_TRANSLATE_NOOP("Awards", "Doctor's degree - professional practice"),
    QT_TRANSLATE_NOOP("Awards", "Doctor's degree - other"),
)


def award(label: str) -> str:
    """An award level's name (IPEDS's words) in the UI's language."""
    return QCoreApplication.translate("Awards", label)


def program_place(p: Program) -> str:
    """'Health Information Technology (Associate's degree), Mobile, AL'."""
    return f"{p.program} ({award(p.award_label)}), {p.city}, {p.state}"


BANDS = {
    "0_30k": QT_TRANSLATE_NOOP("Outcomes", "$0-30,000"),
    "30_48k": QT_TRANSLATE_NOOP("Outcomes", "$30,001-48,000"),
    "48_75k": QT_TRANSLATE_NOOP("Outcomes", "$48,001-75,000"),
    "75_110k": QT_TRANSLATE_NOOP("Outcomes", "$75,001-110,000"),
    "110k_plus": QT_TRANSLATE_NOOP("Outcomes", "over $110,000"),
}


def band_text(band: str) -> str:
    """A family-income band ("over $110,000") in the UI's language."""
    return QCoreApplication.translate("Outcomes", str(BANDS[band]))
