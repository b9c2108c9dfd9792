"""The customer screen as a rep sees it: the list's room beside a detail pane that folds, a record opened from
search selected in the list, an account's people, the contact form's errors all at once with "create this
company", the quick log's error, overdue follow-ups."""

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from crm_desktop.domain.customers.entities import AccountInput, ContactInput, ListFilter, ListSort
from crm_desktop.gui.customers.list_layout import DETAIL_WIDTH
from crm_desktop.gui.customers.page import CustomersPage
from crm_desktop.gui.customers.record_dialogs import ContactEditDialog
from crm_desktop.gui.customers.table_model import OVERDUE_ON_DARK, OVERDUE_ON_LIGHT, CustomerTableModel
from tests.gui.conftest import settle, type_text

# The customers page in a 1440x860 window: the window less the navigation and margins.
PAGE_WIDTH, PAGE_HEIGHT = 1260, 780


def shown_page(qtbot, crm, jobs) -> CustomersPage:
    page = CustomersPage(crm, jobs)
    qtbot.addWidget(page)
    page.resize(PAGE_WIDTH, PAGE_HEIGHT)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, jobs)
    return page


def selected_rows(page) -> list[int]:
    return [i.row() for i in page.table.selectionModel().selectedRows()]


def test_the_details_fold_away_while_nothing_is_shown_and_keep_their_width(qtbot, demo_crm, jobs, tmp_path):
    page = shown_page(qtbot, demo_crm, jobs)
    splitter = page.splitter
    assert splitter.sizes()[1] == 0 and not page.details_button.isEnabled()  # the list has the whole page
    page.select_first_row()
    settle(qtbot, jobs)
    assert page.detail.record is not None
    assert splitter.sizes()[1] == DETAIL_WIDTH and page.details_button.isChecked()
    page.details_button.click()  # the rep folds them: they stay folded from row to row
    assert splitter.sizes()[1] == 0
    page.table.selectRow(3)
    settle(qtbot, jobs)
    assert splitter.sizes()[1] == 0 and page.detail.record is not None
    page.details_button.click()
    assert splitter.sizes()[1] == DETAIL_WIDTH
    splitter.moveSplitter(PAGE_WIDTH - 700, 1)  # dragged wider
    assert splitter.detail_width == splitter.sizes()[1] > DETAIL_WIDTH
    wider = splitter.detail_width
    page.clear_filters()  # the list changes: nothing is shown, the details fold
    settle(qtbot, jobs)
    assert splitter.sizes()[1] == 0
    page.select_first_row()
    settle(qtbot, jobs)
    assert splitter.sizes()[1] == wider
    settings = QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)
    splitter.save(settings)

    again = shown_page(qtbot, demo_crm, jobs)  # the next start
    again.splitter.restore(settings)
    again.select_first_row()
    settle(qtbot, jobs)
    assert again.splitter.sizes()[1] == wider
    again.details_button.click()
    again.open_record("contact", again.model.record_id(5))  # asked for by name (search, a link): shown
    settle(qtbot, jobs)
    assert again.splitter.sizes()[1] == wider and again.details_button.isChecked()


@pytest.mark.parametrize("entity", ["contact", "account"])
def test_names_and_companies_are_not_cut_beside_the_details(qtbot, demo_crm, jobs, entity):
    page = shown_page(qtbot, demo_crm, jobs)
    if entity == "account":
        page.tabs.setCurrentIndex(1)
        settle(qtbot, jobs)
    page.select_first_row()
    settle(qtbot, jobs)
    assert page.splitter.sizes()[1] > 0
    titles = [c.title for c in page.model.columns]
    metrics, viewport = page.table.fontMetrics(), page.table.viewport().width()
    for title in ("Name", "Company") if entity == "contact" else ("Account name",):
        column = titles.index(title)
        width = page.table.columnWidth(column)
        in_sight = page.table.rowAt(page.table.viewport().height() - 1) + 1
        texts = [page.model.data(page.model.index(row, column)) for row in range(in_sight)]
        assert any(texts)
        assert max(metrics.horizontalAdvance(t or "") for t in texts) + 8 <= width, title
        assert page.table.columnViewportPosition(column) + width <= viewport, f"{title} is behind the scroll"


def test_a_record_opened_from_search_is_selected_in_the_list(qtbot, demo_crm, window):
    rows = demo_crm.customers.page("contact", ListFilter(), ListSort(), 0, 400)
    row, target = next((i, r) for i, r in enumerate(rows) if i > 300 and r[4] and r[4].startswith("+86"))
    box = window.commands("customers").search_box
    with qtbot.waitSignal(box.sig_results_shown, timeout=5000):
        box.setText(target[4][3:])  # the mobile's digits: one person
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(qtbot, window.jobs)
    page = window.page("customers")
    assert page.detail.record.id == target[0]
    assert selected_rows(page) == [row]
    assert page.table.viewport().rect().contains(page.table.visualRect(page.model.index(row, 0)))

    account = demo_crm.customers.page("account", ListFilter(), ListSort(), 0, 200)[80]
    window.open_record("account", account[0])  # from another page: the accounts list, its row
    settle(qtbot, window.jobs)
    assert page.entity() == "account" and selected_rows(page) == [80]
    assert page.table.viewport().rect().contains(page.table.visualRect(page.model.index(80, 0)))


def test_a_refresh_keeps_the_row_of_the_record_shown_selected(qtbot, demo_crm, jobs):
    page = shown_page(qtbot, demo_crm, jobs)
    for row in (3, 250):  # in the first page, and in one the view asks for again after the reload
        page.table.scrollTo(page.model.index(row, 0))
        page.model.data(page.model.index(row, 0))  # its page, as the view's next paint asks for it
        settle(qtbot, jobs)
        page.table.selectRow(row)
        settle(qtbot, jobs)
        assert page.detail.record.id == page.model.record_id(row)
        page.refresh()  # a change elsewhere (an activity logged, a sync)
        settle(qtbot, jobs)
        assert selected_rows(page) == [row] and page.detail.record.id == page.model.record_id(row)


def test_an_account_lists_its_people_and_opens_one(qtbot, demo_crm, jobs):
    page = shown_page(qtbot, demo_crm, jobs)
    accounts = demo_crm.customers.page("account", ListFilter(), ListSort(), 0, 200)
    account_id, people = next((a[0], p) for a in accounts if len(p := demo_crm.customers.account_people(a[0])) >= 2)
    page.open_record("account", account_id)
    settle(qtbot, jobs)
    detail, listed = page.detail, page.detail.contacts
    tab = detail.tabs.indexOf(listed)
    assert detail.tabs.isTabVisible(tab)
    assert detail.tabs.tabText(tab) == f"Contacts ({len(people)})"
    detail.tabs.setCurrentIndex(tab)
    shown = [[listed.topLevelItem(i).text(c) for c in range(4)] for i in range(listed.topLevelItemCount())]
    assert [s[0] for s in shown] == [p[1] for p in people]
    assert [s[3] for s in shown] == [p[4] or "" for p in people]
    where = listed.visualItemRect(listed.topLevelItem(1)).center()
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=where)
    settle(qtbot, jobs)
    assert (detail.entity, detail.record.id) == ("contact", people[1][0])
    assert page.entity() == "contact" and not detail.tabs.isTabVisible(tab)


def test_the_contact_form_shows_every_error_at_once_and_creates_the_company(qtbot, crm, jobs):
    dialog = ContactEditDialog(crm.customers, jobs, search=crm.search.search)
    qtbot.addWidget(dialog)
    f = dialog.form
    f.accountCombo.lineEdit().setText("新星科技")
    f.mobileEdit.setText("12345")
    f.emailEdit.setText("lina@")
    qtbot.mouseClick(f.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot, jobs)
    assert dialog.saved is None
    assert [not label.isHidden() for label in (f.nameError, f.accountError, f.mobileError, f.emailError)] == [True] * 4
    assert f.accountError.text() == "No company is called “新星科技”. Pick one from the list, or create it."
    button = dialog.create_account_button
    assert not button.isHidden() and button.text() == "Create company “新星科技”"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, jobs)
    created = crm.customers.get_account(f.accountCombo.currentData())
    assert created.name == "新星科技" and dialog.created_accounts == [created.id]
    assert f.accountError.isHidden() and button.isHidden()
    f.nameEdit.setText("李娜")
    f.mobileEdit.setText("13912345678")
    f.emailEdit.setText("lina@example.com")
    qtbot.mouseClick(f.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot, jobs)
    assert dialog.saved is not None and dialog.saved.account_id == created.id


def test_creating_a_company_that_exists_under_a_like_name_picks_it(qtbot, crm, jobs):
    existing = crm.customers.create_account(AccountInput(name="恒通贸易有限公司"))
    dialog = ContactEditDialog(crm.customers, jobs)  # no search: the list offers nothing as the rep types
    qtbot.addWidget(dialog)
    dialog.form.nameEdit.setText("赵磊")
    dialog.form.accountCombo.lineEdit().setText("恒通贸易")
    dialog.save()
    settle(qtbot, jobs)
    qtbot.mouseClick(dialog.create_account_button, Qt.MouseButton.LeftButton)
    settle(qtbot, jobs)
    assert dialog.form.accountCombo.currentData() == existing.id and dialog.created_accounts == []
    assert dialog.form.accountError.text() == "“恒通贸易有限公司” is already a company: it is picked."
    assert crm.customers.count("account", ListFilter()) == 1


def test_the_quick_log_error_shows_under_the_field_until_a_log_succeeds(qtbot, crm, jobs):
    contact = crm.customers.create_contact(ContactInput(name="周强"))
    page = shown_page(qtbot, crm, jobs)
    page.open_record("contact", contact.id)
    settle(qtbot, jobs)
    detail = page.detail
    placeholder = detail.quick_subject.placeholderText()
    qtbot.mouseClick(detail.quick_button, Qt.MouseButton.LeftButton)
    settle(qtbot, jobs)
    error = detail.quick_error
    assert not error.isHidden() and error.text() == "This field is required."
    assert detail.quick_subject.placeholderText() == placeholder
    assert error.geometry().top() >= detail.quick_subject.geometry().bottom()  # under the field
    assert error.geometry().left() == detail.quick_subject.geometry().left()
    assert "#c0392b" in error.styleSheet()  # the forms' error red
    type_text(qtbot, detail.quick_subject, "电话回访")
    qtbot.keyClick(detail.quick_subject, Qt.Key.Key_Return)
    settle(qtbot, jobs)
    assert error.isHidden() and [a.subject for a in crm.activities.timeline(contact_id=contact.id)] == ["电话回访"]


def test_overdue_follow_ups_are_flagged_in_light_and_dark(qtbot, demo_crm, jobs):
    model = CustomerTableModel(demo_crm.customers, jobs, "contact")
    settle(qtbot, jobs)
    column = [c.title for c in model.columns].index("Next follow-up")
    for row in range(0, model.rowCount(), model.page_size):
        model.data(model.index(row, 0))  # every page asked for
    settle(qtbot, jobs)
    today = date.today().isoformat()
    days = list(enumerate(r[9] for r in demo_crm.customers.page("contact", ListFilter(), ListSort(), 0, 400)))
    overdue = [row for row, day in days if day and day < today]
    planned = [row for row, day in days if day and day >= today]
    assert overdue and planned

    def colours(rows):
        return {(b.color().name() if (b := model.data(model.index(r, column), Qt.ItemDataRole.ForegroundRole))
                 else None) for r in rows}

    assert colours(overdue) == {OVERDUE_ON_LIGHT.name()}
    assert colours(planned) == {None}
    assert model.data(model.index(overdue[0], column), Qt.ItemDataRole.ToolTipRole).endswith("(overdue)")
    app = QApplication.instance()
    light = app.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    app.setPalette(dark)
    try:
        assert colours(overdue) == {OVERDUE_ON_DARK.name()}
    finally:
        app.setPalette(light)


def test_the_accounts_list_calls_its_first_column_a_company_name_in_chinese(qtbot, crm, jobs, qapp):
    from crm_desktop.gui.shell.translation import install_translators

    install_translators(qapp, "zh_CN")
    try:
        model = CustomerTableModel(crm.customers, jobs, "account")
        settle(qtbot, jobs)
        assert model.headerData(0, Qt.Orientation.Horizontal) == "客户名称"  # not 姓名, a person's name
        model.set_entity("contact")
        settle(qtbot, jobs)
        assert model.headerData(0, Qt.Orientation.Horizontal) == "姓名"
    finally:
        install_translators(qapp, "en")
