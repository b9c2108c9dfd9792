"""Product catalogue GUI: picker by pinyin, product dialog, list filters, stock adjustments."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from crm_desktop.domain.sales.entities import ProductInput
from crm_desktop.gui.sales.product_dialog import ProductDialog
from crm_desktop.gui.sales.product_picker import ProductListModel, ProductPicker
from crm_desktop.gui.sales.products_page import AdjustStockDialog, ProductsPage, ProductTableModel
from tests.gui.conftest import settle, type_text, when_modal

# The picker's popup asks the offscreen platform to raise it and grab the keyboard, which it cannot.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


@pytest.fixture
def catalogue(crm):
    crm.products.create(ProductInput("HX-100", "智能手表", "块", "1299.50", "CNY", "10"))
    crm.products.create(ProductInput("CB-220", "办公椅", "把", "860", "CNY", "4"))
    old = crm.products.create(ProductInput("OLD-1", "旧款打印机", "台", "999", "CNY", "0"))
    crm.products.set_active(old.id, False)
    return crm


def test_product_models_pass_the_model_tester(qtmodeltester, qtbot, catalogue, jobs):
    products = ProductTableModel(catalogue.products, jobs)
    settle(qtbot, jobs)
    qtmodeltester.check(products, force_py=True)
    hits = ProductListModel()
    hits.set_products(catalogue.products.find(None, False))
    qtmodeltester.check(hits, force_py=True)


def test_picker_finds_a_chinese_product_by_pinyin_initials(qtbot, catalogue, jobs):
    picker = ProductPicker(catalogue.products, jobs)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker, "znsb")
    settle(qtbot, jobs)  # found on the database thread
    assert picker.popup_visible()
    assert [picker.hits.product(r).name for r in range(picker.hits.rowCount())] == ["智能手表"]
    assert picker.hits.index(0, 4).data() == "10"  # available stock shown in the popup
    with qtbot.waitSignal(picker.sig_product_chosen) as chosen:
        picker.choose_row(0)
    assert chosen.args[0].sku == "HX-100"
    assert picker.product().name == "智能手表"
    assert picker.text() == "HX-100  智能手表"


def test_picker_by_chinese_text_and_keyboard(qtbot, catalogue, jobs):
    picker = ProductPicker(catalogue.products, jobs)
    qtbot.addWidget(picker)
    picker.show()
    type_text(qtbot, picker, "办公")
    settle(qtbot, jobs)
    assert picker.hits.rowCount() == 1
    popup = picker.completer_.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(picker.sig_product_chosen):
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.product().sku == "CB-220"
    qtbot.keyClicks(picker, "x")  # editing the text forgets the choice
    assert picker.product() is None


def test_picker_leaves_inactive_products_out(qtbot, catalogue, jobs):
    picker = ProductPicker(catalogue.products, jobs)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker, "OLD")
    settle(qtbot, jobs)
    assert picker.hits.rowCount() == 0


def test_new_product_dialog_saves_opening_stock_and_refuses_a_duplicate_sku(qtbot, catalogue, jobs):
    dialog = ProductDialog(catalogue.products, jobs)
    qtbot.addWidget(dialog)
    f = dialog.form
    qtbot.keyClicks(f.skuEdit, "HX-100")
    type_text(qtbot, f.nameEdit, "手表二代")
    qtbot.keyClicks(f.listPriceEdit, "1,500")
    f.stockEdit.clear()
    qtbot.keyClicks(f.stockEdit, "7")
    save = f.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle(qtbot, jobs)
    assert f.skuError.isVisibleTo(dialog)
    assert f.skuError.text() == "Another product already has this SKU."
    assert dialog.saved is None
    f.skuEdit.setText("HX-200")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle(qtbot, jobs)
    assert dialog.saved.list_price == Decimal("1500")
    assert dialog.saved.stock_on_hand == Decimal("7")


def test_edit_dialog_shows_stock_read_only(qtbot, catalogue, jobs):
    product = catalogue.products.find("HX-100")[0]
    dialog = ProductDialog(catalogue.products, jobs, product)
    qtbot.addWidget(dialog)
    assert dialog.form.stockEdit.isReadOnly()
    dialog.form.nameEdit.setText("智能手表 Pro")
    dialog.save()
    settle(qtbot, jobs)
    after = catalogue.products.get(product.id)
    assert after.name == "智能手表 Pro" and after.stock_on_hand == Decimal("10")


def test_page_searches_toggles_inactive_and_deactivates(qtbot, catalogue, jobs):
    page = ProductsPage(catalogue, jobs)
    qtbot.addWidget(page)
    settle(qtbot, jobs)
    assert page.model.rowCount() == 2
    page.inactive_check.setChecked(True)
    settle(qtbot, jobs)
    assert page.model.rowCount() == 3
    page.search_edit.setText("bgy")
    settle(qtbot, jobs)
    assert [page.model.product(r).sku for r in range(page.model.rowCount())] == ["CB-220"]
    page.table.selectRow(0)
    assert page.active_button.text() == "&Deactivate"
    page.active_button.click()
    settle(qtbot, jobs)
    assert not catalogue.products.find("CB-220", False)[0].active
    assert page.active_button.text() == "&Activate"


def test_adjust_stock_receives_and_refuses_going_below_reserved(qtbot, catalogue, jobs):
    product = catalogue.products.find("CB-220")[0]
    dialog = AdjustStockDialog(catalogue.products, jobs, product)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.quantity_edit, "6")
    dialog.save()
    settle(qtbot, jobs)
    assert dialog.error.text() == "Say why the stock changes (a delivery, a stocktake, a write-off)."
    assert catalogue.products.get(product.id).stock_on_hand == Decimal("4")
    dialog.reason_edit.setText("采购入库 PO-031")  # typed with an input method
    dialog.save()
    settle(qtbot, jobs)
    assert catalogue.products.get(product.id).stock_on_hand == Decimal("10")

    dialog = AdjustStockDialog(catalogue.products, jobs, catalogue.products.get(product.id))
    qtbot.addWidget(dialog)
    dialog.write_off.setChecked(True)
    qtbot.keyClicks(dialog.quantity_edit, "11")
    dialog.reason_edit.setText("报损")
    dialog.save()
    settle(qtbot, jobs)
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == "Stock cannot fall below what confirmed orders reserve."
    assert catalogue.products.get(product.id).stock_on_hand == Decimal("10")


def test_page_adjust_stock_through_the_dialog(qtbot, catalogue, jobs):
    page = ProductsPage(catalogue, jobs)
    qtbot.addWidget(page)
    page.search_edit.setText("HX-100")
    settle(qtbot, jobs)
    page.table.selectRow(0)

    def write_off(dialog):
        dialog.write_off.setChecked(True)
        qtbot.keyClicks(dialog.quantity_edit, "3")
        qtbot.keyClicks(dialog.reason_edit, "demo unit")
        dialog.save()

    when_modal(AdjustStockDialog, write_off)
    page.stock_button.click()
    settle(qtbot, jobs)
    assert page.model.index(0, 4).data() == "7"
