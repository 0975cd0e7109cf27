"""The layout audit finds each kind of text a person cannot read whole (issue 30). These
tests build one small case of each kind and one that fits; the audit over every page and
configuration is tools/layout_audit.py (its findings are the work list of issue 30)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrguide.ui.audit import audit

pytestmark = pytest.mark.gui
LONG = "Health Information/Medical Records Administration/Administrator"


def _window(qtbot, *widgets, fixed: int | None = None):
    win = QWidget()
    lay = QVBoxLayout(win)
    for w in widgets:
        lay.addWidget(w)
        if fixed:
            w.setFixedWidth(fixed)
    qtbot.addWidget(win)
    win.resize(600, 400)
    win.show()
    qtbot.waitExposed(win)
    return win


def _kinds(win) -> set[str]:
    return {f.kind for f in audit(win)}


def test_a_label_a_button_and_a_drop_down_too_narrow_for_their_text(qtbot):
    label = QLabel(LONG)
    button = QPushButton(LONG)
    combo = QComboBox()
    combo.addItem(LONG)
    win = _window(qtbot, label, button, combo, fixed=120)
    assert {"label", "button", "drop-down"} <= _kinds(win)


def test_the_same_with_room_to_spare_is_no_finding(qtbot):
    label = QLabel("Coder")
    button = QPushButton("Go")
    combo = QComboBox()
    combo.addItem("Texas")
    win = _window(qtbot, label, button, combo, fixed=300)
    assert audit(win) == []


def test_a_wrapping_label_without_the_height_it_needs(qtbot):
    label = QLabel(" ".join([LONG] * 6))
    label.setWordWrap(True)
    win = _window(qtbot, label, fixed=150)
    label.setFixedHeight(20)
    assert "wrapped label" in _kinds(win)


def test_a_cut_cell_a_cut_header_and_a_table_that_scrolls_sideways(qtbot):
    model = QStandardItemModel(3, 3)
    model.setHorizontalHeaderLabels(["Program", "Type of school", "Graduates' median earnings"])
    for r in range(3):
        for c in range(3):
            model.setItem(r, c, QStandardItem(LONG if c == 0 else "x"))
    table = QTableView()
    table.setModel(model)
    table.setWordWrap(False)
    win = _window(qtbot, table, fixed=260)
    table.setColumnWidth(0, 80)
    table.setColumnWidth(1, 40)
    table.setColumnWidth(2, 400)
    kinds = _kinds(win)
    assert {"cell", "header", "sideways"} <= kinds, kinds


def test_a_page_wider_than_its_scroll_area(qtbot):
    inner = QWidget()
    inner.setMinimumWidth(1200)
    area = QScrollArea()
    area.setWidget(inner)
    area.setWidgetResizable(True)
    win = _window(qtbot, area)
    assert "sideways" in _kinds(win)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    assert "sideways" in _kinds(win)  # cut off without a bar is no better
