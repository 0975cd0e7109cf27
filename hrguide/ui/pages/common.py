"""Small pieces several pages share: the career chooser (careers by name, starting on
the guide's first career)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from ...domain.collate import by_name
from ..context import Context

START = "startCareer"  # the career id a chooser starts on


def career_combo(ctx: Context, object_name: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.setAccessibleName(accessible)
    careers = ctx.store.careers(lang=ctx.lang)
    for c in by_name(careers, lambda c: c.title, ctx.lang):  # listed by name
        combo.addItem(c.title, c.career_id)
    # it starts on the guide's first career (where its story starts), whatever its name
    combo.setProperty(START, careers[0].career_id if careers else None)
    start_career(combo)
    return combo


def start_career(combo: QComboBox) -> None:
    """Back to the career the combo started on."""
    select_career(combo, combo.property(START) or "")


def select_career(combo: QComboBox, career_id: str) -> None:
    """Choose `career_id` in a career combo box (a deep link); unknown ids change nothing."""
    index = combo.findData(career_id)
    if index >= 0:
        combo.setCurrentIndex(index)
