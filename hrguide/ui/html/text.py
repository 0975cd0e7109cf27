"""Small pieces of the guide's rich text: a web address that wraps at its slashes, the
keyboard help's table."""

from __future__ import annotations

ZWSP = "\u200b"  # a break opportunity after each slash: a long address wraps, never cuts


def wrappable(url: str) -> str:
    return url.replace("/", "/" + ZWSP)


def keys_html(rows: list[tuple[str, str]]) -> str:
    """The keyboard shortcuts as a table: each key in bold beside what it does. (The
    guide's own words, translated: markup of its own, not data.)"""
    body = "".join(f"<tr><td><b>{key}</b></td><td>{does}</td></tr>" for key, does in rows)
    return f"<table cellpadding='4'>{body}</table>"
