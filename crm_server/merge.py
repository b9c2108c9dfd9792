"""One mutation merged into the server's row, field by field (sync-protocol.md, Push step 3).

A field nobody changed since the device's `base_version` takes the device's value; a field
changed meanwhile keeps the server's value and becomes a conflict if it is guarded, else the
later arrival wins and the history keeps the value it replaced. Deleting a record someone changed
meanwhile, or editing a deleted one, is a conflict too: nothing disappears silently.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from crm_protocol import shipped_loss_reasons, shipped_stages
from crm_protocol.checks import RejectionError
from crm_protocol.envelope import MutationOutcome, mark_rejected, new_outcome
from crm_protocol.ids import new_id, utcnow
from crm_protocol.outcomes import APPLIED, CONFLICT, DELETE, INCREMENT, MERGED, REJECTED, UPSERT
from crm_protocol.values import decimal_text
from crm_server import checkins, stock
from crm_server.counters import confirmed_number, next_version, reserve_versions
from crm_server.models import Conflict, Record, RecordHistory
from crm_server.mutations import MutationIn, Prepared
from crm_server.notify import wake_payload
from crm_server.rules import check_record
from crm_server.scope_moves import log_change, move
from crm_server.scopes import (
    CHILD_ENTITIES,
    ScopeKeys,
    TeamBook,
    Viewer,
    check_write,
    keys_for,
    parent_fields,
    parent_of,
)
from crm_server.writers import Writers

NUMBERED = frozenset({"ticket", "sales_order"})


# Reference data every laptop creates under shipped ids: entity -> whether pushed values are a shipped copy.
_SHIPPED = {"pipeline_stage": shipped_stages.is_shipped_copy, "loss_reason": shipped_loss_reasons.is_shipped_copy}


def _shipped_default(m: MutationIn, values: dict[str, Any]) -> bool:
    """A device's first copy of a shipped default stage or loss reason, exactly as shipped (every laptop makes one)."""
    is_copy = _SHIPPED.get(m.entity)
    return (is_copy is not None and m.op == UPSERT and m.base_version == 0
            and is_copy(m.record_id, values))


def _reject(out: MutationOutcome, refused: RejectionError) -> None:
    mark_rejected(out, str(refused))


def _moment(iso: str | None) -> datetime | None:
    return None if iso is None else datetime.fromisoformat(iso.replace("Z", "+00:00"))


class MergeEngine:
    """Applies prepared mutations for one caller inside the push's transaction."""

    def __init__(self, session: Session, viewer: Viewer, teams: TeamBook, device_id: str,
                 sent_at: datetime | None = None) -> None:
        self.session, self.viewer, self.teams, self.device_id = session, viewer, teams, device_id
        self.sent_at = sent_at  # the device's clock when it sent the push (check-ins' plausibility)
        self.reached: set[ScopeKeys] = set()  # whose devices a commit of this push concerns
        self._rows: dict[tuple[str, str], Record | None] = {}  # locked or created by this push
        self._looked_up: set[tuple[str, str]] = set()
        self._versions: list[int] = []
        # (entity, id) -> (the base the device edited, the version its clean edit produced)
        self._made: dict[tuple[str, str], tuple[int, int]] = {}
        # order id -> (status before, after) of the moves the current user action made, with the
        # outcome of the mutation that made it
        self._statuses: dict[str, tuple[str | None, str]] = {}
        self._movers: dict[str, MutationOutcome] = {}
        self.writers = Writers(session, device_id)

    def apply(self, p: Prepared) -> MutationOutcome:
        key, device_base = (p.mutation.entity, p.mutation.record_id), p.mutation.base_version
        p = self._rebased(p)
        m = p.mutation
        out = new_outcome(m.seq, m.mutation_id, m.entity, m.record_id)
        self._untouched = False  # set when nobody else changed the record since the device's base
        try:
            if p.rejection is not None:
                raise p.rejection
            row = self._row(key)
            if _shipped_default(m, p.values):
                # Every laptop creates the shipped stages and reasons with the same ids: the first to sync
                # made them; the others' copies are the same records, not edits of them, and take
                # the server's values (the first laptop's language, author and time).
                if row is None:
                    self._create(p, out, shipped=True)
                else:
                    out["outcome"], out["version"] = MERGED, row.version
                    out["server_fields"] = {name: row.data.get(name) for name in {*p.values, "deleted_at"}}
            elif m.entity == checkins.ENTITY and row is not None:
                # Inserted once: the hash chain holds it as it came. Rights first, so that someone outside
                # the visit's scope learns nothing about it.
                check_write(self.viewer, self.teams, m.entity, ScopeKeys.of(row), row.data, {})
                checkins.refuse_change()
            elif m.op == INCREMENT:
                self._increment(row, p, out)
            elif m.op == DELETE:
                self._delete(row, p, out)
            elif row is None:
                self._create(p, out)
            else:
                self._update(row, p, out)
        except RejectionError as refused:
            _reject(out, refused)
        if out["outcome"] == APPLIED and self._untouched and out["version"] is not None:
            self._made[key] = (device_base, out["version"])
        else:
            self._made.pop(key, None)
        return out

    def note_applied(self, m: MutationIn, outcome: MutationOutcome) -> None:
        """An earlier push applied `m` (its stored outcome, under this device's number or another's):
        this device knows what it wrote, and later edits of the record in this push that carry the
        same base build on the version it made, when it was made cleanly."""
        self.writers.known.add(m.mutation_id)
        version = outcome.get("version")
        if outcome.get("outcome") == APPLIED and version:
            self._made[(m.entity, m.record_id)] = (m.base_version, version)

    def forget(self, prepared: list[Prepared]) -> None:
        """The group was rolled back: what its mutations produced no longer exists."""
        for p in prepared:
            key = (p.mutation.entity, p.mutation.record_id)
            self._made.pop(key, None)
            if key in self._rows and self._rows[key] not in self.session:
                del self._rows[key]  # created in the rolled-back savepoint

    def lock_rows(self, prepared: list[Prepared]) -> None:
        """Lock every row the push touches in one statement (one round trip, one lock order, so two
        pushes over the same records wait for each other instead of deadlocking), then draw the
        versions they will get."""
        keys = sorted({(p.mutation.entity, p.mutation.record_id) for p in prepared})
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            query = select(Record).where(tuple_(Record.entity, Record.id).in_(chunk)).with_for_update()
            for row in self.session.scalars(query):
                self._rows[(row.entity, row.id)] = row
        self._looked_up.update(keys)
        self._versions = reserve_versions(self.session, len(prepared)) if prepared else []

    def _row(self, key: tuple[str, str]) -> Record | None:
        if key in self._rows:
            return self._rows[key]
        if key in self._looked_up:
            return None  # not on the server when the push began (and not created since)
        row = self.session.scalars(select(Record).where(Record.entity == key[0], Record.id == key[1])
                                   .with_for_update()).first()
        self._rows[key] = row
        return row

    def _next_version(self) -> int:
        return self._versions.pop(0) if self._versions else next_version(self.session)

    def _rebased(self, p: Prepared) -> Prepared:
        """A device's second edit of a record in one push carries the base the device had before
        its first edit; the server made that first edit itself, cleanly, so the second builds on
        its result, not on a concurrent change (else a record created and edited offline would
        conflict with itself)."""
        m = p.mutation
        made = self._made.get((m.entity, m.record_id))
        if made is None or made[0] != m.base_version:
            return p
        return replace(p, mutation=replace(m, base_version=made[1]))

    def wake(self) -> str:
        """The notice for waiting devices once this push commits: whose records changed."""
        return wake_payload(self.reached)

    # --- the four cases ------------------------------------------------------------------

    def _create(self, p: Prepared, out: MutationOutcome, shipped: bool = False) -> None:
        m, data = p.mutation, dict(p.values)
        if m.entity not in CHILD_ENTITIES and "owner_id" not in data:  # shared vocabularies too: their author
            data["owner_id"] = out["server_fields"]["owner_id"] = self.viewer.user_id
        parent_keys, parent_id = self._parent(m.entity, data)
        if not shipped:
            check_write(self.viewer, self.teams, m.entity, None, data, data)
        self._untouched = True
        numbered = m.entity in NUMBERED and data.get("number_provisional", True)
        # Every check before the first write: a rejected mutation leaves nothing to roll back.
        check_record(p.spec, None, {**data, "number": "(server)"} if numbered else data, set(data))
        stock.check_not_negative({name: data[name] for name in p.spec.increments if data.get(name) is not None})
        if numbered:
            data["number"] = confirmed_number(self.session, m.entity, data)
            data["number_provisional"] = False
            out["server_fields"].update(number=data["number"], number_provisional=False)
        if m.entity == checkins.ENTITY:  # the server's plausibility doubts, never a refusal
            checkins.on_arrival(self.session, self.viewer.user_id, m.record_id, data, out["server_fields"],
                                self.sent_at)
        version = self._next_version()
        keys = keys_for(m.entity, data, self.viewer, self.teams, parent_keys)
        row = Record(entity=m.entity, id=m.record_id, data=data, field_versions=dict.fromkeys(data, version),
                     version=version, deleted_at=_moment(data.get("deleted_at")), updated_at=utcnow(),
                     parent_id=parent_id, **keys.columns())
        self.session.add(row)
        self._rows[(row.entity, row.id)] = row
        log_change(self.session, row, keys)
        self.reached.add(keys)
        self._history(row, {k: [None, v] for k, v in data.items()}, [], p)
        self._note_status(row.entity, row.id, None, data, out)
        out["version"] = version

    def _update(self, row: Record, p: Prepared, out: MutationOutcome) -> None:
        m = p.mutation
        check_write(self.viewer, self.teams, m.entity, ScopeKeys.of(row), row.data, {})
        counters = p.spec.increments.intersection(p.values)
        if counters:
            raise RejectionError("counters change only by increments with a cause", min(counters))
        restoring = "deleted_at" in p.values and p.values["deleted_at"] is None
        if row.deleted_at is not None and not restoring:
            self._conflict(row, "deleted_at", None, None, row.data.get("deleted_at"), m, out)
            out["outcome"], out["version"] = CONFLICT, row.version
            return
        self._untouched = row.version <= m.base_version
        bases = m.base_versions or {}
        applied: dict[str, Any] = {}
        overwritten: list[str] = []
        kept: list[tuple[str, Any, Any, Any]] = []
        for name, mine in p.values.items():
            theirs = row.data.get(name)
            if mine == theirs:
                continue
            if not self.writers.changed_since(row, row.field_versions.get(name, 0), bases.get(name, m.base_version)):
                applied[name] = mine
            elif name in p.spec.guarded:
                kept.append((name, (m.base_values or {}).get(name), mine, theirs))
            else:
                applied[name] = mine
                overwritten.append(name)
        self._write(row, p, applied, overwritten, out)  # checks first: a rejection writes nothing
        for name, base, mine, theirs in kept:
            self._conflict(row, name, base, mine, theirs, m, out)
        if out["conflicts"]:
            out["outcome"] = CONFLICT
        elif overwritten or not self._untouched:
            out["outcome"] = MERGED  # combined with someone else's change since the device's base

    def _delete(self, row: Record | None, p: Prepared, out: MutationOutcome) -> None:
        m = p.mutation
        if row is None:
            out["reason"] = "not_on_server"  # made and deleted offline: nothing to remove
            return
        check_write(self.viewer, self.teams, m.entity, ScopeKeys.of(row), row.data, {})
        if row.deleted_at is not None:
            out["version"] = row.version
            return
        if self.writers.others_changed(row, m.base_version):
            self._conflict(row, "deleted_at", None, p.values["deleted_at"], None, m, out)
            out["outcome"], out["version"] = CONFLICT, row.version
            return
        self._write(row, p, {"deleted_at": p.values["deleted_at"]}, [], out)

    def _increment(self, row: Record | None, p: Prepared, out: MutationOutcome) -> None:
        """Add the deltas to the current values (concurrent reservations add up). The answer carries
        the resulting values; it is `applied` only when nobody else changed the record since the
        device's base, so a device adopts the new version only when its copy then equals the server's."""
        if row is None or row.deleted_at is not None:
            raise RejectionError("not_found: the record does not exist on the server")
        stock.check_move(self.viewer, p.cause, p.values)
        applied: dict[str, Any] = {}
        for name, amount in p.values.items():
            current = Decimal(str(row.data.get(name) or "0"))
            applied[name] = decimal_text(current + amount, p.spec.fields[name].scale)
        stock.check_not_negative(applied)
        self._untouched = row.version <= p.mutation.base_version
        self._write(row, p, applied, [], out, increment=True)
        out["server_fields"].update(applied)
        if not self._untouched:
            out["outcome"] = MERGED

    # --- checks over one user action -----------------------------------------------------

    def begin_group(self) -> None:
        self._statuses.clear()
        self._movers.clear()

    def checked_with_its_group(self, p: Prepared) -> bool:
        """Whether `p` can be judged only once its whole user action is applied: an order's stock
        move and the order's status change come together, in whichever order they arrive."""
        return (p.cause is not None and p.cause["kind"] in stock.ORDER_STATUS) or (
            p.mutation.entity == "sales_order" and "status" in p.values)

    def close_group(self, group: list[Prepared], results: list[MutationOutcome]) -> None:
        """The checks that need the whole action applied; a failure rejects that mutation (and so
        the action): every order cause matches a move of its order, and every move of an order
        that reserves, ships or releases stock comes with those stock moves."""
        moved: dict[tuple[str, str], dict[str, Decimal]] = {}
        for p, out in zip(group, results, strict=True):
            if out["outcome"] == REJECTED or p.cause is None or p.cause["kind"] not in stock.ORDER_STATUS:
                continue
            try:
                stock.check_order(self.session, p.mutation.record_id, p.cause, p.values, self._statuses)
            except RejectionError as refused:
                _reject(out, refused)
                continue
            by_product = moved.setdefault((p.cause["order_id"], p.cause["kind"]), {})
            amount = abs(next(iter(p.values.values())))
            by_product[p.mutation.record_id] = by_product.get(p.mutation.record_id, Decimal(0)) + amount
        for order_id, step in self._statuses.items():
            kind = stock.ORDER_MOVES.get(step)
            out = self._movers[order_id]
            if kind is None or out["outcome"] == REJECTED:
                continue
            try:
                stock.check_moves_of(self.session, order_id, kind, moved.get((order_id, kind), {}))
            except RejectionError as refused:
                _reject(out, refused)

    def _note_status(self, entity_name: str, record_id: str, before: str | None, changes: dict[str, Any],
                     out: MutationOutcome) -> None:
        if entity_name == "sales_order" and "status" in changes:
            self._statuses[record_id] = (before, changes["status"])
            self._movers[record_id] = out

    # --- bookkeeping ---------------------------------------------------------------------

    def _write(self, row: Record, p: Prepared, applied: dict[str, Any], overwritten: list[str], out: MutationOutcome,
               increment: bool = False) -> None:
        m, before = p.mutation, ScopeKeys.of(row)
        after = {**row.data, **applied}
        check_write(self.viewer, self.teams, m.entity, before, after, applied, increment=increment)
        moved = [name for name in parent_fields(m.entity) if name in applied]
        if moved:
            raise RejectionError("a line, event, check-in or attachment cannot move to another record", moved[0])
        check_record(p.spec, row.data, after, set(applied))
        out["version"] = row.version
        if not applied:
            return
        version = self._next_version()
        old = {k: row.data.get(k) for k in applied}
        row.data = after
        row.field_versions = {**row.field_versions, **dict.fromkeys(applied, version)}
        row.version, row.updated_at = version, utcnow()
        row.deleted_at = _moment(after.get("deleted_at"))
        keys = before if m.entity in CHILD_ENTITIES else keys_for(m.entity, after, self.viewer, self.teams, None)
        if keys != before:
            move(self.session, row, keys)
            self.reached.add(before)
        log_change(self.session, row, keys)
        self.reached.add(keys)
        self._history(row, {k: [old[k], applied[k]] for k in applied}, overwritten, p)
        self._note_status(row.entity, row.id, old.get("status"), applied, out)
        out["version"] = version

    def _parent(self, entity_name: str, data: dict[str, Any]) -> tuple[ScopeKeys | None, str | None]:
        found = parent_of(entity_name, data)
        if found is None:
            return None, None
        parent_entity, parent_field, parent_ref = found  # the reference is checked by check_record later
        key = (parent_entity, parent_ref)
        parent = self._rows.get(key) or self.session.get(Record, key)
        if parent is None or parent.deleted_at is not None:
            raise RejectionError(f"not_found: the {parent_entity} does not exist on the server", parent_field)
        check_write(self.viewer, self.teams, parent_entity, ScopeKeys.of(parent), parent.data, {})
        return ScopeKeys.of(parent), parent.id

    def _history(self, row: Record, changes: dict[str, list[Any]], overwritten: list[str], p: Prepared) -> None:
        self.session.add(RecordHistory(entity=row.entity, record_id=row.id, version=row.version, changes=changes,
                                       overwritten=overwritten or None, device_id=self.device_id,
                                       user_id=self.viewer.user_id, device_time=p.mutation.device_time, at=utcnow(),
                                       mutation_id=p.mutation.mutation_id, cause=p.cause))

    def _conflict(self, row: Record, name: str, base: Any, mine: Any, theirs: Any, m: MutationIn,
                  out: MutationOutcome) -> None:
        conflict = Conflict(id=new_id(), entity=row.entity, record_id=row.id, field=name, base=base, mine=mine,
                            theirs=theirs, device_id=self.device_id, user_id=self.viewer.user_id, seq=m.seq,
                            created_at=utcnow())
        self.session.add(conflict)
        out["conflicts"].append({"id": conflict.id, "field": name, "base": base, "mine": mine, "theirs": theirs})
