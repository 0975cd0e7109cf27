"""Search text to full-text terms: any text a user types or pastes becomes a short, safe
list of words, so that one keystroke costs the same whatever was typed."""

from __future__ import annotations

import re

MAX_CHARS = 200  # what the search box accepts (a pasted page is cut here)
MAX_WORDS = 8  # words used in one query: the cost grows with their square
MAX_WORD_CHARS = 40  # longer runs of letters are cut (no real word in the guide is longer)

_WORD = re.compile(r"\w+", re.UNICODE)


def search_terms(text: str) -> list[str]:
    """The words to search for, in the order typed, each once, at most MAX_WORDS of them,
    each at most MAX_WORD_CHARS long. The last word typed is kept (it is the one being
    typed, matched as a prefix), so the first MAX_WORDS - 1 distinct words come before it."""
    words: list[str] = []
    seen: set[str] = set()
    for word in _WORD.findall(text[:MAX_CHARS]):
        word = word[:MAX_WORD_CHARS]
        key = word.casefold()
        if key not in seen:
            seen.add(key)
            words.append(word)
    if len(words) > MAX_WORDS:
        words = words[: MAX_WORDS - 1] + words[-1:]
    return words


def fts_query(words: list[str]) -> str:
    """An FTS5 query: each word a quoted literal, the last one a prefix ("cod" finds
    "coder"). Quotes cannot occur inside a word, so no user text is ever FTS syntax."""
    if not words:
        return ""
    return " ".join([f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*'])
