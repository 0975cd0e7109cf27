"""The design system's rules that code can break (docs/design.md): spacing on the 4-px
grid. Colour contrast is checked in test_accessibility.py, touch sizes in test_kiosk.py,
readable text in test_layout_audit.py."""

from __future__ import annotations

import re

from conftest import ROOT

CALL = re.compile(
    r"\.(setContentsMargins|setSpacing|setHorizontalSpacing|setVerticalSpacing)\(([^)]*)\)"
)


def test_margins_and_gaps_are_multiples_of_4_px():
    off = []
    for path in sorted((ROOT / "hrguide" / "ui").rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for call in CALL.finditer(line):
                for arg in call.group(2).split(","):
                    arg = arg.strip()
                    if arg.isdigit() and int(arg) % 4:
                        off.append(f"{path.relative_to(ROOT)}:{n}: {call.group(0)}")
    assert off == []
