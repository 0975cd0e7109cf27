"""The command line, run as a user would: no tracebacks, clear messages, honest exit codes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import GUIDE_DB, ROOT

pytestmark = pytest.mark.slow


def run(*args, **kw):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "hrguide", *args],
        capture_output=True,
        text=True,
        cwd=kw.get("cwd", ROOT),
        env=env,
        timeout=120,
    )


def test_a_start_without_arguments_is_what_the_parser_makes_of_none():
    from hrguide.cli import _parser, _plain_start

    assert vars(_plain_start()) == vars(_parser().parse_args([]))


def test_version():
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.startswith("hrguide ")


def test_db_check_on_the_bundled_database():
    out = run("db", "check")
    assert out.returncode == 0, out.stderr
    from hrguide.domain.schema import SCHEMA_VERSION

    assert f"schema version:  {SCHEMA_VERSION}" in out.stdout
    assert "integrity check: ok" in out.stdout
    assert "bls-oews-2025" in out.stdout and "programs" in out.stdout


@pytest.mark.parametrize(
    "content", [b"", b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 50]
)
def test_db_check_on_a_bad_file_says_why_without_a_traceback(tmp_path, content):
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    out = run("db", "check", str(bad))
    assert out.returncode == 1
    assert str(bad) in out.stderr
    assert "Traceback" not in out.stderr + out.stdout


def test_db_build_writes_where_asked(tmp_path):
    out = run("db", "build", "--out", str(tmp_path / "g.db"))
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "g.db").exists()
    assert run("db", "check", str(tmp_path / "g.db")).returncode == 0


def test_python_m_hrguide_build_is_the_same_command(tmp_path):
    env = dict(os.environ)
    out = subprocess.run(
        [sys.executable, "-m", "hrguide.build", "--out", str(tmp_path / "g.db")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "g.db").stat().st_size > 1_000_000


def test_gui_with_a_missing_database_exits_1_with_a_message(tmp_path):
    out = run("--db", str(tmp_path / "none.db"), "--self-test")
    assert out.returncode == 1
    assert "not found" in out.stderr and "Traceback" not in out.stderr


def test_self_test_builds_every_page():
    out = run("--self-test", "--db", str(GUIDE_DB))
    assert out.returncode == 0, out.stderr
    from hrguide.ui.shell.registry import PAGE_IDS

    assert f"self-test passed: {len(PAGE_IDS)} pages" in out.stdout


def test_entry_point_starts_paints_and_quits_cleanly():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HRGUIDE_EXIT_AFTER_PAINT="1")
    out = subprocess.run(
        [sys.executable, "-m", "hrguide"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("first-paint ")
    assert "Traceback" not in out.stderr


def test_without_a_display_it_says_so_and_exits_2(tmp_path):
    """No DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM: one clear line and exit 2, not
    Qt's "xcb-cursor0 is needed ... Aborted" (exit 134)."""
    if sys.platform.startswith(("win", "darwin")):
        pytest.skip("Windows and macOS always have a display platform")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    out = subprocess.run(
        [sys.executable, "-m", "hrguide"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert out.returncode == 2, (out.returncode, out.stderr)
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert "no display found" in lines[0]
    assert "hrguide --self-test" in lines[0] and "QT_QPA_PLATFORM=offscreen" in lines[0]
    # the same environment with the offscreen platform chosen does start
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HRGUIDE_EXIT_AFTER_PAINT"] = "1"
    ok = subprocess.run(
        [sys.executable, "-m", "hrguide"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert ok.returncode == 0, ok.stderr


def test_no_display_rule():
    from hrguide.cli import no_display

    assert no_display({}, "linux")
    assert no_display({"DISPLAY": ""}, "linux")
    assert not no_display({"DISPLAY": ":0"}, "linux")
    assert not no_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not no_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not no_display({}, "win32") and not no_display({}, "darwin")


@pytest.mark.parametrize("mode", [[], ["--kiosk"]])
def test_ctrl_c_ends_the_guide_at_once_and_quietly(mode):
    """SIGINT used to surface as an uncaught error at the next Python callback, 13 s later
    (and a kiosk exit 70): now the guide quits promptly with code 130, also when the signal
    comes the moment the window is up, before the event loop runs (three tries: that race
    hung the guide nine times in ten)."""
    import signal

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for _ in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-m", "hrguide", *mode],
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
            cwd=ROOT,
            env=env,
        )
        try:
            for line in proc.stderr:  # wait until the window is up (no sleeping)
                if "hrguide is running" in line:
                    break
            proc.send_signal(signal.SIGINT)
            try:
                _, rest = proc.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.communicate()
                pytest.fail("the guide did not quit within 10 s of Ctrl+C")
            code = proc.returncode
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stderr.close()
        assert code == 130, rest
        assert "Traceback" not in rest and "uncaught" not in rest
        assert "destroyed" not in rest
