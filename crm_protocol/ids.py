"""Record identity and time: UUIDv7 made on the device (unique offline, roughly time-ordered), UTC clocks."""

from __future__ import annotations

from datetime import UTC, datetime

import uuid6


def new_id() -> str:
    """A UUIDv7 as text: unique across offline devices and roughly ordered by creation time."""
    return str(uuid6.uuid7())


def utcnow() -> datetime:
    return datetime.now(UTC)
