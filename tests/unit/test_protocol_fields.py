"""The app's store models and the protocol's entity lists (crm_protocol.entities) describe the same wire
schema: a synced column added, dropped or retyped on one side only fails here, so the app never pushes a
field the server does not know, and the server never sends one the app cannot hold."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import Boolean, Column, Date, Float, Integer, String, Text, inspect

from crm_desktop.store.journal import synced_fields_of
from crm_desktop.store.models import SyncedRecord
from crm_desktop.store.types import JsonText, ScaledDecimal, UtcDateTime
from crm_protocol.entities import ENTITIES
from crm_protocol.fields import EntitySpec, FieldSpec, Kind, text


def synced_models() -> dict[str, type[SyncedRecord]]:
    return {m.class_.__entity__: m.class_ for m in SyncedRecord.registry.mappers
            if issubclass(m.class_, SyncedRecord) and m.class_.__entity__}


def wire_kind(column: Column) -> tuple[Kind, int | None, int | None]:
    """(kind, max length, scale) of a column as the wire carries it."""
    sql_type = column.type
    if isinstance(sql_type, UtcDateTime):
        return "datetime", None, None
    if isinstance(sql_type, ScaledDecimal):
        return "decimal", None, sql_type.scale
    if isinstance(sql_type, JsonText):
        return "json", None, None
    for base, kind in ((Boolean, "bool"), (Integer, "int"), (Float, "float"), (Date, "date")):
        if isinstance(sql_type, base):
            return kind, None, None
    if isinstance(sql_type, String | Text):
        return "str", getattr(sql_type, "length", None), None
    raise TypeError(f"no wire type for {column!r}: give it one here and in crm_protocol/fields.py")


def field_of(column: Column) -> FieldSpec:
    kind, length, scale = wire_kind(column)
    has_default = column.default is not None or column.server_default is not None
    return FieldSpec(column.key, kind, length, scale, bool(column.nullable),
                     required=not column.nullable and not has_default)


def spec_of(model: type[SyncedRecord]) -> EntitySpec:
    """The model as a wire entity: its synced columns (all but id, version, updated_at and the model's
    `__local_fields__`: what the journal pushes), pushable unless only the server writes it."""
    columns = inspect(model).columns
    fields = {name: field_of(columns[name]) for name in synced_fields_of(model)}
    return EntitySpec(model.__entity__, fields, pushable=model.__journaled__)


def differences(client: EntitySpec, protocol: EntitySpec) -> list[str]:
    """What one side has and the other has not, in words; empty when they agree."""
    found = []
    if client.fields.keys() - protocol.fields.keys():
        found.append(f"synced on the client only: {sorted(client.fields.keys() - protocol.fields.keys())}")
    if protocol.fields.keys() - client.fields.keys():
        found.append(f"in the protocol only: {sorted(protocol.fields.keys() - client.fields.keys())}")
    for name in sorted(client.fields.keys() & protocol.fields.keys()):
        if client.fields[name] != protocol.fields[name]:
            found.append(f"{name}: the client's model says {client.fields[name]}, the protocol {protocol.fields[name]}")
    if client.pushable != protocol.pushable:
        found.append(f"pushable: the client says {client.pushable}, the protocol {protocol.pushable}")
    return found


def test_the_client_syncs_exactly_the_protocols_entities():
    assert sorted(synced_models()) == sorted(ENTITIES)


@pytest.mark.parametrize("name", sorted(ENTITIES))
def test_a_models_synced_columns_are_the_protocols_fields(name):
    model = synced_models()[name]
    assert differences(spec_of(model), ENTITIES[name]) == []


@pytest.mark.parametrize("name", sorted(ENTITIES))
def test_local_only_columns_never_travel(name):
    model = synced_models()[name]
    assert not model.__local_fields__ & ENTITIES[name].fields.keys()
    assert model.__local_fields__ <= set(inspect(model).columns.keys()), "a local field that is no column"


def test_the_check_catches_a_field_on_one_side_only():
    account = ENTITIES["account"]
    client = spec_of(synced_models()["account"])
    assert differences(client, account) == []

    added = replace(client, fields={**client.fields, "fax": text("fax", 32)})  # a column the protocol lacks
    assert differences(added, account) == ["synced on the client only: ['fax']"]
    dropped = replace(client, fields={k: v for k, v in client.fields.items() if k != "website"})
    assert differences(dropped, account) == ["in the protocol only: ['website']"]
    longer = replace(client, fields={**client.fields, "phone": text("phone", 64)})
    assert differences(longer, account) == [
        f"phone: the client's model says {text('phone', 64)}, the protocol {account.fields['phone']}"]
