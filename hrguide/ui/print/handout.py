"""The handout on paper: its HTML (html/handout.py) laid out by QTextDocument, to a PDF or
a printer, with no table row cut across two pages (pages.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ...store.export import write_atomically
from .pages import keep_rows_whole

PAGE_SIZES = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}


def make_document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc


def write_pdf(path: Path | str, html: str, *, title: str, page: str = "letter") -> None:
    """Write the handout as a PDF with selectable text and its title in the metadata.

    The PDF is made in memory, then written whole or not at all (store.export): a missing
    folder, no permission or a full disk raises OSError and leaves nothing behind."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    _render_pdf(buffer, html, title=title, page=page)
    data = bytes(buffer.data().data())
    if not data.startswith(b"%PDF"):
        raise OSError(0, "the handout could not be rendered")
    write_atomically(path, data)


def _render_pdf(device: QIODevice, html: str, *, title: str, page: str) -> None:
    writer = QPdfWriter(device)
    writer.setTitle(title)
    writer.setCreator("hrguide")
    writer.setResolution(300)
    layout = QPageLayout(
        QPageSize(PAGE_SIZES[page]),
        QPageLayout.Orientation.Portrait,
        # QTextDocument.print_ adds a 2 cm margin of its own
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    # QTextDocument.print_ lays the text out on the page at its printed size (points),
    # and breaks pages itself; no table row is cut across two (pages.py)
    make_document(keep_rows_whole(html, writer)).print_(writer)
    del writer  # the PDF is finished when the writer goes
