"""Lazy table model of accounts or contacts: a row count and pages fetched on demand.

Filtering and sorting happen in SQL (the controller); the model holds at most a few pages,
so a million contacts open as fast as a hundred. Page reads are short index seeks and run
on the GUI thread; see store/repositories/listing.py for why jumping to the end is cheap.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from crm_desktop.controllers.customers import CustomersController
from crm_desktop.domain.display import date_text, local_time_text, phone_text
from crm_desktop.domain.entities import ListFilter, ListSort
from crm_desktop.gui.labels import STATUS, label

PAGE_SIZE = 200
MAX_PAGES = 40
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    title: str            # source text, translated in headerData
    field: int            # position in the row tuple
    sort_key: str | None  # None: not sortable (no index behind it)
    kind: str = "text"    # text | phone | time | date | status


CONTACT_COLUMNS = (
    Column("Name", 1, "name"), Column("Company", 2, "account"), Column("Title", 3, None),
    Column("Mobile", 4, "mobile", "phone"), Column("E-mail", 5, "email"),
    Column("City", 6, None), Column("Owner", 7, None),
    Column("Last activity", 8, "last_activity", "time"), Column("Next follow-up", 9, None, "date"),
)
ACCOUNT_COLUMNS = (
    Column("Name", 1, "name"), Column("Level", 2, None), Column("Status", 3, None, "status"),
    Column("Industry", 4, None), Column("City", 5, "city"), Column("Phone", 6, None, "phone"),
    Column("Owner", 7, None), Column("Last activity", 8, "last_activity", "time"),
    Column("Next follow-up", 9, None, "date"),
)
# Column titles for lupdate (translated in headerData under this class's context).
_TITLES = (
    QT_TRANSLATE_NOOP("CustomerTableModel", "Name"), QT_TRANSLATE_NOOP("CustomerTableModel", "Company"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Title"), QT_TRANSLATE_NOOP("CustomerTableModel", "Mobile"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "E-mail"), QT_TRANSLATE_NOOP("CustomerTableModel", "City"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Owner"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Last activity"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Next follow-up"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Level"), QT_TRANSLATE_NOOP("CustomerTableModel", "Status"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Industry"), QT_TRANSLATE_NOOP("CustomerTableModel", "Phone"),
)


class CustomerTableModel(QAbstractTableModel):
    def __init__(self, customers: CustomersController, entity: str = "contact", parent=None):
        super().__init__(parent)
        self._customers = customers
        self._entity = entity
        self._filter = ListFilter()
        self._sort = ListSort()
        self._total = 0
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self.reload()

    # --- state -------------------------------------------------------------------------

    @property
    def entity(self) -> str:
        return self._entity

    @property
    def columns(self) -> tuple[Column, ...]:
        return CONTACT_COLUMNS if self._entity == "contact" else ACCOUNT_COLUMNS

    @property
    def current_filter(self) -> ListFilter:
        return self._filter

    @property
    def current_sort(self) -> ListSort:
        return self._sort

    def set_entity(self, entity: str) -> None:
        if entity != self._entity:
            self._entity = entity
            self._sort = ListSort()
            self.reload()

    def set_filter(self, flt: ListFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Count again and forget cached pages (after a filter, sort or data change)."""
        self.beginResetModel()
        self._pages.clear()
        self._total = self._customers.count(self._entity, self._filter)
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
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, RECORD_ID_ROLE,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == RECORD_ID_ROLE:
            return row[0]
        column = self.columns[index.column()]
        return self._display(column, row[column.field])

    def _display(self, column: Column, value) -> str:
        if value is None:
            return ""
        if column.kind == "phone":
            return phone_text(value)
        if column.kind == "time":
            return local_time_text(value)
        if column.kind == "date":
            return date_text(value)
        if column.kind == "status":
            return label(STATUS, value)
        return str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key if 0 <= column < len(self.columns) else None
        if key is None:
            return  # no index behind this column: sorting a million rows would freeze the list
        wanted = ListSort(key, order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sort:
            return  # the view re-sorts when sorting is switched on; counting again costs 40 ms
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
            page = self._customers.page(self._entity, self._filter, self._sort,
                                        number * PAGE_SIZE, PAGE_SIZE, self._total)
            self._pages[number] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None
