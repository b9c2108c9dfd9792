"""Column types: UTC timestamps as fixed-width ISO text (sortable, readable), JSON as text."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Dialect, Integer, String, Text
from sqlalchemy.types import TypeDecorator

from crm_desktop.domain.common.ids import ISO_FORMAT, from_iso, to_iso

__all__ = ["ISO_FORMAT", "JsonText", "ScaledDecimal", "UtcDateTime", "dump_json", "from_iso", "to_iso"]


# One encoder for the process: json.dumps with options builds a new one at every call (a third of its
# time for the small dicts of the outbox, millions of them in a bulk load).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)


def dump_json(value: Any) -> str:
    """Compact UTF-8 JSON, as JsonText stores it (Chinese stays readable in the file)."""
    return _ENCODER.encode(value)


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored so that text order is time order."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else to_iso(value)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> datetime | None:
        return None if value is None else from_iso(value)


class JsonText(TypeDecorator[Any]):
    """JSON stored as compact UTF-8 text (Chinese stays readable in the file)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return dump_json(value)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> Any:
        return None if value is None else json.loads(value)


class ScaledDecimal(TypeDecorator[Decimal]):
    """Decimals stored as integers of 10^-scale units: exact, and SUM() in SQL stays exact."""

    impl = Integer
    cache_ok = True

    def __init__(self, scale: int) -> None:
        super().__init__()
        self.scale = scale

    def process_bind_param(self, value: Decimal | int | str | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return int(Decimal(value).scaleb(self.scale).to_integral_value(ROUND_HALF_UP))

    def process_result_value(self, value: Any | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value).scaleb(-self.scale)
