"""The kiosk comes back from whatever hides it under a real window manager (issue 35):
unmapped by another program, left on another desktop (wmctrl, or Ctrl+Alt+Right), behind
"show desktop", under another program's window, minimised. Each case is played with
xdotool or wmctrl against `hrguide --kiosk` on Xvfb with openbox, and the window
system's own state is read back (xwininfo, xprop): mapped, on the current desktop, the
active window, above the others.

The rest of the suite runs offscreen; this module needs Xvfb, openbox, xdotool, wmctrl,
xmessage and the X utilities (.ci/run installs them) and skips without them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest
from conftest import GUIDE_DB

TOOLS = ("Xvfb", "openbox", "xdotool", "wmctrl", "xwininfo", "xprop", "xmessage")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or any(shutil.which(t) is None for t in TOOLS),
        reason="needs Xvfb, openbox, xdotool, wmctrl and the X utilities",
    ),
]
BACK_WITHIN_S = 3.0  # the watch looks once a second; the window manager takes a moment


def _run(env, *args: str) -> str:
    return subprocess.run(
        args, env=env, capture_output=True, text=True, timeout=30, check=False
    ).stdout


def _wait(predicate, seconds: float, what: str) -> None:
    """Poll another program's view of the screen until `predicate` holds (no fixed sleep:
    each look is an X request), failing after `seconds`."""
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(what)
        time.sleep(0.05)  # between two X round trips, not instead of waiting for one


class Screen:
    """Xvfb with openbox, and the kiosk on it."""

    def __init__(self, tmp) -> None:
        read, write = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as fh:
            display = ":" + fh.readline().strip()
        self.env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        for var, sub in (("XDG_DATA_HOME", "d"), ("XDG_CONFIG_HOME", "c"), ("HOME", "h")):
            self.env[var] = str(tmp / sub)
        self.wm = subprocess.Popen(["openbox"], env=self.env, stderr=subprocess.DEVNULL)
        _wait(lambda: "openbox" in _run(self.env, "wmctrl", "-m").lower(), 20, "no openbox")
        self.log = (tmp / "kiosk.log").open("w")
        self.app = subprocess.Popen(
            [sys.executable, "-m", "hrguide", "--kiosk", "--db", str(GUIDE_DB)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=self.log,
        )
        _wait(lambda: self._find() is not None, 60, "the kiosk window did not appear")
        self.win = self._find()
        _wait(self.whole, 20, "the kiosk did not come up full screen and active")

    def _find(self) -> str | None:
        for line in _run(self.env, "wmctrl", "-l").splitlines():
            if "Health Records Career Guide" in line:
                return line.split()[0]
        return None

    def prop(self, *args: str) -> str:
        return _run(self.env, "xprop", *args)

    def mapped(self) -> bool:
        return "IsViewable" in _run(self.env, "xwininfo", "-id", self.win)

    def desktop(self) -> tuple[str, str]:
        """(the window's desktop, the current desktop)."""
        mine = self.prop("-id", self.win, "_NET_WM_DESKTOP").split("=")[-1].strip()
        current = self.prop("-root", "_NET_CURRENT_DESKTOP").split("=")[-1].strip()
        return mine, current

    def active(self) -> bool:
        active = self.prop("-root", "_NET_ACTIVE_WINDOW").split()[-1]
        return int(active, 16) == int(self.win, 16)

    def on_top(self) -> bool:
        stacking = self.prop("-root", "_NET_CLIENT_LIST_STACKING").split("#")[-1]
        ids = [int(x.strip(), 16) for x in stacking.split(",") if x.strip()]
        return bool(ids) and ids[-1] == int(self.win, 16)

    def whole(self) -> bool:
        mine, current = self.desktop()
        showing = self.prop("-root", "_NET_SHOWING_DESKTOP").split("=")[-1].strip()
        return self.mapped() and mine == current and self.active() and showing in ("0", "")

    def close(self) -> None:
        for proc in (self.app, self.wm, self.xvfb):
            proc.kill()
            proc.wait()
        self.log.close()


@pytest.fixture(scope="module")
def screen(tmp_path_factory):
    s = Screen(tmp_path_factory.mktemp("x11"))
    yield s
    s.close()


def test_the_kiosk_window_is_above_other_windows(screen):
    assert "_NET_WM_STATE_ABOVE" in screen.prop("-id", screen.win, "_NET_WM_STATE")
    assert "_NET_WM_STATE_FULLSCREEN" in screen.prop("-id", screen.win, "_NET_WM_STATE")


@pytest.mark.parametrize(
    "case",
    ["unmapped", "another desktop", "Ctrl+Alt+Right", "show desktop", "minimised", "Alt+Tab"],
)
def test_the_kiosk_comes_back(screen, case):
    env, win = screen.env, screen.win
    other = None
    if case == "unmapped":
        _run(env, "xdotool", "windowunmap", win)
    elif case == "another desktop":
        _run(env, "wmctrl", "-s", "1")
    elif case == "Ctrl+Alt+Right":
        _run(env, "xdotool", "key", "ctrl+alt+Right")
    elif case == "show desktop":
        _run(env, "wmctrl", "-k", "on")
    elif case == "minimised":
        _run(env, "xdotool", "windowminimize", win)
    else:  # another program's window, then Alt+Tab-like activation of it
        other = subprocess.Popen(
            ["xmessage", "-geometry", "600x400+0+0", "another program"], env=env
        )
        _wait(lambda: "xmessage" in _run(env, "wmctrl", "-l"), 20, "xmessage did not appear")
        _run(env, "wmctrl", "-a", "xmessage")
    try:
        _wait(screen.whole, BACK_WITHIN_S, f"after {case}, the kiosk is not back")
        assert screen.on_top(), f"after {case}, another window is above the kiosk"
    finally:
        if other is not None:
            other.kill()
            other.wait()
