"""The colour tokens of each theme as (foreground, background, where, kind) pairs, checked
for contrast by the tests and listed in docs/design.md (tools/design_tokens.py writes that
table). The style sheets use exactly these colours, plus the decorative ones below.

Kinds and the ratio each needs (WCAG 2.2): "text" 4.5:1; "large" (18 pt, or 14 pt bold)
3:1; "control" 3:1, for what a person must see to use a control (a field's border, a
focus ring, the selected tab's bar) against what lies next to it."""

from __future__ import annotations

TEXT, LARGE, CONTROL = "text", "large", "control"
MINIMUM = {TEXT: 4.5, LARGE: 3.0, CONTROL: 3.0}

THEMES: dict[str, list[tuple[str, str, str, str]]] = {
    "light": [
        ("#1d2a33", "#f7f9fa", "body text on the page", TEXT),
        ("#1d2a33", "#ffffff", "text on cards, tables and inputs", TEXT),
        ("#15566d", "#f7f9fa", "headings, the selected tab, a hovered tab", TEXT),
        ("#15566d", "#ffffff", "figures on cards", TEXT),
        ("#55636d", "#f7f9fa", "source lines", TEXT),
        ("#55636d", "#ffffff", "source lines on cards", TEXT),
        ("#3f4c55", "#f7f9fa", "notes and unselected tabs", TEXT),
        ("#ffffff", "#1f6f8b", "button text", TEXT),
        ("#ffffff", "#185a71", "button text, hovered", TEXT),
        ("#ffffff", "#0f3d4d", "the chosen pathway step", TEXT),
        ("#1d2a33", "#eef2f4", "table headers", TEXT),
        ("#1d2a33", "#f3f6f8", "alternate table rows", TEXT),
        ("#1d2a33", "#cfe6ee", "selected rows", TEXT),
        ("#1d2a33", "#e8f1f5", "a hovered tool button", TEXT),
        ("#1d2a33", "#d5ecf3", "highest figure in the compare grid", TEXT),
        ("#1d2a33", "#f6ead6", "lowest figure in the compare grid", TEXT),
        ("#3f4c55", "#b7c3ca", "disabled buttons", TEXT),
        ("#5f6b73", "#ffffff", "disabled tool buttons", TEXT),
        ("#ffffff", "#15566d", "kiosk overlays", TEXT),
        ("#d8e9ef", "#15566d", "the attract screen's source line", TEXT),
        ("#15566d", "#ffffff", "the attract screen's language buttons", TEXT),
        ("#15566d", "#d8e9ef", "the attract screen's language buttons, pressed", TEXT),
        ("#6b7882", "#ffffff", "borders of fields, drop-downs and tool buttons", CONTROL),
        ("#6b7882", "#f7f9fa", "a tool button's border on the page", CONTROL),
        ("#1f6f8b", "#ffffff", "focus ring of fields, lists and tool buttons", CONTROL),
        ("#1f6f8b", "#f7f9fa", "the selected tab's bar; a core career card's edge", CONTROL),
        ("#f0b429", "#1f6f8b", "focus ring of a button, against the fill it replaces", CONTROL),
        ("#1f6f8b", "#f7f9fa", "a button against the page", CONTROL),
        ("#6b7882", "#eef2f4", "a scroll bar's handle on its track", CONTROL),
        ("#3f4c55", "#eef2f4", "a scroll bar's handle, hovered or dragged", CONTROL),
    ],
    "high_contrast": [
        ("#ffffff", "#000000", "body text", TEXT),
        ("#ffff00", "#000000", "headings and figures", TEXT),
        ("#000000", "#ffff00", "buttons", TEXT),
        ("#000000", "#ffffff", "buttons, hovered", TEXT),
        ("#000000", "#00ffff", "selected rows; the chosen pathway step", TEXT),
        ("#ffffff", "#1a1a1a", "alternate table rows", TEXT),
        ("#ffffff", "#333333", "table headers", TEXT),
        ("#000000", "#c0c0c0", "disabled buttons", TEXT),
        ("#ffffff", "#000000", "borders of fields, buttons and tables", CONTROL),
        ("#00ffff", "#000000", "focus ring", CONTROL),
        ("#ffff00", "#000000", "the selected tab's bar; a hovered tab", CONTROL),
        ("#000000", "#00ffff", "pressed and checked buttons", TEXT),
        ("#c0c0c0", "#000000", "disabled tool buttons, fields and check boxes", TEXT),
        ("#ffffff", "#000000", "a scroll bar's handle and edge", CONTROL),
        ("#ffff00", "#000000", "a scroll bar's handle, hovered or dragged", CONTROL),
        ("#000000", "#ffffff", "a hovered tool button", TEXT),
    ],
}

# Colours the style sheets use that carry no meaning a person needs: separators between
# areas that are told apart by their content anyway. WCAG does not ask these for 3:1.
DECORATIVE = {
    "#d5dde2": "separator lines, card outlines",
    "#e3e8eb": "table grid lines",
    "#9fb0ba": "the search pop-up's outline (it has a shadow of results under it)",
}


def _channel(c: int) -> float:
    v = c / 255
    return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def token_table(theme: str) -> str:
    """The theme's pairs as a Markdown table with their ratios (docs/design.md)."""
    rows = [
        "| foreground | background | where | kind | ratio | needs |",
        "|---|---|---|---|---|---|",
    ]
    for fg, bg, where, kind in THEMES[theme]:
        ratio = contrast(fg, bg)
        rows.append(f"| `{fg}` | `{bg}` | {where} | {kind} | {ratio:.2f}:1 | {MINIMUM[kind]:g}:1 |")
    return "\n".join(rows)
