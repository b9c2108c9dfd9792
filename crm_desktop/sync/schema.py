"""The wire schema of the sync protocol: which entities and fields travel, their types, and which
fields are guarded or counted by increments. Read from the store's models, so a column added to
the client is known to the server in the same release (the server validates pushes with it)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Boolean, Date, Float, Integer, String, Text, inspect

from crm_desktop.store.journal import SCHEMA_VERSION, synced_fields_of
from crm_desktop.store.models import SyncedRecord
from crm_desktop.store.types import JsonText, ScaledDecimal, UtcDateTime

__all__ = ["GUARDED", "INCREMENTS", "SCHEMA_VERSION", "EntitySpec", "FieldSpec", "entities", "entity"]

# Fields whose concurrent change is never overwritten silently: the server keeps its value and
# records a conflict for the user (sync-protocol.md, Push step 3).
GUARDED: dict[str, frozenset[str]] = {
    "opportunity": frozenset({"amount", "stage_id", "status", "expected_close", "owner_id"}),
    "sales_order": frozenset({"status"}),
    "sales_order_line": frozenset({"product_id", "quantity", "unit_price", "discount_pct", "line_total"}),
    "ticket": frozenset({"status", "assignee_id", "priority"}),
    "account": frozenset({"owner_id"}),
}
# Counters changed only by `increment` mutations, so concurrent reservations add up.
INCREMENTS: dict[str, frozenset[str]] = {"product": frozenset({"stock_reserved", "stock_on_hand"})}


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # str | int | bool | float | decimal | date | datetime | json
    max_length: int | None = None
    scale: int | None = None  # decimals: digits after the point
    nullable: bool = True
    required: bool = False  # must be given when the record is created


@dataclass(frozen=True)
class EntitySpec:
    name: str
    fields: dict[str, FieldSpec]
    pushable: bool  # False: only the server writes it (users)

    @property
    def guarded(self) -> frozenset[str]:
        return GUARDED.get(self.name, frozenset())

    @property
    def increments(self) -> frozenset[str]:
        return INCREMENTS.get(self.name, frozenset())


def _kind(column) -> tuple[str, int | None, int | None]:
    kind = column.type
    if isinstance(kind, UtcDateTime):
        return "datetime", None, None
    if isinstance(kind, ScaledDecimal):
        return "decimal", None, kind.scale
    if isinstance(kind, JsonText):
        return "json", None, None
    for sql_type, name in ((Boolean, "bool"), (Integer, "int"), (Float, "float"), (Date, "date")):
        if isinstance(kind, sql_type):
            return name, None, None
    if isinstance(kind, String | Text):
        return "str", getattr(kind, "length", None), None
    raise TypeError(f"no wire type for {column!r}")


def _field(column) -> FieldSpec:
    kind, length, scale = _kind(column)
    has_default = column.default is not None or column.server_default is not None
    return FieldSpec(column.key, kind, length, scale, bool(column.nullable),
                     required=not column.nullable and not has_default)


@cache
def entities() -> dict[str, EntitySpec]:
    specs = {}
    for mapper in SyncedRecord.registry.mappers:
        model = mapper.class_
        if not issubclass(model, SyncedRecord) or not model.__entity__:
            continue
        columns = inspect(model).columns
        fields = {name: _field(columns[name]) for name in synced_fields_of(model)}
        specs[model.__entity__] = EntitySpec(model.__entity__, fields, pushable=model.__journaled__)
    return specs


def entity(name: str) -> EntitySpec | None:
    return entities().get(name)
