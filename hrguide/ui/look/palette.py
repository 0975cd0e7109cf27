"""The colour pairs of each theme (text, background), checked for WCAG AA contrast by the
tests. The style sheets use exactly these colours."""

from __future__ import annotations

THEMES: dict[str, list[tuple[str, str, str]]] = {
    "light": [
        ("#1d2a33", "#f7f9fa", "body text on the page"),
        ("#1d2a33", "#ffffff", "text on cards, tables and inputs"),
        ("#15566d", "#f7f9fa", "headings"),
        ("#15566d", "#ffffff", "figures on cards"),
        ("#55636d", "#f7f9fa", "source lines"),
        ("#55636d", "#ffffff", "source lines on cards"),
        ("#3f4c55", "#f7f9fa", "notes and unselected tabs"),
        ("#ffffff", "#1f6f8b", "button text"),
        ("#ffffff", "#185a71", "button text, hovered"),
        ("#1d2a33", "#eef2f4", "table headers"),
        ("#1d2a33", "#f3f6f8", "alternate table rows"),
        ("#1d2a33", "#cfe6ee", "selected rows"),
        ("#1d2a33", "#d5ecf3", "highest figure in the compare grid"),
        ("#1d2a33", "#f6ead6", "lowest figure in the compare grid"),
        ("#3f4c55", "#b7c3ca", "disabled buttons"),
        ("#ffffff", "#15566d", "kiosk overlays"),
    ],
    "high_contrast": [
        ("#ffffff", "#000000", "body text"),
        ("#ffff00", "#000000", "headings and figures"),
        ("#000000", "#ffff00", "buttons"),
        ("#000000", "#00ffff", "selected rows"),
        ("#ffffff", "#1a1a1a", "alternate table rows"),
        ("#ffffff", "#333333", "table headers"),
        ("#000000", "#c0c0c0", "disabled buttons"),
    ],
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
