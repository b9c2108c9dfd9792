"""Errors of the record rules, naming the field at fault, with messages the app translates."""

from __future__ import annotations

# Context under which every rule message is translated (resources/translations/*.ts).
TR_CONTEXT = "Validation"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for extraction by pyside6-lupdate without importing Qt (the rules stay headless)."""
    return text


class FieldError(ValueError):
    """One field's value is not acceptable; `message` is an untranslated English sentence."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class TransitionError(ValueError):
    """A status change not allowed from the current status (e.g. ship a draft)."""

    def __init__(self, current: str, wanted: str) -> None:
        super().__init__(f"{current} -> {wanted}")
        self.current = current
        self.wanted = wanted
