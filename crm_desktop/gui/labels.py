"""Translated labels of stored codes (levels, statuses, sources, activity kinds)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUS = {
    "lead": QT_TRANSLATE_NOOP("Labels", "Lead"),
    "prospect": QT_TRANSLATE_NOOP("Labels", "Prospect"),
    "customer": QT_TRANSLATE_NOOP("Labels", "Customer"),
    "dormant": QT_TRANSLATE_NOOP("Labels", "Dormant"),
    "lost": QT_TRANSLATE_NOOP("Labels", "Lost"),
}
SOURCE = {
    "exhibition": QT_TRANSLATE_NOOP("Labels", "Exhibition"),
    "referral": QT_TRANSLATE_NOOP("Labels", "Referral"),
    "web": QT_TRANSLATE_NOOP("Labels", "Web"),
    "cold_call": QT_TRANSLATE_NOOP("Labels", "Cold call"),
    "campaign": QT_TRANSLATE_NOOP("Labels", "Campaign"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
KIND = {
    "call": QT_TRANSLATE_NOOP("Labels", "Call"),
    "visit": QT_TRANSLATE_NOOP("Labels", "Visit"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "task": QT_TRANSLATE_NOOP("Labels", "Task"),
}
LEVELS = ("A", "B", "C", "D")


def label(table: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    context = "DealLabels" if table is OPPORTUNITY_STATUS else "Labels"
    return QCoreApplication.translate(context, table[code]) if code in table else code


def translate_message(context: str, text: str) -> str:
    """Domain messages are English source strings marked with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate(context, text)

# Their own context: a lost deal (输单) is not a lost customer (流失).
OPPORTUNITY_STATUS = {
    "open": QT_TRANSLATE_NOOP("DealLabels", "Open"),
    "won": QT_TRANSLATE_NOOP("DealLabels", "Won"),
    "lost": QT_TRANSLATE_NOOP("DealLabels", "Lost"),
}
DOCUMENT_KIND = {
    "quote": QT_TRANSLATE_NOOP("Labels", "Quote"),
    "order": QT_TRANSLATE_NOOP("Labels", "Sales order"),
}
ORDER_STATUS = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
    "confirmed": QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    "shipped": QT_TRANSLATE_NOOP("Labels", "Shipped"),
    "paid": QT_TRANSLATE_NOOP("Labels", "Paid"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
# The action that moves a document into a status (button texts).
ORDER_ACTION = {
    "sent": QT_TRANSLATE_NOOP("Labels", "Mark as sent"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "Accept"),
    "declined": QT_TRANSLATE_NOOP("Labels", "Decline"),
    "confirmed": QT_TRANSLATE_NOOP("Labels", "Confirm (reserve stock)"),
    "shipped": QT_TRANSLATE_NOOP("Labels", "Ship"),
    "paid": QT_TRANSLATE_NOOP("Labels", "Mark as paid"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancel"),
}
