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
