"""Rows of wrapped text tall enough for the text as it is painted.

Qt sizes a row of wrapped text by wrapping each cell at the column's whole width, then the
style sheet's item padding (`QTableView::item { padding: ... }`) paints the text narrower:
a text that needed exactly the lines the row was given takes one more, and its end is cut
to "…" (the interest check's reasons, on an upright kiosk). This delegate measures each
cell at the width its text is painted in."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


class PaddedWrapDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        widget = option.widget
        if widget is None or option.rect.width() <= 0:  # a column's width is asked: no wrap
            return super().sizeHint(option, index)
        measured = QStyleOptionViewItem(option)
        self.initStyleOption(measured, index)
        text = QStyle.SubElement.SE_ItemViewItemText
        painted = widget.style().subElementRect(text, measured, widget)
        narrower = QStyleOptionViewItem(option)
        narrower.rect.setWidth(max(1, painted.width()))
        return super().sizeHint(narrower, index)
