"""The shell over registered pages: a module's page shows in the navigation in its order, and a change one
page announces makes the others that show it refresh themselves."""

import pytest
from PySide6.QtWidgets import QWidget

from crm_desktop.domain.common.changes import SYNC, Changes
from crm_desktop.domain.customers.entities import AccountInput, ContactInput
from crm_desktop.gui.service.ticket_dialog import TicketDialog
from crm_desktop.gui.shell.change_bus import ChangeBus, refresh_on
from crm_desktop.gui.shell.pages import register_page, unregister_page
from crm_desktop.sync.engine import SyncReport
from tests.gui.conftest import settle, type_text, when_modal


class NotesPage(QWidget):
    """A module's page as the shell sees it: a widget that can refresh."""

    def __init__(self) -> None:
        super().__init__()
        self.refreshed = 0

    def refresh(self) -> None:
        self.refreshed += 1


@pytest.fixture
def notes_module():
    """A module registering a page between Pipeline (30) and Quotes and orders (40)."""
    built = []

    def factory(shell):
        page = NotesPage()
        refresh_on(shell.bus, page, "note")
        built.append(page)
        return page

    register_page("notes", "Notes", 35, factory)
    yield built
    unregister_page("notes")


@pytest.fixture
def notes_window(qtbot, notes_module, window):
    """The window, made once the notes module has registered its page."""
    settle(qtbot, window.jobs)
    return window


def test_a_registered_page_appears_in_the_navigation_in_its_order(qtbot, notes_module, notes_window):
    window = notes_window
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles[:7] == ["Customers", "My agenda", "Calendar", "Today's route", "Check-ins", "Pipeline", "Notes"]
    assert titles[7] == "Quotes and orders"
    assert notes_module == [] and not window.is_built("notes")  # built when first opened
    window.nav.setCurrentRow(titles.index("Notes"))
    [page] = notes_module
    assert window.pages.currentWidget() is page and window.current_page_name() == "notes"
    assert page.refreshed == 1  # shown: it reloads
    window.announce(Changes.of("note", "n1"))
    assert page.refreshed == 2
    window.announce(Changes.of("ticket", "t1"))  # not what it shows
    assert page.refreshed == 2


def test_a_hidden_page_waits_for_its_turn_and_the_announcer_is_not_told_again(qtbot):
    bus = ChangeBus()
    shown, hidden = NotesPage(), NotesPage()
    qtbot.addWidget(shown)
    qtbot.addWidget(hidden)
    shown.show()
    refresh_on(bus, shown, "note")
    refresh_on(bus, hidden, "note")
    bus.announce(Changes.of("note", "n1"))
    assert (shown.refreshed, hidden.refreshed) == (1, 0)  # the hidden one reloads when shown
    bus.announce(Changes.of("note", "n2"), source=shown)  # it saved the note and reloaded already
    assert shown.refreshed == 1
    bus.announce(Changes.all(reason=SYNC))
    assert shown.refreshed == 2


def test_a_ticket_saved_on_the_service_page_shows_in_the_customers_service_tab(qtbot, window, crm):
    account = crm.customers.create_account(AccountInput(name="苏州精密机械"))
    contact = crm.customers.create_contact(ContactInput(name="陈静", account_id=account.id))
    window.refresh()
    window.open_record("contact", contact.id)
    detail = window.page("customers").detail
    qtbot.waitUntil(lambda: detail.record is not None and detail.record.id == contact.id)
    assert detail.tickets.count() == 0
    tickets = window.show_page("service")
    announced = []
    window.bus.sig_changed.connect(lambda changes, source: announced.append((changes, source)))

    def fill(dialog):
        type_text(qtbot, dialog.form.subjectEdit, "主轴异响")
        dialog.save()

    when_modal(TicketDialog, fill)
    tickets.new_ticket(contact=(contact.id, contact.name))
    [(changes, source)] = [(c, s) for c, s in announced if c.touches("ticket")]
    assert source is tickets and changes.ids("ticket") == {crm.service.of_record("contact", contact.id)[0].id}
    # The customers page is hidden, and its detail pane follows all the same: no hand-wired refresh.
    qtbot.waitUntil(lambda: detail.tickets.count() == 1)
    assert window.current_page_name() == "service"
    settle(qtbot, window.jobs)


def test_a_sync_that_pulled_records_reloads_the_customer_list(qtbot, window, crm):
    customers = window.page("customers")
    qtbot.waitUntil(lambda: not customers.model.loading)
    assert customers.model.rowCount() == 0
    crm.customers.create_contact(ContactInput(name="王芳"))  # as a pull writes it, behind the window's back
    window.commands("sync").runner.sig_synced.emit(SyncReport(pulled=1))
    qtbot.waitUntil(lambda: customers.model.rowCount() == 1)
    settle(qtbot, window.jobs)
