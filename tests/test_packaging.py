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
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    (whl,) = out.glob("hrguide-*.whl")
    return whl


def test_wheel_holds_database_resources_and_schema(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("hrguide/data/guide.db", "hrguide/data/metadata.json",
                   "hrguide/build/schema.sql", "hrguide/resources/icons/hrguide.png",
                   "hrguide/resources/styles/light.qss", "hrguide/app.py",
                   "hrguide/resources/translations/hrguide_es.qm",
                   "hrguide/resources/styles/high_contrast.qss"):
        assert needed in names, needed
    assert not any(n.startswith("hrguide/data/sources") for n in names)
    entry = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "hrguide = hrguide.__main__:main" in entry


def test_installed_copy_checks_its_own_database(wheel, tmp_path):
    target = tmp_path / "site"
    res = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q",
                          "--target", str(target), str(wheel)], capture_output=True, text=True,
                         timeout=300)
    assert res.returncode == 0, res.stderr
    env = dict(os.environ, PYTHONPATH=str(target), QT_QPA_PLATFORM="offscreen")
    # run from an empty folder so the source tree cannot be imported by accident
    run = subprocess.run([sys.executable, "-m", "hrguide", "db", "check"], capture_output=True,
                         text=True, cwd=tmp_path, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    assert str(target) in run.stdout
