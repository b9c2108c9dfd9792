"""The wire schema as the app's sync code reads it: which entities and fields travel, their types, and
which fields are guarded or counted by increments. Defined once in the protocol package
(crm_protocol.entities), which the server reads too; tests/unit/test_protocol_fields.py keeps the
store's models and those lists equal."""

from __future__ import annotations

from collections.abc import Mapping

from crm_protocol.entities import ENTITIES, GUARDED, INCREMENTS
from crm_protocol.envelope import SCHEMA_VERSION
from crm_protocol.fields import EntitySpec, FieldSpec

__all__ = ["GUARDED", "INCREMENTS", "SCHEMA_VERSION", "EntitySpec", "FieldSpec", "entities", "entity"]


def entities() -> Mapping[str, EntitySpec]:
    return ENTITIES


def entity(name: str) -> EntitySpec | None:
    return ENTITIES.get(name)
