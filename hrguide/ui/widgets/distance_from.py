"""Measure distances from a city or a ZIP code: type a few letters of a town and pick it,
or type a ZIP code and press Enter; the finder measures from the middle of that town's
schools, or of the schools with that ZIP code (else in its three-digit ZIP area: the guide
has no map of ZIP codes, and says so). A site sets its own campus once in the site config;
any school's detail can also be the starting point."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QWidget

from ...domain.geo import city_points, zip_point
from ...domain.program import Program
from .flow import FlowLayout


class DistanceFrom(QWidget):
    chosen = Signal(float, float, str)  # latitude, longitude, "City, ST"

    def __init__(
        self,
        points: dict[str, tuple[float, float]],
        zips: Sequence[tuple[str, float | None, float | None]] = (),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.points = points
        self.zips = list(zips)
        row = FlowLayout(self)  # the label, the field and the note wrap where they must
        row.addWidget(QLabel(self.tr("Or measure distances from a city or ZIP code:")))
        self.city = QLineEdit()
        self.city.setObjectName("distanceCity")
        self.city.setAccessibleName(self.tr("City to measure distances from"))
        self.city.setPlaceholderText(self.tr("City or ZIP code"))
        self.city.setToolTip(
            self.tr("Type a few letters of a city and pick it, or a ZIP code and press Enter")
        )
        self.city.setMaxLength(80)
        completer = QCompleter(sorted(points), self.city)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._pick)
        self.city.setCompleter(completer)
        self.city.returnPressed.connect(lambda: self._pick(self.city.text()))
        self.city.setMinimumWidth(24 * self.city.fontMetrics().averageCharWidth())
        row.addWidget(self.city)
        self.note = QLabel()  # what a ZIP code was measured from, or why it could not be
        self.note.setObjectName("distanceNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setProperty("role", "source")
        row.addWidget(self.note)

    @classmethod
    def for_programs(
        cls, programs: Sequence[Program], zips: list[tuple[str, float | None, float | None]]
    ) -> DistanceFrom:
        """The cities of the schools that teach `programs`; ZIP codes of every school."""
        places = {(p.unitid, p.city, p.state, p.latitude, p.longitude) for p in programs}
        return cls(city_points([row[1:] for row in sorted(places)]), zips)

    def _pick(self, text: str) -> None:
        name = next((n for n in self.points if n.casefold() == text.strip().casefold()), None)
        if name is not None:
            self.note.clear()
            self.chosen.emit(*self.points[name], name)
            return
        digits = text.strip().split("-")[0]
        if not (digits.isascii() and digits.isdigit()):
            return  # a city not picked from the list yet: the list is open
        found = zip_point(text, self.zips)
        if found is None:
            self.note.setText(
                self.tr("No school in the guide's data has a ZIP code near {zip}.").format(
                    zip=text.strip()
                )
            )
            return
        lat, lon, zip_code, schools = found
        self.note.setText(
            self.tr(
                "Measured from the middle of the {n} school(s) with ZIP code {zip}: the guide "
                "has no map of ZIP codes."
            ).format(n=schools, zip=zip_code)
        )
        self.chosen.emit(lat, lon, self.tr("ZIP {zip}").format(zip=zip_code))

    def clear(self) -> None:
        self.city.clear()
        self.note.clear()
