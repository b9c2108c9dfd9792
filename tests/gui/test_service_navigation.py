"""The service module in the main window: counts in the navigation, tickets from a customer's page, settings."""

import json
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from crm_desktop import settings as declared
from crm_desktop.domain.customers.entities import AccountInput, ContactInput
from crm_desktop.domain.service.entities import TicketInput
from crm_desktop.domain.service.sla import default_policy_path
from crm_desktop.gui.service.ticket_dialog import TicketDialog
from crm_desktop.gui.shell.settings_dialog import SettingsDialog
from tests.gui.conftest import settle, type_text, when_modal


def test_overdue_tickets_are_counted_and_coloured_in_the_navigation(qtbot, window, crm):
    item = window.nav_item("service")
    window.commands("service").update_counts()
    settle(qtbot, window.jobs)  # counted on the database thread
    assert item.text() == "Service"
    crm.service.clock = lambda: datetime.now(UTC) - timedelta(days=30)  # made a month ago, never answered
    crm.service.create(TicketInput("打印机卡纸"))
    crm.service.clock = lambda: datetime.now(UTC)
    window.commands("service").update_counts()
    qtbot.waitUntil(lambda: item.text() == "Service (1 overdue)")
    assert item.foreground().color().red() > 150
    assert "Overdue: 1" in item.toolTip()
    assert not window.is_built("service")  # counting does not build the page


def test_the_red_service_entry_opens_the_overdue_queue_and_the_menu_still_opens_mine(qtbot, window, crm):
    crm.service.clock = lambda: datetime.now(UTC) - timedelta(days=30)  # made a month ago, never answered
    late = crm.service.create(TicketInput("打印机卡纸"))
    crm.service.clock = lambda: datetime.now(UTC)
    item = window.nav_item("service")
    window.commands("service").update_counts()
    qtbot.waitUntil(lambda: item.text() == "Service (1 overdue)")

    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=window.nav.visualItemRect(item).center())
    settle(qtbot, window.jobs)
    page = window.page("service")
    assert window.current_page_name() == "service"
    assert page.current_queue() == "overdue"  # what the red entry promised, not "My open tickets"
    assert [page.model.record_id(r) for r in range(page.model.rowCount())] == [late.id]

    window.show_page("customers")
    window.commands("service").show_queue("mine")  # a menu entry names its own queue
    settle(qtbot, window.jobs)
    assert (window.current_page_name(), page.current_queue()) == ("service", "mine")


def test_new_ticket_from_a_contact_page_fills_the_customer_and_shows_in_its_service_tab(qtbot, window, crm):
    account = crm.customers.create_account(AccountInput(name="苏州精密机械"))
    contact = crm.customers.create_contact(ContactInput(name="陈静", account_id=account.id))
    window.refresh()
    window.open_record("contact", contact.id)
    settle(qtbot, window.jobs)
    detail = window.page("customers").detail
    assert detail.new_ticket_button.isEnabled()

    def fill(dialog):
        type_text(qtbot, dialog.form.subjectEdit, "主轴异响")
        dialog.save()

    when_modal(TicketDialog, fill)
    detail.new_ticket_button.click()
    settle(qtbot, window.jobs)
    [summary] = crm.service.of_record("contact", contact.id)
    assert summary.subject == "主轴异响"
    ticket = crm.service.get(summary.id)
    assert (ticket.account_id, ticket.contact_id) == (account.id, contact.id)
    assert detail.tickets.count() == 1
    assert "(1)" in detail.tabs.tabText(detail.tabs.indexOf(detail.tickets))


def test_a_broken_sla_policy_file_is_refused_in_settings(qtbot, window, crm, tmp_path):
    bad = tmp_path / "sla.json"
    bad.write_text(json.dumps({"calendar": {"working_days": ["funday"]}}), encoding="utf-8")
    dialog = SettingsDialog(window.prefs, window, crm.sales, crm.service)
    qtbot.addWidget(dialog)
    seen = []
    when_modal(QMessageBox, lambda box: (seen.append(box.text() + box.informativeText()), box.accept()))
    assert not dialog.set_sla_policy(str(bad))
    assert "funday" in seen[0]
    assert dialog.form.slaPolicyEdit.text() == ""
    good = tmp_path / "good.json"
    good.write_text(default_policy_path().read_text(encoding="utf-8"), encoding="utf-8")
    assert dialog.set_sla_policy(str(good))
    dialog.save()
    assert window.prefs.get(declared.SLA_POLICY) == str(good)
    window.commands("service").apply_sla_policy()
    assert crm.service.policy_path == good
