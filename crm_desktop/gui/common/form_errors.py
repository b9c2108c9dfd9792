"""Showing a ValidationError inline: the message under each field at fault, focus on the first."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from crm_desktop.domain.common.validation import TR_CONTEXT, ValidationError
from crm_desktop.gui.common.labels import translate_message


def clear_errors(form) -> None:
    for name in dir(form):
        widget = getattr(form, name)
        if name.endswith("Error") and isinstance(widget, QLabel):
            widget.clear()
            widget.setVisible(False)


def show_errors(parent: QWidget, form, error: ValidationError, fields: dict[str, QWidget]) -> None:
    """`fields` maps a domain field name to its input widget (for focus)."""
    clear_errors(form)
    unplaced = []
    first = None
    for field, message in error.errors.items():
        label = getattr(form, f"{_camel(field)}Error", None)
        text = translate_message(TR_CONTEXT, message)
        if isinstance(label, QLabel):
            label.setText(text)
            label.setVisible(True)
            first = first or fields.get(field)
        else:
            unplaced.append(text)
    if first is not None:
        first.setFocus()
    if unplaced:
        QMessageBox.warning(parent, parent.windowTitle(), "\n".join(unplaced))


def _camel(field: str) -> str:
    head, *rest = field.removesuffix("_id").split("_")
    return head + "".join(p.capitalize() for p in rest)
