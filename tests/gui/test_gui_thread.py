"""The GUI thread never waits on the store: the debug switch raises when widget code touches it there, and with
the switch on, every page and the common actions touch it from the GUI thread zero times."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from crm_desktop import gui_thread_guard
from crm_desktop.domain.customers.entities import ListFilter
from crm_desktop.gui.customers.record_dialogs import ContactEditDialog
from crm_desktop.gui.customers.table_model import CustomerTableModel
from crm_desktop.gui.sales.opportunity_dialog import OpportunityDialog
from crm_desktop.gui.sales.stages_dialog import StagesDialog
from crm_desktop.gui.service.ticket_dialog import TicketDialog
from crm_desktop.gui.shell.settings_dialog import SettingsDialog
from crm_desktop.gui_thread_guard import StoreOnGuiThreadError
from tests.gui.conftest import on_worker, settle, type_text, when_modal

# Popups (search hits, pickers) ask the offscreen platform for what it cannot do.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_switch_raises_when_widget_code_touches_the_store_on_the_gui_thread(qtbot, crm, jobs):
    model = CustomerTableModel(crm.customers, jobs)
    qtbot.waitUntil(lambda: not model.loading)
    assert gui_thread_guard.is_forbidden()  # on in every GUI test (tests/gui/conftest.py)
    with pytest.raises(StoreOnGuiThreadError, match=r"customers\.table_model"):
        model._count()  # widget code asking the store itself, on the GUI thread
    assert [where.rsplit(":", 2)[:2] for where in gui_thread_guard.violations()] == [
        ["crm_desktop.gui.customers.table_model", "_count"]]
    gui_thread_guard.reset_violations()  # counted: the fixture would fail the test on it

    assert on_worker(model._count) == 0  # the same call where the job runner makes it
    assert crm.customers.count("contact", ListFilter()) == 0  # a test seeding or checking data is no widget
    gui_thread_guard.forbid_store_on_gui_thread(False)
    assert model._count() == 0  # switched off: nothing is checked
    assert gui_thread_guard.violations() == []


def test_the_environment_switches_it_on_for_a_run_of_the_app(monkeypatch):
    monkeypatch.delenv(gui_thread_guard.ENV_SWITCH, raising=False)
    assert not gui_thread_guard.forbidden_by_environment()
    monkeypatch.setenv(gui_thread_guard.ENV_SWITCH, "1")
    assert gui_thread_guard.forbidden_by_environment()


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_every_page_and_the_common_actions_never_touch_the_store_from_the_gui_thread(qtbot, demo_crm, prefs):
    from crm_desktop.gui.shell.main_window import MainWindow

    window = MainWindow(demo_crm, prefs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        jobs = window.jobs
        settle(qtbot, jobs, timeout=30_000)
        for spec in window.stack.specs:  # every page, built and shown
            window.nav.setCurrentRow(window.stack.row_of(spec.name))
            settle(qtbot, jobs, timeout=30_000)
            assert window.pages.currentWidget() is window.page(spec.name)

        window.nav.setCurrentRow(window.stack.row_of("customers"))
        customers = window.page("customers")
        customers.select_first_row()
        settle(qtbot, jobs)
        assert customers.detail.record is not None
        customers.tabs.setCurrentIndex(1)
        customers.select_first_row()
        settle(qtbot, jobs)
        customers.tabs.setCurrentIndex(0)
        settle(qtbot, jobs)
        for column in range(customers.model.columnCount()):  # sort by each column, in SQL
            customers.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
            settle(qtbot, jobs)
        customers.table.scrollToBottom()  # the last page, fetched as it scrolls into view
        settle(qtbot, jobs)

        search = window.commands("customers").search_box
        with qtbot.waitSignal(search.sig_results_shown):
            qtbot.keyClicks(search, "wang")
        qtbot.keyClick(search, Qt.Key.Key_Return)
        settle(qtbot, jobs)

        def new_contact(dialog: ContactEditDialog) -> None:
            type_text(qtbot, dialog.form.nameEdit, "线程测试")
            _save(qtbot, dialog)

        when_modal(ContactEditDialog, new_contact)
        window.commands("customers").new_contact_action.trigger()
        settle(qtbot, jobs)
        assert customers.detail.record.name == "线程测试"
        type_text(qtbot, customers.detail.quick_subject, "电话回访")
        qtbot.keyClick(customers.detail.quick_subject, Qt.Key.Key_Return)
        settle(qtbot, jobs)
        window.commands("customers").delete_action.trigger()
        settle(qtbot, jobs)
        window.undo_action.trigger()
        settle(qtbot, jobs)
        window.redo_action.trigger()
        settle(qtbot, jobs)

        def new_deal(dialog: OpportunityDialog) -> None:
            type_text(qtbot, dialog.form.nameEdit, "线程测试商机")
            _save(qtbot, dialog)

        when_modal(OpportunityDialog, new_deal)
        window.show_page("pipeline").new_opportunity()
        settle(qtbot, jobs)
        pipeline = window.page("pipeline")
        pipeline.show_view(1)  # the table
        settle(qtbot, jobs)
        assert pipeline.model.rowCount() > 0
        when_modal(OpportunityDialog, lambda dialog: dialog.reject())
        pipeline.edit_opportunity(pipeline.model.record_id(0))
        settle(qtbot, jobs)

        def new_ticket(dialog: TicketDialog) -> None:
            type_text(qtbot, dialog.form.subjectEdit, "线程测试工单")
            dialog.save()

        when_modal(TicketDialog, new_ticket)
        service = window.show_page("service")
        service.new_ticket()
        settle(qtbot, jobs)
        service.show_queue("all")
        settle(qtbot, jobs)
        assert "线程测试工单" in {service.model.index(r, 1).data() for r in range(service.model.rowCount())}
        when_modal(TicketDialog, lambda dialog: dialog.reject())
        service.open_ticket(service.model.record_id(0))
        settle(qtbot, jobs)

        marketing = window.show_page("marketing")
        for tab in range(marketing.tabs.count()):
            marketing.show_tab(tab)
            settle(qtbot, jobs)

        settings = SettingsDialog(window.prefs, window, demo_crm.sales, demo_crm.service)
        when_modal(StagesDialog, lambda dialog: dialog.reject())
        settings.edit_stages()
        settle(qtbot, jobs)
        settings.reject()

        for dialog in (window.commands("exchange").open_import_history(),
                       window.commands("exchange").open_export_dialog(),
                       window.commands("sync").show_sync_issues(),
                       window.commands("security").show_audit()):
            settle(qtbot, jobs)
            dialog.close()
            if isinstance(dialog, QDialog):
                dialog.reject()
        settle(qtbot, jobs)
    finally:
        window.shutdown_background()
    assert gui_thread_guard.violations() == []  # the count of store calls from the GUI thread
