"""Quotes and sales orders: a lazy list filtered in SQL, new documents for a picked account, open one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.common.validation import TR_CONTEXT, ValidationError
from crm_desktop.domain.customers.entities import ListSort
from crm_desktop.domain.customers.enums import DocumentKind, OrderStatus
from crm_desktop.gui.common.formats import date_text
from crm_desktop.gui.common.labels import DOCUMENT_KIND, ORDER_STATUS, label, translate_message
from crm_desktop.gui.common.money_text import money_text
from crm_desktop.gui.common.paged_table_model import RECORD_ID_ROLE, Column, PagedTableModel
from crm_desktop.gui.sales.order_dialog import OrderDialog, number_text

if TYPE_CHECKING:
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.gui.shell.jobs import JobRunner

ORDER_ID_ROLE = RECORD_ID_ROLE
COLUMNS = (
    Column(QT_TRANSLATE_NOOP("OrderTableModel", "Number"), 1, "number"),
    Column(QT_TRANSLATE_NOOP("OrderTableModel", "Kind"), 9, None),
    Column(QT_TRANSLATE_NOOP("OrderTableModel", "Date"), 3, "order_date"),
    Column(QT_TRANSLATE_NOOP("OrderTableModel", "Account"), 4, "account"),
    Column(QT_TRANSLATE_NOOP("OrderTableModel", "Status"), 5, None),
    Column(QT_TRANSLATE_NOOP("OrderTableModel", "Total"), 7, "total"),
    Column(QT_TRANSLATE_NOOP("OrderTableModel", "Owner"), 8, None),
)


class OrderTableModel(PagedTableModel):
    """Rows (id, number, provisional, order_date, account, status, currency, total, owner, kind) by page."""

    columns = COLUMNS

    def __init__(self, orders, jobs, parent=None) -> None:
        super().__init__(ListSort("order_date", True), jobs, parent)
        self._orders = orders
        self.kind: str | None = None
        self.status: str | None = None
        self.text: str | None = None
        self.reload()

    def _count(self) -> int:
        return self._orders.count(self.kind, self.status, self.text)

    def _fetch(self, offset: int, limit: int, total: int) -> list[tuple]:
        return self._orders.page(self.kind, self.status, self.text, self._sort, offset, limit, total)

    def set_filter(self, kind: str | None, status: str | None, text: str | None) -> None:
        self.kind, self.status, self.text = kind, status, (text or "").strip() or None
        self.reload()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self._row(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == ORDER_ID_ROLE:
            return row[0]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row[COLUMNS[column].field]
            if column == 0:
                return number_text(value, row[2])
            if column == 1:
                return label(DOCUMENT_KIND, value)
            if column == 2:
                return date_text(value) if value else ""
            if column == 4:
                return label(ORDER_STATUS, value)
            if column == 5:
                return money_text(value, row[6])
            return value or ""
        if role == Qt.ItemDataRole.FontRole and column == 0 and row[2]:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and row[2]:
            return self.tr("Provisional number: the server assigns the final one at the next sync.")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AccountPickerDialog(QDialog):
    """Type part of a company's name (or its pinyin); choose it from the hits."""

    def __init__(self, search, jobs, parent=None) -> None:
        super().__init__(parent)
        self._search, self._jobs = search, jobs
        self.setWindowTitle(self.tr("Choose the account"))
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type to find a company"))
        self.hits = QListWidget(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self.find)
        self.edit.returnPressed.connect(self._enter)
        self.hits.itemDoubleClicked.connect(lambda item: self.accept())
        self.hits.currentRowChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.hits, 1)
        layout.addWidget(self.buttons)
        self.resize(420, 360)
        self._update_ok()

    def find(self, text: str) -> None:
        self._jobs.run_db(self._search, text, on_done=lambda hits: self._found(text, hits))

    def _found(self, text: str, hits) -> None:
        if text != self.edit.text():
            return  # typed on meanwhile: the newer text's answer follows
        self.hits.clear()
        for hit in [h for h in hits if h.type == "account"][:30]:
            item = QListWidgetItem(hit.name, self.hits)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
        if self.hits.count():
            self.hits.setCurrentRow(0)
        self._update_ok()

    def _enter(self) -> None:
        if self.hits.currentItem() is not None:
            self.accept()

    def _update_ok(self, *args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.hits.currentItem() is not None)

    def account(self) -> tuple[str, str] | None:
        item = self.hits.currentItem()
        return (item.data(Qt.ItemDataRole.UserRole), item.text()) if item else None


class OrdersPage(QWidget):
    sig_document_saved = Signal(str)  # order id

    def __init__(self, crm: CrmApp, jobs: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.crm, self.jobs = crm, jobs
        self.model = OrderTableModel(crm.orders, jobs, self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("Quotes and orders"), None)
        self.kind_combo.addItem(self.tr("Quotes"), DocumentKind.QUOTE.value)
        self.kind_combo.addItem(self.tr("Sales orders"), DocumentKind.ORDER.value)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in OrderStatus:
            self.status_combo.addItem(label(ORDER_STATUS, status.value), status.value)
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(self.tr("Number or account"))
        self.text_edit.setClearButtonEnabled(True)
        self.new_quote_button = QPushButton(self.tr("New &quote…"), self)
        self.new_order_button = QPushButton(self.tr("New &order…"), self)
        self.kind_combo.currentIndexChanged.connect(self._filter)
        self.status_combo.currentIndexChanged.connect(self._filter)
        self.text_edit.textChanged.connect(self._filter)
        self.new_quote_button.clicked.connect(lambda: self.new_document(DocumentKind.QUOTE.value))
        self.new_order_button.clicked.connect(lambda: self.new_document(DocumentKind.ORDER.value))

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_index)

        bar = QHBoxLayout()
        for widget in (self.kind_combo, self.status_combo):
            bar.addWidget(widget)
        bar.addWidget(self.text_edit, 1)
        bar.addWidget(self.new_quote_button)
        bar.addWidget(self.new_order_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.model.reload()

    def _filter(self, *args) -> None:
        self.model.set_filter(self.kind_combo.currentData(), self.status_combo.currentData(), self.text_edit.text())

    def _open_index(self, index: QModelIndex) -> None:
        order_id = self.model.record_id(index.row())
        if order_id:
            self.open_document(order_id)

    def open_document(self, order_id: str) -> None:
        self.jobs.run_db(self.crm.orders.get, order_id,
                         on_done=lambda order: self._run(OrderDialog(self.crm, self.jobs, order, parent=self)))

    def new_document(self, kind: str, account_id: str | None = None, opportunity_id: str | None = None) -> None:
        """A quote or order for an account (asked for when not given), or made from a deal's lines."""
        if opportunity_id:
            self.jobs.run_db(self.crm.orders.from_opportunity, opportunity_id, kind, on_done=self._made,
                             on_error=self._not_made)
            return
        if account_id:
            self.jobs.run_db(self.crm.customers.get_account, account_id,
                             on_done=lambda account: self._new_for(kind, (account_id, account.name)))
            return
        picker = AccountPickerDialog(self.crm.search.search, self.jobs, self)
        if picker.exec() and picker.account() is not None:
            self._new_for(kind, picker.account())

    def _made(self, order) -> None:
        self.refresh()
        self.sig_document_saved.emit(order.id)
        self.open_document(order.id)

    def _not_made(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            raise error
        QMessageBox.warning(self, self.tr("New document"), "\n".join(
            translate_message(TR_CONTEXT, m) for m in error.errors.values()))

    def _new_for(self, kind: str, account: tuple[str, str]) -> None:
        self._run(OrderDialog(self.crm, self.jobs, kind=kind, account=account, parent=self))

    def _run(self, dialog: OrderDialog) -> None:
        dialog.sig_saved.connect(self.sig_document_saved)
        dialog.sig_saved.connect(lambda order_id: self.refresh())
        dialog.exec()
        self.refresh()
