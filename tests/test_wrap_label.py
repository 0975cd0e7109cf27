"""WrapLabel answers a layout's "how tall at this width?" from what it measured before,
and measures again whenever what it shows or how it shows it changes (issue 19)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from hrguide.ui.widgets.wrap_label import KEPT_WIDTHS, WrapLabel

TEXT = (
    "Health information technicians organise and manage health data, making sure it is "
    "accurate, accessible and secure in paper and electronic systems."
)
WIDTHS = (80, 160, 355, 555, 1202)


def _pair(qtbot, text=TEXT):
    wrap, plain = WrapLabel(text), QLabel(text)
    plain.setWordWrap(True)
    for w in (wrap, plain):
        qtbot.addWidget(w)
    return wrap, plain


def _same(wrap, plain):
    for w in WIDTHS:
        assert wrap.heightForWidth(w) == plain.heightForWidth(w), w
    assert wrap.sizeHint() == plain.sizeHint()
    assert wrap.minimumSizeHint() == plain.minimumSizeHint()


@pytest.mark.parametrize(
    "change",
    [
        lambda lab: lab.setText(TEXT + " " + TEXT),
        lambda lab: lab.setText("short"),
        lambda lab: lab.setFont(_bigger(lab)),
        lambda lab: lab.setContentsMargins(20, 5, 30, 5),
        lambda lab: lab.setMargin(12),
        lambda lab: lab.setIndent(40),
        lambda lab: lab.setStyleSheet("QLabel { font-size: 22pt; padding: 9px 30px; }"),
        lambda lab: lab.setFrameShape(QLabel.Shape.Box),
        lambda lab: lab.setMinimumWidth(300),
        lambda lab: lab.setWordWrap(False),
        lambda lab: (lab.setTextFormat(Qt.TextFormat.RichText), lab.setText("<h1>Big</h1>")),
    ],
    ids=[
        "longer",
        "shorter",
        "font",
        "margins",
        "margin",
        "indent",
        "style",
        "frame",
        "min",
        "no wrap",
        "rich",
    ],
)
def test_heights_follow_every_change(qtbot, change):
    wrap, plain = _pair(qtbot)
    _same(wrap, plain)  # measured (and remembered) before the change
    for label in (wrap, plain):
        change(label)
    _same(wrap, plain)


def _bigger(label):
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.8)
    return font


def test_a_width_is_measured_once_until_something_changes(qtbot, monkeypatch):
    measured: list[int] = []
    qlabel_hfw = QLabel.heightForWidth

    def counting(self, width):
        measured.append(width)
        return qlabel_hfw(self, width)

    monkeypatch.setattr(QLabel, "heightForWidth", counting)
    wrap = WrapLabel(TEXT)
    qtbot.addWidget(wrap)
    first = [wrap.heightForWidth(w) for w in WIDTHS * 5]
    assert measured == list(WIDTHS)  # five rounds, one measurement a width
    wrap.setFont(_bigger(wrap))
    again = [wrap.heightForWidth(w) for w in WIDTHS * 2]
    assert measured == list(WIDTHS) * 2
    assert again[2] > first[2]  # and the answers are the new font's


def test_what_it_keeps_stays_small_however_often_the_width_changes(qtbot):
    """A window dragged across a thousand widths leaves a few measurements per label."""
    wrap, plain = _pair(qtbot)
    for w in range(100, 1100):
        assert wrap.heightForWidth(w) == plain.heightForWidth(w)
    assert len(wrap._heights) <= KEPT_WIDTHS
