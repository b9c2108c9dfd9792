"""An account's people, under the detail pane's timeline tab: name, title, mobile, e-mail; double-click opens one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from crm_desktop.gui.common.formats import phone_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN = 500  # an account with more people than this is looked at in the list, filtered
_TITLES = (QT_TRANSLATE_NOOP("RecordContactsList", "Name"), QT_TRANSLATE_NOOP("RecordContactsList", "Title"),
           QT_TRANSLATE_NOOP("RecordContactsList", "Mobile"), QT_TRANSLATE_NOOP("RecordContactsList", "E-mail"))


class RecordContactsList(QTreeWidget):
    sig_open_contact = Signal(str)

    def __init__(self, customers, parent=None) -> None:
        super().__init__(parent)
        self.customers = customers
        self.setObjectName("accountContacts")
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHeaderLabels([self.tr(t) for t in _TITLES])
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(True)
        self.itemActivated.connect(lambda item, _column: self.sig_open_contact.emit(item.data(0, ID_ROLE)))

    def rows_for(self, entity: str, record_id: str | None) -> list[tuple]:
        """On the database thread: (id, name, title, mobile, email) of the account's people."""
        if record_id is None or entity != "account":
            return []
        return self.customers.account_people(record_id, SHOWN)

    def show_rows(self, rows: list[tuple]) -> int:
        self.clear()
        for record_id, name, title, mobile, email in rows:
            item = QTreeWidgetItem([name, title or "", phone_text(mobile), email or ""])
            item.setData(0, ID_ROLE, record_id)
            item.setToolTip(0, self.tr("Double-click to open"))
            self.addTopLevelItem(item)
        return len(rows)
