"""The records behind one bar, slice or point of a dashboard chart; double-click one to open it."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from crm_desktop.domain.analytics.dashboard import DRILL_LIMIT, DrillRows
from crm_desktop.gui.common.formats import date_text, datetime_text
from crm_desktop.gui.common.labels import (
    KIND,
    OPPORTUNITY_STATUS,
    ORDER_STATUS,
    SOURCE,
    TICKET_PRIORITY,
    TICKET_STATUS,
    label,
)

_Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value behind a cell
# Records the main window can open (an activity has no page of its own yet).
OPENABLE = frozenset({"opportunity", "order", "ticket", "account", "contact", "activity"})
# Columns that hold stored codes, shown through the GUI's label tables.
_CODES = {("opportunity", "Status"): OPPORTUNITY_STATUS, ("order", "Status"): ORDER_STATUS,
          ("activity", "Kind"): KIND, ("ticket", "Status"): TICKET_STATUS, ("ticket", "Priority"): TICKET_PRIORITY,
          ("account", "Source"): SOURCE}


def cell_text(value) -> str:
    """A value of a drill-down row as the user's locale writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, datetime):
        return datetime_text(value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, Decimal | float):
        return QLocale().toString(float(value), "f", 2)
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, str) and len(value) > 10 and value[4:5] == "-" and value[10:11] in ("T", " "):
        try:  # a stored timestamp ("2026-03-04T08:15:00.000000Z"): local time to the minute
            return cell_text(datetime.fromisoformat(value))
        except ValueError:
            pass
    return str(value)


def _sort_key(value):
    # None sorts last whichever way; numbers, dates and texts each compare among themselves.
    if value is None:
        return (1, 0, "")
    if isinstance(value, int | float | Decimal):
        return (0, 0, float(value))
    if isinstance(value, datetime):
        return (0, 1, value.isoformat())
    if isinstance(value, date):
        return (0, 1, value.isoformat())
    return (0, 2, str(value).casefold())


class DrillTableModel(QAbstractTableModel):
    """The rows of a DrillRows; the leading record id stays out of sight."""

    def __init__(self, drill: DrillRows, parent=None) -> None:
        super().__init__(parent)
        self.drill = drill
        self._rows = list(drill.rows)
        self._headers = [QCoreApplication.translate("Charts", c) for c in drill.columns]
        self._codes = [_CODES.get((drill.entity, c)) for c in drill.columns]

    def record_id(self, row: int) -> str:
        return self._rows[row][0]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self._headers)):
            return None
        row = self._rows[index.row()]
        value = row[index.column() + 1] if index.column() + 1 < len(row) else None
        if role == Qt.ItemDataRole.DisplayRole:
            table = self._codes[index.column()]
            return label(table, value) if table is not None and isinstance(value, str) else cell_text(value)
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = isinstance(value, int | float | Decimal) and not isinstance(value, bool)
            return (Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft) \
                | Qt.AlignmentFlag.AlignVCenter
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By a column, blanks last; column -1: the controller's order again. Selections follow their rows."""
        if 0 <= column < len(self._headers):
            def present(r) -> bool:
                return column + 1 < len(r) and r[column + 1] is not None

            filled = sorted((r for r in self._rows if present(r)), key=lambda r: _sort_key(r[column + 1]),
                            reverse=order == Qt.SortOrder.DescendingOrder)
            rows = filled + [r for r in self._rows if not present(r)]
        else:
            rows = list(self.drill.rows)
        self.layoutAboutToBeChanged.emit()
        where = {id(r): n for n, r in enumerate(rows)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(where[id(self._rows[i.row()])], i.column()) for i in old])
        self._rows = rows
        self.layoutChanged.emit()


class DrillDialog(QDialog):
    """A table of the records; double-click (or Enter) opens one in its own page."""

    sig_open = Signal(str, str)  # entity ("opportunity", "order", "activity", "ticket", "account"), record id

    def __init__(self, drill: DrillRows, title: str, parent=None) -> None:
        super().__init__(parent)
        self.drill = drill
        self.setWindowTitle(title)
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        count = self.tr("%n record(s)", "", len(drill.rows))
        if drill.truncated:
            count = self.tr("More records match: the first %1 are shown.").replace(
                "%1", QLocale().toString(DRILL_LIMIT))
        self.count_label = QLabel(count)
        self.count_label.setObjectName("countLabel")
        layout.addWidget(self.count_label)
        self.model = DrillTableModel(drill, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the controller's order until a header is clicked
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        if drill.entity in OPENABLE:
            self.table.activated.connect(self.open_row)
            self.table.setToolTip(self.tr("Double-click a record to open it."))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def open_row(self, index: QModelIndex) -> None:
        if index.isValid() and self.drill.entity in OPENABLE:
            self.sig_open.emit(self.drill.entity, self.model.record_id(index.row()))
