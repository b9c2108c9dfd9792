"""The selected customer: key facts, actions, timeline, deals, orders and tickets, and a quick "log activity"."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.customers.entities import AccountData, ActivityInput, ContactData
from crm_desktop.domain.customers.enums import ActivityKind
from crm_desktop.gui.activities.timeline_view import ActivityTimeline
from crm_desktop.gui.attachments.panel import AttachmentsPanel
from crm_desktop.gui.common.formats import counted, date_format, date_text, datetime_text, phone_text
from crm_desktop.gui.common.labels import KIND, SOURCE, STATUS, label, translate_message
from crm_desktop.gui.customers.imported_facts import (
    CustomFieldsTable,
    ReviewNotesPanel,
    address_text,
    moment_text,
    phone_lines,
)
from crm_desktop.gui.customers.record_contacts_list import RecordContactsList
from crm_desktop.gui.customers.record_sales_lists import RecordDealsList, RecordOrdersList
from crm_desktop.gui.customers.record_service_list import RecordTicketsList


class DetailPane(QWidget):
    sig_edit = Signal()
    sig_delete = Signal()
    sig_log_activity = Signal()
    sig_new_contact = Signal()
    sig_logged = Signal()
    sig_open_record = Signal(str, str)  # entity, id
    sig_new_opportunity = Signal()
    sig_open_deal = Signal(str)
    sig_open_order = Signal(str)
    sig_new_ticket = Signal()
    sig_open_ticket = Signal(str)
    sig_show_sync_issues = Signal()
    sig_review_resolved = Signal()  # a review note was removed from the record shown

    sig_shown = Signal()  # the shown record's timeline, lists and sync issues arrived
    sig_record_changed = Signal()  # another record is shown, or none (`record`)

    def __init__(self, jobs, activities, sales=None, orders=None, service=None, parent=None, sync=None,
                 customers=None, attachments=None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.activities, self.sync, self.customers = activities, sync, customers
        self.record: AccountData | ContactData | None = None
        self.entity = ""
        self._generation = 0  # what arrives for a record no longer shown is dropped
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("detailSubtitle")
        self.subtitle.linkActivated.connect(self._open_link)
        # A record with unsettled sync issues says so where the rep looks at it.
        self.sync_banner = QLabel()
        self.sync_banner.setObjectName("syncBanner")
        self.sync_banner.setStyleSheet("background: #fdf2d0; color: #7a5200; padding: 4px;")
        self.sync_banner.setVisible(False)
        self.sync_banner.linkActivated.connect(lambda _link: self.sig_show_sync_issues.emit())
        layout.addWidget(self.sync_banner)
        # Values an import could not read: said where the rep looks, listed in their own tab.
        self.review_banner = QLabel()
        self.review_banner.setObjectName("reviewBanner")
        self.review_banner.setStyleSheet("background: #fdf2d0; color: #7a5200; padding: 4px;")
        self.review_banner.setWordWrap(True)
        self.review_banner.setVisible(False)
        self.review_banner.linkActivated.connect(lambda _link: self.tabs.setCurrentWidget(self.review))
        layout.addWidget(self.review_banner)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        self.facts = QFormLayout()
        layout.addLayout(self.facts)
        # Two rows: six buttons on one row were cut to "og activity." when the pane is narrow.
        buttons, creating = QHBoxLayout(), QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.log_button = QPushButton(self.tr("Log activity…"))
        self.new_contact_button = QPushButton(self.tr("New contact…"))
        self.new_deal_button = QPushButton(self.tr("New deal…"))
        self.new_deal_button.setVisible(sales is not None)
        self.new_ticket_button = QPushButton(self.tr("New ticket…"))
        self.new_ticket_button.setToolTip(self.tr("Log a complaint or service request for this customer"))
        self.new_ticket_button.setVisible(service is not None)
        for button, signal in ((self.edit_button, self.sig_edit), (self.delete_button, self.sig_delete),
                               (self.log_button, self.sig_log_activity),
                               (self.new_contact_button, self.sig_new_contact),
                               (self.new_deal_button, self.sig_new_opportunity),
                               (self.new_ticket_button, self.sig_new_ticket)):
            button.clicked.connect(signal.emit)
            editing = button in (self.edit_button, self.delete_button, self.log_button)
            (buttons if editing else creating).addWidget(button)
        for row in (buttons, creating):
            row.addStretch()
            layout.addLayout(row)
        layout.addWidget(self._quick_log())
        # Its edit and delete are the activities module's (wired by its commands, on the undo stack).
        self.timeline = ActivityTimeline()
        self.timeline_model = self.timeline.model
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, self.tr("Activity timeline"))
        # An account's people, beside its timeline (the count alone says nothing of who they are).
        self.contacts = RecordContactsList(customers)
        self.contacts.sig_open_contact.connect(lambda contact_id: self.sig_open_record.emit("contact", contact_id))
        self.tabs.addTab(self.contacts, "")
        self.deals = RecordDealsList(sales) if sales is not None else None
        self.orders = RecordOrdersList(orders) if orders is not None else None
        if self.deals is not None:
            self.deals.sig_open_deal.connect(self.sig_open_deal)
            self.deals.sig_new_deal.connect(self.sig_new_opportunity)
            self.tabs.addTab(self.deals, "")
        if self.orders is not None:
            self.orders.sig_open_order.connect(self.sig_open_order)
            self.tabs.addTab(self.orders, "")
        # The service history sits beside the timeline: what went wrong and how it ended.
        self.tickets = RecordTicketsList(service) if service is not None else None
        if self.tickets is not None:
            self.tickets.sig_open_ticket.connect(self.sig_open_ticket)
            self.tabs.addTab(self.tickets, "")
        # What an import kept that has no field of its own, and the values it could not read.
        self.custom_fields = CustomFieldsTable()
        self.tabs.addTab(self.custom_fields, "")
        self.review = ReviewNotesPanel()
        self.review.sig_resolve.connect(self.resolve_review)
        self.tabs.addTab(self.review, "")
        # Files and photos kept with the customer: contracts, signed forms, the shop front.
        self.files = AttachmentsPanel(jobs, attachments) if attachments is not None else None
        if self.files is not None:
            self.tabs.insertTab(1, self.files, self.tr("Files"))
            self.files.sig_count.connect(
                lambda count: self.tabs.setTabText(self.tabs.indexOf(self.files), counted(self.tr("Files"), count)))
        layout.addWidget(self.tabs, 1)
        self.show_record(None, "")

    def _quick_log(self) -> QWidget:
        box = QWidget()
        box.setObjectName("quickLog")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.quick_kind = QComboBox()
        for kind in ActivityKind:
            self.quick_kind.addItem(label(KIND, kind.value), kind.value)
        self.quick_kind.setCurrentIndex(self.quick_kind.findData("call"))
        self.quick_subject = QLineEdit()
        self.quick_subject.setPlaceholderText(self.tr("What happened? (Enter to log)"))
        self.quick_subject.returnPressed.connect(self.log_quick)
        self.quick_followup = QCheckBox(self.tr("Follow up"))
        self.quick_date = QDateEdit(QDate.currentDate().addDays(7))
        self.quick_date.setCalendarPopup(True)
        self.quick_date.setDisplayFormat(date_format())
        self.quick_date.setEnabled(False)
        self.quick_followup.toggled.connect(self.quick_date.setEnabled)
        self.quick_button = QPushButton(self.tr("Log"))
        self.quick_button.clicked.connect(self.log_quick)
        for column, widget in enumerate((self.quick_kind, self.quick_subject, self.quick_followup, self.quick_date,
                                         self.quick_button)):
            grid.addWidget(widget, 0, column)
        grid.setColumnStretch(1, 1)
        # What the log refused, under the field (as the forms show it) until the next log or record.
        self.quick_error = QLabel()
        self.quick_error.setObjectName("quickLogError")
        self.quick_error.setStyleSheet("color: #c0392b;")
        self.quick_error.setWordWrap(True)
        self.quick_error.setVisible(False)
        grid.addWidget(self.quick_error, 1, 1, 1, 4)
        return box

    def _show_sync_issues(self, count: int) -> None:
        self.sync_banner.setVisible(count > 0)
        if count:
            self.sync_banner.setText(self.tr("%n change(s) to this record need your decision. "
                                             "<a href=\"issues\">Review sync issues</a>", "", count))

    def show_record(self, record, entity: str) -> None:
        self.record, self.entity = record, entity
        has = record is not None
        for widget in (self.edit_button, self.delete_button, self.log_button, self.quick_subject,
                       self.quick_button, self.quick_kind, self.quick_followup):
            widget.setEnabled(has)
        self.new_contact_button.setVisible(entity == "account")
        self.new_deal_button.setEnabled(has)
        self.new_ticket_button.setEnabled(has)
        self._show_quick_error(None)
        self.tabs.setTabVisible(self.tabs.indexOf(self.contacts), entity == "account")
        self._generation += 1
        generation = self._generation
        record_id = record.id if has else None
        self.jobs.run_db(self._load, entity, record_id, on_done=lambda loaded: self._loaded(generation, *loaded))
        if self.files is not None:
            self.files.show_record(entity, record_id)
        while self.facts.rowCount():
            self.facts.removeRow(0)
        self._show_imported(record, entity)
        self.sig_record_changed.emit()
        if not has:
            self.title.setText(self.tr("No customer selected"))
            self.subtitle.setText(self.tr("Pick a row in the list, or search with Ctrl+K."))
            return
        self.title.setText(record.name)
        if entity == "contact":
            self._contact_facts(record)
        else:
            self._account_facts(record)

    def _load(self, entity: str, record_id: str | None) -> tuple:
        """On the database thread: the timeline, the deals, orders and tickets, the open sync issues."""
        if record_id is None:
            return [], [], [], [], [], 0
        key = {"contact_id": record_id} if entity == "contact" else {"account_id": record_id}
        return (self.activities.timeline(**key),
                self.contacts.rows_for(entity, record_id) if self.customers is not None else [],
                self.deals.rows_for(entity, record_id) if self.deals is not None else [],
                self.orders.rows_for(entity, record_id) if self.orders is not None else [],
                self.tickets.rows_for(entity, record_id) if self.tickets is not None else [],
                len(self.sync.issues_of(record_id)) if self.sync is not None else 0)

    def _loaded(self, generation: int, timeline: list, people: list, deals: list, orders: list, tickets: list,
                issues: int) -> None:
        if generation != self._generation:
            return
        self.timeline_model.set_items(timeline)
        index = self.tabs.indexOf(self.contacts)
        self.tabs.setTabText(index, counted(self.tr("Contacts"), self.contacts.show_rows(people)))
        self.tabs.setTabVisible(index, self.entity == "account")
        if self.deals is not None:
            count = self.deals.show_rows(deals)
            self.tabs.setTabText(self.tabs.indexOf(self.deals), counted(self.tr("Deals"), count))
        if self.orders is not None:
            count = self.orders.show_rows(orders)
            index = self.tabs.indexOf(self.orders)
            self.tabs.setTabText(index, counted(self.tr("Quotes and orders"), count))
            self.tabs.setTabVisible(index, self.entity == "account")
        if self.tickets is not None:
            count = self.tickets.show_rows(tickets)
            self.tabs.setTabText(self.tabs.indexOf(self.tickets), counted(self.tr("Service"), count))
        self._show_sync_issues(issues)
        self.sig_shown.emit()

    def _show_imported(self, record, entity: str) -> None:
        """The custom fields and review notes tabs, shown when the record has some."""
        fields = dict(getattr(record, "custom_fields", None) or {})
        notes = list(getattr(record, "review", None) or ())
        self.custom_fields.show_fields(fields)
        index = self.tabs.indexOf(self.custom_fields)
        self.tabs.setTabText(index, counted(self.tr("Custom fields"), len(fields)))
        self.tabs.setTabVisible(index, bool(fields))
        self.review.show_notes(entity, notes)
        index = self.tabs.indexOf(self.review)
        self.tabs.setTabText(index, counted(self.tr("Needs review"), len(notes)))
        self.tabs.setTabVisible(index, bool(notes))
        self.review.setEnabled(self.customers is not None)
        self.review_banner.setVisible(bool(notes))
        if notes:
            self.review_banner.setText(self.tr("%n value(s) from an import could not be read and need review. "
                                               "<a href=\"review\">Show them</a>", "", len(notes)))

    def resolve_review(self, index: int) -> None:
        """Remove one review note (its index), or all of them (-1), from the record shown."""
        if self.record is None or self.customers is None:
            return
        notes = list(self.record.review)
        note = notes[index] if 0 <= index < len(notes) else None
        entity, shown = self.entity, self.record

        def resolve():
            try:
                return self.customers.resolve_review(entity, shown.id, None if index < 0 else index, note)
            except LookupError:  # gone meanwhile (a sync): show the record as it is now
                return shown

        def resolved(record) -> None:
            if self.record is shown:
                self.show_record(record, entity)
            self.sig_review_resolved.emit()

        self.jobs.run_db(resolve, on_done=resolved)

    def _fact(self, title: str, value: str | None) -> None:
        if value:
            text = QLabel(value)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setWordWrap(True)
            self.facts.addRow(title, text)

    def _contact_facts(self, c: ContactData) -> None:
        company = f'<a href="account:{c.account_id}">{c.account_name}</a>' if c.account_id else ""
        self.subtitle.setText(" · ".join(x for x in (c.title, c.department, company) if x))
        self._fact(self.tr("Mobile"), phone_text(c.mobile))
        self._fact(self.tr("Phone"), phone_text(c.phone))
        self._fact(self.tr("Other phones"), phone_lines(c.phones))
        self._fact(self.tr("E-mail"), c.email)
        self._fact(self.tr("Other e-mails"), "\n".join(c.emails))
        self._fact(self.tr("WeChat"), c.wechat)
        self._fact(self.tr("Birthday"), date_text(c.birthday))
        self._fact(self.tr("Address"), address_text(c))
        self._fact(self.tr("Source"), label(SOURCE, c.source))
        self._fact(self.tr("Lifecycle stage"), c.lifecycle)
        self._fact(self.tr("Created in the source system"), moment_text(c.original_created_at))
        self._common_facts(c)

    def _account_facts(self, a: AccountData) -> None:
        level = self.tr("Level %1").replace("%1", a.level) if a.level else ""
        self.subtitle.setText(" · ".join(x for x in (level, label(STATUS, a.status), a.industry) if x))
        self._fact(self.tr("Phone"), phone_text(a.phone))
        self._fact(self.tr("Address"), address_text(a))
        self._fact(self.tr("Source"), label(SOURCE, a.source))
        self._contact_count_fact(a.contact_count)
        self._fact(self.tr("Created in the source system"), moment_text(a.original_created_at))
        self._common_facts(a)

    def _contact_count_fact(self, count: int) -> None:
        """The number of people, a link to the tab that lists them."""
        text = QLabel(f'<a href="contacts">{count}</a>' if count else "0")
        text.setObjectName("contactCount")
        text.linkActivated.connect(lambda _link: self.tabs.setCurrentWidget(self.contacts))
        self.facts.addRow(self.tr("Contacts"), text)

    def _common_facts(self, r) -> None:
        self._fact(self.tr("Tags"), ", ".join(r.tags))
        self._fact(self.tr("Owner"), r.owner_name)
        self._fact(self.tr("Last activity"), datetime_text(r.last_activity_at))
        self._fact(self.tr("Next follow-up"), date_text(r.next_followup_at))
        self._fact(self.tr("Notes"), r.notes)

    def _open_link(self, link: str) -> None:
        entity, _, record_id = link.partition(":")
        self.sig_open_record.emit(entity, record_id)

    def log_quick(self) -> None:
        if self.record is None:
            return
        target = {"contact_id": self.record.id} if self.entity == "contact" else {"account_id": self.record.id}
        data = ActivityInput(
            kind=self.quick_kind.currentData(), subject=self.quick_subject.text().strip(),
            next_followup_on=self.quick_date.date().toPython() if self.quick_followup.isChecked() else None,
            **target,
        )
        self.quick_button.setEnabled(False)
        self.jobs.run_db(self.activities.log, data, on_done=self._logged, on_error=self._log_failed)

    def _logged(self, _activity) -> None:
        self.quick_button.setEnabled(self.record is not None)
        self._show_quick_error(None)
        self.quick_subject.clear()
        self.quick_followup.setChecked(False)
        self.sig_logged.emit()

    def _log_failed(self, error: BaseException) -> None:
        self.quick_button.setEnabled(self.record is not None)
        if not isinstance(error, ValidationError):
            raise error
        self._show_quick_error(" ".join(translate_message("Validation", m) for m in error.errors.values()))
        self.quick_subject.setFocus()

    def _show_quick_error(self, text: str | None) -> None:
        self.quick_error.setText(text or "")
        self.quick_error.setVisible(bool(text))
