"""Undoable activity steps (log, edit, delete, tick off, reschedule), each a controller call on the job runner;
a step that moved a customer's follow-up puts back exactly the follow-up it found."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date

from PySide6.QtCore import QCoreApplication

from crm_desktop.controllers.activities.controller import ActivitiesController
from crm_desktop.domain.activities.entities import ActivityStep, AgendaRef, DueState
from crm_desktop.domain.customers.entities import ActivityData, ActivityInput
from crm_desktop.gui.common.formats import date_text
from crm_desktop.gui.common.undo_commands import ControllerCommand


def as_input(data: ActivityData) -> ActivityInput:
    """The stored part of an activity, for writing it back."""
    return ActivityInput(**{f.name: getattr(data, f.name) for f in fields(ActivityInput)})


def logged(activities: ActivitiesController, step: ActivityStep, after, on_error=None) -> ControllerCommand:
    """Already applied (the dialog saved it)."""
    activity_id = step.activity.id
    text = QCoreApplication.translate("ActivityUndo", "Log “%1”").replace("%1", step.activity.subject)
    return ControllerCommand(text, lambda: activities.restore(activity_id, step.after),
                             lambda: activities.delete(activity_id, step.before), after, on_error=on_error)


def edited(activities: ActivitiesController, before: ActivityData, step: ActivityStep, after,
           on_error=None) -> ControllerCommand:
    """Already applied (the dialog saved it)."""
    saved = step.activity
    text = QCoreApplication.translate("ActivityUndo", "Edit “%1”").replace("%1", saved.subject)
    return ControllerCommand(text, lambda: activities.update(saved.id, as_input(saved), step.after),
                             lambda: activities.update(saved.id, as_input(before), step.before), after,
                             on_error=on_error)


def deleted(activities: ActivitiesController, activity: ActivityData, after, on_error=None) -> ControllerCommand:
    """Not yet applied: pushing it deletes the activity. Its first run says what it did to the follow-up;
    an undo puts that back, a redo does it again."""
    done: list[ActivityStep] = []

    def delete() -> None:
        step = activities.delete(activity.id, done[0].after if done else None)
        if not done:
            done.append(step)

    text = QCoreApplication.translate("ActivityUndo", "Delete “%1”").replace("%1", activity.subject)
    return ControllerCommand(text, delete, lambda: activities.restore(activity.id, done[0].before), after,
                             applied=False, on_error=on_error)


def completed(activities: ActivitiesController, activity_ids: Sequence[str], after,
              on_error=None) -> ControllerCommand:
    """Not yet applied: pushing it ticks the tasks off."""
    ids = list(activity_ids)
    text = QCoreApplication.translate("ActivityUndo", "Mark %n task(s) done", "", len(ids))
    return ControllerCommand(text, lambda: activities.complete_tasks(ids, True),
                             lambda: activities.complete_tasks(ids, False), after, applied=False, on_error=on_error)


def rescheduled(activities: ActivitiesController, refs: Sequence[AgendaRef], day: date | None, after,
                on_error=None) -> ControllerCommand:
    """Not yet applied: pushing it moves the follow-ups and tasks to `day` (None clears the follow-ups)."""
    refs = list(refs)
    before: list[DueState] = []

    def move() -> None:
        found = activities.reschedule(refs, day)
        if not before:
            before.extend(found)

    if day is None:
        text = QCoreApplication.translate("ActivityUndo", "Clear %n follow-up(s)", "", len(refs))
    else:
        text = QCoreApplication.translate("ActivityUndo", "Move %n item(s) to %1", "", len(refs)).replace(
            "%1", date_text(day))
    return ControllerCommand(text, move, lambda: activities.set_dues(before), after, applied=False,
                             on_error=on_error)
