"""The reminder window: a small always-on-top list of what is due (as Outlook's), with Open, Mark done, Dismiss
and Snooze, since a tray notification has no buttons; it works without a tray and with the window minimised."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.reminders.entities import SNOOZES, Reminder
from crm_desktop.gui.common.formats import counted
from crm_desktop.gui.common.icons import icon
from crm_desktop.gui.reminders.texts import kind_text, snooze_text, subject_text, when_text, who_text

Key = tuple[str, datetime]
OVERDUE_COLOUR = QColor("#c0392b")
ICON_COLOUR = QColor("#2f6fb2")
WINDOW_TITLE = QT_TRANSLATE_NOOP("ReminderWindow", "Reminders")


def _key(reminder: Reminder) -> Key:
    return reminder.key, reminder.at


def to_front(window: QWidget, activate: bool = False) -> None:
    """Raise a top-level window (and give it the keyboard) where the platform can: the offscreen and minimal
    ones cannot, and say so on every call."""
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return
    window.raise_()
    if activate:
        window.activateWindow()


class ReminderWindow(QWidget):
    """Top-level (no parent): a minimised main window does not take it along. Each action emits the selected
    reminders and takes them off the list; the window hides when the list is empty."""

    sig_open = Signal(object)  # list[Reminder]
    sig_done = Signal(object)
    sig_dismiss = Signal(object)
    sig_snooze = Signal(object, str)  # list[Reminder], a choice of SNOOZES
    sig_changed = Signal()  # the list changed (the tray's menu follows it)

    def __init__(self, clock: Callable[[], datetime]) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("reminderWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # closing it never ends the app
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # it never takes the keys from typing
        self.clock = clock
        self._items: dict[Key, Reminder] = {}
        self.setWindowIcon(icon("reminders", ICON_COLOUR))
        self.heading = QLabel(self)
        self.heading.setObjectName("reminderHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setHeaderLabels([self.tr("Subject"), self.tr("Customer"), self.tr("Due")])
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.done_button = QPushButton(self.tr("&Mark done"), self)
        self.done_button.clicked.connect(self.done_selected)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"), self)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.dismiss_all_button = QPushButton(self.tr("Dismiss &all"), self)
        self.dismiss_all_button.clicked.connect(self.dismiss_all)
        self.snooze_combo = QComboBox(self)
        for choice in SNOOZES:
            self.snooze_combo.addItem(snooze_text(choice), choice)
        self.snooze_combo.setCurrentIndex(1)  # 15 minutes, as Outlook offers first
        self.snooze_button = QPushButton(self.tr("&Snooze"), self)
        self.snooze_button.clicked.connect(lambda: self.snooze_selected(self.snooze_combo.currentData()))
        self._lay_out()
        self.resize(560, 330)

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.done_button)
        actions.addStretch(1)
        actions.addWidget(self.dismiss_button)
        actions.addWidget(self.dismiss_all_button)
        snooze = QHBoxLayout()
        snooze_label = QLabel(self.tr("Remind me again:"), self)
        snooze_label.setBuddy(self.snooze_combo)
        snooze.addWidget(snooze_label)
        snooze.addWidget(self.snooze_combo, 1)
        snooze.addWidget(self.snooze_button)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.detail)
        column.addWidget(self.table, 1)
        column.addLayout(actions)
        column.addLayout(snooze)

    # --- the list -------------------------------------------------------------------------------------

    def reminders(self) -> list[Reminder]:
        return list(self._items.values())

    def selected(self) -> list[Reminder]:
        keys = [item.data(0, Qt.ItemDataRole.UserRole) for item in self.table.selectedItems()]
        return [self._items[k] for k in keys if k in self._items]

    def add(self, reminders: list[Reminder]) -> None:
        """Show these (a reminder already listed is refreshed in place), and come to the front."""
        for reminder in reminders:
            self._items[_key(reminder)] = reminder
        self._fill(select=[_key(r) for r in reminders[:1]])
        self.show()
        to_front(self)

    def remove(self, reminders: list[Reminder]) -> None:
        for reminder in reminders:
            self._items.pop(_key(reminder), None)
        self._fill()
        if not self._items:
            self.hide()

    def _fill(self, select: list[Key] | None = None) -> None:
        kept = select or [item.data(0, Qt.ItemDataRole.UserRole) for item in self.table.selectedItems()]
        now = self.clock()
        self.table.blockSignals(True)
        self.table.clear()
        items = sorted(self._items.values(), key=lambda r: (r.at, r.subject))
        for reminder in items:
            row = QTreeWidgetItem([subject_text(reminder), who_text(reminder), when_text(reminder, now)])
            row.setData(0, Qt.ItemDataRole.UserRole, _key(reminder))
            row.setToolTip(0, f"{kind_text(reminder.kind)}: {subject_text(reminder)}")
            if reminder.at < now:
                row.setForeground(2, QBrush(OVERDUE_COLOUR))
            self.table.addTopLevelItem(row)
            if _key(reminder) in kept:
                row.setSelected(True)
        first = self.table.topLevelItem(0)
        if first is not None and not self.table.selectedItems():
            first.setSelected(True)
        self.table.blockSignals(False)
        self.setWindowTitle(counted(QCoreApplication.translate("ReminderWindow", str(WINDOW_TITLE)), len(items)))
        self._selection_changed()
        self.sig_changed.emit()

    def _selection_changed(self) -> None:
        chosen = self.selected()
        first = chosen[0] if chosen else None
        if first is None:
            self.heading.setText("")
            self.detail.setText("")
        else:
            self.heading.setText(subject_text(first))
            when = when_text(first, self.clock())
            self.detail.setText(" · ".join(p for p in (kind_text(first.kind), when, who_text(first), first.place) if p))
        for button in (self.open_button, self.dismiss_button, self.snooze_button):
            button.setEnabled(bool(chosen))
        # A follow-up is settled by logging what came of it (Open), not ticked off.
        self.done_button.setEnabled(any(not r.is_followup for r in chosen))
        self.dismiss_all_button.setEnabled(bool(self._items))

    # --- actions --------------------------------------------------------------------------------------

    def open_selected(self) -> None:
        chosen = self.selected()[:1]
        if chosen:
            self.remove(chosen)
            self.sig_open.emit(chosen)

    def done_selected(self) -> None:
        chosen = [r for r in self.selected() if not r.is_followup]
        if chosen:
            self.remove(chosen)
            self.sig_done.emit(chosen)

    def dismiss_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self.remove(chosen)
            self.sig_dismiss.emit(chosen)

    def dismiss_all(self) -> None:
        chosen = self.reminders()
        if chosen:
            self.remove(chosen)
            self.sig_dismiss.emit(chosen)

    def snooze_selected(self, choice: str) -> None:
        chosen = self.selected()
        if chosen:
            self.remove(chosen)
            self.sig_snooze.emit(chosen, choice)
