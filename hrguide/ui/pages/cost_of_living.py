"""The cost-of-living view of the Earnings page: a toggle, off by default, that shows each
state's and metro area's median at US-average prices (BEA's Regional Price Parities) in a
column of its own, with a note that says what was adjusted and by what."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QTableView, QVBoxLayout, QWidget

from ...domain.models import Wage
from ...domain.outcomes import at_national_prices
from ...domain.schema import PRICES_REGIONAL
from ..look import fmt
from ..models.tables import Column
from ..widgets.basics import source_note

if TYPE_CHECKING:
    from ...store.protocols import SourceReader


class CostOfLiving(QWidget):
    def __init__(self, store: SourceReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.toggle = QCheckBox(
            self.tr("Show what each median buys at US-average prices (cost of living)")
        )
        self.toggle.setObjectName("costOfLiving")
        lay.addWidget(self.toggle)
        self.note = source_note(
            [store.role(PRICES_REGIONAL)],
            lambda: self.tr(
                "Adjusted figures divide the median by the area's price level (US = 100); "
                "nonmetropolitan areas use their state's nonmetropolitan price level. The "
                "other columns are not adjusted."
            ),
        )
        self.note.setObjectName("costOfLivingNote")
        lay.addWidget(self.note)
        self._tables: tuple[QTableView, ...] = ()
        self.toggle.toggled.connect(self._show)

    @staticmethod
    def column(rpp: dict[str, float]) -> Column:
        """The adjusted median, as the last column of a wage table."""

        def value(w: Wage) -> int | None:
            return at_national_prices(w.median_annual, rpp.get(w.area_code))

        return Column(
            QCoreApplication.translate("CostOfLiving", "Median at US-average prices"),
            lambda w: fmt.about_money(value(w)),
            value,
            numeric=True,
        )

    def attach(self, *tables: QTableView) -> None:
        self._tables = tables
        self._show(self.toggle.isChecked())

    def _show(self, on: bool) -> None:
        """The adjusted column and its note appear together: an adjusted figure is never
        shown without its label, and never mixed silently into the others."""
        for table in self._tables:
            table.setColumnHidden(table.model().columnCount() - 1, not on)
        self.note.setVisible(on)

    def reset(self) -> None:
        self.toggle.setChecked(False)
