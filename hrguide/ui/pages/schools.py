"""Schools: a fast, filterable list of programs, with the tuition disclaimer always in view."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.schools import (
    IN_STATE,
    LEVEL_GROUPS,
    OUT_OF_STATE,
    SchoolFilter,
    SchoolIndex,
    filter_rows,
    most_limiting,
)
from .. import fmt
from ..school_detail import SchoolDetail
from ..schools_model import COLUMN_OF, CONTROL_LABELS, LEVEL_LABELS, SchoolTableModel
from ..widgets import Context, heading, plain_wrapping

FILTER_LABELS = {
    "text": QT_TRANSLATE_NOOP("SchoolsPage", "Search text"),
    "state": QT_TRANSLATE_NOOP("SchoolsPage", "State"),
    "level_group": QT_TRANSLATE_NOOP("SchoolsPage", "Credential level"),
    "cip_codes": QT_TRANSLATE_NOOP("SchoolsPage", "Career or program"),
    "online_only": QT_TRANSLATE_NOOP("SchoolsPage", "Online only"),
    "control": QT_TRANSLATE_NOOP("SchoolsPage", "School type"),
    "max_tuition": QT_TRANSLATE_NOOP("SchoolsPage", "Maximum tuition"),
    "hide_no_tuition": QT_TRANSLATE_NOOP("SchoolsPage", "Hide schools with no reported tuition"),
    "had_graduates": QT_TRANSLATE_NOOP("SchoolsPage", "Had graduates last year"),
    "within_miles": QT_TRANSLATE_NOOP("SchoolsPage", "Distance"),
}


class SchoolsPage(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schoolsPage")
        self.ctx = ctx
        store = ctx.store
        self.index = SchoolIndex(store.programs())
        self._careers = store.careers()
        self._cip_for_career = {
            c.career_id: frozenset(store.cip_codes_for_soc(c.soc_code)) for c in self._careers
        }

        # The page scrolls as a whole when large text leaves the table too little room.
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("schoolsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        body = QWidget()
        body.setProperty("role", "pageBody")
        scroll.setWidget(body)
        page.addWidget(scroll)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(24, 16, 24, 12)
        outer.setSpacing(8)
        outer.addWidget(heading(self.tr("Find a school"), 1))
        self.periods = fmt.school_periods(ctx.store)  # read from the data, never the code
        self.disclaimer = QLabel(
            self.tr(
                "<b>Schools charge tuition and fees.</b> The figures here are the published prices "
                "that schools reported to the US Department of Education (IPEDS) for the {period} "
                "school year, and they will have changed. Costs vary by program and by location: "
                "ask each school for its current tuition and fees before you enrol. No school pays "
                "to be listed here: the list is every school that reported a matching program."
            ).format(period=escape(self.periods["tuition"]))
        )
        self.disclaimer.setObjectName("tuitionDisclaimer")
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setTextFormat(Qt.TextFormat.RichText)
        self.disclaimer.setAccessibleName(self.tr("Tuition disclaimer"))
        outer.addWidget(self.disclaimer)

        outer.addWidget(self._filters())

        status = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("schoolCount")
        self.count.setProperty("role", "figure")
        status.addWidget(self.count)
        self.empty = QLabel()
        self.empty.setObjectName("schoolEmpty")
        self.empty.setWordWrap(True)
        status.addWidget(self.empty, 1)
        status.addStretch(0)
        self.clear_one = QPushButton()
        self.clear_one.setObjectName("clearLimitingFilter")
        self.clear_one.clicked.connect(self._clear_limiting)
        status.addWidget(self.clear_one)
        if not ctx.kiosk:  # no files written and no file dialogs on a kiosk
            self.export = QPushButton(self.tr("Export this list (CSV)…"))
            self.export.setObjectName("exportSchools")
            self.export.clicked.connect(self.export_csv)
            status.addWidget(self.export)
        self.clear_all = QPushButton(self.tr("Clear all filters"))
        self.clear_all.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.clear_all.setObjectName("clearFilters")
        self.clear_all.clicked.connect(self.reset_filters)
        status.addWidget(self.clear_all)
        outer.addLayout(status)

        self.model = SchoolTableModel(self.index, self, periods=self.periods)
        self.table = QTableView()
        self.table.setObjectName("schoolTable")
        self.table.setAccessibleName(self.tr("Programs"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # fixed row heights and interactive column widths: no per-row measuring on filter
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # column widths in characters, so they grow with the text size
        char = self.fontMetrics().averageCharWidth()
        for key, chars in (
            ("school", 40),
            ("city", 16),
            ("state", 9),
            ("program", 40),
            ("level", 15),
            ("online", 10),
            ("control", 17),
            ("tuition_in_state", 14),
            ("tuition_out_of_state", 14),
            ("completions", 11),
            ("distance", 10),
        ):
            header.resizeSection(COLUMN_OF[key], chars * char)
        self.table.setColumnHidden(COLUMN_OF["distance"], True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.detail = SchoolDetail(ctx.shortlister, self.selected_program, periods=self.periods)
        self.detail.closed.connect(self.table.clearSelection)
        self.detail.homeRequested.connect(self.set_home_school)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setMinimumHeight(self.fontMetrics().height() * 18)
        outer.addWidget(split, 1)

        sources = QLabel(
            self.tr(
                "Sources: IPEDS Completions {completions} (programs and graduates), Directory "
                "{directory}, Student Charges {tuition} (tuition and fees), Institutional "
                "Characteristics {distance} (distance education); programs matched to careers with "
                "the NCES CIP-SOC crosswalk. Online availability is reported per school and level, "
                "not per program."
            ).format(**self.periods)
        )
        sources.setObjectName("schoolSources")
        sources.setProperty("role", "source")
        sources.setWordWrap(True)
        outer.addWidget(sources)
        self.apply()

    # -- filter widgets -----------------------------------------------------------------
    def _filters(self) -> QWidget:
        box = QWidget()
        box.setObjectName("schoolFilters")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)

        self.search = QLineEdit()
        self.search.setObjectName("schoolSearch")
        self.search.setPlaceholderText(self.tr("School, city or other name…"))
        self.search.setAccessibleName(self.tr("Search schools"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply)

        self.state = QComboBox()
        self.state.setObjectName("stateFilter")
        self.state.setAccessibleName(self.tr("State"))
        self.state.addItem(self.tr("All states"), None)
        for st in self.ctx.store.states():
            self.state.addItem(st, st)
        self.state.currentIndexChanged.connect(self.apply)

        self.level = QComboBox()
        self.level.setObjectName("levelFilter")
        self.level.setAccessibleName(self.tr("Credential level"))
        self.level.addItem(self.tr("All levels"), None)
        for g in LEVEL_GROUPS:
            self.level.addItem(QCoreApplication.translate("Schools", str(LEVEL_LABELS[g])), g)
        self.level.currentIndexChanged.connect(self.apply)

        self.program = QComboBox()
        self.program.setObjectName("programFilter")
        self.program.setAccessibleName(self.tr("Career or program"))
        self.program.addItem(self.tr("All careers and programs"), None)
        for c in self._careers:
            self.program.addItem(
                self.tr("Leads to: {career}").format(career=c.title), f"career:{c.career_id}"
            )
        self.program.insertSeparator(self.program.count())
        for code, title in self.ctx.store.cip_programs():
            self.program.addItem(f"{title} ({code})", f"cip:{code}")
        self.program.currentIndexChanged.connect(self.apply)

        self.control = QComboBox()
        self.control.setObjectName("controlFilter")
        self.control.setAccessibleName(self.tr("School type"))
        self.control.addItem(self.tr("All school types"), None)
        for code, label in CONTROL_LABELS.items():
            self.control.addItem(QCoreApplication.translate("Schools", str(label)), code)
        self.control.currentIndexChanged.connect(self.apply)

        self.max_tuition = QSpinBox()
        self.max_tuition.setObjectName("maxTuition")
        self.max_tuition.setAccessibleName(self.tr("Maximum yearly tuition and fees"))
        self.max_tuition.setRange(0, 80000)
        self.max_tuition.setSingleStep(1000)
        self.max_tuition.setPrefix("$")
        self.max_tuition.setSpecialValueText(self.tr("Any tuition"))
        self.max_tuition.setGroupSeparatorShown(True)
        self.max_tuition.valueChanged.connect(self.apply)

        self.basis = QComboBox()
        self.basis.setObjectName("tuitionBasis")
        self.basis.setAccessibleName(self.tr("Tuition for"))
        self.basis.addItem(self.tr("in-state"), IN_STATE)
        self.basis.addItem(self.tr("out-of-state"), OUT_OF_STATE)
        self.basis.currentIndexChanged.connect(self.apply)

        self.hide_no_tuition = QCheckBox(self.tr("Hide schools with no reported tuition"))
        self.hide_no_tuition.setObjectName("hideNoTuition")
        self.hide_no_tuition.toggled.connect(self.apply)

        self.online = QCheckBox(self.tr("Online only"))
        self.online.setObjectName("onlineOnly")
        self.online.setToolTip(
            self.tr(
                "Schools that offer programs entirely online at this level. IPEDS reports this "
                "for the school as a whole, not for each program."
            )
        )
        self.online.setAccessibleDescription(self.online.toolTip())
        self.online.toggled.connect(self.apply)
        online_note = QLabel(self.tr("(reported per school, not per program)"))
        online_note.setProperty("role", "source")

        self.graduates = QCheckBox(self.tr("Had graduates last year"))
        self.graduates.setObjectName("hadGraduates")
        self.graduates.toggled.connect(self.apply)

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
        self.within.valueChanged.connect(self.apply)

        grid.addWidget(self.search, 0, 0)
        grid.addWidget(self.state, 0, 1)
        grid.addWidget(self.level, 0, 2)
        grid.addWidget(self.program, 0, 3)
        grid.addWidget(self.control, 0, 4)
        tuition = QHBoxLayout()
        tuition.addWidget(QLabel(self.tr("Tuition up to")))
        tuition.addWidget(self.max_tuition)
        tuition.addWidget(self.basis)
        tuition.addWidget(self.hide_no_tuition)
        tuition.addStretch(1)
        grid.addLayout(tuition, 1, 0, 1, 5)
        more = QHBoxLayout()
        more.addWidget(self.online)
        online_note.setWordWrap(True)
        more.addWidget(online_note, 1)
        more.addSpacing(16)
        more.addWidget(self.graduates)
        more.addStretch(1)
        grid.addLayout(more, 3, 0, 1, 5)
        distance = QHBoxLayout()
        distance.addWidget(self.home_label)
        distance.addWidget(self.within)
        distance.addStretch(1)
        grid.addLayout(distance, 4, 0, 1, 5)
        for col, stretch in enumerate((3, 1, 1, 3, 1)):
            grid.setColumnStretch(col, stretch)
        # combos may shrink (their closed text elides) so large text still fits 1280 px
        for combo, chars in (
            (self.state, 6),
            (self.level, 10),
            (self.program, 16),
            (self.control, 10),
            (self.basis, 8),
        ):
            combo.setMinimumContentsLength(chars)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        return box

    # -- filtering ----------------------------------------------------------------------
    def current_filter(self) -> SchoolFilter:
        program = self.program.currentData()
        cips = None
        if program is not None:
            kind, _, key = program.partition(":")
            cips = self._cip_for_career[key] if kind == "career" else frozenset({key})
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
        )

    def apply(self, *_args) -> None:
        f = self.current_filter()
        rows = filter_rows(self.index, f)
        self.model.set_rows(rows)
        total = len(self.index)
        self.count.setText(
            self.tr("{shown} of {total} programs").format(
                shown=fmt.count(len(rows)), total=fmt.count(total)
            )
        )
        self._limiting = None
        if not rows and f.active():
            self._limiting = most_limiting(self.index, f)
        if self._limiting:
            name, n = self._limiting
            self.empty.setText(
                self.tr(
                    "No program matches every filter. The “{filter}” filter removes the most: "
                    "without it, {count} programs match."
                ).format(filter=self.tr(str(FILTER_LABELS[name])), count=fmt.count(n))
            )
            self.clear_one.setText(
                self.tr("Clear “{filter}”").format(filter=self.tr(str(FILTER_LABELS[name])))
            )
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self._limiting))
        self.clear_one.setVisible(bool(self._limiting))
        if self.detail.unitid is not None:
            self._select_unitid(self.detail.unitid, open_detail=False)

    def _clear_limiting(self) -> None:
        if not self._limiting:
            return
        name = self._limiting[0]
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
        widget_reset[name]()

    def reset_filters(self) -> None:
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
        )
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        for combo in (self.state, self.level, self.program, self.control, self.basis):
            combo.setCurrentIndex(0)
        self.max_tuition.setValue(0)
        self.within.setValue(0)
        for box in (self.hide_no_tuition, self.online, self.graduates):
            box.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        self.apply()

    def table_rows(self) -> tuple[list[str], list[list[object]]]:
        """The filtered list as shown (same order), for export."""
        header = [
            self.tr("Program id"),
            self.tr("School"),
            self.tr("City"),
            self.tr("State"),
            self.tr("CIP code"),
            self.tr("Program"),
            self.tr("Award level"),
            self.tr("Online (school-wide)"),
            self.tr("Type"),
            self.tr("In-state tuition and fees"),
            self.tr("Out-of-state tuition and fees"),
            self.tr("Tuition year"),
            self.tr("Graduates {period}").format(period=self.periods["completions"]),
        ]
        if self.index.has_home:
            header.append(self.tr("Miles from home school"))
        ix = self.index
        rows: list[list[object]] = []
        for i in self.model.rows():
            p = ix.programs[i]
            row: list[object] = [
                p.program_id,
                p.school,
                p.city,
                p.state,
                p.cip_code,
                p.program,
                p.award_label,
                {True: "yes", False: "no", None: "not reported"}[ix.online[i]],
                p.control_label,
                ix.tuition[IN_STATE][i],
                ix.tuition[OUT_OF_STATE][i],
                p.tuition_year or "",
                p.completions,
            ]
            if ix.has_home:
                d = ix.distance[i]
                row.append(round(d) if d is not None else "")
            rows.append(row)
        return header, rows

    def export_csv(self) -> None:
        from ..files import save_csv, tell_not_saved

        title = self.tr("Export the school list")
        saved, message = save_csv(self, title, "schools.csv", self.table_rows)
        if message and not saved:
            tell_not_saved(self, title, message)

    def selected_program(self):
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.program_at(index.row())

    # -- selection and detail -----------------------------------------------------------
    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            p = self.model.program_at(current.row())
            self.detail.show_school(self.index, self.ctx.store.institution(p.unitid))

    def _select_unitid(self, unitid: int, open_detail: bool = True) -> bool:
        rows = self.model.rows()
        for r, i in enumerate(rows):
            if self.index.programs[i].unitid == unitid:
                sm = self.table.selectionModel()
                sm.blockSignals(not open_detail)
                sm.setCurrentIndex(
                    self.model.index(r, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                sm.blockSignals(False)
                self.table.scrollTo(self.model.index(r, 0))
                return True
        return False

    def show_school(self, unitid: int) -> None:
        """Open a school (from search): filters cleared, its first program selected."""
        self.reset_filters()
        if self._select_unitid(unitid):
            self.detail.show_school(self.index, self.ctx.store.institution(unitid))

    # -- distance -----------------------------------------------------------------------
    def set_home_school(self, unitid: int | None) -> None:
        """Measure distances from a school (the site's campus or the user's pick)."""
        if unitid is None:
            self.index.set_home(None, None)
            self.home_label.setText(
                self.tr("Distance: pick a school and choose “Measure distances from this school”.")
            )
        else:
            inst = self.ctx.store.institution(unitid)
            self.index.set_home(inst.latitude, inst.longitude, unitid)
            self.home_label.setText(
                self.tr("Distances from {school}, {city}, {state}. Show programs within").format(
                    school=inst.name, city=inst.city, state=inst.state
                )
            )
        has_home = self.index.has_home
        self.table.setColumnHidden(COLUMN_OF["distance"], not has_home)
        self.within.setEnabled(has_home)
        if not has_home:
            self.within.setValue(0)
        self.apply()

    def reset(self) -> None:
        self.detail.close_panel()
        self.table.clearSelection()
        self.model.clear_sort()
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.set_home_school(None)
        self.reset_filters()
        self.table.scrollToTop()
