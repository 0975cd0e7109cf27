"""The interest check's words: the six areas' names and the editors' plain description of
each, the fit labels, and why an occupation fits (the areas in common and the one furthest
apart), all translated in the "Interests" context."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain import interests as rules

AREA_NAMES = {
    "Realistic": QT_TRANSLATE_NOOP("Interests", "Realistic"),
    "Investigative": QT_TRANSLATE_NOOP("Interests", "Investigative"),
    "Artistic": QT_TRANSLATE_NOOP("Interests", "Artistic"),
    "Social": QT_TRANSLATE_NOOP("Interests", "Social"),
    "Enterprising": QT_TRANSLATE_NOOP("Interests", "Enterprising"),
    "Conventional": QT_TRANSLATE_NOOP("Interests", "Conventional"),
}


def area(name: str) -> str:
    """An area's name (O*NET's, in English) in the UI's language."""
    return QCoreApplication.translate("Interests", name)  # (the names are listed above)


# the editors' plain words for each area
AREA_WORDS = {
    "Realistic": QT_TRANSLATE_NOOP(
        "Interests", "hands-on work with tools, machines, plants or animals, often outdoors"
    ),
    "Investigative": QT_TRANSLATE_NOOP(
        "Interests", "working with ideas: finding facts, solving problems, research"
    ),
    "Artistic": QT_TRANSLATE_NOOP(
        "Interests", "creating: words, images, music or designs, with room for self-expression"
    ),
    "Social": QT_TRANSLATE_NOOP("Interests", "helping, teaching, caring for or advising people"),
    "Enterprising": QT_TRANSLATE_NOOP(
        "Interests", "leading, persuading, selling and starting projects; making decisions"
    ),
    "Conventional": QT_TRANSLATE_NOOP(
        "Interests", "working with data, records and clear procedures; order and accuracy"
    ),
}
FIT_WORDS = {
    rules.STRONG: QT_TRANSLATE_NOOP("Interests", "strong match"),
    rules.MODERATE: QT_TRANSLATE_NOOP("Interests", "moderate match"),
    rules.WEAK: QT_TRANSLATE_NOOP("Interests", "weak match"),
    rules.LITTLE: QT_TRANSLATE_NOOP("Interests", "little in common"),
}


def fit_text(r: float) -> str:
    return QCoreApplication.translate("Interests", str(FIT_WORDS[rules.fit(r)]))


def why_text(scores: Sequence[int], ratings: Sequence[float]) -> str:
    """The areas in common and the one that parts them, in a few words: what Fit (how
    close the six scores' shapes are) does not say."""
    why = rules.why(scores, ratings)
    parts = [
        QCoreApplication.translate("Interests", "In common: {areas}.").format(
            areas=", ".join(area(a) for a in why.shared)
        )
        if why.shared
        else QCoreApplication.translate("Interests", "No top area in common.")
    ]
    if why.side == rules.YOURS:
        only = QCoreApplication.translate("Interests", "Differs most: {area} (higher for you).")
        parts.append(only.format(area=area(why.apart)))
    elif why.side == rules.THEIRS:
        only = QCoreApplication.translate(
            "Interests", "Differs most: {area} (higher for the occupation)."
        )
        parts.append(only.format(area=area(why.apart)))
    return " ".join(parts)


def summary_html(maximum: int, tops: list[str], examples: dict[str, list[str]]) -> str:
    """What the six scores are, then each of the `tops` areas in plain words with up to
    three of O*NET's example activities (English, as O*NET wrote them)."""
    parts = [
        "<p>{}</p>".format(
            escape(
                QCoreApplication.translate(
                    "InterestResults",
                    "Each score is the sum of your answers in that area (0 for Strongly "
                    "Dislike up to 4 for Strongly Like), out of {most}. Scores are sums, not "
                    "percentiles: they compare your interests with each other, not with "
                    "other people. This is about what you like, not what you are good at.",
                ).format(most=maximum)
            )
        )
    ]
    for name in tops:
        shown = "; ".join(e.rstrip(".") for e in examples.get(name, [])[:3])
        said = (
            QCoreApplication.translate("InterestResults", "O*NET's examples: {examples}.").format(
                examples=shown
            )
            if shown
            else ""
        )
        words = QCoreApplication.translate("Interests", str(AREA_WORDS[name]))
        parts.append(f"<p><b>{escape(area(name))}</b>: {escape(words)}. {escape(said)}</p>")
    return "".join(parts)
