"""Small pieces several pages share: the career chooser."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from ..context import Context


def career_combo(ctx: Context, object_name: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.setAccessibleName(accessible)
    for c in ctx.store.careers(lang=ctx.lang):
        combo.addItem(c.title, c.career_id)
    return combo


def select_career(combo: QComboBox, career_id: str) -> None:
    """Choose `career_id` in a career combo box (a deep link); unknown ids change nothing."""
    index = combo.findData(career_id)
    if index >= 0:
        combo.setCurrentIndex(index)
