"""Lists sorted for people (issue 31, item 5): states and areas by name in the user's
language, careers and programs by name."""

from __future__ import annotations

import pytest

from hrguide.domain.collate import name_key

pytestmark = pytest.mark.gui


def _texts(combo, start: int = 1) -> list[str]:
    return [combo.itemText(i) for i in range(start, combo.count())]


def _in_order(names: list[str], lang: str) -> bool:
    return names == sorted(names, key=lambda n: name_key(n, lang))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_school_finders_states_are_names_in_order(window, lang):
    window.settings.set_language(lang)
    state = window.router.open("schools").filters.state
    names = _texts(state)
    assert names[:4] == ["Alabama", "Alaska", "Arizona", "Arkansas"]
    assert names.index("District of Columbia") == names.index("Delaware") + 1
    assert names.index("Idaho") < names.index("Iowa")
    assert _in_order(names, lang) and state.itemData(1) == "AL"


def test_the_pathways_states_are_in_order_by_name(window):
    names = _texts(window.router.open("advancement").state)
    assert names[0] == "Alabama (AL)" and names[1] == "Alaska (AK)"
    assert _in_order(names, "en")


def test_the_earnings_tables_list_states_and_areas_by_name(window):
    page = window.router.open("earnings")
    for model in (page.state_model, page.metro_model):
        names = [model.index(r, 0).data() for r in range(model.rowCount())]
        assert len(names) > 40 and _in_order(names, "en")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_career_choosers_list_careers_by_name_and_start_on_the_first_of_the_guide(window, lang):
    window.settings.set_language(lang)
    first = window.store.careers(lang=lang)[0]
    for page_id, name in (("earnings", "earningsCareer"), ("daily-work", None)):
        page = window.router.open(page_id)
        combo = page.career
        assert _in_order(_texts(combo, 0), lang), name
        assert combo.currentData() == first.career_id
    picker = window.router.open("compare").picker
    assert _in_order([picker.item(i).text() for i in range(picker.count())], lang)


def test_the_program_filter_lists_careers_then_programs_by_name(window):
    program = window.router.open("schools").filters.program
    data = [program.itemData(i) for i in range(program.count())]
    texts = _texts(program, 0)
    careers = [t for t, d in zip(texts, data, strict=True) if str(d).startswith("career:")]
    programs = [t for t, d in zip(texts, data, strict=True) if str(d).startswith("cip:")]
    assert _in_order(careers, "en") and _in_order(programs, "en") and len(programs) > 10
