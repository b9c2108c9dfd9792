"""The product lines editor of deals, quotes and orders: picker per line, live line and document totals."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.controllers.sales.products import ProductsController
from crm_desktop.domain.common import money
from crm_desktop.domain.common.validation import TR_CONTEXT
from crm_desktop.domain.sales.entities import LineData, LineInput
from crm_desktop.gui.common.labels import translate_message
from crm_desktop.gui.common.money_text import money_text
from crm_desktop.gui.sales.line_items_model import PRODUCT, LineItemsModel
from crm_desktop.gui.sales.product_picker import ProductPicker


class ProductDelegate(QStyledItemDelegate):
    """Edits the product cell with a ProductPicker; choosing a product commits at once."""

    def __init__(self, products: ProductsController, jobs, parent=None) -> None:
        super().__init__(parent)
        self._products, self._jobs = products, jobs

    def createEditor(self, parent, option, index):
        picker = ProductPicker(self._products, self._jobs, parent)
        picker.setFrame(False)
        picker.sig_product_chosen.connect(lambda product: self._chosen(picker, product))
        return picker

    def _chosen(self, picker: ProductPicker, product) -> None:
        if product is not None:
            self.commitData.emit(picker)
            self.closeEditor.emit(picker, QStyledItemDelegate.EndEditHint.EditNextItem)

    def setEditorData(self, editor: ProductPicker, index: QModelIndex) -> None:
        if editor.product() is None:
            editor.setText(index.data(Qt.ItemDataRole.DisplayRole) or "")
            editor.selectAll()

    def setModelData(self, editor: ProductPicker, model, index: QModelIndex) -> None:
        # Text that names no product leaves the line's product as it was.
        if editor.product() is not None:
            model.setData(index, editor.product(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index) -> None:
        editor.setGeometry(option.rect)


class LineItemsEditor(QWidget):
    """Lines table, add/remove buttons and the totals under it.

    `sig_changed` fires when the user changes a line (not for set_lines / set_currency, which
    callers make themselves and can follow with `totals()`)."""

    sig_changed = Signal()

    def __init__(self, products: ProductsController, jobs, currency: str, parent=None) -> None:
        super().__init__(parent)
        self._products = products
        self._loading = False
        self._general_error: str | None = None  # "lines" key of the last show_errors
        self.model = LineItemsModel(currency, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PRODUCT, ProductDelegate(products, jobs, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                   & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PRODUCT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)

        self.add_button = QPushButton(self.tr("&Add line"), self)
        self.remove_button = QPushButton(self.tr("&Remove line"), self)
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_current_line)
        self.lines_error = QLabel(self)
        self.lines_error.setStyleSheet("color: #c0392b;")
        self.lines_error.setVisible(False)
        self.subtotal_label, self.discount_label, self.total_label = QLabel(self), QLabel(self), QLabel(self)
        for label in (self.subtotal_label, self.discount_label, self.total_label):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        sums = QFormLayout()
        sums.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        sums.addRow(self.tr("Subtotal:"), self.subtotal_label)
        sums.addRow(self.tr("Discount:"), self.discount_label)
        sums.addRow(self.tr("Total:"), self.total_label)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.lines_error)
        buttons.addStretch(1)
        buttons.addLayout(sums)
        buttons.setAlignment(self.add_button, Qt.AlignmentFlag.AlignTop)
        buttons.setAlignment(self.remove_button, Qt.AlignmentFlag.AlignTop)
        buttons.setAlignment(self.lines_error, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.model.dataChanged.connect(self._changed)
        self.model.rowsInserted.connect(self._changed)
        self.model.rowsRemoved.connect(self._changed)
        self.model.modelReset.connect(self._changed)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_totals()
        self._update_buttons()

    # --- public API --------------------------------------------------------------------

    def set_currency(self, code: str) -> None:
        money.digits(code)  # raises FieldError for an unknown code, before anything changes
        self._loading = True
        try:
            self.model.set_currency(code)
        finally:
            self._loading = False
        self._update_totals()

    def set_lines(self, lines: tuple[LineData, ...]) -> None:
        self._loading = True
        try:
            self.model.set_lines(tuple(lines))
        finally:
            self._loading = False
        self._general_error = None
        self._update_totals()
        self._update_buttons()
        self._update_message()

    def lines(self) -> tuple[LineInput, ...]:
        return self.model.line_inputs()

    def totals(self) -> money.Totals:
        return self.model.totals()

    def show_errors(self, errors: dict) -> None:
        """Mark the cells named by "lines.<row>.<field>" keys (message as tooltip); "lines" goes below."""
        self.model.set_errors(errors)
        self._general_error = errors.get("lines")
        self._update_message()
        for key in errors:
            parts = key.split(".")
            if len(parts) == 3 and parts[1].isdigit() and int(parts[1]) < self.model.rowCount():
                self.table.setCurrentIndex(self.model.index(int(parts[1]), 0))
                self.table.scrollTo(self.table.currentIndex())
                break

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0),
                                        self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1))

    def is_read_only(self) -> bool:
        return self.model.read_only

    # --- editing -----------------------------------------------------------------------

    def add_line(self) -> int:
        """A new line, with the product picker open on it."""
        row = self.model.add_line()
        index = self.model.index(row, PRODUCT)
        self.table.setCurrentIndex(index)
        self.table.edit(index)
        return row

    def remove_current_line(self) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.model.remove_line(row)

    def set_cell(self, row: int, column: int, value) -> bool:
        """What typing into a cell does (tests and keyboard helpers use it)."""
        return self.model.setData(self.model.index(row, column), value, Qt.ItemDataRole.EditRole)

    def cell_problem(self, row: int, column: int) -> str:
        """The translated message shown on a refused cell, or ""."""
        return self.model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) or ""

    def _changed(self, *args) -> None:
        self._update_totals()
        self._update_buttons()
        self._update_message()
        if not self._loading:
            self.sig_changed.emit()

    def _update_totals(self) -> None:
        totals, currency = self.model.totals(), self.model.currency
        self.subtotal_label.setText(money_text(totals.subtotal, currency))
        self.discount_label.setText(("-" if totals.discount else "") + money_text(totals.discount, currency))
        self.total_label.setText(money_text(totals.total, currency))
        self.total_label.setToolTip(self.tr("Each line is rounded to the currency's smallest unit; "
                                            "the total adds the rounded lines."))

    def _update_message(self) -> None:
        """The first refused cell's message under the table, so it is seen without hovering."""
        text = translate_message(TR_CONTEXT, self._general_error) if self._general_error else ""
        for row in range(self.model.rowCount()):
            for column in range(self.model.columnCount()):
                problem = self.model.problem(row, column)
                if problem and not text:
                    text = self.tr("Line %1: %2").replace("%1", str(row + 1)).replace(
                        "%2", translate_message(TR_CONTEXT, problem))
        self.lines_error.setText(text)
        self.lines_error.setVisible(bool(text))

    def _update_buttons(self, *args) -> None:
        self.remove_button.setEnabled(not self.model.read_only and self.table.currentIndex().row() >= 0)

