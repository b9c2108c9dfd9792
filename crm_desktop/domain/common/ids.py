"""Record identity and time: UUIDv7 made on the device, timestamps always in UTC."""

from __future__ import annotations

from datetime import UTC, datetime

import uuid6


def new_id() -> str:
    """A UUIDv7 as text: unique across offline devices and roughly ordered by creation time."""
    return str(uuid6.uuid7())


ISO_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_iso(value: datetime) -> str:
    """Fixed-width UTC text: the store's timestamp format, whose text order is time order."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given; the store keeps UTC only")
    return value.astimezone(UTC).strftime(ISO_FORMAT)


def from_iso(text: str) -> datetime:
    return datetime.strptime(text, ISO_FORMAT).replace(tzinfo=UTC)
