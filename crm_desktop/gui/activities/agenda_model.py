"""The agenda as a tree: one row per group (overdue, today, the next 7 days, later) holding its entries, each
with its due date, kind, subject, the person to call, their phone and company."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from crm_desktop.domain.activities.entities import GROUPS, OVERDUE, TASK, Agenda, AgendaItem
from crm_desktop.gui.common.formats import counted, date_text, datetime_text, number_text, phone_text
from crm_desktop.gui.common.list_models import ITEM_ROLE

_Index = QModelIndex | QPersistentModelIndex
# A warning, not an alarm: overdue entries are counted and their dates marked, the rows stay readable.
WARNING_COLOUR = QColor("#b26a00")
DUE, KIND, SUBJECT, PERSON, PHONE, COMPANY = range(6)
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # a group row's name


class AgendaModel(QAbstractItemModel):
    """Group rows at the top level (internal id 0); an entry's internal id is its group's row + 1."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, int, list[AgendaItem]]] = []  # (group, how many there are, shown)
        self._items: list[AgendaItem] = []  # every entry shown, in order
        self._today = date.today()

    def set_agenda(self, agenda: Agenda) -> None:
        self.beginResetModel()
        self._today = agenda.today
        self._groups = [(g, agenda.counts.get(g, 0), agenda.group(g)) for g in GROUPS if agenda.counts.get(g)]
        self._items = [i for _g, _n, items in self._groups for i in items]
        self.endResetModel()

    def items(self) -> list[AgendaItem]:
        return list(self._items)

    def groups(self) -> list[str]:
        return [g for g, _n, _items in self._groups]

    def group_row(self, group: str) -> int:
        return self.groups().index(group) if group in self.groups() else -1

    def count(self, group: str) -> int:
        return next((n for g, n, _items in self._groups if g == group), 0)

    def item(self, index: _Index) -> AgendaItem | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        _group, _n, items = self._groups[index.internalId() - 1]
        return items[index.row()] if 0 <= index.row() < len(items) else None

    def index_of(self, item: AgendaItem) -> QModelIndex:
        for row, (_group, _n, items) in enumerate(self._groups):
            if item in items:
                return self.index(items.index(item), 0, self.index(row, 0))
        return QModelIndex()

    # --- the tree -------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][2])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 6

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled  # a group row is a heading: it is not selected or acted on
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Due"), self.tr("Kind"), self.tr("Subject"), self.tr("Person"), self.tr("Phone"),
                  self.tr("Company"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index, role)
        item = self.item(index)
        if item is None:
            return None
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue and index.column() == DUE:
            return QBrush(WARNING_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and item.overdue and index.column() == DUE:
            days = (self._today - item.due).days
            return self.tr("%n day(s) overdue", "", days)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(item, index.column())

    def _text(self, item: AgendaItem, column: int) -> str:
        if column == DUE:
            return datetime_text(item.due_at) if item.due_at is not None else date_text(item.due)
        if column == KIND:
            return self.kind_text(item.kind)
        if column == SUBJECT:
            return item.subject
        if column == PERSON:
            return item.person
        if column == PHONE:
            return phone_text(item.phone)
        return item.company

    def kind_text(self, kind: str) -> str:
        return self.tr("Task") if kind == TASK else self.tr("Follow-up")

    def _group_data(self, index: _Index, role: int):
        group, count, items = self._groups[index.row()]
        if role == GROUP_ROLE:
            return group
        if index.column() != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            title = self.group_title(group)
            if len(items) < count:  # the overdue group shows its newest, the others their soonest
                shown = self.tr("the latest %1 shown") if group == OVERDUE else self.tr("the first %1 shown")
                return counted(title, count) + "  " + shown.replace("%1", number_text(len(items)))
            return counted(title, count)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and group == OVERDUE:
            return QBrush(WARNING_COLOUR)
        return None

    def group_title(self, group: str) -> str:
        titles = {"overdue": self.tr("Overdue"), "today": self.tr("Today"), "week": self.tr("Next 7 days"),
                  "later": self.tr("Later")}
        return titles[group]
