"""The audit log as a lazy table: a page of entries at a time, newest first, in the user's words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from crm_desktop.controllers.security.audit import AuditRow
from crm_desktop.gui.common.field_labels import field_label
from crm_desktop.gui.common.field_values import value_text
from crm_desktop.gui.common.formats import datetime_text, labelled

PAGE = 200
ENTITY = {
    "account": QT_TRANSLATE_NOOP("AuditLabels", "Account"), "contact": QT_TRANSLATE_NOOP("AuditLabels", "Contact"),
    "activity": QT_TRANSLATE_NOOP("AuditLabels", "Activity"),
    "opportunity": QT_TRANSLATE_NOOP("AuditLabels", "Deal"),
    "opportunity_line": QT_TRANSLATE_NOOP("AuditLabels", "Deal line"),
    "product": QT_TRANSLATE_NOOP("AuditLabels", "Product"),
    "sales_order": QT_TRANSLATE_NOOP("AuditLabels", "Quote or order"),
    "sales_order_line": QT_TRANSLATE_NOOP("AuditLabels", "Quote or order line"),
    "ticket": QT_TRANSLATE_NOOP("AuditLabels", "Ticket"),
    "ticket_event": QT_TRANSLATE_NOOP("AuditLabels", "Ticket history"),
    "pipeline_stage": QT_TRANSLATE_NOOP("AuditLabels", "Pipeline stage"),
    "loss_reason": QT_TRANSLATE_NOOP("AuditLabels", "Loss reason"),
    "campaign": QT_TRANSLATE_NOOP("AuditLabels", "Campaign"),
    "campaign_member": QT_TRANSLATE_NOOP("AuditLabels", "Campaign member"),
    "segment": QT_TRANSLATE_NOOP("AuditLabels", "Segment"),
    "email_template": QT_TRANSLATE_NOOP("AuditLabels", "E-mail template"),
    "user": QT_TRANSLATE_NOOP("AuditLabels", "User"), "tag": QT_TRANSLATE_NOOP("AuditLabels", "Tag"),
}
ACTION = {
    "create": QT_TRANSLATE_NOOP("AuditLabels", "Created"), "update": QT_TRANSLATE_NOOP("AuditLabels", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditLabels", "Deleted"), "restore": QT_TRANSLATE_NOOP("AuditLabels", "Restored"),
    "increment": QT_TRANSLATE_NOOP("AuditLabels", "Stock moved"),
}
COLUMNS = (QT_TRANSLATE_NOOP("AuditTableModel", "When"), QT_TRANSLATE_NOOP("AuditTableModel", "Who"),
           QT_TRANSLATE_NOOP("AuditTableModel", "What"), QT_TRANSLATE_NOOP("AuditTableModel", "Kind of record"),
           QT_TRANSLATE_NOOP("AuditTableModel", "Record"), QT_TRANSLATE_NOOP("AuditTableModel", "Changes"))


def entity_label(code: str) -> str:
    return QCoreApplication.translate("AuditLabels", ENTITY[code]) if code in ENTITY else code


def action_label(code: str) -> str:
    return QCoreApplication.translate("AuditLabels", ACTION[code]) if code in ACTION else code


def changes_text(row: AuditRow, separator: str = "; ") -> str:
    """"Name: 张三 → 张伟; Status: Lead → Customer; Mobile: ∅ → 138 0013 8000" (a creation lists the values it
    set): field names, codes, phones and times in the user's words, never as stored."""
    def shown(name: str, value) -> str:
        return value_text(row.entity, name, value) or "∅"

    parts = []
    for name, pair in row.changes.items():
        before, after = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
        text = shown(name, after) if row.action in ("create", "increment") else (
            f"{shown(name, before)} → {shown(name, after)}")
        parts.append(labelled(field_label(name), text))
    return separator.join(parts)


def cells(row: AuditRow) -> list:
    """The row as the table and the xlsx export show it."""
    when = datetime_text(row.at)
    return [when, row.user, action_label(row.action), entity_label(row.entity), row.record_name or row.record_id,
            changes_text(row)]


class AuditTableModel(QAbstractTableModel):
    """Holds the resolved query and the rows fetched so far; more arrive as the view scrolls."""

    def __init__(self, audit, jobs, parent=None) -> None:
        super().__init__(parent)
        self.audit, self._jobs = audit, jobs
        self._fetching = False
        self._generation = 0  # rows fetched for an older query are dropped
        self._query = None
        self._total = 0
        self._rows: list[AuditRow] = []
        self._cells: list[list] = []  # worded once per row, not once per painted cell

    def set_query(self, query, total: int, first: list[AuditRow]) -> None:
        """A query counted and its first page read off the GUI thread."""
        self.beginResetModel()
        self._generation += 1
        self._fetching = False
        self._query, self._total, self._rows = query, total, list(first)
        self._cells = [cells(r) for r in self._rows]
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def row_data(self, row: int) -> AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._query is not None and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:
        """The next page, from the database thread; the view asks again once it is in."""
        if not self.canFetchMore(parent) or self._fetching:
            return
        self._fetching = True
        generation = self._generation
        self._jobs.run_db(self.audit.page, self._query, len(self._rows), PAGE,
                          on_done=lambda more: self._fetched(generation, more))

    def _fetched(self, generation: int, more: list[AuditRow]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows += more
        self._cells += [cells(r) for r in more]
        self.endInsertRows()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        row = self.row_data(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return changes_text(row, "\n")
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditTableModel", COLUMNS[section])
        return None
