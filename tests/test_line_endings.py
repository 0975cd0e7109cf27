"""Checked out on Windows, every file has the bytes the database build expects: text files
with LF endings (git's own conversion would give CRLF), the public sources exactly as
published (some with CRLF). A fresh build equals the committed guide.db only so."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import ROOT

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None or not (ROOT / ".git").exists(), reason="not a git checkout"
)


def _attr(name: str, path: str) -> str:
    out = subprocess.run(
        ["git", "check-attr", name, "--", path], cwd=ROOT, capture_output=True, text=True
    ).stdout
    return out.rsplit(": ", 1)[-1].strip()


@pytest.mark.parametrize(
    "path",
    ["data/content/careers.toml", "data/content/pages/01-overview.md", "hrguide/app.py", ".ci/run"],
)
def test_text_files_are_checked_out_with_lf_everywhere(path):
    assert _attr("eol", path) == "lf"


def test_public_sources_are_never_converted():
    assert _attr("text", "data/sources/onet-30.3/occupation_data.csv") == "unset"
    assert _attr("text", "data/sources/bls-ep-2025-35/ep_2025_35_subset_thirdparty.csv") == "unset"


def test_the_built_database_is_binary():
    assert _attr("binary", "data/guide.db") == "set"
