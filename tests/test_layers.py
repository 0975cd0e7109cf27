"""Qt on top only: the domain and store layers import with PySide6 blocked."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

BLOCKER = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'sqlite_utils'):
            raise ImportError('blocked: ' + name)
sys.meta_path.insert(0, Block())
import hrguide.domain, hrguide.domain.models, hrguide.domain.compare, hrguide.domain.rules
import hrguide.domain.geo, hrguide.store
from hrguide.store import GuideStore
s = GuideStore(sys.argv[1])
assert s.careers()
bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'sqlite_utils')]
assert not bad, bad
print('ok')
"""


def test_lower_layers_import_without_qt():
    out = subprocess.run([sys.executable, "-c", BLOCKER, str(ROOT / "data" / "guide.db")],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_domain_and_store_sources_name_no_qt_or_sql_in_domain():
    for path in (ROOT / "hrguide" / "domain").glob("*.py"):
        text = path.read_text()
        assert "PySide6" not in text and "sqlite3" not in text, path
    for path in (ROOT / "hrguide" / "store").glob("*.py"):
        assert "PySide6" not in path.read_text(), path
