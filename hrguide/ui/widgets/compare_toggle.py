"""The "compare this program" button: put a program into the program comparison, or take
it out. A fifth program does not fit, and the button says so."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget

from ...domain.program_compare import MAX_PROGRAMS
from ..context import PROGRAMS, Comparison


class CompareToggle(QPushButton):
    """`program_id` returns the program the button stands for now, or None."""

    def __init__(
        self,
        comparison: Comparison,
        program_id: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareProgram")
        self.comparison = comparison
        self.program_id = program_id
        self.clicked.connect(self._toggle)
        comparison.changed.connect(lambda field: self.refresh() if field == PROGRAMS else None)
        self.refresh()

    def refresh(self) -> None:
        pid = self.program_id()
        on = pid is not None and pid in self.comparison.program_ids
        self.setEnabled(pid is not None)
        n = len(self.comparison.program_ids)
        self.setText(
            self.tr("✓ In the comparison ({n} of {most})").format(n=n, most=MAX_PROGRAMS)
            if on
            else self.tr("Compare this program ({n} of {most} picked)").format(
                n=n, most=MAX_PROGRAMS
            )
        )
        self.setAccessibleName(
            self.tr("Take this program out of the comparison")
            if on
            else self.tr("Add this program to the comparison")
        )
        self.setAccessibleDescription(self.text())  # what it shows now, not at first
        self.setToolTip("")

    def _toggle(self) -> None:
        pid = self.program_id()
        if pid is None:
            return
        if pid in self.comparison.program_ids:
            self.comparison.remove_program(pid)
        elif not self.comparison.add_program(pid):
            self.setToolTip(self.tr("Four programs are already picked: take one out first."))
            self.setText(self.tr("Four programs already picked: take one out first"))
