"""Names sorted as people read them, not by character code: case and accents come after
the letters (Álava with the As, "de" with "De"), and in Spanish ñ is a letter of its own
after n. Enough for the names the guide lists (states, areas, careers, programs) without
the ICU collation tables, which a trimmed build does not carry."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

_AFTER_N = "n\x7f"  # sorts after every "n" followed by a letter


def _letters(text: str, lang: str) -> str:
    out = []
    for ch in text.casefold():
        if lang == "es" and ch == "ñ":
            out.append(_AFTER_N)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out)


def name_key(text: str, lang: str = "en") -> tuple[str, str, str]:
    """Letters first, then accents, then case (a stable order for names that differ only
    there)."""
    return (_letters(text, lang), text.casefold(), text)


def by_name(items: Iterable[T], name: Callable[[T], str], lang: str = "en") -> list[T]:
    return sorted(items, key=lambda item: name_key(name(item), lang))
