"""A table whose rows wrap shows every line of every cell: the style sheet's item padding
paints the text narrower than the column, and the rows are measured at that narrower
width (the Sources page cut O*NET's "modified" notice at 1280x800; issue 19)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView


def _lines_fit(view: QTableView) -> list[tuple[int, int, int, int]]:
    """(row, column, row height, height its text needs where it is painted) for each cell
    that does not fit."""
    plain = QStyledItemDelegate()
    cut = []
    for row in range(view.model().rowCount()):
        for col in range(view.model().columnCount()):
            index = view.model().index(row, col)
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            option.rect = view.visualRect(index)
            plain.initStyleOption(option, index)
            painted = view.style().subElementRect(
                QStyle.SubElement.SE_ItemViewItemText, option, view
            )
            option.rect.setWidth(painted.width())
            need = plain.sizeHint(option, index).height()
            if need > view.rowHeight(row):
                cut.append((row, col, view.rowHeight(row), need))
    return cut


@pytest.mark.gui
def test_the_sources_table_shows_every_line_of_every_attribution(window, qtbot):
    window.router.open("sources")
    page = window.router.page("sources")
    qtbot.waitUntil(page.isVisible)
    view = page.table
    qtbot.waitUntil(lambda: view.rowHeight(0) > 0)
    assert not _lines_fit(view)
