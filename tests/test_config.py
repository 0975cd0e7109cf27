"""The site config: good files, each kind of bad file, precedence, `config show`/`check`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT, posix_only

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
admin_pin_hash = "pbkdf2_sha256$200000$c2FsdA==$aGFzaA=="
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


@pytest.mark.parametrize(
    ("text", "key", "line", "words"),
    [
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
    ],
)
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
        return subprocess.run(
            [sys.executable, "-m", "hrguide", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=60,
        )

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


@pytest.mark.parametrize("rounds", [1, 99_999, 2_000_001, 99_999_999_999])
def test_pin_hashes_with_too_few_or_too_many_rounds_are_refused(tmp_path, rounds):
    """1 round is no protection; 99,999,999,999 would make one PIN try run for hours."""
    p = write(
        tmp_path,
        "site.toml",
        f'[kiosk]\nadmin_pin_hash = "pbkdf2_sha256${rounds}$c2FsdA==$aGFzaA=="\n',
    )
    with pytest.raises(ConfigError, match="admin_pin_hash"):
        read_file(p)


def test_verify_pin_never_runs_for_minutes():
    from hrguide.domain.pin import verify_pin

    assert not verify_pin("1234", "pbkdf2_sha256$99999999999$c2FsdA==$aGFzaA==")


@posix_only
def test_a_logo_must_be_a_real_png_or_jpeg_file(tmp_path):
    """A FIFO as the logo hung the start-up; a folder or a text file is no logo either."""
    fifo = tmp_path / "logo.png"
    os.mkfifo(fifo)
    text = write(tmp_path, "logo.jpg", "not a picture")
    png = tmp_path / "real.png"
    png.write_bytes((ROOT / "resources" / "icons" / "hrguide-64.png").read_bytes())
    for bad in (fifo, text, tmp_path):
        p = write(tmp_path, "site.toml", f'[site]\nlogo = "{bad}"\n')
        with pytest.raises(ConfigError, match="logo"):
            read_file(p)
    p = write(tmp_path, "site.toml", f'[site]\nlogo = "{png}"\n')
    assert read_file(p)["site.logo"] == str(png)


@posix_only
def test_a_config_file_that_is_a_fifo_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "site.toml"
    os.mkfifo(fifo)
    with pytest.raises(ConfigError, match="not an ordinary file"):
        read_file(fifo)


def test_an_unreadable_config_folder_is_a_config_error(tmp_path, monkeypatch):
    """As an unprivileged user, a config folder without read permission made Path.exists
    raise PermissionError at start-up (a traceback, exit 1). Tests run as root, where
    permissions do not bite, so the operating system's answer is played back."""
    from pathlib import Path

    site = tmp_path / "locked" / "site.toml"
    real_stat = Path.stat

    def stat(self, *args, **kwargs):
        if self == site:
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    with pytest.raises(ConfigError, match="cannot be read .Permission denied"):
        load(site_path=site, user_path=tmp_path / "none.toml")


@pytest.mark.slow
def test_an_unreadable_config_folder_gives_the_config_error_not_a_traceback(tmp_path):
    """The same, for real, as a user without root: a site folder the user cannot enter."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.skip("needs root to switch to an unprivileged user with setpriv")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "site.toml").write_text("[site]\n")
    locked.chmod(0o000)
    tmp_path.chmod(0o755)
    for parent in tmp_path.parents:
        if str(parent) in ("/", "/tmp"):
            break
        parent.chmod(parent.stat().st_mode | 0o005)
    # the package copied where the unprivileged user can read it (a checkout under a
    # private folder is not)
    pkg = tmp_path / "pkg"
    shutil.copytree(ROOT / "hrguide", pkg / "hrguide", ignore=shutil.ignore_patterns("__pycache__"))
    for path in [pkg, *pkg.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)

    def as_nobody(code: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [
                "setpriv",
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                sys.executable,
                "-c",
                code,
            ],
            capture_output=True,
            text=True,
            timeout=60,
            env=dict(os.environ, PYTHONPATH=str(pkg), PYTHONDONTWRITEBYTECODE="1"),
        )

    if as_nobody("import hrguide.config").returncode != 0:
        pytest.skip("an unprivileged user cannot run this Python here")
    out = as_nobody(
        "import sys; from pathlib import Path; from hrguide.config import load, ConfigError\n"
        "try:\n"
        f"    load(site_path=Path({str(locked / 'site.toml')!r}), user_path=Path('/none'))\n"
        "except ConfigError as exc:\n"
        "    print('config error:', exc); sys.exit(2)\n"
    )
    locked.chmod(0o755)
    assert out.returncode == 2, out.stderr
    assert "cannot be read" in out.stdout and "Traceback" not in out.stderr


# -- issue 35: the site config as campus IT really writes it ------------------------------
def test_a_byte_order_mark_from_windows_notepad_is_accepted(tmp_path):
    p = tmp_path / "site.toml"
    p.write_bytes('\ufeff[site]\ncampus_name = "Café College"\n'.encode())
    assert read_file(p) == {"site.campus_name": "Café College"}


def test_deeply_nested_arrays_are_a_plain_error_not_a_traceback(tmp_path):
    p = write(tmp_path, "site.toml", "[user]\nallow = " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(ConfigError, match="nested too deeply"):
        read_file(p)


def test_a_list_inside_the_allow_list_is_refused(tmp_path):
    p = write(tmp_path, "site.toml", '[user]\nallow = [["site.language"]]\n')
    with pytest.raises(ConfigError, match="a list of key names"):
        read_file(p)


@pytest.mark.parametrize(
    ("setting", "named"),
    [
        ('default_state = "ZZ"', "'ZZ' is not a state"),
        ('language = "xx"', "'xx' is not a language"),
        ("home_school = 99999999", "99999999 is not a school"),
    ],
)
def test_config_check_refuses_what_the_data_lacks(tmp_path, capsys, setting, named):
    from hrguide.cli import main

    p = write(tmp_path, "site.toml", f"[site]\n{setting}\n")
    assert main(["config", "check", str(p)]) == 2
    err = capsys.readouterr().err
    assert named in err and str(p) in err


def test_config_check_passes_what_the_data_has(tmp_path, capsys):
    from hrguide.cli import main

    p = write(tmp_path, "site.toml", '[site]\ndefault_state = "RI"\nlanguage = "es"\n')
    assert main(["config", "check", str(p)]) == 0


@pytest.mark.gui
def test_a_start_with_unknown_values_warns_with_value_and_file(tmp_path, qtbot, caplog):
    from hrguide.app import create_main_window
    from hrguide.config import load

    p = write(tmp_path, "site.toml", '[site]\ndefault_state = "ZZ"\nhome_school = 99999999\n')
    cfg = load(p, site_path=tmp_path / "none.toml", user_path=tmp_path / "none2.toml")
    with caplog.at_level("WARNING"):
        win = create_main_window(config=cfg)
        qtbot.addWidget(win)
    warned = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert any("'ZZ'" in w and str(p) in w for w in warned), warned
    assert any("99999999" in w and str(p) in w for w in warned), warned
