"""The contract between the shell and its pages: how anything asks to go somewhere (`Link`,
plain data) and what every page offers (`Page`)."""

from __future__ import annotations

from typing import NamedTuple, Protocol, runtime_checkable

HOME = "careers"  # the start page: the first tab, where Home and a kiosk reset lead


class Link(NamedTuple):
    """A place in the guide: a page and what to show there. Plain, comparable data, so the
    back/forward history, search, the handout, the kiosk reset and the pages all use it.
    Fields a page does not use are left at their defaults."""

    page: str
    career: str | None = None  # careers: this career's profile (None: the cards)
    careers: tuple[str, ...] = ()  # compare: careers to add to the comparison
    school: int | None = None  # schools: this school's details (an IPEDS unit id)
    # schools: the programs of `career` (else the first of `cip_codes` the finder lists)
    # at `level` in `state`, the other filters cleared
    state: str | None = None
    level: str | None = None
    cip_codes: tuple[str, ...] = ()
    occupation: str | None = None  # occupation: this O*NET-SOC code's snapshot


class Navigator(Protocol):
    """What pages may ask of the shell's router: go to a place, or open a page where it is."""

    def go(self, link: Link) -> Page:
        """Show the place `link` names, as a step in the history; return its page."""
        ...

    def open(self, page_id: str) -> Page:
        """Show a page where it is, as a step in the history; return it."""
        ...


@runtime_checkable
class Page(Protocol):
    """What every page offers the shell. Pages are QWidgets built on first use with a
    `Context`; they never reach into the window or into other pages."""

    page_id: str

    def open(self, link: Link) -> None:
        """Show what `link` names (its page is this page)."""

    def location(self) -> Link:
        """Where this page is now, for the back/forward history."""

    def reset(self) -> None:
        """Back to how a new user finds it (kiosk reset)."""

    def retranslate(self) -> None:
        """Put what the page made from data and numbers into the language now in use; its
        UI strings are already moved (look/retranslate.py). Nothing a user set changes."""
