"""Phone numbers: parse with `phonenumbers` (default region CN), store E.164, index digits."""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

from crm_desktop.domain.validation import QT_TRANSLATE_NOOP, FieldError

INVALID_PHONE = QT_TRANSLATE_NOOP("Validation", "This is not a valid phone number.")
PHONE_LOST_DIGITS = QT_TRANSLATE_NOOP(
    "Validation",
    "Excel shortened this number to scientific notation and its last digits are lost. "
    "Format the column as text in Excel and export again.",
)
_NON_DIGITS = re.compile(r"\D+")
_EXCEL_FLOAT = re.compile(r"^(\d+)\.0+$")  # 13800138000.0: a number cell read as float
_CN_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_COUNTRY_PREFIX = re.compile(r"^(?:\+|00)86(?=\d{3})")
# Chinese mobiles, the bulk of every import, are checked against libphonenumber's own
# pattern for them in a microsecond instead of a full parse (~15 us); the rest take the parse.
_CN_MOBILE_PATTERN = re.compile(
    phonenumbers.PhoneMetadata.metadata_for_region("CN").mobile.national_number_pattern)
_CN_MOBILE_INPUT = re.compile(r"^(?:(?:\+|00)86[\s-]*)?(1\d{2})[\s-]?(\d{4})[\s-]?(\d{4})$")
# 1.38001E+10: what Excel writes for a long number in a General-format column.
_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d*)?[eE]\+?\d+$")


def lost_digits(text: str | None) -> bool:
    """True for a number Excel wrote in scientific notation (its last digits cannot be recovered)."""
    return bool(_SCIENTIFIC.match(unicodedata.normalize("NFKC", text or "").strip().lstrip("'").strip()))


def normalize_phone(raw: str | None, field: str = "phone", region: str = "CN") -> str | None:
    """E.164 text for a plausible number, None for an empty value; FieldError otherwise.

    Leading apostrophes and full-width digits (both typical of pasted Excel cells) are
    tolerated, as are spaces, dashes and brackets.
    """
    text = unicodedata.normalize("NFKC", raw or "").strip().lstrip("'").strip()
    text = _EXCEL_FLOAT.sub(r"\1", text)
    if not text:
        return None
    if _SCIENTIFIC.match(text):
        raise FieldError(field, PHONE_LOST_DIGITS)
    if region == "CN" and (mobile := _CN_MOBILE_INPUT.match(text)):
        national = "".join(mobile.groups())
        if _CN_MOBILE_PATTERN.fullmatch(national):
            return "+86" + national
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise FieldError(field, INVALID_PHONE) from exc
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        raise FieldError(field, INVALID_PHONE)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str | None, home_region: str = "CN") -> str:
    """National format for numbers of the home region, international for the rest."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == home_region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone_digits(e164: str | None) -> str:
    """Digits a rep would type for this number: national digits for China, all digits else."""
    if not e164:
        return ""
    digits = _NON_DIGITS.sub("", e164)
    if e164.startswith("+86"):
        national = digits[2:]
        # Landlines are dialled with a trunk 0 inside China (010 ..., 0755 ...), mobiles without.
        return national if _CN_MOBILE.match(national) else "0" + national
    return digits


def query_digits(query: str) -> str:
    """Digits of a phone fragment typed into search: `+86 138-0013` -> `1380013`."""
    text = unicodedata.normalize("NFKC", query).strip()
    text = _COUNTRY_PREFIX.sub("", text.replace(" ", ""))
    return _NON_DIGITS.sub("", text)
