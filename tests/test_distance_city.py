"""Distances from a city the user types (issue 19's design pass): the city's point is the
middle of its schools, and the finder measures from there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from hrguide.domain.geo import city_points, miles_between
from hrguide.ui.models.schools import COLUMN_OF


def test_a_citys_point_is_the_middle_of_its_schools():
    rows = [
        ("Greeley", "CO", 40.0, -104.0),
        ("Greeley", "CO", 41.0, -105.0),
        ("X", "CO", None, 1.0),
    ]
    assert city_points(rows) == {"Greeley, CO": (40.5, -104.5)}


def test_typing_a_city_measures_distances_from_it(schools, qtbot):
    box = schools.findChild(QLineEdit, "distanceCity")
    assert schools.table.isColumnHidden(COLUMN_OF["distance"])
    qtbot.keyClicks(box, "Greeley, CO")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not schools.table.isColumnHidden(COLUMN_OF["distance"])
    lat, lon = schools.distance_from.points["Greeley, CO"]
    for i, p in enumerate(schools.index.programs[:50]):
        if p.latitude is not None:
            want = miles_between(lat, lon, p.latitude, p.longitude)
            assert schools.index.distance[i] == pytest.approx(want)
    schools.reset()
    assert box.text() == "" and schools.table.isColumnHidden(COLUMN_OF["distance"])


def test_a_zip_codes_point_is_its_schools_or_its_zip_areas():
    from hrguide.domain.geo import zip_point

    rows = [("80631-1234", 40.0, -104.0), ("80631", 41.0, -105.0), ("80634", 42.0, -106.0)]
    assert zip_point("80631", rows) == (40.5, -104.5, "80631", 2)
    assert zip_point(" 80631-9999 ", rows) == (40.5, -104.5, "80631", 2)
    assert zip_point("80699", rows) == (41.0, -105.0, "806xx", 3)  # the three-digit area
    assert zip_point("10001", rows) is None
    for not_a_zip in ("8063", "806311", "abcde", "٨٠٦٣١", ""):
        assert zip_point(not_a_zip, rows) is None


def test_typing_a_zip_code_measures_from_its_schools_and_says_so(schools, qtbot, store):
    from PySide6.QtWidgets import QLabel

    from hrguide.domain.geo import zip_point

    box = schools.findChild(QLineEdit, "distanceCity")
    qtbot.keyClicks(box, "80634")  # Aims Community College's ZIP code
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not schools.table.isColumnHidden(COLUMN_OF["distance"])
    lat, lon, zip_code, n = zip_point("80634", store.school_zips())
    assert zip_code == "80634"
    i = next(i for i, p in enumerate(schools.index.programs) if p.latitude is not None)
    p = schools.index.programs[i]
    assert schools.index.distance[i] == pytest.approx(
        miles_between(lat, lon, p.latitude, p.longitude)
    )
    note = schools.findChild(QLabel, "distanceNote").text()
    assert f"{n} school(s) with ZIP code 80634" in note and "no map of ZIP codes" in note
    box.clear()
    qtbot.keyClicks(box, "00000")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert "No school in the guide's data" in schools.findChild(QLabel, "distanceNote").text()
