"""Thirty seconds of random use in kiosk mode: no exception, no Qt warning."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_short_monkey_run(qapp):
    sys.path.insert(0, str(ROOT / "bench"))
    import monkey

    result = monkey.run(30, seed=7, kiosk=True, report_every=1e9, idle_every=400)
    assert result["actions"] > 300
    assert result["resets"] >= 1  # walks away after 200 actions: the idle reset runs
    assert not result["errors"], [f"{type(e).__name__}: {e}" for e in result["errors"][:5]]
    assert not result["warnings"], result["warnings"][:5]
    assert result["growth"] < 0.25  # the bench's 10-minute run holds the 10 % budget
