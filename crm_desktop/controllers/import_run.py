"""The body of one import: rows in chunks, each checked against the store and the rows before it.

Every chunk is written before the next is read, inside the import's one transaction, so a
later chunk finds the records an earlier one created (duplicates within the file) with the
same indexed look-ups as records already in the store, and memory stays flat.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from crm_desktop.domain import duplicates as dup
from crm_desktop.domain.ids import new_id
from crm_desktop.domain.import_rows import clean_account_row, clean_contact_row, mapped_cells, merge_changes
from crm_desktop.domain.imports import DuplicatePolicy, ImportResult, PreviewRow, RowAction
from crm_desktop.domain.names import company_key, fold
from crm_desktop.domain.phones import phone_digits
from crm_desktop.domain.validation import ValidationError
from crm_desktop.store.bulk_write import BulkWriter, RecordChange
from crm_desktop.store.journal import plain, synced_fields_of
from crm_desktop.store.models import Account, Contact
from crm_desktop.store.repositories.imports import ImportRepository

PREVIEW_ROWS = 20
_MERGED_CONTACT = ("name", "title", "department", "mobile", "phone", "email", "wechat", "birthday",
                   "tags", "notes", "account_id")


@lru_cache(maxsize=65_536)
def _company_key(name: str) -> str:
    return company_key(name) or fold(name)


@dataclass
class _Target:
    """A record this chunk creates or changes: its values as they will be stored."""

    record: dict
    created: bool
    before: dict = field(default_factory=dict)  # changed fields' values before this chunk
    after: dict = field(default_factory=dict)


class ImportRun:
    def __init__(self, repo: ImportRepository, writer: BulkWriter, batch_id: str, entity: str,
                 policy: DuplicatePolicy, region: str, translate: Callable[[str, str], str],
                 describe: Callable[[ValidationError], str]) -> None:
        self.repo = repo
        self.writer = writer
        self.batch_id = batch_id
        self.entity = entity
        self.policy = policy
        self.region = region
        self.translate = translate
        self.describe = describe
        self.result = ImportResult()
        self.failed: list[tuple[int, list, str]] = []  # (row number, source row, reason)
        self.accounts: dict[str, tuple[str, str]] = {}  # company key -> (id, name)
        self.journal: list[tuple] = []  # journal rows of the chunk, written with it

    # --- one chunk -----------------------------------------------------------------------

    def feed(self, rows: list[tuple[int, list]], mapping) -> None:
        parsed = []
        for number, raw in rows:
            cells = mapped_cells(raw, mapping)
            if not cells:
                continue  # a blank line between blocks of data
            try:
                if self.entity == "contact":
                    parsed.append((number, raw, *clean_contact_row(cells, self.region)))
                else:
                    parsed.append((number, raw, clean_account_row(cells, self.region)))
            except ValidationError as error:
                self._fail(number, raw, self.describe(error), cells)
        if self.entity == "contact":
            self._contacts(parsed)
        else:
            self._accounts(parsed)
        self.repo.add_journal(self.journal)
        self.journal.clear()

    def _fail(self, number: int, raw: list, reason: str, cells: dict) -> None:
        self.result.errors += 1
        self.failed.append((number, raw, reason))
        self._preview(number, RowAction.ERROR, {k: str(v) for k, v in cells.items()}, reason)

    def _preview(self, number: int, action: RowAction, values: dict, reason: str = "") -> None:
        if len(self.result.preview) < PREVIEW_ROWS:
            self.result.preview.append(PreviewRow(number, action, dict(values), reason))

    # --- accounts ------------------------------------------------------------------------

    def _accounts(self, parsed) -> None:
        keys = list({_company_key(v["name"]) for _, _, v in parsed})
        known = {row["name_key"] or _company_key(row["name"]): row
                 for row in self.repo.accounts_by_name_key(keys)}
        targets: dict[str, _Target] = {}
        for number, _raw, values in parsed:
            key = _company_key(values["name"])
            match = targets.get(key) or (_Target(known[key], False) if key in known else None)
            target = self._apply(number, values, match, self.translate("Duplicates", dup.SAME_COMPANY))
            if target is not None:
                targets[key] = target
        self._write(Account, list(targets.values()))

    # --- contacts ------------------------------------------------------------------------

    def _link_companies(self, parsed) -> None:
        """Find each row's company among the accounts, creating the ones that are new."""
        wanted = {_company_key(c): c for _, _, _, c, _ in parsed if c}
        missing = [k for k in wanted if k not in self.accounts]
        for row in self.repo.accounts_by_name_key(missing):
            self.accounts.setdefault(row["name_key"], (row["id"], row["name"]))
        new = []
        for _, _, _, company, address in parsed:
            key = _company_key(company) if company else None
            if key and key not in self.accounts:
                record = {"id": new_id(), "name": company, **address}
                self.accounts[key] = (record["id"], company)
                new.append(record)
        if new:
            self._journal_created(Account, self.writer.insert(Account, new))
            self.result.accounts_created += len(new)

    def _contacts(self, parsed) -> None:
        self._link_companies(parsed)
        index = _ContactIndex(self.repo)
        index.load(parsed, self.accounts)
        targets: dict[str, _Target] = {}
        for number, _raw, values, company, _address in parsed:
            if company:
                values["account_id"], values["account_name"] = self.accounts[_company_key(company)]
            match, reason = index.find(values)
            target = self._apply(number, values, match, self.translate("Duplicates", reason))
            if target is not None:
                targets[target.record["id"]] = target
                index.add(target)
        self._write(Contact, list(targets.values()))

    # --- shared --------------------------------------------------------------------------

    def _apply(self, number: int, values: dict, match: _Target | None, reason: str) -> _Target | None:
        """Create, update or skip one clean row; returns the target it created or changed."""
        if match is None or self.policy is DuplicatePolicy.CREATE:
            target = _Target({"id": new_id(), **{k: v for k, v in values.items() if v is not None}}, True)
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

    def _write(self, model, targets: list[_Target]) -> None:
        self._journal_created(model, self.writer.insert(model, [t.record for t in targets if t.created]))
        changed = [t for t in targets if not t.created and t.after]
        self.writer.update(model, [RecordChange(t.record["id"], t.record.get("version") or 0,
                                                t.after, t.before) for t in changed])
        self._journal_updated(model, changed)

    def _journal_created(self, model, afters: dict[str, str]) -> None:
        """Created records' after-images: the values the outbox carries, as JSON text."""
        self.journal.extend((self.batch_id, record_id, model.__entity__, "created", None, after)
                            for record_id, after in afters.items())

    def _journal_updated(self, model, changed: list[_Target]) -> None:
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
        self.repo.session.flush()


def _synced(model, values: dict) -> dict:
    fields = synced_fields_of(model)
    return {k: v for k, v in values.items() if k in fields}


def _plain(model, values: dict) -> dict:
    return {k: plain(v) for k, v in _synced(model, values).items()}


class _ContactIndex:
    """Where a contact row may already exist: same mobile, same e-mail, or a similar name at
    the same account, among stored records and the rows of this chunk."""

    def __init__(self, repo: ImportRepository) -> None:
        self.repo = repo
        self.by_mobile: dict[str, _Target] = {}
        self.by_email: dict[str, _Target] = {}
        # Per account: targets, or (id, name) of stored people, read whole only when matched.
        self.by_account: dict[str, list[_Target | tuple[str, str]]] = {}
        self.seen: dict[str, _Target] = {}

    def load(self, parsed, accounts) -> None:
        mobiles = list({phone_digits(v["mobile"]) for _, _, v, _, _ in parsed if v["mobile"]})
        emails = list({v["email"] for _, _, v, _, _ in parsed if v["email"]})
        for rows in (self.repo.contacts_by_mobile_digits(mobiles), self.repo.contacts_by_email(emails)):
            for row in rows:
                if row["id"] not in self.seen:
                    self.add(_Target(row, False))
        account_ids = list({accounts[_company_key(c)][0] for _, _, _, c, _ in parsed if c})
        for record_id, name, account_id in self.repo.contact_names_in_accounts(account_ids):
            if record_id not in self.seen:
                self.by_account.setdefault(account_id, []).append((record_id, name))

    def add(self, target: _Target) -> None:
        record = target.record
        self.seen[record["id"]] = target
        if record.get("mobile"):
            self.by_mobile.setdefault(phone_digits(record["mobile"]), target)
        if record.get("email"):
            self.by_email.setdefault(record["email"], target)
        if record.get("account_id"):
            self.by_account.setdefault(record["account_id"], []).append(target)

    def _whole(self, candidate: _Target | tuple[str, str]) -> _Target:
        if isinstance(candidate, _Target):
            return candidate
        if candidate[0] not in self.seen:
            self.seen[candidate[0]] = _Target(self.repo.records(Contact, [candidate[0]])[0], False)
        return self.seen[candidate[0]]

    def find(self, values: dict) -> tuple[_Target | None, str]:
        if values["mobile"] and (t := self.by_mobile.get(phone_digits(values["mobile"]))):
            return t, dup.SAME_MOBILE
        if values["email"] and (t := self.by_email.get(values["email"])):
            return t, dup.SAME_EMAIL
        for candidate in self.by_account.get(values.get("account_id") or "", ()):
            name = candidate.record["name"] if isinstance(candidate, _Target) else candidate[1]
            if dup.is_similar_name(name, values["name"]):
                return self._whole(candidate), dup.SIMILAR_NAME
        return None, ""
