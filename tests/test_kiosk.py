"""Kiosk mode: no way out, idle reset to the start state, attract screen, admin PIN, QR."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import GUIDE_DB, ROOT, open_listed
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QListWidget, QTabWidget

from hrguide.config import KioskConfig, SiteConfig
from hrguide.domain.compare import DEFAULT_CAREERS
from hrguide.domain.pin import PinGuard, hash_pin, verify_pin
from hrguide.ui.context import Link

pytestmark = pytest.mark.gui

PIN = "2468"
PIN_HASH = hash_pin(PIN, iterations=1000)  # few iterations: fast tests, same code path


@pytest.fixture
def kiosk(qtbot):
    from hrguide.app import create_main_window

    cfg = SiteConfig(
        kiosk=KioskConfig(
            enabled=True, idle_seconds=1, countdown_seconds=1, admin_pin_hash=PIN_HASH
        )
    )
    win = create_main_window(GUIDE_DB, config=cfg)
    qtbot.addWidget(win)
    win.show_for_mode()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.ready)  # the first page painted; the shortcuts come with it
    yield win
    win.kiosk_controller.release()


class _KeySpy(QObject):
    """Records every key event that reaches the object it watches (after the application's
    own event filters, where the kiosk controller sits)."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[tuple[str, int]] = []

    def eventFilter(self, obj, event):
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            self.keys.append((obj.objectName() or type(obj).__name__, event.key()))
        return False


def test_kiosk_is_full_screen_and_frameless(kiosk):
    assert kiosk.kiosk and kiosk.isFullScreen()
    assert kiosk.windowFlags() & Qt.WindowType.FramelessWindowHint


@pytest.mark.parametrize(
    ("key", "mods"),
    [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
    ],
)
def test_escape_keys_are_swallowed_and_the_window_stays(kiosk, qtbot, key, mods):
    """Keys go the way a keyboard's do: through the platform window to the focused widget
    (QTest on the QWindow), and straight at the focused widget and the window. None of them
    reaches a widget, and the window stays open, full screen and active."""
    from PySide6.QtTest import QTest

    qtbot.waitUntil(lambda: kiosk.router.is_built("careers"))
    kiosk.activateWindow()
    qtbot.waitUntil(kiosk.isActiveWindow)
    kiosk.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is kiosk.search)
    assert kiosk.isFullScreen()
    spy = _KeySpy()
    for watched in (kiosk.search, kiosk):
        watched.installEventFilter(spy)
    QTest.keyClick(kiosk.windowHandle(), key, mods)
    QTest.keyClick(kiosk.search, key, mods)
    QTest.keyClick(kiosk, key, mods)
    QApplication.processEvents()
    assert [k for k in spy.keys if k[1] == key] == []  # (the modifier keys alone may pass)
    assert kiosk.isVisible() and kiosk.isFullScreen() and kiosk.isActiveWindow()
    assert not kiosk.isMinimized()
    assert kiosk.size() == kiosk.screen().size()


def test_an_ordinary_key_still_reaches_the_focused_widget(kiosk, qtbot):
    """The spy above would see a key the kiosk lets through: typing still works."""
    from PySide6.QtTest import QTest

    kiosk.activateWindow()
    qtbot.waitUntil(kiosk.isActiveWindow)
    kiosk.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is kiosk.search)
    spy = _KeySpy()
    kiosk.search.installEventFilter(spy)
    QTest.keyClick(kiosk.windowHandle(), Qt.Key.Key_C)
    assert any(k == Qt.Key.Key_C for _, k in spy.keys)
    assert kiosk.search.text() == "c"


def test_the_window_keeps_the_screen_size_when_a_page_is_wider(kiosk, qtbot):
    """The offscreen test screen (800x800) is narrower than the guide's pages: the kiosk
    window still fills exactly the screen and stays full screen (it used to grow to the
    pages' minimum width and drop full screen at the first key)."""
    from PySide6.QtTest import QTest

    qtbot.waitUntil(lambda: kiosk.router.is_built("careers"))
    kiosk.router.open("schools")
    QTest.keyClick(kiosk.windowHandle(), Qt.Key.Key_A)
    QApplication.processEvents()
    assert kiosk.isFullScreen()
    assert kiosk.size() == kiosk.screen().size()


def test_close_request_is_refused(kiosk):
    event = QCloseEvent()
    QApplication.sendEvent(kiosk, event)
    assert not event.isAccepted()
    assert kiosk.isVisible()
    kiosk.close()
    assert kiosk.isVisible()


def test_context_menus_are_off(kiosk):
    from PySide6.QtGui import QContextMenuEvent

    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5))
    assert kiosk.kiosk_controller.eventFilter(kiosk.search, event)


def test_idle_overlay_appears_and_a_touch_cancels_it(kiosk, qtbot):
    ctl = kiosk.kiosk_controller
    ctl.config = KioskConfig(
        enabled=True, idle_seconds=1, countdown_seconds=30, admin_pin_hash=PIN_HASH
    )
    qtbot.waitUntil(ctl.overlay.isVisible, timeout=4000)
    assert "Still there?" in ctl.overlay.title.text()
    assert "30" in ctl.overlay.countdown.text()
    qtbot.mouseClick(kiosk.tabs, Qt.MouseButton.LeftButton)
    assert not ctl.overlay.isVisible()
    assert ctl.resets == 0


def _dirty_everything(win, qtbot):
    """Change every piece of state a student can change."""
    win.router.go(Link("careers", career="medical-coder"))
    compare = win.router.page("compare")
    picker = compare.findChild(QListWidget, "compareCareers")
    for i in range(picker.count()):
        if picker.item(i).data(Qt.ItemDataRole.UserRole) == "database-administrator":
            picker.item(i).setCheckState(Qt.CheckState.Checked)
    compare.findChild(QCheckBox, "compareHistory").setChecked(True)
    compare.verticalScrollBar().setValue(compare.verticalScrollBar().maximum())
    earnings = win.router.page("earnings")
    earnings.career.setCurrentIndex(3)
    earnings.metro_search.setText("Denver")
    earnings.verticalScrollBar().setValue(200)
    schools = win.router.page("schools")
    schools.filters.search.setText("college")
    schools.filters.online.setChecked(True)
    schools.filters.state.setCurrentIndex(4)
    win.router.page("daily-work").career.setCurrentIndex(2)
    win.search.setText("coder")
    win.router.open("schools")
    open_listed(schools, 0, qtbot)  # the first school's page
    return schools


def test_reset_brings_every_piece_of_state_back(kiosk, qtbot):
    ctl = kiosk.kiosk_controller
    ctl.idle.stop()  # changing everything can take over a second on a busy machine
    schools = _dirty_everything(kiosk, qtbot)
    assert schools.detail.isVisible()
    ctl.idle.start()
    qtbot.waitUntil(lambda: ctl.resets == 1, timeout=6000)
    tabs = kiosk.findChild(QTabWidget, "pages")
    assert tabs.currentIndex() == 0
    assert kiosk.router.page("careers").current_career is None
    compare = kiosk.router.page("compare")
    assert compare.selected() == list(DEFAULT_CAREERS)
    assert not compare.findChild(QCheckBox, "compareHistory").isChecked()
    assert compare.verticalScrollBar().value() == 0
    earnings = kiosk.router.page("earnings")
    first = kiosk.store.careers()[0].career_id  # the guide's first, where choosers start
    assert earnings.career.currentData() == first and earnings.metro_search.text() == ""
    assert earnings.verticalScrollBar().value() == 0
    assert schools.filters.search.text() == "" and not schools.filters.online.isChecked()
    assert schools.filters.state.currentIndex() == 0 and schools.model.rowCount() == 5086
    assert not schools.detail.isVisible()
    assert kiosk.router.page("daily-work").career.currentData() == first
    assert kiosk.search.text() == ""
    assert not kiosk.header.back_button.isEnabled() and not kiosk.header.forward_button.isEnabled()


def test_reset_brings_back_the_sites_language_text_size_and_contrast(kiosk, qtbot):
    from PySide6.QtTest import QTest

    app = QApplication.instance()
    s = kiosk.settings
    ctl = kiosk.kiosk_controller
    ctl.idle.stop()
    start = (s.language, s.text_scale, s.high_contrast, app.font().pointSizeF())
    assert start[:3] == ("en", 1.25, False)  # the kiosk's default text size, in English
    kiosk.header.language.setCurrentIndex(kiosk.header.language.findData("es"))
    QTest.keyClick(kiosk.windowHandle(), Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    kiosk.header.contrast_button.setChecked(True)
    assert (s.language, s.high_contrast) == ("es", True)
    assert s.text_scale > 1.25 and app.font().pointSizeF() > start[3]
    assert kiosk.tabs.tabText(0) != "Careers"
    ctl.idle.start()
    qtbot.waitUntil(lambda: ctl.resets == 1, timeout=6000)
    assert (s.language, s.text_scale, s.high_contrast, app.font().pointSizeF()) == start
    assert kiosk.tabs.tabText(0) == "Careers"
    assert (
        kiosk.header.language.currentData() == "en" and not kiosk.header.contrast_button.isChecked()
    )
    assert "Find a school" in [w.text() for w in kiosk.router.page("schools").findChildren(QLabel)]


def test_attract_screen_appears_after_reset_and_leaves_on_touch(kiosk, qtbot):
    ctl = kiosk.kiosk_controller
    qtbot.waitUntil(ctl.attract.isVisible, timeout=6000)
    highlight = ctl.attract.findChild(QLabel, "attractHighlight").text()
    source = ctl.attract.findChild(QLabel, "attractSource").text()
    assert "half earn more than $" in highlight and "(" not in highlight  # no source in it
    assert source == "Source: BLS OEWS, May 2025"  # named once, apart
    before = ctl.attract.highlight.text()
    ctl.attract.next_highlight()
    assert ctl.attract.highlight.text() != before
    assert "jobs expected to" in ctl.attract.highlight.text()
    assert "2025-35" in ctl.attract.findChild(QLabel, "attractSource").text()
    qtbot.mouseClick(kiosk.tabs, Qt.MouseButton.LeftButton)
    assert not ctl.attract.isVisible()


def test_admin_gesture_and_pin(kiosk, qtbot, monkeypatch):
    ctl = kiosk.kiosk_controller
    from PySide6.QtTest import QTest

    QTest.keyClick(
        kiosk.windowHandle(),
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: ctl.pin_dialog is not None and ctl.pin_dialog.isVisible())
    dialog = ctl.pin_dialog
    dialog.pin.setText("0000")
    dialog.submit()
    assert dialog.isVisible() and "Wrong PIN" in dialog.message.text()
    exits = []
    monkeypatch.setattr(QApplication.instance(), "exit", lambda code=0: exits.append(code))
    dialog.pin.setText(PIN)
    dialog.submit()
    assert exits == [0]
    assert kiosk.close()  # the window may close now


def _tap(win, widget, pos) -> None:
    """A tap as the platform delivers it: a press and release on the window at `pos`
    (window coordinates), reaching whatever widget lies there."""
    from PySide6.QtTest import QTest

    QTest.mouseClick(
        win.windowHandle(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        widget.mapTo(win, pos),
    )


def test_five_corner_taps_open_the_pin_prompt(kiosk, qtbot):
    ctl = kiosk.kiosk_controller
    qtbot.waitUntil(lambda: kiosk.router.is_built("careers"))
    for _ in range(5):
        _tap(kiosk, kiosk, QPoint(40, 30))  # an empty spot of the header's corner
    qtbot.waitUntil(lambda: ctl.pin_dialog is not None and ctl.pin_dialog.isVisible())


def test_five_quick_taps_on_back_do_not_open_the_pin_prompt(kiosk, qtbot):
    """Back sits near the admin corner: tapping it quickly is going back, nothing more."""
    ctl = kiosk.kiosk_controller
    qtbot.waitUntil(lambda: kiosk.router.is_built("careers"))
    back = kiosk.header.back_button
    assert back.mapTo(kiosk, QPoint(0, 0)).x() >= 80  # out of the corner
    for _ in range(5):
        _tap(kiosk, back, back.rect().center())
    for _ in range(2):  # the first tab, below the corner, is not an admin spot either
        bar = kiosk.tabs.tabBar()
        _tap(kiosk, bar, bar.tabRect(0).center())
    QApplication.processEvents()
    assert ctl.pin_dialog is None


def test_kiosk_dialogs_have_no_title_bar_to_minimise_the_kiosk(kiosk, qtbot):
    from PySide6.QtWidgets import QDialog

    kiosk.kiosk_controller.ask_pin()
    pin = kiosk.kiosk_controller.pin_dialog
    kiosk.show_keyboard_help()
    keys = kiosk.findChild(QDialog, "keyboardHelp")
    for dialog in (pin, keys):
        qtbot.waitUntil(dialog.isVisible)
        flags = dialog.windowFlags()
        assert flags & Qt.WindowType.FramelessWindowHint, dialog.objectName()
        assert not flags & Qt.WindowType.WindowMinimizeButtonHint
        dialog.reject()


@pytest.mark.parametrize("how", ["minimise", "hide", "normal"])
def test_the_kiosk_comes_back_full_screen_when_minimised_or_hidden(kiosk, qtbot, how):
    {"minimise": kiosk.showMinimized, "hide": kiosk.hide, "normal": kiosk.showNormal}[how]()
    qtbot.waitUntil(
        lambda: kiosk.isVisible() and not kiosk.isMinimized() and kiosk.isFullScreen(), timeout=3000
    )


def test_a_destroyed_kiosk_window_exits_non_zero(qtbot, monkeypatch):
    from shiboken6 import Shiboken

    from hrguide.app import create_main_window

    exits = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    win = create_main_window(GUIDE_DB, config=SiteConfig(kiosk=KioskConfig(enabled=True)))
    QApplication.instance().removeEventFilter(win.kiosk_controller)
    Shiboken.delete(win)
    assert exits == [70]
    released = create_main_window(GUIDE_DB, config=SiteConfig(kiosk=KioskConfig(enabled=True)))
    released.kiosk_controller.release()  # the admin's exit: closing is expected
    Shiboken.delete(released)
    assert exits == [70]


def test_a_reset_closes_an_open_drop_down(kiosk, qtbot):
    kiosk.header.language.showPopup()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    kiosk.kiosk_controller.reset()
    assert QApplication.activePopupWidget() is None
    assert kiosk.kiosk_controller.attract.isVisible()


def test_a_long_or_html_list_name_never_grows_the_kiosk(kiosk, qtbot):
    """300 characters with markup typed into the list name: the name is cut to the limit,
    shown as plain text, and the window keeps the screen's size (it grew to 5,246 px)."""
    from PySide6.QtWidgets import QLineEdit, QPushButton

    from hrguide.domain.shortlist import NAME_MAX

    qtbot.waitUntil(lambda: kiosk.router.is_built("careers"))
    kiosk.router.open("shortlist")
    page = kiosk.router.page("shortlist")
    size = kiosk.size()
    name = page.findChild(QLineEdit, "shortlistName")
    typed = "<img src='/etc/hrguide.png'><b>Bold</b>" + "W" * 300
    qtbot.keyClicks(name, typed)
    new = [b for b in page.findChildren(QPushButton) if b.objectName() == "newShortlist"]
    assert new, "the new-list button"
    qtbot.mouseClick(new[0], Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    lists = kiosk.shortlister.store.lists()
    assert any(lst.name == typed[:NAME_MAX] for lst in lists)
    assert page.message.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Bold</b>" in page.message.text()
    assert kiosk.size() == size == kiosk.screen().size()
    kiosk.kiosk_controller.reset()
    assert kiosk.size() == size


def test_no_pin_configured_means_no_exit(qtbot):
    from hrguide.app import create_main_window

    win = create_main_window(GUIDE_DB, config=SiteConfig(kiosk=KioskConfig(enabled=True)))
    qtbot.addWidget(win)
    ctl = win.kiosk_controller
    ctl.ask_pin()
    assert ctl.pin_dialog is None
    ctl.release()


def test_pin_hash_and_rate_limit():
    stored = hash_pin(PIN, iterations=1000)
    assert stored.startswith("pbkdf2_sha256$1000$") and PIN not in stored
    assert verify_pin(PIN, stored) and not verify_pin("1111", stored)
    assert hash_pin(PIN) != hash_pin(PIN)  # salted
    now = [1000.0]
    guard = PinGuard(stored, clock=lambda: now[0])
    for _ in range(2):
        assert guard.attempt("1111").locked_for == 0
    third = guard.attempt("1111")
    assert not third.ok and third.locked_for == 30
    assert not guard.attempt(PIN).ok  # locked: even the right PIN is not checked
    now[0] += 31
    fourth = guard.attempt("1111")
    assert fourth.locked_for == 60  # doubles
    now[0] += 61
    assert guard.attempt(PIN).ok
    assert guard.failures == 0
    with pytest.raises(ValueError):
        hash_pin("12ab")


def test_hash_pin_command_prints_a_usable_hash():
    out = subprocess.run(
        [sys.executable, "-m", "hrguide", "kiosk", "hash-pin", "--pin-stdin"],
        input="97531\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert verify_pin("97531", out.stdout.strip())


@pytest.mark.parametrize(
    "url",
    [
        "https://www.alasu.edu/",
        "https://nces.ed.gov/collegenavigator/?q=health+information&s=all&p=51.0707&l=91+92+93"
        "&pg=2&id=100724#programs-and-majors-with-a-long-fragment",
    ],
)
def test_qr_code_decodes_back_to_the_address(qapp, url):
    """A real QR decoder (zxing-cpp) reads our rendered image back to the address."""
    import zxingcpp

    from hrguide.ui.widgets.qr import qr_image

    img = qr_image(url, 5).convertToFormat(QImage.Format.Format_Grayscale8)
    found = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [code.text for code in found] == [url]
    assert img.pixelColor(1, 1).lightness() > 200  # the quiet zone is white


def test_school_detail_shows_a_qr_code_and_never_a_link(kiosk):
    schools = kiosk.router.page("schools")
    schools.show_school(100724)
    assert schools.detail.qr.pixmap() is not None and not schools.detail.qr.pixmap().isNull()
    assert not schools.detail.body.openExternalLinks()
    assert "<a " not in schools.detail.body.text()


def test_the_net_price_calculator_is_a_qr_code_in_kiosk_mode(kiosk):
    """Issue 16: the calculator's address as text, and at a kiosk as a QR code a phone reads
    back to that address (the desktop shows the text only: test_schools_gui)."""
    import zxingcpp

    url = kiosk.store.institution(100663).net_price_url
    assert url
    schools = kiosk.router.open("schools")
    schools.show_school(100663)
    qr = schools.detail.findChild(QLabel, "netPriceQr")
    assert qr.isVisible() and url in schools.detail.outcomes.text()
    img = qr.pixmap().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    found = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [code.text for code in found] == [url]


KIOSK_SESSION = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from hrguide.app import create_main_window, ensure_app
from hrguide.config import KioskConfig, SiteConfig
from hrguide.ui.context import Link
app = ensure_app()  # first, as the app starts
from PySide6.QtCore import QTimer
cfg = SiteConfig(kiosk=KioskConfig(enabled=True, idle_seconds=1, countdown_seconds=1))
win = create_main_window(sys.argv[1], config=cfg)
win.show_for_mode()
def browse():
    for page in ("compare", "earnings", "schools", "sources"):
        win.router.open(page)
    win.router.page("schools").filters.search.setText("college")
    page = win.router.page("schools")
    win.router.go(Link("schools", school=page.model.program_at(0).unitid))
QTimer.singleShot(100, browse)
QTimer.singleShot(3500, lambda: (win.kiosk_controller.release(), app.quit()))
app.exec()
print("resets", win.kiosk_controller.resets)
"""


@pytest.mark.slow
def test_a_kiosk_session_writes_nothing_under_home(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = dict(
        os.environ,
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local/state"),
        QT_QPA_PLATFORM="offscreen",
    )
    out = subprocess.run(
        [sys.executable, "-c", KIOSK_SESSION, str(GUIDE_DB)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr, out.stderr  # the browsing really ran
    assert "resets 1" in out.stdout or "resets 2" in out.stdout
    written = [p for p in home.rglob("*")]
    assert written == [], written
    assert [p.name for p in tmp_path.iterdir()] == ["home"]


def test_every_touch_target_is_at_least_48_px(kiosk, qtbot):
    """Issue 30: on every page, every button, check box, drop-down, field, number box and
    scroll bar a finger must hit is at least 48 px each way (number boxes have − and +
    buttons instead of a spin box's small arrows)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QScrollBar,
    )

    from hrguide.ui.shell.registry import PAGE_IDS

    small = []
    for page_id in PAGE_IDS:
        kiosk.router.open(page_id)
        page = kiosk.router.page(page_id)
        qtbot.waitUntil(page.isVisible)
        for w in (
            page.findChildren(QAbstractButton)
            + page.findChildren(QComboBox)
            + page.findChildren(QLineEdit)
            + page.findChildren(QAbstractSpinBox)
            + page.findChildren(QScrollBar)
        ):
            if (
                not w.isVisible()
                or w.objectName().startswith("qt_")
                or isinstance(w.parentWidget(), (QLineEdit, QAbstractSpinBox))
            ):
                continue
            name = f"{page_id}: {w.objectName() or type(w).__name__}"
            if isinstance(w, QAbstractSpinBox):
                assert w.buttonSymbols() == QAbstractSpinBox.ButtonSymbols.NoButtons, name
            if isinstance(w, QScrollBar):  # its thickness: the length is the page's
                thick = w.width() if w.orientation() == Qt.Orientation.Vertical else w.height()
                if thick < 48:
                    small.append((name, thick))
                continue
            if w.height() < 48 or (isinstance(w, QAbstractButton) and w.width() < 48):
                small.append((name, w.width(), w.height()))
    assert small == []


def test_pages_scroll_by_touch(kiosk):
    from PySide6.QtWidgets import QScroller

    for page_id in ("careers", "earnings", "schools"):
        from PySide6.QtWidgets import QAbstractScrollArea

        from hrguide.ui.kiosk import scrolls_by_itself

        page = kiosk.router.page(page_id)
        areas = [page] if isinstance(page, QAbstractScrollArea) else []
        areas += page.findChildren(QAbstractScrollArea)
        # a combo box's drop-down list is a popup, not a page part
        inside = [a for a in areas if a.window() is kiosk]
        own = [a for a in inside if scrolls_by_itself(a, kiosk)]
        fitted = [a for a in inside if a not in own]  # tables that show all their rows
        assert own and all(QScroller.hasScroller(a.viewport()) for a in own), page_id
        assert not any(QScroller.hasScroller(a.viewport()) for a in fitted), page_id
        assert not any(
            QScroller.hasScroller(a.viewport()) for a in areas if a.window() is not kiosk
        )
    # a career's profile is built when it is opened, after its page: it scrolls by touch too
    kiosk.router.go(Link("careers", career="medical-coder"))
    assert QScroller.hasScroller(kiosk.router.page("careers").profile_view.viewport())
    # the school list and the earnings tables capped at 12 rows scroll by themselves; the
    # comparison grid and the credential table show every row and move with their page
    assert QScroller.hasScroller(kiosk.router.page("schools").table.viewport())
    assert QScroller.hasScroller(kiosk.router.page("earnings").wage_table.viewport())
    assert not QScroller.hasScroller(kiosk.router.page("compare").grid.viewport())
    assert not QScroller.hasScroller(kiosk.router.page("education").credential_table.viewport())


CRASH = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from hrguide import app as A
from hrguide.config import KioskConfig, SiteConfig
def boom():
    raise RuntimeError("simulated fault")
A.ensure_app()
QTimer.singleShot(300, boom)
sys.exit(A.main(sys.argv[1], config=SiteConfig(kiosk=KioskConfig(enabled=True))))
"""


@pytest.mark.slow
def test_a_crash_in_kiosk_mode_exits_non_zero_for_the_supervisor(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-c", CRASH, str(GUIDE_DB)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert out.returncode == 70, out.stderr
    assert "uncaught exception" in out.stderr and "simulated fault" in out.stderr


def test_the_keys_button_is_not_shown_on_a_kiosk(kiosk, window):
    from PySide6.QtWidgets import QAbstractButton

    assert not kiosk.findChild(QAbstractButton, "helpButton").isVisible()
    assert window.findChild(QAbstractButton, "helpButton").isVisible()  # the desktop keeps it


def test_a_language_picked_on_the_attract_screen_starts_the_guide_in_it(kiosk, qtbot):
    from PySide6.QtWidgets import QPushButton

    ctl = kiosk.kiosk_controller
    ctl.reset()
    assert ctl.attract.isVisible()
    button = ctl.attract.findChild(QPushButton, "attractLanguage-es")
    qtbot.waitUntil(lambda: button.isVisible() and button.width() > 0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert kiosk.settings.language == "es" and not ctl.attract.isVisible()
    ctl.reset()  # the next student finds the site's language again
    assert kiosk.settings.language == "en"


def test_a_language_switch_keeps_a_students_work_and_a_reset_clears_it(kiosk, qtbot):
    """A student who picks Spanish half way keeps every answer and filter (the pages are
    the same, put into Spanish where they are); the next student finds them cleared, in
    the site's language."""
    from PySide6.QtWidgets import QPushButton

    ctl = kiosk.kiosk_controller
    ctl.idle.stop()
    check = kiosk.router.open("interest-check")
    qtbot.mouseClick(check.findChild(QPushButton, "answer-1-5"), Qt.MouseButton.LeftButton)
    schools = kiosk.router.open("schools")
    qtbot.keyClicks(schools.filters.search, "texas")
    listed = schools.model.rowCount()
    assert listed < 5086
    kiosk.header.language.setCurrentIndex(kiosk.header.language.findData("es"))
    assert kiosk.router.page("interest-check") is check and check.answers == {1: 5}
    assert kiosk.router.page("schools") is schools and schools.model.rowCount() == listed
    assert schools.filters.search.text() == "texas"
    ctl.reset()  # the student walks away: the site's language, English, comes back
    assert kiosk.settings.language == "en"
    assert check.answers == {} and schools.filters.search.text() == ""
    assert schools.model.rowCount() == 5086 and kiosk.router.page("schools") is schools


def test_a_language_switch_keeps_the_careers_compared_both_ways(window):
    compare = window.router.open("compare")
    compare.set_careers(["medical-coder", "database-administrator"])
    window.settings.set_language("es")
    try:
        spanish = window.router.open("compare")
        assert sorted(spanish.selected()) == ["database-administrator", "medical-coder"]
        spanish.set_careers(["medical-coder", "health-information-manager"])
    finally:
        window.settings.set_language("en")
    # the same page in both languages: it shows the choice made in Spanish
    assert window.router.open("compare") is compare
    assert sorted(compare.selected()) == ["health-information-manager", "medical-coder"]


def test_a_language_switch_keeps_the_programs_picked_for_comparison(window):
    ids = [p.program_id for p in window.store.programs()[:2]]
    window.ctx.comparison.set_programs(ids)
    page = window.router.open("program-compare")
    assert page.model.columnCount() == 2
    window.settings.set_language("es")
    try:
        assert window.ctx.comparison.program_ids == tuple(ids)
        assert window.router.open("program-compare").model.columnCount() == 2
    finally:
        window.settings.set_language("en")


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_the_career_cards_never_cut_their_buttons_labels(kiosk_window, qtbot, size):
    """In a kiosk's larger text and touch sizes, on a wide screen (where the page's column
    of content is narrower than the screen) and on an upright one, each card keeps room
    for its buttons' whole labels ("lore this car" was all a student read)."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    from hrguide.ui.pages.careers import CareersPage

    host = QWidget()
    qtbot.addWidget(host)
    kiosk_window.settings.carry_text_scale(host)  # the kiosk's text size, as on its window
    QVBoxLayout(host).setContentsMargins(0, 0, 0, 0)
    host.resize(*size)
    page = CareersPage(kiosk_window.ctx, host)
    host.layout().addWidget(page)
    host.show()
    qtbot.waitExposed(host)
    buttons = [b for card in page.cards for b in card.findChildren(QPushButton)]
    assert len(buttons) == 16

    def whole() -> bool:
        return all(b.width() >= b.sizeHint().width() for b in buttons)

    qtbot.waitUntil(whole, timeout=3000)


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_the_attract_screen_is_opaque_with_one_headline_in_both_orientations(kiosk, qtbot, size):
    """Nothing of the page shows through (its text collided with the headline): outside
    the screen's own words every pixel is its background colour."""
    from PySide6.QtGui import QColor, QFontInfo
    from PySide6.QtWidgets import QPushButton, QWidget

    kiosk.resize(*size)  # as a screen turned while the attract screen shows
    ctl = kiosk.kiosk_controller
    ctl.reset()
    attract = ctl.attract
    qtbot.waitUntil(lambda: attract.isVisible() and attract.size() == kiosk.size())
    image = kiosk.grab().toImage()
    shown = [w for w in attract.findChildren(QWidget) if w.isVisible()]
    words = [w.geometry() for w in shown if isinstance(w, (QLabel, QPushButton))]
    background = QColor("#15566d").rgb()
    step = 16
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            if not any(r.adjusted(-4, -4, 4, 4).contains(x, y) for r in words):
                assert image.pixel(x, y) == background, (x, y)
    sizes = {w.objectName(): QFontInfo(w.font()).pointSizeF() for w in attract.findChildren(QLabel)}
    assert max(sizes, key=sizes.get) == "attractTitle"  # one headline
    assert sizes["attractSource"] < sizes["attractHighlight"] < sizes["attractTitle"]
    for b in attract.language_buttons:
        assert b.height() >= 80 and QFontInfo(b.font()).pointSizeF() >= 20  # large
