"""Occupations: a snapshot of any O*NET occupation (issue 33). The guide profiles its own
careers in depth; for every other occupation a student meets in the interest results,
Related or the pathway map it shows what O*NET and BLS publish: what the work is, the most
important tasks, preparation, pay (nationally and in a state) and outlook, each with its
source and year, and where to read more."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.collate import by_name
from ...domain.geo import FIPS_TO_STATE
from ...domain.pathways import state_area
from ...domain.snapshot import TASKS_SHOWN, Snapshot
from ..context import Context, Link
from ..html.snapshot import about_html, figures_html, links_html, match_html, tasks_html
from ..look.retranslate import live
from ..widgets.basics import ScrollPage, heading
from ..widgets.flow import FlowLayout
from ..widgets.qr import qr_pixmap
from ..widgets.wrap_label import WrapLabel

MY_NEXT_MOVE = "https://www.mynextmove.org/profile/summary/{code}"
ONET_ONLINE = "https://www.onetonline.org/link/summary/{code}"


if TYPE_CHECKING:
    from ...store.protocols import CareerReader, InterestReader, SchoolReader, SnapshotReader

    class PageStore(CareerReader, InterestReader, SchoolReader, SnapshotReader, Protocol):
        """What this module's pages read of the guide database (for mypy: no cost at run
        time)."""


def _store(ctx: Context) -> PageStore:
    """The guide's store as these pages read it (mypy checks that it fits)."""
    return ctx.store


def occupation_link(store: SnapshotReader, onet_code: str) -> Link:
    """Where a named occupation opens: a guide career's profile, else its snapshot."""
    career = store.career_with(onet_code)  # (one query: no snapshot is built to ask)
    if career:
        return Link("careers", career=career)
    return Link("occupation", occupation=onet_code)


class OccupationPage(ScrollPage):
    page_id = "occupation"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__("occupationSnapshot", parent)
        self.ctx = ctx
        self.store = _store(ctx)
        self.code: str | None = None
        self.snap: Snapshot | None = None
        self.show_all = False
        self.add(live(heading("", 1), lambda: self.tr("Occupation snapshots")))
        self.add(self._choosers())
        self.hint = live(
            WrapLabel(),
            lambda: self.tr(
                "Choose any of O*NET's occupations, or open one from your interest results, "
                "Related or the Advancement map. The guide covers health records careers in "
                "depth; for other occupations it gives this snapshot of what O*NET and BLS "
                "publish."
            ),
        )
        self.add(self.hint)
        self.english = live(
            WrapLabel(),
            lambda: self.tr(
                "O*NET's and BLS's titles, descriptions and tasks are shown in English, as "
                "they publish them: there is no official translation."
            ),
        )
        self.english.setProperty("role", "note")
        self.add(self.english)
        self.about = self._rich("occupationAbout")
        self.tasks = self._rich("occupationTasks")
        self.more = QPushButton()
        self.more.setObjectName("occupationAllTasks")
        self.more.clicked.connect(self._toggle_tasks)
        self.add(self.more)
        self.figures = self._rich("occupationFigures")
        self.careers_box = QWidget()
        self.careers_box.setObjectName("occupationCareers")
        self.careers_flow = FlowLayout(self.careers_box)
        self._career_buttons: list[QPushButton] = []  # made once, reused (PySide keeps them)
        self.add(self.careers_box)
        self.links = self._rich("occupationLinks")
        self.qr = QLabel()
        self.qr.setObjectName("occupationQr")
        self.add(self.qr)
        self.credit = WrapLabel()
        self.credit.setProperty("role", "source")
        self.add(self.credit)
        self.finish()
        self.reset()

    def _rich(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        self.add(label)
        return label

    def _choosers(self) -> QWidget:
        box = QWidget()
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 0, 0, 0)
        lay = QHBoxLayout()
        rows.addLayout(lay)
        lay.addWidget(QLabel(self.tr("Occupation:")))
        self.chooser = QComboBox()
        self.chooser.setObjectName("occupationChooser")
        self.chooser.setAccessibleName(self.tr("Occupation to show"))
        self.chooser.setEditable(True)
        self.chooser.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, title in sorted(self.store.snapshot_titles(), key=lambda t: t[1]):
            self.chooser.addItem(f"{title} ({code})", code)
        # as wide as the row allows, not as wide as the longest of 1,016 titles
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(16)
        field = self.chooser.lineEdit()
        if field is not None:
            field.setPlaceholderText(self.tr("Type part of a title or a code"))
        completer = self.chooser.completer()
        if completer is not None:  # typing any part of a title finds it
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        # a guide career's own code opens its full profile; any other code its snapshot
        self.chooser.activated.connect(
            lambda i: self.ctx.router.go(occupation_link(self.store, self.chooser.itemData(i)))
        )
        lay.addWidget(self.chooser, 1)
        lay = QHBoxLayout()
        rows.addLayout(lay)
        lay.addWidget(QLabel(self.tr("Pay in:")))
        self.state = QComboBox()
        self.state.setObjectName("occupationState")
        self.state.setAccessibleName(self.tr("State for pay"))
        self.state.addItem(self.tr("The whole US"), None)
        names = self.store.state_names()
        named = [(names[p], p) for p in FIPS_TO_STATE.values() if p in names]
        for name, postal in by_name(named, lambda n: n[0], self.ctx.lang):
            self.state.addItem(f"{name} ({postal})", postal)
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())
        lay.addWidget(self.state)
        lay.addStretch(1)
        return box

    # -- showing ------------------------------------------------------------------------
    def show_code(self, onet_code: str) -> None:
        self.code, self.show_all = onet_code, False
        i = self.chooser.findData(onet_code)
        self.chooser.blockSignals(True)
        self.chooser.setCurrentIndex(i)
        self.chooser.blockSignals(False)
        self.refresh()
        self.scroll_to_top()

    def refresh(self) -> None:
        postal = self.state.currentData()
        self.snap = (
            self.store.snapshot(self.code, state_area=state_area(postal) if postal else None)
            if self.code
            else None
        )
        snap = self.snap
        for w in (self.about, self.tasks, self.more, self.figures, self.links, self.credit):
            w.setVisible(snap is not None)
        self.careers_box.setVisible(bool(snap and snap.related_careers))
        self.qr.setVisible(snap is not None and self.ctx.kiosk)
        if snap is None:
            return
        self.about.setText(about_html(snap))
        self.tasks.setText(tasks_html(snap, self.show_all))
        self.more.setVisible(len(snap.tasks) > TASKS_SHOWN)
        self.more.setText(
            self.tr("Show fewer tasks")
            if self.show_all
            else self.tr("Show all {n} tasks").format(n=len(snap.tasks))
        )
        state = self.state.currentText().rsplit(" (", 1)[0] if postal else None
        scores = self.ctx.comparison.scores
        self.figures.setText(
            figures_html(snap, state) + (match_html(snap, *scores, self.store) if scores else "")
        )
        self._careers(snap)
        self._links(snap)

    def _toggle_tasks(self) -> None:
        self.show_all = not self.show_all
        self.refresh()

    def _careers(self, snap: Snapshot) -> None:
        titles = {c.career_id: c.title for c in self.store.careers(lang=self.ctx.lang)}
        while len(self._career_buttons) < len(snap.related_careers):
            button = QPushButton()
            button.clicked.connect(self._career_clicked)
            self.careers_flow.addWidget(button)
            self._career_buttons.append(button)
        for i, button in enumerate(self._career_buttons):
            shown = i < len(snap.related_careers)
            button.setVisible(shown)
            if shown:
                cid = snap.related_careers[i]
                button.setText(self.tr("Related guide career: {title}").format(title=titles[cid]))
                button.setObjectName(f"occupationCareer-{cid}")
                button.setProperty("career", cid)

    def _career_clicked(self) -> None:
        cid = self.sender().property("career")
        if isinstance(cid, str):
            self.ctx.router.go(Link("careers", career=cid))

    def _links(self, snap: Snapshot) -> None:
        mnm = MY_NEXT_MOVE.format(code=snap.onet_code)
        onet = ONET_ONLINE.format(code=snap.onet_code)
        self.links.setText(links_html(mnm, onet))
        if self.ctx.kiosk:
            self.qr.setPixmap(qr_pixmap(mnm, 3))
            self.qr.setAccessibleName(self.tr("QR code of {url}").format(url=mnm))
        attributions = [snap.source.attribution]
        if snap.tasks_source is not None:
            attributions.append(snap.tasks_source.attribution)
        self.credit.setText(" ".join(attributions))

    # -- the Page protocol --------------------------------------------------------------
    def retranslate(self) -> None:
        self.refresh()

    def open(self, link: Link) -> None:
        if link.occupation:
            self.show_code(link.occupation)

    def location(self) -> Link:
        return Link(self.page_id, occupation=self.code)

    def reset(self) -> None:
        self.code, self.snap, self.show_all = None, None, False
        site = self.ctx.config.default_state
        self.state.blockSignals(True)
        self.state.setCurrentIndex(max(0, self.state.findData(site)) if site else 0)
        self.state.blockSignals(False)
        self.chooser.setCurrentIndex(-1)
        self.refresh()
        self.scroll_to_top()
