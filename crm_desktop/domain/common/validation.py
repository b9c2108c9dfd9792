"""Validation errors that name the field at fault, with messages the GUI translates."""

from __future__ import annotations

# Context under which every domain message is translated (resources/translations/*.ts).
TR_CONTEXT = "Validation"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for extraction by pyside6-lupdate without importing Qt (domain stays headless)."""
    return text


class FieldError(ValueError):
    """One field's value is not acceptable; `message` is an untranslated English sentence."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class ValidationError(ValueError):
    """Several field errors collected from one form, so the user sees them all at once."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


class NotFoundError(LookupError):
    """The record does not exist (or is deleted and the caller asked for a live one)."""


class Collector:
    """Runs field normalisers and gathers their FieldErrors into one ValidationError."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def check(self, field: str, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except FieldError as exc:
            self.errors[exc.field or field] = exc.message
            return None

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
