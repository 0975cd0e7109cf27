"""What a page gets: the `Context`. (What it must offer is `Page`, and how anything asks
to go somewhere is `Link`: both in link.py, re-exported here for the pages.)"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .link import HOME, Link, Page

__all__ = ["HOME", "Comparison", "Context", "Link", "Page"]

if TYPE_CHECKING:
    from ..config import SiteConfig
    from ..store.guide import GuideStore
    from .look.settings import ViewSettings
    from .shell.router import Router
    from .shell.shortlister import Shortlister


class Comparison:
    """The careers chosen on the Compare page, for the handout (shared, never a page)."""

    def __init__(self) -> None:
        self.career_ids: tuple[str, ...] | None = None  # None: the Compare page's default


@dataclass(frozen=True)
class Context:
    """What every page gets."""

    store: GuideStore
    router: Router
    settings: ViewSettings
    shortlister: Shortlister
    config: SiteConfig
    comparison: Comparison
    kiosk: bool = False

    @property
    def lang(self) -> str:
        """The UI language now: pass it to the store's text queries."""
        return self.settings.language
