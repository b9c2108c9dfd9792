"""Undoable edits: every step calls a controller, so undo and redo are recorded for sync too."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from crm_desktop.controllers.customers.controller import CustomersController
from crm_desktop.domain.customers.entities import AccountInput, ContactInput


def as_input(data):
    """The editable part of an AccountData / ContactData, for writing it back."""
    cls = AccountInput if hasattr(data, "in_pool") else ContactInput
    return cls(**{f.name: getattr(data, f.name) for f in fields(cls)})


class ControllerCommand(QUndoCommand):
    """A step already applied when pushed (the dialog saved it), undone and redone by calls on the job runner."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None],
                 after: Callable[[], None], applied: bool = True,
                 on_error: Callable[[str, Exception], None] | None = None) -> None:
        super().__init__(text)
        self._do, self._undo, self._after = do, undo, after
        self._skip_first_redo = applied
        self._on_error = on_error
        self.stack: QUndoStack | None = None  # set by push()
        self.jobs = None

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._run(self._do, undoing=False)

    def undo(self) -> None:
        self._run(self._undo, undoing=True)

    def _run(self, step: Callable[[], None], undoing: bool) -> None:
        self.jobs.run_db(step, on_done=lambda _result: self._after(),
                         on_error=lambda error: self._failed(error, undoing))

    def _failed(self, error: BaseException, undoing: bool) -> None:
        text, stack = self.text(), self.stack
        # Qt drops an obsolete command, unrun, when it is next redone (after a failed undo) or undone (after
        # a failed redo): done at once, so undo and data stay in step. Unless the user moved on meanwhile.
        self.setObsolete(True)
        if stack is not None:
            at = stack.index() if undoing else stack.index() - 1
            if 0 <= at < stack.count() and stack.command(at) is self:
                (stack.redo if undoing else stack.undo)()
        if self._on_error is not None:
            self._on_error(text, error)
        self._after()


def push(stack: QUndoStack, jobs, command: ControllerCommand) -> None:
    """Push `command` (a step not yet applied runs now); its steps run on `jobs`' database thread."""
    command.stack, command.jobs = stack, jobs
    stack.push(command)


def created(customers: CustomersController, entity: str, record, after, on_error=None) -> ControllerCommand:
    delete, restore = _deleters(customers, entity)
    return ControllerCommand(
        _text("Create %1", record.name), lambda: restore(record.id), lambda: delete(record.id), after,
        on_error=on_error,
    )


def deleted(customers: CustomersController, entity: str, record, after, on_error=None) -> ControllerCommand:
    delete, restore = _deleters(customers, entity)
    return ControllerCommand(
        _text("Delete %1", record.name), lambda: delete(record.id), lambda: restore(record.id),
        after, applied=False, on_error=on_error,
    )


def edited(customers: CustomersController, entity: str, before, after_data, after,
           on_error=None) -> ControllerCommand:
    update = customers.update_account if entity == "account" else customers.update_contact
    return ControllerCommand(
        _text("Edit %1", after_data.name), lambda: update(before.id, as_input(after_data)),
        lambda: update(before.id, as_input(before)), after, on_error=on_error,
    )


def _deleters(customers: CustomersController, entity: str):
    if entity == "account":
        return customers.delete_account, customers.restore_account
    return customers.delete_contact, customers.restore_contact


def _text(template: str, name: str) -> str:
    return QCoreApplication.translate("UndoCommands", template).replace("%1", name)


_TEMPLATES = (  # for lupdate: the templates above, translated at run time
    QT_TRANSLATE_NOOP("UndoCommands", "Create %1"),
    QT_TRANSLATE_NOOP("UndoCommands", "Delete %1"),
    QT_TRANSLATE_NOOP("UndoCommands", "Edit %1"),
)
