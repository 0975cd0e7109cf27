"""A short random walk through the kiosk: no exception, no Qt warning, an idle reset."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

pytestmark = [pytest.mark.gui, pytest.mark.slow]

ACTIONS = 300


def test_short_monkey_run(qapp):
    sys.path.insert(0, str(ROOT / "bench"))
    import monkey

    # A fixed number of actions, not a time: the same walk with the same seed however busy
    # the machine is. The student walks away after 200 actions; the run then waits on the
    # kiosk's own timers (idle, then the countdown) for the reset, and fails if it does not
    # come within 30 s.
    result = monkey.run(None, seed=7, kiosk=True, report_every=1e9, idle_every=400, actions=ACTIONS)
    assert result["actions"] == ACTIONS
    assert not result["errors"], [f"{type(e).__name__}: {e}" for e in result["errors"][:5]]
    assert not result["warnings"], result["warnings"][:5]
    assert result["resets"] >= 1  # the walk-away's idle reset ran
    assert result["growth"] < 0.25  # peak RSS, first third to last (the bench holds 10 %)
