"""Set-based writes of many synced records at once (imports and their undo).

The same bookkeeping as the ORM write path, done in a few executemany statements instead of
one flush per record: outbox and audit entries (journal.py), the local derived columns, the
search index and the tag index (derived.py). Callers own the transaction.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import Boolean, Column, Connection, Date, Table
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from crm_desktop.domain.common.ids import new_id
from crm_desktop.domain.customers.names import company_key
from crm_desktop.domain.customers.phones import phone_digits
from crm_desktop.domain.customers.search_keys import SearchKeys, account_search_keys, contact_search_keys
from crm_desktop.domain.customers.sort_keys import name_sort_key
from crm_desktop.domain.exchange.import_phones import extra_digits
from crm_desktop.store import field_bases, search_index
from crm_desktop.store.journal import action_of, plain, synced_fields_of
from crm_desktop.store.models import Account, Contact, SyncedRecord
from crm_desktop.store.types import JsonText, UtcDateTime, dump_json, to_iso
from crm_protocol.envelope import SCHEMA_VERSION

_OUTBOX_SQL = (
    "INSERT INTO outbox (mutation_id, group_id, entity, record_id, op, changes, base_version,"
    " base_values, schema_version, device_time, base_versions) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
)
_AUDIT_SQL = (
    "INSERT INTO audit_log (at, user_id, entity, record_id, action, changed_fields)"
    " VALUES (?,?,?,?,?,?)"
)
_TAG_SQL = "INSERT OR IGNORE INTO record_tags (tag, entity, record_id) VALUES (?,?,?)"
# Fields whose change alters a record's search keys.
_KEY_FIELDS = {Account: {"name", "short_name", "phone", "deleted_at"},
               Contact: {"name", "mobile", "phone", "email", "deleted_at"}}
_KEY_SQL = {
    Account: "SELECT id, name, short_name, phone, deleted_at FROM accounts WHERE id IN ({})",
    Contact: "SELECT id, name, mobile_digits, phone_digits, email, deleted_at FROM contacts"
             " WHERE id IN ({})",
}
_IN_CHUNK = 500


def _reader(column: Column[Any]) -> Callable[[Any], Any]:
    # Timestamps stay in their stored text (what plain() makes of them): parsing a hundred
    # thousand of them per import costs seconds and nothing here needs them as datetimes.
    kind = column.type
    if isinstance(kind, JsonText):
        return lambda v: None if v is None else json.loads(v)
    if isinstance(kind, Date):
        return lambda v: None if v is None else date.fromisoformat(v)
    if isinstance(kind, Boolean):
        return lambda v: None if v is None else bool(v)
    return lambda v: v


@cache
def _readers(model: type[SyncedRecord]) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    return tuple((column.name, _reader(column)) for column in _table(model).columns)


def _table(model: type[SyncedRecord]) -> Table:
    return cast(Table, model.__table__)


def read_records(conn: Connection, model: type[SyncedRecord], where: str,
                 params: Sequence[Any]) -> list[dict[str, Any]]:
    """Whole records as dicts of python values, `where` applied to chunks of `params`
    (one `?` list placeholder written as `{}`), e.g. `"id IN ({})"`."""
    readers = _readers(model)
    names = ", ".join(name for name, _ in readers)
    out = []
    for start in range(0, len(params), _IN_CHUNK):
        part = params[start:start + _IN_CHUNK]
        sql = f"SELECT {names} FROM {model.__tablename__} WHERE " + where.format(",".join("?" * len(part)))
        for row in conn.exec_driver_sql(sql, tuple(part)):
            out.append({name: read(v) for (name, read), v in zip(readers, row, strict=True)})
    return out


@dataclass
class RecordChange:
    """An edit of one record: the changed fields' new values and their values before."""

    record_id: str
    version: int
    after: dict[str, Any]
    before: dict[str, Any]


def _same(value: Any) -> Any:
    return value


def _binder(column: Column[Any]) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, UtcDateTime):
        return lambda v: None if v is None else to_iso(v) if isinstance(v, datetime) else v
    if isinstance(kind, JsonText):
        return lambda v: None if v is None else dump_json(v)
    if isinstance(kind, Date):
        return lambda v: v.isoformat() if isinstance(v, date) else v
    if isinstance(kind, Boolean):
        return lambda v: None if v is None else int(bool(v))
    return _same


@cache
def _columns(model: type[SyncedRecord]) -> tuple[tuple[str, Callable[[Any], Any], object], ...]:
    """(name, value-to-SQL converter, scalar default) of every column, in table order."""
    out = []
    for column in _table(model).columns:
        default = column.default
        default = default.arg if isinstance(default, ScalarElementColumnDefault) else None
        out.append((column.name, _binder(column), default))
    return tuple(out)


def _fill_local_fields(model: type[SyncedRecord], row: dict[str, Any]) -> None:
    if model is Account:
        row["name_key"] = company_key(row["name"])
        row["name_sort"] = name_sort_key(row["name"])
    elif model is Contact:
        row["name_sort"] = name_sort_key(row["name"])
        row["mobile_digits"] = phone_digits(row.get("mobile")) or None
        row["phone_digits"] = phone_digits(row.get("phone")) or None
        row["extra_digits"] = extra_digits(row.get("phones"))


def _search_keys(model: type[SyncedRecord], row: dict[str, Any]) -> SearchKeys | None:
    """The search document of an account or contact; None for records not searched by name."""
    if model is Account:
        return account_search_keys(row["name"], row.get("short_name"), phone_digits(row.get("phone")))
    if model is Contact:
        return contact_search_keys(row["name"], row.get("mobile_digits"), row.get("phone_digits"),
                                   row.get("email"))
    return None


class BulkWriter:
    """Writes records of one user and one outbox mutation group, all stamped `now`."""

    def __init__(self, conn: Connection, user_id: str | None, group_id: str, now: datetime) -> None:
        self.conn = conn
        self.user_id = user_id
        self.group_id = group_id
        self.now = now
        self.stamp = to_iso(now)

    def insert(self, model: type[SyncedRecord], rows: list[dict[str, Any]], journaled: bool = True) -> dict[str, str]:
        """Create records from field values (python types; `id` set by the caller).

        Returns each record's stored synced values as JSON text (the outbox's), by id. Unjournaled:
        rows that came from the server (no outbox or audit entries; they are not the user's edits).
        """
        if not rows:
            return {}
        columns = _columns(model)
        names = [name for name, _, _ in columns]
        defaults = [(name, default) for name, _, default in columns if default is not None]
        converters = [(i, bind) for i, (_, bind, _) in enumerate(columns) if bind is not _same]
        synced = synced_fields_of(model)
        values: list[tuple[Any, ...]] = []
        outbox: list[tuple[Any, ...]] = []
        audit: list[tuple[Any, ...]] = []
        docs: list[tuple[str, str, SearchKeys]] = []
        tags: list[tuple[str, str, str]] = []
        afters: dict[str, Any] = {}
        for row in rows:
            row.setdefault("created_at", self.stamp)
            row["updated_at"] = self.stamp
            row["owner_id"] = row.get("owner_id") or self.user_id
            _fill_local_fields(model, row)
            for name, default in defaults:
                if row.get(name) is None:
                    row[name] = default  # the caller's journal sees the stored record
            value = [row.get(name) for name in names]
            for i, bind in converters:
                value[i] = bind(value[i])
            values.append(tuple(value))
            after = {f: plain(row[f]) for f in synced if row.get(f) is not None}
            afters[row["id"]] = after_json = dump_json(after)
            outbox.append((new_id(), self.group_id, model.__entity__, row["id"], "upsert", after_json, 0,
                           None, SCHEMA_VERSION, self.stamp, None))
            audit.append(self._audit(model, row["id"], "create",
                                     {k: [None, v] for k, v in after.items()}))
            keys = _search_keys(model, row)
            if keys is not None:
                docs.append((model.__entity__, row["id"], keys))
            tags.extend((t, model.__entity__, row["id"]) for t in row.get("tags") or ())
        marks = ",".join("?" * len(columns))
        self.conn.exec_driver_sql(f"INSERT INTO {model.__tablename__} ({', '.join(names)}) VALUES ({marks})",
                                  values)
        if journaled:
            self._journal(outbox, audit)
        search_index.add_documents(self.conn, docs)
        if tags:
            self.conn.exec_driver_sql(_TAG_SQL, tags)
        return afters

    def update(self, model: type[SyncedRecord], changes: list[RecordChange]) -> None:
        """Apply edits; each change names only the columns it alters."""
        changes = [c for c in changes if c.after]
        if not changes:
            return
        binders = {name: bind for name, bind, _ in _columns(model)}
        synced = set(synced_fields_of(model))
        by_fields: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
        outbox, audit = [], []
        synced_edits = [(c.record_id, [k for k in c.after if k in synced], c.version) for c in changes]
        bases = field_bases.bases_of(self.conn, synced_edits)
        for change in changes:
            after = dict(change.after)
            if model is Account and "name" in after:
                after["name_key"] = company_key(after["name"])
            if model in (Account, Contact) and "name" in after:
                after["name_sort"] = name_sort_key(after["name"])
            if model is Contact:
                for field in ("mobile", "phone"):
                    if field in after:
                        after[f"{field}_digits"] = phone_digits(after[field]) or None
                if "phones" in after:
                    after["extra_digits"] = extra_digits(after["phones"])
            fields = tuple(sorted(after))
            by_fields[fields].append(
                (*(binders[f](after[f]) for f in fields), self.stamp, change.record_id))
            # Local columns (account_name, ...) are written but never journaled or synced.
            plain_after = {k: plain(v) for k, v in change.after.items() if k in synced}
            plain_before = {k: plain(v) for k, v in change.before.items() if k in synced}
            if not plain_after:
                continue
            action = action_of(plain_after)
            op = "delete" if action == "delete" else "upsert"
            outbox.append(self._outbox(model, change.record_id, op, plain_after, change.version,
                                       plain_before, bases.get(change.record_id)))
            audit.append(self._audit(model, change.record_id, action,
                                     {k: [plain_before.get(k), v] for k, v in plain_after.items()}))
        table = model.__tablename__
        for fields, rows in by_fields.items():
            sets = ", ".join(f"{f} = ?" for f in fields)
            self.conn.exec_driver_sql(f"UPDATE {table} SET {sets}, updated_at = ? WHERE id = ?", rows)
        self._journal(outbox, audit)
        self._follow(model, changes)

    def soft_delete(self, model: type[SyncedRecord], records: list[tuple[str, int]]) -> None:
        """Tombstone (record id, version) pairs."""
        self.update(model, [RecordChange(rid, version, {"deleted_at": self.now}, {"deleted_at": None})
                            for rid, version in records])

    # --- derived data and journal --------------------------------------------------------

    def _follow(self, model: type[SyncedRecord], changes: list[RecordChange]) -> None:
        """Keep the search index, the tag index and contacts' company names in step."""
        keyed = [c.record_id for c in changes if _KEY_FIELDS[model] & c.after.keys()]
        self._reindex(model, keyed)
        retag = [c for c in changes if "tags" in c.after or "deleted_at" in c.after]
        if retag:
            self.conn.exec_driver_sql("DELETE FROM record_tags WHERE record_id = ?",
                                      [(c.record_id,) for c in retag])
            self._retag(model, [c.record_id for c in retag])
        if model is Account:
            renamed = [(c.after["name"], c.record_id) for c in changes if "name" in c.after]
            if renamed:
                self.conn.exec_driver_sql("UPDATE contacts SET account_name = ? WHERE account_id = ?",
                                          renamed)

    def _reindex(self, model: type[SyncedRecord], record_ids: list[str]) -> None:
        for start in range(0, len(record_ids), _IN_CHUNK):
            part = record_ids[start:start + _IN_CHUNK]
            search_index.remove_documents(self.conn, part)
            rows = self.conn.exec_driver_sql(_KEY_SQL[model].format(",".join("?" * len(part))),
                                             tuple(part)).all()
            docs: list[tuple[str, str, SearchKeys]] = []
            for row in rows:
                if row[-1] is not None:
                    continue  # deleted: out of the index
                if model is Account:
                    values = {"name": row[1], "short_name": row[2], "phone": row[3]}
                else:
                    values = {"name": row[1], "mobile_digits": row[2], "phone_digits": row[3],
                              "email": row[4]}
                keys = _search_keys(model, values)
                if keys is not None:  # always: only accounts and contacts are reindexed
                    docs.append((model.__entity__, row[0], keys))
            search_index.add_documents(self.conn, docs)

    def _retag(self, model: type[SyncedRecord], record_ids: list[str]) -> None:
        table = model.__tablename__
        for start in range(0, len(record_ids), _IN_CHUNK):
            part = record_ids[start:start + _IN_CHUNK]
            rows = self.conn.exec_driver_sql(
                f"SELECT id, tags FROM {table} WHERE deleted_at IS NULL AND tags IS NOT NULL"
                f" AND id IN ({','.join('?' * len(part))})", tuple(part))
            tags = [(t, model.__entity__, rid) for rid, text in rows for t in json.loads(text)]
            if tags:
                self.conn.exec_driver_sql(_TAG_SQL, tags)

    def _outbox(self, model: type[SyncedRecord], record_id: str, op: str, after: dict[str, Any], base_version: int,
                before: dict[str, Any] | None, base_versions: dict[str, int] | None = None) -> tuple[Any, ...]:
        return (new_id(), self.group_id, model.__entity__, record_id, op, dump_json(after),
                base_version, None if before is None else dump_json(before), SCHEMA_VERSION,
                self.stamp, dump_json(base_versions) if base_versions else None)

    def _audit(self, model: type[SyncedRecord], record_id: str, action: str,
               changed: dict[str, Any]) -> tuple[Any, ...]:
        return (self.stamp, self.user_id, model.__entity__, record_id, action, dump_json(changed))

    def _journal(self, outbox: list[tuple[Any, ...]], audit: list[tuple[Any, ...]]) -> None:
        if not outbox:
            return
        self.conn.exec_driver_sql(_OUTBOX_SQL, outbox)
        self.conn.exec_driver_sql(_AUDIT_SQL, audit)
