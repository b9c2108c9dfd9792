"""What an import kept on a record beyond the edit form's fields: other phones and e-mails, the own
address, custom fields, and the values it could not read (review notes, each resolvable)."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.gui.common.formats import date_text, datetime_text, phone_text
from crm_desktop.gui.common.labels import translate_message
from crm_desktop.gui.exchange.interchange_text import field_label
from crm_desktop.gui.shell.translation import current_language

_CONTEXT = "ImportedFacts"
PHONE_KIND = {
    "mobile": QT_TRANSLATE_NOOP("ImportedFacts", "Mobile"),
    "work": QT_TRANSLATE_NOOP("ImportedFacts", "Work"),
    "home": QT_TRANSLATE_NOOP("ImportedFacts", "Home"),
    "fax": QT_TRANSLATE_NOOP("ImportedFacts", "Fax"),
    "other": QT_TRANSLATE_NOOP("ImportedFacts", "Other"),
}
_HOME_COUNTRIES = {"china", "中国", "cn", "中华人民共和国", "prc"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def phone_kind_label(kind: str | None) -> str:
    source = PHONE_KIND.get(kind or "other")
    return _tr(source) if source else str(kind)


def phone_lines(phones) -> str:
    """"Fax: 010 1234 5678 ext. 8001", one number a line, in the order stored."""
    colon = "：" if current_language().startswith("zh") else ": "
    return "\n".join(f"{phone_kind_label(p.get('kind'))}{colon}{phone_text(p.get('number'))}"
                     for p in phones if p.get("number"))


def address_text(record) -> str:
    """The address in one line: the country only when it is not the home one, the postal code last."""
    country = record.country if record.country and record.country.casefold() not in _HOME_COUNTRIES else None
    parts = [x for x in (country, record.province, record.city, record.district, record.street) if x]
    postal = getattr(record, "postal_code", None)
    if postal:
        parts.append(postal)
    return " ".join(parts)


def moment_text(value: datetime | None) -> str:
    """A creation date from another system: the date alone when it was given without a time."""
    if not value:
        return ""
    local = value.astimezone()
    return date_text(local.date()) if local.time() == time() else datetime_text(value)


def where_text(note: dict) -> str:
    """"contacts.xlsx · 联系人 · row 12" for a review note."""
    parts = [str(note[k]) for k in ("file", "sheet") if note.get(k)]
    if parts[1:] and parts[0].rsplit(".", 1)[0] == parts[1]:
        parts.pop()  # a CSV file's one sheet is named after the file
    if note.get("row"):
        parts.append(QCoreApplication.translate("ImportedFacts", "row %1").replace("%1", str(note["row"])))
    return " · ".join(parts)


def _item(text: str, tip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(tip or text)
    return item


def _set_up(table: QTableWidget) -> QTableWidget:
    """A small read-only table: whole rows selected, one line a row."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CustomFieldsTable(QTableWidget):
    """The columns of an imported file that fill no field: title and value, read-only."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, 2, parent)
        _set_up(self)
        self.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.setColumnWidth(0, 160)

    def show_fields(self, fields: dict[str, str]) -> None:
        self.setRowCount(0)
        self.setRowCount(len(fields))
        for row, (title, value) in enumerate(fields.items()):
            self.setItem(row, 0, _item(title))
            self.setItem(row, 1, _item(value))


class ReviewNotesPanel(QWidget):
    """Values an import could not read, as written, with why and where; each can be marked resolved."""

    sig_resolve = Signal(int)  # the note's index, or -1 for all of them
    FIELD, VALUE, MESSAGE, WHERE, ACTION = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.intro = QLabel(self.tr("The import could not read these values and kept them as they were written. "
                                    "Correct the record with Edit…, then mark the note resolved."))
        self.intro.setWordWrap(True)
        top.addWidget(self.intro, 1)
        self.resolve_all_button = QPushButton(self.tr("Mark all resolved"))
        self.resolve_all_button.clicked.connect(lambda: self.sig_resolve.emit(-1))
        top.addWidget(self.resolve_all_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.table = _set_up(QTableWidget(0, 5))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("As written"), self.tr("Problem"), self.tr("Where"), ""])
        # A narrow pane: long messages and places wrap, each row as tall as its text.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.MESSAGE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((self.FIELD, 90), (self.VALUE, 120), (self.WHERE, 150)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self.notes: list[dict] = []

    def show_notes(self, entity: str, notes) -> None:
        self.notes = list(notes)
        table = self.table
        table.setRowCount(0)
        table.setRowCount(len(self.notes))
        for row, note in enumerate(self.notes):
            field = note.get("field") or ""
            table.setItem(row, self.FIELD, _item(field_label(entity, field) if field else ""))
            table.setItem(row, self.VALUE, _item(str(note.get("value") or "")))
            message = note.get("message") or ""
            table.setItem(row, self.MESSAGE, _item(translate_message("Validation", message) if message else ""))
            table.setItem(row, self.WHERE, _item(where_text(note)))
            button = QPushButton(self.tr("Mark resolved"))
            button.setToolTip(self.tr("Mark this note resolved: it is removed from the record"))
            button.clicked.connect(lambda _checked=False, index=row: self.sig_resolve.emit(index))
            table.setCellWidget(row, self.ACTION, button)
        table.resizeColumnToContents(self.ACTION)
        self.resolve_all_button.setVisible(len(self.notes) > 1)

    def resolve_button(self, row: int) -> QPushButton:
        return self.table.cellWidget(row, self.ACTION)
