"""Small pieces several pages share: the career chooser (careers by name, starting on
the guide's first career)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox

from ...domain.collate import by_name
from ...domain.models import Page
from ..context import Context
from ..look.retranslate import live
from ..widgets.basics import ScrollPage, heading, prose

if TYPE_CHECKING:
    from ...store.protocols import CareerReader

START = "startCareer"  # the career id a chooser starts on


def career_combo(store: CareerReader, ctx: Context, object_name: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.setAccessibleName(accessible)
    careers = store.careers(lang=ctx.lang)
    # it starts on the guide's first career (where its story starts), whatever its name
    combo.setProperty(START, careers[0].career_id if careers else None)
    refill_careers(combo, store, ctx)
    start_career(combo)
    return combo


def refill_careers(combo: QComboBox, store: CareerReader, ctx: Context) -> None:
    """The careers by name in the language shown, the same one chosen (no signal: the
    page puts its own texts into the new language)."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for c in by_name(store.careers(lang=ctx.lang), lambda c: c.title, ctx.lang):
        combo.addItem(c.title, c.career_id)
    if chosen is not None:
        select_career(combo, chosen)
    combo.blockSignals(False)


def start_career(combo: QComboBox) -> None:
    """Back to the career the combo started on."""
    select_career(combo, combo.property(START) or "")


def select_career(combo: QComboBox, career_id: str) -> None:
    """Choose `career_id` in a career combo box (a deep link); unknown ids change nothing."""
    index = combo.findData(career_id)
    if index >= 0:
        combo.setCurrentIndex(index)


def add_page_text(
    page: ScrollPage, store: CareerReader, ctx: Context, page_id: str, prose_name: str = ""
) -> None:
    """The page's title and prose from the database, in the language shown (and again
    after a change of language)."""
    first = store.page(page_id, lang=ctx.lang)
    if first is None:
        return
    shown = {ctx.lang: first}  # the page in each language shown so far

    def now() -> Page:
        if ctx.lang not in shown:
            shown[ctx.lang] = store.page(page_id, lang=ctx.lang) or first
        return shown[ctx.lang]

    page.add(live(heading(first.title, 1), lambda: now().title))
    page.add(live(prose(first.body_md, prose_name), lambda: now().body_md))
