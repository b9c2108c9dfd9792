"""A line edit that finds products as you type (SKU, name, pinyin) and offers them in a popup."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QHeaderView, QLineEdit, QTreeView

from crm_desktop.controllers.sales.products import ProductsController
from crm_desktop.domain.sales.entities import ProductData
from crm_desktop.gui.common.money_text import money_text, quantity_text

PRODUCT_ROLE = Qt.ItemDataRole.UserRole + 1
FIND_LIMIT = 30
_TITLES = (
    QT_TRANSLATE_NOOP("ProductListModel", "SKU"), QT_TRANSLATE_NOOP("ProductListModel", "Name"),
    QT_TRANSLATE_NOOP("ProductListModel", "Unit"), QT_TRANSLATE_NOOP("ProductListModel", "List price"),
    QT_TRANSLATE_NOOP("ProductListModel", "Available"),
)


def product_label(product: ProductData | None) -> str:
    """What the picker shows once a product is chosen."""
    return f"{product.sku}  {product.name}" if product else ""


class ProductListModel(QAbstractTableModel):
    """The hits of one search, as the picker's popup shows them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._products: list[ProductData] = []

    def set_products(self, products: list[ProductData]) -> None:
        self.beginResetModel()
        self._products = list(products)
        self.endResetModel()

    def product(self, row: int) -> ProductData | None:
        return self._products[row] if 0 <= row < len(self._products) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._products)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 5:
            return self.tr(_TITLES[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        p = self.product(index.row()) if index.isValid() else None
        if p is None:
            return None
        if role == PRODUCT_ROLE:
            return p
        if role == Qt.ItemDataRole.EditRole:
            # The completer writes this text into the line edit on highlight and choice.
            return product_label(p)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (p.sku, p.name, p.unit, money_text(p.list_price, p.currency), quantity_text(p.available))[
            index.column()]


class ProductPicker(QLineEdit):
    """Type a SKU, part of a name or pinyin initials ("zgsb"); pick with arrows + Enter or the mouse."""

    sig_product_chosen = Signal(object)  # ProductData, or None when the text no longer names one

    def __init__(self, products: ProductsController, jobs, parent=None, active_only: bool = True) -> None:
        super().__init__(parent)
        self._products, self._jobs = products, jobs
        self._active_only = active_only
        self._product: ProductData | None = None
        self.setPlaceholderText(self.tr("Type a SKU, name or pinyin"))
        self.hits = ProductListModel(self)
        self.completer_ = QCompleter(self.hits, self)
        # The controller has already matched (pinyin too); the completer must not filter again.
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        popup = QTreeView()
        popup.setRootIsDecorated(False)
        popup.setUniformRowHeights(True)
        popup.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        popup.header().setStretchLastSection(False)
        popup.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        popup.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        popup.setMinimumWidth(520)
        self.completer_.setPopup(popup)
        self.setCompleter(self.completer_)
        self.completer_.activated[QModelIndex].connect(self._chosen)
        self.textEdited.connect(self._search)

    def product(self) -> ProductData | None:
        return self._product

    def set_product(self, product: ProductData | None) -> None:
        self._product = product
        self.setText(product_label(product))

    def popup_visible(self) -> bool:
        return self.completer_.popup().isVisible()

    def _search(self, text: str) -> None:
        if self._product is not None and text != product_label(self._product):
            self._product = None
            self.sig_product_chosen.emit(None)
        if not text.strip():
            self.hits.set_products([])
            self.completer_.popup().hide()
            return
        self._jobs.run_db(self._products.find, text, self._active_only, FIND_LIMIT,
                          on_done=lambda found: self._found(text, found))

    def _found(self, text: str, found) -> None:
        if text != self.text():
            return  # typed on meanwhile: the newer text's answer follows
        self.hits.set_products(found)
        if self.hits.rowCount():
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def choose_row(self, row: int) -> None:
        """Pick the hit on `row` (what a click or Enter in the popup does)."""
        self._chosen(self.hits.index(row, 0))

    def _chosen(self, index: QModelIndex) -> None:
        product = self.hits.data(self.hits.index(index.row(), 0), PRODUCT_ROLE)
        if product is None:
            return
        self.completer_.popup().hide()
        self.set_product(product)
        self.sig_product_chosen.emit(product)
