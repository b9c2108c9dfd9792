"""Dates, times, phones, counts and country names as the user's locale writes them: the window's one formatter."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_skeleton
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget

from crm_desktop.domain.customers.phones import format_phone

_CONTEXT = "Formats"
# A count or a note after a label: "Deals (3)" in English, "商机（3）" with full-width brackets in Chinese.
_BRACKETED = QT_TRANSLATE_NOOP("Formats", "%1 (%2)")
_LABELLED = QT_TRANSLATE_NOOP("Formats", "%1: %2")  # "Status: Customer", "状态：客户"
_home_region = ["CN"]  # the phone region of Settings: its numbers are written the national way


def set_home_region(region: str) -> None:
    """Numbers of this region show in national form (010 6552 9988), others internationally (+1 212-555-0142)."""
    _home_region[0] = region or "CN"


@lru_cache(maxsize=8)
def _formats(locale_name: str) -> tuple[str, str]:
    locale = QLocale(locale_name)
    # The locale's short date with a four-digit year: en_US writes "M/d/yy", and "12/7/26" is ambiguous.
    day = re.sub(r"(?<!y)yy(?!y)", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))
    return day, locale.timeFormat(QLocale.FormatType.ShortFormat)


def date_format() -> str:
    """The date pattern of the user's locale (for QDateEdit.setDisplayFormat): "M/d/yyyy", "yyyy/M/d"."""
    return _formats(QLocale().name())[0]


def datetime_format() -> str:
    day, clock = _formats(QLocale().name())
    return f"{day} {clock}"


def localize_date_edits(root: QWidget) -> None:
    """Date and date-time editors under `root` (a form built from a .ui file, which can only name one fixed
    pattern) write their value as the lists do."""
    for edit in root.findChildren(QDateTimeEdit):
        if not isinstance(edit, QTimeEdit):
            edit.setDisplayFormat(date_format() if isinstance(edit, QDateEdit) else datetime_format())


def _moment(value: datetime | str) -> datetime:
    """A stored time (UTC, ISO text or datetime) in the device's time zone."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)  # the store's "…Z" text and any other ISO time
    return value.astimezone()


def date_text(value: date | datetime | str | None) -> str:
    """A calendar day: "7/1/2026" or "2026/7/1"; a time gives its local day. Unreadable text shows as stored."""
    if not value:
        return ""
    try:
        if isinstance(value, datetime) or (isinstance(value, str) and len(value) > 10):
            value = _moment(value).date()
        elif isinstance(value, str):
            value = date.fromisoformat(value)
    except ValueError:
        return str(value)
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def datetime_text(value: datetime | str | None) -> str:
    """A stored (UTC) time in the device's time zone: "7/1/2026 3:17 PM", "2026/7/1 15:17"."""
    if not value:
        return ""
    try:
        local = _moment(value)
    except ValueError:
        return str(value)
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, datetime_format())


def time_text(value: datetime | time | str | None) -> str:
    """The local time of day: "3:17 PM", "15:17"."""
    if not value:
        return ""
    if not isinstance(value, time):
        try:
            value = _moment(value).time()
        except ValueError:
            return str(value)
    return QLocale().toString(QTime(value.hour, value.minute), _formats(QLocale().name())[1])


def month_text(value: date | None) -> str:
    """A month: "Jul 2026", "2026年7月" (Babel's skeleton: Qt has no year-and-month format)."""
    if value is None:
        return ""
    return format_skeleton("yMMM", value, locale=_babel_locale())


def phone_text(stored: str | None, region: str | None = None) -> str:
    """National form for numbers of the home region, international for the rest; a value kept as typed as is."""
    return format_phone(stored, region or _home_region[0])


def number_text(value: int) -> str:
    """A whole number grouped the locale's way: 20,000."""
    return QLocale().toString(value)


def bracketed(text: str, note: str) -> str:
    """`note` after `text` in the language's brackets: "China (CN)", "中国（CN）"."""
    return QCoreApplication.translate(_CONTEXT, _BRACKETED).replace("%2", note).replace("%1", text)


def labelled(name: str, value: str) -> str:
    """A value after its name, with the language's colon: "Status: Customer", "状态：客户"."""
    return QCoreApplication.translate(_CONTEXT, _LABELLED).replace("%2", value).replace("%1", name)


def counted(text: str, count: int) -> str:
    """A label with its count: "Deals (3)", "商机（3）", "Service (1,204)"."""
    return bracketed(text, number_text(count))


def _babel_locale() -> Locale:
    try:
        return Locale.parse(QLocale().name())
    except (ValueError, UnknownLocaleError):  # the "C" locale
        return Locale.parse("en")


def region_name(code: str) -> str:
    """A country or region by its ISO code, in the user's language: "Germany", "德国"."""
    return _babel_locale().territories.get(code.upper(), code)
