"""The service desk: ticket queues with their counts, filters, bulk assignment, open or create a ticket."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.common.validation import NotFoundError
from crm_desktop.domain.service.entities import (
    QUEUE_ALL,
    QUEUE_MINE,
    QUEUE_OPEN,
    QUEUE_OVERDUE,
    QUEUE_SOON,
    QUEUE_UNASSIGNED,
    QUEUES,
    QueueCounts,
    TicketFilter,
)
from crm_desktop.gui.common.formats import counted
from crm_desktop.gui.common.labels import TICKET_PRIORITY, TICKET_SLA, TICKET_STATUS, TICKET_TYPE, label
from crm_desktop.gui.customers.bulk_assign_dialog import BulkAssignDialog
from crm_desktop.gui.service.ticket_table_model import BREACHED_TEXT, TicketTableModel

if TYPE_CHECKING:
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.gui.shell.jobs import JobRunner

COUNT_INTERVAL_MS = 60_000  # SLA states move with the clock even when nobody edits a ticket


class TicketsPage(QWidget):
    sig_counts_changed = Signal(object)  # QueueCounts
    sig_ticket_saved = Signal(str)       # ticket id

    def __init__(self, crm: CrmApp, jobs: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.crm, self.jobs = crm, jobs
        self._counts = QueueCounts(0, 0, 0, 0)
        self.model = TicketTableModel(crm.service, jobs, TicketFilter(QUEUE_MINE), self)
        self.model.sig_reloaded.connect(self._update_labels)

        # Queues as tabs above the list: a side list would take the width the nine columns need.
        self.queues = QTabBar(self)
        self.queues.setObjectName("ticketQueues")
        self.queues.setExpanding(False)
        self.queues.setDrawBase(False)
        for index, queue in enumerate(QUEUES):
            self.queues.addTab("")
            self.queues.setTabData(index, queue)
        self.queues.currentChanged.connect(self._filter)

        self.status_combo = self._combo(self.tr("Any status"), TICKET_STATUS)
        self.priority_combo = self._combo(self.tr("Any priority"), TICKET_PRIORITY)
        self.type_combo = self._combo(self.tr("Any type"), TICKET_TYPE)
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(self.tr("Number, subject or customer"))
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.textChanged.connect(self._filter)
        self.assign_button = QPushButton(self.tr("&Assign selected…"), self)
        self.assign_button.clicked.connect(self.assign_selected)
        self.new_button = QPushButton(self.tr("&New ticket…"), self)
        self.new_button.clicked.connect(lambda: self.new_ticket())

        self.table = self._table()
        self.count_label = QLabel(self)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("ticketMessage")

        bar = QHBoxLayout()
        for combo in (self.status_combo, self.priority_combo, self.type_combo):
            bar.addWidget(combo)
        bar.addWidget(self.text_edit, 1)
        bar.addWidget(self.assign_button)
        bar.addWidget(self.new_button)
        foot = QHBoxLayout()
        foot.addWidget(self.count_label)
        foot.addStretch()
        foot.addWidget(self.message_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.queues)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(foot)

        self.timer = QTimer(self)
        self.timer.setInterval(COUNT_INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._refresh_counts()
        self._update_labels()
        self._update_buttons()

    def _combo(self, anything: str, labels: dict[str, str]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(anything, None)
        for code in labels:
            combo.addItem(label(labels, code), code)
        combo.currentIndexChanged.connect(self._filter)
        return combo

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        # The indicator first: switching sorting on sorts by it, and it must be the model's own order.
        self._show_sort(table)
        table.setSortingEnabled(True)
        # Widths from the texts a column can hold, not from its rows: measuring rows fetches pages.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = table.fontMetrics()
        stamp = "2026-12-31 23:59"
        samples = {0: ["T-000000"], 2: ["M" * 14], 3: [label(TICKET_PRIORITY, c) for c in TICKET_PRIORITY],
                   4: [label(TICKET_STATUS, c) for c in TICKET_STATUS], 5: ["M" * 6],
                   6: [label(TICKET_SLA, c) for c in TICKET_SLA], 7: [stamp], 8: [stamp]}
        for column, texts in samples.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            table.setColumnWidth(column, max(metrics.horizontalAdvance(t) for t in [title, *texts]) + 24)
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.activated.connect(self._open_index)  # double-click, or Enter
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        return table

    def _show_sort(self, table: QTableView | None = None) -> None:
        order = Qt.SortOrder.DescendingOrder if self.model.current_sort.descending else Qt.SortOrder.AscendingOrder
        (table or self.table).horizontalHeader().setSortIndicator(self.model.sort_column(), order)

    # --- public API ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list and the queue counts (after an edit here or elsewhere, or a sync)."""
        self.model.reload()
        self._refresh_counts()

    def counts(self) -> QueueCounts:
        return self._counts

    def refresh_counts(self) -> None:
        """Count the queues again (another page changed a ticket); the list stays as it is."""
        self._refresh_counts()

    def show_queue(self, queue: str) -> None:
        self.queues.setCurrentIndex(QUEUES.index(queue))

    def current_queue(self) -> str:
        return self.queues.tabData(self.queues.currentIndex()) or QUEUE_MINE

    def open_ticket(self, ticket_id: str) -> None:
        from crm_desktop.gui.service.ticket_dialog import TicketDialog  # imported late: it pulls in the editors

        def gone(error: BaseException) -> None:
            if not isinstance(error, NotFoundError):
                raise error
            self.message_label.setText(self.tr("That ticket no longer exists."))
            self.refresh()

        self.jobs.run_db(self.crm.service.get, ticket_id, on_error=gone,
                         on_done=lambda ticket: self._run(TicketDialog(self.crm, self.jobs, ticket, parent=self)))

    def new_ticket(self, account: tuple[str, str] | None = None, contact: tuple[str, str] | None = None) -> None:
        """A new ticket, for a customer when one is given (from a customer's page)."""
        from crm_desktop.gui.service.ticket_dialog import TicketDialog

        self._run(TicketDialog(self.crm, self.jobs, None, account=account, contact=contact, parent=self))

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [ticket_id for ticket_id in map(self.model.record_id, rows) if ticket_id]

    def assign_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.jobs.run_db(self.crm.service.assignees, on_done=lambda people: self._assign(ids, people))

    def _assign(self, ids: list[str], people) -> None:
        dialog = BulkAssignDialog(people, self.crm.service.me, len(ids), self)
        if dialog.exec():
            self.jobs.run_db(self.crm.service.bulk_assign, ids, dialog.user_id(), on_done=self._assigned)

    def _assigned(self, result) -> None:
        text = self.tr("%n ticket(s) assigned", "", result.assigned)
        if result.skipped:
            # Closed tickets stay with whoever closed them; the others already had that handler.
            text = self.tr("%1, %n skipped (closed or already theirs)", "", result.skipped).replace("%1", text)
        self.refresh()
        self.message_label.setText(text)

    # --- internals -----------------------------------------------------------------------

    def _filter(self, *args) -> None:
        queue = self.current_queue()
        before = self.model.filter.queue
        self.model.set_filter(TicketFilter(queue, self.status_combo.currentData(), self.priority_combo.currentData(),
                                           self.type_combo.currentData(), self.text_edit.text().strip() or None))
        if queue != before:
            self._show_sort()
        self.message_label.clear()
        self._update_labels()

    def _open_index(self, index: QModelIndex) -> None:
        ticket_id = self.model.record_id(index.row())
        if ticket_id:
            self.open_ticket(ticket_id)

    def _run(self, dialog) -> None:
        dialog.sig_saved.connect(self.sig_ticket_saved)
        dialog.exec()
        self.refresh()

    def _refresh_counts(self, always: bool = True) -> None:
        self.jobs.run_db(self.crm.service.queue_counts, on_done=lambda counts: self._counted(counts, always))

    def _counted(self, counts: QueueCounts, always: bool) -> None:
        changed, self._counts = counts != self._counts, counts
        if always or changed:
            self.sig_counts_changed.emit(counts)
        self._update_labels()

    def _tick(self) -> None:
        self._refresh_counts(always=False)
        model = self.model
        self.jobs.run_db(model.is_stale, on_done=lambda stale: model.reload() if stale else
                         self.table.viewport().update())  # the SLA column reads the clock when painted

    def _update_labels(self) -> None:
        c = self._counts
        titles = {
            QUEUE_MINE: counted(self.tr("My open tickets"), c.mine),
            QUEUE_UNASSIGNED: counted(self.tr("Unassigned"), c.unassigned),
            QUEUE_SOON: counted(self.tr("Breaching soon"), c.soon),
            QUEUE_OVERDUE: counted(self.tr("Overdue"), c.overdue),
            QUEUE_OPEN: self.tr("All open"),
            QUEUE_ALL: self.tr("All"),
        }
        for index, queue in enumerate(QUEUES):
            self.queues.setTabText(index, titles[queue])
        self.queues.setTabTextColor(QUEUES.index(QUEUE_OVERDUE), BREACHED_TEXT if c.overdue else QColor())
        self.count_label.setText(self.tr("%n ticket(s)", "", self.model.rowCount()))

    def _update_buttons(self, *args) -> None:
        self.assign_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
