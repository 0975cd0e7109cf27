"""The interest check (issue 17): scoring worked by hand, the flat-profile rule, the
matching against every occupation, the items word for word, and the page through clicks."""

from __future__ import annotations

import csv
import sqlite3

import pytest
from conftest import GUIDE_DB, ROOT
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from hrguide.domain import interests as rules

IP = ROOT / "data" / "sources" / "onet-interest-profiler"


def _items(store, form):
    return store.ip_items(form)


@pytest.mark.parametrize(("form", "top"), [("mini", 20), ("short", 40)])
def test_one_area_strongly_liked_and_the_rest_strongly_disliked(store, form, top):
    items = _items(store, form)
    for chosen in rules.AREAS:
        answers = {it.number: 5 if it.area == chosen else 1 for it in items}
        scores = rules.score(items, answers)
        assert scores == tuple(top if a == chosen else 0 for a in rules.AREAS)
        assert rules.area_maximum(items) == top


def test_a_mixed_example_checked_by_hand(store):
    items = _items(store, "mini")
    # Mini-IP: items 1, 7, 13, 19, 25 are Realistic, 2, 8, … Investigative (R, I, A, S, E, C
    # rotating). Answers: every item "Like" (4, scores 3) except item 1 "Strongly Like" (4),
    # item 2 "Unsure" (2), item 6 "Dislike" (1) and item 12 "Strongly Dislike" (0).
    answers = {n: 4 for n in range(1, 31)}
    answers.update({1: 5, 2: 3, 6: 2, 12: 1})
    # by hand: R = 4 + 3*4 = 16; I = 2 + 3*4 = 14; A = 15; S = 15; E = 15;
    # C (items 6, 12, 18, 24, 30) = 1 + 0 + 3 + 3 + 3 = 10
    assert rules.score(items, answers) == (16, 14, 15, 15, 15, 10)


def test_an_unanswered_item_is_refused(store):
    items = _items(store, "mini")
    with pytest.raises(ValueError):
        rules.score(items, {n: 3 for n in range(1, 30)})


@pytest.mark.parametrize("value", [1, 2, 3, 4, 5])
def test_the_same_answer_everywhere_is_flat(store, value):
    items = _items(store, "mini")
    scores = rules.score(items, {it.number: value for it in items})
    assert rules.is_flat(scores, 20)
    assert rules.pearson(scores, (1, 2, 3, 4, 5, 6)) is None  # nothing to correlate


def test_a_profile_that_points_somewhere_is_not_flat():
    assert not rules.is_flat((0, 0, 0, 0, 0, 8), 20)
    assert rules.is_flat((5, 5, 6, 5, 7, 5), 20)  # a spread of 2 of 20: noise


def test_pearson_by_hand():
    assert rules.pearson((1, 2, 3), (2, 4, 6)) == pytest.approx(1.0)
    assert rules.pearson((1, 2, 3), (3, 2, 1)) == pytest.approx(-1.0)
    # (0,0,1,1) with (0,1,0,1): means .5; products sum 0 -> r = 0
    assert rules.pearson((0, 0, 1, 1), (0, 1, 0, 1)) == pytest.approx(0.0)


def test_ranking_covers_every_occupation_and_matches_a_direct_computation(store):
    profiles = store.interest_profiles()
    assert len(profiles) == 923
    scores = (0, 4, 2, 9, 12, 20)
    ranked = rules.rank_all(scores, profiles)
    assert len(ranked) == 923 and [m.rank for m in ranked] == list(range(1, 924))
    # the database's own rows, correlated here without the app's code
    db = sqlite3.connect(GUIDE_DB)
    rows = db.execute(
        "SELECT onet_code, realistic, investigative, artistic, social, enterprising,"
        " conventional FROM interest_profiles"
    ).fetchall()

    def r(a, b):
        n = 6
        ma, mb = sum(a) / n, sum(b) / n
        cov = sum((x - ma) * (y - mb) for x, y in zip(a, b, strict=True))
        va = sum((x - ma) ** 2 for x in a) ** 0.5
        vb = sum((y - mb) ** 2 for y in b) ** 0.5
        return cov / (va * vb)

    best = max(rows, key=lambda row: r(scores, row[1:]))
    assert ranked[0].profile.onet_code == best[0]
    assert ranked[0].r == pytest.approx(r(scores, best[1:]))


def test_interest_profiles_equal_the_onet_rows(store):
    # career_interest_types.csv: 11-1011.00 Chief Executives, Realistic OI 1.26,
    # Investigative 3.05, Artistic 2.16, Social 3.54
    chief = next(p for p in store.interest_profiles() if p.onet_code == "11-1011.00")
    assert chief.ratings[:4] == (1.26, 3.05, 2.16, 3.54)
    assert chief.job_zone == 5  # job_zones.csv: 11-1011.00, zone 5


def test_items_are_shown_word_for_word(store):
    for form, name in (("mini", "mini_ip_30_items.csv"), ("short", "ip_short_form_60_items.csv")):
        with (IP / name).open(encoding="utf-8") as fh:
            raw = {int(r["index"]): r["text"] for r in csv.DictReader(fh)}
        shown = {it.number: it.text for it in store.ip_items(form)}
        changed = {n for n in raw if raw[n] != shown[n]}
        # only the two items whose newer O*NET wording the PROVENANCE gives
        assert changed == ({23, 43} if form == "short" else set())
    short = {it.number: it.text for it in store.ip_items("short")}
    mini = {it.number: it.text for it in store.ip_items("mini")}
    assert short[23] == mini[6] == "Install software across computers on a large network"


@pytest.fixture
def page(window, qtbot):
    window.router.open("interest-check")
    p = window.router.page("interest-check")
    qtbot.waitUntil(p.isVisible)
    return p


def _answer_all(page, qtbot, choose) -> None:
    for _ in range(len(page.items)):
        it = page.items[page.current]
        button = page.findChild(QPushButton, f"answer-{it.number}-{choose(it)}")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_answering_by_clicks_gives_results_and_the_guides_careers_ranked(page, qtbot, store):
    see = page.findChild(QPushButton, "interestSeeResults")
    assert page.findChild(QLabel, "interestProgress").text() == "1 of 30"
    assert not see.isEnabled()
    weights = {"Conventional": 5, "Enterprising": 4, "Social": 3}
    _answer_all(page, qtbot, lambda it: weights.get(it.area, 1))
    assert see.isEnabled()
    qtbot.mouseClick(see, Qt.MouseButton.LeftButton)
    results = page.findChild(type(page.results), "interestResults")
    assert results.isVisible()
    assert page.scores == (0, 0, 0, 10, 15, 20)
    matches = results.findChild(type(results.matches), "interestMatches")
    assert matches.isVisible() and not results.flat.isVisible()
    guide = results.guide_model
    assert guide.rowCount() == len(store.careers())  # every career of the guide
    ranked = rules.rank_all(page.scores, store.interest_profiles())
    rank_of = {m.profile.onet_code: m.rank for m in ranked}
    for row in range(guide.rowCount()):
        placed = guide.record(row)
        assert placed.match.rank == rank_of[placed.match.profile.onet_code]
    text = results.summary.text()
    assert "sums, not percentiles" in text and "not what you are good at" in text
    assert "Conventional" in text


def test_back_changes_an_answer(page, qtbot):
    qtbot.mouseClick(page.findChild(QPushButton, "answer-1-5"), Qt.MouseButton.LeftButton)
    assert page.findChild(QLabel, "interestProgress").text() == "2 of 30"
    qtbot.mouseClick(page.findChild(QPushButton, "interestBack"), Qt.MouseButton.LeftButton)
    chosen = page.findChild(QPushButton, "answer-1-5")
    assert chosen.isChecked() and chosen.text().startswith("✓ ")  # not by colour alone
    assert not page.findChild(QPushButton, "answer-1-2").text().startswith("✓")
    qtbot.mouseClick(page.findChild(QPushButton, "answer-1-2"), Qt.MouseButton.LeftButton)
    assert page.answers == {1: 2}


def test_all_unsure_says_the_answers_point_nowhere(page, qtbot):
    _answer_all(page, qtbot, lambda it: 3)
    qtbot.mouseClick(page.findChild(QPushButton, "interestSeeResults"), Qt.MouseButton.LeftButton)
    flat = page.findChild(QLabel, "interestFlat")
    assert flat.isVisible() and "do not point anywhere" in flat.text()
    assert not page.results.matches.isVisible()  # no ranked list of noise


def test_the_models_pass_the_model_tester(page, qtbot, qtmodeltester):
    _answer_all(page, qtbot, lambda it: 5 if it.area == "Conventional" else 2)
    page.show_results()
    qtmodeltester.check(page.results.guide_model)
    qtmodeltester.check(page.results.top_model)


def test_the_attribution_is_on_the_page(page):
    text = page.findChild(QLabel, "interestAttribution").text()
    assert "O*NET Career Exploration Tools" in text and "CC BY-ND 4.0" in text


def test_a_kiosk_forgets_the_answers_and_shows_only_a_qr_of_the_scores(kiosk_window, qtbot):
    win = kiosk_window
    win.router.open("interest-check")
    page = win.router.page("interest-check")
    _answer_all(page, qtbot, lambda it: 5 if it.area == "Social" else 1)
    page.show_results()
    qr = page.findChild(QLabel, "interestQr")
    assert qr.isVisible() and "S 20" in qr.accessibleName()
    assert page.findChild(QPushButton, "interestToHandout") is None
    win.kiosk_controller.reset()
    assert page.answers == {} and page.scores is None and not page.results.isVisible()


def test_the_sources_tab_carries_the_interest_profilers_licence_sentence(window, qtbot):
    window.router.open("sources")
    page = window.router.page("sources")
    text = page.findChild(QLabel, "ipAttribution").text()
    assert text.startswith("This page includes information from the O*NET Career Exploration")
    assert "CC BY-ND 4.0" in text


def _raw_profile(code: str) -> tuple[float, ...]:
    """An occupation's six OI ratings read from the staged O*NET file itself."""
    path = ROOT / "data" / "sources" / "onet-30.3" / "career_interest_types.csv"
    with path.open(encoding="utf-8-sig") as fh:
        rows = [r for r in csv.DictReader(fh) if r["O*NET-SOC Code"] == code]
    by_area = {r["Element Name"]: float(r["Data Value"]) for r in rows if r["Scale ID"] == "OI"}
    return tuple(by_area[a] for a in rules.AREAS)


@pytest.mark.parametrize("code", ["29-2072.00", "11-9111.00", "15-1242.00"])
def test_the_correlation_equals_one_computed_from_the_raw_onet_rows(store, code):
    scores = (2, 6, 1, 11, 9, 18)
    raw = _raw_profile(code)
    n = 6
    ms, mr = sum(scores) / n, sum(raw) / n
    cov = sum((s - ms) * (r - mr) for s, r in zip(scores, raw, strict=True))
    want = cov / (
        sum((s - ms) ** 2 for s in scores) ** 0.5 * sum((r - mr) ** 2 for r in raw) ** 0.5
    )
    match = next(
        m for m in rules.rank_all(scores, store.interest_profiles()) if m.profile.onet_code == code
    )
    assert match.r == pytest.approx(want, abs=1e-12)


def test_ties_are_ordered_by_title_then_code():
    same = (1.0, 2.0, 3.0, 4.0, 5.0, 6.0)
    profiles = [
        rules.InterestProfile("22-0000.00", "22", "Beta", 3, same),
        rules.InterestProfile("11-0000.00", "11", "Alpha", 3, same),
        rules.InterestProfile("33-0000.00", "33", "Alpha", 3, same),
    ]
    ranked = rules.rank_all((0, 1, 2, 3, 4, 5), profiles)
    assert [m.profile.onet_code for m in ranked] == ["11-0000.00", "33-0000.00", "22-0000.00"]
    assert rules.rank_all((0, 1, 2, 3, 4, 5), list(reversed(profiles))) == ranked


def _rank_of(store, scores, code):
    ranked = rules.rank_all(scores, store.interest_profiles())
    return next(m.rank for m in ranked if m.profile.onet_code == code), len(ranked)


def test_conventional_places_medical_records_specialists_in_the_top_fifth(store):
    items = store.ip_items("mini")
    conventional = rules.score(
        items, {it.number: 5 if it.area == "Conventional" else 1 for it in items}
    )
    rank, total = _rank_of(store, conventional, "29-2072.00")
    assert rank <= total / 5
    realistic = rules.score(items, {it.number: 5 if it.area == "Realistic" else 1 for it in items})
    rank, total = _rank_of(store, realistic, "29-2072.00")
    assert rank > total / 5


def test_a_kiosk_check_writes_nothing_under_home(qtbot, tmp_path, monkeypatch):
    from hrguide.app import create_main_window
    from hrguide.config import KioskConfig, SiteConfig

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    win = create_main_window(GUIDE_DB, config=SiteConfig(kiosk=KioskConfig(enabled=True)))
    qtbot.addWidget(win)
    win.show_for_mode()
    qtbot.waitExposed(win)
    try:
        win.router.open("interest-check")
        page = win.router.page("interest-check")
        _answer_all(page, qtbot, lambda it: 5 if it.area == "Investigative" else 2)
        qtbot.mouseClick(
            page.findChild(QPushButton, "interestSeeResults"), Qt.MouseButton.LeftButton
        )
        win.kiosk_controller.reset()
    finally:
        win.kiosk_controller.release()
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written == []


def test_after_an_answer_the_focus_is_on_the_next_questions_first_answer(page, qtbot):
    chosen = page.findChild(QPushButton, "answer-1-4")
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
    focused = page.focusWidget()
    assert focused is page.buttons[rules.ANSWER_VALUES[0]] and focused.hasFocus()
    assert all(not b.isChecked() for b in page.buttons.values())  # nothing looks answered
    assert chosen.objectName() != "answer-1-4"  # the same button now answers question 2
    _answer_all(page, qtbot, lambda it: 3)
    assert page.findChild(QPushButton, "interestSeeResults").hasFocus()


def test_why_names_the_areas_in_common_and_the_one_furthest_apart():
    mine = (1, 2, 3, 4, 5, 9)  # R I A S E C, scaled 0 .125 .25 .375 .5 1
    office = (1.0, 2.0, 1.0, 3.0, 5.0, 5.0)  # scaled 0 .25 0 .5 1 1: E furthest (.5)
    assert rules.why(mine, office) == rules.Why(
        ("Conventional", "Enterprising", "Social"), "Enterprising", rules.THEIRS
    )
    builder = (7.0, 3.0, 1.0, 1.0, 2.0, 4.0)  # R furthest, higher for the occupation
    assert rules.why(mine, builder) == rules.Why(("Conventional",), "Realistic", rules.THEIRS)
    assert rules.why((9, 1, 1, 1, 1, 1), (1.0, 1.0, 1.0, 1.0, 1.0, 7.0)) == rules.Why(
        (), "Realistic", rules.YOURS
    )
    same = rules.why((1, 2, 3, 4, 5, 6), (1.0, 2.0, 3.0, 4.0, 5.0, 6.0))
    assert same == rules.Why(("Conventional", "Enterprising", "Social"), "", "")


def test_why_says_what_fit_does_not_on_the_matches(page, qtbot):
    weights = {"Conventional": 5, "Enterprising": 4, "Social": 3}
    _answer_all(page, qtbot, lambda it: weights.get(it.area, 1))
    qtbot.mouseClick(page.findChild(QPushButton, "interestSeeResults"), Qt.MouseButton.LeftButton)
    model = page.results.top_model
    whys = [model.record(r).why for r in range(model.rowCount())]
    assert all(w.startswith(("In common:", "No top area")) for w in whys)
    assert len(set(whys)) >= 4  # the rows differ (before: one sentence on nearly all 28)
    assert not any("match" in w for w in whys)  # Fit's words stay in Fit
