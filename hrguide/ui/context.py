"""What a page gets: the `Context`. (What it must offer is `Page`, and how anything asks
to go somewhere is `Link`: both in link.py, re-exported here for the pages.)"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal

from .link import HOME, Link, Navigator, Page

__all__ = [
    "CAREERS",
    "HOME",
    "INTEREST",
    "PROGRAMS",
    "SCORES",
    "Comparison",
    "Context",
    "Link",
    "Navigator",
    "Page",
]

if TYPE_CHECKING:
    from ..config import SiteConfig
    from ..store.guide import GuideStore
    from .look.settings import ViewSettings
    from .shortlister import Shortlister


PROGRAMS, CAREERS, INTEREST, SCORES = "programs", "careers", "interest", "scores"


class Comparison(QObject):
    """What is being compared, shared by the pages and the handout (never a page): the
    careers chosen on the Compare page, and the 2-4 programs picked in the school finder,
    the shortlist or the school detail. Held in memory only; a kiosk reset clears it."""

    # one signal for every field, with the field's name: "programs", "careers",
    # "interest" or "scores"; each field changes only through the methods below
    changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.career_ids: tuple[str, ...] | None = None  # None: the Compare page's default
        self.program_ids: tuple[str, ...] = ()
        self.interest: str | None = None  # interest check scores a counselor put on the handout
        # this session's interest check: its six scores and an area's highest score, for
        # the student's match on an occupation snapshot (in memory; a kiosk reset clears it)
        self.scores: tuple[tuple[int, ...], int] | None = None

    def add_program(self, program_id: str) -> bool:
        """Pick a program (False: already four picked; nothing changes)."""
        from ..domain.program_compare import picked  # deferred (bench/deferred_imports.py)

        ids, fits = picked(self.program_ids, program_id)
        if ids != self.program_ids:
            self.program_ids = ids
            self.changed.emit(PROGRAMS)
        return fits

    def set_programs(self, program_ids: list[str]) -> None:
        """Compare exactly these programs (the first four)."""
        from ..domain.program_compare import picked  # deferred (bench/deferred_imports.py)

        ids: tuple[str, ...] = ()
        for pid in program_ids:
            ids, _fits = picked(ids, pid)
        if ids != self.program_ids:
            self.program_ids = ids
            self.changed.emit(PROGRAMS)

    def remove_program(self, program_id: str) -> None:
        if program_id in self.program_ids:
            self.program_ids = tuple(p for p in self.program_ids if p != program_id)
            self.changed.emit(PROGRAMS)

    def set_careers(self, career_ids: tuple[str, ...] | None) -> None:
        """The careers the Compare page shows (None: its default), for the handout."""
        if career_ids != self.career_ids:
            self.career_ids = career_ids
            self.changed.emit(CAREERS)

    def set_interest(self, text: str | None) -> None:
        """The interest check's scores, as text, put on the handout by a counselor."""
        if text != self.interest:
            self.interest = text
            self.changed.emit(INTEREST)

    def set_scores(self, scores: tuple[tuple[int, ...], int] | None) -> None:
        """This session's six scores and an area's highest score (None: no check done)."""
        if scores != self.scores:
            self.scores = scores
            self.changed.emit(SCORES)

    def clear(self) -> None:
        """Back to nothing compared (a kiosk's next student)."""
        self.set_careers(None)
        self.set_interest(None)
        self.set_scores(None)
        if self.program_ids:
            self.program_ids = ()
            self.changed.emit(PROGRAMS)


class Context(NamedTuple):
    """What every page gets."""

    store: GuideStore
    router: Navigator
    settings: ViewSettings
    shortlister: Shortlister
    config: SiteConfig
    comparison: Comparison
    kiosk: bool = False

    @property
    def lang(self) -> str:
        """The UI language now: pass it to the store's text queries."""
        return self.settings.language
