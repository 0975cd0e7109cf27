"""The guide database's schema version and what a usable database must contain."""

from __future__ import annotations

# Raise with every change to hrguide/build/schema.sql; the store refuses other versions.
SCHEMA_VERSION = 2  # 2: the translations table

# Tables the app cannot work without, with the fewest rows a sound build has.
REQUIRED_TABLES: dict[str, int] = {
    "meta": 2,
    "sources": 10,
    "careers": 8,
    "occupations": 5,
    "wages": 100,
    "projections": 5,
    "credentials": 2,
    "career_facts": 8,
    "institutions": 100,
    "programs": 100,
    "pages": 5,
    "translations": 1,
    "search_index": 10,
}
