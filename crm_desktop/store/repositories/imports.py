"""Import batches, their undo journal, saved column mappings, and the look-ups of an import."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from crm_desktop.domain.common.ids import utcnow
from crm_desktop.store.bulk_write import read_records
from crm_desktop.store.models import (
    CONTACT_BARE_SQL,
    Account,
    Contact,
    ImportBatch,
    ImportJournalEntry,
    ImportMapping,
    SyncedRecord,
)
from crm_desktop.store.repositories.base import Repository
from crm_desktop.store.types import dump_json

_JOURNAL_SQL = (
    "INSERT INTO import_journal (batch_id, record_id, entity, action, before, after)"
    " VALUES (?,?,?,?,?,?)"
)
_LIVE = "deleted_at IS NULL AND "


def _json(value: Any) -> str | None:
    return value if value is None or isinstance(value, str) else dump_json(value)


class ImportRepository(Repository[ImportBatch]):
    """Import batches by id (`get`, `add`), and everything an import or its undo reads and journals."""

    model = ImportBatch

    # --- look-ups for duplicate checks (live records, as dicts of python values) -----------

    def accounts_by_name_key(self, keys: list[str]) -> list[dict[str, Any]]:
        return read_records(self.conn, Account, _LIVE + "name_key IN ({})", keys)

    def contacts_by_mobile_digits(self, digits: list[str]) -> list[dict[str, Any]]:
        return read_records(self.conn, Contact, _LIVE + "mobile_digits IN ({})", digits)

    def contacts_by_digits(self, digits: list[str]) -> list[dict[str, Any]]:
        """People with any of these numbers as mobile, work phone or first other number (each indexed)."""
        found = {}
        for column in ("mobile_digits", "phone_digits", "extra_digits"):
            for row in read_records(self.conn, Contact, _LIVE + column + " IN ({})", digits):
                found[row["id"]] = row
        return list(found.values())

    def contacts_by_name(self, names: list[str]) -> list[dict[str, Any]]:
        return read_records(self.conn, Contact, _LIVE + "name IN ({})", names)

    def user_ids_by_name(self) -> dict[str, str]:
        """User id by folded login and by folded display name: an imported owner column matched."""
        out: dict[str, str] = {}
        for user_id, login, shown in self.conn.exec_driver_sql(
                "SELECT id, username, display_name FROM users WHERE deleted_at IS NULL"):
            for key in (login, shown):
                if key:
                    out.setdefault(key.strip().casefold(), user_id)
        return out

    def contacts_by_email(self, emails: list[str]) -> list[dict[str, Any]]:
        return read_records(self.conn, Contact, _LIVE + "email IN ({})", emails)

    def contacts_in_accounts(self, account_ids: list[str]) -> list[dict[str, Any]]:
        return read_records(self.conn, Contact, _LIVE + "account_id IN ({})", account_ids)

    def contact_names_in_accounts(self, account_ids: list[str], bare_only: bool = False) -> list[tuple[str, str, str]]:
        """(id, name, account id) of the live people at these accounts (fuzzy name matching); with
        `bare_only`, only those with no number or e-mail (read from their own partial index)."""
        # Without statistics the planner would take "mobile_digits IS NULL" to the mobile index.
        source, where = (("contacts INDEXED BY ix_contacts_bare", CONTACT_BARE_SQL) if bare_only
                         else ("contacts", "deleted_at IS NULL"))
        out: list[tuple[str, str, str]] = []
        for start in range(0, len(account_ids), 500):
            part = account_ids[start:start + 500]
            out += self.conn.exec_driver_sql(
                f"SELECT id, name, account_id FROM {source} WHERE {where} AND account_id IN"
                f" ({','.join('?' * len(part))})", tuple(part)).all()
        return out

    def records(self, model: type[SyncedRecord], ids: list[str]) -> list[dict[str, Any]]:
        """Records by id, deleted ones included."""
        return read_records(self.conn, model, "id IN ({})", ids)

    def live_contacts_of_accounts(self, account_ids: list[str]) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for row in self.contacts_in_accounts(account_ids):
            found.setdefault(row["account_id"], set()).add(row["id"])
        return found

    # --- batches and their journal ---------------------------------------------------------

    def batches(self, limit: int = 100) -> list[ImportBatch]:
        return list(self.session.scalars(
            select(ImportBatch).order_by(ImportBatch.stamp.desc()).limit(limit)))

    def add_journal(self, rows: list[tuple[str, str, str, str, Any, Any]]) -> None:
        """(batch id, record id, entity, action, before, after) rows; images as dicts or JSON text."""
        if rows:
            self.conn.exec_driver_sql(_JOURNAL_SQL, [
                (b, r, e, a, _json(before), _json(after)) for b, r, e, a, before, after in rows
            ])

    def journal_chunk(self, batch_id: str, entity: str, after_rowid: int, limit: int,
                      ) -> list[tuple[int, str, str, dict[str, Any] | None, dict[str, Any]]]:
        """(rowid, record id, action, before, after) of a batch's journal rows of one entity, in order,
        from after `after_rowid` on (an undo reads a big batch a chunk at a time)."""
        rows = self.conn.exec_driver_sql(
            "SELECT rowid, record_id, action, before, after FROM import_journal"
            " WHERE batch_id = ? AND entity = ? AND rowid > ? ORDER BY rowid LIMIT ?",
            (batch_id, entity, after_rowid, limit)).all()
        return [(r[0], r[1], r[2], json.loads(r[3]) if r[3] else None, json.loads(r[4])) for r in rows]

    def journal_entries(self, batch_id: str, record_ids: list[str]) -> dict[str, ImportJournalEntry]:
        stmt = select(ImportJournalEntry).where(ImportJournalEntry.batch_id == batch_id,
                                                ImportJournalEntry.record_id.in_(record_ids))
        return {e.record_id: e for e in self.session.scalars(stmt)}

    # --- saved mappings --------------------------------------------------------------------

    def saved_mapping(self, signature: str, entity: str) -> list[str | None] | None:
        saved = self.session.get(ImportMapping, (signature, entity))
        return saved.mapping if saved else None

    def save_mapping(self, signature: str, entity: str, mapping: list[str | None]) -> None:
        saved = self.session.get(ImportMapping, (signature, entity))
        if saved is None:
            self.session.add(ImportMapping(signature=signature, entity=entity, mapping=mapping))
        else:
            saved.mapping, saved.used_at = mapping, utcnow()
        self.session.flush()
