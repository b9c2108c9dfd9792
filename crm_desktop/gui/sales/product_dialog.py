"""Create or edit a catalogue product (Designer form ui/product_dialog.ui), with inline errors."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from crm_desktop.controllers.sales.products import ProductsController
from crm_desktop.domain.common import money
from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.sales.entities import ProductData, ProductInput
from crm_desktop.gui.common.form_errors import clear_errors, show_errors
from crm_desktop.gui.common.money_text import money_text, quantity_text
from crm_desktop.gui.forms.ui_product_dialog import Ui_ProductDialog


class ProductDialog(QDialog):
    """Opening stock is asked only for a new product; later changes go through "Adjust stock"."""

    def __init__(self, products: ProductsController, jobs, product: ProductData | None = None, parent=None) -> None:
        super().__init__(parent)
        self.products, self.jobs = products, jobs
        self.before = product
        self.saved: ProductData | None = None
        self.form = f = Ui_ProductDialog()
        f.setupUi(self)
        self.setWindowTitle(self.tr("Edit product") if product else self.tr("New product"))
        for code in money.currencies():
            f.currencyCombo.addItem(code, code)
        f.currencyCombo.setCurrentIndex(max(0, f.currencyCombo.findData(money.HOME_CURRENCY)))
        f.listPriceEdit.setPlaceholderText(self.tr("e.g. 1299.50"))
        f.unitEdit.setPlaceholderText(self.tr("e.g. pcs, 台, 箱"))
        f.stockEdit.setText("0")
        if product:
            self._load(product)
        f.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        clear_errors(f)

    def _load(self, p: ProductData) -> None:
        f = self.form
        f.skuEdit.setText(p.sku)
        f.nameEdit.setText(p.name)
        f.unitEdit.setText(p.unit)
        f.listPriceEdit.setText(money_text(p.list_price, p.currency, symbol=False).replace(",", ""))
        f.currencyCombo.setCurrentIndex(max(0, f.currencyCombo.findData(p.currency)))
        f.activeCheck.setChecked(p.active)
        # Stock is shown, not edited: it changes through receipts and write-offs only.
        f.stockEditLabel.setText(self.tr("Stock on hand:"))
        f.stockEdit.setText(quantity_text(p.stock_on_hand, p.unit))
        f.stockEdit.setReadOnly(True)
        f.stockEdit.setToolTip(self.tr("Use \"Adjust stock\" in the product list to change it."))

    def collect(self) -> ProductInput:
        f = self.form
        return ProductInput(
            sku=f.skuEdit.text().strip(), name=f.nameEdit.text().strip(), unit=f.unitEdit.text().strip(),
            list_price=f.listPriceEdit.text().strip() or "0", currency=f.currencyCombo.currentData(),
            stock_on_hand=f.stockEdit.text().strip() or "0" if self.before is None else "0",
            active=f.activeCheck.isChecked(),
        )

    def field_widgets(self) -> dict:
        f = self.form
        return {"sku": f.skuEdit, "name": f.nameEdit, "list_price": f.listPriceEdit,
                "currency": f.currencyCombo, "stock_on_hand": f.stockEdit}

    def save(self) -> None:
        data = self.collect()
        if self.before is None:
            self.jobs.run_db(self.products.create, data, on_done=self._saved, on_error=self._refused)
        else:
            self.jobs.run_db(self.products.update, self.before.id, data, on_done=self._saved, on_error=self._refused)

    def _saved(self, product: ProductData) -> None:
        self.saved = product
        self.accept()

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            raise error
        show_errors(self, self.form, error, self.field_widgets())
