"""The phone numbers and e-mail addresses of one imported row: parsed per row, sorted into kinds."""

from __future__ import annotations

import re
from typing import Any

import phonenumbers

from crm_desktop.domain.common.validation import FieldError
from crm_desktop.domain.customers.emails import normalize_email
from crm_desktop.domain.customers.phones import as_stored, chinese_mobile, parse_phone, phone_digits, phone_kind

# Column field -> the kind of number it holds.
PHONE_KINDS = {"mobile": "mobile", "phone": "work", "home_phone": "home", "fax": "fax", "other_phone": "other"}
# Google Contacts keeps several numbers or addresses of one kind in one cell.
MULTI_VALUE = re.compile(r"\s*:::\s*|\s*[;；]\s*|\n")
# One row's cells by target field: a cell value, or for phones and e-mails the list of every column's text.
Cells = dict[str, Any]
# Values a row could not read, kept as typed: {field, value, message}; the import adds file, sheet and row.
Review = list[dict[str, Any]]


# The type Google Contacts, Outlook or a Chinese address book writes beside a number.
_TYPE_WORDS = (("fax", "传真", "傳真"), ("mobile", "cell", "iphone", "手机", "移动", "手機"),
               ("home", "住宅", "家庭", "家"), ("work", "business", "office", "main", "商务", "工作", "单位", "办公"))
_TYPE_FIELDS = ("fax", "mobile", "home_phone", "phone")


def kind_field(type_cell: object) -> str | None:
    """The phone field a type cell names ("Mobile", "Work Fax", "* Work", "手机"); None when unknown."""
    text = str(type_cell or "").casefold()
    if not text.strip():
        return None
    for words, target in zip(_TYPE_WORDS, _TYPE_FIELDS, strict=True):
        if any(w in text for w in words):
            return target
    return "other_phone"


# Numbers listed with commas or slashes (Pipedrive, 企业微信): split only when every part is a whole number.
_LISTED = re.compile(r"\s*[,，、/]\s*")
_DIGIT = re.compile(r"\d")
_EMAILS_LISTED = re.compile(r"[\s,，、/]+")


def _listed(text: str) -> list[str]:
    parts = _LISTED.split(text)
    if len(parts) > 1 and all(len(_DIGIT.findall(p)) >= 7 for p in parts):
        return parts
    return [text]


def values_of(cell_values: list[str]) -> list[str]:
    out: list[str] = []
    for text in cell_values:
        if ":::" in text or ";" in text or "；" in text or "\n" in text:
            parts = [v for v in MULTI_VALUE.split(text) if v.strip()]
        elif text.strip():
            parts = [text]
        else:
            continue
        for part in parts:
            out += _listed(part) if ("," in part or "，" in part or "、" in part or "/" in part) else [part]
    return out


def _kind(column_kind: str, library_kind: str | None) -> str:
    """The library knows a mobile from a landline (not in the US): a landline in the mobile column is
    the work phone, a mobile in a work or other column the mobile; home and fax stay what they say."""
    if column_kind == "mobile" and library_kind == "landline":
        return "work"
    if column_kind in ("work", "other") and library_kind == "mobile":
        return "mobile"
    return column_kind


def _parse(raw: str, field: str, regions: tuple[str, ...]) -> phonenumbers.PhoneNumber | None:
    """The number read in the row's region, else in the setting's (a Chinese mobile of a German contact)."""
    for region in regions[:-1]:
        try:
            return parse_phone(raw, field, region)
        except FieldError:
            pass
    return parse_phone(raw, field, regions[-1])


def row_phones(cells: Cells, regions: tuple[str, ...], review: Review
               ) -> tuple[str | None, str | None, list[dict[str, str]] | None]:
    """(mobile, work phone, the other numbers as [{kind, number}]); unreadable ones go to `review`."""
    numbers: list[tuple[str, str, bool]] = []  # (kind, stored number, moved from another kind's column)
    for field, column_kind in PHONE_KINDS.items():
        if field not in cells:
            continue
        for raw in values_of(cells[field]):
            if "CN" in regions and (stored := chinese_mobile(raw)):
                numbers.append(("mobile", stored, column_kind != "mobile"))
                continue
            try:
                number = _parse(raw, field, regions)
            except FieldError as error:
                review.append({"field": field, "value": raw.strip(), "message": error.message})
                continue
            if number is not None:
                kind = _kind(column_kind, phone_kind(number))
                numbers.append((kind, as_stored(number), kind != column_kind))
    # A number in the column of its own kind comes before one moved there from another column.
    numbers.sort(key=lambda n: n[2])
    mobile = next((n for k, n, _ in numbers if k == "mobile"), None)
    work = next((n for k, n, _ in numbers if k == "work"), None)
    seen = {phone_digits(n) for n in (mobile, work) if n}
    others: list[dict[str, str]] = []
    for kind, stored, _moved in numbers:
        if stored in (mobile, work) or (key := phone_digits(stored)) in seen:
            continue
        seen.add(key)
        others.append({"kind": kind, "number": stored})
    return mobile, work, others or None


def row_emails(cells: Cells, review: Review) -> tuple[str | None, list[str] | None]:
    """(first address, the further ones); unreadable ones go to `review`."""
    found: list[str] = []
    listed = [part for text in values_of(cells.get("email") or [])
              for part in (_EMAILS_LISTED.split(text) if text.count("@") > 1 else [text]) if part]
    for raw in listed:
        try:
            email = normalize_email(raw, "email")
        except FieldError as error:
            review.append({"field": "email", "value": raw.strip(), "message": error.message})
            continue
        if email and email not in found:
            found.append(email)
    return (found[0] if found else None), (found[1:] or None)


def extra_digits(phones: list[dict[str, str]] | None) -> str | None:
    """Digits of the first other number, indexed so a duplicate check finds a fax-only contact."""
    return phone_digits(phones[0]["number"]) or None if phones else None
