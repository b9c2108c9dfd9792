"""The body of one import: rows in chunks, each checked against the store and the rows before it.

Every chunk is written before the next is read, inside the import's one transaction, so a
later chunk finds the records an earlier one created (duplicates within the file) with the
same indexed look-ups as records already in the store, and memory stays flat.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from crm_desktop.controllers.exchange.import_match import ContactIndex, Target
from crm_desktop.domain.common.ids import new_id
from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.customers import duplicates as dup
from crm_desktop.domain.customers.names import company_key, fold
from crm_desktop.domain.exchange.cells import cell_text
from crm_desktop.domain.exchange.import_phones import kind_field
from crm_desktop.domain.exchange.import_rows import (
    CleanRow,
    clean_account_row,
    clean_contact_row,
    custom_cells,
    mapped_cells,
    merge_changes,
)
from crm_desktop.domain.exchange.imports import DuplicatePolicy, ImportResult, PreviewRow, RowAction, SkippedLine
from crm_desktop.interchange.fields import PHONE_FIELDS
from crm_desktop.interchange.footers import skip_reason
from crm_desktop.interchange.mapping import COLUMN_TITLE, column_titles, paired_type_columns
from crm_desktop.store.bulk_write import BulkWriter, RecordChange
from crm_desktop.store.day_stats import Tally, segment_key
from crm_desktop.store.journal import plain, synced_fields_of
from crm_desktop.store.models import Account, Contact
from crm_desktop.store.repositories.imports import ImportRepository

PREVIEW_ROWS = 20


@lru_cache(maxsize=65_536)
def _company_key(name: str) -> str:
    return company_key(name) or fold(name)


@dataclass
class SheetLayout:
    """What the rows of one sheet mean: where they come from, their columns, what fills what."""

    file_name: str
    sheet: str
    titles: list[str]  # display titles of the columns (custom fields are kept under them)
    mapping: list[str | None]
    type_columns: dict[int, int] = field(default_factory=dict)  # phone column -> its "type" column
    # Footers, totals, repeated headers: why a row (and its cell texts) is no record, or None.
    skip_reason: Callable[[list, list[str]], str | None] = lambda _row, _texts: None

    def kinds(self, raw: list) -> dict[int, str] | None:
        """Phone columns re-targeted by the type written beside them (Mobile, Work Fax, 手机 ...)."""
        if not self.type_columns:
            return None
        out = {}
        for column, type_column in self.type_columns.items():
            if type_column < len(raw) and (target := kind_field(raw[type_column])):
                out[column] = target
        return out

    @property
    def ignored(self) -> frozenset[int]:
        return frozenset(self.type_columns.values())


def sheet_layout(file_name: str, sheet: str, headers: list, mapping: list[str | None],
                 translate: Callable[[str, str], str]) -> SheetLayout:
    """The layout of a sheet whose header row and mapping are known."""
    titles = column_titles(headers, translate("Interchange", COLUMN_TITLE))
    pairs = {value: kind for value, kind in paired_type_columns(headers).items()
             if value < len(mapping) and mapping[value] in PHONE_FIELDS}
    header = tuple(headers)
    return SheetLayout(file_name, sheet, titles, list(mapping), pairs,
                       lambda row, texts: skip_reason(row, header, texts))


class ImportRun:
    def __init__(self, repo: ImportRepository, writer: BulkWriter, batch_id: str, entity: str,
                 policy: DuplicatePolicy, region: str, layout: SheetLayout, translate: Callable[[str, str], str],
                 describe: Callable[[ValidationError], str], tally: Tally) -> None:
        self.repo = repo
        self.writer = writer
        self.tally = tally  # what the insert triggers would have counted for the new rows
        self.segments: dict[str, tuple[str, ...]] = {}  # account id -> its segment fields
        self.batch_id = batch_id
        self.entity = entity
        self.policy = policy
        self.region = region
        self.layout = layout
        self.translate = translate
        self.describe = describe
        self.result = ImportResult()
        self.failed: list[tuple[int, list, str]] = []  # (row number, source row, reason)
        self.warned: list[tuple[int, list[dict]]] = []  # (row number, review notes): small, unlike the rows
        self.accounts: dict[str, tuple[str, str]] = {}  # company key -> (id, name)
        self.journal: list[tuple] = []  # journal rows of the chunk, written with it
        self.users = repo.user_ids_by_name() if "owner" in layout.mapping else {}
        self.owner_title = layout.titles[layout.mapping.index("owner")] if "owner" in layout.mapping else ""
        self.unmatched: dict[str, None] = {}

    # --- one chunk -----------------------------------------------------------------------

    def feed(self, rows: list[tuple[int, list]]) -> None:
        parsed: list[tuple[int, list, CleanRow]] = []
        clean = clean_contact_row if self.entity == "contact" else clean_account_row
        layout = self.layout
        for number, raw in rows:
            texts = [cell_text(v) for v in raw]
            if reason := layout.skip_reason(raw, texts):
                self.result.skipped_lines.append(SkippedLine(layout.sheet, number, reason))
                continue
            cells = mapped_cells(raw, layout.mapping, layout.kinds(raw))
            custom = custom_cells(texts, layout.mapping, layout.titles, layout.ignored)
            if not cells and not custom:
                continue  # a blank line between blocks of data
            try:
                row = clean(cells, self.region)
            except ValidationError as error:
                self._fail(number, raw, self.describe(error), cells)
                continue
            self._owner(row, custom)
            row.values["custom_fields"] = custom or None
            if row.review:
                for note in row.review:
                    note.update(file=layout.file_name, sheet=layout.sheet, row=number)
                row.values["review"] = row.review
                self.result.warnings += len(row.review)
                self.warned.append((number, row.review))
            parsed.append((number, raw, row))
        if self.entity == "contact":
            self._contacts(parsed)
        else:
            self._accounts(parsed)
        self.repo.add_journal(self.journal)
        self.journal.clear()

    def _owner(self, row: CleanRow, custom: dict) -> None:
        """The owner column names a user (login or display name); an unknown one is kept as text."""
        if not row.owner:
            return
        user_id = self.users.get(row.owner.casefold())
        if user_id:
            row.values["owner_id"] = user_id
        else:
            self.unmatched.setdefault(row.owner)
            self.result.unmatched_owners = list(self.unmatched)
            custom[self.owner_title] = row.owner

    def _fail(self, number: int, raw: list, reason: str, cells: dict) -> None:
        self.result.errors += 1
        self.failed.append((number, raw, reason))
        self._preview(number, RowAction.ERROR, {k: str(v) for k, v in cells.items()}, reason)

    def _preview(self, number: int, action: RowAction, values: dict, reason: str = "") -> None:
        if len(self.result.preview) < PREVIEW_ROWS:
            self.result.preview.append(PreviewRow(number, action, dict(values), reason))

    # --- accounts ------------------------------------------------------------------------

    def _accounts(self, parsed) -> None:
        keys = list({_company_key(row.values["name"]) for _, _, row in parsed})
        known = {row["name_key"] or _company_key(row["name"]): row
                 for row in self.repo.accounts_by_name_key(keys)}
        targets: dict[str, Target] = {}
        for number, _raw, row in parsed:
            key = _company_key(row.values["name"])
            match = targets.get(key) or (Target(known[key], False) if key in known else None)
            target = self._apply(number, row.values, match, self.translate("Duplicates", dup.SAME_COMPANY))
            if target is not None:
                targets[key] = target
        self._write(Account, list(targets.values()))

    # --- contacts ------------------------------------------------------------------------

    def _link_companies(self, parsed) -> None:
        """Find each row's company among the accounts, creating the ones that are new."""
        wanted = {_company_key(row.company): row.company for _, _, row in parsed if row.company}
        missing = [k for k in wanted if k not in self.accounts]
        for found in self.repo.accounts_by_name_key(missing):
            self.accounts.setdefault(found["name_key"], (found["id"], found["name"]))
            self.segments[found["id"]] = _segment(found)
        new = []
        for _, _, row in parsed:
            key = _company_key(row.company) if row.company else None
            if key and key not in self.accounts:
                record = {"id": new_id(), "name": row.company, **row.address}
                if owner := row.values.get("owner_id"):
                    record["owner_id"] = owner
                self.accounts[key] = (record["id"], row.company)
                new.append(record)
        if new:
            self._journal_created(Account, self.writer.insert(Account, new))
            for record in new:  # the writer filled in the stored values (defaults, stamps)
                self.segments[record["id"]] = _segment(record)
            self._count(Account, new)
            self.result.accounts_created += len(new)

    def _contacts(self, parsed) -> None:
        self._link_companies(parsed)
        for _, _, row in parsed:
            if row.company:
                row.values["account_id"], row.values["account_name"] = self.accounts[_company_key(row.company)]
        index = ContactIndex(self.repo)
        index.load([row.values for _, _, row in parsed])
        targets: dict[str, Target] = {}
        for number, _raw, row in parsed:
            match, reason = index.find(row.values)
            target = self._apply(number, row.values, match, self.translate("Duplicates", reason))
            if target is not None:
                targets[target.record["id"]] = target
                index.add(target)
        self._write(Contact, list(targets.values()))

    # --- shared --------------------------------------------------------------------------

    def _apply(self, number: int, values: dict, match: Target | None, reason: str) -> Target | None:
        """Create, update or skip one clean row; returns the target it created or changed."""
        if match is None or self.policy is DuplicatePolicy.CREATE:
            target = Target({"id": new_id(), **{k: v for k, v in values.items() if v is not None}}, True)
            self.result.created += 1
            self._preview(number, RowAction.CREATE, target.record)
            return target
        if self.policy is DuplicatePolicy.SKIP:
            self.result.skipped += 1
            self._preview(number, RowAction.SKIP, values, reason)
            return None
        changes = merge_changes(match.record, values, self.policy)
        if "account_id" in changes:
            changes["account_name"] = values["account_name"]
        if not changes:
            self.result.skipped += 1
            self._preview(number, RowAction.SKIP, match.record, reason)
            return None
        for key, value in changes.items():
            if not match.created:
                match.before.setdefault(key, match.record.get(key))
                match.after[key] = value
            match.record[key] = value
        self.result.updated += 1
        self._preview(number, RowAction.UPDATE, match.record, reason)
        return match

    def _write(self, model, targets: list[Target]) -> None:
        created = [t.record for t in targets if t.created]
        self._journal_created(model, self.writer.insert(model, created))
        self._count(model, created)
        changed = [t for t in targets if not t.created and t.after]
        self.writer.update(model, [RecordChange(t.record["id"], t.record.get("version") or 0,
                                                t.after, t.before) for t in changed])
        self._journal_updated(model, changed)

    def _count(self, model, records: list[dict]) -> None:
        """Tally new rows as the stats tables' insert triggers would (see day_stats.inserts_tallied)."""
        for r in records:
            if r.get("deleted_at") is not None:
                continue
            if model is Account:
                self.tally.account(r["created_at"], r.get("source"), r.get("level"), r.get("owner_id"))
            else:
                self.tally.contact(self.segments.get(r.get("account_id") or ""), r.get("email"))

    def _journal_created(self, model, afters: dict[str, str]) -> None:
        """Created records' after-images: the values the outbox carries, as JSON text."""
        self.journal.extend((self.batch_id, record_id, model.__entity__, "created", None, after)
                            for record_id, after in afters.items())

    def _journal_updated(self, model, changed: list[Target]) -> None:
        if not changed:
            return
        earlier = self.repo.journal_entries(self.batch_id, [t.record["id"] for t in changed])
        for t in changed:
            entry = earlier.get(t.record["id"])
            if entry is None:
                self.journal.append((self.batch_id, t.record["id"], model.__entity__, "updated",
                                     _plain(model, t.before), _plain(model, t.after)))
                continue
            # Changed again by a later chunk: the first before-image stays (a created record
            # has none), the after-image takes the newest values.
            if entry.action == "updated":
                entry.before = {**_plain(model, t.before), **entry.before}
            entry.after = {**entry.after, **_plain(model, t.after)}
        self.repo.flush()


def _segment(account: dict) -> tuple[str, ...]:
    return segment_key(*(account.get(d) for d in ("level", "status", "industry", "source", "province", "city")))


def _synced(model, values: dict) -> dict:
    fields = synced_fields_of(model)
    return {k: v for k, v in values.items() if k in fields}


def _plain(model, values: dict) -> dict:
    return {k: plain(v) for k, v in _synced(model, values).items()}
