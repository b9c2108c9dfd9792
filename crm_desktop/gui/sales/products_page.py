"""The product catalogue: search, show inactive, new / edit / (de)activate, stock receipts and write-offs."""

from __future__ import annotations

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
    def __init__(self, products: ProductsController, parent=None) -> None:
        super().__init__(parent)
        self._controller = products
        self._rows: list[ProductData] = []
        self.text = ""
        self.active_only = True
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._controller.find(self.text or None, self.active_only, MAX_PRODUCTS)
        self.endResetModel()

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

    def __init__(self, products: ProductsController, product: ProductData, parent=None) -> None:
        super().__init__(parent)
        self.products, self.product, self.saved = products, product, None
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
        try:
            if not text:
                raise FieldError("stock_delta", money.QUANTITY_NOT_POSITIVE)
            self.saved = self.products.adjust_stock(self.product.id, sign + text, self.reason_edit.text())
        except (FieldError, ValidationError) as error:
            messages = error.errors.values() if isinstance(error, ValidationError) else [error.message]
            self.error.setText("\n".join(translate_message(TR_CONTEXT, m) for m in messages))
            self.error.setVisible(True)
            return
        self.accept()


class ProductsPage(QWidget):
    sig_product_saved = Signal(str)  # product id

    def __init__(self, crm, jobs=None, parent=None) -> None:
        super().__init__(parent)
        self.crm, self.jobs = crm, jobs
        self.model = ProductTableModel(crm.products, self)
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
        self.model.reload()
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
        dialog = ProductDialog(self.crm.products, parent=self)
        if dialog.exec() and dialog.saved:
            self.refresh(dialog.saved.id)
            self.sig_product_saved.emit(dialog.saved.id)

    def edit_product(self, *args) -> None:
        product = self.current_product()
        if product is None:
            return
        dialog = ProductDialog(self.crm.products, self.crm.products.get(product.id), self)
        if dialog.exec() and dialog.saved:
            self.refresh(product.id)
            self.sig_product_saved.emit(product.id)

    def toggle_active(self) -> None:
        product = self.current_product()
        if product is not None:
            self.crm.products.set_active(product.id, not product.active)
            self.refresh(product.id)
            self.sig_product_saved.emit(product.id)

    def adjust_stock(self) -> None:
        product = self.current_product()
        if product is None:
            return
        dialog = AdjustStockDialog(self.crm.products, self.crm.products.get(product.id), self)
        if dialog.exec() and dialog.saved:
            self.refresh(product.id)
            self.sig_product_saved.emit(product.id)
