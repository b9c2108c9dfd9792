"""Field values as the wire carries them: times as fixed-width UTC text, dates as ISO text, decimals as
exact text, JSON as itself; and back to Python values by the field's wire kind."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from crm_protocol.fields import Kind

ISO_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
_ISO_WIDTH = len("2024-01-31T12:00:00.000000Z")


def to_iso(value: datetime) -> str:
    """Fixed-width UTC text: the store's timestamp format, whose text order is time order."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given; the store keeps UTC only")
    return value.astimezone(UTC).strftime(ISO_FORMAT)


def from_iso(text: str) -> datetime:
    return datetime.strptime(text, ISO_FORMAT).replace(tzinfo=UTC)


def parse_moment(text: str) -> datetime:
    """Any ISO time with a zone (a trailing Z too), in UTC."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def to_wire(value: Any) -> Any:
    """A column value as the wire carries it (JSON-ready)."""
    if isinstance(value, datetime):
        return to_iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)  # exact: the server parses it back as a numeric
    return value


def from_wire(kind: Kind | None, value: Any) -> Any:
    """A wire value (ISO text, decimal text) as a column of that kind holds it; other kinds as sent."""
    if value is None:
        return None
    if kind == "datetime":
        return from_iso(value) if value.endswith("Z") and len(value) == _ISO_WIDTH else parse_moment(value)
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "decimal":
        return Decimal(str(value))
    return value


def decimal_text(amount: Decimal, scale: int | None) -> str:
    """A decimal as exact text, rounded half up to `scale` digits after the point when given."""
    if scale is not None:
        amount = amount.quantize(Decimal(1).scaleb(-scale), rounding=ROUND_HALF_UP)
    return str(amount)
