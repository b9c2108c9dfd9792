"""The service queue as a lazy table: one queue plus filters, sorted in SQL, SLA state coloured by the clock."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from crm_desktop.controllers.service.ticket_values import row_sla
from crm_desktop.domain.service.entities import QUEUE_OPEN, SLA_BREACHED, SLA_MET, SLA_PAUSED, SLA_SOON, TicketFilter
from crm_desktop.gui.common.formats import datetime_text
from crm_desktop.gui.common.labels import TICKET_PRIORITY, TICKET_SLA, TICKET_STATUS, label
from crm_desktop.gui.common.paged_table_model import RECORD_ID_ROLE, Column, PagedTableModel

TICKET_ID_ROLE = RECORD_ID_ROLE
SLA_STATE_ROLE = RECORD_ID_ROLE + 1  # the SLA_* code of the row now, for tests and delegates

# Row tuple positions (TICKET_LIST in the store).
ID, NUMBER, PROVISIONAL, SUBJECT, ACCOUNT, CONTACT, STATUS, PRIORITY, TYPE, ASSIGNEE = range(10)
CREATED, SLA_DUE, SLA_WARN, SLA_BREACHED_FLAG, FIRST_RESPONSE, RESOLUTION_DUE, SATISFACTION = range(10, 17)

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("TicketTableModel", "Number"), NUMBER, "number"),
    Column(QT_TRANSLATE_NOOP("TicketTableModel", "Subject"), SUBJECT, None),
    Column(QT_TRANSLATE_NOOP("TicketTableModel", "Customer"), ACCOUNT, None, "customer"),
    Column(QT_TRANSLATE_NOOP("TicketTableModel", "Priority"), PRIORITY, None, "priority"),
    Column(QT_TRANSLATE_NOOP("TicketTableModel", "Status"), STATUS, None, "status"),
    Column(QT_TRANSLATE_NOOP("TicketTableModel", "Assignee"), ASSIGNEE, None),
    Column(QT_TRANSLATE_NOOP("TicketTableModel", "SLA"), SLA_DUE, "sla", "sla"),
    Column(QT_TRANSLATE_NOOP("TicketTableModel", "Due"), RESOLUTION_DUE, "due", "time"),
    Column(QT_TRANSLATE_NOOP("TicketTableModel", "Created"), CREATED, "created", "time"),
)
SLA_COLUMN = 6
DUE_COLUMN = 7
# Mid-tone text and translucent tints: readable over a white base and over a dark theme's base alike.
BREACHED_TEXT = QColor("#d63a2f")
SOON_TEXT = QColor("#c47a00")
BREACHED_TINT = QColor(214, 58, 47, 40)
SOON_TINT = QColor(230, 150, 0, 45)
_TEXT = {SLA_BREACHED: BREACHED_TEXT, SLA_SOON: SOON_TEXT}
_TINT = {SLA_BREACHED: BREACHED_TINT, SLA_SOON: SOON_TINT}


def customer_text(account: str | None, contact: str | None) -> str:
    return " · ".join(part for part in (account, contact) if part)


class TicketTableModel(PagedTableModel):
    """Rows of one queue of the service controller, a page at a time."""

    columns = COLUMNS

    def __init__(self, service, jobs, flt: TicketFilter | None = None, parent=None) -> None:
        self._service = service
        self.filter = flt or TicketFilter(QUEUE_OPEN)
        super().__init__(service.default_sort(self.filter.queue), jobs, parent)
        self.reload()

    def _count(self) -> int:
        return self._service.count(self.filter)

    def _fetch(self, offset: int, limit: int, total: int) -> list[tuple]:
        return self._service.page(self.filter, self._sort, offset, limit, total)

    def set_filter(self, flt: TicketFilter) -> None:
        """Show another queue (in its own default order) or the same queue filtered differently."""
        if flt.queue != self.filter.queue:
            self._sort = self._service.default_sort(flt.queue)
        self.filter = flt
        self.reload()

    def is_stale(self) -> bool:
        """Whether the queue's size moved (time passes tickets into overdue; sync brings new ones); on the
        database thread."""
        return self._count() != self._total

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self._row(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == TICKET_ID_ROLE:
            return row[ID]
        if role == SLA_STATE_ROLE:
            return row_sla(row, self._service.clock())
        if role == Qt.ItemDataRole.ForegroundRole and column in (SLA_COLUMN, DUE_COLUMN):
            color = _TEXT.get(row_sla(row, self._service.clock()))
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.BackgroundRole:
            tint = _TINT.get(row_sla(row, self._service.clock()))
            return QBrush(tint) if tint is not None else None
        if role == Qt.ItemDataRole.FontRole and column == 0 and row[PROVISIONAL]:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        return None

    def _text(self, row: tuple, column: int) -> str:
        spec = COLUMNS[column]
        value = row[spec.field]
        if spec.kind == "customer":
            return customer_text(row[ACCOUNT], row[CONTACT])
        if spec.kind == "priority":
            return label(TICKET_PRIORITY, value)
        if spec.kind == "status":
            return label(TICKET_STATUS, value)
        if spec.kind == "sla":
            return label(TICKET_SLA, row_sla(row, self._service.clock()))
        if spec.kind == "time":
            return datetime_text(value)
        return value or ""

    def _tip(self, row: tuple, column: int) -> str | None:
        if column == 0 and row[PROVISIONAL]:
            # Italic alone says it; "(provisional)" on every offline row would crowd the column.
            return self.tr("Provisional number: the server assigns the final one at the next sync.")
        if column == 1:
            return row[SUBJECT] or None
        if column != SLA_COLUMN:
            return None
        state = row_sla(row, self._service.clock())
        due = row[SLA_DUE]
        if due:
            text = (self.tr("First response due %1") if row[FIRST_RESPONSE] is None
                    else self.tr("Resolution due %1"))
            return text.replace("%1", datetime_text(due))
        if state == SLA_PAUSED:
            return self.tr("The resolution clock is paused while the ticket waits on the customer.")
        if state == SLA_MET:
            return self.tr("Resolved within the agreed times.")
        return self.tr("A deadline was missed; the ticket is no longer on the clock.")
