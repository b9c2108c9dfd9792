"""Quotes and orders GUI: line editor totals and refusals, the order dialog's status flow, the PDF."""

import re
import zlib
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.domain.sales.entities import LineInput, OrderInput, ProductInput
from crm_desktop.gui.sales.line_items_editor import LineItemsEditor
from crm_desktop.gui.sales.line_items_model import DISCOUNT, PRICE, PRODUCT, QUANTITY, TOTAL, LineItemsModel
from crm_desktop.gui.sales.order_dialog import OrderDialog
from crm_desktop.gui.sales.orders_page import AccountPickerDialog, OrdersPage, OrderTableModel
from crm_desktop.gui.sales.product_picker import ProductPicker
from tests.gui.conftest import settle, when_modal

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


@pytest.fixture
def shop(crm):
    crm.watch = crm.products.create(ProductInput("HX-100", "智能手表", "块", "1299.50", "CNY", "10"))
    crm.chair = crm.products.create(ProductInput("CB-220", "办公椅", "把", "860", "CNY", "2"))
    crm.account = crm.customers.create_account(AccountInput(name="上海明达贸易有限公司"))
    return crm


def draft_order(crm, chairs="5", kind="order"):
    return crm.orders.create(OrderInput(kind, crm.account.id, lines=(
        LineInput(crm.watch.id, "3", None, "10"), LineInput(crm.chair.id, chairs))))


def editor_with(qtbot, crm, jobs, *cells):
    editor = LineItemsEditor(crm.products, jobs, "CNY")
    qtbot.addWidget(editor)
    for product, quantity, discount in cells:
        row = editor.model.add_line()
        editor.set_cell(row, PRODUCT, product)
        editor.set_cell(row, QUANTITY, quantity)
        editor.set_cell(row, DISCOUNT, discount)
    return editor


def pdf_characters(path) -> str:
    """Every character the PDF's fonts map to Unicode (its ToUnicode tables): the text it can give back."""
    data = path.read_bytes()
    chars = []
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            text = zlib.decompress(stream)
        except zlib.error:
            text = stream  # Qt writes some streams, the ToUnicode maps among them, uncompressed
        for block in re.findall(rb"begin(?:bfrange|bfchar)(.*?)end(?:bfrange|bfchar)", text, re.S):
            chars += [chr(int(code, 16)) for code in re.findall(rb"<([0-9A-Fa-f]{4})>", block)]
    return "".join(chars)


def test_line_editor_totals_with_discount_and_rounding(qtbot, shop, jobs):
    editor = editor_with(qtbot, shop, jobs, (shop.watch, "3", "10"))
    assert editor.model.index(0, PRICE).data() == "1,299.50"  # the list price by default
    assert editor.model.index(0, TOTAL).data() == "¥3,508.65"
    totals = editor.totals()
    assert (totals.subtotal, totals.discount, totals.total) == (Decimal("3898.50"), Decimal("389.85"),
                                                                  Decimal("3508.65"))
    assert editor.total_label.text() == "¥3,508.65"
    with qtbot.waitSignal(editor.sig_changed):
        editor.set_cell(0, PRICE, "0.335")  # 3 x 0.335 x 0.9 = 0.9045: rounded once, half up, per line
    assert editor.totals().total == Decimal("0.90")
    assert editor.lines() == (LineInput(shop.watch.id, "3", "0.335", "10"),)


def test_line_editor_refuses_negative_quantity_and_150_percent(qtbot, shop, jobs):
    editor = editor_with(qtbot, shop, jobs, (shop.watch, "-2", "150"))
    assert editor.cell_problem(0, QUANTITY) in ("Must not be negative.", "The quantity must be more than zero.")
    assert editor.cell_problem(0, DISCOUNT) == "A discount is between 0 % and 100 %."
    assert editor.model.index(0, QUANTITY).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert editor.lines_error.isVisibleTo(editor)
    assert editor.lines_error.text() == f"Line 1: {editor.cell_problem(0, QUANTITY)}"
    assert editor.model.index(0, TOTAL).data() == ""
    assert editor.totals().total == Decimal("0.00")
    editor.set_cell(0, DISCOUNT, "15")
    assert editor.cell_problem(0, DISCOUNT) == ""


def test_line_editor_shows_controller_errors_and_read_only(qtbot, shop, jobs):
    editor = editor_with(qtbot, shop, jobs, (shop.watch, "1", "0"))
    editor.model.add_line()  # no product chosen
    editor.show_errors({"lines.1.product_id": "Choose a product.", "lines": "Add at least one product line."})
    assert editor.cell_problem(1, PRODUCT) == "Choose a product."
    assert editor.lines_error.isVisibleTo(editor)
    editor.set_read_only(True)
    assert not editor.model.flags(editor.model.index(0, QUANTITY)) & Qt.ItemFlag.ItemIsEditable
    assert not editor.set_cell(0, QUANTITY, "9")


def test_add_line_opens_the_picker_and_a_choice_fills_the_line(qtbot, shop, jobs):
    editor = LineItemsEditor(shop.products, jobs, "CNY")
    qtbot.addWidget(editor)
    editor.show()
    editor.add_button.click()
    picker = editor.table.findChild(ProductPicker)
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker, "bgy")
    qtbot.waitUntil(lambda: picker.hits.rowCount() == 1)  # found on the database thread
    with qtbot.waitSignal(editor.sig_changed):
        picker.choose_row(0)
    assert editor.lines() == (LineInput(shop.chair.id, "1", "860", "0"),)
    assert editor.model.index(0, PRODUCT).data() == "CB-220  办公椅"
    assert editor.totals().total == Decimal("860.00")


def test_models_pass_the_model_tester(qtmodeltester, qtbot, shop, jobs):
    draft_order(shop)
    draft_order(shop, kind="quote")
    orders = OrderTableModel(shop.orders, jobs)
    qtbot.waitUntil(lambda: not orders.loading)
    qtmodeltester.check(orders, force_py=True)
    lines = LineItemsModel("CNY")
    lines.set_lines(draft_order(shop).lines)
    lines.add_line()
    qtmodeltester.check(lines, force_py=True)


def test_order_list_marks_provisional_numbers_and_filters(qtbot, shop, jobs):
    order = draft_order(shop)
    draft_order(shop, kind="quote")
    page = OrdersPage(shop, jobs)
    qtbot.addWidget(page)
    settle(qtbot, jobs)
    assert page.model.rowCount() == 2
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("order"))
    settle(qtbot, jobs)
    assert page.model.rowCount() == 1
    number = page.model.index(0, 0)
    assert number.data() == f"{order.number} (provisional)"
    assert number.data(Qt.ItemDataRole.FontRole).italic()
    assert page.model.index(0, 5).data() == "¥7,808.65"
    page.text_edit.setText("明达")
    settle(qtbot, jobs)
    assert page.model.rowCount() == 1
    page.text_edit.setText("nobody")
    settle(qtbot, jobs)
    assert page.model.rowCount() == 0


def test_new_order_through_the_page_and_dialog(qtbot, shop, jobs):
    def pick_account(picker):
        picker.edit.setText("明达")
        qtbot.waitUntil(lambda: picker.hits.count() == 1)  # found on the database thread
        when_modal(OrderDialog, fill)
        picker.accept()

    def fill(dialog):
        assert dialog.account_label.text() == "上海明达贸易有限公司"
        row = dialog.editor.model.add_line()
        dialog.editor.set_cell(row, PRODUCT, shop.watch)
        dialog.editor.set_cell(row, QUANTITY, "-1")
        with qtbot.waitSignal(dialog.sig_done) as done:
            dialog.save()
        assert done.args == [False]  # refused: the dialog stays open, nothing written
        assert dialog.editor.cell_problem(row, QUANTITY)
        assert shop.orders.count() == 0
        dialog.editor.set_cell(row, QUANTITY, "2")
        with qtbot.waitSignal(dialog.sig_done) as done:
            dialog.save()
        assert done.args == [True]
        assert "(provisional)" in dialog.title.text()
        dialog.accept()

    page = OrdersPage(shop, jobs)
    qtbot.addWidget(page)
    when_modal(AccountPickerDialog, pick_account)
    page.new_order_button.click()
    settle(qtbot, jobs)
    assert page.model.rowCount() == 1
    order = shop.orders.get(page.model.record_id(0))
    assert (order.kind, order.status, order.total) == ("order", "draft", Decimal("2599.00"))


def test_confirm_with_short_stock_lists_the_lines_and_reserves_nothing(qtbot, shop, jobs):
    order = draft_order(shop, chairs="5")
    dialog = OrderDialog(shop, jobs, order)
    qtbot.addWidget(dialog)
    seen = {}

    def read(box):
        seen["text"], seen["lines"] = box.text(), box.informativeText()
        box.accept()

    when_modal(QMessageBox, read)
    with qtbot.waitSignal(dialog.sig_done) as done:
        dialog.change_status("confirmed")
    assert done.args == [False]
    assert "Nothing was reserved" in seen["text"]
    assert seen["lines"] == "CB-220  办公椅: requested 5, available 2"
    assert shop.products.get(shop.watch.id).stock_reserved == 0
    assert shop.orders.get(order.id).status == "draft"


def test_confirm_reserves_and_cancel_releases(qtbot, shop, jobs):
    order = draft_order(shop, chairs="2")
    dialog = OrderDialog(shop, jobs, order)
    qtbot.addWidget(dialog)
    assert dialog.status_buttons["confirmed"].text() == "Confirm (reserve stock)"
    dialog.status_buttons["confirmed"].click()
    settle(qtbot, jobs)
    assert dialog.order.status == "confirmed"
    assert shop.products.get(shop.watch.id).available == Decimal("7")
    assert dialog.editor.is_read_only() and not dialog.save_button.isVisibleTo(dialog)
    asked = {}

    def answer(box):
        asked["text"] = box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(QMessageBox, answer)
    dialog.status_buttons["cancelled"].click()
    settle(qtbot, jobs)
    assert "released" in asked["text"]
    assert dialog.order.status == "cancelled"
    assert shop.products.get(shop.watch.id).available == Decimal("10")


def test_quote_converts_to_an_order_in_the_same_dialog(qtbot, shop, jobs):
    quote = draft_order(shop, kind="quote")
    dialog = OrderDialog(shop, jobs, quote)
    qtbot.addWidget(dialog)
    assert dialog.convert_button.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.sig_done) as done:
        dialog.convert()
    assert done.args == [True]
    assert dialog.order.kind == "order" and dialog.order.status == "draft"
    assert shop.orders.get(quote.id).status == "accepted"
    assert len(dialog.order.lines) == 2


def test_pdf_is_written_with_chinese_text(qtbot, shop, jobs, tmp_path):
    dialog = OrderDialog(shop, jobs, draft_order(shop), company_name="示例公司")
    qtbot.addWidget(dialog)
    path = dialog.print_pdf(str(tmp_path / "order.pdf"))
    data = (tmp_path / "order.pdf").read_bytes()
    assert path and data.startswith(b"%PDF")
    text = pdf_characters(tmp_path / "order.pdf")
    # Some glyphs map back to a look-alike (示 to the radical ⽰), a Qt limit; these map exactly.
    for char in "上海明达贸易有限公司办公椅" + "SO-0123456789.":
        assert char in text
    assert b"CJK" in data  # a font with Chinese glyphs is embedded
