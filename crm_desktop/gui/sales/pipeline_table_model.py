"""Lazy table of opportunities (open, won, lost or all): a count and pages fetched on demand."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QGuiApplication

from crm_desktop.controllers.sales.controller import SalesController
from crm_desktop.domain.customers.entities import ListSort
from crm_desktop.domain.sales.entities import PipelineFilter
from crm_desktop.domain.sales.rules import is_overdue
from crm_desktop.gui.common.formats import date_text, datetime_text
from crm_desktop.gui.common.labels import OPPORTUNITY_STATUS, label
from crm_desktop.gui.common.money_text import money_text, percent_text
from crm_desktop.gui.common.paged_table_model import RECORD_ID_ROLE, Column, PagedTableModel
from crm_desktop.gui.sales.kanban_cards import overdue_color

# Fields index the row of SalesController.page (domain.sales.Card, then stage name and status);
# sort keys are those of OPPORTUNITY_LIST.sorts in the store.

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
CLOSE_COLUMN = next(i for i, c in enumerate(COLUMNS) if c.kind == "date")


class PipelineTableModel(PagedTableModel):
    columns = COLUMNS

    def __init__(self, sales: SalesController, jobs, parent=None, load: bool = True) -> None:
        """`load` False: empty until the first reload (a hidden table need not count yet)."""
        super().__init__(DEFAULT_SORT, jobs, parent)
        self._sales = sales
        self._filter = PipelineFilter()
        self._status: str | None = "open"
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

    def row_values(self, row: int) -> tuple | None:
        """The row as SalesController.page gives it, if its page is here."""
        return self._row(row)

    def _count(self) -> int:
        return self._sales.count(self._filter, self._status)

    def _fetch(self, offset: int, limit: int, total: int) -> list[tuple]:
        return self._sales.page(self._filter, self._status, self._sort, offset, limit, total)

    # --- Qt model interface ------------------------------------------------------------

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("money", "percent"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, RECORD_ID_ROLE,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == RECORD_ID_ROLE:
            return row[0]
        # An open deal whose expected close has passed: its date in the warning colour of the theme.
        overdue = index.column() == CLOSE_COLUMN and is_overdue(row[6], row[11], date.today())
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(overdue_color(QGuiApplication.palette())) if overdue else None
        if role == Qt.ItemDataRole.FontRole:
            if not overdue:
                return None
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            passed = self.tr("The expected close date passed %n day(s) ago.", "", (date.today() - row[6]).days)
            return f"{self._display(column, row)}\n{passed}"
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
            return datetime_text(value)
        if column.kind == "status":
            return label(OPPORTUNITY_STATUS, value)
        return str(value)
