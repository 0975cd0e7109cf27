"""Where the desktop window opens: maximised on screens up to 1440 px wide, a comfortable
centred size on larger ones, never beyond the available area; later starts bring back the
last size and place, on a screen that still exists."""

from __future__ import annotations

import pytest

from hrguide.ui.shell.placement import Box, first_placement, parse, restored_placement

LAPTOP = Box(0, 0, 1280, 800)
WIDE = Box(0, 0, 1920, 1040)  # 1920x1080 less a task bar
SECOND = Box(1920, 0, 2560, 1400)


def _inside(box: Box, screen: Box) -> bool:
    return (
        screen.x <= box.x
        and screen.y <= box.y
        and box.x + box.w <= screen.x + screen.w
        and box.y + box.h <= screen.y + screen.h
    )


@pytest.mark.parametrize("screen", [Box(0, 0, 1024, 768), LAPTOP, Box(0, 0, 1440, 900)])
def test_the_first_start_fills_a_screen_up_to_1440_wide(screen):
    where = first_placement(screen)
    assert where.maximised and _inside(where.box, screen)


@pytest.mark.parametrize("screen", [WIDE, SECOND, Box(-1600, 0, 1600, 1200)])
def test_the_first_start_on_a_larger_screen_is_comfortable_and_centred(screen):
    where = first_placement(screen)
    assert not where.maximised and _inside(where.box, screen)
    assert where.box.w >= 1280 and where.box.h >= 800
    assert abs(where.box.centre()[0] - screen.centre()[0]) <= 1


def test_a_later_start_brings_back_the_last_place():
    saved = {"x": 2000, "y": 100, "w": 1500, "h": 900, "maximised": False}
    assert restored_placement(saved, [WIDE, SECOND], WIDE).box == Box(2000, 100, 1500, 900)
    saved["maximised"] = True
    assert restored_placement(saved, [WIDE, SECOND], WIDE).maximised


def test_a_place_on_a_screen_that_is_gone_opens_as_the_first_start():
    saved = {"x": 2000, "y": 100, "w": 1500, "h": 900, "maximised": False}
    assert restored_placement(saved, [LAPTOP], LAPTOP) == first_placement(LAPTOP)


def test_a_place_too_large_or_half_off_its_screen_is_cut_and_moved_into_it():
    saved = {"x": -500, "y": -50, "w": 3000, "h": 2000}  # its centre is on the screen
    where = restored_placement(saved, [WIDE], WIDE)
    assert _inside(where.box, WIDE) and where.box.w == WIDE.w


@pytest.mark.parametrize(
    "saved",
    [None, [], "x", {}, {"x": "a", "y": 0, "w": 1, "h": 1}, {"x": 0, "y": 0, "w": 0, "h": 5}],
)
def test_a_damaged_record_opens_as_the_first_start(saved):
    assert restored_placement(saved, [WIDE], WIDE) == first_placement(WIDE)


@pytest.mark.parametrize("text", ["", "1 2 3", "a b c d e", "1 2 3 4 5 6", "1.5 2 3 4 0", "\x00"])
def test_a_damaged_file_reads_as_nothing_saved(text):
    assert parse(text) == {}


def test_the_file_is_one_line_of_numbers():
    assert parse("-1920 40 1500 900 1\n") == {
        "x": -1920,
        "y": 40,
        "w": 1500,
        "h": 900,
        "maximised": True,
    }


@pytest.mark.gui
def test_the_window_opens_where_it_was_closed(qtbot, guide_db, user_dirs):
    from PySide6.QtGui import QGuiApplication

    from hrguide.app import create_main_window

    screen = QGuiApplication.primaryScreen().availableGeometry()
    first = create_main_window(guide_db)
    qtbot.addWidget(first)
    first.show_for_mode()
    qtbot.waitExposed(first)
    assert first.isMaximized() == (screen.width() <= 1440)
    first.showNormal()
    first.setGeometry(screen.x() + 10, screen.y() + 60, screen.width() - 40, screen.height() - 90)
    kept = first.geometry()
    first.close()
    saved = parse(next(user_dirs.rglob("window.txt")).read_text())
    assert (saved["w"], saved["h"], saved["maximised"]) == (kept.width(), kept.height(), False)
    again = create_main_window(guide_db)
    qtbot.addWidget(again)
    again.show_for_mode()
    qtbot.waitExposed(again)
    assert not again.isMaximized() and again.size() == kept.size()
