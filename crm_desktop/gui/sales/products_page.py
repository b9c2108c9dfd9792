"""The product catalogue: search, show inactive, new / edit / (de)activate, stock receipts and write-offs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.controllers.sales.products import ProductsController
from crm_desktop.domain.common import money
from crm_desktop.domain.common.validation import TR_CONTEXT, FieldError, ValidationError
from crm_desktop.domain.sales.entities import ProductData
from crm_desktop.gui.common.labels import translate_message
from crm_desktop.gui.common.money_text import money_text, quantity_text
from crm_desktop.gui.sales.product_dialog import ProductDialog

if TYPE_CHECKING:
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.gui.shell.jobs import JobRunner

# A catalogue has a few thousand products at most: the model holds them all.
MAX_PRODUCTS = 10000
PRODUCT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_TITLES = (
    QT_TRANSLATE_NOOP("ProductTableModel", "SKU"), QT_TRANSLATE_NOOP("ProductTableModel", "Name"),
    QT_TRANSLATE_NOOP("ProductTableModel", "Unit"), QT_TRANSLATE_NOOP("ProductTableModel", "List price"),
    QT_TRANSLATE_NOOP("ProductTableModel", "On hand"), QT_TRANSLATE_NOOP("ProductTableModel", "Reserved"),
    QT_TRANSLATE_NOOP("ProductTableModel", "Available"), QT_TRANSLATE_NOOP("ProductTableModel", "Active"),
)


class ProductTableModel(QAbstractTableModel):
    sig_reloaded = Signal()

    def __init__(self, products: ProductsController, jobs, parent=None) -> None:
        super().__init__(parent)
        self._controller, self._jobs = products, jobs
        self._rows: list[ProductData] = []
        self._generation = 0  # what an older search found is dropped
        self.text = ""
        self.active_only = True
        self.reload()

    def reload(self, then=None) -> None:
        """Find the products again on the database thread; `then()` once they are shown."""
        self._generation += 1
        generation = self._generation
        self._jobs.run_db(self._controller.find, self.text or None, self.active_only, MAX_PRODUCTS,
                          on_done=lambda rows: self._found(generation, rows, then))

    def _found(self, generation: int, rows: list[ProductData], then) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        if then is not None:
            then()
        self.sig_reloaded.emit()

    def product(self, row: int) -> ProductData | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, product_id: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == product_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(_TITLES):
            return self.tr(_TITLES[section])
        return section + 1 if orientation == Qt.Orientation.Vertical else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        p = self.product(index.row()) if index.isValid() else None
        if p is None:
            return None
        column = index.column()
        if role == PRODUCT_ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (p.sku, p.name, p.unit, money_text(p.list_price, p.currency), quantity_text(p.stock_on_hand),
                    quantity_text(p.stock_reserved), quantity_text(p.available),
                    self.tr("Yes") if p.active else self.tr("No"))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and 3 <= column <= 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not p.active:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and p.available <= 0:
            return QBrush(QColor("#c0392b"))
        return None


class AdjustStockDialog(QDialog):
    """Goods received (+) or written off (−) with a reason; the controller refuses going below what
    orders reserve, and the server takes adjustments from managers and admins only."""

    def __init__(self, products: ProductsController, jobs, product: ProductData, parent=None) -> None:
        super().__init__(parent)
        self.products, self.jobs, self.product, self.saved = products, jobs, product, None
        self.setWindowTitle(self.tr("Adjust stock"))
        self.receive = QRadioButton(self.tr("&Receive goods (+)"), self)
        self.write_off = QRadioButton(self.tr("&Write off (−)"), self)
        self.receive.setChecked(True)
        self.quantity_edit = QLineEdit(self)
        self.quantity_edit.setPlaceholderText(self.tr("Quantity"))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("e.g. delivery PO-2026-031, stocktake"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Product:"), QLabel(f"{product.sku}  {product.name}", self))
        form.addRow(self.tr("On hand / reserved:"), QLabel(
            f"{quantity_text(product.stock_on_hand, product.unit)} / {quantity_text(product.stock_reserved)}", self))
        kind = QHBoxLayout()
        kind.addWidget(self.receive)
        kind.addWidget(self.write_off)
        form.addRow(self.tr("Change:"), kind)
        form.addRow(self.tr("&Quantity:"), self.quantity_edit)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        form.addRow("", self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        text = self.quantity_edit.text().strip().lstrip("+-−")
        sign = "-" if self.write_off.isChecked() else ""
        if not text:
            self._refused(FieldError("stock_delta", money.QUANTITY_NOT_POSITIVE))
            return
        self.jobs.run_db(self.products.adjust_stock, self.product.id, sign + text, self.reason_edit.text(),
                         on_done=self._saved, on_error=self._refused)

    def _saved(self, product: ProductData) -> None:
        self.saved = product
        self.accept()

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, (FieldError, ValidationError)):
            raise error
        messages = error.errors.values() if isinstance(error, ValidationError) else [error.message]
        self.error.setText("\n".join(translate_message(TR_CONTEXT, m) for m in messages))
        self.error.setVisible(True)


class ProductsPage(QWidget):
    sig_product_saved = Signal(str)  # product id

    def __init__(self, crm: CrmApp, jobs: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.crm, self.jobs = crm, jobs
        self.model = ProductTableModel(crm.products, jobs, self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Find products by SKU, name or pinyin"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search)
        self.inactive_check = QCheckBox(self.tr("Show &inactive"), self)
        self.inactive_check.toggled.connect(self._toggle_inactive)
        self.new_button = QPushButton(self.tr("&New product…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.active_button = QPushButton(self.tr("&Deactivate"), self)
        self.stock_button = QPushButton(self.tr("Adjust &stock…"), self)
        self.new_button.clicked.connect(self.new_product)
        self.edit_button.clicked.connect(self.edit_product)
        self.active_button.clicked.connect(self.toggle_active)
        self.stock_button.clicked.connect(self.adjust_stock)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit_product)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.inactive_check)
        for button in (self.new_button, self.edit_button, self.active_button, self.stock_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def refresh(self, select_id: str | None = None) -> None:
        current = select_id or (self.current_product().id if self.current_product() else None)
        self.model.reload(then=lambda: self._reselect(current))

    def _reselect(self, current: str | None) -> None:
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def current_product(self) -> ProductData | None:
        return self.model.product(self.table.currentIndex().row())

    def _search(self, text: str) -> None:
        self.model.text = text.strip()
        self.refresh()

    def _toggle_inactive(self, shown: bool) -> None:
        self.model.active_only = not shown
        self.refresh()

    def _update_buttons(self, *args) -> None:
        product = self.current_product()
        for button in (self.edit_button, self.active_button, self.stock_button):
            button.setEnabled(product is not None)
        self.active_button.setText(self.tr("&Activate") if product and not product.active else self.tr("&Deactivate"))

    def new_product(self) -> None:
        dialog = ProductDialog(self.crm.products, self.jobs, parent=self)
        if dialog.exec() and dialog.saved:
            self._saved(dialog.saved.id)

    def _saved(self, product_id: str) -> None:
        self.refresh(product_id)
        self.sig_product_saved.emit(product_id)

    def _with_product(self, then) -> None:
        """`then(product)` with the current product as the store has it now."""
        product = self.current_product()
        if product is not None:
            self.jobs.run_db(self.crm.products.get, product.id, on_done=then)

    def edit_product(self, *args) -> None:
        self._with_product(self._edit)

    def _edit(self, product: ProductData) -> None:
        dialog = ProductDialog(self.crm.products, self.jobs, product, self)
        if dialog.exec() and dialog.saved:
            self._saved(product.id)

    def toggle_active(self) -> None:
        product = self.current_product()
        if product is not None:
            self.jobs.run_db(self.crm.products.set_active, product.id, not product.active,
                             on_done=lambda _r: self._saved(product.id))

    def adjust_stock(self) -> None:
        self._with_product(self._adjust)

    def _adjust(self, product: ProductData) -> None:
        dialog = AdjustStockDialog(self.crm.products, self.jobs, product, self)
        if dialog.exec() and dialog.saved:
            self._saved(product.id)
