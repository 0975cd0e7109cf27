"""The guide's pages in tab order, registered with their types: adding a page is one
`register_page` call here (docs/architecture.md, "Adding a page"). Each page's module is
imported by its loader when its tab is first shown, so start-up pays only for the first
page; mypy checks every loader's class against what the shell makes of it, and the import
graph (tests/test_layers.py) sees every page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ..context import HOME, Context
from .router import PageSpec

# a page's class: made with the context and its parent, it is a QWidget
PageClass = Callable[[Context, QWidget | None], QWidget]

_REGISTERED: list[PageSpec] = []


def register_page(
    page_id: str, label: object, load: Callable[[], PageClass], *, listed: bool = True
) -> PageSpec:
    """Add a page after those registered so far. `label` is its tab's text (marked with
    QT_TRANSLATE_NOOP in the "MainWindow" context); `load` imports the page's module and
    returns its class; `listed=False` gives it no tab (links, Back and search reach it)."""
    if any(spec.page_id == page_id for spec in _REGISTERED):
        raise ValueError(f"a page {page_id!r} is already registered")
    spec = PageSpec(page_id, str(label), load, listed)
    _REGISTERED.append(spec)
    return spec


def build_page(spec: PageSpec, ctx: Context, parent: QWidget | None = None) -> QWidget:
    """The page of `spec` under `parent`, its module imported now (the first time its tab
    is shown)."""
    return spec.load()(ctx, parent)


# -- the loaders: each imports one page's module when its tab is first shown ------------
def _careers() -> PageClass:
    from ..pages.careers import CareersPage  # deferred (bench/deferred_imports.py)

    return CareersPage


def _interest_check() -> PageClass:
    from ..pages.interest_check import InterestCheckPage  # deferred (bench/deferred_imports.py)

    return InterestCheckPage


def _compare() -> PageClass:
    from ..pages.compare import ComparePage  # deferred (bench/deferred_imports.py)

    return ComparePage


def _daily_work() -> PageClass:
    from ..pages.topics import DailyWorkPage  # deferred (bench/deferred_imports.py)

    return DailyWorkPage


def _education() -> PageClass:
    from ..pages.topics import EducationPage  # deferred (bench/deferred_imports.py)

    return EducationPage


def _employers() -> PageClass:
    from ..pages.topics import EmployersPage  # deferred (bench/deferred_imports.py)

    return EmployersPage


def _earnings() -> PageClass:
    from ..pages.earnings import EarningsPage  # deferred (bench/deferred_imports.py)

    return EarningsPage


def _advancement() -> PageClass:
    from ..pages.pathways import PathwaysPage  # deferred (bench/deferred_imports.py)

    return PathwaysPage


def _related() -> PageClass:
    from ..pages.related import RelatedPage  # deferred (bench/deferred_imports.py)

    return RelatedPage


def _schools() -> PageClass:
    from ..pages.schools import SchoolsPage  # deferred (bench/deferred_imports.py)

    return SchoolsPage


def _program_compare() -> PageClass:
    from ..pages.program_compare import ProgramComparePage  # deferred (bench/deferred_imports.py)

    return ProgramComparePage


def _sources() -> PageClass:
    from ..pages.sources import SourcesPage  # deferred (bench/deferred_imports.py)

    return SourcesPage


def _shortlist() -> PageClass:
    from ..pages.shortlist import ShortlistPage  # deferred (bench/deferred_imports.py)

    return ShortlistPage


def _occupation() -> PageClass:
    from ..pages.occupation import OccupationPage  # deferred (bench/deferred_imports.py)

    return OccupationPage


register_page("careers", QT_TRANSLATE_NOOP("MainWindow", "Careers"), _careers)
register_page("interest-check", QT_TRANSLATE_NOOP("MainWindow", "Interest Check"), _interest_check)
register_page("compare", QT_TRANSLATE_NOOP("MainWindow", "Compare"), _compare)
register_page("daily-work", QT_TRANSLATE_NOOP("MainWindow", "Daily Work"), _daily_work)
register_page("education", QT_TRANSLATE_NOOP("MainWindow", "Education"), _education)
register_page("employers", QT_TRANSLATE_NOOP("MainWindow", "Employers"), _employers)
register_page("earnings", QT_TRANSLATE_NOOP("MainWindow", "Earnings"), _earnings)
register_page("advancement", QT_TRANSLATE_NOOP("MainWindow", "Advancement"), _advancement)
register_page("related", QT_TRANSLATE_NOOP("MainWindow", "Related"), _related)
register_page("schools", QT_TRANSLATE_NOOP("MainWindow", "Schools"), _schools)
register_page(
    "program-compare", QT_TRANSLATE_NOOP("MainWindow", "Compare Programs"), _program_compare
)
register_page("sources", QT_TRANSLATE_NOOP("MainWindow", "Sources"), _sources)
register_page("shortlist", QT_TRANSLATE_NOOP("MainWindow", "Shortlist"), _shortlist)
# no tab: opened from the interest results, Related, the pathway map and search
register_page(
    "occupation", QT_TRANSLATE_NOOP("MainWindow", "Occupations"), _occupation, listed=False
)

PAGES = tuple(_REGISTERED)
PAGE_IDS = tuple(p.page_id for p in PAGES)
assert PAGE_IDS[0] == HOME  # the first tab is the start page
