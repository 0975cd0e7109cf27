"""The site config: good files, each kind of bad file, precedence, `config show`/`check`."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT

from hrguide.config import ConfigError, SiteConfig, describe, load, read_file

GOOD = """
[site]
campus_name = "Lincoln High School"
home_school = 100858
default_state = "AL"
language = "es"
data_folder = "/var/lib/hrguide"
font_scale = 1.5

[kiosk]
enabled = true
idle_seconds = 90
admin_pin_hash = "pbkdf2_sha256$1000$c2FsdA==$aGFzaA=="
printing = true

[user]
allow = ["site.language", "site.font_scale"]
"""


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_good_file(tmp_path):
    site = write(tmp_path, "site.toml", GOOD)
    cfg = load(site_path=site, user_path=tmp_path / "none.toml")
    assert cfg.campus_name == "Lincoln High School" and cfg.home_school == 100858
    assert cfg.default_state == "AL" and cfg.language == "es" and cfg.font_scale == 1.5
    assert cfg.kiosk.enabled and cfg.kiosk.idle_seconds == 90 and cfg.kiosk.printing
    assert cfg.kiosk.countdown_seconds == 15  # default kept
    assert cfg.user_allow == ("site.language", "site.font_scale")
    assert cfg.origins["kiosk.idle_seconds"] == str(site)


def test_no_files_gives_the_defaults(tmp_path):
    assert load(site_path=tmp_path / "a", user_path=tmp_path / "b") == SiteConfig()


@pytest.mark.parametrize(("text", "key", "line", "words"), [
    ("[site]\ncampus = 'x'\n", "site.campus", 2, "unknown key"),
    ("[site]\nhome_school = 'abc'\n", "site.home_school", 2, "IPEDS unit id"),
    ("[site]\nhome_school = 12\n", "site.home_school", 2, "IPEDS unit id"),
    ("[site]\ndefault_state = 'Texas'\n", "site.default_state", 2, "two-letter"),
    ("[kiosk]\nidle_seconds = 0\n", "kiosk.idle_seconds", 2, "from 1"),
    ("[kiosk]\nidle_seconds = true\n", "kiosk.idle_seconds", 2, "not true/false"),
    ("[kiosk]\nenabled = 'yes'\n", "kiosk.enabled", 2, "true or false"),
    ("[kiosk]\nadmin_pin_hash = '1234'\n", "kiosk.admin_pin_hash", 2, "hash-pin"),
    ("[kiosk]\nfont_scale = 9\n", "kiosk.font_scale", 2, "0.75 to 3"),
    ("\n\n[printers]\nx = 1\n", "[printers]", 3, "unknown table"),
    ("[site\ncampus_name = 'x'\n", "(syntax)", 1, "not valid TOML"),
    ("[user]\nallow = ['kiosk.admin_pin_hash']\n", "user.allow", 2, "cannot allow"),
])
def test_bad_files_name_file_line_and_key(tmp_path, text, key, line, words):
    bad = write(tmp_path, "site.toml", text)
    with pytest.raises(ConfigError) as info:
        read_file(bad)
    err = info.value
    assert err.key == key and err.line == line and words in str(err)
    assert str(bad) in str(err) and f"line {line}" in str(err)


def test_not_utf8_and_missing_file(tmp_path):
    p = tmp_path / "site.toml"
    p.write_bytes(b"[site]\ncampus_name = '\xff\xfe'\n")
    with pytest.raises(ConfigError, match="not UTF-8"):
        read_file(p)
    with pytest.raises(ConfigError, match="does not exist"):
        read_file(tmp_path / "missing.toml")


def test_precedence_site_then_user_then_explicit(tmp_path):
    site = write(tmp_path, "site.toml", GOOD)
    user = write(tmp_path, "user.toml", "[site]\nlanguage = 'en'\n")
    explicit = write(tmp_path, "x.toml", "[site]\nfont_scale = 2.0\n")
    cfg = load(explicit, site_path=site, user_path=user)
    assert cfg.language == "en" and cfg.origins["site.language"] == str(user)
    assert cfg.font_scale == 2.0 and cfg.origins["site.font_scale"] == str(explicit)
    assert cfg.campus_name == "Lincoln High School"


def test_user_file_may_set_only_what_the_site_allows(tmp_path):
    site = write(tmp_path, "site.toml", GOOD)
    user = write(tmp_path, "user.toml", "[kiosk]\nenabled = false\n")
    with pytest.raises(ConfigError, match="does not allow users to set this key"):
        load(site_path=site, user_path=user)
    nothing_allowed = write(tmp_path, "s2.toml", "[site]\ncampus_name = 'x'\n")
    user2 = write(tmp_path, "u2.toml", "[site]\nlanguage = 'es'\n")
    with pytest.raises(ConfigError, match="allowed: none"):
        load(site_path=nothing_allowed, user_path=user2)


def test_describe_hides_the_pin_hash(tmp_path):
    cfg = load(site_path=write(tmp_path, "site.toml", GOOD), user_path=tmp_path / "n")
    rows = {k: (v, o) for k, v, o in describe(cfg)}
    assert rows["kiosk.admin_pin_hash"][0] == "(set)"
    assert rows["kiosk.countdown_seconds"] == (15, "default")


@pytest.mark.slow
def test_config_commands(tmp_path):
    good = write(tmp_path, "good.toml", GOOD)
    bad = write(tmp_path, "bad.toml", "[kiosk]\nidle_seconds = -5\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def run(*args):
        return subprocess.run([sys.executable, "-m", "hrguide", *args], capture_output=True,
                              text=True, cwd=ROOT, env=env, timeout=60)

    ok = run("config", "check", str(good))
    assert ok.returncode == 0 and "OK" in ok.stdout
    no = run("config", "check", str(bad))
    assert no.returncode == 2 and "line 2" in no.stderr and "kiosk.idle_seconds" in no.stderr
    show = run("--config", str(good), "config", "show")
    assert show.returncode == 0
    assert "kiosk.idle_seconds" in show.stdout and str(good) in show.stdout
    refused = run("--config", str(bad), "--self-test")
    assert refused.returncode == 2 and "configuration error" in refused.stderr
    assert "Traceback" not in refused.stderr
