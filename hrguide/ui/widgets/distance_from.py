"""Measure distances from a city: type a few letters of a town and pick it; the finder
measures from the middle of that town's schools. (A site sets its own campus once in the
site config; any school's detail can also be the starting point.)"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...domain.geo import city_points
from ...domain.models import Program


class DistanceFrom(QWidget):
    chosen = Signal(float, float, str)  # latitude, longitude, "City, ST"

    def __init__(self, points: dict[str, tuple[float, float]], parent: QWidget | None = None):
        super().__init__(parent)
        self.points = points
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Or measure distances from a city:")))
        self.city = QLineEdit()
        self.city.setObjectName("distanceCity")
        self.city.setAccessibleName(self.tr("City to measure distances from"))
        self.city.setPlaceholderText(self.tr("Type a city, then pick it"))
        self.city.setMaxLength(80)
        completer = QCompleter(sorted(points), self.city)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._pick)
        self.city.setCompleter(completer)
        self.city.returnPressed.connect(lambda: self._pick(self.city.text()))
        row.addWidget(self.city, 1)
        row.addStretch(1)

    @classmethod
    def for_programs(cls, programs: Sequence[Program]) -> DistanceFrom:
        """The cities of the schools that teach `programs`."""
        places = {(p.unitid, p.city, p.state, p.latitude, p.longitude) for p in programs}
        return cls(city_points([row[1:] for row in sorted(places)]))

    def _pick(self, text: str) -> None:
        name = next((n for n in self.points if n.casefold() == text.strip().casefold()), None)
        if name is not None:
            self.chosen.emit(*self.points[name], name)

    def clear(self) -> None:
        self.city.clear()
