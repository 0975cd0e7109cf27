"""Shortlist: named lists of careers and programs, notes, the handout and CSV export."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.shortlist import CAREER, NAME_MAX, NOTE_MAX, PROGRAM, resolve
from ...store.userdata_errors import UserDataUnavailable
from ..context import Context, Link
from ..look import vocab
from ..models.tables import Column, RecordTableModel
from ..print.handout_bar import HandoutBar
from ..widgets.basics import heading, plain_wrapping, scrolling_body, table_view
from ..widgets.cards import adapt
from ..widgets.flow import FlowLayout
from ..widgets.placeholder import room_for_placeholder

if TYPE_CHECKING:
    from typing import Any

    from ...domain.shortlist import ResolvedItem
    from ...store.protocols import CareerReader, SchoolReader

    class PageStore(CareerReader, SchoolReader, Protocol):
        """What this module's pages read of the guide database (for mypy: no cost at run
        time)."""


def _store(ctx: Context) -> PageStore:
    """The guide's store as these pages read it (mypy checks that it fits)."""
    return ctx.store


T = TypeVar("T")


class ShortlistPage(QWidget):
    page_id = "shortlist"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortlistPage")
        self.ctx = ctx
        self.store = _store(ctx)
        self.sl = ctx.shortlister
        self._undo: dict[str, Any] | None = None
        self._made_after_delete: set[int] = set()  # lists a delete left (undo removes them)
        scroll, body = scrolling_body("shortlistScroll")  # where it does not fit, it scrolls
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(24, 16, 24, 12)
        self._build_intro(lay)
        self._build_list_controls(lay)
        self._build_items(lay)
        self._build_item_actions(lay)
        self.outputs = HandoutBar(ctx, self._resolved, self._say)
        lay.addWidget(self.outputs)
        self.sl.changed.connect(self.refresh)
        self.refresh()

    def _build_intro(self, lay: QVBoxLayout) -> None:
        """The heading, what the page is for, and the notice line."""
        ctx = self.ctx
        lay.addWidget(heading(self.tr("Shortlist"), 1))
        intro = QLabel(
            self.tr(
                "Star careers and programs anywhere in the guide (☆) to collect them here. "
                "Nothing is kept after you leave."
            )
            if ctx.kiosk
            else self.tr(
                "Star careers and school programs anywhere in the guide (☆) to collect them "
                "here. Keep one list per student, add notes, and print or save a handout."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.notice = QLabel()
        self.notice.setObjectName("shortlistNotice")
        self.notice.setProperty("role", "note")
        plain_wrapping(self.notice)
        self.notice.hide()
        lay.addWidget(self.notice)
        self.sl.notice.connect(self._show_notice)
        if self.sl.last_notice:  # told before this page was built (the store opens early)
            self._show_notice(self.sl.last_notice)

    def _build_list_controls(self, lay: QVBoxLayout) -> None:
        """Choose, name, make, rename and delete lists; undo a delete."""
        row_box = QWidget()  # rows of controls wrap where one line does not hold them
        row = FlowLayout(row_box)
        row.addWidget(QLabel(self.tr("List:")))
        self.picker = QComboBox()
        self.picker.setObjectName("shortlistPicker")
        self.picker.setAccessibleName(self.tr("Current shortlist"))
        self.picker.setMinimumContentsLength(16)
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.activated.connect(self._picked)
        row.addWidget(self.picker)
        self.name = QLineEdit()
        self.name.setObjectName("shortlistName")
        self.name.setPlaceholderText(self.tr("Name, e.g. 10th grade - spring visit"))
        self.name.setAccessibleName(self.tr("Shortlist name"))
        self.name.setMaxLength(NAME_MAX)
        room_for_placeholder(self.name, 24)
        row.addWidget(self.name)
        for text, name, slot in (
            (self.tr("New list"), "newShortlist", self.new_list),
            (self.tr("Rename"), "renameShortlist", self.rename_list),
            (self.tr("Delete list"), "deleteShortlist", self.delete_list),
        ):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(slot)
            row.addWidget(b)
        lay.addWidget(row_box)
        undo_row = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("shortlistMessage")
        plain_wrapping(self.message)
        undo_row.addWidget(self.message, 1)
        self.undo = QPushButton(self.tr("Undo"))
        self.undo.setObjectName("undoDelete")
        self.undo.clicked.connect(self.undo_delete)
        self.undo.hide()
        undo_row.addWidget(self.undo)
        lay.addLayout(undo_row)

    def _build_items(self, lay: QVBoxLayout) -> None:
        """The list's careers and programs, as a table or cards."""
        self.model = RecordTableModel(
            [
                Column(
                    self.tr("Kind"),
                    lambda r: self.tr("Career") if r.item.kind == CAREER else self.tr("Program"),
                ),
                Column(self.tr("Name"), lambda r: r.title),
                Column(self.tr("Details"), lambda r: r.subtitle),
                Column(
                    self.tr("Status"), lambda r: "" if r.listed else self.tr("no longer listed")
                ),
                Column(self.tr("Note"), lambda r: r.item.note),
            ],
            parent=self,
        )
        self.table = table_view(
            self.model,
            "shortlistItems",
            stretch=1,
            accessible_name=self.tr("Shortlisted careers and programs"),
        )
        self.table.selectionModel().currentRowChanged.connect(self._item_selected)
        lay.addWidget(self.table, 1)
        adapt(self.table, fit_height=False)  # cards where the columns do not fit

    def _build_item_actions(self, lay: QVBoxLayout) -> None:
        """A note on the selected item, remove it, compare the programs."""
        note_box = QWidget()
        note_row = FlowLayout(note_box)
        note_row.addWidget(QLabel(self.tr("Note:")))
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.note.setObjectName("itemNote")
        self.note.setAccessibleName(self.tr("Note for the selected item"))
        self.note.setPlaceholderText(self.tr("Select an item, type a note, press Enter"))
        self.note.returnPressed.connect(self.save_note)
        room_for_placeholder(self.note, 30)
        note_row.addWidget(self.note)
        save = QPushButton(self.tr("Save note"))
        save.setObjectName("saveNote")
        save.clicked.connect(self.save_note)
        note_row.addWidget(save)
        remove = QPushButton(self.tr("Remove item"))
        remove.setObjectName("removeItem")
        remove.clicked.connect(self.remove_item)
        note_row.addWidget(remove)
        compare = QPushButton(self.tr("Compare these programs"))
        compare.setObjectName("compareShortlisted")
        compare.clicked.connect(self.compare_programs)
        note_row.addWidget(compare)
        lay.addWidget(note_box)

    # -- data ---------------------------------------------------------------------------
    def _resolved(self) -> list[ResolvedItem]:
        store = self.store
        careers = {c.career_id: c.title for c in store.careers(lang=self.ctx.lang)}
        programs = {p.program_id: (p.school, vocab.program_place(p)) for p in store.programs()}
        return resolve(self.sl.store.items(self.sl.current().list_id), careers, programs)

    def refresh(self) -> None:
        row = self.table.currentIndex().row()  # the item selected stays selected
        current = self.sl.current()
        self.picker.blockSignals(True)
        self.picker.clear()
        for lst in self.sl.lists():
            self.picker.addItem(lst.name, lst.list_id)
        self.picker.setCurrentIndex(max(0, self.picker.findData(current.list_id)))
        self.picker.blockSignals(False)
        self.model.set_rows(self._resolved())
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)

    retranslate = refresh  # the careers' and programs' names in the new language

    def _picked(self, index: int) -> None:
        self.sl.select(self.picker.itemData(index))

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    # -- lists --------------------------------------------------------------------------
    def _say(self, text: str, undo: bool = False) -> None:
        self.message.setText(text)
        self.undo.setVisible(undo)

    def _write(self, action: Callable[[], T]) -> T | None:
        """Run a change of the user database; say plainly why it failed (a clash of names,
        or a locked, full or read-only file) and return None, changing nothing."""
        try:
            return action()
        except UserDataUnavailable as exc:
            self._say(self.sl.unavailable_text(str(exc)))
        except ValueError as exc:
            self._say(str(exc))
        return None

    def _did(self, change: Callable[[], object]) -> bool:
        """`_write` for a change that returns nothing: True when it was made."""
        return self._write(lambda: (change(), True)) is not None

    def new_list(self) -> None:
        name = self.name.text().strip() or self.tr("Student {n}").format(
            n=len(self.sl.store.lists()) + 1
        )
        lst = self._write(lambda: self.sl.store.create(name))
        if lst is None:
            return
        self.name.clear()
        self._say(self.tr("Started the list “{name}”.").format(name=lst.name))
        self.sl.select(lst.list_id)

    def rename_list(self) -> None:
        if not self._did(lambda: self.sl.store.rename(self.sl.current().list_id, self.name.text())):
            return
        self.name.clear()
        self.sl.changed.emit()

    def delete_list(self) -> None:
        lst = self.sl.current()
        snapshot = self._write(lambda: self.sl.store.delete(lst.list_id))
        if snapshot is None:
            return
        self._undo = snapshot
        remaining = {other.list_id for other in self.sl.store.lists()}
        self.sl.current_id = None
        self._say(self.tr("Deleted the list “{name}”.").format(name=lst.name), undo=True)
        self.sl.changed.emit()
        # deleting the last list makes a fresh empty one; undo takes that away again
        self._made_after_delete = {other.list_id for other in self.sl.store.lists()} - remaining

    def undo_delete(self) -> None:
        undo = self._undo
        if undo is None:
            return
        for list_id in self._made_after_delete:
            if not self.sl.store.items(list_id):
                self._write(partial(self.sl.store.delete, list_id))
        self._made_after_delete = set()
        lst = self._write(lambda: self.sl.store.restore(undo))
        if lst is None:  # a list of that name was made meanwhile, or the file is locked
            return
        self._undo = None
        self._say(self.tr("Restored the list “{name}”.").format(name=lst.name))
        self.sl.select(lst.list_id)

    # -- items --------------------------------------------------------------------------
    def _selected(self) -> ResolvedItem | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        record: ResolvedItem = self.model.record(index.row())
        return record

    def _item_selected(self, *_args: object) -> None:
        r = self._selected()
        self.note.setText(r.item.note if r else "")

    def save_note(self) -> None:
        r = self._selected()
        if r is None:
            return
        if not self._did(lambda: self.sl.store.set_note(r.item.item_id, self.note.text())):
            return
        self.sl.changed.emit()  # (the row stays selected: refresh)

    def remove_item(self) -> None:
        r = self._selected()
        if r is None:
            return
        if self._did(lambda: self.sl.store.remove(r.item.list_id, r.item.kind, r.item.ref)):
            self.sl.changed.emit()

    def compare_programs(self) -> None:
        """The list's programs (the first four still listed) side by side."""
        ids = [r.item.ref for r in self._resolved() if r.item.kind == PROGRAM and r.listed]
        self.ctx.comparison.set_programs(ids)
        self.ctx.router.open("program-compare")

    # -- the Page protocol --------------------------------------------------------------
    def open(self, link: Link) -> None:
        pass  # the current list is the place

    def location(self) -> Link:
        return Link(self.page_id)

    def reset(self) -> None:
        self.name.clear()
        self.note.clear()
        self._undo = None
        self._say("")  # the shortlist itself is the window's to forget (a kiosk reset)
