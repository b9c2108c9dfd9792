"""My agenda: follow-ups and open tasks grouped overdue / today / next 7 days / later, each with who to call;
done, reschedule, snooze, open the customer. The activities module carries the actions out, undoably."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.controllers.activities.controller import ActivitiesController
from crm_desktop.domain.activities.entities import FOLLOWUP, LATER, TASK, Agenda, AgendaItem, AgendaRef
from crm_desktop.domain.activities.rules import snooze_day
from crm_desktop.gui.activities.agenda_model import (
    COMPANY,
    DUE,
    KIND,
    PERSON,
    PHONE,
    SUBJECT,
    WARNING_COLOUR,
    AgendaModel,
)
from crm_desktop.gui.common.formats import date_text, datetime_text, number_text
from crm_desktop.gui.shell.jobs import JobRunner


class AgendaPage(QWidget):
    sig_open = Signal(str, str)  # entity, record id
    sig_complete = Signal(object)  # list[AgendaItem]: tasks to tick off
    sig_log_followup = Signal(object)  # AgendaItem: a follow-up made, to log (which settles it)
    sig_reschedule = Signal(object, object)  # list[AgendaItem], date (None: clear the follow-ups)
    sig_loaded = Signal(object)  # Agenda
    sig_check_in = Signal(object)  # AgendaItem: check in at its customer (gui/checkins)

    def __init__(self, activities: ActivitiesController, jobs: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.activities, self.jobs = activities, jobs
        self.loading = False
        self._generation = 0
        self._folded = {LATER}  # groups the rep folded, kept across reloads; "later" starts folded
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("countLabel")
        layout.addWidget(self.summary)
        layout.addLayout(self._actions())
        self.model = AgendaModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)  # one level: the rows need no deep step under their group
        self.tree.setAlternatingRowColors(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.doubleClicked.connect(self._open_index)
        self.tree.activated.connect(self._open_index)  # Enter on a row
        self.tree.collapsed.connect(lambda index: self._fold(index, True))
        self.tree.expanded.connect(lambda index: self._fold(index, False))
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        header = self.tree.header()
        header.setStretchLastSection(False)
        # Sized once from the widest text each column can hold ("12/28/2026 10:59 PM"): measuring every row
        # (ResizeToContents) takes seconds on a long agenda.
        metrics = self.tree.fontMetrics()
        samples = {DUE: [datetime_text(datetime(2026, 12, 28, 22, 59).astimezone())],
                   KIND: [self.model.headerData(KIND, Qt.Orientation.Horizontal), self.model.kind_text(TASK),
                          self.model.kind_text(FOLLOWUP)],
                   PHONE: ["+86 138 0013 8000"], PERSON: ["欧阳玉兰兰", "Catherine Phillips"]}
        padding = 4 * metrics.averageCharWidth()
        for column, texts in samples.items():
            header.resizeSection(column, max(metrics.horizontalAdvance(t) for t in texts) + padding)
        header.resizeSection(COMPANY, 240)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)  # the subject takes the rest
        self.empty = QLabel(self.tr("Nothing is due. Follow-ups you plan when you log an activity, and open "
                                    "tasks, show here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self._enable()

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setToolTip(self.tr("Tick the selected tasks off; for a follow-up, log what came of it "
                                            "(that settles it, and you can plan the next one)"))
        self.done_button.clicked.connect(self.mark_done)
        self.reschedule_button = QPushButton(self.tr("Reschedule…"))
        self.reschedule_button.clicked.connect(self.reschedule)
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_menu.aboutToShow.connect(lambda: self._fill_snooze(self.snooze_menu))
        self.snooze_button.setMenu(self.snooze_menu)
        self.open_button = QPushButton(self.tr("Open customer"))
        self.open_button.clicked.connect(lambda: self._open_item(self.selected_items()[0]))
        self.check_in_button = QPushButton(self.tr("Check in…"))
        self.check_in_button.setToolTip(self.tr("Check in at the selected customer: records when and where you are"))
        self.check_in_button.clicked.connect(lambda: self.sig_check_in.emit(self.selected_items()[0]))
        for widget in (self.done_button, self.reschedule_button, self.snooze_button, self.open_button,
                       self.check_in_button):
            row.addWidget(widget)
        row.addStretch()
        return row

    # --- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.jobs.run_db(self.activities.agenda_view, on_done=lambda agenda: self._show(generation, agenda))

    def _show(self, generation: int, agenda: Agenda) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        kept = {AgendaRef.of(i) for i in self.selected_items()}
        self.model.set_agenda(agenda)
        for row, group in enumerate(self.model.groups()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
            self.tree.setExpanded(self.model.index(row, 0), group not in self._folded)
        selection = self.tree.selectionModel()
        for item in self.model.items():
            if AgendaRef.of(item) in kept:
                index = self.model.index_of(item)
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        self.stack.setCurrentWidget(self.tree if self.model.groups() else self.empty)
        self._summarise(agenda)
        self._enable()
        self.loading = False
        self.sig_loaded.emit(agenda)

    def _summarise(self, agenda: Agenda) -> None:
        counts = agenda.counts
        parts = []
        if counts.get("overdue"):
            parts.append(f'<span style="color: {WARNING_COLOUR.name()}; font-weight: 600;">'
                         + self.tr("%1 overdue").replace("%1", number_text(counts["overdue"])) + "</span>")
        parts.append(self.tr("%1 due today").replace("%1", number_text(counts.get("today", 0))))
        parts.append(self.tr("%1 in the next 7 days").replace("%1", number_text(counts.get("week", 0))))
        if counts.get("later"):
            parts.append(self.tr("%1 later").replace("%1", number_text(counts["later"])))
        self.summary.setText(" · ".join(parts))

    def _fold(self, index: QModelIndex, folded: bool) -> None:
        item = self.model.item(index)
        if item is not None or not index.isValid():
            return
        group = self.model.groups()[index.row()]
        (self._folded.add if folded else self._folded.discard)(group)

    # --- the selection and its actions ------------------------------------------------------------

    def selected_items(self) -> list[AgendaItem]:
        rows = self.tree.selectionModel().selectedRows()
        items = [self.model.item(index) for index in sorted(rows, key=lambda i: (i.parent().row(), i.row()))]
        return [i for i in items if i is not None]

    def _enable(self) -> None:
        items = self.selected_items()
        self.done_button.setEnabled(self._can_finish(items))
        for widget in (self.reschedule_button, self.snooze_button):
            widget.setEnabled(bool(items))
        self.open_button.setEnabled(len(items) == 1)
        self.check_in_button.setEnabled(len(items) == 1)

    @staticmethod
    def _can_finish(items: list[AgendaItem]) -> bool:
        """Tasks tick off together; a follow-up is finished by logging it, one at a time."""
        return bool(items) and (all(i.kind == TASK for i in items) or (len(items) == 1))

    def mark_done(self) -> None:
        items = self.selected_items()
        if not self._can_finish(items):
            return
        if items[0].kind == FOLLOWUP:
            self.sig_log_followup.emit(items[0])
        else:
            self.sig_complete.emit(items)

    def reschedule(self) -> None:
        items = self.selected_items()
        if not items:
            return
        tomorrow = snooze_day(date.today(), "tomorrow")
        picker = DatePicker(max(items[0].due, tomorrow), self)  # an overdue entry is moved ahead, not to today
        if picker.exec():
            self.sig_reschedule.emit(items, picker.day())

    def snooze(self, how: str) -> None:
        items = self.selected_items()
        if items:
            self.sig_reschedule.emit(items, snooze_day(date.today(), how))

    def clear_followups(self) -> None:
        followups = [i for i in self.selected_items() if i.kind == FOLLOWUP]
        if followups:
            self.sig_reschedule.emit(followups, None)

    def _fill_snooze(self, menu: QMenu) -> None:
        menu.clear()
        today = date.today()
        for text, how in ((self.tr("Tomorrow (%1)"), "tomorrow"), (self.tr("Next week (%1)"), "next_week")):
            action = menu.addAction(text.replace("%1", date_text(snooze_day(today, how))))
            action.triggered.connect(lambda _=False, how=how: self.snooze(how))

    def _menu(self, pos) -> None:
        index = self.tree.indexAt(pos)
        if self.model.item(index) is None:
            return
        if not self.tree.selectionModel().isRowSelected(index.row(), index.parent()):
            self.tree.setCurrentIndex(index)
        items = self.selected_items()
        menu = QMenu(self)
        done = menu.addAction(self.tr("Done"), self.mark_done)
        done.setEnabled(self._can_finish(items))
        menu.addAction(self.tr("Reschedule…"), self.reschedule)
        self._fill_snooze(menu.addMenu(self.tr("Snooze")))
        if any(i.kind == FOLLOWUP for i in items):
            menu.addAction(self.tr("Clear follow-up (none needed)"), self.clear_followups)
        menu.addSeparator()
        opened = menu.addAction(self.tr("Open customer"), lambda: self._open_item(items[0]))
        opened.setEnabled(len(items) == 1)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _open_index(self, index: QModelIndex) -> None:
        item = self.model.item(index)
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: AgendaItem) -> None:
        self.sig_open.emit(item.entity, item.record_id)


class DatePicker(QDialog):
    """A day to move follow-ups and tasks to (today or later)."""

    def __init__(self, day: date, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reschedule"))
        self.calendar = QCalendarWidget()
        self.calendar.setMinimumDate(date.today())
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setSelectedDate(day)
        self.calendar.activated.connect(lambda _day: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Move the selected items to:")))
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def day(self) -> date:
        return self.calendar.selectedDate().toPython()
