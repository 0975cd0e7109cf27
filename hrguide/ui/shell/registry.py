"""The guide's pages in tab order: adding a page is one line here (see
docs/architecture.md). Modules are imported when their tab is first shown, so start-up
pays only for the first page."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ..context import HOME, Context
from .router import PageSpec


def build_page(spec: PageSpec, ctx: Context, parent: QWidget | None = None) -> QWidget:
    """The page of `spec` under `parent`, its module imported now (the first time its tab
    is shown)."""
    module = importlib.import_module(f"hrguide.ui.pages.{spec.module}")
    page: QWidget = getattr(module, spec.cls)(ctx, parent)
    return page


def _spec(page_id: str, label: object, module: str, cls: str, *, listed: bool = True) -> PageSpec:
    return PageSpec(page_id, str(label), module, cls, listed)


PAGES = (
    _spec("careers", QT_TRANSLATE_NOOP("MainWindow", "Careers"), "careers", "CareersPage"),
    _spec(
        "interest-check",
        QT_TRANSLATE_NOOP("MainWindow", "Interest Check"),
        "interest_check",
        "InterestCheckPage",
    ),
    _spec("compare", QT_TRANSLATE_NOOP("MainWindow", "Compare"), "compare", "ComparePage"),
    _spec("daily-work", QT_TRANSLATE_NOOP("MainWindow", "Daily Work"), "topics", "DailyWorkPage"),
    _spec(
        "education",
        QT_TRANSLATE_NOOP("MainWindow", "Education"),
        "topics",
        "EducationPage",
    ),
    _spec("employers", QT_TRANSLATE_NOOP("MainWindow", "Employers"), "topics", "EmployersPage"),
    _spec("earnings", QT_TRANSLATE_NOOP("MainWindow", "Earnings"), "earnings", "EarningsPage"),
    _spec(
        "advancement", QT_TRANSLATE_NOOP("MainWindow", "Advancement"), "pathways", "PathwaysPage"
    ),
    _spec("related", QT_TRANSLATE_NOOP("MainWindow", "Related"), "related", "RelatedPage"),
    _spec("schools", QT_TRANSLATE_NOOP("MainWindow", "Schools"), "schools", "SchoolsPage"),
    _spec(
        "program-compare",
        QT_TRANSLATE_NOOP("MainWindow", "Compare Programs"),
        "program_compare",
        "ProgramComparePage",
    ),
    _spec("sources", QT_TRANSLATE_NOOP("MainWindow", "Sources"), "sources", "SourcesPage"),
    _spec("shortlist", QT_TRANSLATE_NOOP("MainWindow", "Shortlist"), "shortlist", "ShortlistPage"),
    # no tab: opened from the interest results, Related, the pathway map and search
    _spec(
        "occupation",
        QT_TRANSLATE_NOOP("MainWindow", "Occupations"),
        "occupation",
        "OccupationPage",
        listed=False,
    ),
)
PAGE_IDS = tuple(p.page_id for p in PAGES)
assert PAGE_IDS[0] == HOME  # the first tab is the start page
