"""Cards controller: read a card image into a contact's fields, check for duplicates, and create the contact
(the numbers and address the form has no place for kept as its other phones and own address) with the card
attached."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crm_desktop.controllers.cards.addresses import address_parts
from crm_desktop.controllers.cards.ocr import CardImageError, CardReader, shared_reader
from crm_desktop.controllers.customers.controller import CustomersController, contact_data
from crm_desktop.domain.cards.entities import CardFields
from crm_desktop.domain.cards.extract import extract_fields
from crm_desktop.domain.cards.messages import NOTHING_FOUND
from crm_desktop.domain.common.validation import NotFoundError
from crm_desktop.domain.customers.entities import (
    AccountData,
    AccountInput,
    ContactData,
    ContactInput,
    DuplicateCandidate,
)
from crm_desktop.domain.customers.rules import clean_contact
from crm_desktop.store.database import Store
from crm_desktop.store.models import Contact
from crm_desktop.store.unit_of_work import UnitOfWork

CARD_KIND = "card"  # the attachment kind of a card's image


@dataclass(frozen=True)
class CardAccount:
    """The company a card names, as the store knows it (id None: no account of that name yet)."""

    name: str
    id: str | None = None


@dataclass(frozen=True)
class CardSaved:
    contact: ContactData | None  # None: not saved, `duplicates` were found
    duplicates: tuple[DuplicateCandidate, ...] = ()
    account: AccountData | None = None  # the account made for the card's company
    attached: bool = False  # the image is attached to the contact (False: no image, or no attachments here)
    attach_error: Exception | None = None  # why attaching failed (the contact is saved all the same)


def extra_phones(fields: CardFields) -> list[dict[str, str]]:
    """The numbers beyond the first mobile and the first phone: the contact's other phones, with their kind."""
    return ([{"kind": "mobile", "number": n} for n in fields.mobiles[1:]]
            + [{"kind": "work", "number": n} for n in fields.phones[1:]]
            + ([{"kind": "fax", "number": fields.fax}] if fields.fax else []))


class CardsController:
    def __init__(self, store: Store, customers: CustomersController,
                 attachments: Callable[[], Any] | None = None, reader: CardReader | None = None) -> None:
        self.store = store
        self.customers = customers
        self._attachments = attachments or (lambda: None)
        self.reader = reader or shared_reader()

    # --- reading -------------------------------------------------------------------------

    def warm_up(self) -> None:
        """Load the OCR models now (about a second), so the first card is read as fast as the next."""
        self.reader.engine()

    def recognise(self, path: Path) -> CardFields:
        """The fields on the card at `path`; CardImageError for a bad file or an image without text. Fields
        may all be empty when text was found but none of it reads as a field (`found_anything()`)."""
        lines = self.reader.read(Path(path))
        if not lines:
            raise CardImageError(NOTHING_FOUND)
        return extract_fields(lines, self.customers.phone_region)

    def find_account(self, company: str | None) -> CardAccount | None:
        """The account of the card's company (its name folded as the duplicate check folds it), if any."""
        if not company:
            return None
        same = self.customers.account_duplicates(AccountInput(name=company))
        return CardAccount(same[0].name, same[0].id) if same else CardAccount(company)

    # --- saving --------------------------------------------------------------------------

    @staticmethod
    def contact_input(fields: CardFields, account_id: str | None = None, notes: str | None = None) -> ContactInput:
        return ContactInput(
            name=fields.name or "", account_id=account_id, title=fields.title, department=fields.department,
            mobile=fields.mobiles[0] if fields.mobiles else None, phone=fields.phones[0] if fields.phones else None,
            email=fields.email, wechat=fields.wechat, notes=notes)

    def save(self, fields: CardFields, image: Path | None = None, *, force: bool = False,
             notes: str | None = None) -> CardSaved:
        """The contact of a card, made unless the duplicate check finds likely duplicates (`force`: made all the
        same). The card's company becomes the contact's account (found by name, or created)."""
        account = self.find_account(fields.company)
        data = self.contact_input(fields, account.id if account else None, notes)
        clean_contact(data, self.customers.phone_region)  # ValidationError before anything is written
        found = self.customers.contact_duplicates(data)
        if found and not force:
            return CardSaved(None, tuple(found))
        made = None
        if account is not None and account.id is None:
            where = address_parts(fields.address)
            made = self.customers.create_account(AccountInput(
                name=account.name, website=fields.website, phone=fields.phones[0] if fields.phones else None,
                province=where.get("province"), city=where.get("city"), district=where.get("district"),
                street=where.get("street")))
            data = self.contact_input(fields, made.id, notes)
        saved = self.create_contact(data, fields, image)
        return CardSaved(saved.contact, tuple(found), made, saved.attached, saved.attach_error)

    def create_contact(self, data: ContactInput, fields: CardFields, image: Path | None = None) -> CardSaved:
        """Write the contact as the form has it (`data`, checked by the caller for duplicates), with what the
        form does not show from the card: its other numbers and its address; then attach the image."""
        values = clean_contact(data, self.customers.phone_region)
        with UnitOfWork(self.store) as uow:
            contact = Contact(**values)
            contact.phones = extra_phones(fields) or None
            for name, value in address_parts(fields.address).items():
                setattr(contact, name, value)
            if contact.account_id:
                account = uow.accounts.get(contact.account_id, include_deleted=True)
                if account is None:
                    raise NotFoundError(contact.account_id)
                contact.account_name = account.name
                if not account.website and fields.website:  # fill what the company lacks, never overwrite
                    account.website = fields.website
            uow.contacts.add(contact)
            uow.commit()
            saved = contact_data(contact)
        attached, error = self._attach(saved.id, image)
        return CardSaved(saved, attached=attached, attach_error=error)

    def _attach(self, contact_id: str, image: Path | None) -> tuple[bool, Exception | None]:
        attachments = self._attachments()
        if image is None or attachments is None:
            return False, None
        try:
            attachments.attach_file("contact", contact_id, Path(image), kind=CARD_KIND)
        except (OSError, ValueError, LookupError, RuntimeError) as error:
            # Over the size limit, a full disk (DiskFullError), the file gone meanwhile: the contact stays saved.
            return False, error
        return True, None
