"""Files a person saves: the save dialog, CSV exports written whole or not at all, and
plain words when a file cannot be written (the handout's PDF is in handout.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...store.export import why_not_written, write_csv

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget


# what a CSV export writes: its header and its rows
CsvTable = tuple[Sequence[str], Iterable[Sequence[object]]]


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """The save dialog (a function of its own so tests can answer it)."""

    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def not_saved_text(path: str, exc: OSError) -> str:

    return QCoreApplication.translate(
        "Files", "Not saved: {reason} ({path}). Choose another place."
    ).format(reason=QCoreApplication.translate("Files", why_not_written(exc)), path=path)


def save_csv(
    parent: QWidget | None, title: str, suggested: str, table: Callable[[], CsvTable]
) -> tuple[bool, str]:
    """Ask where to save, write `table()` (header, rows) there whole or not at all, and
    return (saved, what to tell the user); ("", False) when the user cancelled."""

    path = ask_save_path(
        parent, title, suggested, QCoreApplication.translate("Files", "CSV files (*.csv)")
    )
    if not path:
        return False, ""
    try:
        write_csv(path, *table())
    except OSError as exc:
        return False, not_saved_text(path, exc)
    return True, QCoreApplication.translate("Files", "Saved {path}").format(path=path)


def tell_not_saved(parent: QWidget | None, title: str, message: str) -> None:
    """A failed save, said in a message box that does not block (pages without a message
    line of their own)."""

    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("fileNotSaved")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
