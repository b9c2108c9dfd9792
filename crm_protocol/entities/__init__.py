"""Every synced entity by name: its fields as they travel, which are guarded, which are counters.

The client's store models are checked against these lists (tests/unit/test_protocol_fields.py): a
synced column added on one side only fails the suite, so app and server always agree on the schema.
"""

from __future__ import annotations

from types import MappingProxyType

from crm_protocol.entities.activities import ACTIVITIES
from crm_protocol.entities.attachments import ATTACHMENTS
from crm_protocol.entities.customers import CUSTOMERS
from crm_protocol.entities.marketing import MARKETING
from crm_protocol.entities.sales import SALES
from crm_protocol.entities.security import SECURITY
from crm_protocol.entities.service import SERVICE
from crm_protocol.fields import EntitySpec, FieldSpec

__all__ = ["ENTITIES", "GUARDED", "INCREMENTS", "EntitySpec", "FieldSpec", "entity"]

ENTITIES: MappingProxyType[str, EntitySpec] = MappingProxyType(
    {spec.name: spec for spec in (*SECURITY, *CUSTOMERS, *ACTIVITIES, *SALES, *SERVICE, *MARKETING, *ATTACHMENTS)})
GUARDED: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    {name: spec.guarded for name, spec in ENTITIES.items() if spec.guarded})
INCREMENTS: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    {name: spec.increments for name, spec in ENTITIES.items() if spec.increments})


def entity(name: str) -> EntitySpec | None:
    return ENTITIES.get(name)
