"""Undoable edits: every step calls a controller, so undo and redo are recorded for sync too."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from crm_desktop.controllers.customers.controller import CustomersController
from crm_desktop.domain.customers.entities import AccountInput, ContactInput


def as_input(data):
    """The editable part of an AccountData / ContactData, for writing it back."""
    cls = AccountInput if hasattr(data, "in_pool") else ContactInput
    return cls(**{f.name: getattr(data, f.name) for f in fields(cls)})


class ControllerCommand(QUndoCommand):
    """A step already applied when pushed (the dialog saved it), undone and redone by calls."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None],
                 after: Callable[[], None], applied: bool = True,
                 on_error: Callable[[str, Exception], None] | None = None) -> None:
        super().__init__(text)
        self._do, self._undo, self._after = do, undo, after
        self._skip_first_redo = applied
        self._on_error = on_error

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except Exception as error:
            # Qt drops an obsolete command from the stack, so undo and data stay in step.
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(self.text(), error)
        self._after()


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
