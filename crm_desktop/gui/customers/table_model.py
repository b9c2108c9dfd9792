"""Lazy table model of accounts or contacts: a row count and pages fetched on demand.

Filtering and sorting happen in SQL (the controller); the model holds at most a few pages,
so a million contacts open as fast as a hundred. Page reads are short index seeks on the database
thread; see store/repositories/listing.py for why jumping to the end is cheap.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt

from crm_desktop.controllers.customers.controller import CustomersController
from crm_desktop.domain.common.display import date_text, local_time_text, phone_text
from crm_desktop.domain.customers.entities import ListFilter, ListSort
from crm_desktop.gui.common.labels import STATUS, label
from crm_desktop.gui.common.paged_table_model import PAGE_SIZE, RECORD_ID_ROLE, Column, PagedTableModel

__all__ = ["PAGE_SIZE", "RECORD_ID_ROLE", "CustomerTableModel"]

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


class CustomerTableModel(PagedTableModel):
    def __init__(self, customers: CustomersController, jobs, entity: str = "contact", parent=None):
        super().__init__(ListSort(), jobs, parent)
        self._customers = customers
        self._entity = entity
        self._filter = ListFilter()
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

    def set_entity(self, entity: str) -> None:
        if entity != self._entity:
            self._entity = entity
            self._sort = ListSort()
            self.reload()

    def set_filter(self, flt: ListFilter) -> None:
        self._filter = flt
        self.reload()

    def _count(self) -> int:
        return self._customers.count(self._entity, self._filter)

    def _fetch(self, offset: int, limit: int, total: int) -> list[tuple]:
        return self._customers.page(self._entity, self._filter, self._sort, offset, limit, total)

    # --- Qt model interface ------------------------------------------------------------

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
