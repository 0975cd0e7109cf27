"""Logging (issue 34, item 7): one logger per area, the level from `--log-level`, and Qt's
own messages routed into the log."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest
from conftest import ROOT

from hrguide import logs


def test_each_area_has_its_logger_and_no_other_name_is_one():
    assert logs.area("kiosk").name == "hrguide.kiosk"
    assert {logs.area(a).name for a in logs.AREAS} == {f"hrguide.{a}" for a in logs.AREAS}
    with pytest.raises(ValueError, match="unknown log area"):
        logs.area("users")


def test_the_modules_log_under_an_area():
    """No module names its own logger after itself: every log line says its area."""
    for path in (ROOT / "hrguide").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "getLogger(__name__)" not in text, path


def test_qt_messages_reach_the_qt_area(caplog):
    class Kind:  # what Qt passes: a QtMsgType, known here by its name
        name = "QtWarningMsg"

    with caplog.at_level(logging.DEBUG, logger="hrguide.qt"):
        logs._from_qt(Kind(), None, "QPainter::begin: Paint device returned engine == 0")
    assert caplog.records[0].name == "hrguide.qt"
    assert caplog.records[0].levelno == logging.WARNING


@pytest.mark.slow
def test_log_level_chooses_what_is_written(tmp_path):
    """Qt's warnings (the offscreen platform gives some) are logged under `hrguide.qt` at
    `--log-level warning`, and left out at `--log-level error`."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path))

    def run(*extra: str) -> str:
        out = subprocess.run(
            [sys.executable, "-m", "hrguide", *extra, "--self-test"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=300,
        )
        assert out.returncode == 0, out.stderr[-2000:]
        return out.stderr

    assert "WARNING hrguide.qt: " in run("--log-level", "warning")
    assert "hrguide.qt" not in run("--log-level", "error")
