"""A kiosk's reset forgets the last student (issue 35): after it, nothing they typed comes
back through undo, redo, paste or a middle click, and nothing built from their answers
stays in a hidden widget, a model or the clipboard. Dialogs are freed when they close, and
fields keep bounded lengths and undo histories."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from hrguide.domain.shortlist import CAREER
from hrguide.ui.shell.registry import PAGE_IDS

pytestmark = pytest.mark.gui

MARK = "zqxmark"


def _fields(root: QWidget) -> list[QLineEdit]:
    """The visible, editable text fields of the guide under `root` (not spin boxes')."""
    return [
        e
        for e in root.findChildren(QLineEdit)
        if e.isVisible()
        and not e.isReadOnly()
        and e.isEnabled()
        and not isinstance(e.parentWidget(), QAbstractSpinBox)
    ]


def _every_field(win, qtbot):
    """(page id, field) for every text field the student can type in, page by page."""
    found = []
    for page_id in PAGE_IDS:
        win.router.open(page_id)
        page = win.router.page(page_id)
        qtbot.waitUntil(page.isVisible)
        found += [(page_id, f) for f in _fields(page)]
    found += [("header", f) for f in _fields(win.header)]
    return found


def _texts_everywhere() -> list[str]:
    """Every text the widget tree and its views' models hold, shown or hidden."""
    out: list[str] = []
    for w in QApplication.allWidgets():
        out += [w.accessibleName(), w.accessibleDescription(), w.toolTip(), w.windowTitle()]
        if isinstance(w, QLabel | QLineEdit | QPushButton):
            out.append(w.text())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for r in range(model.rowCount(QModelIndex())):
                for c in range(columns):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(model.index(r, c), role)
                        if value is not None:
                            out.append(str(value))
    clipboard = QGuiApplication.clipboard()
    out += [clipboard.text(QClipboard.Mode.Clipboard), clipboard.text(QClipboard.Mode.Selection)]
    return out


def _type_mark(field: QLineEdit, qtbot) -> None:
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(field, MARK)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # to the clipboard
    field.setSelection(0, len(field.text()))  # the selection, where the platform has one


def _finish_interest_check(win, qtbot) -> None:
    win.router.open("interest-check")
    page = win.router.page("interest-check")
    for _ in range(len(page.items)):
        it = page.items[page.current]
        qtbot.mouseClick(
            page.findChild(QPushButton, f"answer-{it.number}-5"), Qt.MouseButton.LeftButton
        )
    qtbot.mouseClick(page.findChild(QPushButton, "interestSeeResults"), Qt.MouseButton.LeftButton)
    qr = page.findChild(QLabel, "interestQr")
    assert not qr.pixmap().isNull() and "QR code of your six scores" in qr.accessibleName()


def test_after_a_reset_no_field_brings_the_last_students_words_back(kiosk_window, qtbot):
    win = kiosk_window
    win.shortlister.add(CAREER, "medical-coder", "Medical coder")  # the note field shows
    fields = _every_field(win, qtbot)
    names = {f.objectName() for _, f in fields}
    # the five fields the report names, at least
    assert {"globalSearch", "schoolSearch", "metroSearch"} <= names, names
    for page_id, field in fields:
        if page_id != "header":
            win.router.open(page_id)
        _type_mark(field, qtbot)
    _finish_interest_check(win, qtbot)
    assert any(MARK in t for t in _texts_everywhere())  # the check can see the marks
    win.kiosk_controller.reset()
    win.kiosk_controller.attract.hide()
    for page_id, field in _every_field(win, qtbot):
        field.setFocus(Qt.FocusReason.MouseFocusReason)
        for key in (Qt.Key.Key_Z, Qt.Key.Key_Y, Qt.Key.Key_V):
            qtbot.keyClick(field, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.mouseClick(field, Qt.MouseButton.MiddleButton)
        assert MARK not in field.text(), (page_id, field.objectName())
    found = [t for t in _texts_everywhere() if MARK in t]
    assert found == []
    page = win.router.page("interest-check")
    qr = page.findChild(QLabel, "interestQr")
    assert qr.pixmap().isNull() and qr.accessibleName() == ""
    chart = page.findChild(QWidget, "interestChart")
    assert chart.accessibleDescription() == ""


def test_undo_history_is_bounded_and_fields_have_a_length_limit(window, qtbot):
    """Repeated pastes into a field kept every one for undo; now at most UNDO_STEPS edits
    are kept, and every field has a limit."""
    from hrguide.ui.widgets.fields import FIELD_MAX_CHARS, UNDO_STEPS

    window.router.open("schools")
    search = window.router.page("schools").findChild(QLineEdit, "schoolSearch")
    assert 0 < search.maxLength() <= FIELD_MAX_CHARS
    search.setFocus()
    for _ in range(UNDO_STEPS * 2 + 7):  # the history is cleared after 100 edits
        qtbot.keyClick(search, Qt.Key.Key_X)
    for _ in range(UNDO_STEPS * 3):
        qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # undo reaches back to the last clearing, not to the empty field
    assert search.text() == "x" * (UNDO_STEPS * 2) and not search.isUndoAvailable()
    for page_id in PAGE_IDS:
        window.router.open(page_id)
        for field in _fields(window.router.page(page_id)):
            assert field.maxLength() <= FIELD_MAX_CHARS, field.objectName()


def test_dialogs_are_freed_when_they_close(qtbot):
    """Every PIN prompt and help dialog stayed alive after closing (300 PIN prompts took
    82 -> 397 MB)."""
    from conftest import GUIDE_DB

    from hrguide.app import create_main_window
    from hrguide.config import KioskConfig, SiteConfig
    from hrguide.domain.pin import hash_pin

    pin = hash_pin("2468", iterations=1000)
    cfg = SiteConfig(kiosk=KioskConfig(enabled=True, admin_pin_hash=pin))
    kiosk_window = create_main_window(GUIDE_DB, config=cfg)
    qtbot.addWidget(kiosk_window)
    kiosk_window.show_for_mode()
    qtbot.waitUntil(kiosk_window.ready)
    ctl = kiosk_window.kiosk_controller
    for _ in range(5):
        kiosk_window.show_keyboard_help()
        help_dialog = kiosk_window.findChild(QDialog, "keyboardHelp")
        qtbot.waitUntil(help_dialog.isVisible)
        help_dialog.reject()
        qtbot.waitUntil(lambda: kiosk_window.findChild(QDialog, "keyboardHelp") is None)
    for _ in range(5):
        ctl.ask_pin()
        qtbot.waitUntil(lambda: ctl.pin_dialog is not None and ctl.pin_dialog.isVisible())
        ctl.pin_dialog.reject()
        qtbot.waitUntil(lambda: kiosk_window.findChild(QDialog, "adminPinDialog") is None)
    assert ctl.pin_dialog is None
    ctl.release()


def test_a_kiosk_without_a_printer_says_so_and_offers_the_list_as_a_qr_code(qtbot, monkeypatch):
    """Kiosk printing failed silently ("QPainter::begin(): Returned false") where no
    printer was set up; now it says so in plain words and shows the list as a QR code,
    which a reset forgets."""
    import zxingcpp
    from conftest import GUIDE_DB
    from PySide6.QtGui import QImage

    from hrguide.app import create_main_window
    from hrguide.config import KioskConfig, SiteConfig
    from hrguide.ui.print import printing

    monkeypatch.setattr(printing, "print_direct", lambda html, title: False)  # no printer
    cfg = SiteConfig(kiosk=KioskConfig(enabled=True, printing=True))
    win = create_main_window(GUIDE_DB, config=cfg)
    qtbot.addWidget(win)
    win.show_for_mode()
    qtbot.waitUntil(win.ready)
    win.shortlister.add(CAREER, "medical-coder", "Medical coder")
    win.router.open("shortlist")
    page = win.router.page("shortlist")
    qtbot.mouseClick(page.findChild(QPushButton, "printHandout"), Qt.MouseButton.LeftButton)
    message = page.findChild(QLabel, "shortlistMessage").text()
    assert "no printer" in message and "Scan the code" in message
    qr = page.findChild(QLabel, "shortlistQr")
    assert qr.isVisible()
    img = qr.pixmap().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    found = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == 1 and "- Medical coder" in found[0].text
    win.kiosk_controller.reset()
    assert qr.pixmap().isNull() and not qr.isVisible() and qr.accessibleName() == ""
    win.kiosk_controller.release()


def test_the_list_text_for_the_qr_code_stays_short():
    from hrguide.ui.print.handout_bar import QR_TEXT_MAX, list_text

    assert list_text("Ana", ["Coder", "Registrar"]) == "Ana\n- Coder\n- Registrar"
    long = list_text("Ana", [f"Program number {i} at a college" for i in range(100)])
    assert len(long) <= QR_TEXT_MAX and long.endswith(")") and "(+" in long
