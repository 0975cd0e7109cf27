"""Shortlists: named lists of careers and programs a counselor keeps for a student."""

from __future__ import annotations

from typing import NamedTuple

CAREER, PROGRAM = "career", "program"
NAME_MAX = 60  # characters in a shortlist's name (it is shown in headers and the picker)
NOTE_MAX = 500  # characters in an item's note


def clean_name(name: str) -> str:
    """A list name as stored: trimmed, one line, at most NAME_MAX characters."""
    return " ".join(name.split())[:NAME_MAX].strip()


class Shortlist(NamedTuple):
    list_id: int
    name: str


class ShortlistItem(NamedTuple):
    """An item refers to the guide by a stable id: a career_id, or a program id
    '<IPEDS unit id>:<CIP code>:<award level>'. The title is a snapshot taken when the
    item was starred, so an item whose program left the data can still be named."""

    item_id: int
    list_id: int
    kind: str  # career or program
    ref: str
    title: str
    subtitle: str
    note: str
    position: int


class ResolvedItem(NamedTuple):
    item: ShortlistItem
    listed: bool  # False: the current guide data no longer has it
    title: str
    subtitle: str


def resolve(
    items: list[ShortlistItem], careers: dict[str, str], programs: dict[str, tuple[str, str]]
) -> list[ResolvedItem]:
    """Match items to the current data. `careers` maps career_id -> title; `programs`
    maps program_id -> (title, subtitle). Missing ones stay, marked as no longer listed."""
    out = []
    for it in items:
        if it.kind == CAREER and it.ref in careers:
            out.append(ResolvedItem(it, True, careers[it.ref], it.subtitle))
        elif it.kind == PROGRAM and it.ref in programs:
            title, subtitle = programs[it.ref]
            out.append(ResolvedItem(it, True, title, subtitle))
        else:
            out.append(ResolvedItem(it, False, it.title, it.subtitle))
    return out


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
# what a spreadsheet skips or reads as a formula sign: fullwidth forms of = + - @ (some
# spreadsheets fold them to ASCII), and white space or invisible characters before them
FULLWIDTH_SIGNS = str.maketrans({"＝": "=", "＋": "+", "－": "-", "＠": "@", "﹦": "=", "﹢": "+"})
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet could take `text` as a formula once it drops leading white
    space and invisible characters and folds fullwidth signs."""
    if text.startswith(FORMULA_STARTS):
        return True
    lead = text.lstrip(" \u00a0\u3000" + INVISIBLE)
    return lead.translate(FULLWIDTH_SIGNS).startswith(FORMULA_STARTS[:4])


def csv_cell(value: object) -> object:
    """A value safe to open in a spreadsheet: text that a spreadsheet would read as a
    formula (starting with = + - @, tab or a line break, also after spaces or invisible
    characters, or as fullwidth signs) gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return "" if value is None else value
