"""The Calendar page: day, week and month views of visits, meetings, calls, tasks, follow-ups and deals'
expected closes; Today, previous and next; whose calendar (a manager's team member, or the whole team). The
calendar module carries out what is dragged (moves, new visits) undoably."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.calendar.entities import ME, TEAM, CalendarEntry, OwnerChoice, Owners
from crm_desktop.domain.calendar.ranges import DAY, MONTH, WEEK, CalendarRange, range_of, shifted
from crm_desktop.gui.calendar.all_day_bar import AllDayBar
from crm_desktop.gui.calendar.month_grid import MonthGrid
from crm_desktop.gui.calendar.time_grid import HOUR, TimeGrid
from crm_desktop.gui.common.formats import date_text, month_text
from crm_desktop.gui.shell.jobs import JobRunner

FIRST_HOUR_SHOWN = 8


class CalendarPage(QWidget):
    sig_move = Signal(object, object)  # CalendarEntry, new start
    sig_move_day = Signal(object, object)  # CalendarEntry, new day
    sig_new_slot = Signal(object, object)  # start, end
    sig_open = Signal(object)  # CalendarEntry
    sig_loaded = Signal()

    def __init__(self, calendar, jobs: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.calendar, self.jobs = calendar, jobs
        self.span = range_of(WEEK, date.today())
        self.entries: list[CalendarEntry] = []
        self.owners: Owners | None = None
        self.loading = False
        self._generation = 0
        self._scrolled = False
        layout = QVBoxLayout(self)
        layout.addLayout(self._bar())
        self.grid = TimeGrid()
        self.bar = AllDayBar()
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.grid)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        # Always there, so the day names above stay over their columns.
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.bar.right_margin = self.scroller.verticalScrollBar().sizeHint().width()
        hours = QWidget()
        column = QVBoxLayout(hours)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.bar)
        column.addWidget(self.scroller, 1)
        self.hours = hours
        self.month = MonthGrid()
        self.views = QStackedWidget()
        self.views.addWidget(hours)
        self.views.addWidget(self.month)
        layout.addWidget(self.views, 1)
        self.legend = QLabel(self.tr("Drag an entry to move it; drag over free time to plan a visit; "
                                     "double-click to open. Ctrl+Z undoes a move."))
        self.legend.setObjectName("countLabel")
        layout.addWidget(self.legend)
        for signal, relay in ((self.grid.sig_move, self.sig_move), (self.bar.sig_move_day, self.sig_move_day),
                              (self.grid.sig_new_slot, self.sig_new_slot), (self.grid.sig_open, self.sig_open),
                              (self.bar.sig_open, self.sig_open), (self.month.sig_move_day, self.sig_move_day),
                              (self.month.sig_open, self.sig_open)):
            signal.connect(relay.emit)
        self.month.sig_open_day.connect(self.show_day)
        self.bar.sig_open_day.connect(self.show_day)
        self._show_span()

    def _bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(self.go_today)
        self.previous_button, self.next_button = QToolButton(), QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolTip(self.tr("Previous"))
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next"))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        for widget in (self.today_button, self.previous_button, self.next_button, self.title):
            row.addWidget(widget)
        row.addStretch()
        self.owner_label = QLabel(self.tr("Calendar of"))
        self.owner_combo = QComboBox()
        self.owner_combo.setMinimumContentsLength(14)
        self.owner_combo.activated.connect(lambda _index: self.refresh())
        self.owner_label.setVisible(False)
        self.owner_combo.setVisible(False)  # managers only, once their team is known
        row.addWidget(self.owner_label)
        row.addWidget(self.owner_combo)
        self.subscribe_button = QPushButton(self.tr("Subscribe…"))
        self.subscribe_button.setToolTip(self.tr("A link that shows this calendar in Outlook, Google Calendar, "
                                                 "DingTalk or your phone"))
        row.addWidget(self.subscribe_button)
        self.view_group = QButtonGroup(self)
        self.view_buttons: dict[str, QToolButton] = {}
        for view, text in ((DAY, self.tr("Day")), (WEEK, self.tr("Week")), (MONTH, self.tr("Month"))):
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.setChecked(view == WEEK)
            button.clicked.connect(lambda _checked=False, v=view: self.set_view(v))
            self.view_group.addButton(button)
            self.view_buttons[view] = button
            row.addWidget(button)
        return row

    # --- navigation ---------------------------------------------------------------------------------

    def set_view(self, view: str) -> None:
        self.span = range_of(view, self.span.anchor)
        self.view_buttons[view].setChecked(True)
        self._show_span()
        self.refresh()

    def show_day(self, day: date) -> None:
        self.span = range_of(DAY, day)
        self.view_buttons[DAY].setChecked(True)
        self._show_span()
        self.refresh()

    def go(self, steps: int) -> None:
        self.span = shifted(self.span, steps)
        self._show_span()
        self.refresh()

    def go_today(self) -> None:
        self.span = range_of(self.span.view, date.today())
        self._show_span()
        self.refresh()

    def _show_span(self) -> None:
        span = self.span
        if span.view == MONTH:
            self.title.setText(month_text(span.anchor))
        elif span.view == DAY:
            self.title.setText(QLocale().toString(QDate(span.first.year, span.first.month, span.first.day),
                                                 QLocale.FormatType.LongFormat))
        else:
            self.title.setText(f"{date_text(span.first)} – {date_text(span.last - timedelta(days=1))}")
        self.views.setCurrentWidget(self.month if span.view == MONTH else self.hours)
        self._draw()

    def _draw(self) -> None:
        days = self.span.days()
        if self.span.view == MONTH:
            self.month.set_entries(days, self.span.anchor.month, self.entries)
        else:
            self.grid.set_entries(days, self.entries)  # it cuts timed entries at its own days
            self.bar.set_entries(days, self.entries)

    # --- whose calendar -----------------------------------------------------------------------------

    def choice(self) -> OwnerChoice | None:
        data = self.owner_combo.currentData()
        return data if isinstance(data, OwnerChoice) else None

    def _show_owners(self, owners: Owners) -> None:
        self.owners = owners
        combo = self.owner_combo
        combo.clear()
        combo.addItem(self.tr("Me"), OwnerChoice(ME))
        if owners.manages:
            combo.addItem(self.tr("My team"), OwnerChoice(TEAM))
            for member in owners.members:
                combo.addItem(member.name, member)
        visible = owners.manages and bool(owners.members)
        self.owner_label.setVisible(visible)
        combo.setVisible(visible)

    # --- loading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation, span = self._generation, self.span
        self.loading = True
        if self.owners is None:
            self.jobs.run_db(self.calendar.owners, on_done=lambda owners: self._owners_then_load(generation, owners))
            return
        self._load(generation, span)

    def _owners_then_load(self, generation: int, owners: Owners) -> None:
        self._show_owners(owners)
        if generation == self._generation:
            self._load(generation, self.span)

    def _load(self, generation: int, span: CalendarRange) -> None:
        self.jobs.run_db(self.calendar.entries, span.first, span.last, self.choice(),
                         on_done=lambda entries: self._show(generation, span, entries))

    def _show(self, generation: int, span: CalendarRange, entries: list[CalendarEntry]) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        self.loading = False
        self.entries = entries
        self.span = span
        self._draw()
        if not self._scrolled and self.span.view != MONTH:
            self._scrolled = True
            QTimer.singleShot(0, self._scroll_to_morning)
        self.sig_loaded.emit()

    def _scroll_to_morning(self) -> None:
        self.scroller.verticalScrollBar().setValue(int(self.grid.top() + (FIRST_HOUR_SHOWN - 0.5) * HOUR))

    def entry(self, entry_id: str) -> CalendarEntry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

