"""A rep's workflow in the real window: create, find by pinyin initials, delete, undo."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from crm_desktop.gui.customers.record_dialogs import AccountEditDialog, ContactEditDialog
from tests.gui.conftest import settle, type_text, when_modal


def fill_contact(qtbot, dialog, name, mobile="", email=""):
    type_text(qtbot, dialog.form.nameEdit, name)
    type_text(qtbot, dialog.form.mobileEdit, mobile)
    type_text(qtbot, dialog.form.emailEdit, email)


def click_save(qtbot, dialog):
    qtbot.mouseClick(dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def search(qtbot, window, text):
    window.commands("customers").search_box.clear()
    with qtbot.waitSignal(window.commands("customers").search_box.sig_results_shown, timeout=5000):
        qtbot.keyClicks(window.commands("customers").search_box, text)
    return [h.name for h in window.commands("customers").search_box.current_hits()]


def test_create_find_by_initials_delete_and_undo(qtbot, window, crm):
    def fill(dialog):
        fill_contact(qtbot, dialog, "张伟", "138 0013 8000", "zhangwei@example.com")
        click_save(qtbot, dialog)

    when_modal(ContactEditDialog, fill)
    window.commands("customers").new_contact_action.trigger()
    settle(qtbot, window.jobs)
    assert window.page("customers").model.rowCount() == 1
    assert window.page("customers").detail.title.text() == "张伟"

    window.commands("customers").search_box.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert search(qtbot, window, "zw") == ["张伟"]
    qtbot.keyClick(window.commands("customers").search_box, Qt.Key.Key_Return)
    settle(qtbot, window.jobs)
    assert window.page("customers").detail.record.name == "张伟"
    assert not window.commands("customers").search_box.results.isVisible()

    window.commands("customers").delete_action.trigger()
    settle(qtbot, window.jobs)
    assert window.page("customers").model.rowCount() == 0
    assert search(qtbot, window, "zw") == []
    window.undo_action.trigger()
    settle(qtbot, window.jobs)
    assert window.page("customers").model.rowCount() == 1
    assert search(qtbot, window, "zw") == ["张伟"]
    window.redo_action.trigger()
    settle(qtbot, window.jobs)
    assert window.page("customers").model.rowCount() == 0


def test_invalid_email_is_shown_inline_and_nothing_is_saved(qtbot, window, crm):
    seen = {}

    def fill(dialog):
        fill_contact(qtbot, dialog, "李娜", "13912345678", "lina@")
        click_save(qtbot, dialog)
        qtbot.waitUntil(lambda: not dialog.saving)  # the controller's answer
        seen["visible"] = dialog.form.emailError.isVisible()
        seen["text"] = dialog.form.emailError.text()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    when_modal(ContactEditDialog, fill)
    window.commands("customers").new_contact_action.trigger()
    settle(qtbot, window.jobs)
    assert seen == {"visible": True, "text": "This is not a valid e-mail address.", "open": True}
    assert window.page("customers").model.rowCount() == 0
    assert crm.is_empty()


def test_duplicate_is_shown_before_saving(qtbot, window, crm):
    from crm_desktop.domain.customers.entities import ContactInput
    from crm_desktop.gui.customers.duplicates_dialog import DuplicatesDialog

    existing = crm.customers.create_contact(ContactInput(name="王芳", mobile="13700001111"))
    window.page("customers").refresh()
    settle(qtbot, window.jobs)
    offered = {}

    def choose_open(dialog):
        offered["rows"] = dialog.list.count()
        dialog.open_button.click()

    def fill(dialog):
        when_modal(DuplicatesDialog, choose_open)
        fill_contact(qtbot, dialog, "王 芳", "+86 137-0000-1111")
        click_save(qtbot, dialog)

    when_modal(ContactEditDialog, fill)
    window.commands("customers").new_contact_action.trigger()
    settle(qtbot, window.jobs)
    assert offered == {"rows": 1}
    assert window.page("customers").model.rowCount() == 1  # nothing new saved
    assert window.page("customers").detail.record.id == existing.id  # the existing one is open


def test_edit_account_and_undo_restores_old_values(qtbot, window, crm):
    from crm_desktop.domain.customers.entities import AccountInput

    account = crm.customers.create_account(AccountInput(name="恒通贸易", city="上海市"))
    window.open_record("account", account.id)
    settle(qtbot, window.jobs)

    def rename(dialog):
        dialog.form.nameEdit.clear()
        type_text(qtbot, dialog.form.nameEdit, "恒通国际贸易")
        click_save(qtbot, dialog)

    when_modal(AccountEditDialog, rename)
    window.commands("customers").edit_action.trigger()
    settle(qtbot, window.jobs)
    assert crm.customers.get_account(account.id).name == "恒通国际贸易"
    window.undo_action.trigger()
    settle(qtbot, window.jobs)
    assert crm.customers.get_account(account.id).name == "恒通贸易"


def test_quick_log_updates_timeline_and_agenda(qtbot, window, crm):
    from crm_desktop.domain.customers.entities import ContactInput

    contact = crm.customers.create_contact(ContactInput(name="周强"))
    window.open_record("contact", contact.id)
    settle(qtbot, window.jobs)
    detail = window.page("customers").detail
    type_text(qtbot, detail.quick_subject, "电话回访，确认报价")
    detail.quick_followup.setChecked(True)
    detail.quick_date.setDate(detail.quick_date.date().currentDate())
    qtbot.keyClick(detail.quick_subject, Qt.Key.Key_Return)
    settle(qtbot, window.jobs)
    assert detail.timeline_model.rowCount() == 1
    assert "电话回访，确认报价" in detail.timeline_model.text(detail.timeline_model.item(0))
    window.nav.setCurrentRow(1)
    settle(qtbot, window.jobs)
    assert [i.name for i in window.page("agenda").model._items] == ["周强"]


def test_first_run_offers_demo_data_and_loads_it(qtbot, window, crm, prefs):
    from crm_desktop import settings as declared

    prefs.set(declared.DEMO_SIZE, 200)
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.offer_demo_data()
    qtbot.waitUntil(lambda: window.page("customers").model.rowCount() == 200, timeout=20000)
    assert not crm.is_empty()


def test_contact_dialog_saves_the_company_picked_among_equal_names(qtbot, crm, jobs):
    from crm_desktop.domain.customers.entities import AccountInput

    crm.customers.create_account(AccountInput(name="Acme", city="Shanghai"))
    second = crm.customers.create_account(AccountInput(name="Acme", city="Beijing"))
    dialog = ContactEditDialog(crm.customers, jobs, search=crm.search.search)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.form.nameEdit, "Tom Lee")
    combo = dialog.form.accountCombo
    combo.addItem("Acme", "first-unused")
    combo.addItem("Acme", second.id)
    combo.setCurrentIndex(2)
    settle(qtbot, jobs)  # the search the typing started
    click_save(qtbot, dialog)
    settle(qtbot, jobs)
    assert dialog.saved.account_id == second.id


def test_contact_dialog_refuses_a_company_that_is_not_in_the_list(qtbot, crm, jobs):
    dialog = ContactEditDialog(crm.customers, jobs, search=crm.search.search)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.form.nameEdit, "Tom Lee")
    type_text(qtbot, dialog.form.accountCombo.lineEdit(), "No Such Company")
    settle(qtbot, jobs)  # the search the typing started
    click_save(qtbot, dialog)
    settle(qtbot, jobs)
    assert dialog.saved is None
    assert not dialog.form.accountError.isHidden()
    assert dialog.form.accountError.text() == ("No company is called “No Such Company”. Pick one from the list, "
                                               "or create it.")
    assert crm.is_empty()


def test_undo_step_that_fails_is_dropped_and_reported(qtbot, jobs):
    from PySide6.QtGui import QUndoStack

    from crm_desktop.gui.common.undo_commands import ControllerCommand, push

    stack, reported, refreshed = QUndoStack(), [], []

    def fails():
        raise LookupError("record merged away")

    push(stack, jobs, ControllerCommand("Delete 许文", lambda: None, fails, lambda: refreshed.append(1),
                                        on_error=lambda step, error: reported.append((step, str(error)))))
    assert stack.count() == 1
    stack.undo()
    settle(qtbot, jobs)
    assert reported == [("Delete 许文", "record merged away")]
    assert refreshed == [1]
    assert stack.count() == 0  # obsolete: gone, so undo history and data agree


def test_the_delete_key_on_another_page_leaves_the_open_customer_alone(qtbot, window, crm):
    def fill(dialog):
        fill_contact(qtbot, dialog, "李娜", "139 1234 5678")
        click_save(qtbot, dialog)

    when_modal(ContactEditDialog, fill)
    window.commands("customers").new_contact_action.trigger()
    settle(qtbot, window.jobs)
    assert window.page("customers").detail.record.name == "李娜"
    window.show_page("agenda")
    window.commands("customers").delete_action.trigger()
    settle(qtbot, window.jobs)
    window.show_page("customers")
    settle(qtbot, window.jobs)
    assert window.page("customers").model.rowCount() == 1
    assert window.page("customers").detail.record.name == "李娜"
