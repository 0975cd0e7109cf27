"""`pip install .` gives a complete package: the database and resources inside it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    res = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 0, res.stderr
    (whl,) = out.glob("hrguide-*.whl")
    return whl


def _source_files() -> set[str]:
    """What the wheel must hold, named as inside the wheel: every file of the package,
    every resource (translation sources, *.ts, are compiled to the .qm that ships) and the
    built database with its metadata."""
    expected = set()
    for path in (ROOT / "hrguide").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            expected.add(path.relative_to(ROOT).as_posix())
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file() and path.suffix != ".ts":
            expected.add("hrguide/resources/" + path.relative_to(ROOT / "resources").as_posix())
    expected |= {"hrguide/data/guide.db", "hrguide/data/metadata.json"}
    return expected


def test_wheel_holds_every_module_and_data_file_of_the_source_tree(wheel):
    names = {n for n in zipfile.ZipFile(wheel).namelist() if ".dist-info/" not in n}
    expected = _source_files()
    assert "hrguide/ui/pages/careers.py" in expected  # the package the old list left out
    assert "hrguide/build/schema.sql" in expected
    missing = sorted(expected - names)
    assert not missing, f"not in the wheel: {missing}"
    extra = sorted(names - expected)
    assert not extra, f"in the wheel but not in the source tree's package: {extra}"
    for name in names:
        assert not name.startswith(
            ("tests/", "bench/", "tools/", "hrguide/data/sources", "hrguide/data/content")
        ), name
    entry = (
        zipfile.ZipFile(wheel)
        .read(next(n for n in zipfile.ZipFile(wheel).namelist() if n.endswith("entry_points.txt")))
        .decode()
    )
    assert "hrguide = hrguide.__main__:main" in entry


def _install(wheel, target):
    """The wheel installed into a folder of its own (no dependencies: they are here)."""
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 0, res.stderr
    return target


def test_every_subpackage_is_imported_from_the_installed_wheel(wheel, tmp_path):
    """Import every module of the installed copy from an empty folder, the checkout off the
    path: a package left out of the wheel fails here as it would for a user."""
    target = _install(wheel, tmp_path / "site")
    modules = sorted(
        p.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".").removesuffix(".__init__")
        for p in (ROOT / "hrguide").rglob("*.py")
        if "__pycache__" not in p.parts and p.name != "__main__.py"
    )
    # python -I: no PYTHONPATH, no current folder; the installed copy goes first on the path
    script = (
        "import importlib, sys\n"
        f"sys.path.insert(0, {str(target)!r})\n"
        f"assert not any(p and {str(ROOT)!r} in p for p in sys.path), sys.path\n"
        f"for m in {modules!r}:\n"
        f"    assert importlib.import_module(m).__file__.startswith({str(target)!r}), m\n"
        f"print('imported', {len(modules)})\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-I", "-c", script],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert f"imported {len(modules)}" in run.stdout


def test_installed_copy_checks_its_own_database(wheel, tmp_path):
    target = _install(wheel, tmp_path / "site")
    env = dict(os.environ, PYTHONPATH=str(target), QT_QPA_PLATFORM="offscreen")
    # run from an empty folder so the source tree cannot be imported by accident
    run = subprocess.run(
        [sys.executable, "-m", "hrguide", "db", "check"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert str(target) in run.stdout
