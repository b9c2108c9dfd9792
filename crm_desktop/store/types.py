"""Column types: UTC timestamps as fixed-width ISO text (sortable, readable), JSON as text."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import String, Text
from sqlalchemy.types import TypeDecorator

ISO_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def to_iso(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime given; the store keeps UTC only")
    return value.astimezone(UTC).strftime(ISO_FORMAT)


def from_iso(text: str) -> datetime:
    return datetime.strptime(text, ISO_FORMAT).replace(tzinfo=UTC)


class UtcDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out; stored so that text order is time order."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else to_iso(value)

    def process_result_value(self, value, dialect):
        return None if value is None else from_iso(value)


class JsonText(TypeDecorator):
    """JSON stored as compact UTF-8 text (Chinese stays readable in the file)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)

    def process_result_value(self, value, dialect):
        return None if value is None else json.loads(value)
