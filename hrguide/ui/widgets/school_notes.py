"""The school finder's standing notes: the tuition disclaimer (always in view) and the
sources line, each naming its periods from the data (fmt.school_periods), in the language
shown (`live`: made again after a change of language)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from ..html.school import disclaimer_html
from ..look.retranslate import live

if TYPE_CHECKING:
    from ...store.protocols import SchoolReader


def tuition_disclaimer(periods: dict[str, str]) -> QLabel:
    label = live(QLabel(), lambda: disclaimer_html(periods))
    label.setObjectName("tuitionDisclaimer")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAccessibleName(QCoreApplication.translate("SchoolsPage", "Tuition disclaimer"))
    return label


def school_sources(periods: dict[str, str]) -> QLabel:
    def text() -> str:
        return (
            QCoreApplication.translate(
                "SchoolsPage",
                "Sources: IPEDS Completions {completions} (programs and graduates), Directory "
                "{directory}, Student Charges {tuition} (tuition and fees), Institutional "
                "Characteristics {distance} (distance education); programs matched to careers "
                "with the NCES CIP-SOC crosswalk, and by the guide's editors where the career "
                "filter says so. Online availability is reported per school and level, not per "
                "program.",
            ).format(**periods)
            + " "
            + QCoreApplication.translate(
                "SchoolsPage",
                "Graduates' earnings and debt: {outcomes}, for the school's whole program "
                "family at each level; net price: {net_price}.",
            ).format(**periods)
        )

    label = live(QLabel(), text)
    label.setObjectName("schoolSources")
    label.setProperty("role", "source")
    label.setWordWrap(True)
    return label


def home_text(store: SchoolReader, home: int | str | None) -> str:
    """What distances are measured from: a school (its unit id), a place (its name)."""
    if home is None:
        return QCoreApplication.translate(
            "SchoolsPage",
            "Distance: pick a school and choose “Measure distances from this school”.",
        )
    if isinstance(home, str):
        return QCoreApplication.translate(
            "SchoolsPage", "Distances from {place}. Show programs within"
        ).format(place=home)
    inst = store.institution(home)
    return QCoreApplication.translate(
        "SchoolsPage", "Distances from {school}, {city}, {state}. Show programs within"
    ).format(school=inst.name, city=inst.city, state=inst.state)
