"""WrapLabel answers a layout's "how tall at this width?" from what it measured before,
and measures again whenever what it shows or how it shows it changes (issue 19). Its size
hints come from the font's measures, without laying the text out: the same minimum as
QLabel's, and a preferred width that gives the text the shape QLabel's search gives it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from hrguide.ui.widgets.wrap_label import KEPT_WIDTHS, WrapLabel

TEXT = (
    "Health information technicians organize and manage health data, making sure it is "
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
    # the widest word, as QLabel's, and never narrower (it may be a pixel wider: a line laid
    # out can take up to a pixel more than its glyphs' advances)
    least, qt_least = wrap.minimumSizeHint(), plain.minimumSizeHint()
    assert qt_least.width() <= least.width() <= qt_least.width() + 1
    assert least.height() == qt_least.height()
    # QLabel's preferred width is its widest line at the width it chose; WrapLabel's is the
    # width it chose: a few pixels wider, the same lines
    hint, qt_hint = wrap.sizeHint(), plain.sizeHint()
    assert qt_hint.width() <= hint.width() <= qt_hint.width() + _widest_word(plain)
    assert wrap.heightForWidth(hint.width()) == qt_hint.height()


def _widest_word(label):
    return max(label.fontMetrics().horizontalAdvance(w) for w in label.text().split())


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


@pytest.mark.parametrize(
    "text",
    [
        "Pay",
        "Compare careers",
        "Job growth over the ten years",
        "Median pay $48,780 a year · Job growth 7% (2024-34)",
        TEXT,
    ],
)
def test_a_label_given_its_preferred_width_keeps_qlabels_shape(qtbot, text):
    """Beside a stretch, a label gets its preferred width: a short text stays on one line
    (never its last word wrapped), a long one wraps into as many lines as QLabel's own."""
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    plain = QLabel(text)
    plain.setWordWrap(True)
    row = QWidget()
    qtbot.addWidget(row)
    lay = QHBoxLayout(row)
    wrap = WrapLabel(text)
    lay.addWidget(wrap)
    lay.addStretch(1)
    row.resize(1500, 400)
    row.show()
    qtbot.waitExposed(row)
    assert wrap.width() >= plain.sizeHint().width()
    # the lines it takes at the width it was given, against QLabel's preferred shape
    assert plain.heightForWidth(wrap.width()) == plain.sizeHint().height()


def test_its_hints_lay_no_text_out(qtbot, monkeypatch):
    """The point of the class: a layout's questions about the label's size cost no layout
    of the text (QLabel's hints cost five; a Markdown text's, ten)."""
    asked: list[str] = []
    for name in ("sizeHint", "minimumSizeHint"):
        original = getattr(QLabel, name)
        monkeypatch.setattr(
            QLabel, name, lambda self, _n=name, _o=original: asked.append(_n) or _o(self)
        )
    wrap = WrapLabel(TEXT)
    markdown = WrapLabel("Some **bold** words.\n\n- a list\n- of two", markdown=True)
    for label in (wrap, markdown):
        qtbot.addWidget(label)
        assert label.minimumSizeHint().width() > 0 and label.sizeHint().height() > 0
    assert asked == []
    rich = WrapLabel("<b>markup</b> keeps QLabel's own")
    qtbot.addWidget(rich)
    rich.sizeHint()
    assert asked


def test_markdown_is_measured_as_it_is_shown(qtbot):
    """A Markdown paragraph's line breaks, its emphasis marks and a link's address are not
    shown, so they are not measured: the hints are those of the words on screen."""
    shown = "Every visit leaves a record behind. Records are kept with care and shared."
    markdown = WrapLabel(
        "Every visit leaves a **record** behind.\nRecords are kept with care and "
        "[shared](https://example.org/a-very-long-address-that-is-never-shown).",
        markdown=True,
    )
    plain = WrapLabel(shown)
    later = WrapLabel()  # made Markdown through its setter
    later.setTextFormat(Qt.TextFormat.MarkdownText)
    later.setText(markdown.text())
    for label in (markdown, plain, later):
        qtbot.addWidget(label)
    for label in (markdown, later):
        assert label.sizeHint() == plain.sizeHint()
        assert label.minimumSizeHint() == plain.minimumSizeHint()
