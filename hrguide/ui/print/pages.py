"""Page breaks for the handout that never cut a table row in two. QTextDocument moves a row
to the next page only when every one of its cells starts there; otherwise it splits the row
mid-text ("Estimated monthly payment" on one page, its figure on the next), and it repeats
no header. So the handout is laid out exactly as printing will lay it out, and where a row
(or a group of rows marked with GROUP: a program and its outcome line) would cross a page
end or start a new page, its table is closed there and started again on the next page
with its header row.

Tables are the handout's own HTML (never nested); rows are `<tr>`; the header is a first
row of `<th>` cells."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QTextDocument,
    QTextFrame,
    QTextTable,
)

from ..html.handout import GROUP  # starts rows that stay together (comments reach Qt as nothing)

MAX_BREAKS = 200  # a bound on the loop below: far more than a handout has pages
_TABLE = re.compile(r"(<table[^>]*>)(.*?)</table>", re.DOTALL)
_ROW = re.compile(r"<tr[\s>]")


@dataclass
class _Table:
    start: int  # where its opening tag starts in the HTML
    tag: str  # the opening tag
    header: str  # the header row ("" without one)
    groups: list[tuple[int, str]]  # (offset in the HTML, rows) of each group after it


def _tables(html: str) -> list[_Table]:
    found = []
    for m in _TABLE.finditer(html):
        body, at = m.group(2), m.start(2)
        header = ""
        first = _ROW.search(body)
        if first is not None:
            end = body.find("</tr>", first.start()) + len("</tr>")
            if "<th" in body[first.start() : end]:
                header = body[first.start() : end]
        starts = _group_starts(body, first.start() + len(header) if first else 0)
        bounds = [*starts, len(body)]
        groups = [(at + s, body[s:e]) for s, e in zip(bounds, bounds[1:], strict=False)]
        found.append(_Table(m.start(), m.group(1), header, groups))
    return found


def _group_starts(body: str, after: int) -> list[int]:
    if GROUP in body:
        return [i for i in _find_all(body, GROUP) if i >= after]
    return [m.start() for m in _ROW.finditer(body) if m.start() >= after]


def _find_all(text: str, part: str) -> Iterator[int]:
    i = text.find(part)
    while i >= 0:
        yield i
        i = text.find(part, i + 1)


def laid_out(html: str, device: QPagedPaintDevice) -> QTextDocument:
    """The handout laid out as QTextDocument.print_ lays out its copy for `device`: the
    device's resolution and page, and print_'s 2 cm margins. Like print_, a device without
    page margins gets 2 mm (print_ would set them itself, after this layout)."""
    margins = device.pageLayout().margins(QPageLayout.Unit.Millimeter)
    if margins.isNull():
        device.setPageMargins(QMarginsF(2, 2, 2, 2), QPageLayout.Unit.Millimeter)
    doc = QTextDocument()
    doc.setHtml(html)
    doc.documentLayout().setPaintDevice(device)
    margin = int(2 / 2.54 * 96)  # print_ gives them at 96 dpi; the layout scales them
    fmt = doc.rootFrame().frameFormat()
    for side in (fmt.setLeftMargin, fmt.setRightMargin, fmt.setTopMargin, fmt.setBottomMargin):
        side(margin)
    doc.rootFrame().setFrameFormat(fmt)
    doc.setPageSize(QSizeF(device.width(), device.height()))
    return doc


def _doc_tables(frame: QTextFrame) -> Iterator[QTextTable]:
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            yield child
        yield from _doc_tables(child)


def _row_span(doc: QTextDocument, table: QTextTable, first: int, last: int) -> tuple[float, float]:
    """The top and bottom of rows `first`..`last` on the laid-out document."""
    layout = doc.documentLayout()
    tops, bottoms = [], []
    for r in range(first, last + 1):
        for c in range(table.columns()):
            cell = table.cellAt(r, c)
            if cell.row() != r or cell.column() != c:
                continue  # a spanned place: its cell was measured where it starts
            tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
            bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
    return min(tops), max(bottoms)


def _first_cut(html: str, doc: QTextDocument) -> tuple[_Table, int] | None:
    """The first table and group that ends on a later page than its table starts: the
    group crosses a page end, or starts the next page without the header. (A group taller
    than half a page is left to cross: it would leave most of a page empty.)"""
    page = doc.pageSize().height()
    for table, laid in zip(_tables(html), _doc_tables(doc.rootFrame()), strict=False):
        first_page = int(_row_span(doc, laid, 0, 0)[0] // page)
        row = 1 if table.header else 0
        for g, (_at, rows) in enumerate(table.groups):
            count = len(_ROW.findall(rows))
            if count == 0:
                continue
            top, bottom = _row_span(doc, laid, row, row + count - 1)
            row += count
            if g == 0 or int((bottom - 1) // page) == first_page:
                continue
            starts_a_page = int(top // page) > first_page
            if starts_a_page or bottom - top < page / 2:
                return table, g
    return None


def keep_rows_whole(html: str, device: QPagedPaintDevice) -> str:
    """`html` with a table restarted (page break, header again) before every row group that
    printing on `device` would cut across two pages."""
    for _ in range(MAX_BREAKS):
        cut = _first_cut(html, laid_out(html, device))
        if cut is None:
            break
        table, g = cut
        at = table.groups[g][0]
        tag = table.tag[:-1] + " style='page-break-before: always'>"
        html = html[:at] + "</table>" + tag + table.header + html[at:]
    return html
