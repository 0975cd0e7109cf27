"""Nothing runnable is read from where users can write, and nothing patches Python's
builtins or PySide's modules (issues 34 and 35).

The start-up code cache that ran code objects from the user's cache folder is gone; these
checks keep any successor out. They read the source of every module the app ships: the
app has no way to load code at run time except `import` from its own install folder."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest
from conftest import ROOT

# modules that turn bytes into code or into arbitrary objects
LOADERS = {"marshal", "pickle", "shelve", "dill", "cloudpickle", "runpy", "code", "codeop"}
# builtins that run text as code
RUNNERS = {"exec", "eval", "compile", "__import__"}
PATCHED_MODULES = ("builtins", "PySide6", "shiboken6", "shibokensupport")


def shipped_modules() -> list[Path]:
    folders = [ROOT / "hrguide", ROOT / "packaging"]
    return sorted(p for f in folders for p in f.rglob("*.py") if "__pycache__" not in p.parts)


def module_aliases(tree: ast.AST) -> dict[str, str]:
    """Local names bound to modules by `import X` / `import X as Y` / `from X import Y`."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                names[alias.asname or alias.name.split(".")[0]] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def findings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    aliases = module_aliases(tree)
    found: list[str] = []
    where = path.relative_to(ROOT)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            mods = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
            for mod in mods:
                if mod and mod.split(".")[0] in LOADERS:
                    found.append(f"{where}:{node.lineno} imports {mod}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in RUNNERS:
                found.append(f"{where}:{node.lineno} calls {node.func.id}()")
        elif isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
                    module = aliases.get(target.value.id, "")
                    if module.split(".")[0] in PATCHED_MODULES:
                        found.append(f"{where}:{node.lineno} assigns {module}.{target.attr}")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "setattr"
            and node.args
            and isinstance(node.args[0], ast.Name)
            and aliases.get(node.args[0].id, "").split(".")[0] in PATCHED_MODULES
        ):
            found.append(f"{where}:{node.lineno} setattr on {aliases[node.args[0].id]}")
    return found


def test_no_module_loads_code_or_patches_builtins_or_pyside():
    problems = [f for path in shipped_modules() for f in findings(path)]
    assert problems == []


@pytest.mark.parametrize(
    "source, finding",
    [
        ("import marshal\n", "imports marshal"),
        ("from pickle import loads\n", "imports pickle"),
        ("exec(open('x').read())\n", "calls exec()"),
        ("code = compile('1', 'f', 'eval')\n", "calls compile()"),
        ("import builtins\nbuiltins.compile = None\n", "assigns builtins.compile"),
        (
            "import shibokensupport.feature as f\nf._mod_uses_pyside = None\n",
            "assigns shibokensupport.feature._mod_uses_pyside",
        ),
        ("from PySide6 import QtCore\nQtCore.qVersion = str\n", "assigns PySide6.QtCore.qVersion"),
        ("import builtins\nsetattr(builtins, 'open', None)\n", "setattr on builtins"),
    ],
)
def test_the_check_finds_each_kind(tmp_path, source, finding, monkeypatch):
    """The check can fail: each way of loading code or patching is found in a sample."""
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    sample = tmp_path / "sample.py"
    sample.write_text(source)
    assert any(finding in f for f in findings(sample)), findings(sample)


def test_a_running_app_leaves_builtins_and_pyside_as_they_were(qtbot):
    """After the main window is made and shown, `compile`, `exec`, `__import__` and
    PySide's import hook are the originals."""
    import builtins

    before = {name: getattr(builtins, name) for name in ("compile", "exec", "__import__", "open")}
    from hrguide.app import create_main_window

    win = create_main_window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.ready)
    assert {name: getattr(builtins, name) for name in before} == before
    feature = sys.modules.get("shibokensupport.feature")
    hook = getattr(feature, "_mod_uses_pyside", None)
    assert hook is None or hook.__module__ == "shibokensupport.feature"
