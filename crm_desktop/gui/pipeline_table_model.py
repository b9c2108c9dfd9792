"""Lazy table of opportunities (open, won, lost or all): a count and pages fetched on demand."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from crm_desktop.controllers.sales import SalesController
from crm_desktop.domain.display import date_text, local_time_text
from crm_desktop.domain.entities import ListSort
from crm_desktop.domain.sales import PipelineFilter
from crm_desktop.gui.labels import OPPORTUNITY_STATUS, label
from crm_desktop.gui.money_text import money_text, percent_text

PAGE_SIZE = 200
MAX_PAGES = 40
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    title: str            # source text, translated in headerData
    field: int            # position in the row tuple (domain.sales.Card, then stage name, status)
    sort_key: str | None  # a key of OPPORTUNITY_LIST.sorts; None: no index, not sortable
    kind: str = "text"    # text | money | percent | date | time | status


COLUMNS = (
    Column("Name", 1, "name"), Column("Account", 2, None), Column("Stage", 10, None),
    Column("Amount", 3, "amount", "money"), Column("Probability", 5, "probability", "percent"),
    Column("Expected close", 6, "expected_close", "date"), Column("Owner", 7, None),
    Column("Status", 11, None, "status"), Column("Last activity", 8, None, "time"),
)
_TITLES = (  # for lupdate (translated in headerData under this class's context)
    QT_TRANSLATE_NOOP("PipelineTableModel", "Name"), QT_TRANSLATE_NOOP("PipelineTableModel", "Account"),
    QT_TRANSLATE_NOOP("PipelineTableModel", "Stage"), QT_TRANSLATE_NOOP("PipelineTableModel", "Amount"),
    QT_TRANSLATE_NOOP("PipelineTableModel", "Probability"),
    QT_TRANSLATE_NOOP("PipelineTableModel", "Expected close"), QT_TRANSLATE_NOOP("PipelineTableModel", "Owner"),
    QT_TRANSLATE_NOOP("PipelineTableModel", "Status"), QT_TRANSLATE_NOOP("PipelineTableModel", "Last activity"),
)
DEFAULT_SORT = ListSort("expected_close")


class PipelineTableModel(QAbstractTableModel):
    def __init__(self, sales: SalesController, parent=None, load: bool = True) -> None:
        """`load` False: empty until the first reload (a hidden table need not count yet)."""
        super().__init__(parent)
        self._sales = sales
        self._filter = PipelineFilter()
        self._status: str | None = "open"
        self._sort = DEFAULT_SORT
        self._total = 0
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self.columns = COLUMNS
        if load:
            self.reload()

    @property
    def current_filter(self) -> PipelineFilter:
        return self._filter

    @property
    def status(self) -> str | None:
        return self._status

    def set_filter(self, flt: PipelineFilter, load: bool = True) -> None:
        self._filter = flt
        if load:
            self.reload()

    def set_status(self, status: str | None) -> None:
        """'open', 'won', 'lost' or None for every deal."""
        self._status = status
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._total = self._sales.count(self._filter, self._status)
        self.endResetModel()

    def record_id(self, row: int) -> str | None:
        data = self._row(row)
        return data[0] if data else None

    # --- Qt model interface ------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.tr(self.columns[section].title)
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("money", "percent"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, RECORD_ID_ROLE):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == RECORD_ID_ROLE:
            return row[0]
        return self._display(column, row)

    @staticmethod
    def _display(column: Column, row: tuple) -> str:
        value = row[column.field] if column.field < len(row) else None
        if value is None:
            return ""
        if column.kind == "money":
            return money_text(value, row[4])
        if column.kind == "percent":
            return percent_text(value)
        if column.kind == "date":
            return date_text(value)
        if column.kind == "time":
            return local_time_text(value)
        if column.kind == "status":
            return label(OPPORTUNITY_STATUS, value)
        return str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key if 0 <= column < len(self.columns) else None
        if key is None:
            return  # no index behind this column: sorting 200,000 deals would freeze the list
        wanted = ListSort(key, order == Qt.SortOrder.DescendingOrder)
        if wanted != self._sort:
            self._sort = wanted
            self.reload()

    def sortable(self, column: int) -> bool:
        return self.columns[column].sort_key is not None

    def sort_column(self) -> int:
        keys = [c.sort_key for c in self.columns]
        return keys.index(self._sort.column) if self._sort.column in keys else 0

    # --- pages -------------------------------------------------------------------------

    def _row(self, row: int) -> tuple | None:
        if not 0 <= row < self._total:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._sales.page(self._filter, self._status, self._sort, number * PAGE_SIZE, PAGE_SIZE,
                                    self._total)
            self._pages[number] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None
