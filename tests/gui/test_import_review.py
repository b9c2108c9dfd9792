"""What an import kept on a record, in the real window: the "Has import warnings" filter, the contact's
other phones, custom fields and review notes, and resolving a note through the journaled write path."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout

from crm_desktop.domain.customers.entities import AccountInput, ContactInput, ListFilter
from crm_desktop.gui.customers.record_dialogs import ContactEditDialog
from crm_desktop.store.unit_of_work import UnitOfWork
from tests.gui.conftest import settle

NOTES = [
    {"field": "mobile", "value": "1380013", "message": "This is not a valid phone number.",
     "file": "客户.xlsx", "sheet": "联系人", "row": 7},
    {"field": "email", "value": "wang@", "message": "This is not a valid e-mail address.",
     "file": "客户.xlsx", "sheet": "联系人", "row": 7},
]


def keep(crm, model, record_id: str, **values) -> None:
    """Values as an import leaves them on a record (written through the store, as the importer does)."""
    with UnitOfWork(crm.store) as uow:
        obj = (uow.contacts if model == "contact" else uow.accounts).get(record_id)
        for name, value in values.items():
            setattr(obj, name, value)
        uow.commit()


@pytest.fixture
def imported(crm):
    """Two contacts and two accounts; one of each holds values an import could not read."""
    plain = crm.customers.create_contact(ContactInput(name="李娜", mobile="13912345678"))
    wang = crm.customers.create_contact(ContactInput(name="王芳", phone="010-88886666"))
    keep(crm, "contact", wang.id, review=NOTES,
         phones=[{"kind": "fax", "number": "+861012345678;ext=8001"}, {"kind": "home", "number": "+14155550123"}],
         emails=["fang.wang@example.com"], city="上海", district="浦东新区", street="世纪大道 100 号",
         postal_code="200120", source="Salesforce", lifecycle="Lead",
         original_created_at=datetime(2021, 3, 4, 16, 0, tzinfo=UTC),
         custom_fields={"QQ": "123456", "Lead score": "87"})
    company = crm.customers.create_account(AccountInput(name="恒通贸易"))
    crm.customers.create_account(AccountInput(name="华辰科技"))
    keep(crm, "account", company.id, review=[{"field": "status", "value": "Hot", "message": "Unknown value.",
                                              "file": "accounts.csv", "sheet": "accounts", "row": 3}],
         custom_fields={"DUNS": "123456789"})
    return {"plain": plain.id, "wang": wang.id, "company": company.id}


def facts(pane) -> dict[str, str]:
    form = pane.facts
    return {form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text():
            form.itemAt(r, QFormLayout.ItemRole.FieldRole).widget().text() for r in range(form.rowCount())}


def listed(page) -> list[str]:
    return sorted(page.model.index(r, 0).data() for r in range(page.model.rowCount()))


def journal(db_path, record_id: str) -> tuple[list, list]:
    with sqlite3.connect(db_path) as db:
        outbox = [r[0] for r in db.execute("SELECT changes FROM outbox WHERE record_id = ? ORDER BY seq",
                                           (record_id,))]
        audit = [r[0] for r in db.execute("SELECT changed_fields FROM audit_log WHERE record_id = ? ORDER BY id",
                                          (record_id,))]
    return outbox, audit


def test_the_filter_lists_only_records_with_import_warnings(qtbot, imported, window):
    page = window.page("customers")
    settle(qtbot, window.jobs)
    assert listed(page) == ["李娜", "王芳"]
    page.review_filter.setChecked(True)
    assert page.model.current_filter == ListFilter(needs_review=True)
    settle(qtbot, window.jobs)
    assert listed(page) == ["王芳"]
    assert page.count_label.text() == "1 contact"
    page.tabs.setCurrentIndex(1)  # the filter holds for accounts too
    settle(qtbot, window.jobs)
    assert listed(page) == ["恒通贸易"]
    page.clear_filters()
    assert not page.review_filter.isChecked()
    settle(qtbot, window.jobs)
    assert listed(page) == ["华辰科技", "恒通贸易"]


def test_the_contact_page_shows_what_the_import_kept(qtbot, imported, window):
    page = window.page("customers")
    page.open_record("contact", imported["wang"])
    settle(qtbot, window.jobs)
    pane = page.detail
    shown = facts(pane)
    assert shown["Other phones"] == "Fax: 010 1234 5678 ext. 8001\nHome: +1 415-555-0123"
    assert shown["Other e-mails"] == "fang.wang@example.com"
    assert shown["Address"] == "上海 浦东新区 世纪大道 100 号 200120"
    assert shown["Source"] == "Salesforce"
    assert shown["Lifecycle stage"] == "Lead"
    assert re.match(r"3/[45]/2021", shown["Created in the source system"])  # the locale's date, as every list
    tabs = pane.tabs
    assert tabs.isTabVisible(tabs.indexOf(pane.custom_fields))
    assert tabs.tabText(tabs.indexOf(pane.custom_fields)) == "Custom fields (2)"
    table = pane.custom_fields
    assert [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())] == [
        ("QQ", "123456"), ("Lead score", "87")]
    assert tabs.tabText(tabs.indexOf(pane.review)) == "Needs review (2)"
    assert pane.review_banner.isVisibleTo(pane)
    notes = pane.review.table
    row = [notes.item(0, c).text() for c in range(4)]
    assert row == ["Mobile", "1380013", "This is not a valid phone number.", "客户.xlsx · 联系人 · row 7"]

    page.open_record("contact", imported["plain"])  # nothing imported: no tabs, no banner
    settle(qtbot, window.jobs)
    assert not tabs.isTabVisible(tabs.indexOf(pane.custom_fields))
    assert not tabs.isTabVisible(tabs.indexOf(pane.review))
    assert not pane.review_banner.isVisibleTo(pane)
    assert "Other phones" not in facts(pane)


def test_resolving_notes_removes_them_through_the_journal(qtbot, imported, window, crm, db_path):
    page = window.page("customers")
    page.review_filter.setChecked(True)
    page.open_record("contact", imported["wang"])
    settle(qtbot, window.jobs)
    pane = page.detail
    pane.tabs.setCurrentWidget(pane.review)
    before = journal(db_path, imported["wang"])

    qtbot.mouseClick(pane.review.resolve_button(0), Qt.MouseButton.LeftButton)
    settle(qtbot, window.jobs)
    assert crm.customers.get_contact(imported["wang"]).review == (NOTES[1],)
    assert pane.review.table.rowCount() == 1
    assert pane.review.table.item(0, 1).text() == "wang@"
    outbox, audit = journal(db_path, imported["wang"])
    assert len(outbox) == len(before[0]) + 1 and '"review"' in outbox[-1]
    assert len(audit) == len(before[1]) + 1 and '"review"' in audit[-1]
    assert listed(page) == ["王芳"]

    qtbot.mouseClick(pane.review.resolve_button(0), Qt.MouseButton.LeftButton)
    settle(qtbot, window.jobs)
    assert crm.customers.get_contact(imported["wang"]).review == ()
    assert not pane.tabs.isTabVisible(pane.tabs.indexOf(pane.review))
    assert not pane.review_banner.isVisibleTo(pane)
    assert listed(page) == []  # the list follows: nothing left to review
    assert crm.customers.count("contact", ListFilter(needs_review=True)) == 0
    assert '"review":null' in journal(db_path, imported["wang"])[0][-1]


def test_mark_all_resolved_on_an_account(qtbot, imported, window, crm):
    crm.customers.resolve_review("account", imported["company"], None)  # nothing left: the button hides
    assert crm.customers.get_account(imported["company"]).review == ()
    keep(crm, "account", imported["company"], review=NOTES)
    page = window.page("customers")
    page.open_record("account", imported["company"])
    settle(qtbot, window.jobs)
    pane = page.detail
    assert pane.review.resolve_all_button.isVisibleTo(pane.review)
    assert pane.custom_fields.item(0, 0).text() == "DUNS"
    qtbot.mouseClick(pane.review.resolve_all_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.jobs)
    assert crm.customers.get_account(imported["company"]).review == ()
    assert crm.customers.get_account(imported["company"]).custom_fields == {"DUNS": "123456789"}


def test_a_stale_note_is_found_again_or_refused(crm, imported):
    with pytest.raises(LookupError):
        crm.customers.resolve_review("contact", imported["plain"], 0)
    # A sync removed the first note meanwhile: the one shown is removed, not its neighbour.
    keep(crm, "contact", imported["wang"], review=[NOTES[1]])
    after = crm.customers.resolve_review("contact", imported["wang"], 1, NOTES[1])
    assert after.review == ()


def test_editing_the_contact_keeps_what_the_import_kept(qtbot, imported, window, crm):
    before = crm.customers.get_contact(imported["wang"])
    dialog = ContactEditDialog(crm.customers, window.jobs, before, parent=window)
    qtbot.addWidget(dialog)
    dialog.form.titleEdit.setText("采购经理")
    qtbot.mouseClick(dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot, window.jobs)
    after = crm.customers.get_contact(imported["wang"])
    assert after.title == "采购经理"
    for name in ("phones", "emails", "city", "district", "street", "postal_code", "source", "lifecycle",
                 "original_created_at", "custom_fields", "review"):
        assert getattr(after, name) == getattr(before, name), name


def test_merging_keeps_what_both_imports_kept(crm, imported):
    keep(crm, "contact", imported["plain"], custom_fields={"QQ": "999"}, review=[NOTES[1]])
    crm.customers.merge_contacts(imported["plain"], imported["wang"])
    merged = crm.customers.get_contact(imported["plain"])
    assert merged.review == (NOTES[1], NOTES[0])
    assert merged.custom_fields == {"QQ": "999", "Lead score": "87"}
    assert [p["kind"] for p in merged.phones] == ["fax", "home"]
    assert (merged.city, merged.postal_code, merged.lifecycle) == ("上海", "200120", "Lead")
