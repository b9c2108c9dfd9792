"""A lazy table model over a controller's count and pages: big lists hold a few pages, not rows.

Filtering and sorting happen in SQL; subclasses say how to count, fetch a page and show a cell.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from crm_desktop.domain.customers.entities import ListSort

PAGE_SIZE = 200
MAX_PAGES = 40
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    title: str            # source text, translated in headerData under the subclass's context
    field: int            # position in the row tuple
    sort_key: str | None  # a sort key the controller knows; None: no index behind it, not sortable
    kind: str = "text"    # how the subclass shows the value


class PagedTableModel(QAbstractTableModel):
    columns: tuple[Column, ...] = ()
    page_size = PAGE_SIZE

    def __init__(self, sort: ListSort, parent=None) -> None:
        super().__init__(parent)
        self._sort = sort
        self._total = 0
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()

    # --- what subclasses provide -------------------------------------------------------

    def _count(self) -> int:
        raise NotImplementedError

    def _fetch(self, offset: int, limit: int) -> list[tuple]:
        raise NotImplementedError

    # --- state -------------------------------------------------------------------------

    @property
    def current_sort(self) -> ListSort:
        return self._sort

    def reload(self) -> None:
        """Count again and forget cached pages (after a filter, sort or data change)."""
        self.beginResetModel()
        self._pages.clear()
        self._total = self._count()
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key if 0 <= column < len(self.columns) else None
        if key is None:
            return  # no index behind this column: sorting every row would freeze the list
        wanted = ListSort(key, order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sort:
            return  # the view re-sorts when sorting is switched on; counting again is not free
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
        number, offset = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number * self.page_size, self.page_size)
            self._pages[number] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None
