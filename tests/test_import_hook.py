"""PySide's import hook gets the same answers from hrguide's cheaper reading (issue 19)."""

from __future__ import annotations

import linecache
import sys

import hrguide.config  # noqa: F401 - two of the guide's modules without Qt
import hrguide.paths  # noqa: F401
import hrguide.ui.widgets.wrap_label  # noqa: F401 - and one with
from hrguide.ui.import_hook import quicken


def _feature():
    return sys.modules["shibokensupport.feature"]


def test_the_answers_are_pysides_own():
    assert quicken()
    ours = _feature()._mod_uses_pyside
    assert ours.reads_bytes
    modules = [m for m in list(sys.modules.values()) if m is not None]
    said = {m.__name__: ours(m) for m in modules}
    assert said == {m.__name__: ours.upstream(m) for m in modules}
    assert said["hrguide.config"] is False and said["hrguide.paths"] is False
    assert said["hrguide.ui.widgets.wrap_label"] is True  # it imports PySide6
    assert quicken()  # a second call changes nothing
    assert _feature()._mod_uses_pyside is ours


def test_a_module_imported_is_answered_without_keeping_its_source(tmp_path, monkeypatch):
    quicken()
    (tmp_path / "uses_qt_here.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    (tmp_path / "plain_here.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("uses_qt_here", "plain_here"):
        __import__(name)  # an import statement's way in, which the hook watches
        monkeypatch.delitem(sys.modules, name)
    answers = _feature().pyside_feature_dict
    assert answers["uses_qt_here"] == 0 and answers["plain_here"] == -1
    assert not any(str(tmp_path) in path for path in linecache.cache)
