"""Sales pipeline: filters over a kanban board or a deal table, the deal editor, undoable changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.sales.entities import PipelineFilter
from crm_desktop.gui.common import undo_commands
from crm_desktop.gui.common.labels import OPPORTUNITY_STATUS, label
from crm_desktop.gui.sales import pipeline_undo
from crm_desktop.gui.sales.kanban_board import KanbanBoard
from crm_desktop.gui.sales.opportunity_dialog import OpportunityDialog
from crm_desktop.gui.sales.pipeline_table_model import PipelineTableModel

if TYPE_CHECKING:
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.gui.shell.jobs import JobRunner

BOARD, TABLE = 0, 1
TEXT_FILTER_DELAY_MS = 300


class ChoicesComboBox(QComboBox):
    """A filter combo that asks for its choices when its list is first opened."""

    sig_about_to_show = Signal()

    def showPopup(self) -> None:
        self.sig_about_to_show.emit()
        super().showPopup()


class PipelinePage(QWidget):
    sig_open_record = Signal(str, str)  # (entity, record id): "account" / "contact"
    sig_deal_saved = Signal(str)  # opportunity id: made, edited or deleted here

    def __init__(self, crm: CrmApp, jobs: JobRunner, undo_stack, prefs, parent=None) -> None:
        super().__init__(parent)
        self.crm, self.jobs, self.undo_stack, self.prefs = crm, jobs, undo_stack, prefs
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        layout.addLayout(self._filter_bar())
        self.board = KanbanBoard(crm.sales, jobs, undo_stack, prefs)
        self.board.sig_reloaded.connect(self._update_count)
        self.board.sig_open_opportunity.connect(self.edit_opportunity)
        self.board.sig_card_menu.connect(self._card_menu)
        self.board.sig_changed.connect(self._board_changed)
        self.board.sig_deal_moved.connect(self.sig_deal_saved)  # the forecast, dashboard, customer's deals
        self.model = PipelineTableModel(crm.sales, jobs, self, load=False)  # counted once first shown
        self.model.sig_reloaded.connect(self._update_count)
        self.table = self._make_table()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.board)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)
        self._stale = {TABLE}  # views to reload when next shown
        self.board.reload()
        self._update_count()

    # --- bars --------------------------------------------------------------------------

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.board_button = QToolButton()
        self.board_button.setText(self.tr("Board"))
        self.table_button = QToolButton()
        self.table_button.setText(self.tr("Table"))
        self.view_group = QButtonGroup(self)
        for view, button in ((BOARD, self.board_button), (TABLE, self.table_button)):
            button.setCheckable(True)
            self.view_group.addButton(button, view)
            bar.addWidget(button)
        self.board_button.setChecked(True)
        self.view_group.idClicked.connect(self.show_view)
        self.status_filter = QComboBox()
        for status in ("open", "won", "lost"):
            self.status_filter.addItem(label(OPPORTUNITY_STATUS, status), status)
        self.status_filter.addItem(self.tr("All deals"), None)
        self.status_filter.setVisible(False)  # the board shows open deals only
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        bar.addWidget(self.status_filter)
        bar.addStretch()
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        bar.addWidget(self.count_label)
        self.new_button = QPushButton(self.tr("New deal…"))
        self.new_button.clicked.connect(lambda: self.new_opportunity())
        bar.addWidget(self.new_button)
        return bar

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.owner_filter, self.team_filter, self.month_filter = ChoicesComboBox(), ChoicesComboBox(), ChoicesComboBox()
        self._choices_loaded = False
        for combo, title in ((self.owner_filter, self.tr("Owner")), (self.team_filter, self.tr("Team")),
                             (self.month_filter, self.tr("Close month"))):
            bar.addWidget(QLabel(title))
            bar.addWidget(combo)
            combo.addItem(self.tr("Any"), None)
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.sig_about_to_show.connect(self._load_choices)
            combo.currentIndexChanged.connect(self._filters_changed)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Deal or company name"))
        self.text_filter.setClearButtonEnabled(True)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_FILTER_DELAY_MS)
        self._text_timer.timeout.connect(self._filters_changed)
        self.text_filter.textChanged.connect(self._text_timer.start)
        bar.addWidget(self.text_filter, 1)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.clear_filters)
        bar.addWidget(clear)
        return bar

    def _load_choices(self) -> None:
        # Close months take a scan of every open deal (~170 ms at 200,000): not while the page opens.
        if not self._choices_loaded:
            self.fill_filter_choices()

    def fill_filter_choices(self) -> None:
        self._choices_loaded = True
        self.jobs.run_db(self.crm.sales.filter_choices, on_done=self._fill_filter_choices)

    def _fill_filter_choices(self, choices: dict) -> None:
        anyone = self.tr("Any")
        sets = (
            (self.owner_filter, [(name, uid) for uid, name in choices["owners"]]),
            (self.team_filter, [(team, team) for team in choices["teams"]]),
            (self.month_filter, [(month.strftime("%Y-%m"), month) for month in choices["months"]]),
        )
        for combo, items in sets:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in [(anyone, None), *items]:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def current_filter(self) -> PipelineFilter:
        return PipelineFilter(owner_id=self.owner_filter.currentData(), team=self.team_filter.currentData(),
                              close_month=self.month_filter.currentData(),
                              text=self.text_filter.text().strip() or None)

    def _filters_changed(self) -> None:
        self._text_timer.stop()
        flt = self.current_filter()
        self.board.filter = flt
        self.model.set_filter(flt, load=False)
        self._stale = {BOARD, TABLE}
        self._reload_views()

    def clear_filters(self) -> None:
        for combo in (self.owner_filter, self.team_filter, self.month_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.text_filter.blockSignals(True)
        self.text_filter.clear()
        self.text_filter.blockSignals(False)
        self._filters_changed()

    # --- views -------------------------------------------------------------------------

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Indicator first: enabling sorting sorts by it, and the default order is by close date.
        table.horizontalHeader().setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator_changed)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(26)
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((200, 180, 110, 110, 90, 125, 90, 70, 130)):
            table.setColumnWidth(column, width)
        table.doubleClicked.connect(lambda index: self.edit_opportunity(self.model.record_id(index.row())))
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._table_menu)
        return table

    def _sort_indicator_changed(self, column: int, _order) -> None:
        if not self.model.sortable(column):
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)

    def show_view(self, view: int) -> None:
        self.view_group.button(view).setChecked(True)
        self.stack.setCurrentIndex(view)
        self.status_filter.setVisible(view == TABLE)
        self._reload_views()

    def _status_changed(self) -> None:
        self.model.set_status(self.status_filter.currentData())

    def _reload_views(self) -> None:
        """Reload the shown view if it is out of date; a hidden one waits until it is shown."""
        view = self.stack.currentIndex()
        if view in self._stale:
            self._stale.discard(view)
            (self.model.reload if view == TABLE else self.board.reload)()
        self._update_count()

    def _board_changed(self) -> None:
        self._stale.add(TABLE)
        self._reload_views()  # the table, when a move was made from it (or undone while it shows)

    def _update_count(self) -> None:
        if self.stack.currentIndex() == TABLE:
            n = self.model.rowCount()
            self.count_label.setText(self.tr("%n deal(s)", "", n))
        else:
            n = sum(c.model.total() for c in self.board.columns)
            self.count_label.setText(self.tr("%n open deal(s)", "", n))

    def refresh(self) -> None:
        """Reload after a change (here, by undo, or on another page)."""
        self._stale = {BOARD, TABLE}
        self._reload_views()
        self._choices_loaded = False  # a new month or owner shows up when a list is next opened

    # --- deals -------------------------------------------------------------------------

    def new_opportunity(self, account_id: str | None = None, contact_id: str | None = None) -> None:
        """The editor for a new deal, with the account or contact filled in when given."""
        customers = self.crm.customers

        def names():  # on the database thread
            try:
                return ((account_id, customers.get_account(account_id).name) if account_id else None,
                        (contact_id, customers.get_contact(contact_id).name) if contact_id else None)
            except LookupError:
                return None, None

        self.jobs.run_db(names, on_done=lambda picked: self._new_opportunity(*picked))

    def _new_opportunity(self, account, contact) -> None:
        dialog = OpportunityDialog(self.crm, self.jobs, None, account, contact, self)
        if dialog.exec() and dialog.saved is not None:
            self._push(pipeline_undo.created(self.crm.sales, dialog.saved, self.refresh, self._failed))
            self.refresh()
            self.sig_deal_saved.emit(dialog.saved.id)

    def _get(self, opp_id: str, then) -> None:
        """`then(deal)` with the deal from the database thread; one gone meanwhile refreshes the page."""
        sales = self.crm.sales

        def get():
            try:
                return sales.get(opp_id)
            except LookupError:
                return None

        self.jobs.run_db(get, on_done=lambda deal: then(deal) if deal is not None else self.refresh())

    def _push(self, command) -> None:
        undo_commands.push(self.undo_stack, self.jobs, command)

    def edit_opportunity(self, opp_id: str | None) -> None:
        if opp_id:
            self._get(opp_id, self._edit)

    def _edit(self, before) -> None:
        dialog = OpportunityDialog(self.crm, self.jobs, before, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self._push(pipeline_undo.edited(self.crm.sales, before, dialog.saved, self.refresh, self._failed))
            self.refresh()
            self.sig_deal_saved.emit(before.id)

    def delete_opportunity(self, opp_id: str) -> None:
        self._get(opp_id, self._delete)

    def _delete(self, record) -> None:
        self._push(pipeline_undo.deleted(self.crm.sales, record, self.refresh, self._failed))
        self.sig_deal_saved.emit(record.id)

    def _open_account(self, opp_id: str) -> None:
        self._get(opp_id, self._show_customer)

    def _show_customer(self, deal) -> None:
        if deal.account_id:
            self.sig_open_record.emit("account", deal.account_id)
        elif deal.contact_id:
            self.sig_open_record.emit("contact", deal.contact_id)

    def card_menu(self, opp_id: str, stage_id: str) -> QMenu:
        """A deal's menu, on the board and in the table: open, move to a stage (for those who do not drag;
        undone like a drag), show the customer, delete."""
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.edit_opportunity(opp_id))
        stages = menu.addMenu(self.tr("Move to stage"))
        stages.setObjectName("moveToStageMenu")
        for stage in self.board.stages:
            # After the menu has closed (and gone): asking why a deal was lost must not run inside its action.
            action = stages.addAction(stage.name + ("…" if stage.is_lost else ""), lambda stage=stage: (
                QTimer.singleShot(0, self, lambda: self.board.request_move(opp_id, stage))))
            action.setCheckable(True)
            action.setChecked(stage.id == stage_id)
            action.setEnabled(stage.id != stage_id)  # where it is already
        stages.setEnabled(bool(self.board.stages))
        menu.addAction(self.tr("Show the customer"), lambda: self._open_account(opp_id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.delete_opportunity(opp_id))
        return menu

    def _card_menu(self, opp_id: str, stage_id: str, pos: QPoint) -> None:
        menu = self.card_menu(opp_id, stage_id)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per right click: gone once closed
        menu.popup(pos)

    def _table_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        row = self.model.row_values(index.row()) if index.isValid() else None
        if row:
            self._card_menu(row[0], row[9], self.table.viewport().mapToGlobal(pos))

    def _failed(self, text: str, _error: Exception) -> None:
        QMessageBox.warning(self, text, self.tr("The deal was changed or deleted meanwhile; the step was dropped."))
