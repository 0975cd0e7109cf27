"""The layout audit (issue 30): text a person cannot read whole, found the way a person
would find it, by measuring what each widget shows against the room it has.

A finding is one of: a one-line label whose text is wider than the label; a wrapping
label that needs more height than it has; a button, drop-down, tab or list row whose
text is wider than its room, or an empty field whose placeholder is; a header section,
or a visible row's cell, whose text is wider than its column (a wrapped cell: taller
than its row); a field's ⓧ outside it; sideways scrolling; a widget outside the window.
`audit(root)` looks at every visible widget under `root` and returns the findings as
plain records; tests/test_layout_audit.py and tools/layout_audit.py run it over every
page in every configuration. No finding is dropped here."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QWidget,
)

from .widgets.placeholder import text_room

SLACK_PX = 1  # rounding between a font's advance and a widget's whole pixels
ROWS_LOOKED_AT = 40  # the visible rows of a long table are what a person sees


class Finding(NamedTuple):
    kind: str  # label, wrapped label, button, drop-down, tab, header, cell, sideways, outside
    where: str  # the widget's class and object name, and its closest named ancestor
    text: str  # what cannot be read whole (cut to 60 characters)
    need: int  # pixels the text needs
    has: int  # pixels it has

    def __str__(self) -> str:
        return f"{self.kind} {self.where}: {self.text!r} needs {self.need} px, has {self.has}"


def _name(w: QWidget) -> str:
    names: list[str] = []
    node: QWidget | None = w
    while node is not None and len(names) < 2:
        if node.objectName() and not node.objectName().startswith("qt_"):
            names.append(node.objectName())
        node = node.parentWidget()
    return f"{type(w).__name__}[{'/'.join(reversed(names))}]"


def _cut(text: str) -> str:
    return " ".join(text.split())[:60]


def _shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0


def _label(label: QLabel) -> Finding | None:
    text = label.text()
    if not text or not label.pixmap().isNull():
        return None
    room = label.contentsRect().width() - 2 * max(label.margin(), 0) - max(label.indent(), 0)
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK_PX:
            return Finding("wrapped label", _name(label), _cut(text), need, label.height())
        return None
    if label.textFormat() == Qt.TextFormat.PlainText or "<" not in text:
        width = max(
            (label.fontMetrics().horizontalAdvance(line) for line in text.split("\n")), default=0
        )
    else:
        width = label.sizeHint().width() - (label.width() - room)
    if width > room + SLACK_PX:
        return Finding("label", _name(label), _cut(text), width, room)
    return None


def _button(button: QAbstractButton) -> Finding | None:
    text = button.text()
    if not text:
        return None
    need = button.sizeHint().width()
    if need > button.width() + SLACK_PX:
        return Finding("button", _name(button), _cut(text), need, button.width())
    return None


def _combo(combo: QComboBox) -> Finding | None:
    text = combo.currentText()
    if not text:
        return None
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = combo.fontMetrics().horizontalAdvance(text)
    if need > field.width() + SLACK_PX:
        return Finding("drop-down", _name(combo), _cut(text), need, field.width())
    return None


def _field(field: QLineEdit) -> Finding | None:
    """An empty field's placeholder (what it asks for) against the room for text."""
    for button in field.findChildren(QAbstractButton):  # its ⓧ clear button, whole
        if button.isVisible() and not field.rect().contains(button.geometry()):
            return Finding(
                "clear button", _name(field), "", button.geometry().right(), field.width()
            )
    text = field.placeholderText()
    if field.text() or not text:
        return None
    has = text_room(field)
    need = field.fontMetrics().horizontalAdvance(text)
    if need > has + SLACK_PX:
        return Finding("placeholder", _name(field), _cut(text), need, has)
    return None


def _tabs(bar: QTabBar) -> list[Finding]:
    found = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        need, has = bar.tabSizeHint(i).width(), bar.tabRect(i).width()
        if need > has + SLACK_PX:
            found.append(Finding("tab", _name(bar), _cut(bar.tabText(i)), need, has))
    return found


def _header(header: QHeaderView) -> list[Finding]:
    found = []
    model = header.model()
    if model is None:
        return found
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    for i in range(header.count()):
        if header.isSectionHidden(i):
            continue
        need = header.sectionSizeFromContents(i)
        need_px = need.width() if horizontal else need.height()
        has = header.sectionSize(i)
        text = str(model.headerData(i, header.orientation()) or "")
        if need_px > has + SLACK_PX:
            found.append(Finding("header", _name(header), _cut(text), need_px, has))
        elif horizontal and need.height() > header.height() + SLACK_PX:  # wrapped titles
            found.append(
                Finding("header", _name(header), _cut(text), need.height(), header.height())
            )
    return found


def _cells(view: QTableView) -> list[Finding]:
    """Cells of the rows in view: a one-line cell's text against its column, a wrapped
    cell's height against its row."""
    found: list[Finding] = []
    model = view.model()
    if model is None:
        return found
    top = view.rowAt(0)
    if top < 0:
        return found
    wrap = view.wordWrap()
    for row in range(top, min(model.rowCount(QModelIndex()), top + ROWS_LOOKED_AT)):
        if view.isRowHidden(row) or view.rowViewportPosition(row) > view.viewport().height():
            break
        for col in range(model.columnCount(QModelIndex())):
            if view.isColumnHidden(col):
                continue
            index = model.index(row, col)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is None or str(text) == "":
                continue
            hint = view.itemDelegateForIndex(index).sizeHint(_option(view, index), index)
            width, height = view.columnWidth(col), view.rowHeight(row)
            if wrap and hint.height() > height + SLACK_PX:
                found.append(Finding("cell", _name(view), _cut(str(text)), hint.height(), height))
            elif not wrap and hint.width() > width + SLACK_PX:
                found.append(Finding("cell", _name(view), _cut(str(text)), hint.width(), width))
    return found


def _list_rows(view: QListView) -> list[Finding]:
    """A plain list's visible rows (a check list of careers): each row's text and check
    box against the list's width, and the rows against the list's height when it has no
    scroll bar to reach the rest."""
    found: list[Finding] = []
    model = view.model()
    if model is None or view.viewMode() != QListView.ViewMode.ListMode:
        return found
    width = view.viewport().width()
    bottom = 0
    for row in range(min(model.rowCount(QModelIndex()), ROWS_LOOKED_AT)):
        index = model.index(row, view.modelColumn())
        hint = view.itemDelegateForIndex(index).sizeHint(_option(view, index), index)
        if index.flags() & Qt.ItemFlag.ItemIsUserCheckable:  # a style sheet's check box
            box = view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view)
            advance = view.fontMetrics().horizontalAdvance(str(index.data() or ""))
            hint.setWidth(max(hint.width(), advance + box + 6))
        if hint.width() > width + SLACK_PX:
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            found.append(Finding("list row", _name(view), _cut(text), hint.width(), width))
        bottom += hint.height()
    bar = view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    if bar and bottom > view.viewport().height() + SLACK_PX:
        found.append(Finding("list", _name(view), "", bottom, view.viewport().height()))
    return found


def _option(view: QAbstractItemView, index: QModelIndex) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.rect = view.visualRect(index)
    option.font = view.font()
    option.fontMetrics = view.fontMetrics()
    if isinstance(view, QTableView) and view.wordWrap():
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    return option


def _sideways(area: QAbstractScrollArea) -> Finding | None:
    """A page or table that scrolls sideways (with a bar) or is cut off (without: worse)."""
    bar = area.horizontalScrollBar()
    if bar is None or bar.maximum() <= 0:
        return None
    width = area.viewport().width()
    hidden = area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    return Finding(
        "sideways", _name(area), "(no scroll bar)" if hidden else "", width + bar.maximum(), width
    )


def _outside(w: QWidget, window: QWidget) -> Finding | None:
    """A widget outside the window, unless a scroll area's viewport holds it."""
    parent = w.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and (
            parent is parent.parentWidget().viewport()  # type: ignore[union-attr]
        ):
            return None
        parent = parent.parentWidget()
    top_left = w.mapTo(window, w.rect().topLeft())
    rect = QRect(top_left, w.size())
    room = window.rect()
    if rect.right() > room.right() + SLACK_PX or rect.bottom() > room.bottom() + SLACK_PX:
        return Finding("outside", _name(w), "", rect.right(), room.right())
    return None


def audit(root: QWidget) -> list[Finding]:
    """Every finding under `root` among the widgets a person can see."""
    window = root.window()
    found: list[Finding] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not _shown(w) or w.objectName() == "qtooltip_label":
            continue
        found += _findings(w)
        out = _outside(w, window)
        if out is not None:
            found.append(out)
    return found


def _own(w: QWidget) -> Finding | None:
    """What is wrong with a label, a button, a drop-down or a field itself."""
    if isinstance(w, QLabel):
        return _label(w)
    if isinstance(w, QAbstractButton):
        return _button(w)
    if isinstance(w, QComboBox):
        return _combo(w)
    if isinstance(w, QLineEdit) and not isinstance(w.parentWidget(), QComboBox):
        return _field(w)
    return None


def _parts(w: QWidget) -> list[Finding]:
    """What is wrong with the tabs, header sections, cells or rows of a view."""
    found: list[Finding] = []
    if isinstance(w, QTabBar):
        found += _tabs(w)
    elif isinstance(w, QHeaderView):
        found += _header(w)
    if isinstance(w, QTableView):
        found += _cells(w)
    if isinstance(w, QListView) and not hasattr(w, "row_titles"):  # (not a CardView)
        found += _list_rows(w)
    return found


def _findings(w: QWidget) -> list[Finding]:
    found = _parts(w)
    one = _own(w)
    if isinstance(w, QAbstractScrollArea) and not isinstance(w, QHeaderView):
        one = one or _sideways(w)
    if one is None and hasattr(w, "clipped_labels"):  # a chart measures its own text
        found += [
            Finding("chart", _name(w), _cut(t), need, has) for t, need, has in w.clipped_labels()
        ]
    return found + ([one] if one is not None else [])
