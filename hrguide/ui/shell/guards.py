"""The application-wide guards, installed once the first page is painted (and by the
self-test, as after a real start): data shown as text (look/safe_text.py), and the wheel
that scrolls pages, not the control under the pointer (widgets/wheel_guard.py)."""

from __future__ import annotations

from ..look import safe_text
from ..widgets import wheel_guard


def install_guards() -> None:

    safe_text.install()
    wheel_guard.install()
