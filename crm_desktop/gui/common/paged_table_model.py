"""A lazy table model over a controller's count and pages: big lists hold a few pages, not rows.

Filtering and sorting happen in SQL; subclasses say how to count, fetch a page and show a cell. Counting
and fetching run on the job runner's database thread: a reload shows its rows (the count and the first
page, in one job) when they arrive, and a page scrolled into view fills in a moment later.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

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
    sig_reloaded = Signal()  # a reload's count and first page arrived
    columns: tuple[Column, ...] = ()
    page_size = PAGE_SIZE

    def __init__(self, sort: ListSort, jobs, parent=None) -> None:
        super().__init__(parent)
        self._sort = sort
        self._jobs = jobs
        self._total = 0
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self._asked: set[int] = set()  # pages on their way
        self._generation = 0  # a result of an older query is dropped when it arrives
        self.loading = False  # a reload is on its way

    # --- what subclasses provide (called on the database thread) ------------------------

    def _count(self) -> int:
        raise NotImplementedError

    def _fetch(self, offset: int, limit: int, total: int) -> list[tuple]:
        raise NotImplementedError

    # --- state -------------------------------------------------------------------------

    @property
    def current_sort(self) -> ListSort:
        return self._sort

    def reload(self) -> None:
        """Count again and forget cached pages (after a filter, sort or data change)."""
        self._generation += 1
        generation = self._generation
        self.loading = True

        def load() -> tuple[int, list[tuple]]:
            total = self._count()
            return total, self._fetch(0, self.page_size, total) if total else []

        self._jobs.run_db(load, on_done=lambda result: self._reloaded(generation, *result))

    def _reloaded(self, generation: int, total: int, first: list[tuple]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._pages.clear()
        self._asked.clear()
        self._total = total
        if total:
            self._pages[0] = first
        self.loading = False
        self.endResetModel()
        self.sig_reloaded.emit()

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
        """The row if its page is here; else None, and the page is asked for (dataChanged says when it came)."""
        if not 0 <= row < self._total:
            return None
        number, offset = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is None:
            self._ask(number)
            return None
        self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def _ask(self, number: int) -> None:
        if self.loading or number in self._asked:
            return  # the reload's reset will make the view ask again
        self._asked.add(number)
        generation = self._generation
        self._jobs.run_db(self._fetch, number * self.page_size, self.page_size, self._total,
                          on_done=lambda rows: self._arrived(generation, number, rows))

    def _arrived(self, generation: int, number: int, rows: list[tuple]) -> None:
        if generation != self._generation:
            return
        self._asked.discard(number)
        self._pages[number] = rows
        if len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = number * self.page_size
        last = min(first + self.page_size, self._total) - 1
        if rows and last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
