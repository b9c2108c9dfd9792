"""Phone numbers on a card: the label before them (手机 / Tel / Fax ...), then `phonenumbers` for the number,
its extension and whether it is a mobile or a fixed line."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from crm_desktop.domain.common.validation import FieldError
from crm_desktop.domain.customers.phones import as_stored, parse_phone, phone_kind

# Where one number ends and the next begins inside a labelled value: 186 2000 1234 / 136 0222 3333.
_SPLIT = re.compile(r"\s*(?:/|、|;|\||,|，|\s{3,}|\bor\b|或)\s*")
_PHONEISH = re.compile(r"[+(（]?\d[\d\s().（）\-‐–]{5,}\d")
_DIGITS = re.compile(r"\d")
_EXTENSION_WORD = re.compile(r"(转|分机|ext\.?|extension|x)\s*\d", re.I)


@dataclass(frozen=True)
class CardPhone:
    kind: str  # mobile | phone | fax
    number: str  # as stored: E.164 with ";ext=" and an extension


def _parse(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    try:
        return parse_phone(text, "phone", region)
    except FieldError:
        return None


def _matched(text: str, region: str) -> list[phonenumbers.PhoneNumber]:
    """Numbers the library finds inside free text (what a plain parse refused)."""
    return [m.number for m in phonenumbers.PhoneNumberMatcher(text, region, phonenumbers.Leniency.VALID)]


def _kind(number: phonenumbers.PhoneNumber, label: str | None) -> str:
    if label == "fax":
        return "fax"
    library = phone_kind(number)  # the numbering plan decides where it can
    if library == "mobile":
        return "mobile"
    if library == "landline":
        return "phone"
    return "mobile" if label == "mobile" else "phone"


def numbers_in(value: str, label: str | None, region: str) -> list[CardPhone]:
    """The numbers of one labelled value (or of an unlabelled line when `label` is None)."""
    out: list[CardPhone] = []
    chunks = _SPLIT.split(value) if not _EXTENSION_WORD.search(value) else [value]
    if len(chunks) > 1 and any(len(_DIGITS.findall(c)) < 5 for c in chunks if c.strip()):
        chunks = [value]  # "(021) 5080-1234, 8002": not a list of whole numbers
    for chunk in chunks:
        if len(_DIGITS.findall(chunk)) < 5:
            continue
        found = _parse(chunk.strip(), region)
        numbers = [found] if found is not None else _matched(chunk, region)
        out += [CardPhone(_kind(n, label), as_stored(n)) for n in numbers]
    return out


def looks_like_phone(text: str) -> bool:
    """A run of at least seven digits with a phone's separators (not a postcode or a street number)."""
    match = _PHONEISH.search(text)
    return bool(match) and len(_DIGITS.findall(match.group(0))) >= 7 if match else False
