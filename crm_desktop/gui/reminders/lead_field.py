"""The lead-time choosers: the user's default in Settings, and an activity's own "Remind me" in its dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from crm_desktop.domain.reminders.entities import NO_REMINDER, TASK, TIMED_KINDS
from crm_desktop.gui.reminders.texts import lead_choices, lead_text

if TYPE_CHECKING:
    from crm_desktop.controllers.reminders.controller import RemindersController
    from crm_desktop.gui.shell.jobs import JobRunner

DEFAULT = None  # an activity's remind_minutes: the user's default


def default_lead_combo(minutes: int, parent: QWidget | None = None) -> QComboBox:
    """The default lead time (Settings)."""
    combo = QComboBox(parent)
    for text, value in lead_choices():
        combo.addItem(text, value)
    _choose(combo, minutes)
    return combo


def activity_lead_combo(default_minutes: int, parent: QWidget | None = None) -> QComboBox:
    """An activity's own lead: the default (named), a lead of its own, or no reminder. The value is the
    activity's `remind_minutes` (None: the default)."""
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("Reminders", "Default (%1)").replace("%1", lead_text(default_minutes)),
                  DEFAULT)
    for text, value in lead_choices():
        combo.addItem(text, value)
    combo.addItem(QCoreApplication.translate("Reminders", "No reminder"), NO_REMINDER)
    return combo


def set_lead(combo: QComboBox, minutes: int | None) -> None:
    """Show `minutes`; a lead the list lacks (set elsewhere) is added, so saving keeps it."""
    _choose(combo, minutes)


def _choose(combo: QComboBox, minutes: int | None) -> None:
    index = combo.findData(minutes)
    if index < 0 and minutes is not None:
        combo.addItem(lead_text(minutes), minutes)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


def reminds(kind: str) -> bool:
    """Kinds that remind by their own time (a note or an e-mail has none to remind of)."""
    return kind in TIMED_KINDS or kind == TASK


class RemindField:
    """The "Remind me" row of the activity dialog. It reads and saves the activity's own lead time through the
    reminders controller of the window the dialog belongs to (none: a dialog on its own shows no row)."""

    def __init__(self, dialog: Any, reminders: RemindersController, jobs: JobRunner, default_minutes: int,
                 editing_id: str | None) -> None:
        self.dialog, self.reminders, self.jobs = dialog, reminders, jobs
        self.loaded: int | None = None
        form = dialog.form
        self.combo = activity_lead_combo(default_minutes, dialog)
        self.combo.setObjectName("remindCombo")
        row = form.formLayout.getWidgetPosition(form.occurredEdit)[0] + 1
        form.formLayout.insertRow(row, QCoreApplication.translate("Reminders", "&Remind me:"), self.combo)
        form.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        if editing_id:
            self.combo.setEnabled(False)  # until the stored lead has come
            dialog.loading = True  # what tests' when_modal waits for
            jobs.run_db(reminders.lead_of, editing_id, on_done=self._loaded, on_error=self._not_loaded)

    @classmethod
    def attach(cls, dialog: Any, editing_id: str | None) -> RemindField | None:
        from crm_desktop import settings as declared

        window = dialog.parent()
        crm, prefs = getattr(window, "crm", None), getattr(window, "prefs", None)
        reminders = getattr(crm, "reminders", None)
        if reminders is None or prefs is None:
            return None
        return cls(dialog, reminders, dialog.jobs, prefs.get(declared.REMIND_LEAD), editing_id)

    def _loaded(self, minutes: int | None) -> None:
        self.loaded = minutes
        set_lead(self.combo, minutes)
        self._not_loaded()

    def _not_loaded(self, _error: BaseException | None = None) -> None:
        """Loaded, or gone meanwhile (the save then says so): the row follows the kind again."""
        self.dialog.loading = False
        self._kind_changed()

    def _kind_changed(self, *_args: object) -> None:
        self.combo.setEnabled(reminds(self.dialog.form.kindCombo.currentData()))

    def value(self) -> int | None:
        value = self.combo.currentData()
        return None if value is None else int(value)

    def save(self, activity_id: str) -> None:
        """After the activity is saved: its lead, when it differs from the stored one (on the database thread,
        before anything the dialog's caller then reads)."""
        if self.value() != self.loaded:
            self.jobs.run_db(self.reminders.set_lead, activity_id, self.value())
