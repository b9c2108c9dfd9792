"""Small table models of the import wizard: the file's top rows, the column mapping, the preview."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from crm_desktop.domain.exchange.imports import PreviewRow, RowAction
from crm_desktop.gui.common.formats import date_text, datetime_text, phone_text
from crm_desktop.gui.common.labels import SOURCE, STATUS, label, translate_message
from crm_desktop.gui.exchange.interchange_text import field_label
from crm_desktop.gui.shell.translation import current_language
from crm_desktop.interchange.fields import FIELDS_OF

_HEADER_BACKGROUND = QColor("#dbe7ff")
_ERROR = QColor("#b3261e")
_MUTED = QColor("#5b6b7c")
_WARNING = QColor("#8a5a00")
_Index = QModelIndex | QPersistentModelIndex


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the column names a spreadsheet shows."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class TopRowsModel(QAbstractTableModel):
    """The first rows of a sheet as the spreadsheet shows them, the header row highlighted."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self._width = 0
        self.header_row = 0

    def set_rows(self, rows: list[list[str]], header_row: int) -> None:
        self.beginResetModel()
        self._rows = rows
        self._width = max((len(r) for r in rows), default=0)
        self.header_row = header_row
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._width

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        header = index.row() == self.header_row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.BackgroundRole and header:
            return QBrush(_HEADER_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and header:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and index.row() < self.header_row:
            return QBrush(_MUTED)  # above the header: titles and notes that are not imported
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return column_letter(section) if orientation == Qt.Orientation.Horizontal else section + 1


class MappingModel(QAbstractTableModel):
    """One row per source column: its title, a few sample values, and the field it goes into."""

    COLUMN, SAMPLES, TARGET = range(3)
    sig_mapping_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entity = "contact"
        self._titles: list[str] = []
        self._samples: list[str] = []
        self._targets: list[str | None] = []

    def set_columns(self, entity: str, titles: list[str], samples: list[list[str]],
                    targets: list[str | None]) -> None:
        self.beginResetModel()
        self.entity = entity
        self._titles = list(titles)
        self._samples = [" · ".join([v for v in values if v][:3]) for values in samples]
        self._samples += [""] * (len(titles) - len(self._samples))
        self._targets = (list(targets) + [None] * len(titles))[:len(titles)]
        self.endResetModel()

    def mapping(self) -> list[str | None]:
        return list(self._targets)

    def choices(self) -> list[tuple[str | None, str]]:
        """(field key or None, label) for the target combo; None keeps the column's values on the record
        under its title (a custom field), nothing is dropped."""
        return [(None, self.tr("Keep as custom field"))] + [
            (spec.key, field_label(self.entity, spec.key)) for spec in FIELDS_OF[self.entity]]

    def target_label(self, key: str | None) -> str:
        return dict(self.choices()).get(key, key or "")

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.EditRole and column == self.TARGET:
            return self._targets[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COLUMN:
                return self._titles[row]
            if column == self.SAMPLES:
                return self._samples[row]
            return self.target_label(self._targets[row])
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SAMPLES:
            return QBrush(_MUTED)
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.TARGET or role != Qt.ItemDataRole.EditRole:
            return False
        if self._targets[index.row()] != value:
            self._targets[index.row()] = value
            self.dataChanged.emit(index, index)
            self.sig_mapping_changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return column_letter(section)
        return (self.tr("Column in the file"), self.tr("Sample values"), self.tr("Import into"))[section]


class FieldComboDelegate(QStyledItemDelegate):
    """The target field as a combo box, committed as soon as it changes."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for key, text in index.model().choices():
            combo.addItem(text, key)
        combo.setMaxVisibleItems(20)
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:
        key = index.data(Qt.ItemDataRole.EditRole)
        found = 0 if key is None else editor.findData(key)
        editor.blockSignals(True)
        editor.setCurrentIndex(max(0, found))
        editor.blockSignals(False)

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _preview_columns(entity: str, rows: list[PreviewRow]) -> list[str]:
    """Fields that some previewed row fills, in the order of the import fields."""
    filled = set()
    for row in rows:
        filled |= {k for k, v in row.values.items() if v not in (None, "", [])}
    if "account_name" in filled:
        filled.add("company")
    return [spec.key for spec in FIELDS_OF[entity] if spec.key in filled]


class PreviewModel(QAbstractTableModel):
    """Rows of a dry run as they will be stored: row number, what happens and why, the values."""

    ROW, ACTION, REASON = range(3)  # then one column per field that some row fills

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entity = "contact"
        self._rows: list[PreviewRow] = []
        self._fields: list[str] = []

    def set_rows(self, entity: str, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self.entity = entity
        self._rows = sorted(rows, key=lambda r: r.row_number)
        self._fields = _preview_columns(entity, self._rows)
        self.endResetModel()

    def reason(self, row: PreviewRow) -> str:
        """The row's reason, else what it keeps for review: "Kept for review: Mobile: not a valid number"."""
        notes = row.values.get("review")
        if row.reason or not notes:
            return row.reason
        colon = "：" if current_language().startswith("zh") else ": "
        parts = [f"{field_label(self.entity, n.get('field') or '')}{colon}"
                 f"{translate_message('Validation', n.get('message') or '')}" for n in notes]
        return self.tr("Kept for review: %1").replace("%1", "; ".join(parts))

    def action_text(self, action: RowAction) -> str:
        return {RowAction.CREATE: self.tr("New"), RowAction.UPDATE: self.tr("Update"),
                RowAction.SKIP: self.tr("Skip"), RowAction.ERROR: self.tr("Error")}[action]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._fields) + 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and row.action is RowAction.ERROR:
            return QBrush(_ERROR) if column in (self.ACTION, self.REASON) else None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.REASON and not row.reason:
            return QBrush(_WARNING)
        if role == Qt.ItemDataRole.ToolTipRole and (row.reason or row.values.get("review")):
            return self.reason(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.ROW:
            return str(row.row_number)
        if column == self.ACTION:
            return self.action_text(row.action)
        if column == self.REASON:
            return self.reason(row)
        return self._value(row, self._fields[column - 3])

    def _value(self, row: PreviewRow, key: str) -> str:
        values = row.values
        value = (values.get("account_name") or values.get(key)) if key == "company" else values.get(key)
        if value is None:
            return ""
        if isinstance(value, (list, tuple)):
            return ", ".join(str(v) for v in value)
        if isinstance(value, datetime):
            return datetime_text(value)
        if isinstance(value, date):
            return date_text(value)
        if row.action is not RowAction.ERROR:
            if key in ("mobile", "phone"):
                return phone_text(str(value))
            if key == "status":
                return label(STATUS, str(value))
            if key == "source":
                return label(SOURCE, str(value))
        return str(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == self.ROW:
            return self.tr("Row")
        if section == self.ACTION:
            return self.tr("Action")
        if section == self.REASON:
            return self.tr("Reason")
        return field_label(self.entity, self._fields[section - 3])
