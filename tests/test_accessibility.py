"""Accessibility: contrast of both themes, text scaling without clipping, keyboard help."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from hrguide.ui.look.palette import DECORATIVE, MINIMUM, THEMES, contrast, token_table

STYLES = ROOT / "resources" / "styles"


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_colour_pair_has_the_contrast_its_kind_needs(theme):
    """Body text 4.5:1; large text and what a person must see of a control 3:1."""
    failing = [
        (fg, bg, what, round(contrast(fg, bg), 2))
        for fg, bg, what, kind in THEMES[theme]
        if contrast(fg, bg) < MINIMUM[kind]
    ]
    assert not failing, failing


def _colours(text: str) -> set[str]:
    return set(re.findall(r"#[0-9a-f]{6}\b", text.lower()))


def test_the_palettes_are_what_the_styles_use():
    """Both ways: every token is in its style sheets, and every colour the style sheets use
    is a token whose contrast the test above computes (or is listed as decorative)."""
    light = (STYLES / "light.qss").read_text().lower() + (STYLES / "kiosk.qss").read_text()
    light += (ROOT / "hrguide" / "ui" / "models" / "compare.py").read_text().lower()
    high = (STYLES / "high_contrast.qss").read_text().lower()
    # the frames' high-contrast rules live in light.qss (a property: look/layers.py)
    frames = re.findall(r"[^{}]*\[highcontrast=\"true\"\][^{}]*\{[^}]*\}", light)
    for rule in frames:
        light = light.replace(rule, "")
    high += "".join(frames)
    for theme, text in (("light", light), ("high_contrast", high)):
        tokens = {c for fg, bg, _what, _kind in THEMES[theme] for c in (fg, bg)}
        for colour in tokens:
            if theme == "light" and colour == "#15566d" and "rgba(21, 86, 109" in text:
                continue
            assert colour in text, (theme, colour)
        unchecked = _colours(text) - tokens - set(DECORATIVE)
        assert not unchecked, (theme, unchecked)


def test_the_design_document_lists_every_token_with_its_ratio():
    doc = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    for theme in THEMES:
        assert token_table(theme) in doc, f"run: python tools/design_tokens.py ({theme})"


def test_contrast_formula():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#777777", "#ffffff"), 2) == 4.48


@pytest.mark.gui
def test_high_contrast_reaches_what_is_shown_at_once_and_other_pages_as_shown(window, qtbot):
    from PySide6.QtGui import QColor

    app = QApplication.instance()
    app_sheet = app.styleSheet()
    window.router.page("sources")  # built, behind another tab
    sources = window.tabs.widget(window.router.page_ids.index("sources"))
    window.header.contrast_button.click()
    assert app.styleSheet() == app_sheet  # the whole app is not re-styled (4.2 s)
    assert "#ffff00" in window.header.styleSheet()
    assert "#ffff00" in window.tabs.currentWidget().styleSheet()
    assert sources.styleSheet() == ""  # hidden: it catches up when shown
    window.router.open("sources")
    assert "#ffff00" in sources.styleSheet()
    page = window.router.page("sources")
    corner = page.mapTo(window, page.rect().bottomRight()) - QPoint(30, 30)
    assert QColor(window.grab().toImage().pixel(corner)) == QColor("#000000")
    window.header.contrast_button.click()
    assert window.header.styleSheet() == "" and sources.styleSheet() == ""
    assert app.styleSheet() == app_sheet


@pytest.mark.gui
def test_text_size_keys(window, qtbot):
    app = QApplication.instance()
    size = app.font().pointSizeF()
    heading = window.router.page("careers").findChild(QLabel, "")  # any label of the first page
    app_sheet = app.styleSheet()
    title = window.findChild(QLabel, "appTitle")
    title_size = title.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSizeF() > size
    # the scaled sizes are a layer on the window's parts, and its labels really grow
    assert re.search(r"font-size: \d+\.\dpt", window.header.styleSheet())
    assert app.styleSheet() == app_sheet  # the whole app is not re-styled for a step
    assert title.font().pointSizeF() == pytest.approx(title_size * 1.15, abs=0.06)
    assert heading is not None
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSizeF() == pytest.approx(size)
    assert title.font().pointSizeF() == pytest.approx(title_size)
    assert window.header.styleSheet() == ""


@pytest.mark.gui
def test_f1_lists_the_keyboard_shortcuts(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: any(
            w.objectName() == "keyboardHelp" and w.isVisible()
            for w in QApplication.topLevelWidgets()
        )
    )
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "keyboardHelp")
    text = dialog.findChild(QLabel, "keyboardHelpText").text()
    assert "Ctrl+F" in text and "Alt+Left" in text and "Ctrl+=" in text
    dialog.accept()


@pytest.mark.gui
def test_nothing_is_clipped_at_200_percent_in_1280x800(window, qtbot):
    from hrguide.ui.shell.registry import PAGE_IDS

    app = QApplication.instance()
    window.settings.set_text_scale(2.0)
    try:
        window.resize(1280, 800)
        clipped = []
        for page_id in PAGE_IDS:
            window.router.open(page_id)
            page = window.router.page(page_id)
            qtbot.waitUntil(page.isVisible)
            app.processEvents()
            for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
                if not w.isVisible() or not w.text() or (isinstance(w, QLabel) and w.wordWrap()):
                    continue
                if w.width() + 1 < w.sizeHint().width():
                    clipped.append((page_id, w.text()[:40]))
        assert window.width() <= 1280
        assert not clipped, clipped
    finally:
        window.settings.set_text_scale(1.0)


def test_every_pages_scroll_area_is_named_after_its_tab(window, qtbot):
    from PySide6.QtWidgets import QScrollArea, QTabWidget

    from hrguide.ui.shell.registry import PAGE_IDS

    tabs = window.findChild(QTabWidget, "pages")
    for i, page_id in enumerate(PAGE_IDS):
        window.router.open(page_id)
        page = window.router.page(page_id)
        area = page if isinstance(page, QScrollArea) else page.findChild(QScrollArea) or page
        assert area.accessibleName() == tabs.tabText(i).replace("&&", "&"), page_id


def test_the_tab_bar_fits_1280_pixels_in_both_languages(window, qtbot):
    from PySide6.QtWidgets import QTabWidget

    bar = window.findChild(QTabWidget, "pages").tabBar()
    for lang in ("en", "es"):
        window.settings.set_language(lang)
        needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()) if bar.isTabVisible(i))
        assert needed <= 1280, (lang, needed)
    window.settings.set_language("en")


def test_on_a_narrow_window_the_title_gives_way_before_the_buttons(window, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    title = window.findChild(QLabel, "appTitle")
    assert title.isVisible()  # 1280 pixels: room for everything
    QApplication.processEvents()  # the header laid out at its full width first
    buttons = [b for b in window.header.findChildren(QAbstractButton) if b.isVisible()]
    window.resize(1000, 800)  # narrower than a portrait kiosk (1080, less its corner)
    qtbot.waitUntil(lambda: not title.isVisible())
    for button in buttons:  # every button keeps its words whole (the title gave way)
        words = button.fontMetrics().horizontalAdvance(button.text())
        assert button.width() >= max(button.minimumWidth(), words + 8), button.text()
    window.resize(1280, 800)
    qtbot.waitUntil(title.isVisible)
