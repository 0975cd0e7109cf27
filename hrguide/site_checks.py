"""Site settings checked against the guide's data: a default state no school is in, a
language the guide is not written in, a school id it does not have. The file's syntax and
types are config.py's; these need the database. `hrguide config check` refuses what they
find; a start logs it and carries on. No Qt here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import paths
from .config import SiteConfig
from .store import GuideStore

if TYPE_CHECKING:
    from .store.protocols import SchoolReader

LANGUAGES = ("en", "es")  # the languages the guide is written in


def data_problems(cfg: SiteConfig, schools: SchoolReader) -> list[str]:
    """Settings that are well formed but name something the guide does not have: a state
    no school is in, a language the guide is not written in, a school id not in its data.
    Each message names the value and the file it came from. `hrguide config check` refuses
    them; a start logs them as warnings and carries on (the setting then does nothing)."""
    problems = []

    def origin(key: str) -> str:
        return cfg.origins.get(key, "the settings")

    # (the database is asked only about what the settings name)
    if cfg.default_state and cfg.default_state not in schools.states():
        problems.append(
            f"{origin('site.default_state')}: site.default_state: {cfg.default_state!r} is "
            "not a state or territory in the guide's data"
        )
    if cfg.language and cfg.language.split("_")[0] not in LANGUAGES:
        problems.append(
            f"{origin('site.language')}: site.language: {cfg.language!r} is not a language "
            f"the guide is written in ({', '.join(LANGUAGES)})"
        )
    if cfg.home_school is not None and not schools.school_exists(cfg.home_school):
        problems.append(
            f"{origin('site.home_school')}: site.home_school: {cfg.home_school} is not a "
            "school in the guide's data (an IPEDS unit id)"
        )
    return problems


def bundled_data_problems(cfg: SiteConfig) -> list[str]:
    """data_problems against the guide database the app ships with."""

    store = GuideStore(paths.bundled_db())
    try:
        return data_problems(cfg, store)
    finally:
        store.close()
