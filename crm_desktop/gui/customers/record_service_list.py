"""A customer's service history (tickets), as a short list for the detail pane's "Service" tab."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from crm_desktop.domain.service.entities import TicketSummary
from crm_desktop.gui.common.formats import date_text
from crm_desktop.gui.common.labels import TICKET_PRIORITY, TICKET_STATUS, label
from crm_desktop.gui.customers.record_sales_lists import ID_ROLE

BREACHED_COLOUR = "#c0392b"


class RecordTicketsList(QListWidget):
    """Tickets of an account or contact, newest first: number, subject, status, rating, date; breached in red."""

    sig_open_ticket = Signal(str)

    def __init__(self, service, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(lambda item: self.sig_open_ticket.emit(item.data(ID_ROLE)))

    def rows_for(self, entity: str, record_id: str | None) -> list[TicketSummary]:
        """On the database thread."""
        return [] if record_id is None else self.service.of_record(entity, record_id)

    def show_rows(self, tickets: list[TicketSummary]) -> int:
        self.clear()
        for ticket in tickets:
            item = QListWidgetItem(self.line(ticket))
            item.setData(ID_ROLE, ticket.id)
            tip = self.tr("Priority: %1").replace("%1", label(TICKET_PRIORITY, ticket.priority))
            if ticket.breached:
                item.setForeground(QBrush(QColor(BREACHED_COLOUR)))
                tip += "\n" + self.tr("The service level was missed.")
            item.setToolTip(tip)
            self.addItem(item)
        return len(tickets)

    def line(self, t: TicketSummary) -> str:
        """"T-000012 · 空调不制冷 · Resolved · ★4 · 2026-11-20"."""
        parts = [t.number, t.subject, label(TICKET_STATUS, t.status)]
        if t.satisfaction_score:
            parts.append(f"★{t.satisfaction_score}")
        if t.created_at:
            parts.append(date_text(t.created_at))  # the local date
        return " · ".join(parts)
