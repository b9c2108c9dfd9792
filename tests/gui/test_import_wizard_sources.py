"""The import wizard on real exports: the sheets with their row counts, a first sheet without a table
passed over, an encoding detection is unsure of picked by its preview, and the result page's way to
the records kept for review."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from crm_desktop.gui.exchange.import_wizard import ImportWizard
from tests.gui.conftest import settle
from tests.gui.test_import_wizard import click, names, next_page, walk_to_preview


def pick(qtbot, radio) -> None:
    """Click a radio button on its indicator (its middle may lie past the end of its text)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


@pytest.fixture
def export(tmp_path):
    """A CRM export: a notes sheet first, the contacts on the second, an owner nobody knows, a footer."""
    wb = Workbook()
    notes = wb.active
    notes.title = "说明"
    notes.append(["本文件由 CRM 系统导出"])
    data = wb.create_sheet("联系人")
    data.append(["姓名", "手机", "公司", "负责人", "QQ"])
    data.append(["张伟", "13800138000", "恒通贸易", "王经理", "10001"])
    data.append(["赵磊", "12345", "恒通贸易", "", ""])
    data.append(["李娜", "13912345678", "华辰科技", "", "10002"])
    data.append(["制表人：张三"])
    path = tmp_path / "CRM导出.xlsx"
    wb.save(path)
    return path


@pytest.fixture
def unsure_csv(tmp_path):
    """GBK without a BOM, so short that it reads as Big5 too: detection is unsure of it."""
    path = tmp_path / "exhibition.csv"
    path.write_bytes("Name,Mobile\n凡,13800138000\n萍,13912345678\n".encode("gb18030"))
    return path


def test_the_sheets_show_their_rows_and_why_the_second_was_taken(qtbot, window, export):
    wizard = window.commands("exchange").open_import_wizard(export)
    next_page(qtbot, wizard, ImportWizard.PAGE_SHEET)
    page = wizard.sheet_page
    combo = page.form.sheetCombo
    assert combo.currentData() == "联系人"
    assert combo.currentText() == "联系人 (4 rows)"  # the footer line is still a row of the sheet here
    assert combo.itemText(0).startswith("说明 (")
    assert page.sheet_note.isVisibleTo(wizard)
    assert page.sheet_note.text() == "The first sheet holds no table; using “联系人” (4 rows)."
    combo.setCurrentIndex(0)  # the user's own choice needs no explaining
    qtbot.waitUntil(lambda: wizard.overview.sheet == "说明" and not page.busy(), timeout=10000)
    assert not page.sheet_note.isVisibleTo(wizard)
    wizard.reject()


def test_an_unsure_encoding_is_picked_from_its_previews(qtbot, window, crm, unsure_csv):
    from crm_desktop.interchange.encodings import encoding_choices

    choices = encoding_choices(unsure_csv)
    assert not choices[0].sure and [c.encoding for c in choices[:2]] == ["gb18030", "cp950"]

    wizard = window.commands("exchange").open_import_wizard(unsure_csv)
    next_page(qtbot, wizard, ImportWizard.PAGE_SHEET)
    page = wizard.sheet_page
    chooser = page.encoding_chooser
    qtbot.waitUntil(lambda: bool(wizard.encoding_previews) and not page.busy(), timeout=10000)
    assert chooser.isVisibleTo(wizard)
    assert list(chooser.radios) == ["gb18030", "cp950"]
    assert chooser.radios["gb18030"].isChecked()
    assert chooser.radios["gb18030"].text() == "GBK / GB18030 (Simplified Chinese)"
    assert chooser.previews["gb18030"].text() == "凡 · 13800138000\n萍 · 13912345678"
    assert chooser.previews["cp950"].text().startswith("歇 · 13800138000")

    pick(qtbot, chooser.radios["cp950"])
    qtbot.waitUntil(lambda: wizard.encoding == "cp950" and not page.busy(), timeout=10000)
    assert wizard.overview.top_rows[1][0] == "歇"
    assert wizard.options(dry_run=True).encoding == "cp950"
    assert chooser.isVisibleTo(wizard) and chooser.radios["cp950"].isChecked()  # still offered

    pick(qtbot, chooser.radios["gb18030"])
    qtbot.waitUntil(lambda: wizard.encoding == "gb18030" and not page.busy(), timeout=10000)
    assert page.model.index(1, 0).data() == "凡"
    for page_id in (ImportWizard.PAGE_MAPPING, ImportWizard.PAGE_POLICY, ImportWizard.PAGE_PREVIEW):
        next_page(qtbot, wizard, page_id)
    qtbot.waitUntil(lambda: wizard.preview_page.result is not None, timeout=10000)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.result_page.result is not None, timeout=10000)
    assert names(crm) == ["凡", "萍"]


def test_a_file_detection_is_sure_of_asks_nothing(qtbot, window, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Name,Mobile\n张伟,13800138000\n", encoding="utf-8")
    wizard = window.commands("exchange").open_import_wizard(path)
    next_page(qtbot, wizard, ImportWizard.PAGE_SHEET)
    assert wizard.encoding_alternatives == []
    assert not wizard.sheet_page.encoding_chooser.isVisibleTo(wizard)
    assert wizard.sheet_page.form.sheetCombo.currentText() == "people (1 row)"
    wizard.reject()


def test_the_result_page_leads_to_the_records_kept_for_review(qtbot, window, crm, export):
    wizard = window.commands("exchange").open_import_wizard(export)
    walk_to_preview(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.preview_page.result is not None, timeout=10000)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    page = wizard.result_page
    qtbot.waitUntil(lambda: page.result is not None, timeout=10000)
    details = page.details
    assert page.result.sheet == "联系人"
    assert details.warnings_label.text() == ("1 value kept for review: it could not be read and was kept "
                                             "as written.")
    assert details.skipped_label.text() == "1 line skipped: it holds no record.\n• Report footer: row 5"
    assert details.owners_label.text() == "Owners not found among the users, kept as text on the records: 王经理"
    assert details.report_label.isVisibleTo(wizard)

    with qtbot.waitSignal(wizard.finished, timeout=5000):
        click(qtbot, details.review_button)
    settle(qtbot, window.jobs)
    customers = window.page("customers")
    assert customers.review_filter.isChecked()
    assert customers.entity() == "contact"
    assert [customers.model.index(r, 0).data() for r in range(customers.model.rowCount())] == ["赵磊"]
    detail = customers.detail
    assert detail.record.name == "赵磊"
    assert detail.tabs.currentWidget() is detail.review
    assert detail.review.table.item(0, 1).text() == "12345"
    assert detail.review.table.item(0, 3).text() == "CRM导出.xlsx · 联系人 · row 3"

    customers.clear_filters()
    settle(qtbot, window.jobs)
    row = next(r for r in range(customers.model.rowCount()) if customers.model.index(r, 0).data() == "张伟")
    customers.open_record("contact", customers.model.record_id(row))
    settle(qtbot, window.jobs)
    fields = {detail.custom_fields.item(r, 0).text(): detail.custom_fields.item(r, 1).text()
              for r in range(detail.custom_fields.rowCount())}
    assert fields == {"QQ": "10001", "负责人": "王经理"}
