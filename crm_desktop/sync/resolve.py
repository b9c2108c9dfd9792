"""Settling a sync issue so that both sides end with one value: "keep mine" sends the user's value
again on top of the server's; "keep theirs" writes the server's value here; a rejected change is
sent again once fixed, or given up and the server's copy fetched back."""

from __future__ import annotations

from decimal import Decimal
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.store import field_bases
from crm_desktop.store.journal import record_resend
from crm_desktop.store.models import Conflict, Product, SyncedRecord, SyncState
from crm_desktop.store.repositories.orders import ProductRepository
from crm_desktop.sync.outbox import PendingEdits
from crm_desktop.sync.records import model_of, to_local, write_remote_fields

REFETCH = "sync/refetch"  # [[entity, id], ...]: records to fetch whole at the next sync


def row_of(session: Session, issue: Conflict) -> SyncedRecord | None:
    model = model_of(issue.entity)
    return session.get(model, issue.record_id) if model is not None else None


def keep_mine(session: Session, issue: Conflict) -> None:
    """In a journaled session: the user's value as a new edit, on the server's version of the
    conflict (not a newer one a pull brought since: the user chose against that value, not a later one)."""
    row = row_of(session, issue)
    if row is None:
        return
    if issue.server_version:
        field_bases.keep(session.connection(), row.id, issue.field, issue.server_version)
    mine = to_local(issue.entity, issue.field, issue.mine)
    # Bringing a deleted record back sends the edit the deletion stopped, too.
    stopped = list((issue.mutation or {}).get("changes") or {}) if issue.field == "deleted_at" else []
    if getattr(row, issue.field) != mine:
        setattr(row, issue.field, mine)  # journaled at the flush, on the field's own base
        resend = [f for f in stopped if f != issue.field]
    else:
        resend = [issue.field, *stopped]  # the laptop holds it already: send it again all the same
    if resend:
        session.flush()
        record_resend(session, row, list(dict.fromkeys(resend)))


def keep_theirs(session: Session, issue: Conflict) -> None:
    """In a remote session (nothing to push): the server's value here, as of its version, unless
    the user edited the field again since (that edit will meet the server's value in its turn) or a
    pull brought a newer value already."""
    row = row_of(session, issue)
    if row is None or PendingEdits(session, [issue.record_id]).edit_field(issue.record_id, issue.field, after_seq=0):
        return
    if issue.server_version and (row.version or 0) > issue.server_version \
            and field_bases.base_of(session.connection(), row.id, issue.field) != issue.server_version:
        return  # the row moved on past the conflict: it holds the server's newer value
    theirs = to_local(issue.entity, issue.field, issue.theirs)
    if getattr(row, issue.field) != theirs:
        write_remote_fields(session, row, {issue.field: issue.theirs})
    if issue.server_version:
        field_bases.keep(session.connection(), row.id, issue.field, issue.server_version)


def resend(session: Session, issue: Conflict) -> None:
    """A refused stock move made again as an increment of its own (its counters were taken back
    when it was refused); the caller sends it with the rest of its user action."""
    mutation = issue.mutation or {}
    row = row_of(session, issue)
    if mutation.get("op") != "increment" or row is None:
        return
    deltas = {name: Decimal(str(amount)) for name, amount in (mutation.get("changes") or {}).items()}
    # As the order or the stock dialog moves it: counters in SQL, so the journal sees no upsert of them.
    ProductRepository(session).increment(cast(Product, row), mutation.get("cause") or {}, **deltas)


def action_of(session: Session, issue: Conflict) -> list[Conflict]:
    """The open rejected issues of the same user action (one group on the wire): they are retried
    together, since the server judges them together (an order's status change and its stock moves)."""
    group = (issue.mutation or {}).get("group_id")
    if not group or issue.kind != "rejected":
        return [issue]
    rows = session.scalars(select(Conflict).where(Conflict.kind == "rejected", Conflict.resolved_at.is_(None)))
    siblings = [c for c in rows if (c.mutation or {}).get("group_id") == group]
    return sorted(siblings, key=lambda c: (c.mutation or {}).get("seq") or 0) or [issue]


def give_up(session: Session, issue: Conflict) -> None:
    """A rejected change abandoned: the record is fetched again from the server at the next sync
    (or dropped, if the server has none), so the laptop ends with the server's copy."""
    if (issue.mutation or {}).get("op") == "increment":
        return  # taken back already when it was refused
    refetch_later(session, [(issue.entity, issue.record_id)])


def refetch_later(session: Session, records: list[tuple[str, str]]) -> None:
    """Fetch the records whole from the server at the next sync (after the push of the same round)."""
    state = session.get(SyncState, REFETCH)
    stored = cast(list[list[str]], state.value if state is not None and state.value else [])  # as written below
    wanted = [list(pair) for pair in stored]
    for entity, record_id in records:
        if [entity, record_id] not in wanted:
            wanted.append([entity, record_id])
    if state is None:
        session.add(SyncState(key=REFETCH, value=wanted))
    else:
        state.value = wanted
