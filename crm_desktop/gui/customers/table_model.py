"""Lazy table model of accounts or contacts: a row count and pages fetched on demand.

Filtering and sorting happen in SQL (the controller); the model holds at most a few pages,
so a million contacts open as fast as a hundred. Page reads are short index seeks on the database
thread; see store/repositories/listing.py for why jumping to the end is cheap.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

from crm_desktop.controllers.customers.controller import CustomersController
from crm_desktop.domain.customers.entities import ListFilter, ListSort
from crm_desktop.gui.common.formats import bracketed, date_text, datetime_text, phone_text
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
    Column("Account name", 1, "name"), Column("Level", 2, None), Column("Status", 3, None, "status"),
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
    # A company's name: "Name" reads 姓名 (a person's) in Chinese.
    QT_TRANSLATE_NOOP("CustomerTableModel", "Account name"),
)
# A follow-up date gone by: a deep red on a light base, a light one on a dark base (both readable).
OVERDUE_ON_LIGHT, OVERDUE_ON_DARK = QColor("#b3261e"), QColor("#ff8a80")


def overdue_colour() -> QColor:
    # The palette's window decides, as it decides the window's light or dark style sheet (gui/shell/theme.py).
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return OVERDUE_ON_DARK if window.lightness() < 128 else OVERDUE_ON_LIGHT


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
                                               Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == RECORD_ID_ROLE:
            return row[0]
        column = self.columns[index.column()]
        overdue = column.title == "Next follow-up" and _overdue(row[column.field])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(overdue_colour()) if overdue else None
        text = self._display(column, row[column.field])
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            return bracketed(text, self.tr("overdue"))
        return text

    def column_texts(self, column: int, rows: int = 100) -> list[str]:
        """What the first rows show in a column (those at hand: no page is asked for), to size it by. Formatted
        values (phones, times, dates) all come out about as wide: a few of them are enough."""
        page = self._pages.get(0) or []
        spec = self.columns[column]
        values = [row[spec.field] for row in page[:rows] if row[spec.field] is not None]
        if spec.kind != "text":
            values = values[:3]
        return [self._display(spec, value) for value in values]

    def _display(self, column: Column, value) -> str:
        if value is None:
            return ""
        if column.kind == "phone":
            return phone_text(value)
        if column.kind == "time":
            return datetime_text(value)
        if column.kind == "date":
            return date_text(value)
        if column.kind == "status":
            return label(STATUS, value)
        return str(value)


def _overdue(value: date | str | None) -> bool:
    """A follow-up day before today (the list's rows hold the stored ISO text)."""
    if not value:
        return False
    return str(value)[:10] < date.today().isoformat()
