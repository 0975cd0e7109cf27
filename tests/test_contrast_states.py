"""Every state of a control reads in both themes (issue 31, item 2): hovered, pressed,
checked, focused and disabled buttons, tool buttons, tabs and fields are drawn, and the
darkest or lightest pixel of their text against their background meets the design
system's 4.5:1 (the text's core is drawn in its full colour at these sizes)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QToolButton, QWidget

from hrguide.ui.look.palette import contrast

pytestmark = pytest.mark.gui
STATES = ("normal", "hover", "pressed", "checked", "focus", "disabled")


def _hex(rgb: int) -> str:
    return QColor(rgb).name()


def _ratio(widget: QWidget) -> float:
    """Background: the commonest colour inside the border; text: the pixel that stands
    out most from it. Drawn by the window, over what is behind a see-through control."""
    window = widget.window()
    image = window.grab(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())).toImage()
    w, h = image.width(), image.height()
    inner = [  # the middle, where the text is: no border, no rounded corner
        image.pixel(x, y)
        for y in range(h * 3 // 10, h * 7 // 10)
        for x in range(w // 5, w * 4 // 5)
    ]
    colours = Counter(inner)
    assert len(colours) > 2, "no text drawn"
    background = _hex(colours.most_common(1)[0][0])
    return max(contrast(_hex(p), background) for p in colours)


def _make(kind: str, parent: QWidget) -> QWidget:
    if kind == "push":
        w = QPushButton("Add to shortlist", parent)
    elif kind == "step":
        w = QPushButton("Strongly like", parent)
        w.setProperty("role", "step")
        w.setCheckable(True)
    elif kind == "tool":
        w = QToolButton(parent)
        w.setText("Keys")
    elif kind == "pageTab":
        w = QToolButton(parent)
        w.setText("Schools")
        w.setProperty("role", "pageTab")
        w.setCheckable(True)
    else:
        w = QLineEdit("Mobile, AL", parent)
    w.setFixedSize(160, 44)
    return w


def _put(w: QWidget, state: str) -> None:
    if state == "hover":
        w.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)
    elif state == "pressed" and hasattr(w, "setDown"):
        w.setDown(True)
    elif state == "checked" and getattr(w, "isCheckable", lambda: False)():
        w.setChecked(True)
    elif state == "focus":
        w.setFocus(Qt.FocusReason.TabFocusReason)
    elif state == "disabled":
        w.setEnabled(False)


@pytest.mark.parametrize("contrast_on", [False, True], ids=["light", "high-contrast"])
@pytest.mark.parametrize("kind", ["push", "step", "tool", "pageTab", "field"])
def test_every_state_of_a_control_meets_4_5_to_1(window, qtbot, kind, contrast_on):
    window.settings.set_high_contrast(contrast_on)
    host = QWidget(window)  # a part of the window, dressed in the look like the others
    host.setObjectName("stateHost")
    QHBoxLayout(host)
    host.setGeometry(0, 0, 400, 80)
    host.show()
    failing = {}
    for state in STATES:
        w = _make(kind, host)
        host.layout().addWidget(w)
        w.show()  # now, not when the layout gets round to it
        qtbot.waitUntil(w.isVisible)
        window.activateWindow()
        _put(w, state)
        w.repaint()
        ratio = _ratio(w)
        if ratio < 4.5:
            failing[state] = round(ratio, 2)
        host.layout().removeWidget(w)
        w.hide()  # gone before the next one is drawn in its place
        w.deleteLater()
    host.deleteLater()
    window.settings.set_high_contrast(False)
    assert not failing, failing


def test_the_tabs_keep_their_places_when_another_is_selected(window):
    """The selected tab was bold: its label grew and pushed every tab after it along."""
    bar = window.tabs.tabBar()
    places = lambda: [(bar.tabRect(i).x(), bar.tabRect(i).width()) for i in range(bar.count())]  # noqa: E731
    before = places()
    window.router.open("sources")
    assert places() == before


@pytest.mark.parametrize("contrast_on", [False, True], ids=["light", "high-contrast"])
def test_a_scroll_bars_handle_stands_out_from_its_track(window, qtbot, contrast_on):
    """It was white on light grey (1.2:1); a control's part needs 3:1."""
    window.settings.set_high_contrast(contrast_on)
    page = window.router.open("careers")
    bar = page.overview.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0)
    image = window.grab(QRect(bar.mapTo(window, QPoint(0, 0)), bar.size())).toImage()
    colours = Counter(
        image.pixel(image.width() // 2, y) for y in range(image.height())
    ).most_common(2)
    window.settings.set_high_contrast(False)
    assert len(colours) == 2
    assert contrast(_hex(colours[0][0]), _hex(colours[1][0])) >= 3.0
