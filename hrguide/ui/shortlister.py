"""The shortlist service the pages share: one user database, the current list, stars."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from ..domain.shortlist import Shortlist
from ..store.userdata_errors import UserDataUnavailable

if TYPE_CHECKING:  # the user database's modules load when it is opened, after start-up
    from ..domain.shortlist import Shortlist
    from ..store.userdata import UserStore

# the reasons a list cannot be changed are store/reasons.py's, shown with self.tr
# the first list's name until someone renames it: stored in English, shown translated
DEFAULT_NAME = str(QT_TRANSLATE_NOOP("Shortlister", "My shortlist"))
UI_BUSY_TIMEOUT_S = 0.25  # a held lock costs a click a quarter second, then a notice


class Shortlister(QObject):
    """Opens the user database on first use (never on the start-up path); in kiosk mode
    keeps everything in memory."""

    changed = Signal()
    notice = Signal(str)  # something the user should be told (e.g. a database replaced)

    def __init__(self, *, kiosk: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kiosk = kiosk
        self.in_memory = kiosk  # a kiosk writes nothing to disk
        self._store: UserStore | None = None
        self.current_id: int | None = None
        self.last_notice = ""  # shown by the Shortlist page even if it is built later

    @property
    def store(self) -> UserStore:
        if self._store is None:
            from ..store.userdata import UserStore  # deferred (bench/deferred_imports.py)

            # the UI thread waits at most this long for another program's lock, then says so
            self._store = UserStore(self.path(), timeout=UI_BUSY_TIMEOUT_S)
            if self._store.moved_aside is not None:
                self._tell(
                    self.tr(
                        "Your saved shortlists could not be read, so a new, empty file was "
                        "started. The old file was kept as {path}."
                    ).format(path=str(self._store.moved_aside))
                )
            elif self._store.problem is not None:
                self._tell(self.unavailable_text(self._store.problem))
        return self._store

    def keep_in_memory(self) -> None:
        """Write nothing to disk from now on (the self-test): a new, empty database in
        memory takes the place of the user's."""
        from ..store.userdata import MEMORY, UserStore  # deferred (bench/deferred_imports.py)

        self.in_memory = True
        self._store = UserStore(MEMORY)
        self.current_id = None

    def _tell(self, text: str) -> None:
        self.last_notice = text
        self.notice.emit(text)

    def unavailable_text(self, reason: str) -> str:
        return self.tr(
            "Your shortlists cannot be changed right now: {reason}. Nothing was lost: the "
            "file {path} is kept as it is. Close the other program or free some space, "
            "then restart the guide."
        ).format(reason=self.tr(reason), path=self.path())

    def path(self) -> str:
        from ..store.userdata import MEMORY, default_user_db  # deferred (bench/deferred_imports.py)

        return MEMORY if self.in_memory else str(default_user_db())

    def current(self) -> Shortlist:
        for lst in self.lists():
            if lst.list_id == self.current_id:
                return lst
        try:
            lst = self.store.first_or_create(DEFAULT_NAME)
        except UserDataUnavailable as exc:
            self._tell(self.unavailable_text(str(exc)))
            lst = Shortlist(0, DEFAULT_NAME)
        self.current_id = lst.list_id
        return self._shown(lst)

    def lists(self) -> list[Shortlist]:
        """Every list, the first one named in the UI's language while it keeps its default
        name (the file keeps it in English: a switch of language renames nothing)."""
        return [self._shown(lst) for lst in self.store.lists()]

    def _shown(self, lst: Shortlist) -> Shortlist:
        return lst._replace(name=self.tr(DEFAULT_NAME)) if lst.name == DEFAULT_NAME else lst

    def select(self, list_id: int) -> None:
        self.current_id = list_id
        self.changed.emit()

    def open(self) -> None:
        """Open the user database now (the window calls this after the first page shows)."""
        if self._store is None:
            self.current()
            self.changed.emit()

    def is_starred(self, kind: str, ref: str) -> bool:
        if self._store is None:  # not opened yet: nothing can be starred
            return False
        return self.store.has(self.current().list_id, kind, ref)

    def toggle(self, kind: str, ref: str, title: str, subtitle: str = "") -> bool:
        """Star or unstar; returns the new state (unchanged, with a notice, when the
        shortlists cannot be changed now)."""
        lst = self.current()
        on = self.store.has(lst.list_id, kind, ref)
        try:
            if on:
                self.store.remove(lst.list_id, kind, ref)
            else:
                self.store.add(lst.list_id, kind, ref, title, subtitle)
        except UserDataUnavailable as exc:
            self._tell(self.unavailable_text(str(exc)))
            return on
        self.changed.emit()
        return not on

    def add(self, kind: str, ref: str, title: str, subtitle: str = "") -> bool:
        """Add to the current list; False (with a notice) when it cannot be changed now."""
        try:
            self.store.add(self.current().list_id, kind, ref, title, subtitle)
        except UserDataUnavailable as exc:
            self._tell(self.unavailable_text(str(exc)))
            return False
        self.changed.emit()
        return True

    def forget_everything(self) -> None:
        """A kiosk's idle reset: the next student starts with nothing."""
        if self._store is not None:
            self._store.clear_all()
        self.current_id = None
        self.changed.emit()
