"""Small item models over lists of dataclasses: search hits and an activity timeline."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from crm_desktop.domain.customers.entities import ActivityData, SearchHit
from crm_desktop.gui.common.formats import date_text, datetime_text, phone_text
from crm_desktop.gui.common.labels import KIND, label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class _Items:
    """A model's rows as a plain list, replaced whole (lists here are short: <= 500)."""

    _items: list

    def set_items(self, items: list) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int):
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def _item_at(self, index: _Index):
        return self.item(index.row()) if index.isValid() else None


class _ListModel(_Items, QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items = []

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        item = self._item_at(index)
        if item is None or role == ITEM_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(item)
        return None

    def text(self, item) -> str:
        raise NotImplementedError


class SearchResultModel(_ListModel):
    def text(self, hit: SearchHit) -> str:
        kind = self.tr("Company") if hit.type == "account" else self.tr("Contact")
        details = [d for d in (hit.account, phone_text(hit.mobile), hit.email) if d]
        return f"{hit.name}    [{kind}]    " + "  ·  ".join(details)


class TimelineModel(_ListModel):
    def text(self, a: ActivityData) -> str:
        head = f"{datetime_text(a.occurred_at)}  {label(KIND, a.kind)}  {a.subject}"
        lines = [head]
        who = " · ".join(x for x in (a.contact_name, a.owner_name) if x)
        if who:
            lines.append("    " + who)
        if a.outcome:
            lines.append("    " + self.tr("Outcome: %1").replace("%1", a.outcome))
        if a.kind == "task" and not a.done:
            lines.append("    " + self.tr("Open task, due %1").replace("%1", datetime_text(a.due_at)))
        if a.next_followup_on:
            lines.append("    " + self.tr("Next follow-up: %1").replace("%1", date_text(a.next_followup_on)))
        return "\n".join(lines)
