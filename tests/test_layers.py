"""Qt on top only: the domain and store layers import with PySide6 blocked."""

from __future__ import annotations

import subprocess
import sys

import pytest
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
    out = subprocess.run(
        [sys.executable, "-c", BLOCKER, str(ROOT / "data" / "guide.db")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_domain_and_store_sources_name_no_qt_or_sql_in_domain():
    for path in (ROOT / "hrguide" / "domain").glob("*.py"):
        text = path.read_text()
        assert "PySide6" not in text and "sqlite3" not in text, path
    for path in (ROOT / "hrguide" / "store").glob("*.py"):
        assert "PySide6" not in path.read_text(), path


def _import_graph() -> dict[str, set[str]]:
    """Every module of the package and the package modules it imports, at the top or
    inside a function (a lazy import is still a dependency)."""
    import ast

    def name_of(path):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)

    paths = {
        name_of(p): p for p in (ROOT / "hrguide").rglob("*.py") if "__pycache__" not in p.parts
    }
    graph: dict[str, set[str]] = {}
    for mod, path in paths.items():
        pkg = mod if path.name == "__init__.py" else mod.rsplit(".", 1)[0]
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                deps |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = pkg.split(".")[: len(pkg.split(".")) - (node.level - 1)]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                for a in node.names:
                    full = f"{target}.{a.name}"
                    deps.add(full if full in paths else target)
        graph[mod] = {d for d in deps if d != mod}
    return graph


def _layer(mod: str) -> str:
    parts = mod.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_the_import_contract():
    """domain imports nothing of ours but domain; store imports only domain; nothing of the
    app imports the build (only `hrguide db build` in the CLI does); nothing below ui
    imports PySide6."""
    graph = _import_graph()
    ours = {m for m in graph}
    problems = []
    for mod, deps in graph.items():
        layer = _layer(mod)
        package_deps = {d for d in deps if d.startswith("hrguide")}
        if layer == "domain":
            problems += [f"{mod} -> {d}" for d in package_deps if _layer(d) != "domain"]
        if layer == "store":
            problems += [
                f"{mod} -> {d}" for d in package_deps if _layer(d) not in ("domain", "store")
            ]
        if layer in ("domain", "store", "build"):
            problems += [
                f"{mod} -> {d}" for d in deps if d.split(".")[0] in ("PySide6", "shiboken6")
            ]
        if layer not in ("build", "cli"):
            problems += [f"{mod} -> {d}" for d in package_deps if _layer(d) == "build"]
    assert not problems, problems
    assert "hrguide.ui.print.files" in ours and "hrguide.domain.search" in ours


def test_no_import_circles():
    graph = _import_graph()
    internal = {m: {d for d in deps if d in graph} for m, deps in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in internal[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for v in internal:
        if v not in index:
            visit(v)
    assert not circles, circles


# The UI's own layers, top to bottom: a module may import its own group and any group
# ranked below it, never one above or beside it (docs/architecture.md).
UI_RANKS = {
    "audit": 8,  # the layout audit (tests, screenshots) reads any widget tree
    "shell": 8,  # the window, router, header, search, start-up, registry
    "pages": 7,
    "print": 6,  # the handout on paper, files saved
    "kiosk": 6,
    "widgets": 5,
    "html": 4,  # every HTML and rich-text string
    "models": 3,  # Qt item models
    "context": 2,  # what a page gets (context, link, shortlister): plain types, the
    # comparison and the shortlists shared by the pages
    "look": 1,  # formatting, vocabulary, theme, language
}


def _ui_group(mod: str) -> str | None:
    parts = mod.split(".")
    if parts[:2] != ["hrguide", "ui"] or len(parts) < 3:
        return None
    return {"link": "context", "shortlister": "context"}.get(parts[2], parts[2])


def test_the_ui_import_contract():
    """No arrow back up inside the UI: widgets never import the shell or a page, html makes
    no widgets, context imports nothing above it; print and kiosk do not import each other."""
    graph = _import_graph()
    groups = {g for m in graph if (g := _ui_group(m))}
    assert groups <= set(UI_RANKS), f"place these UI groups in UI_RANKS: {groups - set(UI_RANKS)}"
    problems = []
    for mod, deps in graph.items():
        source = _ui_group(mod)
        if source is None:
            continue
        for dep in deps:
            target = _ui_group(dep)
            if target is None or target == source:
                continue
            if UI_RANKS[target] >= UI_RANKS[source]:
                problems.append(f"{mod} -> {dep}")
    assert not problems, problems


def test_the_ui_contract_catches_an_arrow_up(monkeypatch):
    """The check above would see a widget importing the shell (it did, before)."""
    graph = _import_graph()
    graph["hrguide.ui.widgets.star"] = graph["hrguide.ui.widgets.star"] | {
        "hrguide.ui.shell.router"
    }
    monkeypatch.setattr(sys.modules[__name__], "_import_graph", lambda: graph)
    with pytest.raises(AssertionError, match="widgets.star -> hrguide.ui.shell.router"):
        test_the_ui_import_contract()


def test_every_import_of_ours_names_a_module_that_exists():
    """A module moved or renamed leaves no import behind, at the top or inside a function
    (mypy does not see a lazy one that fails; this does)."""
    graph = _import_graph()
    missing = sorted(
        f"{mod} -> {dep}"
        for mod, deps in graph.items()
        for dep in deps
        if dep.startswith("hrguide") and dep not in graph
    )
    assert not missing, missing
