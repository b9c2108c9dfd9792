"""Validation errors that name the field at fault, with messages the GUI translates."""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

# TR_CONTEXT, QT_TRANSLATE_NOOP and FieldError come from the record rules the server applies too.
from crm_protocol.rules.errors import QT_TRANSLATE_NOOP, TR_CONTEXT, FieldError

__all__ = ["QT_TRANSLATE_NOOP", "REQUIRED", "TR_CONTEXT", "Collector", "FieldError", "NotFoundError",
           "ValidationError"]

P = ParamSpec("P")
T = TypeVar("T")


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

    def check(self, field: str, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T | None:
        try:
            return fn(*args, **kwargs)
        except FieldError as exc:
            self.errors[exc.field or field] = exc.message
            return None

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
