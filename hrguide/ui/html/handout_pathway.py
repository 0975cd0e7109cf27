"""The handout's pathway lines: for each shortlisted career on the pathway map, the steps
it leads to and the award each move needs (the Advancement tab has the rest)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ...store.guide import GuideStore
from .pathway import level


def pathway_html(store: GuideStore, career_ids: list[str], lang: str) -> str:
    steps, moves = store.pathway(lang=lang)
    by_id = {s.step_id: s for s in steps}
    lines = []
    for cid in career_ids:
        step = next((s for s in steps if s.career_id == cid), None)
        onward = [m for m in moves if step is not None and m.from_id == step.step_id]
        if step is None or not onward:
            continue
        nexts = ", ".join(f"{by_id[m.to_id].title} ({level(m.award_group)})" for m in onward)
        lines.append(f"<b>{escape(step.title)}</b> → {escape(nexts)}")
    if not lines:
        return ""
    head = QCoreApplication.translate("Handout", "Where these careers lead")
    note = QCoreApplication.translate(
        "Handout",
        "In brackets, the award each move needs. The guide's Advancement tab shows what each "
        "move takes, what it costs and what it pays.",
    )
    return (
        f"<h2>{escape(head)}</h2><p class='small'>"
        + "<br>".join(lines)
        + f"</p><p class='small'>{escape(note)}</p>"
    )
