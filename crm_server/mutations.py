"""A pushed mutation as the server reads it, and the same checked against the wire schema: values in
canonical form, or the rejection a value earned (crm_protocol.checks)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crm_protocol.checks import RejectionError, WireError, canonical, delta
from crm_protocol.entities import entity
from crm_protocol.envelope import StockCause
from crm_protocol.fields import EntitySpec
from crm_protocol.ids import utcnow
from crm_protocol.outcomes import DELETE, INCREMENT, OPS
from crm_protocol.values import to_iso
from crm_server import stock


@dataclass(frozen=True)
class MutationIn:
    """One mutation of a push (crm_protocol.envelope.Mutation), as the request brought it."""

    seq: int
    mutation_id: str
    entity: str
    record_id: str
    op: str
    changes: dict[str, Any]
    base_version: int = 0
    base_values: dict[str, Any] | None = None
    group_id: str | None = None
    device_time: str | None = None
    cause: dict[str, Any] | None = None  # why a counter moves (stock: an order's reservation, a manager's adjustment)
    # Fields whose edit builds on an older server value than `base_version` (the device kept its
    # pending value of them through a pull): field -> the version that value was based on.
    base_versions: dict[str, int] | None = None


@dataclass(frozen=True)
class Prepared:
    """A mutation checked against the wire schema: its values in canonical form (deltas for an
    increment), or the rejection a value earned."""

    mutation: MutationIn
    spec: EntitySpec
    values: dict[str, Any]
    rejection: RejectionError | None = None
    cause: StockCause | None = None  # an increment's reason (crm_server/stock.py)


def prepare(m: MutationIn) -> Prepared:
    """Raises WireError (the push answers 422) for anything a correct client never sends."""
    spec = entity(m.entity)
    if spec is None:
        raise WireError("unknown_entity", seq=m.seq, entity=m.entity)
    if not spec.pushable:
        raise WireError("read_only_entity", seq=m.seq, entity=m.entity)
    if m.op not in OPS:
        raise WireError("unknown_op", seq=m.seq, op=m.op)
    values: dict[str, Any] = {}
    rejection: RejectionError | None = None
    for name, raw in m.changes.items():
        try:
            values[name] = delta(spec, name, raw) if m.op == INCREMENT else canonical(spec, name, raw)
        except WireError as error:
            error.detail["seq"] = m.seq
            raise
        except RejectionError as refused:
            rejection = rejection or refused
    if m.op == INCREMENT and not values:
        raise WireError("empty_increment", seq=m.seq)
    if m.op == DELETE and values.get("deleted_at") is None:
        values["deleted_at"] = to_iso(utcnow())
    return Prepared(m, spec, values, rejection, stock.read_cause(m))


