"""The shell's contract: pages implement the Page protocol and are reached only through the
router and its links; one view-settings object owns the look; functions stay small."""

from __future__ import annotations

import ast
import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QComboBox

from hrguide.ui.context import Link, Page
from hrguide.ui.shell.registry import PAGES

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "hrguide"


def _lines_matching(pattern: str) -> list[str]:
    """path:line of every line of the package that matches `pattern`."""
    import re

    return [
        f"{p.relative_to(ROOT)}:{n}"
        for p in PACKAGE.rglob("*.py")
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(pattern, line)
    ]


def test_functions_are_the_unit_of_size():
    """No file-length cap: ruff's complexity rules hold every function of the app small
    (.ci/run runs ruff through pre-commit), and a function may pass a limit only where a
    comment beside its `noqa` says why."""
    import tomllib

    lint = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["ruff"]["lint"]
    assert {"C901", "PLR0912", "PLR0913", "PLR0915"} <= set(lint["select"])
    assert lint["mccabe"]["max-complexity"] == 12
    assert lint["pylint"]["max-statements"] == 50
    for rule in ("C901", "PLR0912", "PLR0913", "PLR0915"):
        assert not any(rule in v for k, v in lint["per-file-ignores"].items() if "hrguide" in k)
    unexplained = _lines_matching(r"noqa: *(C901|PLR09)[\w, ]*$")
    assert not unexplained, unexplained


def test_the_main_window_is_under_200_lines():
    tree = ast.parse((PACKAGE / "ui" / "shell" / "window.py").read_text(encoding="utf-8"))
    window = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "MainWindow")
    assert window.end_lineno is not None
    assert window.end_lineno - window.lineno + 1 < 200


def _calls(path: Path) -> list[str]:
    """The names of functions and methods called in `path` (`hasattr`, `window`, ...)."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            f = node.func
            names.append(f.id if isinstance(f, ast.Name) else getattr(f, "attr", ""))
    return names


def test_pages_never_reach_into_the_window_and_the_shell_never_duck_types_a_page():
    pages = sorted((PACKAGE / "ui" / "pages").glob("*.py"))
    assert pages
    for path in pages:
        calls = _calls(path)
        assert "window" not in calls, f"{path.name} calls self.window()"
        assert "hasattr" not in calls and "getattr" not in calls, path.name
    for path in sorted((PACKAGE / "ui" / "shell").glob("*.py")):
        assert "hasattr" not in _calls(path), path.name


def test_the_kiosk_controller_sets_nothing_on_the_window():
    """It uses the documented KioskHost interface (reset_to_start, unlock_close)."""
    tree = ast.parse((PACKAGE / "ui" / "kiosk" / "controller.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                owner = getattr(t, "value", None)
                assert not (
                    isinstance(owner, ast.Attribute) and owner.attr in ("window", "host")
                ), ast.unparse(t)


def test_every_page_implements_the_page_protocol(window, qtbot):
    assert [s.page_id for s in PAGES] == list(window.router.page_ids)
    for spec in PAGES:
        page = window.router.page(spec.page_id)
        assert isinstance(page, Page), spec.page_id
        assert page.page_id == spec.page_id
        assert page.location().page == spec.page_id


def test_deep_links_open_what_they_name(window, qtbot, store):
    router = window.router
    router.go(Link("careers", career="medical-coder"))
    assert window.tabs.currentIndex() == 0
    assert router.current() == Link("careers", career="medical-coder")

    router.go(Link("compare", careers=("medical-secretary",)))
    compare = router.page("compare")
    assert "medical-secretary" in compare.selected()
    assert window.ctx.comparison.career_ids == tuple(compare.selected())

    router.go(Link("earnings", career="health-information-manager"))
    combo = window.findChild(QComboBox, "earningsCareer")
    assert combo.currentData() == "health-information-manager"
    assert router.current() == Link("earnings", career="health-information-manager")

    unitid = store.programs()[0].unitid
    router.go(Link("schools", school=unitid))
    schools = router.page("schools")
    assert schools.detail.isVisible() and schools.detail.unitid == unitid

    # back and forward replay the links, including the career chosen on a page
    router.back()
    assert router.current() == Link("earnings", career="health-information-manager")
    router.back()
    assert router.current().page == "compare"
    router.back()
    assert router.current() == Link("careers", career="medical-coder")
    router.forward()
    assert router.current().page == "compare"


def test_the_handout_compares_what_the_compare_page_shows(window, qtbot):
    window.router.go(Link("compare", careers=("medical-secretary",)))
    compare = window.router.page("compare")
    compare.set_careers(["medical-secretary", "database-administrator"])
    page = window.router.page("shortlist")  # an empty list: the comparison fills the handout
    html = page.outputs.handout_html(date=datetime.date(2026, 12, 1))
    titles = {c.career_id: c.title for c in window.store.careers()}
    assert titles["medical-secretary"] in html and titles["database-administrator"] in html
    compare.set_careers(["medical-coder", "health-information-manager"])
    html = page.outputs.handout_html(date=datetime.date(2026, 12, 1))
    assert titles["medical-secretary"] not in html and titles["medical-coder"] in html


def test_one_view_settings_object_owns_the_look(window, qtbot):
    from hrguide.ui.look import fmt
    from hrguide.ui.look.settings import CONTRAST, LANGUAGE, TEXT_SCALE, ViewSettings

    settings = window.settings
    assert ViewSettings.of(QApplication.instance()) is settings
    assert not hasattr(window.store, "lang")
    seen: list[str] = []
    settings.changed.connect(seen.append)
    try:
        assert fmt.locale().language() == QLocale.Language.English
        settings.set_language("es")
        assert fmt.locale().language() == QLocale.Language.Spanish  # formats follow it
        assert window.header.language.currentData() == "es"
        assert window.tabs.tabText(0) == "Carreras"
        settings.set_language("es")  # no change, no signal
        settings.set_text_scale(1.3)
        settings.set_high_contrast(True)
        assert window.header.contrast_button.isChecked()
        assert seen == [LANGUAGE, TEXT_SCALE, CONTRAST]
        settings.restore(window.start_look)
        assert settings.look() == window.start_look
        assert fmt.locale().language() == QLocale.Language.English
    finally:
        settings.restore(window.start_look)


@pytest.mark.parametrize("lang,title", [("en", "Medical coder"), ("es", "Codificador")])
def test_store_queries_take_the_language(store, lang, title):
    careers = {c.career_id: c.title for c in store.careers(lang=lang)}
    assert careers["medical-coder"].startswith(title)
    profile = store.profile("medical-coder", lang=lang)
    assert profile.career.title == careers["medical-coder"]


def test_every_field_of_the_comparison_changes_through_a_method_and_one_signal(qtbot):
    from hrguide.ui.context import CAREERS, INTEREST, PROGRAMS, SCORES, Comparison

    c = Comparison()
    seen: list[str] = []
    c.changed.connect(seen.append)
    c.set_careers(("medical-coder", "health-information-manager"))
    c.set_interest("R 1 I 2 A 3 S 4 E 5 C 6")
    c.set_scores(((1, 2, 3, 4, 5, 6), 20))
    c.set_programs(["100663:51.0701:5", "101143:51.0707:21"])
    c.set_careers(("medical-coder", "health-information-manager"))  # the same: no signal
    assert seen == [CAREERS, INTEREST, SCORES, PROGRAMS]
    c.clear()
    assert seen[4:] == [CAREERS, INTEREST, SCORES, PROGRAMS]
    assert (c.career_ids, c.interest, c.scores, c.program_ids) == (None, None, None, ())


def _function_imports(path: Path) -> list[tuple[int, str]]:
    """(line, first source line) of every import inside a function of `path`."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    found = []
    for fn in ast.walk(ast.parse(text)):
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            found += [
                (node.lineno, lines[node.lineno - 1])
                for node in ast.walk(fn)
                if isinstance(node, ast.Import | ast.ImportFrom)
            ]
    return found


def test_imports_are_at_the_top_unless_a_measured_cost_says_why():
    """An import inside a function says beside it, in one line, that it is deferred: its
    time and memory are measured by bench/deferred_imports.py (or it names the platform or
    library that may be missing). Comments carry no millisecond figures: those belong in
    bench/RESULTS.md, where they are dated."""

    unsaid = [
        f"{p.relative_to(ROOT)}:{n}"
        for p in PACKAGE.rglob("*.py")
        for n, line in _function_imports(p)
        if "# deferred" not in line and "deferred:" not in line
    ]
    assert not unsaid, unsaid
    figures = _lines_matching(r"\d\s*ms\b|\d\s*M instructions")
    assert not figures, figures
    assert (ROOT / "bench" / "deferred_imports.py").is_file()


def test_pages_read_the_store_through_the_narrow_protocol_they_declare():
    """A page module declares what it reads (`PageStore`, made of store/protocols.py's
    readers) and reaches the store only through `_store(ctx) -> PageStore`, which mypy
    checks; no page names GuideStore."""
    for path in sorted((PACKAGE / "ui" / "pages").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert "GuideStore" not in text, path.name
        uses = [line.strip() for line in text.splitlines() if "ctx.store" in line]
        assert all(line == "return ctx.store" for line in uses), (path.name, uses)
        if uses:
            tree = ast.parse(text)
            store = next(
                n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_store"
            )
            assert ast.unparse(store.returns) == "PageStore", path.name
            proto = next(  # (under TYPE_CHECKING: it costs nothing at run time)
                n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name == "PageStore"
            )
            assert [ast.unparse(b) for b in proto.bases][-1] == "Protocol", path.name
            assert all(ast.unparse(b).endswith("Reader") for b in proto.bases[:-1]), path.name
