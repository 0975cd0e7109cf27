"""Credentials in the issuers' words, with their pages and review dates (issue 32, item 8):
the CPC's apprentice rule and membership, the ODS-C and its exam routes, each issuer's
page as text (a QR code at a kiosk), and `reviewed_on`, empty until a person checks."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from hrguide.build.content import _review_date, review_due

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "data" / "content"


def _content() -> dict:
    with (CONTENT / "credentials.toml").open("rb") as fh:
        return {c["credential_id"]: c for c in tomllib.load(fh)["credential"]}


def test_the_cpc_and_ods_c_wording(store):
    cpc, ods = (next(c for c in store.credentials() if c.credential_id == k) for k in ("cpc", "ods-c"))  # fmt: skip
    for words in ("CPC-A", "removes the A", "80 contact hours", "Practicode", "membership"):
        assert words in cpc.requirements
    assert "ODS-C" in ods.name and "ODS" in ods.name.replace("ODS-C", "")
    assert "ODS exam" in ods.requirements and "eligibility routes" in ods.requirements
    es = {c.credential_id: c for c in store.credentials(lang="es")}
    assert "Practicode" in es["cpc"].requirements and "membresía" in es["cpc"].requirements
    assert "examen ODS" in es["ods-c"].requirements


def test_no_review_date_is_written_for_a_check_nobody_made(store):
    raw = _content()
    assert all("url" in c and "reviewed_on" in c for c in raw.values())
    for c in store.credentials():
        assert c.reviewed_on == (raw[c.credential_id]["reviewed_on"] or None)
        assert c.url == raw[c.credential_id]["url"]


def test_the_build_lists_what_is_due_for_review():
    today = datetime.date(2026, 12, 7)
    rows = [
        {"abbreviation": "A", "name": "", "url": "https://a.example/", "reviewed_on": None},
        {"abbreviation": "B", "name": "", "url": "", "reviewed_on": "2025-12-06"},
        {"abbreviation": "C", "name": "", "url": "", "reviewed_on": "2026-01-10"},
    ]
    assert review_due(rows, today) == [
        "A: never reviewed against https://a.example/",
        "B: last reviewed 2025-12-06, over a year ago",
    ]
    assert _review_date("x", "") is None and _review_date("x", "2026-01-10") == "2026-01-10"
    with pytest.raises(ValueError, match="not a date"):
        _review_date("x", "last week")


def test_db_build_prints_the_credentials_never_reviewed(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "hrguide", "db", "build", "--out", str(tmp_path / "g.db")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    never = [c for c in _content().values() if not c["reviewed_on"]]
    assert f"issuer facts to check against the issuer's page ({len(never)}):" in out.stdout
    assert f"{_content()['cpc']['abbreviation']}: never reviewed against" in out.stdout


def test_the_education_page_names_each_issuers_page(window, qtbot):
    page = window.router.open("education")
    for cid, c in _content().items():
        line = page.findChild(QLabel, f"issuerPage-{cid}").text().replace("\u200b", "")
        assert (c["url"] in line) if c["url"] else ("no web address" in line)
    note = page.findChild(QLabel, "issuerPagesNote").text()
    assert note == "Requirements change; check the issuer's page before you plan."
    assert page.findChild(QWidget, "issuerCodes") is None  # a desktop opens links itself


def test_a_kiosk_shows_each_address_as_a_code(kiosk_window):
    page = kiosk_window.router.open("education")
    codes = page.findChild(QWidget, "issuerCodes")
    with_url = [c for c in _content().values() if c["url"]]
    names = {lab.accessibleName() for lab in codes.findChildren(QLabel) if lab.pixmap()}
    assert names == {f"QR code of {c['url']}" for c in with_url}


def test_sources_says_when_each_was_checked(window):
    page = window.router.open("sources")
    model = page.findChild(QTableView, "credentialReviews").model()
    raw = _content()
    shown = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    for c in raw.values():
        name = c["abbreviation"] or c["name"]
        assert shown[name] == (c["reviewed_on"] or "not yet checked by a person")
