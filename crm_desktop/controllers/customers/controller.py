"""Customers controller: accounts and contacts, duplicate check, merge, the customer lists."""

from __future__ import annotations

from dataclasses import fields

from crm_desktop.domain.common.ids import utcnow
from crm_desktop.domain.common.validation import NotFoundError, ValidationError
from crm_desktop.domain.customers import duplicates as dup
from crm_desktop.domain.customers.entities import (
    AccountData,
    AccountInput,
    ContactData,
    ContactInput,
    DuplicateCandidate,
    ListFilter,
    ListSort,
    MergeResult,
)
from crm_desktop.domain.customers.names import company_key
from crm_desktop.domain.customers.phones import phone_digits
from crm_desktop.domain.customers.rules import clean_account, clean_contact
from crm_desktop.store.database import Store
from crm_desktop.store.models import Account, Contact, Ticket
from crm_desktop.store.unit_of_work import UnitOfWork

_ACCOUNT_INPUT = [f.name for f in fields(AccountInput)]
_CONTACT_INPUT = [f.name for f in fields(ContactInput)]
# Contact fields an import fills that the edit form does not show: shown, and left alone by an edit.
_CONTACT_KEPT = ("country", "province", "city", "district", "street", "postal_code", "source", "lifecycle",
                 "original_created_at")


def account_data(a: Account, owner_name: str | None = None, contact_count: int = 0) -> AccountData:
    values = {name: getattr(a, name) for name in _ACCOUNT_INPUT}
    values["tags"] = tuple(a.tags or ())
    return AccountData(
        **values, id=a.id, created_at=a.created_at, updated_at=a.updated_at,
        deleted_at=a.deleted_at, last_activity_at=a.last_activity_at,
        next_followup_at=a.next_followup_at, owner_name=owner_name, contact_count=contact_count,
        postal_code=a.postal_code, original_created_at=a.original_created_at,
        custom_fields=dict(a.custom_fields or {}), review=tuple(a.review or ()),
    )


def contact_data(c: Contact, owner_name: str | None = None) -> ContactData:
    values = {name: getattr(c, name) for name in _CONTACT_INPUT}
    values["tags"] = tuple(c.tags or ())
    return ContactData(
        **values, id=c.id, account_name=c.account_name, created_at=c.created_at,
        updated_at=c.updated_at, deleted_at=c.deleted_at, last_activity_at=c.last_activity_at,
        next_followup_at=c.next_followup_at, owner_name=owner_name,
        phones=tuple(c.phones or ()), emails=tuple(c.emails or ()),
        **{name: getattr(c, name) for name in _CONTACT_KEPT},
        custom_fields=dict(c.custom_fields or {}), review=tuple(c.review or ()),
    )


class CustomersController:
    def __init__(self, store: Store, phone_region: str = "CN") -> None:
        self.store = store
        self.phone_region = phone_region

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self.store)

    @staticmethod
    def _owner_name(uow: UnitOfWork, owner_id: str | None) -> str | None:
        user = uow.users.get(owner_id) if owner_id else None
        return user.display_name if user else None

    # --- accounts -----------------------------------------------------------------------

    def get_account(self, account_id: str, include_deleted: bool = False) -> AccountData:
        with self._uow() as uow:
            a = uow.accounts.get(account_id, include_deleted)
            if a is None:
                raise NotFoundError(account_id)
            return account_data(a, self._owner_name(uow, a.owner_id),
                                uow.accounts.contact_count(a.id))

    def create_account(self, data: AccountInput) -> AccountData:
        values = clean_account(data, self.phone_region)
        with self._uow() as uow:
            account = Account(**values)
            uow.accounts.add(account)
            uow.commit()
            return account_data(account, self._owner_name(uow, account.owner_id))

    def update_account(self, account_id: str, data: AccountInput) -> AccountData:
        values = clean_account(data, self.phone_region)
        with self._uow() as uow:
            account = uow.accounts.get(account_id)
            if account is None:
                raise NotFoundError(account_id)
            for name, value in values.items():
                if name == "owner_id" and value is None:
                    continue  # an edit form without an owner keeps the current one
                setattr(account, name, value)
            uow.commit()
            return account_data(account, self._owner_name(uow, account.owner_id))

    def delete_account(self, account_id: str) -> None:
        self._set_deleted("account", account_id, deleted=True)

    def restore_account(self, account_id: str) -> None:
        self._set_deleted("account", account_id, deleted=False)

    def account_duplicates(self, data: AccountInput, exclude_id: str | None = None):
        key = company_key(data.name)
        if not key:
            return []
        with self._uow() as uow:
            return [
                DuplicateCandidate("account", a.id, a.name, a.city or "", (dup.SAME_COMPANY,))
                for a in uow.accounts.by_name_key(key, exclude_id)
            ]

    def merge_accounts(self, keep_id: str, merged_id: str) -> MergeResult:
        """Fold `merged_id` into `keep_id`: contacts, activities, deals, orders and tickets move,
        empty fields fill in."""
        with self._uow() as uow:
            keep, gone = uow.accounts.get(keep_id), uow.accounts.get(merged_id)
            if keep is None or gone is None or keep_id == merged_id:
                raise NotFoundError(merged_id if keep else keep_id)
            result = MergeResult(keep_id, merged_id, {"contacts": 0, "activities": 0})
            for contact in uow.contacts.in_account(merged_id, include_deleted=True):
                contact.account_id, contact.account_name = keep.id, keep.name
                result.moved["contacts"] += 1
            for activity in uow.activities.linked_to(account_id=merged_id):
                activity.account_id = keep.id
                result.moved["activities"] += 1
            for kind, records in uow.links.of_account(merged_id).items():
                for record in records:
                    record.account_id, record.account_name = keep.id, keep.name
                result.moved[kind] = len(records)
            _fill_blanks(keep, gone, [*_ACCOUNT_INPUT, "postal_code", "original_created_at"])
            _merge_imported(keep, gone)
            _merge_dates(keep, gone)
            gone.merged_into_id, gone.deleted_at = keep.id, utcnow()
            uow.commit()
            return result

    # --- contacts -----------------------------------------------------------------------

    def get_contact(self, contact_id: str, include_deleted: bool = False) -> ContactData:
        with self._uow() as uow:
            c = uow.contacts.get(contact_id, include_deleted)
            if c is None:
                raise NotFoundError(contact_id)
            return contact_data(c, self._owner_name(uow, c.owner_id))

    def create_contact(self, data: ContactInput) -> ContactData:
        values = clean_contact(data, self.phone_region)
        with self._uow() as uow:
            contact = Contact(**values)
            contact.account_name = self._account_name(uow, contact.account_id)
            uow.contacts.add(contact)
            uow.commit()
            return contact_data(contact, self._owner_name(uow, contact.owner_id))

    def update_contact(self, contact_id: str, data: ContactInput) -> ContactData:
        values = clean_contact(data, self.phone_region)
        with self._uow() as uow:
            contact = uow.contacts.get(contact_id)
            if contact is None:
                raise NotFoundError(contact_id)
            for name, value in values.items():
                if name == "owner_id" and value is None:
                    continue
                setattr(contact, name, value)
            contact.account_name = self._account_name(uow, contact.account_id)
            uow.commit()
            return contact_data(contact, self._owner_name(uow, contact.owner_id))

    @staticmethod
    def _account_name(uow: UnitOfWork, account_id: str | None) -> str | None:
        if not account_id:
            return None
        # A deleted company still names its people: they stay editable and restorable.
        account = uow.accounts.get(account_id, include_deleted=True)
        if account is None:
            raise NotFoundError(account_id)
        return account.name

    def delete_contact(self, contact_id: str) -> None:
        self._set_deleted("contact", contact_id, deleted=True)

    def restore_contact(self, contact_id: str) -> None:
        self._set_deleted("contact", contact_id, deleted=False)

    def contact_problems(self, data: ContactInput) -> dict[str, str]:
        """What saving would refuse, field by field (no store: a form asks before it saves)."""
        try:
            clean_contact(data, self.phone_region)
        except ValidationError as error:
            return dict(error.errors)
        return {}

    def contact_duplicates(self, data: ContactInput, exclude_id: str | None = None):
        """Live contacts that share the mobile or e-mail, or are named alike at the account."""
        try:
            values = clean_contact(data, self.phone_region)
        except ValueError:
            return []  # invalid input is reported by validation, not here
        reasons: dict[str, list[str]] = {}
        found: dict[str, Contact] = {}
        with self._uow() as uow:
            def note(contacts, reason):
                for c in contacts:
                    found[c.id] = c
                    reasons.setdefault(c.id, []).append(reason)

            if values["mobile"]:
                note(uow.contacts.by_mobile_digits(phone_digits(values["mobile"]), exclude_id),
                     dup.SAME_MOBILE)
            if values["email"]:
                note(uow.contacts.by_email(values["email"], exclude_id), dup.SAME_EMAIL)
            if values["account_id"]:
                note([c for c in uow.contacts.in_account(values["account_id"], exclude_id)
                      if dup.is_similar_name(c.name, values["name"])], dup.SIMILAR_NAME)
            return [
                DuplicateCandidate("contact", c.id, c.name, c.account_name or "", tuple(reasons[c.id]),
                                   c.mobile or "", c.email or "")
                for c in found.values()
            ]

    def merge_contacts(self, keep_id: str, merged_id: str) -> MergeResult:
        with self._uow() as uow:
            keep, gone = uow.contacts.get(keep_id), uow.contacts.get(merged_id)
            if keep is None or gone is None or keep_id == merged_id:
                raise NotFoundError(merged_id if keep else keep_id)
            result = MergeResult(keep_id, merged_id, {"activities": 0})
            for activity in uow.activities.linked_to(contact_id=merged_id):
                activity.contact_id = keep.id
                result.moved["activities"] += 1
            for kind, records in uow.links.of_contact(merged_id).items():
                for record in records:
                    record.contact_id = keep.id
                    if isinstance(record, Ticket):
                        record.contact_name = keep.name
                result.moved[kind] = len(records)
            _fill_blanks(keep, gone, [*_CONTACT_INPUT, *_CONTACT_KEPT])
            _merge_imported(keep, gone)
            keep.account_name = self._account_name(uow, keep.account_id)
            _merge_dates(keep, gone)
            gone.merged_into_id, gone.deleted_at = keep.id, utcnow()
            uow.commit()
            return result

    # --- values kept for review -------------------------------------------------------

    def resolve_review(self, entity: str, record_id: str, index: int | None = None,
                       note: dict | None = None) -> AccountData | ContactData:
        """Mark one review note of a record resolved (`index` into its `review`), or all of them
        (index None): the note is removed through the ordinary write path, so the change is
        audited and synced like any edit. `note`, when given, is the note as shown: if a sync
        moved the list meanwhile, that note is found again (NotFoundError when it is gone).
        Returns the record as it is now."""
        with self._uow() as uow:
            obj = (uow.contacts if entity == "contact" else uow.accounts).get(record_id)
            if obj is None:
                raise NotFoundError(record_id)
            notes = list(obj.review or [])
            if index is not None and note is not None and (index >= len(notes) or notes[index] != note):
                index = notes.index(note) if note in notes else -1
            if index is not None and not 0 <= index < len(notes):
                raise NotFoundError(f"{record_id} review {index}")
            left = [] if index is None else notes[:index] + notes[index + 1:]
            if left != notes:
                obj.review = left or None  # a new list: the JSON column sees the change
                uow.commit()
            if entity == "contact":
                return contact_data(obj, self._owner_name(uow, obj.owner_id))
            return account_data(obj, self._owner_name(uow, obj.owner_id), uow.accounts.contact_count(obj.id))

    # --- shared -------------------------------------------------------------------------

    def _set_deleted(self, entity: str, record_id: str, deleted: bool) -> None:
        with self._uow() as uow:
            obj = (uow.contacts if entity == "contact" else uow.accounts).get(record_id, include_deleted=True)
            if obj is None:
                raise NotFoundError(record_id)
            if (obj.deleted_at is not None) == deleted:
                return
            obj.deleted_at = utcnow() if deleted else None
            if not deleted:
                obj.merged_into_id = None
            if isinstance(obj, Contact) and not deleted:
                obj.account_name = self._account_name(uow, obj.account_id) if obj.account_id else None
            uow.commit()

    def count(self, entity: str, flt: ListFilter) -> int:
        with self._uow() as uow:
            return (uow.contacts if entity == "contact" else uow.accounts).count(flt)

    def has_any(self) -> bool:
        """Whether the store holds any live account or contact (cheap at any size)."""
        with self._uow() as uow:
            return uow.accounts.any_live() or uow.contacts.any_live()

    def page(self, entity: str, flt: ListFilter, sort: ListSort, offset: int, limit: int,
             total: int | None = None) -> list[tuple]:
        """Rows of the customer list (tuples: big lists never build dataclasses per row)."""
        with self._uow() as uow:
            repo = uow.contacts if entity == "contact" else uow.accounts
            return repo.page(flt, sort, offset, limit, total)

    def position(self, entity: str, flt: ListFilter, sort: ListSort, record_id: str) -> int | None:
        """The row of a record in the list as filtered and sorted (None: the list does not hold it)."""
        with self._uow() as uow:
            return (uow.contacts if entity == "contact" else uow.accounts).position(flt, sort, record_id)

    def account_people(self, account_id: str, limit: int = 500) -> list[tuple]:
        """(id, name, title, mobile, email) of an account's contacts, by name."""
        with self._uow() as uow:
            return uow.contacts.people_of(account_id, limit)

    def filter_choices(self) -> dict[str, list]:
        """Values offered by the list filters: owners, cities, tags."""
        with self._uow() as uow:
            return {
                "owners": [(u.id, u.display_name) for u in uow.users.all()],
                "cities": uow.accounts.cities(),
                "tags": uow.accounts.tags(),
            }


def _fill_blanks(keep, gone, names) -> None:
    for name in names:
        if name == "tags":
            merged = list(dict.fromkeys([*(keep.tags or []), *(gone.tags or [])]))
            if merged != (keep.tags or []):
                keep.tags = merged or None
        elif getattr(keep, name) in (None, "") and getattr(gone, name) not in (None, ""):
            setattr(keep, name, getattr(gone, name))


def _merge_imported(keep, gone) -> None:
    """What imports kept on both: the other phones and e-mails of both, custom fields (the kept
    record's value wins), and every review note."""
    lists = ("phones", "emails", "review") if hasattr(keep, "phones") else ("review",)
    for name in lists:
        mine = list(getattr(keep, name) or [])
        merged = mine + [x for x in getattr(gone, name) or [] if x not in mine]
        if merged != mine:
            setattr(keep, name, merged)
    fields = {**(gone.custom_fields or {}), **(keep.custom_fields or {})}
    if fields != (keep.custom_fields or {}):
        keep.custom_fields = fields


def _merge_dates(keep, gone) -> None:
    """The later last activity, and the earlier follow-up (nothing planned gets lost)."""
    keep.last_activity_at = max((x for x in (keep.last_activity_at, gone.last_activity_at) if x),
                                default=None)
    keep.next_followup_at = min((x for x in (keep.next_followup_at, gone.next_followup_at) if x),
                                default=None)
