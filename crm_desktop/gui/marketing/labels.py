"""Translated labels of the marketing codes, and how the marketing tables write figures."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

CAMPAIGN_TYPE = {
    "email": QT_TRANSLATE_NOOP("MarketingLabels", "E-mail"),
    "sms": QT_TRANSLATE_NOOP("MarketingLabels", "SMS"),
    "event": QT_TRANSLATE_NOOP("MarketingLabels", "Event"),
    "exhibition": QT_TRANSLATE_NOOP("MarketingLabels", "Exhibition"),
    "webinar": QT_TRANSLATE_NOOP("MarketingLabels", "Webinar"),
    "ads": QT_TRANSLATE_NOOP("MarketingLabels", "Advertising"),
}
CAMPAIGN_STATUS = {
    "planned": QT_TRANSLATE_NOOP("MarketingLabels", "Planned"),
    "active": QT_TRANSLATE_NOOP("MarketingLabels", "Active"),
    "completed": QT_TRANSLATE_NOOP("MarketingLabels", "Completed"),
}
MEMBER_STATUS = {
    "targeted": QT_TRANSLATE_NOOP("MarketingLabels", "Targeted"),
    "sent": QT_TRANSLATE_NOOP("MarketingLabels", "Sent"),
    "responded": QT_TRANSLATE_NOOP("MarketingLabels", "Responded"),
    "converted": QT_TRANSLATE_NOOP("MarketingLabels", "Converted"),
}
SEGMENT_TARGET = {
    "contact": QT_TRANSLATE_NOOP("MarketingLabels", "Contacts"),
    "account": QT_TRANSLATE_NOOP("MarketingLabels", "Accounts"),
}
EMPTY = "—"  # a figure that cannot be worked out (no cost, nobody reached)


def marketing_label(table: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    return QCoreApplication.translate("MarketingLabels", table[code]) if code in table else code


def percent(value: float | None) -> str:
    """0.125 → "12.5 %"; None → the empty mark."""
    if value is None:
        return EMPTY
    return f"{QLocale().toString(value * 100, 'f', 1)} %"
