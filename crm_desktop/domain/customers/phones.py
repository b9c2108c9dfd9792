"""Phone numbers: parse with `phonenumbers` (region per row, default CN), store E.164 with any
extension after ";ext=", tell mobiles from landlines by the library, index digits."""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, FieldError

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


def _cn_mobile_pattern() -> str:
    """libphonenumber's pattern for Chinese mobiles (always shipped; optional only in its types)."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("CN")
    pattern = metadata.mobile.national_number_pattern if metadata and metadata.mobile else None
    if not pattern:
        raise RuntimeError("phonenumbers ships no pattern for Chinese mobiles")
    return str(pattern)


# Chinese mobiles, the bulk of every import, are checked against libphonenumber's own
# pattern for them in a microsecond instead of a full parse (~15 us); the rest take the parse.
_CN_MOBILE_PATTERN = re.compile(_cn_mobile_pattern())
_CN_MOBILE_INPUT = re.compile(r"^(?:(?:\+|00)86[\s-]*)?(1\d{2})[\s-]?(\d{4})[\s-]?(\d{4})$")
# 1.38001E+10: what Excel writes for a long number in a General-format column.
_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d*)?[eE]\+?\d+$")
# Extensions as people write them: 010-12345678转8001, 分机 12, ext. 12, x12, #12.
_EXTENSION = re.compile(r"^(.*?\d.*?)\s*(?:转|分机|分機|內線|内线|ext\.?|extension|x|#)\s*(\d{1,6})\s*$", re.I)
# 021-50801234-8002: a trailing group after a complete landline is its extension.
_TRAILING_GROUP = re.compile(r"^(.*\d)\s*[-‐–]\s*(\d{1,5})$")
EXT_MARK = ";ext="
_KINDS = {phonenumbers.PhoneNumberType.MOBILE: "mobile", phonenumbers.PhoneNumberType.FIXED_LINE: "landline"}


def lost_digits(text: str | None) -> bool:
    """True for a number Excel wrote in scientific notation (its last digits cannot be recovered)."""
    return bool(_SCIENTIFIC.match(unicodedata.normalize("NFKC", text or "").strip().lstrip("'").strip()))


def _clean(raw: str | None) -> str:
    text = unicodedata.normalize("NFKC", raw or "").strip().lstrip("'").strip()
    return _EXCEL_FLOAT.sub(r"\1", text)


def _parse(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def chinese_mobile(raw: str) -> str | None:
    """E.164 of a Chinese mobile written plainly (13800138000, +86 138 0013 8000): the bulk of every
    import, read without building a PhoneNumber; None for anything else."""
    mobile = _CN_MOBILE_INPUT.match(raw.strip())
    if mobile is None:
        return None
    national = "".join(mobile.groups())
    return "+86" + national if _CN_MOBILE_PATTERN.fullmatch(national) else None


def parse_phone(raw: str | None, field: str = "phone", region: str = "CN") -> phonenumbers.PhoneNumber | None:
    """The number with its extension, None for an empty value; FieldError when it is not a valid number."""
    text = _clean(raw)
    if not text:
        return None
    if _SCIENTIFIC.match(text):
        raise FieldError(field, PHONE_LOST_DIGITS)
    if region == "CN" and (mobile := _CN_MOBILE_INPUT.match(text)):
        national = "".join(mobile.groups())
        if _CN_MOBILE_PATTERN.fullmatch(national):
            return phonenumbers.PhoneNumber(country_code=86, national_number=int(national))
    extension = None
    if found := _EXTENSION.match(text):
        text, extension = found.groups()
    number = _parse(text, region)
    if number is None and extension is None and (found := _TRAILING_GROUP.match(text)):
        number = _parse(found.group(1), region)
        extension = found.group(2) if number else None
    if number is None:
        raise FieldError(field, INVALID_PHONE)
    if extension:
        number.extension = extension
    return number


def as_stored(number: phonenumbers.PhoneNumber) -> str:
    """+861012345678, or +861012345678;ext=8001 with an extension."""
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return f"{e164}{EXT_MARK}{number.extension}" if number.extension else e164


def normalize_phone(raw: str | None, field: str = "phone", region: str = "CN") -> str | None:
    """E.164 text (with ";ext=" and the extension) for a valid number, None for an empty value;
    FieldError otherwise. Leading apostrophes and full-width digits (both typical of pasted Excel
    cells) are tolerated, as are spaces, dashes and brackets."""
    number = parse_phone(raw, field, region)
    return as_stored(number) if number else None


def phone_kind(number: phonenumbers.PhoneNumber) -> str | None:
    """"mobile" or "landline" when the numbering plan says so; None where it cannot (US, CA)."""
    if number.country_code == 86 and _CN_MOBILE.match(str(number.national_number)):
        return "mobile"
    return _KINDS.get(phonenumbers.number_type(number))


def split_extension(stored: str) -> tuple[str, str | None]:
    number, mark, extension = stored.partition(EXT_MARK)
    return number, (extension or None) if mark else None


def format_phone(e164: str | None, home_region: str = "CN") -> str:
    """National format for numbers of the home region, international for the rest."""
    if not e164:
        return ""
    if len(e164) == 14 and e164.startswith("+861") and e164[4] in "3456789" and e164[1:].isdigit():
        # Chinese mobiles, most numbers of an export: phonenumbers formats every 1[3-9] number 3-4-4
        # (tests/unit/test_phones.py checks it against the library), at a twentieth of the cost.
        national = f"{e164[3:6]} {e164[6:10]} {e164[10:]}"
        return national if home_region == "CN" else f"+86 {national}"
    plain, extension = split_extension(e164)
    try:
        number = phonenumbers.parse(plain, None)
    except phonenumbers.NumberParseException:
        return e164  # a value an import kept as typed
    number.extension = extension
    if phonenumbers.region_code_for_number(number) == home_region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone_digits(e164: str | None) -> str:
    """Digits a rep would type for this number: national digits for China, all digits else."""
    if not e164:
        return ""
    if ";" in e164:
        e164 = split_extension(e164)[0]
    if e164.startswith("+86") and e164[1:].isdigit():  # the bulk of every import: no regex needed
        national = e164[3:]
        is_mobile = len(national) == 11 and national[0] == "1" and national[1] in "3456789"
        return national if is_mobile else "0" + national
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
