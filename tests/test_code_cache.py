"""PySide's support modules come from the code cache, give the same code as PySide's own
compile, and a damaged, stale or unwritable cache costs nothing but time (issue 19).

Each case runs a fresh interpreter: the cache works only while shiboken is first imported."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the cache folder is set with XDG_CACHE_HOME"
)

# Prints what import_shiboken did, where the cache is, whether `compile` is PySide's again,
# a signature (PySide's loader at work) and a digest of the code of every function and
# method of PySide's support modules.
PROBE = r"""
import builtins, hashlib, json, sys, types
original = builtins.compile
if sys.argv[1] == "cache":
    from hrguide.ui.code_cache import cache_file, import_shiboken
    counts, where = import_shiboken(), str(cache_file())
else:
    import shiboken6
    counts, where = {}, ""
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget
from shibokensupport.signature import get_signature
try:
    QSize(1, "x")
    refused = ""
except TypeError as exc:  # PySide's error handler lists the signatures it knows
    refused = str(exc)
def fingerprint(code):  # marshal's bytes vary with reference counts: compare the parts
    consts = tuple(
        fingerprint(c) if isinstance(c, types.CodeType)
        else sorted(map(repr, c)) if isinstance(c, frozenset) else repr(c)
        for c in code.co_consts
    )
    parts = ("co_name", "co_flags", "co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
             "co_code", "co_names", "co_varnames", "co_freevars", "co_cellvars",
             "co_firstlineno", "co_linetable", "co_exceptiontable")
    return repr(tuple(getattr(code, p) for p in parts) + (consts,))
digest = hashlib.sha256()
for name in sorted(n for n in sys.modules if n.startswith("shibokensupport")):
    for key, value in sorted(vars(sys.modules[name]).items()):
        for item in [value, *vars(value).values()] if isinstance(value, type) else [value]:
            code = getattr(item, "__code__", None)
            if isinstance(code, types.CodeType) and code.co_filename.startswith(
                ("shibokensupport/", "signature_bootstrap")
            ):
                digest.update(f"{name}.{key}{fingerprint(code)}".encode())
print(json.dumps({
    "counts": counts, "file": where, "compile_restored": builtins.compile is original,
    "signature": str(get_signature(QWidget.setVisible)), "refused": refused, "code": digest.hexdigest(),
}))
"""


def _env(cache_home: Path, **more: str) -> dict[str, str]:
    """This process's environment with the cache folder at `cache_home`, offscreen, and the
    switch only as `more` sets it."""
    env = {k: v for k, v in os.environ.items() if k != "HRGUIDE_CODE_CACHE"}
    return env | {"XDG_CACHE_HOME": str(cache_home), "QT_QPA_PLATFORM": "offscreen", **more}


def _run(cache_home: Path, mode: str = "cache", **more: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode],
        env=_env(cache_home, **more),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_second_start_compiles_nothing_and_gets_pysides_own_code(tmp_path):
    first = _run(tmp_path)
    compiled = first["counts"]["compiled"]
    assert compiled >= 10 and first["counts"] == {"cached": 0, "compiled": compiled, "written": 1}
    path = Path(first["file"])
    assert path.is_file() and path.is_relative_to(tmp_path / "hrguide")
    assert not list(path.parent.glob("*.part"))  # written whole, nothing left over

    second = _run(tmp_path)
    assert second["counts"] == {"cached": compiled, "compiled": 0, "written": 0}
    plain = _run(tmp_path, "plain")  # PySide compiling its own sources, no cache involved
    assert first["code"] == second["code"] == plain["code"]
    assert second["signature"] == plain["signature"] and "bool" in plain["signature"]
    assert second["refused"] == plain["refused"] and "Supported signatures" in plain["refused"]
    assert first["compile_restored"] and second["compile_restored"]


def test_a_damaged_cache_is_compiled_again_and_replaced(tmp_path):
    path = Path(_run(tmp_path)["file"])
    path.write_bytes(b"\x00not marshal data")
    again = _run(tmp_path)
    assert again["counts"]["compiled"] >= 10 and again["counts"]["written"] == 1
    assert _run(tmp_path)["counts"]["compiled"] == 0


def test_an_entry_whose_source_changed_is_compiled_again(tmp_path):
    first = _run(tmp_path)
    path = Path(first["file"])
    stored = marshal.loads(path.read_bytes())
    name = sorted(stored["entries"])[0]
    source, code = stored["entries"][name]
    stored["entries"][name] = (source + b"\n# a newer PySide\n", code)
    path.write_bytes(marshal.dumps(stored))
    again = _run(tmp_path)
    total = first["counts"]["compiled"]
    assert again["counts"] == {"cached": total - 1, "compiled": 1, "written": 1}
    assert again["code"] == first["code"]


def test_a_cache_for_another_python_is_not_used(tmp_path):
    path = Path(_run(tmp_path)["file"])
    stored = marshal.loads(path.read_bytes())
    stored["format"] = (stored["format"][0], "3.11.0 (another build)")
    path.write_bytes(marshal.dumps(stored))
    assert _run(tmp_path)["counts"]["cached"] == 0


def test_a_cache_folder_that_cannot_be_written_leaves_the_start_as_it_was(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would go", encoding="utf-8")
    result = _run(blocked)  # mkdir fails (even for root, unlike a read-only mode)
    assert result["counts"]["compiled"] >= 10 and result["counts"]["written"] == 0
    assert result["compile_restored"] and "bool" in result["signature"]
    assert blocked.read_text(encoding="utf-8").startswith("a file")


def test_campus_it_can_turn_the_cache_off(tmp_path):
    _run(tmp_path)  # a cache is there, and would be used
    result = _run(tmp_path, HRGUIDE_CODE_CACHE="0")
    assert result["counts"]["cached"] == 0 and result["counts"]["written"] == 0
    assert result["counts"]["compiled"] >= 10 and result["file"]  # where it would have been
    other = tmp_path / "off"
    _run(other, HRGUIDE_CODE_CACHE="0")
    assert not other.exists()  # nothing written anywhere


def test_nothing_happens_once_shiboken_is_loaded(tmp_path):
    import shiboken6  # noqa: F401 - the test process has PySide already

    from hrguide.ui.code_cache import import_shiboken

    assert import_shiboken(tmp_path / "cache.marshal") == {
        "cached": 0,
        "compiled": 0,
        "written": 0,
    }
    assert not (tmp_path / "cache.marshal").exists()


def _start_guide(cache_home: Path, *args: str) -> None:
    """`hrguide` as a user starts it, until its first page is painted."""
    done = subprocess.run(
        [sys.executable, "-m", "hrguide", *args],
        env=_env(cache_home, HRGUIDE_EXIT_AFTER_PAINT="1"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and "page-ready" in done.stdout, done.stderr[-2000:]


def test_the_guide_saves_the_cache_after_its_first_page(tmp_path):
    _start_guide(tmp_path)
    assert (tmp_path / "hrguide").is_dir()
    assert _run(tmp_path)["counts"]["compiled"] == 0  # all of it came from the guide's save


# A kiosk writes no cache: tests/test_kiosk.py starts a kiosk session through the cache and
# finds nothing under its home.
