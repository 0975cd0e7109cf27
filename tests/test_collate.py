"""Names in the order people read them (issue 31, item 5)."""

from __future__ import annotations

from hrguide.domain.collate import by_name, name_key


def _sorted(names: list[str], lang: str = "en") -> list[str]:
    return by_name(names, str, lang)


def test_states_sort_by_name_not_by_postal_code():
    assert _sorted(["Alaska", "Alabama", "Iowa", "Idaho", "Delaware", "District of Columbia"]) == [
        "Alabama",
        "Alaska",
        "Delaware",
        "District of Columbia",
        "Idaho",
        "Iowa",
    ]


def test_case_and_accents_come_after_the_letters():
    assert _sorted(["abc", "Abd", "Ább"]) == ["Ább", "abc", "Abd"]
    assert _sorted(["Mayagüez, PR", "Mayaguana", "Mayo"]) == ["Mayaguana", "Mayagüez, PR", "Mayo"]


def test_spanish_puts_n_tilde_after_n_english_with_n():
    words = ["Ñandú", "Nube", "Oso", "Nadar"]
    assert _sorted(words, "es") == ["Nadar", "Nube", "Ñandú", "Oso"]
    assert _sorted(words, "en") == ["Nadar", "Ñandú", "Nube", "Oso"]


def test_the_key_orders_names_that_differ_only_in_case_the_same_way_each_time():
    assert name_key("ohio") != name_key("Ohio")
    assert _sorted(["ohio", "Ohio"]) == _sorted(["Ohio", "ohio"])
