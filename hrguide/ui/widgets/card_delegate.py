"""How a card looks: a table row painted as a card (a title, then a grid of header-and-
value cells that wrap), measured at the card view's width. widgets/cards.py decides when a
table shows as cards."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from .charts import theme_ink  # the theme's text colours (contrast-checked)

PAD = 12  # inside a card
GAP = 8  # between two cards
CELL_CHARS = 24  # a cell of the card's grid is at least this many average characters wide
CELL_GAP = 16
WRAP = int(Qt.TextFlag.TextWordWrap)


def _fields(
    index: QModelIndex | QPersistentModelIndex, row_titles: bool = False
) -> list[tuple[str, str]]:
    """(header, value) of every column of the index's row that has something to show; with
    `row_titles` (a table whose rows are named in its vertical header, as the comparison
    grid's measures are) the row's name comes first, as the card's title."""
    model = index.model()
    out = []
    if row_titles:
        name = model.headerData(index.row(), Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
        out.append(("", str(name or "")))
    for col in range(model.columnCount(QModelIndex())):
        value = model.index(index.row(), col).data(Qt.ItemDataRole.DisplayRole)
        if value is None or str(value).strip() == "":
            continue
        label = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        out.append((str(label or ""), str(value)))
    return out


_LABELS: dict[tuple[str, str, int], int] = {}  # (font, label, width): the same few labels
# ("City", "State", ...) are on every card; values are not kept (they hardly repeat, and
# keeping them cost 2.5 MB on a kiosk's pages)


def _height(fm: QFontMetrics, text: str, width: int) -> int:
    """The height of `text` wrapped to `width` pixels. A line that fits is one line high:
    measured without laying the text out, which is most of a card's values."""
    if "\n" not in text and fm.horizontalAdvance(text) < width:
        text = "Xg"
    return fm.boundingRect(QRect(0, 0, width, 10_000), WRAP, text).height()


def _label_height(fm: QFontMetrics, font_key: str, label: str, width: int) -> int:
    key = (font_key, label, width)
    if key not in _LABELS:
        if len(_LABELS) > 2_000:  # a bound: many widths and fonts over a long day
            _LABELS.clear()
        _LABELS[key] = _height(fm, label, width)
    return _LABELS[key]


class CardDelegate(QStyledItemDelegate):
    """Paints a row as a card: the first column's value as its title, then one line (or
    as many as it needs) per other column, its header beside or above its value."""

    def _layout(
        self, font: QFont, width: int, index: QModelIndex | QPersistentModelIndex
    ) -> list[tuple[QRect, str, bool]]:
        """(rectangle, text, is a label) for everything the card shows, from its top: the
        first column's value as the title (in bold, measured in bold), then the other
        columns as cells in a grid (as many side by side as the width holds), each its
        header above its value."""
        inner = max(40, width - 2 * PAD)
        fm = QFontMetrics(font)
        bold = QFont(font)
        bold.setBold(True)
        view = self.parent()
        fields = _fields(index, bool(getattr(view, "row_titles", False)))
        items: list[tuple[QRect, str, bool]] = []
        if not fields:
            return items
        y = PAD
        title = fields[0][1]
        h = _height(QFontMetrics(bold), title, inner)
        items.append((QRect(PAD, y, inner, h), title, False))
        y += h + 6
        per_row = max(1, inner // (CELL_CHARS * max(1, fm.averageCharWidth())))
        cell_w = (inner - (per_row - 1) * CELL_GAP) // per_row
        rest = fields[1:]
        for start in range(0, len(rest), per_row):
            row_h = 0
            for i, (label, value) in enumerate(rest[start : start + per_row]):
                x = PAD + i * (cell_w + CELL_GAP)
                lh = _label_height(fm, font.key(), label, cell_w)
                vh = _height(fm, value, cell_w)
                items.append((QRect(x, y, cell_w, lh), label, True))
                items.append((QRect(x, y + lh, cell_w, vh), value, False))
                row_h = max(row_h, lh + vh)
            y += row_h + 6
        return items

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 400
        items = self._layout(option.font, width, index)
        bottom = max((r.bottom() for r, _t, _l in items), default=0)
        return QSize(width, bottom + PAD + GAP)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        card = option.rect.adjusted(0, 0, -1, -GAP)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(
            palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        )
        painter.drawRoundedRect(card, 6, 6)
        ink, muted = theme_ink(option.widget) if option.widget is not None else (None, None)
        if selected or ink is None:
            ink = muted = palette.color(QPalette.ColorRole.HighlightedText)
        flags = int(Qt.TextFlag.TextWordWrap)
        for i, (rect, text, is_label) in enumerate(
            self._layout(option.font, option.rect.width(), index)
        ):
            font = option.font
            font.setBold(i == 0)
            painter.setFont(font)
            painter.setPen(muted if is_label else ink)
            painter.drawText(rect.translated(option.rect.topLeft()), flags, text)
        painter.restore()
