"""The main window: module navigation, global search, customers, agenda, sales and service, undo/redo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from crm_desktop import APP_NAME, APP_ORG
from crm_desktop import settings as declared
from crm_desktop.gui.activities.activity_dialog import ActivityDialog
from crm_desktop.gui.activities.agenda_page import AgendaPage
from crm_desktop.gui.common import undo_commands
from crm_desktop.gui.customers.page import CustomersPage
from crm_desktop.gui.customers.record_dialogs import AccountEditDialog, ContactEditDialog
from crm_desktop.gui.customers.search_box import SearchBox
from crm_desktop.gui.exchange.export_dialog import ExportDialog
from crm_desktop.gui.exchange.import_history_dialog import ImportHistoryDialog
from crm_desktop.gui.exchange.import_wizard import ImportWizard
from crm_desktop.gui.sales.stages_dialog import StagesDialog
from crm_desktop.gui.security.actions import SecurityActions
from crm_desktop.gui.shell.disk_full_notice import show_disk_full
from crm_desktop.gui.shell.jobs import JobRunner
from crm_desktop.gui.shell.settings_dialog import SettingsDialog
from crm_desktop.gui.sync.dialogs import SyncLoginDialog, failure_text
from crm_desktop.gui.sync.issues import SyncIssuesDialog
from crm_desktop.gui.sync.runner import SyncRunner
from crm_desktop.gui.sync.status import SyncStatusButton
from crm_desktop.tasks import TaskCancelledError

(PAGE_CUSTOMERS, PAGE_AGENDA, PAGE_PIPELINE, PAGE_ORDERS, PAGE_PRODUCTS, PAGE_FORECAST, PAGE_SALES_REPORT,
 PAGE_SERVICE, PAGE_DASHBOARD, PAGE_MARKETING) = range(10)
LAZY_PAGES = range(PAGE_PIPELINE, PAGE_MARKETING + 1)
# The SLA states change with the clock alone: the navigation counts are refreshed this often.
COUNTS_EVERY_MS = 60_000


class MainWindow(QMainWindow):
    sig_restore = Signal(object)  # a backup's Path: the app shell closes the store and restores it
    sig_encrypt = Signal()        # the app shell closes the store and encrypts it

    def __init__(self, crm, prefs, parent=None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.prefs = prefs
        self.jobs = JobRunner(self)
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("Field CRM"))
        self.customers = CustomersPage(crm)
        self.agenda = AgendaPage(crm.activities)
        self.nav = QListWidget()
        self.nav.setObjectName("moduleNav")
        self.nav.addItems([self.tr("Customers"), self.tr("My agenda"), self.tr("Pipeline"),
                           self.tr("Quotes and orders"), self.tr("Products"), self.tr("Forecast"),
                           self.tr("Sales report"), self.tr("Service"), self.tr("Dashboard"),
                           self.tr("Marketing")])
        self.nav.setFixedWidth(170)
        # A long label (a count beside "Service") is cut short rather than scrolled sideways.
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.customers)
        self.pages.addWidget(self.agenda)
        # The sales and service modules are built when first opened: a cold start pays only for customers.
        self._built: dict[int, QWidget] = {}
        for _ in LAZY_PAGES:
            self.pages.addWidget(QWidget())
        self.nav.currentRowChanged.connect(self._show_page)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.search_box = SearchBox(crm.search, self.jobs, self)
        self.search_box.sig_open.connect(self.open_record)
        self._actions()
        self._wire_pages()
        self.db_label = QLabel(str(crm.db_path))
        self.statusBar().addPermanentWidget(self.db_label)
        self._set_up_sync()
        self.nav.setCurrentRow(PAGE_CUSTOMERS)
        self._restore_window_state()
        self.counts_timer = QTimer(self)
        self.counts_timer.setInterval(COUNTS_EVERY_MS)
        self.counts_timer.timeout.connect(self.update_service_counts)
        self.counts_timer.start()
        QTimer.singleShot(0, self.update_service_counts)  # after the first paint

    # --- set-up ------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, menu=None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if menu is not None:
            menu.addAction(action)
        return action

    def _actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_contact_action = self._action(self.tr("New &contact…"), self.new_contact,
                                               QKeySequence.StandardKey.New, file_menu)
        self.new_account_action = self._action(self.tr("New &account…"), self.new_account,
                                               "Ctrl+Shift+N", file_menu)
        file_menu.addSeparator()
        self.import_action = self._action(self.tr("&Import…"), lambda: self.open_import_wizard(), "Ctrl+I",
                                          file_menu)
        self.import_action.setToolTip(self.tr("Import contacts or accounts from Excel, CSV or vCard files"))
        self.import_history_action = self._action(self.tr("Import &history…"), self.open_import_history, None,
                                                  file_menu)
        self.export_action = self._action(self.tr("E&xport…"), self.open_export_dialog, "Ctrl+E", file_menu)
        file_menu.addSeparator()
        self.security_actions = SecurityActions(self, file_menu)
        file_menu.addSeparator()
        self.sync_now_action = self._action(self.tr("S&ync now"), lambda: self.sync_runner.sync_now(), "F9",
                                            file_menu)
        self._action(self.tr("Connect to &server…"), self.connect_to_server, None, file_menu)
        self._action(self.tr("Sync iss&ues…"), self.show_sync_issues, None, file_menu)
        file_menu.addSeparator()
        self._action(self.tr("Load &demo data…"), self.offer_demo_data, None, file_menu)
        self._action(self.tr("&Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences,
                     file_menu)
        file_menu.addSeparator()
        self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, file_menu)
        sales_menu = self.menuBar().addMenu(self.tr("&Sales"))
        self.new_deal_action = self._action(self.tr("New &deal…"), self.new_deal, "Ctrl+Shift+D", sales_menu)
        self._action(self.tr("New &quote…"), lambda: self._new_document("quote"), None, sales_menu)
        self._action(self.tr("New sales &order…"), lambda: self._new_document("order"), None, sales_menu)
        sales_menu.addSeparator()
        self._action(self.tr("Pipeline &stages…"), self.edit_stages, None, sales_menu)
        service_menu = self.menuBar().addMenu(self.tr("Se&rvice"))
        self.new_ticket_action = self._action(self.tr("New &ticket…"), self.new_ticket, "Ctrl+Shift+T", service_menu)
        self.new_ticket_action.setToolTip(self.tr("Log a complaint or service request"))
        service_menu.addSeparator()
        for text, queue in ((self.tr("&My open tickets"), "mine"), (self.tr("&Unassigned tickets"), "unassigned"),
                            (self.tr("Breaching &soon"), "soon"), (self.tr("&Overdue tickets"), "overdue")):
            self._action(text, lambda _=False, q=queue: self.show_ticket_queue(q), None, service_menu)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.edit_action = self._action(self.tr("&Edit selected…"), self.edit_selected, "F2", edit_menu)
        self.delete_action = self._action(self.tr("&Delete selected"), self.delete_selected,
                                          QKeySequence.StandardKey.Delete, edit_menu)
        self.merge_action = self._action(self.tr("&Merge two selected…"), self.merge_selected, None,
                                         edit_menu)
        self.history_action = self._action(self.tr("Change &history of selected…"),
                                           self.security_actions.show_history_of_selected, "Ctrl+H", edit_menu)
        edit_menu.addSeparator()
        self.find_action = self._action(self.tr("&Find customer"), self.focus_search, "Ctrl+K", edit_menu)
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.new_contact_action)
        toolbar.addAction(self.new_account_action)
        toolbar.addAction(self.import_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_box)
        self.addToolBar(toolbar)

    def _set_up_sync(self) -> None:
        self.sync_status = SyncStatusButton(self)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.sync_runner = SyncRunner(self.crm.sync, self.jobs, self, folder=self.crm.db_path.parent)
        self.sync_runner.sig_status.connect(self.sync_status.show_status)
        self.sync_runner.sig_progress.connect(self.sync_status.show_progress)
        self.sync_runner.sig_synced.connect(self._synced)
        self.sync_runner.sig_failed.connect(self._sync_failed)
        self.sync_status.sig_sync_now.connect(self.sync_runner.sync_now)
        self.sync_status.sig_show_issues.connect(self.show_sync_issues)
        self.sync_status.sig_connect.connect(self.connect_to_server)
        self.sync_status.sig_log_out.connect(self.log_out_of_server)
        QTimer.singleShot(0, self.sync_runner.start)  # after the first paint

    def _wire_pages(self) -> None:
        detail = self.customers.detail
        detail.sig_edit.connect(self.edit_selected)
        detail.sig_show_sync_issues.connect(self.show_sync_issues)
        detail.sig_delete.connect(self.delete_selected)
        detail.sig_log_activity.connect(self.log_activity)
        detail.sig_new_contact.connect(self.new_contact)
        detail.sig_logged.connect(self.refresh)
        detail.sig_new_opportunity.connect(self.new_deal_for_selected)
        detail.sig_open_deal.connect(self.open_deal)
        detail.sig_open_order.connect(self.open_order)
        detail.sig_new_ticket.connect(self.new_ticket_for_selected)
        detail.sig_open_ticket.connect(self.open_ticket)
        self.agenda.sig_open.connect(self.open_record)

    def _page(self, row: int) -> QWidget:
        """The page of a sales module, built (and its module imported) on first use."""
        if row in self._built:
            return self._built[row]
        if row == PAGE_PIPELINE:
            from crm_desktop.gui.sales.pipeline_page import PipelinePage

            page = PipelinePage(self.crm, self.jobs, self.undo_stack, self.prefs)
            page.sig_open_record.connect(self.open_record)
        elif row == PAGE_ORDERS:
            from crm_desktop.gui.sales.orders_page import OrdersPage

            page = OrdersPage(self.crm, self.jobs)
        elif row == PAGE_PRODUCTS:
            from crm_desktop.gui.sales.products_page import ProductsPage

            page = ProductsPage(self.crm, self.jobs)
        elif row == PAGE_FORECAST:
            from crm_desktop.gui.sales.forecast_page import ForecastPage

            page = ForecastPage(self.crm, self.jobs)
        elif row == PAGE_SALES_REPORT:
            from crm_desktop.gui.sales.report_page import SalesReportPage

            page = SalesReportPage(self.crm, self.jobs)
        elif row == PAGE_DASHBOARD:
            from crm_desktop.gui.analytics.dashboard_page import DashboardPage

            page = DashboardPage(self.crm, self.jobs, self.prefs)
            page.sig_open.connect(self.open_drilled)
        elif row == PAGE_MARKETING:
            from crm_desktop.gui.marketing.page import MarketingPage

            page = MarketingPage(self.crm, self.jobs)
            page.segments.sig_show_in_list.connect(self.show_segment)
        else:
            from crm_desktop.gui.service.tickets_page import TicketsPage

            self._check_sla_policy()
            page = TicketsPage(self.crm, self.jobs)
            page.sig_counts_changed.connect(self._show_service_counts)
            self.counts_timer.stop()  # the page recounts on its own timer from now on
            page.sig_ticket_saved.connect(lambda _id: self.customers.refresh())
        placeholder = self.pages.widget(row)
        self.pages.insertWidget(row, page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self._built[row] = page
        return page

    @property
    def pipeline(self):
        return self._page(PAGE_PIPELINE)

    @property
    def orders(self):
        return self._page(PAGE_ORDERS)

    @property
    def tickets(self):
        return self._page(PAGE_SERVICE)

    @property
    def dashboard(self):
        return self._page(PAGE_DASHBOARD)

    @property
    def marketing(self):
        return self._page(PAGE_MARKETING)

    def _show_page(self, row: int) -> None:
        if row not in (PAGE_CUSTOMERS, PAGE_AGENDA):
            self._page(row)
        self.pages.setCurrentIndex(row)
        if row != PAGE_CUSTOMERS:
            self.pages.widget(row).refresh()  # other modules may have changed its data meanwhile
        else:
            self.customers.fill_segment_choices()

    def show_segment(self, segment_id: str, entity: str) -> None:
        self.nav.setCurrentRow(PAGE_CUSTOMERS)
        self.customers.show_segment(segment_id, entity)

    # --- records -----------------------------------------------------------------------

    def refresh(self) -> None:
        self.customers.refresh()
        if self.pages.currentIndex() == PAGE_AGENDA:
            self.agenda.refresh()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def open_record(self, entity: str, record_id: str) -> None:
        self.nav.setCurrentRow(PAGE_CUSTOMERS)
        self.customers.open_record(entity, record_id)

    def open_drilled(self, entity: str, record_id: str) -> None:
        """A record double-clicked in a dashboard drill-down, opened where it lives."""
        if entity == "opportunity":
            self.open_deal(record_id)
        elif entity == "order":
            self.open_order(record_id)
        elif entity == "ticket":
            self.open_ticket(record_id)
        elif entity == "activity":
            activity = self.crm.activities.get(record_id)  # shown on its customer's timeline
            if activity.contact_id or activity.account_id:
                self.open_record(*(("contact", activity.contact_id) if activity.contact_id
                                   else ("account", activity.account_id)))
        else:
            self.open_record(entity, record_id)

    def _open_dialog(self, dialog, entity: str) -> None:
        dialog.sig_open_existing.connect(self.open_record)
        if not dialog.exec() or dialog.saved is None:
            return
        if dialog.before is None:
            command = undo_commands.created(self.crm.customers, entity, dialog.saved, self.refresh,
                                            self._step_failed)
        else:
            command = undo_commands.edited(self.crm.customers, entity, dialog.before, dialog.saved,
                                           self.refresh, self._step_failed)
        self.undo_stack.push(command)
        self.customers.model.reload()
        self.open_record(entity, dialog.saved.id)

    # --- sales ---------------------------------------------------------------------------

    def new_deal(self) -> None:
        self.nav.setCurrentRow(PAGE_PIPELINE)
        self.pipeline.new_opportunity()

    def new_deal_for_selected(self) -> None:
        record, entity = self.customers.detail.record, self.customers.detail.entity
        if record is None:
            return
        key = {"contact_id": record.id} if entity == "contact" else {"account_id": record.id}
        self.pipeline.new_opportunity(**key)
        self.customers.detail.show_record(record, entity)

    def open_deal(self, opportunity_id: str) -> None:
        self.pipeline.edit_opportunity(opportunity_id)
        self.refresh()

    def open_order(self, order_id: str) -> None:
        self.nav.setCurrentRow(PAGE_ORDERS)
        self.orders.open_document(order_id)

    def _new_document(self, kind: str) -> None:
        account = self.customers.detail.record if self.customers.detail.entity == "account" else None
        self.nav.setCurrentRow(PAGE_ORDERS)
        self.orders.new_document(kind, account.id if account else None)

    # --- service -------------------------------------------------------------------------

    def new_ticket(self) -> None:
        """From anywhere; on the customers page the shown customer is filled in."""
        if self.pages.currentIndex() == PAGE_CUSTOMERS and self.customers.detail.record is not None:
            self.new_ticket_for_selected()
            return
        self.nav.setCurrentRow(PAGE_SERVICE)
        self.tickets.new_ticket()

    def new_ticket_for_selected(self) -> None:
        record, entity = self.customers.detail.record, self.customers.detail.entity
        if record is None:
            return
        if entity == "contact":
            account = (record.account_id, record.account_name) if record.account_id else None
            self.tickets.new_ticket(account=account, contact=(record.id, record.name))
        else:
            self.tickets.new_ticket(account=(record.id, record.name))
        self.customers.detail.show_record(record, entity)

    def open_ticket(self, ticket_id: str) -> None:
        self.tickets.open_ticket(ticket_id)
        self.refresh()

    def show_ticket_queue(self, queue: str) -> None:
        self.nav.setCurrentRow(PAGE_SERVICE)
        self.tickets.show_queue(queue)

    def update_service_counts(self) -> None:
        if PAGE_SERVICE in self._built:
            self.tickets.refresh_counts()
        else:
            self._show_service_counts(self.crm.service.queue_counts())

    def _show_service_counts(self, counts) -> None:
        """Overdue and breaching-soon tickets show beside "Service", in red or amber."""
        item = self.nav.item(PAGE_SERVICE)
        text, colour = self.tr("Service"), None
        if counts.overdue:
            text, colour = self.tr("Service (%1 overdue)").replace("%1", str(counts.overdue)), QColor("#c62828")
        elif counts.soon:
            text, colour = self.tr("Service (%1 due soon)").replace("%1", str(counts.soon)), QColor("#b26a00")
        item.setText(text)
        # No colour: clear the role, so the theme's text colour applies again.
        item.setData(Qt.ItemDataRole.ForegroundRole, QBrush(colour) if colour else None)
        item.setToolTip(self.tr("My open tickets: %1 · Unassigned: %2 · Breaching soon: %3 · Overdue: %4")
                        .replace("%1", str(counts.mine)).replace("%2", str(counts.unassigned))
                        .replace("%3", str(counts.soon)).replace("%4", str(counts.overdue)))

    def _check_sla_policy(self) -> None:
        """A chosen policy file that no longer reads cleanly is reported, and the shipped one used."""
        from crm_desktop.domain.service.sla import SlaPolicyError
        from crm_desktop.gui.service.sla_problems import problems_text

        try:
            self.crm.service.policy  # noqa: B018 - reading it is the check
        except SlaPolicyError as error:
            self.crm.service.use_policy(None)
            QMessageBox.warning(self, self.tr("SLA policy"), self.tr(
                "The SLA policy file has errors, so the policy shipped with the CRM is used:") + "\n\n"
                + problems_text(error))

    def edit_stages(self) -> None:
        if StagesDialog(self.crm.sales, self).exec() and PAGE_PIPELINE in self._built:
            self.pipeline.refresh()

    def _step_failed(self, step: str, _error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Undo"), self.tr(
            "“%1” could not be undone or redone: the record has changed since. "
            "The step was removed from the undo history.").replace("%1", step))

    def new_contact(self) -> None:
        record = self.customers.detail.record
        account = (record.id, record.name) if self.customers.detail.entity == "account" and record else None
        self._open_dialog(ContactEditDialog(self.crm.customers, account=account,
                                            search=self.crm.search.search, parent=self), "contact")

    def new_account(self) -> None:
        self._open_dialog(AccountEditDialog(self.crm.customers, parent=self), "account")

    def edit_selected(self) -> None:
        record, entity = self.customers.detail.record, self.customers.detail.entity
        if record is None:
            return
        if entity == "account":
            dialog = AccountEditDialog(self.crm.customers, record, parent=self)
        else:
            dialog = ContactEditDialog(self.crm.customers, record, search=self.crm.search.search,
                                       parent=self)
        self._open_dialog(dialog, entity)

    def delete_selected(self) -> None:
        record, entity = self.customers.detail.record, self.customers.detail.entity
        if record is None:
            return
        self.undo_stack.push(undo_commands.deleted(self.crm.customers, entity, record, self.refresh,
                                                   self._step_failed))
        self.customers.detail.show_record(None, "")
        self.statusBar().showMessage(self.tr("Deleted %1. Undo with Ctrl+Z.").replace("%1", record.name), 8000)

    def merge_selected(self) -> None:
        ids = self.customers.selected_ids()
        entity = self.customers.entity()
        if len(ids) != 2:
            QMessageBox.information(self, self.tr("Merge"), self.tr("Select exactly two rows to merge."))
            return
        get = self.crm.customers.get_contact if entity == "contact" else self.crm.customers.get_account
        first, second = get(ids[0]), get(ids[1])
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge"), self.tr(
            "Keep which record? The other one's activities, contacts, deals, orders, tickets and empty fields "
            "move to it, and it is removed. This cannot be undone."), parent=self)
        keep_first = box.addButton(first.name, QMessageBox.ButtonRole.AcceptRole)
        keep_second = box.addButton(second.name + " ", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() not in (keep_first, keep_second):
            return
        keep, gone = (first, second) if box.clickedButton() is keep_first else (second, first)
        merge = self.crm.customers.merge_contacts if entity == "contact" else self.crm.customers.merge_accounts
        merge(keep.id, gone.id)
        self.undo_stack.clear()  # earlier steps may refer to the merged record
        self.refresh()
        self.open_record(entity, keep.id)

    def log_activity(self) -> None:
        record, entity = self.customers.detail.record, self.customers.detail.entity
        if record is None:
            return
        target = {"contact_id": record.id} if entity == "contact" else {"account_id": record.id}
        if ActivityDialog(self.crm.activities, parent=self, **target).exec():
            self.refresh()

    # --- import and export -------------------------------------------------------------

    def open_import_wizard(self, path=None) -> ImportWizard:
        """The wizard, window-modal, with the current list's entity preselected."""
        self.import_wizard = self._show_import_window(
            ImportWizard(self.crm.imports, self.jobs, self.customers.entity(), path, self))
        self.import_wizard.sig_show_review.connect(self.show_review)
        return self.import_wizard

    def show_review(self, entity: str) -> None:
        """The customer list narrowed to the records with values an import kept for review."""
        self.nav.setCurrentRow(PAGE_CUSTOMERS)
        self.customers.show_review(entity)

    def open_import_history(self) -> ImportHistoryDialog:
        self.import_history = self._show_import_window(ImportHistoryDialog(self.crm.imports, self.jobs, self))
        return self.import_history

    def _show_import_window(self, window):
        """Window-modal, refreshing the lists whenever it changed data, gone when closed."""
        window.sig_data_changed.connect(self._imported)
        window.setWindowModality(Qt.WindowModality.WindowModal)
        window.finished.connect(window.deleteLater)
        window.show()
        return window

    def _imported(self) -> None:
        self.customers.fill_filter_choices()
        self.refresh()

    def open_export_dialog(self) -> ExportDialog:
        dialog = ExportDialog(self.crm.exports, self.jobs, self.customers.list_view(), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._exported(dialog.exported))
        dialog.finished.connect(dialog.deleteLater)
        self.export_dialog = dialog
        dialog.show()
        return dialog

    def _exported(self, exported) -> None:
        count, path = exported
        self.statusBar().showMessage(self.tr("Exported %n record(s) to %1", "", count).replace("%1", str(path)),
                                     15000)

    # --- sync ----------------------------------------------------------------------------

    def connect_to_server(self) -> None:
        if SyncLoginDialog(self.crm.sync, self.jobs, self).exec():
            self.statusBar().showMessage(self.tr("Connected. Your data is being synced."), 8000)
            self.sync_runner.sync_now()

    def log_out_of_server(self) -> None:
        self.jobs.run_io(self.crm.sync.logout, on_done=lambda _r: self.sync_runner.check())

    def show_sync_issues(self) -> SyncIssuesDialog:
        dialog = SyncIssuesDialog(self.crm.sync, self)
        dialog.finished.connect(lambda _r: (self.sync_runner.check(), self.refresh()))
        dialog.open()
        return dialog

    def _synced(self, report) -> None:
        if report.pulled:
            self.refresh()
        if report.conflicts or report.rejected:
            self.statusBar().showMessage(self.tr("Some changes need your decision: see Sync issues."), 15000)

    def _sync_failed(self, code: str) -> None:
        if code == "disk_full":  # the runner says it once, until a round succeeds
            show_disk_full(self, failure_text(code, self.crm.db_path.parent))
        elif code != "offline":  # offline is shown in the status bar; the rest needs the user to act
            self.statusBar().showMessage(failure_text(code), 30000)

    # --- settings, demo data, window state ---------------------------------------------

    def open_settings(self) -> None:
        if SettingsDialog(self.prefs, self, self.crm.sales, self.crm.service).exec():
            QMessageBox.information(self, self.tr("Settings"),
                                    self.tr("The language changes the next time the CRM starts."))
            self.crm.customers.phone_region = self.prefs.get(declared.PHONE_REGION)
            self._apply_sla_policy()
            if PAGE_PIPELINE in self._built:
                self.pipeline.refresh()

    def _apply_sla_policy(self) -> None:
        from crm_desktop.domain.service.sla import SlaPolicyError

        chosen = self.prefs.get(declared.SLA_POLICY)
        try:
            self.crm.service.use_policy(Path(chosen) if chosen else None)
        except SlaPolicyError:
            self._check_sla_policy()  # changed on disk since it was chosen: say so, use the shipped one

    def offer_demo_data(self) -> None:
        size = self.prefs.get(declared.DEMO_SIZE)
        text = self.tr("Your customer database is empty. Load %1 demo customers to try the CRM? "
                       "You can delete them later.") if self.crm.is_empty() else self.tr(
            "Add %1 demo customers to this database?")
        answer = QMessageBox.question(self, self.tr("Demo data"), text.replace("%1", f"{size:,}"))
        if answer == QMessageBox.StandardButton.Yes:
            self.load_demo_data(size)

    def load_demo_data(self, size: int) -> None:
        state = self.jobs.new_state()
        progress = QProgressDialog(self.tr("Creating demo customers…"), self.tr("Cancel"), 0, 100, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(200)
        progress.canceled.connect(state.cancel)

        def report(s, done: int, total: int, _msg: str) -> None:
            if s is state:
                progress.setValue(int(done * 100 / max(total, 1)))

        self.jobs.sig_progress.connect(report)

        def finished(_result) -> None:
            self.jobs.sig_progress.disconnect(report)
            progress.close()
            self.customers.fill_filter_choices()
            self.refresh()
            self.customers.select_first_row()

        def failed(error) -> None:
            finished(None)
            if not isinstance(error, TaskCancelledError):
                QMessageBox.warning(self, self.tr("Demo data"), str(error))

        self.jobs.run_db(self.crm.load_demo, size, state, on_done=finished, on_error=failed)

    def _restore_window_state(self) -> None:
        q = QSettings(APP_ORG, APP_NAME)
        geometry = q.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = q.value("window/splitter")
        if splitter is not None:
            self.customers.splitter.restoreState(splitter)

    def shutdown_background(self) -> None:
        """Stop syncing (open connections are dropped), the timers, and finish the background jobs: a
        window closed but not yet deleted must not touch a store that is gone."""
        self.counts_timer.stop()
        self.security_actions.stop()
        self.sync_runner.stop()
        if PAGE_MARKETING in self._built:
            self.marketing.stop()
        if PAGE_SERVICE in self._built:
            self.tickets.timer.stop()
        self.jobs.shutdown()

    def closeEvent(self, event) -> None:
        q = QSettings(APP_ORG, APP_NAME)
        q.setValue("window/geometry", self.saveGeometry())
        q.setValue("window/splitter", self.customers.splitter.saveState())
        self.shutdown_background()
        super().closeEvent(event)
