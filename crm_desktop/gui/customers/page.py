"""Customers: accounts or contacts in a lazy list with filters, and the selected one's details."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.controllers.exchange.exports import ExportColumn
from crm_desktop.domain.customers.entities import ListFilter
from crm_desktop.domain.customers.enums import AccountStatus
from crm_desktop.gui.common.labels import LEVELS, STATUS, label
from crm_desktop.gui.customers.detail_pane import DetailPane
from crm_desktop.gui.customers.list_layout import DetailSplitter, fit_columns, select_row
from crm_desktop.gui.customers.table_model import CustomerTableModel
from crm_desktop.gui.exchange.export_dialog import ListView

if TYPE_CHECKING:
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.gui.shell.jobs import JobRunner


class CustomersPage(QWidget):
    sig_selection_changed = Signal()

    def __init__(self, crm: CrmApp, jobs: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.crm, self.jobs = crm, jobs
        self._opening = 0  # the latest open_record: what an older one fetched is dropped
        self._then_selected = None  # what select_first_row asked to do once the row's record is shown
        self._after_reload: list = []  # what waits for the list's rows (select the first one)
        self._fitted = ""  # the entity whose columns were fitted to their text
        self._placing = False  # a row is being selected for the record shown: not opened again
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.tabs = QTabBar()
        self.tabs.addTab(self.tr("Contacts"))
        self.tabs.addTab(self.tr("Accounts"))
        self.tabs.currentChanged.connect(self._entity_changed)
        top.addWidget(self.tabs)
        top.addStretch()
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        top.addWidget(self.count_label)
        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Details"))
        self.details_button.setToolTip(self.tr("Show or hide the selected customer's details"))
        self.details_button.setCheckable(True)
        self.details_button.setChecked(True)
        self.details_button.setEnabled(False)
        top.addWidget(self.details_button)
        layout.addLayout(top)
        layout.addLayout(self._filter_bar())
        self.model = CustomerTableModel(crm.customers, jobs, "contact", self)
        self.model.sig_reloaded.connect(self._reloaded)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # The indicator first: switching sorting on sorts by it, and Qt's default (descending) would
        # make the model count a million rows twice more (descending, then back).
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _index: self.detail.sig_edit.emit())
        self.detail = DetailPane(jobs, crm.activities, crm.sales, crm.orders, crm.service, sync=crm.sync,
                                 customers=crm.customers, attachments=crm.attachments)
        self.detail.sig_open_record.connect(self.open_record)
        self.detail.sig_review_resolved.connect(self.refresh)
        self.splitter = DetailSplitter(self.table, self.detail)
        self.detail.sig_record_changed.connect(self._detail_record_changed)
        self.details_button.toggled.connect(lambda shown: self.splitter.set_folded(not shown))
        self.splitter.sig_folded.connect(lambda: self.details_button.setChecked(not self.splitter.folded))
        layout.addWidget(self.splitter, 1)
        self._update_count()

    # --- filters -----------------------------------------------------------------------

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.owner_filter = QComboBox()
        self.level_filter = QComboBox()
        self.status_filter = QComboBox()
        self.tag_filter = QComboBox()
        self.city_filter = QComboBox()
        for combo, title in ((self.owner_filter, self.tr("Owner")), (self.level_filter, self.tr("Level")),
                             (self.status_filter, self.tr("Status")), (self.tag_filter, self.tr("Tag")),
                             (self.city_filter, self.tr("City"))):
            bar.addWidget(QLabel(title))
            bar.addWidget(combo)
            combo.setMinimumContentsLength(6)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # Saved segments (Marketing) narrow the list like any filter; exports follow the list.
        self.segment_filter = QComboBox()
        self.segment_filter.setMinimumContentsLength(10)
        self.segment_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.segment_filter.addItem(self.tr("Any"), None)
        self._segment_rules: dict[str, object] = {}
        bar.addWidget(QLabel(self.tr("Segment")))
        bar.addWidget(self.segment_filter)
        # Records holding values an import could not read (after an import, or any time later).
        self.review_filter = QCheckBox(self.tr("Has import warnings"))
        self.review_filter.setToolTip(self.tr("Only records with values an import could not read"))
        self.review_filter.toggled.connect(self._filters_changed)
        bar.addWidget(self.review_filter)
        self.clear_filters_button = QPushButton(self.tr("Clear"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        bar.addWidget(self.clear_filters_button)
        bar.addStretch()
        # Owners, cities and tags take a scan of their indexes: fill them after the first paint.
        for combo in (self.owner_filter, self.level_filter, self.status_filter, self.tag_filter,
                      self.city_filter):
            combo.addItem(self.tr("Any"), None)
        QTimer.singleShot(0, self, self.fill_filter_choices)  # dropped if the page is gone
        return bar

    def fill_filter_choices(self) -> None:
        self.jobs.run_db(self.crm.customers.filter_choices, on_done=self._fill_filter_choices)

    def _fill_filter_choices(self, choices: dict) -> None:
        anyone = self.tr("Any")
        sets = (
            (self.owner_filter, [(anyone, None)] + [(name, uid) for uid, name in choices["owners"]]),
            (self.level_filter, [(anyone, None)] + [(lv, lv) for lv in LEVELS]),
            (self.status_filter, [(anyone, None)] + [(label(STATUS, s.value), s.value) for s in AccountStatus]),
            (self.tag_filter, [(anyone, None)] + [(t, t) for t in choices["tags"]]),
            (self.city_filter, [(anyone, None)] + [(c, c) for c in choices["cities"]]),
        )
        for combo, items in sets:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
            combo.currentIndexChanged.connect(self._filters_changed, Qt.ConnectionType.UniqueConnection)
        self.fill_segment_choices()

    def fill_segment_choices(self, then=None) -> None:
        """The saved segments (a short list, cheap to read): on start and whenever the page shows,
        since Marketing may have added, renamed or changed one meanwhile. `then()` once they are in."""
        self.jobs.run_db(self.crm.marketing.segments, on_done=lambda segments: self._fill_segments(segments, then))

    def _fill_segments(self, segments: list, then=None) -> None:
        combo = self.segment_filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Any"), None)
        for segment in segments:
            combo.addItem(segment.name, segment.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        combo.currentIndexChanged.connect(self._filters_changed, Qt.ConnectionType.UniqueConnection)
        self._segment_rules = {s.id: s.rule for s in segments}
        if then is not None:
            then()
        elif self.current_filter() != self.model.current_filter:  # the chosen one changed or is gone
            self._filters_changed()

    def show_segment(self, segment_id: str, entity: str = "contact") -> None:
        """The list narrowed to one segment and nothing else (from the Marketing page)."""
        self.fill_segment_choices(then=lambda: self._show_segment(segment_id, entity))

    def _show_segment(self, segment_id: str, entity: str) -> None:
        self._reset_filters()
        self.segment_filter.setCurrentIndex(max(0, self.segment_filter.findData(segment_id)))
        if entity != self.entity():
            self.tabs.setCurrentIndex(0 if entity == "contact" else 1)
        self._filters_changed()

    def show_review(self, entity: str = "contact") -> None:
        """The list narrowed to the records with import warnings and nothing else (after an import)."""
        self._reset_filters()
        self.review_filter.blockSignals(True)
        self.review_filter.setChecked(True)
        self.review_filter.blockSignals(False)
        if entity != self.entity():
            self.tabs.setCurrentIndex(0 if entity == "contact" else 1)
        self._filters_changed()
        self.select_first_row(then=lambda: self.detail.tabs.setCurrentWidget(self.detail.review))

    def current_filter(self) -> ListFilter:
        return ListFilter(
            owner_id=self.owner_filter.currentData(), level=self.level_filter.currentData(),
            status=self.status_filter.currentData(), tag=self.tag_filter.currentData(),
            city=self.city_filter.currentData(), segment=self._segment_rules.get(self.segment_filter.currentData()),
            needs_review=self.review_filter.isChecked(),
        )

    def segment_name(self) -> str | None:
        return self.segment_filter.currentText() if self.segment_filter.currentData() else None

    def _filters_changed(self) -> None:
        self.model.set_filter(self.current_filter())
        self.detail.show_record(None, "")

    def clear_filters(self) -> None:
        self._reset_filters()
        self._filters_changed()

    def _reset_filters(self) -> None:
        for combo in (self.owner_filter, self.level_filter, self.status_filter, self.tag_filter,
                      self.city_filter, self.segment_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.review_filter.blockSignals(True)
        self.review_filter.setChecked(False)
        self.review_filter.blockSignals(False)

    # --- list --------------------------------------------------------------------------

    def entity(self) -> str:
        return self.model.entity

    def _entity_changed(self, index: int) -> None:
        self.tabs.updateGeometry()  # the current tab's title is bold, so wider: else the bar scrolls
        self.model.set_entity("contact" if index == 0 else "account")
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.detail.show_record(None, "")

    def _sort_indicator_changed(self, column: int, _order) -> None:
        if not self.model.sortable(column):
            # No index behind this column: put the indicator back on the current sort.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)

    def _detail_record_changed(self) -> None:
        has = self.detail.record is not None
        self.details_button.setEnabled(has)
        self.splitter.show_record(has)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        text = self.tr("%n contact(s)", "", n) if self.entity() == "contact" else self.tr("%n account(s)", "", n)
        self.count_label.setText(text)

    def _reloaded(self) -> None:
        self._update_count()
        if self._fitted != self.entity() and self.model.rowCount():
            self._fitted = self.entity()  # once per list: a width the rep set stays through reloads
            fit_columns(self.table, self.model)
        waiting, self._after_reload = self._after_reload, []
        for then in waiting:
            then()

    def refresh(self) -> None:
        """Reload after a change, keeping the selected record shown if it still exists, and its row selected while
        the record is still in it (looked at, not counted: a change must not cost a count of a million rows)."""
        record = self.detail.record
        rows = self.table.selectionModel().selectedRows()
        self.model.reload()
        if record is not None:
            self.open_record(self.entity(), record.id, select_row=False)
            if len(rows) == 1 and self.model.record_id(rows[0].row()) == record.id:
                row = rows[0].row()
                self._after_reload.append(lambda: self._reselect(record.id, row))

    def _reselect(self, record_id: str, row: int) -> None:
        """Select `row` again if it holds the record shown; its page may have to come first (the view asks for the
        pages it shows; this waits for that one, or the next reload, whichever comes first)."""
        def look(*_changed) -> None:
            found = self.model.record_id(row) if row < self.model.rowCount() else ""
            if found is None and not self.model.loading:
                return  # its page is on its way
            self.model.dataChanged.disconnect(look)
            self.model.sig_reloaded.disconnect(look)
            shown = self.detail.record
            if found == record_id and shown is not None and shown.id == record_id:
                self._placing = True
                select_row(self.table, row, scroll=False)
                self._placing = False

        self.model.dataChanged.connect(look)
        self.model.sig_reloaded.connect(look)
        look()

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.sig_selection_changed.emit()
        if len(rows) != 1 or self._placing:
            return
        record_id = self.model.record_id(rows[0].row())
        then, self._then_selected = self._then_selected, None
        if record_id:
            self.open_record(self.entity(), record_id, select_row=False, then=then)

    def list_view(self) -> ListView:
        """The list as shown (filter, sort, visible columns in their order), for an export."""
        header = self.table.horizontalHeader()
        shown = sorted((i for i in range(self.model.columnCount()) if not self.table.isColumnHidden(i)),
                       key=header.visualIndex)
        kinds = {"phone": "phone", "time": "time", "date": "date", "status": "label"}
        columns = []
        for i in shown:
            column = self.model.columns[i]
            labels = {s.value: label(STATUS, s.value) for s in AccountStatus} if column.kind == "status" else None
            columns.append(ExportColumn(position=column.field, header=self.model.headerData(
                i, Qt.Orientation.Horizontal), kind=kinds.get(column.kind, "text"), labels=labels))
        return ListView(self.entity(), self.model.current_filter, self.model.current_sort, columns,
                        self.model.rowCount(), self.segment_name())

    def selected_ids(self) -> list[str]:
        return [self.model.record_id(i.row()) for i in self.table.selectionModel().selectedRows()]

    def open_record(self, entity: str, record_id: str, select_row: bool = True, then=None) -> None:
        """Show a record's details (switching between contacts and accounts if needed) and, with `select_row`
        (a record asked for by name: search, a link), select its row in the list and scroll to it when the list
        holds it; `then()` once shown."""
        if entity != self.entity():
            self.tabs.setCurrentIndex(0 if entity == "contact" else 1)
        self._opening += 1
        opening = self._opening
        customers = self.crm.customers
        flt, sort = self.model.current_filter, self.model.current_sort

        def fetch():
            try:
                record = customers.get_contact(record_id) if entity == "contact" else customers.get_account(record_id)
            except LookupError:
                return None, None
            return record, customers.position(entity, flt, sort, record_id) if select_row else None

        def fetched(found) -> None:
            record, row = found
            if opening != self._opening:
                return
            self.detail.show_record(record, entity if record is not None else "")
            if select_row and record is not None:
                self.splitter.set_folded(False)  # asked for by name: shown even if the rep folded the details
                self._place_row(opening, (entity, flt, sort), row)
            if then is not None and record is not None:
                then()

        self.jobs.run_db(fetch, on_done=fetched)

    def _place_row(self, opening: int, listed: tuple, row: int | None) -> None:
        """Select the row of the record shown (once the list's rows are in); no row when the list lacks it.
        `listed`: (entity, filter, sort) of the list the row was counted in."""
        if opening != self._opening or listed != (self.entity(), self.model.current_filter, self.model.current_sort):
            return  # another record opened meanwhile, or the list changed: the row number means nothing now
        if self.model.loading:
            self._after_reload.append(lambda: self._place_row(opening, listed, row))
            return
        self._placing = True
        try:
            if row is None or not 0 <= row < self.model.rowCount():
                self.table.selectionModel().clearSelection()
            else:
                select_row(self.table, row, scroll=True)
        finally:
            self._placing = False

    def select_first_row(self, then=None) -> None:
        """Select the first row (once the list's rows are in); `then()` once its record is shown."""
        if self.model.loading:
            self._after_reload.append(lambda: self.select_first_row(then))
            return
        if self.model.rowCount():
            self._then_selected = then
            index = self.model.index(0, 0)
            self.table.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.setCurrentIndex(index)
            self._then_selected = None
