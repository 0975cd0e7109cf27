"""Sending the handout to a printer: with a preview on the desktop, straight to the default
printer at a kiosk (when the site allows it). Printing goes through the system's print
service (CUPS, the Windows spooler), which may contact the campus print server; the guide
itself connects nowhere (docs/deploy.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .handout import make_document
from .pages import keep_rows_whole

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def print_with_preview(parent: QWidget | None, html: str, title: str) -> None:
    from PySide6.QtPrintSupport import (  # deferred: a bundle may lack print support; asked for only to print
        QPrinter,
        QPrintPreviewDialog,
    )

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.paintRequested.connect(lambda p: make_document(keep_rows_whole(html, p)).print_(p))
    dialog.exec()
    dialog.deleteLater()  # a child of the window: freed now, not with the window


def print_direct(html: str, title: str) -> bool:
    """Kiosk printing (when the site enables it): the default printer, no dialog. False
    when there is no printer or the print service refused the job: nothing was printed.
    (Printing goes through the system's print service, which may contact the campus
    print server; the guide itself connects nowhere.)"""
    from PySide6.QtPrintSupport import (  # deferred: a bundle may lack print support; asked for only to print
        QPrinter,
        QPrinterInfo,
    )

    if QPrinterInfo.defaultPrinter().isNull():
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    if not printer.isValid():
        return False
    make_document(keep_rows_whole(html, printer)).print_(printer)
    return printer.printerState() != QPrinter.PrinterState.Error
