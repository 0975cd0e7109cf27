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
    QLineEdit,
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
    field = QLineEdit()
    field.setPlaceholderText(LONG)
    win = _window(qtbot, label, button, combo, field, fixed=120)
    assert {"label", "button", "drop-down", "placeholder"} <= _kinds(win)


def test_the_same_with_room_to_spare_is_no_finding(qtbot):
    label = QLabel("Coder")
    button = QPushButton("Go")
    combo = QComboBox()
    combo.addItem("Texas")
    field = QLineEdit()
    field.setPlaceholderText("City")
    win = _window(qtbot, label, button, combo, field, fixed=300)
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


def test_every_page_reads_whole_in_every_configuration():
    """Issue 30's audit over every tab, a school's page, a career profile and the interest
    results, with four careers and four programs compared and a shortlist with a note: at
    1280x800 and 1920x1080 in English and Spanish at 100 % and 200 % text, and as a kiosk
    at 1920x1080 and 1080x1920 in both languages. Each configuration runs in a process of
    its own (a fresh application, as a user starts it), a few at a time."""
    import os
    import subprocess
    import sys
    from concurrent.futures import ThreadPoolExecutor

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "tools"))
    from layout_audit import CONFIGS

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def run(name: str) -> tuple[str, int, str]:
        out = subprocess.run(
            [sys.executable, str(ROOT / "tools" / "layout_audit.py"), "--only", name, "--show"],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
        )
        return name, out.returncode, out.stdout + out.stderr[-2000:]

    workers = max(1, min(4, os.cpu_count() or 1))  # the test itself only waits
    with ThreadPoolExecutor(workers) as pool:
        results = list(pool.map(run, [c[0] for c in CONFIGS]))
    assert len(results) == 12
    failed = {name: text for name, code, text in results if code != 0}
    assert failed == {}, "\n".join(failed.values())
    for name, _code, text in results:  # each really ran and looked
        assert f"{name}: 0 findings" in text


def test_the_wage_chart_measures_its_own_text(qtbot):
    """At 200 % text in Spanish the chart cut its values to "$123.8" and ran the career
    names into one another: now everything it writes is measured and the chart is as tall
    as its layout; far too narrow for its values, it says so (the audit asks it)."""
    from PySide6.QtGui import QFont

    from hrguide.ui.widgets.wage_chart import WageRangeChart, WageSeries

    chart = WageRangeChart(
        "Salarios anuales por carrera, todas las industrias, Estados Unidos",
        "Dólares estadounidenses al año",
        "BLS OEWS, mayo de 2025",
    )
    chart.set_series(
        [
            WageSeries(
                "Administrador o administradora de servicios de salud", 70, 96, 123860, 165, 226
            )
            for _ in range(3)
        ]
        + [WageSeries("Técnico o técnica de información de salud", 37000, 43490, 51140, 62, 77)]
    )
    font = QFont(chart.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    chart.setFont(font)
    qtbot.addWidget(chart)
    chart.resize(700, chart.heightForWidth(700))
    assert chart.clipped_labels() == []
    texts = [t.text for t in chart.layout_at(700).texts]
    assert "$123,860" in texts and "$51,140" in texts  # whole, not "$123.8"
    assert chart.heightForWidth(400) > chart.heightForWidth(700)  # names wrap: it grows
    chart.resize(90, chart.heightForWidth(90))
    assert chart.clipped_labels() != []


def test_a_fields_clear_button_stays_inside_the_field(qtbot):
    """The style sheets' tool-button box (padding, a 44-px minimum on a kiosk) reached the
    fields' own ⓧ buttons and pushed them half out of the field."""
    from hrguide.ui.look.theme import composed_sheet

    field = QLineEdit()
    field.setClearButtonEnabled(True)
    field.setText("college")
    win = _window(qtbot, field, fixed=300)
    for kiosk in (False, True):
        win.setStyleSheet(composed_sheet(kiosk=kiosk, high_contrast=False))
        assert "clear button" not in _kinds(win), kiosk
    win.setStyleSheet("QToolButton { min-width: 44px; padding: 5px 10px; }")
    qtbot.waitUntil(lambda: "clear button" in _kinds(win))


def test_the_state_map_measures_its_own_text(qtbot):
    """The map wrote its title and legend in 20-px boxes and its tiles' values at any size:
    at 200 % text they were cut. Now it is as tall as its tiles and wrapped text need."""
    from PySide6.QtGui import QFont

    from hrguide.domain.geo import TILES
    from hrguide.ui.widgets.charts import StateTileMap

    tiles = StateTileMap("Salario anual mediano por estado: Técnico o técnica", "BLS OEWS, 2025")
    tiles.set_values({state: 123_860 for state in TILES})
    font = QFont(tiles.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    tiles.setFont(font)
    qtbot.addWidget(tiles)
    tiles.resize(900, tiles.heightForWidth(900))
    assert tiles.clipped_labels() == []
    assert tiles.heightForWidth(600) < tiles.heightForWidth(900)  # square tiles
    tiles.resize(200, tiles.heightForWidth(200))  # far too narrow: it says so
    assert tiles.clipped_labels() != []
