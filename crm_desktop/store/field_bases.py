"""Per-field base versions of an edit: the server version each edited field's local value builds on.

A row's `version` says which server version its fields are as of, except for two kinds of field:
- a field with an edit still to push keeps its local value through pulls, so it builds on the base
  of its oldest pending edit, not on the newer row a pull brought;
- a field where a conflict put the server's value (`sync_field_bases`) is as of that conflict.
An edit of such a field carries that older (or newer) base, so the server sees exactly which
changes the user had seen when they made it (sync-protocol.md, Pull: "a pulled row never makes a
pending field look up to date").
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import Connection

_CHUNK = 500


def bases_of(conn: Connection, edits: Iterable[tuple[str, Iterable[str], int]]) -> dict[str, dict[str, int]]:
    """For (record id, edited fields, row version) triples: record id -> {field: base} for the
    fields whose base is not the row's version (records with none are left out)."""
    wanted = {record_id: (set(fields), version) for record_id, fields, version in edits}
    found: dict[str, dict[str, int]] = {}
    ids = list(wanted)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        pending = conn.exec_driver_sql(
            "SELECT record_id, changes, base_version, base_versions FROM outbox"
            f" WHERE record_id IN ({marks}) AND op != 'increment' ORDER BY seq", tuple(chunk))
        for record_id, changes, base_version, base_versions in pending:
            fields, _version = wanted[record_id]
            per_field = json.loads(base_versions) if base_versions else {}
            for name in fields.intersection(json.loads(changes) if changes else ()):
                # The oldest pending edit of the field tells what its local value builds on.
                found.setdefault(record_id, {}).setdefault(name, per_field.get(name, base_version))
        kept = conn.exec_driver_sql(
            f"SELECT record_id, field, version FROM sync_field_bases WHERE record_id IN ({marks})", tuple(chunk))
        for record_id, name, version in kept:
            if name in wanted[record_id][0]:
                found.setdefault(record_id, {}).setdefault(name, version)
    return {record_id: bases for record_id, bases in
            ((rid, {f: b for f, b in per.items() if b != wanted[rid][1]}) for rid, per in found.items()) if bases}


def base_of(conn: Connection, record_id: str, field: str) -> int | None:
    """The version a field's local value is as of, when it is not its row's (None: the row's)."""
    row = conn.exec_driver_sql("SELECT version FROM sync_field_bases WHERE record_id = ? AND field = ?",
                               (record_id, field)).first()
    return row[0] if row else None


def keep(conn: Connection, record_id: str, field: str, version: int) -> None:
    """The field's local value is the server's as of `version` (a conflict's value written here)."""
    conn.exec_driver_sql("INSERT OR REPLACE INTO sync_field_bases (record_id, field, version) VALUES (?, ?, ?)",
                         (record_id, field, version))


def forget(conn: Connection, record_ids: list[str], except_fields: dict[str, set[str]] | None = None) -> None:
    """The rows were written from the server: their fields are as of the row's version again, but for
    `except_fields` (record id -> fields a pull left alone)."""
    if not record_ids or conn.exec_driver_sql("SELECT 1 FROM sync_field_bases LIMIT 1").first() is None:
        return  # nearly always: no conflict's value waits here
    spared = except_fields or {}
    for start in range(0, len(record_ids), _CHUNK):
        chunk = record_ids[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = conn.exec_driver_sql(
            f"SELECT record_id, field FROM sync_field_bases WHERE record_id IN ({marks})", tuple(chunk)).all()
        gone = [(rid, name) for rid, name in rows if name not in spared.get(rid, ())]
        if gone:
            conn.exec_driver_sql("DELETE FROM sync_field_bases WHERE record_id = ? AND field = ?", gone)
