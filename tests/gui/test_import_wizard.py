"""Importing a spreadsheet through the wizard in the real window, then undoing it."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from crm_desktop.domain.exchange.imports import DuplicatePolicy
from crm_desktop.gui.exchange.import_wizard import ImportWizard
from tests.gui.conftest import settle, type_text, when_modal

PEOPLE = [("张伟", "13800138000", "恒通贸易"), ("李娜", "13912345678", "华辰科技"),
          ("王芳", "13700001111", "华辰科技")]


@pytest.fixture
def workbook(tmp_path):
    """A rep's list as it comes from an exhibition: a title row, Chinese headers, a bad row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "客户名单"
    ws.append(["2024 广交会客户名单"])
    ws.append(["姓名", "手机", "公司"])
    for row in PEOPLE:
        ws.append(list(row))
    ws.append(["赵磊", "12345", "恒通贸易"])  # not a phone number: imported, the number kept for review
    ws.append(["", "12345", ""])  # nothing that names anyone: a refused row
    hidden = wb.create_sheet("备用")
    hidden.sheet_state = "hidden"
    hidden.append(["x"])
    path = tmp_path / "展会客户.xlsx"
    wb.save(path)
    return path


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_page(qtbot, wizard, expected: int) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.currentId() == expected, timeout=10000)


def names(crm) -> list[str]:
    from crm_desktop.domain.customers.entities import ListFilter, ListSort

    total = crm.customers.count("contact", ListFilter())
    return sorted(row[1] for row in crm.customers.page("contact", ListFilter(), ListSort(), 0, 100, total))


def test_import_walks_every_page_and_undo_removes_the_contacts(qtbot, window, crm, workbook):
    assert window.page("customers").model.rowCount() == 0
    wizard = window.commands("exchange").open_import_wizard()
    assert wizard.file_page.form.contactsRadio.isChecked()  # the list shows contacts
    type_text(qtbot, wizard.file_page.form.pathEdit, str(workbook))
    next_page(qtbot, wizard, ImportWizard.PAGE_SHEET)

    sheet = wizard.sheet_page.form
    assert [sheet.sheetCombo.itemText(i) for i in range(sheet.sheetCombo.count())] == [
        "客户名单 (5 rows)", "备用 (hidden)"]
    assert not wizard.sheet_page.sheet_note.isVisibleTo(wizard)  # the first sheet holds the table
    assert not wizard.sheet_page.encoding_chooser.isVisibleTo(wizard)
    assert sheet.headerRowSpin.value() == 2  # the title row above the headers was recognised
    assert wizard.sheet_page.model.header_row == 1
    next_page(qtbot, wizard, ImportWizard.PAGE_MAPPING)

    mapping = wizard.mapping_page
    assert [mapping.model.index(r, 0).data() for r in range(3)] == ["姓名", "手机", "公司"]
    assert [mapping.combo(r).currentText() for r in range(3)] == ["Name", "Mobile", "Company"]
    assert not mapping.form.savedNote.isVisibleTo(wizard)
    next_page(qtbot, wizard, ImportWizard.PAGE_POLICY)

    wizard.policy_page.form.updateRadio.setChecked(True)
    next_page(qtbot, wizard, ImportWizard.PAGE_PREVIEW)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.result is not None, timeout=10000)
    assert (preview.result.created, preview.result.errors, preview.result.warnings) == (4, 1, 1)
    assert "New: <b>4</b>" in preview.form.countsLabel.text()
    assert "Errors: <b>1</b>" in preview.form.countsLabel.text()
    assert "Values kept for review: <b>1</b>" in preview.form.countsLabel.text()
    assert preview.model.rowCount() == 5
    rows = {preview.model.index(r, 0).data(): preview.model.index(r, 1).data() for r in range(5)}
    assert rows == {"3": "New", "4": "New", "5": "New", "6": "New", "7": "Error"}
    reasons = {preview.model.index(r, 0).data(): preview.model.index(r, 2).data() for r in range(5)}
    assert reasons["6"] == "Kept for review: Mobile: This is not a valid phone number."
    assert wizard.policy is DuplicatePolicy.UPDATE
    assert crm.is_empty()  # a dry run writes nothing

    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "&Import"
    click(qtbot, commit)
    result = wizard.result_page
    qtbot.waitUntil(lambda: result.result is not None, timeout=10000)
    assert names(crm) == sorted([p[0] for p in PEOPLE] + ["赵磊"])
    settle(qtbot, window.jobs)
    assert window.page("customers").model.rowCount() == 4
    assert window.page("customers").count_label.text().startswith("4 ")
    assert "Unchanged: <b>0</b>" in result.form.countsLabel.text()
    assert "Refused: <b>1</b>" in result.form.countsLabel.text()
    assert result.details.warnings_label.text().startswith("1 value kept for review")
    assert result.details.review_button.isVisibleTo(wizard)
    assert result.details.report_label.text().endswith(str(result.result.error_report))
    assert result.form.undoButton.isVisibleTo(wizard)
    assert result.form.errorReportButton.isVisibleTo(wizard)
    assert result.form.errorReportButton.text() == "Open the &report"

    when_modal(QMessageBox, lambda box: next(b for b in box.buttons() if b.text() == "Undo import").click())
    click(qtbot, result.form.undoButton)
    qtbot.waitUntil(lambda: result.form.statusLabel.text() == "The import was undone.", timeout=10000)
    assert names(crm) == []
    settle(qtbot, window.jobs)
    assert window.page("customers").model.rowCount() == 0
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_menu_shortcuts_and_the_accounts_list_preselects_accounts(qtbot, window):
    assert window.commands("exchange").import_action.shortcut().toString() == "Ctrl+I"
    assert window.commands("exchange").export_action.shortcut().toString() == "Ctrl+E"
    window.page("customers").tabs.setCurrentIndex(1)
    wizard = window.commands("exchange").open_import_wizard()
    assert wizard.file_page.form.accountsRadio.isChecked()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no file chosen yet
    wizard.reject()


def test_a_file_that_is_not_a_table_stays_on_the_first_page(qtbot, window, tmp_path):
    bad = tmp_path / "photo.xlsx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    wizard = window.commands("exchange").open_import_wizard()
    qtbot.keyClicks(wizard.file_page.form.pathEdit, str(bad))
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    message = wizard.file_page.form.messageLabel
    qtbot.waitUntil(lambda: "not a spreadsheet" in message.text(), timeout=10000)
    assert message.text() == "This file is not a spreadsheet, a CSV file or a vCard file."
    assert wizard.currentId() == ImportWizard.PAGE_FILE


def test_missing_file_is_reported_in_chinese(qtbot, crm, prefs, qapp, tmp_path):
    from crm_desktop.gui.shell.main_window import MainWindow
    from crm_desktop.gui.shell.translation import install_translators

    try:
        install_translators(qapp, "zh_CN")
        window = MainWindow(crm, prefs)
        qtbot.addWidget(window)
        bad = tmp_path / "photo.xlsx"
        bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
        wizard = window.commands("exchange").open_import_wizard()
        qtbot.keyClicks(wizard.file_page.form.pathEdit, str(bad))
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        message = wizard.file_page.form.messageLabel
        qtbot.waitUntil(lambda: message.isVisibleTo(wizard) and message.text() != "正在读取文件…", timeout=10000)
        assert message.text() == "这个文件不是电子表格、CSV 文件或 vCard 文件。"
        assert wizard.currentId() == ImportWizard.PAGE_FILE
        wizard.reject()
        window.shutdown_background()
    finally:
        install_translators(qapp, "en")


def test_mapping_without_a_name_column_is_refused(qtbot, window, workbook):
    wizard = window.commands("exchange").open_import_wizard(workbook)
    next_page(qtbot, wizard, ImportWizard.PAGE_SHEET)
    next_page(qtbot, wizard, ImportWizard.PAGE_MAPPING)
    mapping = wizard.mapping_page
    mapping.combo(0).setCurrentIndex(0)  # "Keep as custom field"
    assert wizard.mapping[0] is None
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    assert mapping.form.messageLabel.text().startswith("Choose which column holds the name")
    mapping.combo(0).setCurrentIndex(mapping.combo(0).findData("name"))
    next_page(qtbot, wizard, ImportWizard.PAGE_POLICY)


def walk_to_preview(qtbot, wizard) -> None:
    for page in (ImportWizard.PAGE_SHEET, ImportWizard.PAGE_MAPPING, ImportWizard.PAGE_POLICY,
                 ImportWizard.PAGE_PREVIEW):
        next_page(qtbot, wizard, page)


def hold_db_thread(window):
    """Keep the database thread busy until the returned event is set (so a cancel lands first)."""
    import threading

    release = threading.Event()
    window.jobs.run_db(release.wait)
    return release


def test_cancelled_import_changes_nothing(qtbot, window, crm, workbook):
    wizard = window.commands("exchange").open_import_wizard(workbook)
    walk_to_preview(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.preview_page.result is not None, timeout=10000)
    release = hold_db_thread(window)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    page = wizard.result_page
    assert page.form.cancelButton.isVisibleTo(wizard)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    click(qtbot, page.form.cancelButton)
    release.set()
    qtbot.waitUntil(lambda: not page.busy(), timeout=10000)
    assert page.form.statusLabel.text() == "Import cancelled; nothing was changed."
    assert not page.form.undoButton.isVisibleTo(wizard)
    assert crm.is_empty()
    assert crm.imports.batches() == []


def test_cancelled_check_can_be_run_again(qtbot, window, workbook):
    wizard = window.commands("exchange").open_import_wizard(workbook)
    for page in (ImportWizard.PAGE_SHEET, ImportWizard.PAGE_MAPPING, ImportWizard.PAGE_POLICY):
        next_page(qtbot, wizard, page)
    release = hold_db_thread(window)
    next_page(qtbot, wizard, ImportWizard.PAGE_PREVIEW)
    preview = wizard.preview_page
    click(qtbot, preview.form.cancelButton)
    release.set()
    qtbot.waitUntil(lambda: preview.form.retryButton.isVisibleTo(wizard), timeout=10000)
    assert preview.form.statusLabel.text() == "The check was cancelled."
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    click(qtbot, preview.form.retryButton)
    qtbot.waitUntil(lambda: preview.result is not None, timeout=10000)
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_history_undo_keeps_a_contact_edited_after_the_import(qtbot, window, crm, workbook):
    from dataclasses import asdict

    from crm_desktop.domain.customers.entities import ContactInput, ListFilter, ListSort
    from crm_desktop.domain.exchange.imports import ImportOptions

    result = crm.imports.run(workbook, ImportOptions())
    rows = crm.customers.page("contact", ListFilter(), ListSort(), 0, 10, 3)
    edited = crm.customers.get_contact(next(r[0] for r in rows if r[1] == "李娜"))
    fields = {k: v for k, v in asdict(edited).items() if k in ContactInput.__dataclass_fields__}
    crm.customers.update_contact(edited.id, ContactInput(**{**fields, "title": "采购总监"}))
    window.refresh()

    dialog = window.commands("exchange").open_import_history()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
    assert dialog.model.index(0, 1).data() == workbook.name
    assert dialog.model.index(0, 3).data() == "4"
    asked = {}

    def keep_later_edits(box):
        asked["text"] = box.informativeText()
        next(b for b in box.buttons() if b.text() == "Undo, keep later changes").click()

    when_modal(QMessageBox, keep_later_edits)
    click(qtbot, dialog.form.undoButton)
    qtbot.waitUntil(lambda: dialog.model.batches and dialog.model.batches[0].undone_at is not None, timeout=10000)
    assert "李娜: Title" in asked["text"]
    assert names(crm) == ["李娜"]
    assert window.page("customers").model.rowCount() == 1
    assert not dialog.form.undoButton.isEnabled()
    assert result.batch_id == dialog.model.batches[0].id


def test_closing_the_wizard_during_the_import_cancels_it_first(qtbot, window, crm, workbook):
    wizard = window.commands("exchange").open_import_wizard(workbook)
    walk_to_preview(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.preview_page.result is not None, timeout=10000)
    release = hold_db_thread(window)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible()  # waits for the import to stop
    with qtbot.waitSignal(wizard.finished, timeout=10000):
        release.set()
    assert crm.is_empty()
    assert crm.imports.batches() == []


def test_choosing_another_header_row_or_sheet_reads_the_file_again(qtbot, window, workbook):
    wizard = window.commands("exchange").open_import_wizard(workbook)
    next_page(qtbot, wizard, ImportWizard.PAGE_SHEET)
    page = wizard.sheet_page
    page.form.headerRowSpin.setValue(1)
    qtbot.waitUntil(lambda: wizard.overview.header_row == 0 and not page.busy(), timeout=10000)
    assert page.model.header_row == 0
    assert wizard.overview.columns[0] == "2024 广交会客户名单"
    page.form.headerRowSpin.setValue(2)
    next_page(qtbot, wizard, ImportWizard.PAGE_MAPPING)  # Next waits for the pending read
    assert wizard.overview.header_row == 1
    assert wizard.mapping_page.combo(0).currentText() == "Name"
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    page.form.sheetCombo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: wizard.overview.sheet == "备用" and not page.busy(), timeout=10000)
    assert page.model.rowCount() == 1
