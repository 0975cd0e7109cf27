"""The school finder's standing notes: the tuition disclaimer (always in view) and the
sources line, each naming its periods from the data (fmt.school_periods)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel


def tuition_disclaimer(periods: dict[str, str]) -> QLabel:
    label = QLabel(
        QCoreApplication.translate(
            "SchoolsPage",
            "<b>Schools charge tuition and fees.</b> The figures here are the published prices "
            "that schools reported to the US Department of Education (IPEDS) for the {period} "
            "school year, and they will have changed. Costs vary by program and by location: "
            "ask each school for its current tuition and fees before you enroll. No school pays "
            "to be listed here: the list is every school that reported a matching program.",
        ).format(period=escape(periods["tuition"]))
    )
    label.setObjectName("tuitionDisclaimer")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAccessibleName(QCoreApplication.translate("SchoolsPage", "Tuition disclaimer"))
    return label


def school_sources(periods: dict[str, str]) -> QLabel:
    label = QLabel(
        QCoreApplication.translate(
            "SchoolsPage",
            "Sources: IPEDS Completions {completions} (programs and graduates), Directory "
            "{directory}, Student Charges {tuition} (tuition and fees), Institutional "
            "Characteristics {distance} (distance education); programs matched to careers with "
            "the NCES CIP-SOC crosswalk, and by the guide's editors where the career filter "
            "says so. Online availability is reported per school and level, not per program.",
        ).format(**periods)
        + " "
        + QCoreApplication.translate(
            "SchoolsPage",
            "Graduates' earnings and debt: {outcomes}, for the school's whole program family "
            "at each level; net price: {net_price}.",
        ).format(**periods)
    )
    label.setObjectName("schoolSources")
    label.setProperty("role", "source")
    label.setWordWrap(True)
    return label
