"""Where an imported contact row may already exist: the same number or e-mail, or the same person by
name when no number or e-mail says otherwise, among stored records and the rows before it."""

from __future__ import annotations

from dataclasses import dataclass, field

from crm_desktop.domain.customers import duplicates as dup
from crm_desktop.domain.customers.names import fold
from crm_desktop.domain.customers.phones import phone_digits
from crm_desktop.store.models import Contact
from crm_desktop.store.repositories.imports import ImportRepository


@dataclass
class Target:
    """A record this chunk creates or changes: its values as they will be stored."""

    record: dict
    created: bool
    before: dict = field(default_factory=dict)  # changed fields' values before this chunk
    after: dict = field(default_factory=dict)


def numbers(record: dict) -> set[str]:
    """Digits of every number of a contact: mobile, work phone, fax, home, others."""
    found = {phone_digits(record.get(k)) for k in ("mobile", "phone")}
    found |= {phone_digits(p["number"]) for p in record.get("phones") or ()}
    found.discard("")
    return found


def emails(record: dict) -> set[str]:
    return {e for e in (record.get("email"), *(record.get("emails") or ())) if e}


def identifiers(record: dict) -> tuple[set[str], set[str]]:
    return numbers(record), emails(record)


def _differ(a: dict, b: dict) -> bool:
    """Both have numbers or e-mails and share none: two people, however alike their names."""
    ids_a, ids_b = numbers(a) | emails(a), numbers(b) | emails(b)
    return bool(ids_a and ids_b and not ids_a & ids_b)


class ContactIndex:
    def __init__(self, repo: ImportRepository) -> None:
        self.repo = repo
        self.by_number: dict[str, Target] = {}
        self.by_email: dict[str, Target] = {}
        # Per account: targets, or (id, name) of stored people, read whole only when a name matches.
        # A row with a number or e-mail can only be someone who has none (any other would differ),
        # so it looks among `bare`; a row with neither looks among everyone at the account.
        self.everyone: dict[str, list[Target | tuple[str, str]]] = {}
        self.bare: dict[str, list[Target | tuple[str, str]]] = {}
        self.by_name: dict[str, list[Target]] = {}  # people without a company, by folded name
        self.seen: dict[str, Target] = {}
        self._ids: dict[int, tuple[set[str], set[str]]] = {}
        self._rows: list[dict] = []

    def ids(self, values: dict) -> tuple[set[str], set[str]]:
        """(numbers, e-mails) of a row of this chunk, worked out once."""
        key = id(values)
        if key not in self._ids:
            self._ids[key] = identifiers(values)
        return self._ids[key]

    def load(self, rows: list[dict]) -> None:
        """Read the stored people the rows of a chunk may repeat."""
        self._rows = rows  # keeps the dicts alive while their ids key self._ids
        known = [(v, *self.ids(v)) for v in rows]
        digits = list({d for _, found, _ in known for d in found})
        addresses = list({e for _, _, found in known for e in found})
        bare = list({v["name"] for v, n, e in known if not v.get("account_id") and not n and not e})
        for found in (self.repo.contacts_by_digits(digits), self.repo.contacts_by_email(addresses),
                      self.repo.contacts_by_name(bare)):
            for row in found:
                if row["id"] not in self.seen:
                    self.add(Target(row, False))
        with_ids = {v["account_id"] for v, n, e in known if v.get("account_id") and (n or e)}
        without = {v["account_id"] for v, n, e in known if v.get("account_id") and not (n or e)}
        for accounts, table, bare_only in ((without, self.everyone, False), (with_ids, self.bare, True)):
            for record_id, name, account_id in self.repo.contact_names_in_accounts(list(accounts), bare_only):
                if record_id not in self.seen:
                    table.setdefault(account_id, []).append((record_id, name))

    def add(self, target: Target) -> None:
        record = target.record
        self.seen[record["id"]] = target
        # A created or changed row's identifiers are its own (a merge may have added some).
        found_numbers, found_emails = identifiers(record)
        for digits in found_numbers:
            self.by_number.setdefault(digits, target)
        for email in found_emails:
            self.by_email.setdefault(email, target)
        identified = bool(found_numbers or found_emails)
        if account_id := record.get("account_id"):
            self.everyone.setdefault(account_id, []).append(target)
            if not identified:
                self.bare.setdefault(account_id, []).append(target)
        else:
            self.by_name.setdefault(fold(record["name"]), []).append(target)

    def _whole(self, candidate: Target | tuple[str, str]) -> Target:
        if isinstance(candidate, Target):
            return candidate
        if candidate[0] not in self.seen:
            self.seen[candidate[0]] = Target(self.repo.records(Contact, [candidate[0]])[0], False)
        return self.seen[candidate[0]]

    def find(self, values: dict) -> tuple[Target | None, str]:
        row_numbers, row_emails = self.ids(values)
        for digits in row_numbers:
            if target := self.by_number.get(digits):
                same = phone_digits(values.get("mobile")) == digits and digits == phone_digits(
                    target.record.get("mobile"))
                return target, dup.SAME_MOBILE if same else dup.SAME_PHONE
        for email in row_emails:
            if target := self.by_email.get(email):
                return target, dup.SAME_EMAIL
        identified = bool(row_numbers or row_emails)
        if values.get("account_id"):
            pool = (self.bare if identified else self.everyone).get(values["account_id"], ())
            for candidate in pool:
                name = candidate.record["name"] if isinstance(candidate, Target) else candidate[1]
                if dup.is_similar_name(name, values["name"]):
                    target = self._whole(candidate)
                    if not _differ(target.record, values):
                        return target, dup.SIMILAR_NAME
            return None, ""
        for target in self.by_name.get(fold(values["name"]), ()):
            if not target.record.get("account_id") and not _differ(target.record, values):
                return target, dup.SAME_NAME
        return None, ""
