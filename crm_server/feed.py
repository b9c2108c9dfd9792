"""What a device reads: pull from a cursor, the paged snapshot, one record by id, and whether
anything new is waiting (sync-protocol.md, Pull and Initial sync).

The cursor is (xid, id) of the last change-log row served. On PostgreSQL only rows whose
transaction is older than every running one (`xid < pg_snapshot_xmin`) are served, so a
transaction that commits late can never slip in behind a cursor that already moved on. SQLite
has one writer at a time, so its rows commit in id order and the id alone is enough.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    Delete,
    Row,
    TextClause,
    delete,
    func,
    literal_column,
    select,
    text,
    tuple_,
)
from sqlalchemy.orm import Session

from crm_protocol.envelope import PAGE_ROWS, PullItem
from crm_protocol.ids import utcnow
from crm_protocol.outcomes import REMOVE, RESET_REQUIRED, TOMBSTONE, UPSERT
from crm_server.models import Base, ChangeLog, Record, SyncMeta
from crm_server.scopes import ScopeKeys, Viewer

MAX_ROWS = PAGE_ROWS
# Referenced records first: users, stages, products and tags, then accounts, then what points at them.
SNAPSHOT_ORDER = ("user", "pipeline_stage", "loss_reason", "product", "tag", "email_template", "account", "contact",
                  "segment", "campaign", "campaign_member", "opportunity", "opportunity_line", "sales_order",
                  "sales_order_line", "ticket", "ticket_event", "activity", "checkin", "attachment")
MAX_BYTES = 2 * 1024 * 1024
TOMBSTONE_DAYS = 90
_LOG = Base.metadata.tables[ChangeLog.__tablename__]
_RECORDS = Base.metadata.tables[Record.__tablename__]
Condition = ColumnElement[bool] | TextClause  # which change-log rows a query may read


class FeedError(ValueError):
    """A request the feed cannot serve: `status` and `reason` for the client."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


@dataclass(frozen=True, order=True)
class Cursor:
    """A position in the change log: (xid, id), tagged with the database's epoch. A restored
    backup gets a new epoch (`crm-server after-restore`), so cursors from before are refused."""

    xid: int = 0
    id: int = 0
    epoch: str = field(default="", compare=False)

    def __str__(self) -> str:
        return f"{self.epoch}.{self.xid}-{self.id}"

    @classmethod
    def parse(cls, raw: str | None) -> Cursor:
        if not raw:
            return cls()
        epoch, dot, position = raw.rpartition(".")
        xid, dash, row = position.partition("-")
        numbers = all(part.isascii() and part.isdigit() and len(part) <= 18 for part in (xid, row))
        well_formed = dot and dash and numbers and epoch.isascii() and (not epoch or epoch.isalnum())
        if not well_formed or len(raw) > 64:
            raise FeedError(422, "bad_cursor")
        return cls(int(xid), int(row), epoch)

    def at(self, epoch: str) -> Cursor:
        return replace(self, epoch=epoch)


@dataclass
class Page:
    items: list[PullItem]
    cursor: str
    has_more: bool


@dataclass
class SnapshotPage:
    items: list[PullItem]
    token: str | None  # the next page's continuation; None when the snapshot is complete
    cursor: str  # where to pull from once the snapshot is complete (the watermark W0)


def item_of(row: Record, viewer: Viewer) -> PullItem:
    """The record as this viewer receives it: the full row, a tombstone, or `remove`."""
    if not viewer.sees(ScopeKeys.of(row)):
        return {"entity": row.entity, "id": row.id, "kind": REMOVE, "version": row.version}
    if row.deleted_at is not None:
        return {"entity": row.entity, "id": row.id, "kind": TOMBSTONE, "version": row.version,
                "deleted_at": row.data.get("deleted_at")}
    return {"entity": row.entity, "id": row.id, "kind": UPSERT, "version": row.version,
            "field_versions": row.field_versions, "data": row.data}


class Feed:
    def __init__(self, session: Session, viewer: Viewer) -> None:
        self.session, self.viewer = session, viewer
        self.postgres = session.get_bind().dialect.name == "postgresql"
        # Both bookkeeping values in one round trip: every pull and wait needs them.
        meta = dict(session.execute(select(SyncMeta.key, SyncMeta.value)
                                    .where(SyncMeta.key.in_(["epoch", "horizon"]))).all())
        self.epoch = meta.get("epoch", "0")
        self._horizon_text = meta.get("horizon")

    # --- pull ----------------------------------------------------------------------------

    def pull(self, cursor: Cursor, limit: int = MAX_ROWS) -> Page:
        self._check_horizon(cursor)
        limit = max(1, min(limit, MAX_ROWS))
        drained, bound = self._watermark()
        rows = self._changes(cursor, bound, limit)
        records = self._records({(r.entity, r.record_id) for r in rows})
        items: list[PullItem] = []
        seen: set[tuple[str, str]] = set()
        size, last = 0, cursor
        for row in rows:
            key = (row.entity, row.record_id)
            if key not in seen:
                record = records.get(key)
                item: PullItem = item_of(record, self.viewer) if record is not None else \
                    {"entity": row.entity, "id": row.record_id, "kind": TOMBSTONE, "version": row.version}
                cost = len(json.dumps(item, ensure_ascii=False, default=str))
                if items and size + cost > MAX_BYTES:
                    return Page(items, str(last.at(self.epoch)), True)
                items.append(item)
                seen.add(key)
                size += cost
            last = Cursor(int(row.xid), row.id)
        if len(rows) == limit:
            return Page(items, str(last.at(self.epoch)), True)
        return Page(items, str(max(last, drained).at(self.epoch)), False)

    def has_changes(self, cursor: Cursor) -> bool:
        self._check_horizon(cursor)
        _drained, bound = self._watermark()
        return bool(self._changes(cursor, bound, 1))

    def _watermark(self) -> tuple[Cursor, Condition]:
        """(the cursor once every visible row is served, the SQL bound of visible rows)."""
        if self.postgres:
            xmin = int(self.session.execute(text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")).scalar_one())
            return Cursor(xmin, 0), text("change_log.xid < CAST(:xmin AS xid8)").bindparams(xmin=str(xmin))
        newest: int = self.session.execute(select(func.coalesce(func.max(_LOG.c.id), 0))).scalar_one()
        drained = max(Cursor(0, newest), self._horizon() or Cursor())  # a purge may have emptied the log
        return drained, _LOG.c.id <= newest

    def _changes(self, cursor: Cursor, bound: Condition, limit: int) -> list[Row[Any]]:
        xid: ColumnElement[Any]
        after: Condition
        order: tuple[ColumnElement[Any], ...]
        if self.postgres:
            xid = literal_column("change_log.xid::text").label("xid")
            after = text("(change_log.xid, change_log.id) > (CAST(:cx AS xid8), :cid)").bindparams(
                cx=str(cursor.xid), cid=cursor.id)
            order = (literal_column("change_log.xid"), _LOG.c.id)
        else:
            xid, after, order = _LOG.c.xid, _LOG.c.id > cursor.id, (_LOG.c.id,)
        query = (select(_LOG.c.id, xid, _LOG.c.entity, _LOG.c.record_id, _LOG.c.version)
                 .where(after, bound, self.viewer.clause(_LOG)).order_by(*order).limit(limit))
        return list(self.session.execute(query))

    def _records(self, keys: set[tuple[str, str]]) -> dict[tuple[str, str], Record]:
        if not keys:
            return {}
        rows = self.session.scalars(select(Record).where(tuple_(Record.entity, Record.id).in_(sorted(keys))))
        return {(r.entity, r.id): r for r in rows}

    def _horizon(self) -> Cursor | None:
        """The newest change-log row purged: a cursor at or before it has missed changes."""
        return None if self._horizon_text is None else Cursor.parse(self._horizon_text)

    def _check_horizon(self, cursor: Cursor) -> None:
        if (cursor.xid or cursor.id) and cursor.epoch != self.epoch:
            raise FeedError(410, RESET_REQUIRED)  # the database was restored from a backup
        horizon = self._horizon()
        if horizon is not None and cursor < horizon:
            raise FeedError(410, RESET_REQUIRED)

    # --- snapshot and single records -----------------------------------------------------

    def snapshot(self, token: str | None, limit: int = MAX_ROWS) -> SnapshotPage:
        """Entity by entity, parents before the records that point at them (a device applies each
        page on its own, so a deal must never arrive before its stage), by id within an entity."""
        limit = max(1, min(limit, MAX_ROWS))
        if token:
            watermark, entity, last_id = _read_token(token)
            self._check_horizon(watermark)
        else:
            watermark, entity, last_id = self._watermark()[0].at(self.epoch), SNAPSHOT_ORDER[0], ""
        if entity not in SNAPSHOT_ORDER:
            raise FeedError(422, "bad_token")
        rows: list[Record] = []
        for name in SNAPSHOT_ORDER[SNAPSHOT_ORDER.index(entity):]:
            after = last_id if name == entity else ""
            query = (select(Record).where(Record.entity == name, Record.id > after, Record.deleted_at.is_(None),
                                          self.viewer.clause(_RECORDS))
                     .order_by(Record.id).limit(limit - len(rows)))
            rows += self.session.scalars(query)
            if len(rows) == limit:
                break
        items = [item_of(r, self.viewer) for r in rows]
        following = _make_token(watermark, rows[-1].entity, rows[-1].id) if len(rows) == limit else None
        return SnapshotPage(items, following, str(watermark))

    def record(self, entity: str, record_id: str) -> PullItem | None:
        row = self.session.get(Record, (entity, record_id))
        if row is None or not self.viewer.sees(ScopeKeys.of(row)):
            return None  # another team's record is "not found", never "forbidden": no hint it exists
        return item_of(row, self.viewer)


def _make_token(watermark: Cursor, entity: str, record_id: str) -> str:
    raw = json.dumps({"w": str(watermark), "e": entity, "i": record_id}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _read_token(token: str) -> tuple[Cursor, str, str]:
    try:
        raw = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        return Cursor.parse(raw["w"]), str(raw["e"]), str(raw["i"])
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error):
        raise FeedError(422, "bad_token") from None


def purge(session: Session, days: int = TOMBSTONE_DAYS) -> dict[str, int]:
    """Drop tombstones and change-log rows older than `days`; devices whose cursor is older than
    what was dropped are told `reset_required` (they re-download the snapshot, keeping their outbox)."""
    cutoff = utcnow() - timedelta(days=days)
    postgres = session.get_bind().dialect.name == "postgresql"
    xid: ColumnElement[Any] = literal_column("change_log.xid::text") if postgres else _LOG.c.xid
    newest = session.execute(select(xid, _LOG.c.id).where(_LOG.c.at < cutoff)
                             .order_by(literal_column("change_log.xid").desc(), _LOG.c.id.desc()).limit(1)).first()
    dropped_log = 0
    if newest is not None:
        horizon = Cursor(int(newest[0]), newest[1])
        old: Condition
        if postgres:
            old = text("(change_log.xid, change_log.id) <= (CAST(:cx AS xid8), :cid)").bindparams(
                cx=str(horizon.xid), cid=horizon.id)
        else:
            old = _LOG.c.id <= horizon.id
        dropped_log = _deleted(session, delete(_LOG).where(old))
        meta = session.get(SyncMeta, "horizon")
        if meta is None:
            session.add(SyncMeta(key="horizon", value=str(horizon)))
        elif Cursor.parse(meta.value) < horizon:
            meta.value = str(horizon)
    dropped_records = _deleted(session, delete(Record).where(Record.deleted_at < cutoff))
    session.commit()
    return {"tombstones": dropped_records, "change_log_rows": dropped_log}


def _deleted(session: Session, statement: Delete) -> int:
    """Run a DELETE; how many rows it removed."""
    return cast(CursorResult[Any], session.execute(statement)).rowcount


def after_restore(session: Session) -> str:
    """After restoring a backup: every device must download the snapshot again (the server went
    back in time, and on a new PostgreSQL cluster transaction ids start over). A new epoch refuses
    all earlier cursors; the restored log rows move before every new transaction."""
    epoch = secrets.token_hex(4)
    meta = session.get(SyncMeta, "epoch")
    if meta is None:
        session.add(SyncMeta(key="epoch", value=epoch))
    else:
        meta.value = epoch
    session.execute(delete(SyncMeta).where(SyncMeta.key == "horizon"))
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("UPDATE change_log SET xid = '0'::xid8"))
    session.commit()
    return epoch
