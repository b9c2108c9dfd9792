"""A ticket's history as translated lines, oldest first, newest at the bottom beside the comment box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from crm_desktop.domain.customers.enums import TicketEventKind as K
from crm_desktop.domain.service.entities import TicketEventData
from crm_desktop.gui.common.formats import datetime_text
from crm_desktop.gui.common.labels import KIND, TICKET_PRIORITY, TICKET_STATUS, label

KIND_ROLE = Qt.ItemDataRole.UserRole + 1


class TicketHistoryList(QListWidget):
    """One line per event: "2026-11-25 14:02 · 王芳 · Status: In progress → Waiting on customer"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Ticket history"))

    def show_events(self, events: tuple[TicketEventData, ...] | list[TicketEventData],
                    user_names: dict[str, str]) -> None:
        """`user_names` maps user ids to display names (assignment events store ids)."""
        self.clear()
        for event in events:
            text = self.line(event, user_names)
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(KIND_ROLE, event.kind)
            self.addItem(item)
        self.scrollToBottom()

    def lines(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]

    def line(self, event: TicketEventData, user_names: dict[str, str]) -> str:
        parts = [datetime_text(event.at)]
        if event.author_name:
            parts.append(event.author_name)
        parts.append(self.what(event, user_names))
        return " · ".join(parts)

    def what(self, e: TicketEventData, user_names: dict[str, str]) -> str:
        """The event itself, without time and author."""
        if e.kind == K.CREATED:
            return self.tr("Ticket created")
        if e.kind == K.STATUS:
            text = self.tr("Status: %1 → %2").replace("%1", label(TICKET_STATUS, e.from_value)).replace(
                "%2", label(TICKET_STATUS, e.to_value))
            if e.body:
                note = self.tr("Resolution: %1") if e.to_value == "resolved" else self.tr("Reason: %1")
                text += " · " + note.replace("%1", e.body)
            return text
        if e.kind == K.ASSIGNED:
            if not e.from_value:
                return self.tr("Assigned to %1").replace("%1", self._user(e.to_value, user_names))
            return self.tr("Assignee: %1 → %2").replace("%1", self._user(e.from_value, user_names)).replace(
                "%2", self._user(e.to_value, user_names))
        if e.kind == K.PRIORITY:
            return self.tr("Priority: %1 → %2").replace("%1", label(TICKET_PRIORITY, e.from_value)).replace(
                "%2", label(TICKET_PRIORITY, e.to_value))
        if e.kind == K.COMMENT:
            return self.tr("Comment: %1").replace("%1", e.body or "")
        if e.kind == K.SATISFACTION:
            text = self.tr("Satisfaction: %1 of 5").replace("%1", e.to_value or "")
            return text + (f" · “{e.body}”" if e.body else "")
        if e.kind == K.ACTIVITY:  # a visit or call logged for the ticket: "Visit: 上门检修"
            return f"{label(KIND, e.from_value)}: {e.body or ''}"
        return e.kind  # a kind from a newer version (sync): show the code rather than nothing

    def _user(self, user_id: str | None, user_names: dict[str, str]) -> str:
        if not user_id:
            return self.tr("Unassigned")
        return user_names.get(user_id) or self.tr("Unknown user")
