"""The audit log read back: filtered by record, user, kind of record and day, newest first, with the
names of the records and people it mentions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import CursorResult

from crm_desktop.domain.common.ids import to_iso
from crm_desktop.store.repositories.base import Queries
from crm_desktop.store.repositories.listing import contains_pattern

# entity -> (table, what names a record of it)
NAMED = {
    "account": ("accounts", "name"), "contact": ("contacts", "name"), "opportunity": ("opportunities", "name"),
    "product": ("products", "name"), "sales_order": ("sales_orders", "number"),
    "ticket": ("tickets", "number || ' ' || subject"), "activity": ("activities", "subject"),
    "campaign": ("campaigns", "name"), "segment": ("segments", "name"), "email_template": ("email_templates", "name"),
    "pipeline_stage": ("pipeline_stages", "name"), "loss_reason": ("loss_reasons", "name"),
    "user": ("users", "display_name"),
}
# Where a name typed in the filter is looked for (the records people ask about).
SEARCHED = ("account", "contact", "opportunity", "ticket", "product", "campaign")
MAX_MATCHED_RECORDS = 5_000
_IN_CHUNK = 500


@dataclass(frozen=True)
class AuditQuery:
    entity: str | None = None
    record_ids: tuple[str, ...] | None = None  # None: any record; (): none matched the name typed
    user_id: str | None = None
    start: datetime | None = None  # aware; entries at or after
    end: datetime | None = None    # aware; entries before
    action: str | None = None


def _where(q: AuditQuery) -> tuple[str, list[Any]]:
    clauses, params = ["1"], list[Any]()
    if q.entity:
        clauses.append("entity = ?")
        params.append(q.entity)
    if q.record_ids is not None:
        clauses.append(f"record_id IN ({','.join('?' * len(q.record_ids)) or 'NULL'})")
        params.extend(q.record_ids)
    if q.user_id:
        clauses.append("user_id = ?")
        params.append(q.user_id)
    if q.start:
        clauses.append("at >= ?")
        params.append(to_iso(q.start))
    if q.end:
        clauses.append("at < ?")
        params.append(to_iso(q.end))
    if q.action:
        clauses.append("action = ?")
        params.append(q.action)
    return " AND ".join(clauses), params


# A field holding a reference -> the entity it points at (shown by name in the log).
REFERENCES = {"account_id": "account", "contact_id": "contact", "owner_id": "user", "assignee_id": "user",
              "stage_id": "pipeline_stage", "product_id": "product", "opportunity_id": "opportunity",
              "ticket_id": "ticket", "campaign_id": "campaign", "segment_id": "segment",
              "template_id": "email_template", "order_id": "sales_order"}


class AuditRepository(Queries):
    def count(self, q: AuditQuery) -> int:
        where, params = _where(q)
        found = self.conn.exec_driver_sql(f"SELECT count(*) FROM audit_log WHERE {where}", tuple(params)).scalar()
        return int(found or 0)

    def rows(self, q: AuditQuery, offset: int = 0, limit: int | None = None) -> CursorResult[Any]:
        """(id, at, user_id, entity, record_id, action, changed_fields JSON) newest first."""
        where, params = _where(q)
        sql = (f"SELECT id, at, user_id, entity, record_id, action, changed_fields FROM audit_log WHERE {where}"
               " ORDER BY at DESC, id DESC")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return self.conn.exec_driver_sql(sql, tuple(params))

    def names(self, refs: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
        """(entity, id) -> the record's name, for the entities that have one."""
        by_entity: dict[str, list[str]] = {}
        for entity, record_id in refs:
            if entity in NAMED:
                by_entity.setdefault(entity, []).append(record_id)
        found = {}
        for entity, ids in by_entity.items():
            table, expression = NAMED[entity]
            unique = list(dict.fromkeys(ids))
            for start in range(0, len(unique), _IN_CHUNK):
                chunk = unique[start:start + _IN_CHUNK]
                for record_id, name in self.conn.exec_driver_sql(
                        f"SELECT id, {expression} FROM {table} WHERE id IN ({','.join('?' * len(chunk))})",
                        tuple(chunk)):
                    found[(entity, record_id)] = name
        return found

    def user_names(self) -> dict[str, str]:
        return {user_id: name for user_id, name in self.conn.exec_driver_sql("SELECT id, display_name FROM users")}

    def records_named(self, text: str, entity: str | None = None) -> tuple[str, ...]:
        """Ids of records whose name contains `text` (deleted ones too: their history is what is asked for)."""
        pattern = contains_pattern(text.strip())
        found: list[str] = []
        for name in ([entity] if entity in SEARCHED else [] if entity else SEARCHED):
            table, expression = NAMED[name]
            left = MAX_MATCHED_RECORDS - len(found)
            if left <= 0:
                break
            found += [r[0] for r in self.conn.exec_driver_sql(
                f"SELECT id FROM {table} WHERE {expression} LIKE ? ESCAPE '\\' LIMIT ?", (pattern, left))]
        return tuple(found)
