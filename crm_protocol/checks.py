"""Pushed field values checked against the wire schema and brought to one canonical JSON form.

A value of the wrong JSON type, an unparseable date or number, or an unknown field is a broken
client (`WireError`, the whole request answers 422 and nothing is applied); a value of the right
type that breaks a rule (too long, empty where required) is the user's data and is rejected
mutation by mutation (`RejectionError`), so one poison record never blocks the queue behind it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from crm_protocol.fields import EntitySpec, FieldSpec, Kind
from crm_protocol.values import decimal_text, to_iso

_LIMIT = Decimal(10) ** 15  # the largest magnitude a decimal column holds


class WireError(ValueError):
    """The request does not follow the wire schema: answered 422 with `detail`."""

    def __init__(self, reason: str, **detail: Any) -> None:
        super().__init__(reason)
        self.reason, self.detail = reason, detail


class RejectionError(ValueError):
    """The mutation is well formed but not acceptable: outcome `rejected` with this reason."""

    def __init__(self, reason: str, field: str | None = None) -> None:
        super().__init__(f"{field}: {reason}" if field else reason)
        self.reason, self.field = reason, field


def canonical(spec: EntitySpec, field: str, value: Any) -> Any:
    """The stored form of `value` for `field`: dates and times as ISO text, decimals as exact
    text at the column's scale. Raises WireError for a value no client of this schema sends."""
    fs = spec.fields.get(field)
    if fs is None:
        raise WireError("unknown_field", entity=spec.name, field=field)
    if value is None:
        if not fs.nullable:
            raise RejectionError("required", field)
        return None
    try:
        return _CONVERT[fs.kind](fs, value)
    except (TypeError, ValueError, InvalidOperation, OverflowError) as exc:
        raise WireError("wrong_type", entity=spec.name, field=field, expected=fs.kind,
                        message=str(exc)[:200]) from None


def delta(spec: EntitySpec, field: str, value: Any) -> Decimal:
    """An increment's amount for a counter field."""
    if field not in spec.increments:
        raise WireError("not_a_counter", entity=spec.name, field=field)
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise WireError("wrong_type", entity=spec.name, field=field, expected="decimal")
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise WireError("wrong_type", entity=spec.name, field=field, expected="decimal") from None
    if not amount.is_finite() or abs(amount) >= _LIMIT:
        raise WireError("wrong_type", entity=spec.name, field=field, expected="decimal")
    return amount


def check_text(value: str) -> None:
    """Text PostgreSQL can store and every client can read: no NUL, no lone surrogate."""
    if "\x00" in value:
        raise ValueError("a NUL character")
    value.encode("utf-8")  # UnicodeEncodeError (a ValueError) for a lone surrogate


def _text(fs: FieldSpec, value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    check_text(value)
    if fs.max_length is not None and len(value) > fs.max_length:
        raise RejectionError(f"longer than {fs.max_length} characters", fs.name)
    return value


def _integer(_fs: FieldSpec, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("expected an integer")
    if abs(value) >= 2**63:
        raise OverflowError("integer out of range")
    return value


def _boolean(_fs: FieldSpec, value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("expected true or false")
    return value


def _real(_fs: FieldSpec, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("expected a number")
    if not math.isfinite(value):
        raise ValueError("NaN and infinity are not numbers a record can hold")
    return float(value)


def _check_json(value: Any) -> None:
    if isinstance(value, str):
        check_text(value)
    elif isinstance(value, float) and not math.isfinite(value):
        raise ValueError("NaN and infinity are not JSON")
    elif isinstance(value, dict):
        for key, item in value.items():
            check_text(key)
            _check_json(item)
    elif isinstance(value, list):
        for item in value:
            _check_json(item)


def _decimal(fs: FieldSpec, value: Any) -> str:
    # Decimals travel as text (exact); whole numbers are accepted too.
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError("expected a decimal as text")
    amount = Decimal(value)
    if not amount.is_finite() or abs(amount) >= _LIMIT:
        raise ValueError("not a finite decimal in range")
    return decimal_text(amount, fs.scale)


def _date(_fs: FieldSpec, value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected an ISO date")
    return date.fromisoformat(value).isoformat()


def _datetime(_fs: FieldSpec, value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected an ISO date and time")
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError("a time without a zone; send UTC")
    return to_iso(moment.astimezone(UTC))


def _json(_fs: FieldSpec, value: Any) -> list[Any] | dict[str, Any]:
    if not isinstance(value, list | dict):
        raise TypeError("expected a list or an object")
    _check_json(value)
    return value


_CONVERT: dict[Kind, Callable[[FieldSpec, Any], Any]] = {
    "str": _text, "int": _integer, "bool": _boolean, "float": _real, "decimal": _decimal,
    "date": _date, "datetime": _datetime, "json": _json}
