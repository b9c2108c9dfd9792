"""A customer's deals and quotes/orders, as short lists under the detail pane's timeline tab."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from crm_desktop.gui.common.empty_state import EmptyState
from crm_desktop.gui.common.formats import date_text
from crm_desktop.gui.common.labels import DOCUMENT_KIND, OPPORTUNITY_STATUS, ORDER_STATUS, label
from crm_desktop.gui.common.money_text import money_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordDealsList(QListWidget):
    """Deals of an account or contact: name, stage or outcome, amount, expected close."""

    sig_open_deal = Signal(str)
    sig_new_deal = Signal()  # the empty list's button

    def __init__(self, sales, parent=None) -> None:
        super().__init__(parent)
        self.sales = sales
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(lambda item: self.sig_open_deal.emit(item.data(ID_ROLE)))
        self.empty = EmptyState(self, self.tr("No deals with this customer yet."), self.tr("New deal…"), "pipeline")
        self.empty.sig_action.connect(self.sig_new_deal)

    def rows_for(self, entity: str, record_id: str | None) -> list[tuple]:
        """On the database thread."""
        if record_id is None:
            return []
        key = {"contact_id": record_id} if entity == "contact" else {"account_id": record_id}
        return self.sales.of_record(**key)

    def show_rows(self, rows: list[tuple]) -> int:
        self.clear()
        for r in rows:
            # (id, name, account, amount, currency, probability, close, owner, touched, stage_id, stage, status)
            state = r[10] if r[11] == "open" else label(OPPORTUNITY_STATUS, r[11])
            parts = [r[1], state, money_text(r[3], r[4])]
            if r[6]:
                parts.append(self.tr("closes %1").replace("%1", date_text(r[6])))
            item = QListWidgetItem(" · ".join(parts))
            item.setData(ID_ROLE, r[0])
            self.addItem(item)
        return len(rows)


class RecordOrdersList(QListWidget):
    """Quotes and orders of an account: number, kind, status, total, date."""

    sig_open_order = Signal(str)

    def __init__(self, orders, parent=None) -> None:
        super().__init__(parent)
        self.orders = orders
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(lambda item: self.sig_open_order.emit(item.data(ID_ROLE)))

    def rows_for(self, entity: str, record_id: str | None) -> list[tuple]:
        """On the database thread."""
        if record_id is None or entity != "account":
            return []
        return self.orders.of_record(account_id=record_id)

    def show_rows(self, rows: list[tuple]) -> int:
        self.clear()
        for r in rows:
            # (id, number, provisional, order_date, account, status, currency, total, owner, kind)
            number = r[1] + (self.tr(" (provisional)") if r[2] else "")
            parts = [number, label(DOCUMENT_KIND, r[9]), label(ORDER_STATUS, r[5]), money_text(r[7], r[6]),
                     date_text(r[3])]
            item = QListWidgetItem(" · ".join(parts))
            item.setData(ID_ROLE, r[0])
            self.addItem(item)
        return len(rows)
