"""Server rows written into the local store: wire values to column values, pull items applied
with the fields the user is still editing left alone, and `remove` for records out of scope.

Runs in a session marked remote (`session.info["remote"]`): the journal writes no outbox or audit
entries for it, while the derived search keys and indexes follow as for any write.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any, cast

from sqlalchemy import Table, exists, inspect, select, text
from sqlalchemy.orm import Session

from crm_desktop.domain.common.ids import utcnow
from crm_desktop.store import field_bases, search_index
from crm_desktop.store.models import Base, OutboxEntry, SnapshotSeen, SyncedRecord
from crm_protocol.entities import ENTITIES
from crm_protocol.envelope import PullItem
from crm_protocol.outcomes import INCREMENT, REMOVE, TOMBSTONE, UPSERT
from crm_protocol.values import from_wire

# Names copied onto rows for lists (kept by store/derived.py for local edits); refreshed here.
_ACCOUNT_NAME_TABLES = ("contacts", "opportunities", "sales_orders", "tickets")


@cache
def _models() -> dict[str, type[SyncedRecord]]:
    return {m.class_.__entity__: m.class_ for m in SyncedRecord.registry.mappers
            if issubclass(m.class_, SyncedRecord) and m.class_.__entity__}


def model_of(entity: str) -> type[SyncedRecord] | None:
    return _models().get(entity)


def to_local(entity: str, field: str, value: Any) -> Any:
    """A wire value (ISO text, decimal text) as the column holds it."""
    if value is None:
        return None
    spec = ENTITIES[entity].fields.get(field)
    return from_wire(spec.kind if spec else None, value)


def local_values(entity: str, fields: dict[str, Any]) -> dict[str, Any]:
    """The fields this app knows, as its columns hold them (a newer server may send more)."""
    synced = ENTITIES[entity].fields
    return {name: to_local(entity, name, value) for name, value in fields.items() if name in synced}


def write_remote_fields(session: Session, row: SyncedRecord, fields: dict[str, Any],
                        version: int | None = None) -> None:
    for name, value in local_values(type(row).__entity__, fields).items():
        setattr(row, name, value)
    if version is not None:
        row.version = version


class PageRows:
    """The local rows a page touches and their edits still to push, read in one query per entity:
    fields with a pending edit keep their local value, counters add the pending increments to the
    server's count."""

    def __init__(self, session: Session, items: list[PullItem]) -> None:
        self.rows: dict[tuple[str, str], SyncedRecord] = {}
        self.pending: dict[str, set[str]] = {}
        self.deltas: dict[str, dict[str, Decimal]] = {}
        self.kept: dict[str, set[str]] = {}  # record id -> fields a written row kept (the rest is the server's)
        by_entity: dict[str, list[str]] = {}
        for item in items:
            by_entity.setdefault(item["entity"], []).append(item["id"])
        with session.no_autoflush:
            for entity, ids in by_entity.items():
                model = model_of(entity)
                if model is None:
                    continue
                for start in range(0, len(ids), 500):
                    for row in session.scalars(select(model).where(model.id.in_(ids[start:start + 500]))):
                        self.rows[(entity, row.id)] = row
            ids = [i["id"] for i in items]
            for start in range(0, len(ids), 500):
                query = select(OutboxEntry.record_id, OutboxEntry.op, OutboxEntry.changes).where(
                    OutboxEntry.record_id.in_(ids[start:start + 500]))
                for record_id, op, changes in session.execute(query):
                    if op != INCREMENT:
                        self.pending.setdefault(record_id, set()).update(changes or {})
                        continue
                    counted = self.deltas.setdefault(record_id, {})
                    for name, amount in (changes or {}).items():
                        counted[name] = counted.get(name, Decimal(0)) + Decimal(str(amount))


def apply_item(session: Session, item: PullItem, page: PageRows) -> bool:
    """Apply one pull or snapshot item; False when it was nothing new for this store."""
    model = model_of(item["entity"])
    if model is None:
        return False  # an entity this version of the app does not know yet
    row = page.rows.get((item["entity"], item["id"]))
    kind = item["kind"]
    if kind == REMOVE:
        return _remove(session, model, row) if row is not None else False
    if row is not None and (row.version or 0) >= item["version"]:
        return False  # seen already (a snapshot and a pull may both carry it)
    if kind == TOMBSTONE:
        if row is None or row.deleted_at is not None:
            return False
        row.deleted_at = to_local(item["entity"], "deleted_at", item.get("deleted_at")) or utcnow()
        row.version = item["version"]
        return True
    keep = page.pending.get(item["id"], set())  # fields with edits still to push keep their value
    if row is None:
        row = model(id=item["id"])
        session.add(row)
        page.rows[(item["entity"], item["id"])] = row  # the page may carry it twice
    data = {k: v for k, v in (item.get("data") or {}).items() if k not in keep}
    for name, amount in page.deltas.get(item["id"], {}).items():  # what this laptop counted, not yet sent
        if name in data:
            data[name] = str(Decimal(str(data[name] or 0)) + amount)
    # A live row from the server is live here too (a stub or a copy hidden earlier comes back).
    if "deleted_at" not in keep:
        data.setdefault("deleted_at", None)
    write_remote_fields(session, row, data, version=item["version"])
    row.updated_at = utcnow()
    page.kept[item["id"]] = keep
    return True


def _remove(session: Session, model: type[SyncedRecord], row: SyncedRecord) -> bool:
    """Out of this user's scope now: drop the copy, or hide it where local rows still point at it.
    (Foreign keys are checked only at commit while a page is applied, so look before deleting.)"""
    if _referenced(session, model, row.id):
        if row.deleted_at is None:
            row.deleted_at = utcnow()
        return True
    record_id = row.id
    session.flush()
    session.execute(text(f"DELETE FROM {model.__tablename__} WHERE id = :id"), {"id": record_id})
    session.expunge(row)
    search_index.remove_document(session.connection(), record_id)
    return True


def drop_copy(session: Session, entity: str, record_id: str) -> int:
    """The server has no such record for this user: the local copy goes, unless edits of it wait."""
    model = model_of(entity)
    row = session.get(model, record_id) if model is not None else None
    pending = session.scalar(select(OutboxEntry.seq).where(OutboxEntry.record_id == record_id).limit(1))
    if model is None or row is None or pending is not None:  # no model, no row
        return 0
    return int(_remove(session, model, row))


def forget_versions(session: Session, keys: list[tuple[str, str]]) -> None:
    """The next items for these records apply whatever their version (the local copy went astray)."""
    for entity, record_id in keys:
        model = model_of(entity)
        row = session.get(model, record_id) if model is not None else None
        if row is not None:
            row.version = 0


def _referenced(session: Session, model: type[SyncedRecord], record_id: str) -> bool:
    for child in _models().values():
        for fk in child.__table__.foreign_keys:
            if fk.column.table is model.__table__:
                query = select(fk.parent).where(fk.parent == record_id).limit(1)
                if session.execute(query).first() is not None:
                    return True
    return False


def note_seen(session: Session, items: list[PullItem]) -> None:
    """Remember what a repeated snapshot delivered (see drop_unseen)."""
    rows = [{"entity": i["entity"], "record_id": i["id"]} for i in items]
    if rows:
        session.execute(cast(Table, SnapshotSeen.__table__).insert().prefix_with("OR IGNORE"), rows)


def drop_unseen(session: Session) -> int:
    """After a repeated snapshot: copies that came from the server (version > 0) but were not in it
    were deleted there or left this user's scope while the device could not follow the feed. They go
    as a `remove` would, children first so that a parent is dropped rather than hidden; copies with
    edits still to push stay (the push will tell what became of them). Clears the seen list."""
    session.flush()
    pending = select(OutboxEntry.record_id)
    by_table = {m.__tablename__: m for m in _models().values()}
    dropped = 0
    for table in reversed(Base.metadata.sorted_tables):
        model = by_table.get(table.name)
        if model is None:
            continue
        seen = select(SnapshotSeen.record_id).where(SnapshotSeen.entity == model.__entity__)
        gone = session.scalars(select(model).where(model.version > 0, model.id.not_in(seen),
                                                   model.id.not_in(pending))).all()
        for row in gone:
            dropped += _remove(session, model, row)
        session.flush()
    session.execute(cast(Table, SnapshotSeen.__table__).delete())
    return dropped


def refresh_copied_names(session: Session, touched: set[tuple[str, str]]) -> None:
    """Account and contact names copied onto the rows just written from the server."""
    session.flush()
    ids = [record_id for _entity, record_id in touched]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        conn = session.connection()
        for table in _ACCOUNT_NAME_TABLES:
            conn.exec_driver_sql(
                f"UPDATE {table} SET account_name = (SELECT name FROM accounts WHERE accounts.id = {table}.account_id)"
                f" WHERE id IN ({marks})", tuple(chunk))
        conn.exec_driver_sql(
            "UPDATE tickets SET contact_name = (SELECT name FROM contacts WHERE contacts.id = tickets.contact_id)"
            f" WHERE id IN ({marks})", tuple(chunk))


def stub_missing_parents(session: Session, touched: set[tuple[str, str]]) -> int:
    """Rows just written may point at records this user cannot see (a contact of a colleague's
    account) or that come in a later page. Each missing parent gets a hidden stub (deleted,
    version 0) so the store's foreign keys hold; the real record replaces it if it ever arrives.
    Only the rows written are looked at (a full foreign-key check would read the whole store)."""
    session.flush()
    tables = {m.__tablename__: m for m in _models().values()}
    made, todo = 0, set(touched)
    while todo:
        stubs: set[tuple[str, str]] = set()
        for entity, ids in _by_entity(todo).items():
            model = _models()[entity]
            for fk in model.__table__.foreign_keys:
                parent = tables.get(fk.column.table.name)
                if parent is None:
                    continue
                for start in range(0, len(ids), 500):
                    query = (select(fk.parent).distinct()
                             .where(model.id.in_(ids[start:start + 500]), fk.parent.is_not(None),
                                    ~exists().where(fk.column == fk.parent)))
                    for missing in session.scalars(query):
                        session.add(_stub(parent, missing))
                        stubs.add((parent.__entity__, missing))
            session.flush()
        made += len(stubs)
        todo = stubs  # a stub's own required references (a deal's stage) need parents too
    return made


def _by_entity(keys: set[tuple[str, str]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for entity, record_id in keys:
        if entity in _models():
            grouped.setdefault(entity, []).append(record_id)
    return grouped


def _stub(model: type[SyncedRecord], record_id: str) -> SyncedRecord:
    """A placeholder with every required column at a neutral value."""
    values: dict[str, Any] = {"id": record_id, "version": 0, "deleted_at": utcnow()}
    for column in inspect(model).columns:
        if column.key in values or column.nullable or column.default is not None or column.server_default is not None:
            continue
        python_type = column.type.python_type
        values[column.key] = {str: "", int: 0, bool: False, Decimal: Decimal(0)}.get(python_type)
        if values[column.key] is None:
            values[column.key] = date(1970, 1, 1) if python_type is date else utcnow()
    return model(**values)


# New accounts and contacts (most of a first download) go in by bulk inserts with their search
# documents, as an import does; everything else through the ORM and its hooks.
_BULK = ("account", "contact")


def apply_page(session: Session, items: list[PullItem]) -> set[tuple[str, str]]:
    """Apply a page of items; the (entity, id) of every row that changed."""
    from crm_desktop.store.bulk_write import BulkWriter

    page = PageRows(session, items)
    touched: set[tuple[str, str]] = set()
    fresh: dict[str, dict[str, dict[str, Any]]] = {}
    with session.no_autoflush:
        for item in items:
            key = (item["entity"], item["id"])
            if item["kind"] == UPSERT and item["entity"] in _BULK and key not in page.rows:
                fresh.setdefault(item["entity"], {})[item["id"]] = _bulk_row(item)
                touched.add(key)
            elif apply_item(session, item, page):
                touched.add(key)
    session.flush()
    field_bases.forget(session.connection(), list(page.kept), page.kept)
    writer = BulkWriter(session.connection(), None, "", utcnow())
    for entity, rows in fresh.items():
        writer.insert(_models()[entity], list(rows.values()), journaled=False)  # _BULK entities are known
    return touched


def _bulk_row(item: PullItem) -> dict[str, Any]:
    row = local_values(item["entity"], item.get("data") or {})
    row.update(id=item["id"], version=item["version"])
    return row
