"""The wire schema's building blocks: one field (its wire kind and limits) and one synced entity."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Kind = Literal["str", "int", "bool", "float", "decimal", "date", "datetime", "json"]


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: Kind
    max_length: int | None = None
    scale: int | None = None  # decimals: digits after the point
    nullable: bool = True
    required: bool = False  # must be given when the record is created


@dataclass(frozen=True)
class EntitySpec:
    name: str
    fields: dict[str, FieldSpec]
    pushable: bool  # False: only the server writes it (users)
    # Fields whose concurrent change is never overwritten silently: the server keeps its value and
    # records a conflict for the user (sync-protocol.md, Push step 3).
    guarded: frozenset[str] = frozenset()
    # Counters changed only by `increment` mutations, so concurrent reservations add up.
    increments: frozenset[str] = frozenset()


def _spec(name: str, kind: Kind, max_length: int | None = None, scale: int | None = None, *,
          null: bool = True, required: bool = False) -> FieldSpec:
    # A required field is never null; a field that is not null but not required has a default.
    return FieldSpec(name, kind, max_length, scale, nullable=null and not required, required=required)


def text(name: str, max_length: int | None = None, *, null: bool = True, required: bool = False) -> FieldSpec:
    return _spec(name, "str", max_length, null=null, required=required)


def integer(name: str, *, null: bool = True, required: bool = False) -> FieldSpec:
    return _spec(name, "int", null=null, required=required)


def flag(name: str, *, null: bool = False, required: bool = False) -> FieldSpec:
    """A yes/no field; every one so far is not null with a default."""
    return _spec(name, "bool", null=null, required=required)


def real(name: str, *, null: bool = True, required: bool = False) -> FieldSpec:
    return _spec(name, "float", null=null, required=required)


def decimal(name: str, scale: int, *, null: bool = True, required: bool = False) -> FieldSpec:
    """An exact number, sent as text with `scale` digits after the point."""
    return _spec(name, "decimal", scale=scale, null=null, required=required)


def day(name: str, *, null: bool = True, required: bool = False) -> FieldSpec:
    """A calendar date, sent as ISO text (2024-05-31)."""
    return _spec(name, "date", null=null, required=required)


def moment(name: str, *, null: bool = True, required: bool = False) -> FieldSpec:
    """A point in time, sent as fixed-width UTC text (crm_protocol.values.to_iso)."""
    return _spec(name, "datetime", null=null, required=required)


def json(name: str, *, null: bool = True, required: bool = False) -> FieldSpec:
    """A list or an object, sent as JSON."""
    return _spec(name, "json", null=null, required=required)


# Every synced record ends with these (the client's SyncedRecord columns besides id and version).
RECORD_FIELDS = (moment("created_at", null=False), moment("deleted_at"), text("owner_id", 36))


def synced_entity(name: str, *fields: FieldSpec, pushable: bool = True, guarded: Iterable[str] = (),
                  increments: Iterable[str] = ()) -> EntitySpec:
    """An entity whose own `fields` are followed by the fields every record has."""
    by_name = {f.name: f for f in (*fields, *RECORD_FIELDS)}
    spec = EntitySpec(name, by_name, pushable, frozenset(guarded), frozenset(increments))
    unknown = (spec.guarded | spec.increments) - by_name.keys()
    if unknown:
        raise ValueError(f"{name}: guarded or counted fields that it does not have: {sorted(unknown)}")
    return spec
