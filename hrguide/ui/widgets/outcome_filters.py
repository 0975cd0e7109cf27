"""The school finder's filters on graduates' outcomes (College Scorecard, by program family):
has earnings data, earnings at least, debt at most, and the school's graduation or award
rate at least. A figure that is not reported never
passes a limit on it (domain.schools.filter_rows)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QSpinBox, QWidget

from .flow import FlowLayout, group
from .stepper import with_steppers


class OutcomeFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeFilters")
        self.has_earnings = QCheckBox(self.tr("Has graduates' earnings data"))
        self.has_earnings.setObjectName("hasEarnings")
        self.has_earnings.toggled.connect(lambda _on: self.changed.emit())
        self.min_earnings = self._money_box("minEarnings", 200000, 5000, self.tr("Any earnings"))
        self.min_earnings.setAccessibleName(self.tr("Graduates' median earnings at least"))
        self.max_debt = self._money_box("maxDebt", 100000, 2500, self.tr("Any debt"))
        self.max_debt.setAccessibleName(self.tr("Graduates' median debt at most"))
        self.min_rate = QSpinBox()
        self.min_rate.setObjectName("minRate")
        self.min_rate.setRange(0, 100)
        self.min_rate.setSingleStep(5)
        self.min_rate.setSuffix("%")
        self.min_rate.setSpecialValueText(self.tr("Any rate"))
        self.min_rate.setAccessibleName(self.tr("Graduation or award rate at least"))
        self.min_rate.setToolTip(
            self.tr(
                "The school's graduation rate, or at two-year schools the share of students "
                "with an award within eight years (IPEDS Outcome Measures)"
            )
        )
        self.min_rate.valueChanged.connect(lambda _v: self.changed.emit())
        row = FlowLayout(self, spacing=24)  # wraps at large text instead of running off
        row.addWidget(self.has_earnings)
        for text, box in (
            (self.tr("Graduates earning at least"), self.min_earnings),
            (self.tr("owing at most"), self.max_debt),
            (self.tr("finishing at least"), self.min_rate),
        ):
            row.addWidget(group(QLabel(text), with_steppers(box)))

    def _money_box(self, name: str, top: int, step: int, any_text: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(0, top)
        box.setSingleStep(step)
        box.setPrefix("$")
        box.setSpecialValueText(any_text)
        box.setGroupSeparatorShown(True)
        box.valueChanged.connect(lambda _v: self.changed.emit())
        return box

    def values(self) -> dict[str, object]:
        """The SchoolFilter fields these controls set."""
        return {
            "has_earnings": self.has_earnings.isChecked(),
            "min_earnings": self.min_earnings.value() or None,
            "max_debt": self.max_debt.value() or None,
            "min_rate": float(self.min_rate.value()) if self.min_rate.value() else None,
        }

    def clear(self, name: str) -> None:
        if name == "has_earnings":
            self.has_earnings.setChecked(False)
        else:
            boxes = {"min_earnings": self.min_earnings, "max_debt": self.max_debt}
            boxes["min_rate"] = self.min_rate
            boxes[name].setValue(0)

    def reset(self) -> None:
        """All cleared, without a `changed` (the caller says when it is done)."""
        widgets = (self.has_earnings, self.min_earnings, self.max_debt, self.min_rate)
        for w in widgets:
            w.blockSignals(True)
        self.has_earnings.setChecked(False)
        for box in widgets[1:]:
            box.setValue(0)
        for w in widgets:
            w.blockSignals(False)
