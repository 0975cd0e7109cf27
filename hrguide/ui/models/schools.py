"""The school table's thin model: it shows the rows the domain rules selected and sorted."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from ...domain import school_sort as rules
from ...domain.outcomes import debt_share
from ...domain.school_filter import GRADUATE_GROUPS
from ...domain.schools import IN_STATE, OUT_OF_STATE, SchoolIndex
from ..look import fmt, vocab
from .roles import ACCESSIBLE, ALIGN, DISPLAY, LEFT, RIGHT, TOOLTIP, Index
from .tables import Words

if TYPE_CHECKING:
    from ...domain.program import Program

HANDLED = frozenset({DISPLAY, TOOLTIP, ALIGN, ACCESSIBLE})

LEVEL_LABELS = {
    "certificate": QT_TRANSLATE_NOOP("Schools", "Certificate"),
    "associate": QT_TRANSLATE_NOOP("Schools", "Associate"),
    "bachelor": QT_TRANSLATE_NOOP("Schools", "Bachelor's"),
    "postbacc": QT_TRANSLATE_NOOP("Schools", "Post-degree certificate"),
    "master": QT_TRANSLATE_NOOP("Schools", "Master's"),
    "doctorate": QT_TRANSLATE_NOOP("Schools", "Doctorate"),
}
CONTROL_LABELS = {
    1: QT_TRANSLATE_NOOP("Schools", "Public"),
    2: QT_TRANSLATE_NOOP("Schools", "Private nonprofit"),
    3: QT_TRANSLATE_NOOP("Schools", "Private for-profit"),
}

# (sort key, header); headers are translated in headerData.
COLUMNS = (
    ("school", QT_TRANSLATE_NOOP("Schools", "School")),
    ("city", QT_TRANSLATE_NOOP("Schools", "City")),
    ("state", QT_TRANSLATE_NOOP("Schools", "State")),
    ("program", QT_TRANSLATE_NOOP("Schools", "Program")),
    ("level", QT_TRANSLATE_NOOP("Schools", "Credential")),
    ("online", QT_TRANSLATE_NOOP("Schools", "Online")),
    ("control", QT_TRANSLATE_NOOP("Schools", "Type")),
    ("tuition_in_state", QT_TRANSLATE_NOOP("Schools", "In-state tuition")),
    ("tuition_out_of_state", QT_TRANSLATE_NOOP("Schools", "Out-of-state tuition")),
    ("completions", QT_TRANSLATE_NOOP("Schools", "Graduates {period}")),
    ("earnings", QT_TRANSLATE_NOOP("Schools", "Earnings")),
    ("debt_share", QT_TRANSLATE_NOOP("Schools", "Debt ÷ earnings")),
    ("net_price", QT_TRANSLATE_NOOP("Schools", "Net price")),
    ("distance", QT_TRANSLATE_NOOP("Schools", "Distance")),
)
COLUMN_OF = {key: i for i, (key, _) in enumerate(COLUMNS)}
# the columns' starting widths in characters, so that they grow with the text size
COLUMN_CHARS = {
    "school": 40,
    "city": 16,
    "state": 9,
    "program": 40,
    "level": 15,
    "online": 10,
    "control": 17,
    "tuition_in_state": 14,
    "tuition_out_of_state": 14,
    "completions": 11,
    "earnings": 12,
    "debt_share": 10,
    "net_price": 10,
    "distance": 10,
}
NUMERIC = {
    "tuition_in_state",
    "tuition_out_of_state",
    "completions",
    "earnings",
    "debt_share",
    "net_price",
    "distance",
}


def _t(text: object) -> str:  # (QT_TRANSLATE_NOOP labels are typed object)
    return QCoreApplication.translate("Schools", str(text))


def level_label(group: str) -> str:
    """The credential level group as people read it ("Bachelor's")."""
    return _t(LEVEL_LABELS.get(group, group))


def online_text(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("Schools", "not reported")
    return (
        QCoreApplication.translate("Schools", "Yes")
        if value
        else QCoreApplication.translate("Schools", "No")
    )


class SchoolTableModel(Words, QAbstractTableModel):
    def __init__(
        self,
        index: SchoolIndex,
        parent: QObject | None = None,
        *,
        periods: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.index_data = index
        # the periods of the sources behind the columns, read from the data (fmt.periods)
        self.periods = periods or {"completions": "", "tuition": ""}
        self._rows: list[int] = list(range(len(index)))
        self._sort: tuple[str, bool] | None = None
        self._texts: dict[int, tuple[str, ...]] = {}  # program index -> its cells' text

    def words_changed(self, move: Callable[[str], str]) -> None:
        self._texts.clear()  # made again, in the new language
        super().words_changed(move)

    # -- rows ---------------------------------------------------------------------------
    def set_rows(self, rows: list[int]) -> None:
        """Show these programs (indexes into the SchoolIndex), keeping the current sort."""
        if self.index_data.has_home != getattr(self, "_had_home", False):
            self._texts.clear()  # the distance column changed
            self._had_home = self.index_data.has_home
        if self._sort is not None:
            rows = rules.sort_rows(self.index_data, rows, *self._sort)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[int]:
        return list(self._rows)

    def program_at(self, row: int) -> Program:
        return self.index_data.programs[self._rows[row]]

    # -- Qt -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def _text(self, i: int, key: str) -> str:
        show = _CELL_TEXT.get(key)
        return "" if show is None else show(self.index_data, i)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        role = int(role)
        if role not in HANDLED:
            return None
        row, col = index.row(), index.column()
        if not 0 <= row < len(self._rows) or not 0 <= col < len(COLUMNS):
            return None
        key = COLUMNS[col][0]
        if role == ALIGN:
            return RIGHT if key in NUMERIC else LEFT
        i = self._rows[row]
        if role == TOOLTIP:
            return self._tooltip(self.index_data.programs[i], key)
        texts = self._texts.get(i)  # DISPLAY and ACCESSIBLE: the row's texts, made once
        if texts is None:
            if len(self._texts) > 2000:  # a few screens of rows: enough, and bounded
                self._texts.clear()
            texts = self._texts[i] = tuple(self._text(i, k) for k, _ in COLUMNS)
        return texts[col]

    def _tooltip(self, p: Program, key: str) -> str | None:
        """Where a cell's figure comes from (None: the column needs no tip)."""
        if key == "level":
            return vocab.award(p.award_label)
        if key in ("tuition_in_state", "tuition_out_of_state"):
            kind = (
                QCoreApplication.translate("Schools", "Graduate")
                if p.level_group in GRADUATE_GROUPS
                else QCoreApplication.translate("Schools", "Undergraduate")
            )
            return QCoreApplication.translate(
                "Schools", "{kind} published tuition and required fees, {year} (IPEDS)"
            ).format(kind=kind, year=p.tuition_year or self.periods["tuition"])
        return _column_tips(self.periods).get(key)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == DISPLAY:
            return _t(COLUMNS[section][1]).format(period=self.periods["completions"]).strip()
        key = COLUMNS[section][0]
        if role == TOOLTIP and key.startswith("tuition"):
            return QCoreApplication.translate(
                "Schools", "Published tuition and fees for {period} (IPEDS); they will have changed"
            ).format(period=self.periods["tuition"])
        if role == TOOLTIP and key in ("earnings", "debt_share"):
            return QCoreApplication.translate(
                "Schools",
                "Graduates' median earnings, and their median debt as a share of it, for the "
                "school's whole program family at this level ({source})",
            ).format(source=self.periods.get("outcomes", ""))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old = [self._rows[i.row()] for i in before]
        self._rows = rules.sort_rows(self.index_data, self._rows, *self._sort)
        where = {p: r for r, p in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(where[p], i.column()) for p, i in zip(old, before, strict=True)]
        )
        self.layoutChanged.emit()

    def clear_sort(self) -> None:
        self._sort = None


def _figure_or(value: float | None, shown: Callable[[float], str], missing: str) -> str:
    """A figure as shown, or why it is missing: never 0 or blank."""
    return shown(value) if value is not None else missing


def _not_reported() -> str:
    return QCoreApplication.translate("Schools", "not reported")


def _too_few() -> str:
    return QCoreApplication.translate("Schools", "too few to report")


def _tuition_text(ix: SchoolIndex, i: int, basis: str) -> str:
    return _figure_or(ix.tuition[basis][i], fmt.money, _not_reported())


def _distance_text(ix: SchoolIndex, i: int) -> str:
    d = ix.distance[i]
    if d is None:
        return ""
    return QCoreApplication.translate("Schools", "{miles} mi").format(miles=fmt.count(d))


def _debt_share_text(p: Program) -> str:
    share = debt_share(p.debt_median, p.earnings)
    return _figure_or(share, lambda v: fmt.percent(v, signed=False), _too_few())


# what each column's cell says for the program in row i of the index
_CELL_TEXT: dict[str, Callable[[SchoolIndex, int], str]] = {
    "school": lambda ix, i: ix.programs[i].school,
    "city": lambda ix, i: ix.programs[i].city,
    "state": lambda ix, i: ix.programs[i].state,
    "program": lambda ix, i: ix.programs[i].program,
    "level": lambda ix, i: _t(
        LEVEL_LABELS.get(ix.programs[i].level_group, ix.programs[i].level_group)
    ),
    "online": lambda ix, i: online_text(ix.online[i]),
    "control": lambda ix, i: _t(CONTROL_LABELS.get(ix.programs[i].control, "")),
    "tuition_in_state": lambda ix, i: _tuition_text(ix, i, IN_STATE),
    "tuition_out_of_state": lambda ix, i: _tuition_text(ix, i, OUT_OF_STATE),
    "completions": lambda ix, i: fmt.count(ix.programs[i].completions),
    "earnings": lambda ix, i: _figure_or(ix.programs[i].earnings, fmt.money, _too_few()),
    "debt_share": lambda ix, i: _debt_share_text(ix.programs[i]),
    "net_price": lambda ix, i: _figure_or(ix.programs[i].net_price, fmt.money, _not_reported()),
    "distance": _distance_text,
}


def _column_tips(periods: dict[str, str]) -> dict[str, str]:
    """The tips of the columns whose tip is the same for every row, in the UI's language,
    each naming its figures' period or source."""
    family = QCoreApplication.translate(
        "Schools",
        "Median earnings and debt of the graduates of the school's whole program "
        "family at this level ({source}); too few graduates: not reported",
    ).format(source=periods.get("outcomes", ""))
    return {
        "online": QCoreApplication.translate(
            "Schools",
            "IPEDS reports distance education per school and level, not per program",
        ),
        "completions": QCoreApplication.translate(
            "Schools", "Awards in this program and level in {period} (IPEDS)"
        ).format(period=periods.get("completions", "")),
        "earnings": family,
        "debt_share": family,
        "net_price": QCoreApplication.translate(
            "Schools",
            "Average net price after grants for first-time full-time students ({source})",
        ).format(source=periods.get("net_price", "")),
    }
