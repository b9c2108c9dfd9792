"""Exporting the list as the user sees it, or every record, from the real window."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from python_calamine import CalamineWorkbook

from crm_desktop.domain.customers.entities import AccountInput, ContactInput
from crm_desktop.gui.exchange.export_dialog import ExportDialog
from tests.gui.conftest import when_modal


@pytest.fixture
def territory(crm):
    hengtong = crm.customers.create_account(AccountInput(name="恒通贸易", city="上海市", status="customer"))
    huachen = crm.customers.create_account(AccountInput(name="华辰科技", city="深圳市", status="prospect"))
    crm.customers.create_contact(ContactInput(name="张伟", account_id=hengtong.id, title="采购经理",
                                              mobile="13800138000", email="zhangwei@example.com"))
    crm.customers.create_contact(ContactInput(name="李娜", account_id=huachen.id, mobile="13912345678"))
    crm.customers.create_contact(ContactInput(name="Tom Lee", email="tom@example.com"))
    return crm


def sheet_rows(path) -> list[list]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def export(qtbot, window, path, fmt_index=0, all_fields=False) -> ExportDialog:
    dialog = window.commands("exchange").open_export_dialog()
    dialog.form.formatCombo.setCurrentIndex(fmt_index)
    dialog.form.recordsRadio.setChecked(all_fields)
    dialog.form.pathEdit.setText(str(path))
    qtbot.mouseClick(dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return dialog


def test_current_list_is_exported_with_its_visible_columns_in_order(qtbot, window, territory, tmp_path):
    window.page("customers").refresh()
    table = window.page("customers").table
    titles = [c.title for c in window.page("customers").model.columns]
    table.setColumnHidden(titles.index("Owner"), True)
    table.setColumnHidden(titles.index("Next follow-up"), True)
    table.sortByColumn(titles.index("Name"), Qt.SortOrder.DescendingOrder)
    target = tmp_path / "list.xlsx"
    dialog = export(qtbot, window, target)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=10000)
    rows = sheet_rows(target)
    assert rows[0] == ["Name", "Company", "Title", "Mobile", "E-mail", "City", "Last activity"]
    model = window.page("customers").model
    assert [r[0] for r in rows[1:]] == [model.index(r, 0).data() for r in range(3)]  # the list's order
    assert ["张伟", "恒通贸易", "采购经理", "138 0013 8000", "zhangwei@example.com"] in [r[:5] for r in rows]
    message = window.statusBar().currentMessage()
    assert message.startswith("Exported 3 record") and message.endswith(f" to {target}")


def test_account_statuses_are_exported_as_their_labels(qtbot, window, territory, tmp_path):
    window.page("customers").tabs.setCurrentIndex(1)
    dialog = window.commands("exchange").open_export_dialog()
    formats = [dialog.form.formatCombo.itemText(i) for i in range(dialog.form.formatCombo.count())]
    assert not any("vCard" in f for f in formats)  # vCards hold people only
    dialog.reject()
    target = tmp_path / "accounts.xlsx"
    dialog = export(qtbot, window, target)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=10000)
    rows = sheet_rows(target)
    status = rows[0].index("Status")
    assert sorted(r[status] for r in rows[1:]) == ["Customer", "Prospect"]


def test_all_fields_export_reads_back_into_an_import(qtbot, window, territory, tmp_path):
    target = tmp_path / "all.csv"
    dialog = export(qtbot, window, target, fmt_index=1, all_fields=True)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=10000)
    with open(target, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["Name", "Company", "Title"]
    assert len(rows) == 4
    overview = territory.imports.inspect(target)
    assert overview.mapping[:3] == ["name", "company", "title"]


def test_gbk_that_cannot_store_a_name_says_why_and_stays_open(qtbot, window, crm, tmp_path):
    crm.customers.create_contact(ContactInput(name="김민준"))  # Hangul is not in GBK
    window.page("customers").refresh()
    shown = {}

    def read(box):
        shown["text"] = box.text()
        box.accept()

    when_modal(QMessageBox, read)
    dialog = export(qtbot, window, tmp_path / "gbk.csv", fmt_index=2)
    qtbot.waitUntil(lambda: "text" in shown, timeout=10000)
    assert "GBK cannot store the character" in shown["text"]
    assert dialog.isVisible() and dialog.exported is None
    assert not (tmp_path / "gbk.csv").exists()


def test_suffix_follows_the_format(qtbot, window):
    dialog = window.commands("exchange").open_export_dialog()
    dialog.form.pathEdit.setText("/tmp/out/contacts.xlsx")
    dialog.form.formatCombo.setCurrentIndex(3)
    assert dialog.form.pathEdit.text() == "/tmp/out/contacts.vcf"
    dialog.form.formatCombo.setCurrentIndex(1)
    assert dialog.form.pathEdit.text() == "/tmp/out/contacts.csv"
    dialog.reject()
