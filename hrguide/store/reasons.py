"""Why the shortlists or a saved file could not be used, in plain words: the one copy of
every reason the guide gives a person, never an SQLite or OS message. The store raises
and returns these English texts; the UI shows them translated, with
`QCoreApplication.translate(context, reason)` under the context marked here (lupdate reads
this file, so the catalogue has them)."""

from __future__ import annotations

import errno


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate's marker)
    """Mark `text` for translation under `context` and return it unchanged (no Qt here)."""
    return text


# the user database (shortlists): context "Shortlister"
IN_USE = QT_TRANSLATE_NOOP(
    "Shortlister",
    "another program (a backup or sync tool, or a second copy of the guide) is using the file",
)
DISK_FULL = QT_TRANSLATE_NOOP("Shortlister", "the disk is full")
READ_ONLY = QT_TRANSLATE_NOOP("Shortlister", "the folder or the file is read-only")
NOT_OPENED = QT_TRANSLATE_NOOP("Shortlister", "the file could not be opened or written")
NOT_USED = QT_TRANSLATE_NOOP("Shortlister", "the file could not be used")
NEWER = QT_TRANSLATE_NOOP("Shortlister", "the file was made by a newer version of the guide")
NOT_NOW = QT_TRANSLATE_NOOP("Shortlister", "the file cannot be changed now")
NOT_OURS = QT_TRANSLATE_NOOP(
    "Shortlister", "the file was made by another program or is damaged; it is kept as it is"
)
NOT_A_FILE = QT_TRANSLATE_NOOP(
    "Shortlister", "the shortlist file is not an ordinary file (a folder, a pipe or a device)"
)

# a file a person saves (CSV, PDF), by the OS's error number: context "Files"
_NO_FOLDER = QT_TRANSLATE_NOOP("Files", "the folder does not exist")
_NO_PERMISSION = QT_TRANSLATE_NOOP("Files", "you may not write in that folder")
_DISK_FULL = QT_TRANSLATE_NOOP("Files", "the disk is full")
WHY_NOT_WRITTEN = {
    errno.ENOENT: _NO_FOLDER,
    errno.ENOTDIR: _NO_FOLDER,
    errno.EACCES: _NO_PERMISSION,
    errno.EPERM: _NO_PERMISSION,
    errno.EROFS: QT_TRANSLATE_NOOP("Files", "that disk is read-only"),
    errno.ENOSPC: _DISK_FULL,
    errno.EDQUOT: _DISK_FULL,
    errno.EISDIR: QT_TRANSLATE_NOOP("Files", "a folder of that name is already there"),
}
NOT_WRITTEN = QT_TRANSLATE_NOOP("Files", "the file could not be written")
