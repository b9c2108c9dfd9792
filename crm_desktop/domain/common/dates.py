"""Dates as spreadsheets and contact exports write them, read into `datetime.date`."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, FieldError

INVALID_DATE = QT_TRANSLATE_NOOP("Validation", "This is not a valid date. Write it like 2024-03-05.")
YEAR_MISSING = QT_TRANSLATE_NOOP("Validation", "The year is missing.")

# Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is 1900-02-29, a day that never
# existed (kept for Lotus 1-2-3 compatibility), so serials after it are one day ahead.
_EXCEL_EPOCH = date(1899, 12, 31)
_LOTUS_LEAP_DAY = 60
_MAX_SERIAL = 2958465  # 9999-12-31

# A time after the date (2024-03-05 00:00:00, 2024-03-05T08:30, 3/5/2024 9:15 AM) is dropped.
_TIME = re.compile(r"(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?(?:z|[+-]\d{2}:?\d{2})?$", re.I)
_YEAR_FIRST = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_SLASHED = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$")
_NAMED_MONTH_FIRST = re.compile(r"^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$", re.I)
_NAMED_DAY_FIRST = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4})$", re.I)
# Birthdays phones store without a year: vCard --0312 / --03-12, 03-12, 3/12, 3月12日.
_NO_YEAR = re.compile(r"^(?:--\d{2}-?\d{2}|\d{1,2}[-/.]\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*[日号]?)$")
# Outlook writes 0/0/00 for a contact without a birthday; databases write 0000-00-00.
_ZERO_DATE = re.compile(r"^[0\W_]+$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def parse_date(value: object, field: str = "birthday") -> date | None:
    """The date in a cell, None when it is empty; FieldError when it is not a whole date."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise FieldError(field, INVALID_DATE)
    if isinstance(value, int | float):
        return _from_number(value, field)
    text = unicodedata.normalize("NFKC", str(value)).strip().lstrip("'").strip()
    if not text or _ZERO_DATE.match(text):
        return None
    return _from_text(_TIME.sub("", text), field)


def _from_number(value: float, field: str) -> date:
    if not math.isfinite(value):
        raise FieldError(field, INVALID_DATE)
    # 20240305 typed into a number cell: far beyond any serial, so read it as digits.
    if value == int(value) and 19000101 <= value <= 99991231:
        return _from_text(str(int(value)), field)
    serial = int(value)  # a fraction is the time of day
    if not 1 <= serial <= _MAX_SERIAL or serial == _LOTUS_LEAP_DAY:
        raise FieldError(field, INVALID_DATE)
    return _EXCEL_EPOCH + timedelta(days=serial if serial < _LOTUS_LEAP_DAY else serial - 1)


def _from_text(text: str, field: str) -> date:
    if m := _YEAR_FIRST.match(text) or _COMPACT.match(text):
        return _make(int(m[1]), int(m[2]), int(m[3]), field)
    if m := _DOTTED.match(text):  # 05.03.2024: the dotted form is always day first
        return _make(int(m[3]), int(m[2]), int(m[1]), field)
    if m := _SLASHED.match(text):
        first, second = int(m[1]), int(m[2])
        # 3/5/2024 is ambiguous; Outlook and US exports write month first, so that wins unless
        # the first number cannot be a month (25/3/2024 is day first).
        if first > 12:
            return _make(int(m[3]), second, first, field)
        return _make(int(m[3]), first, second, field)
    if m := _NAMED_MONTH_FIRST.match(text):
        return _make(int(m[3]), _month(m[1], field), int(m[2]), field)
    if m := _NAMED_DAY_FIRST.match(text):
        return _make(int(m[3]), _month(m[2], field), int(m[1]), field)
    if _NO_YEAR.match(text):
        raise FieldError(field, YEAR_MISSING)
    raise FieldError(field, INVALID_DATE)


def _month(name: str, field: str) -> int:
    key = name[:3].casefold()
    if key not in _MONTHS:
        raise FieldError(field, INVALID_DATE)
    return _MONTHS.index(key) + 1


def _make(year: int, month: int, day: int, field: str) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:  # 2024-02-30, month 13, year 0
        raise FieldError(field, INVALID_DATE) from exc


_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?$", re.I)


def parse_moment(value: object, field: str = "created_at") -> datetime | None:
    """A date and time as exports write it (2024-03-01T08:15:00.000Z, an Excel date cell, 2024/3/1),
    aware; a time without a zone is this computer's local time, a bare date its midnight."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.astimezone()
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip()
        if _ISO_MOMENT.match(text):
            try:
                moment = datetime.fromisoformat(text.replace("z", "Z").replace("Z", "+00:00"))
            except ValueError:
                moment = None
            if moment is not None:
                return moment if moment.tzinfo else moment.astimezone()
    day = parse_date(value, field)
    return datetime.combine(day, time()).astimezone() if day else None
