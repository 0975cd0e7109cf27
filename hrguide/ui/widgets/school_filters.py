"""The school finder's filters: search text, state, level, career or program, school type,
tuition, online, graduates and distance. It says when they change and what they are as a
`SchoolFilter` (the filtering itself is domain.schools)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.collate import by_name
from ...domain.models import Career
from ...domain.schools import IN_STATE, LEVEL_GROUPS, OUT_OF_STATE, SchoolFilter
from ..models.schools import CONTROL_LABELS, LEVEL_LABELS
from .basics import plain_wrapping, sized_to_choice
from .flow import FlowLayout, group
from .outcome_filters import OutcomeFilters
from .placeholder import room_for_placeholder
from .stepper import with_steppers

if TYPE_CHECKING:
    from ...store.protocols import SchoolReader


class SchoolFilters(QWidget):
    changed = Signal()

    def __init__(
        self,
        store: SchoolReader,
        careers: Sequence[Career],
        parent: QWidget | None = None,
        *,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("schoolFilters")
        self._cip_for_career = {
            c.career_id: frozenset(store.program_links(c.career_id)) for c in careers
        }
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(8)

        self._build_choices(store, careers, lang)
        self._build_tuition()
        self._build_checks()
        self._build_distance()
        self._lay_out(rows)

    def _build_choices(self, store: SchoolReader, careers: Sequence[Career], lang: str) -> None:
        """The search box and the state, level, program and school-type choices."""
        self.search = QLineEdit()
        self.search.setObjectName("schoolSearch")
        self.search.setPlaceholderText(self.tr("School, city or other name…"))
        self.search.setAccessibleName(self.tr("Search schools"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._changed)

        self.state = QComboBox()
        self.state.setObjectName("stateFilter")
        self.state.setAccessibleName(self.tr("State"))
        self.state.addItem(self.tr("All states"), None)
        names = store.state_names()
        for st in by_name(store.states(), lambda code: names.get(code, code), lang):
            self.state.addItem(names.get(st, st), st)
        self.state.currentIndexChanged.connect(self._changed)

        self.level = QComboBox()
        self.level.setObjectName("levelFilter")
        self.level.setAccessibleName(self.tr("Credential level"))
        self.level.addItem(self.tr("All levels"), None)
        for g in LEVEL_GROUPS:
            self.level.addItem(QCoreApplication.translate("Schools", str(LEVEL_LABELS[g])), g)
        self.level.currentIndexChanged.connect(self._changed)

        self.program = QComboBox()
        self.program.setObjectName("programFilter")
        self.program.setAccessibleName(self.tr("Career or program"))
        self.fill_programs(store, careers, lang)
        self.program.currentIndexChanged.connect(self._changed)

        self.control = QComboBox()
        self.control.setObjectName("controlFilter")
        self.control.setAccessibleName(self.tr("School type"))
        self.control.addItem(self.tr("All school types"), None)
        for control, label in CONTROL_LABELS.items():
            self.control.addItem(QCoreApplication.translate("Schools", str(label)), control)
        self.control.currentIndexChanged.connect(self._changed)

    def _build_tuition(self) -> None:
        """The most tuition, for in- or out-of-state students, and hiding schools with none."""
        self.max_tuition = QSpinBox()
        self.max_tuition.setObjectName("maxTuition")
        self.max_tuition.setAccessibleName(self.tr("Maximum yearly tuition and fees"))
        self.max_tuition.setRange(0, 80000)
        self.max_tuition.setSingleStep(1000)
        self.max_tuition.setPrefix("$")
        self.max_tuition.setSpecialValueText(self.tr("any amount"))
        self.max_tuition.setGroupSeparatorShown(True)
        self.max_tuition.valueChanged.connect(self._changed)

        self.basis = QComboBox()
        self.basis.setObjectName("tuitionBasis")
        self.basis.setAccessibleName(self.tr("Tuition for"))
        self.basis.addItem(self.tr("in-state students"), IN_STATE)
        self.basis.addItem(self.tr("out-of-state students"), OUT_OF_STATE)
        self.basis.currentIndexChanged.connect(self._changed)

        self.hide_no_tuition = QCheckBox(self.tr("Hide schools with no reported tuition"))
        self.hide_no_tuition.setObjectName("hideNoTuition")
        self.hide_no_tuition.toggled.connect(self._changed)

    def _build_checks(self) -> None:
        """Online only, and had graduates last year."""
        self.online = QCheckBox(self.tr("Online only"))
        self.online.setObjectName("onlineOnly")
        self.online.setToolTip(
            self.tr(
                "Schools that offer programs entirely online at this level. IPEDS reports this "
                "for the school as a whole, not for each program."
            )
        )
        self.online.setAccessibleDescription(self.online.toolTip())
        self.online.toggled.connect(self._changed)
        self.online_note = QLabel(self.tr("(reported per school, not per program)"))
        self.online_note.setProperty("role", "source")

        self.graduates = QCheckBox(self.tr("Had graduates last year"))
        self.graduates.setObjectName("hadGraduates")
        self.graduates.toggled.connect(self._changed)

    def _build_distance(self) -> None:
        """How far from the home school."""
        self.home_label = QLabel(
            self.tr("Distance: pick a school and choose “Measure distances from this school”.")
        )
        self.home_label.setObjectName("homeSchoolLabel")
        plain_wrapping(self.home_label)
        self.home_label.setProperty("role", "source")
        self.within = QSpinBox()
        self.within.setObjectName("withinMiles")
        self.within.setAccessibleName(self.tr("Within miles of the home school"))
        self.within.setRange(0, 3000)
        self.within.setSingleStep(25)
        self.within.setSuffix(self.tr(" mi"))
        self.within.setSpecialValueText(self.tr("Any distance"))
        self.within.setEnabled(False)
        self.within.valueChanged.connect(self._changed)

    def _lay_out(self, rows: QVBoxLayout) -> None:
        """The filters in rows that wrap."""
        # Each row wraps (FlowLayout) instead of running off the right edge at 200 % text
        # or on an upright kiosk; a sentence ("Tuition and fees for [in-state students] at
        # most [$8,000]") stays together as one group.
        for widget in (self.search, self.program):
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        room_for_placeholder(self.search, 24)
        rows.addLayout(
            FlowLayout().add(self.search, self.state, self.level, self.program, self.control)
        )
        # (the sentence's two halves are groups of their own: at 200 % Spanish the whole
        # sentence is wider than a 1280-px window)
        tuition = group(QLabel(self.tr("Tuition and fees for")), self.basis)
        at_most = group(QLabel(self.tr("at most")), with_steppers(self.max_tuition))
        rows.addLayout(FlowLayout(spacing=12).add(tuition, at_most, self.hide_no_tuition))
        rows.addLayout(
            FlowLayout(spacing=24).add(group(self.online, self.online_note), self.graduates)
        )
        distance = QHBoxLayout()
        # the label takes the row's width: with no stretch of its own, a wrapping label whose
        # width policy is Ignored was squeezed to 1 px and wrapped one letter a line
        distance.addWidget(self.home_label, 1)
        distance.addWidget(with_steppers(self.within))
        rows.addLayout(distance)
        self.outcomes = OutcomeFilters()
        self.outcomes.changed.connect(self._changed)
        rows.addWidget(self.outcomes)
        # each combo as wide as its current choice (its list shows every choice whole); the
        # rows of filters wrap, so a long choice at large text takes a line, never an ellipsis
        for combo in (self.state, self.level, self.program, self.control, self.basis):
            sized_to_choice(combo)

    def fill_programs(self, store: SchoolReader, careers: Sequence[Career], lang: str) -> None:
        """The careers (by name, in `lang`) then the programs; the choice stays (no
        signal: nothing is filtered anew)."""
        chosen = self.program.currentData()
        self.program.blockSignals(True)
        self.program.clear()
        self.program.addItem(self.tr("All careers and programs"), None)
        for c in by_name(careers, lambda c: c.title, lang):
            self.program.addItem(
                self.tr("Leads to: {career}").format(career=c.title), f"career:{c.career_id}"
            )
            editorial = sorted(
                cip for cip, link in store.program_links(c.career_id).items() if link == "editorial"
            )
            if editorial:  # the crosswalk does not link these: say who does
                self.program.setItemData(
                    self.program.count() - 1,
                    self.tr(
                        "Includes programs the guide's editors link to this career (the "
                        "federal crosswalk does not): {codes}"
                    ).format(codes=", ".join(editorial)),
                    Qt.ItemDataRole.ToolTipRole,
                )
        self.program.insertSeparator(self.program.count())
        for code, title in by_name(store.cip_programs(), lambda p: p[1], lang):
            self.program.addItem(f"{title} ({code})", f"cip:{code}")
        self.program.setCurrentIndex(max(0, self.program.findData(chosen)))
        self.program.blockSignals(False)

    def _changed(self, *_args: object) -> None:
        self.changed.emit()

    def choose_state(self, state: str | None) -> None:
        """Filter on `state` (a two-letter code, or None for all); unknown codes do nothing."""
        index = self.state.findData(state) if state else 0
        if index >= 0:
            self.state.setCurrentIndex(index)

    def choose_programs(
        self, career_id: str | None, cips: tuple[str, ...], level: str | None
    ) -> None:
        """Programs of a career (or the first of `cips` the finder lists) at a level."""
        keys = [f"career:{career_id}"] if career_id else [f"cip:{c}" for c in cips]
        found = [i for i in map(self.program.findData, keys) if i >= 0]
        self.program.setCurrentIndex(found[0] if found else 0)
        self.level.setCurrentIndex(max(0, self.level.findData(level)) if level else 0)

    def set_home(self, text: str, has_home: bool) -> None:
        self.home_label.setText(text)
        self.within.setEnabled(has_home)
        if not has_home:
            self.within.setValue(0)

    def current(self) -> SchoolFilter:
        program = self.program.currentData()
        cips = None
        if program is not None:
            kind, _, key = program.partition(":")
            cips = (
                self._cip_for_career.get(key, frozenset()) if kind == "career" else frozenset({key})
            )
        return SchoolFilter(
            text=self.search.text(),
            state=self.state.currentData(),
            level_group=self.level.currentData(),
            cip_codes=cips,
            online_only=self.online.isChecked(),
            control=self.control.currentData(),
            max_tuition=self.max_tuition.value() or None,
            tuition_basis=self.basis.currentData() or IN_STATE,
            hide_no_tuition=self.hide_no_tuition.isChecked(),
            had_graduates=self.graduates.isChecked(),
            within_miles=float(self.within.value()) if self.within.value() else None,
            **self.outcomes.values(),  # type: ignore[arg-type]
        )

    def clear(self, name: str) -> None:
        """Clear the one filter `name` (a SchoolFilter field): the "most limiting" button."""
        widget_reset = {
            "text": lambda: self.search.clear(),
            "state": lambda: self.state.setCurrentIndex(0),
            "level_group": lambda: self.level.setCurrentIndex(0),
            "cip_codes": lambda: self.program.setCurrentIndex(0),
            "online_only": lambda: self.online.setChecked(False),
            "control": lambda: self.control.setCurrentIndex(0),
            "max_tuition": lambda: self.max_tuition.setValue(0),
            "hide_no_tuition": lambda: self.hide_no_tuition.setChecked(False),
            "had_graduates": lambda: self.graduates.setChecked(False),
            "within_miles": lambda: self.within.setValue(0),
        }
        if name in widget_reset:
            widget_reset[name]()
        else:
            self.outcomes.clear(name)

    def reset(self) -> None:
        """Every filter cleared, with one `changed` at the end."""
        widgets = (
            self.search,
            self.state,
            self.level,
            self.program,
            self.control,
            self.max_tuition,
            self.basis,
            self.hide_no_tuition,
            self.online,
            self.graduates,
            self.within,
            self.outcomes,
        )
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        for combo in (self.state, self.level, self.program, self.control, self.basis):
            combo.setCurrentIndex(0)
        self.max_tuition.setValue(0)
        self.within.setValue(0)
        self.outcomes.reset()
        for box in (self.hide_no_tuition, self.online, self.graduates):
            box.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        self.changed.emit()
