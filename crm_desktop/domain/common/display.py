"""Text for showing stored values: local times of UTC timestamps, dates, phone numbers."""

from __future__ import annotations

from datetime import date, datetime

from crm_desktop.domain.common.ids import from_iso
from crm_desktop.domain.customers.phones import format_phone


def local_time_text(value: datetime | str | None) -> str:
    """'2026-11-25 14:02' in the device's time zone (stored times are UTC)."""
    if not value:
        return ""
    moment = from_iso(value) if isinstance(value, str) else value
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def date_text(value: date | str | None) -> str:
    if not value:
        return ""
    return value if isinstance(value, str) else value.isoformat()


def phone_text(e164: str | None, home_region: str = "CN") -> str:
    return format_phone(e164, home_region)
