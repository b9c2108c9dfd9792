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
    context = _CONTEXT.get(id(table), "Labels")
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
# The shipped stages by their key (data/sales/pipeline_stages.json), for where a key is shown (the audit log).
STAGE_KEY = {
    "lead": QT_TRANSLATE_NOOP("DealLabels", "New lead"),
    "qualified": QT_TRANSLATE_NOOP("DealLabels", "Qualified"),
    "proposal": QT_TRANSLATE_NOOP("DealLabels", "Proposal"),
    "negotiation": QT_TRANSLATE_NOOP("DealLabels", "Negotiation"),
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

# Tickets have their own context: a ticket's "New" or "Closed" reads differently in Chinese.
TICKET_TYPE = {
    "complaint": QT_TRANSLATE_NOOP("TicketLabels", "Complaint"),
    "service_request": QT_TRANSLATE_NOOP("TicketLabels", "Service request"),
    "inquiry": QT_TRANSLATE_NOOP("TicketLabels", "Inquiry"),
    "fault": QT_TRANSLATE_NOOP("TicketLabels", "Fault"),
    "return": QT_TRANSLATE_NOOP("TicketLabels", "Return"),
}
TICKET_CHANNEL = {
    "phone": QT_TRANSLATE_NOOP("TicketLabels", "Phone"),
    "email": QT_TRANSLATE_NOOP("TicketLabels", "E-mail"),
    "visit": QT_TRANSLATE_NOOP("TicketLabels", "Visit"),
    "wechat": QT_TRANSLATE_NOOP("TicketLabels", "WeChat"),
    "web": QT_TRANSLATE_NOOP("TicketLabels", "Web"),
}
TICKET_PRIORITY = {
    "low": QT_TRANSLATE_NOOP("TicketLabels", "Low"),
    "normal": QT_TRANSLATE_NOOP("TicketLabels", "Normal"),
    "high": QT_TRANSLATE_NOOP("TicketLabels", "High"),
    "urgent": QT_TRANSLATE_NOOP("TicketLabels", "Urgent"),
}
TICKET_STATUS = {
    "new": QT_TRANSLATE_NOOP("TicketLabels", "New"),
    "assigned": QT_TRANSLATE_NOOP("TicketLabels", "Assigned"),
    "in_progress": QT_TRANSLATE_NOOP("TicketLabels", "In progress"),
    "waiting": QT_TRANSLATE_NOOP("TicketLabels", "Waiting on customer"),
    "resolved": QT_TRANSLATE_NOOP("TicketLabels", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("TicketLabels", "Closed"),
}
# The SLA state of a ticket now (queue column and the dialog's SLA line).
TICKET_SLA = {
    "ok": QT_TRANSLATE_NOOP("TicketLabels", "On time"),
    "soon": QT_TRANSLATE_NOOP("TicketLabels", "Breaching soon"),
    "breached": QT_TRANSLATE_NOOP("TicketLabels", "Breached"),
    "paused": QT_TRANSLATE_NOOP("TicketLabels", "Clock paused"),
    "met": QT_TRANSLATE_NOOP("TicketLabels", "Met"),
}
# The action that moves a ticket into a status (button texts); from resolved or closed it is a reopen.
TICKET_ACTION = {
    "assigned": QT_TRANSLATE_NOOP("TicketLabels", "Assign"),
    "in_progress": QT_TRANSLATE_NOOP("TicketLabels", "Start work"),
    "waiting": QT_TRANSLATE_NOOP("TicketLabels", "Wait for customer"),
    "resolved": QT_TRANSLATE_NOOP("TicketLabels", "Resolve…"),
    "closed": QT_TRANSLATE_NOOP("TicketLabels", "Close"),
    "reopen": QT_TRANSLATE_NOOP("TicketLabels", "Reopen"),
}
_CONTEXT = {id(OPPORTUNITY_STATUS): "DealLabels", id(STAGE_KEY): "DealLabels",
            **{id(t): "TicketLabels" for t in (TICKET_TYPE, TICKET_CHANNEL, TICKET_PRIORITY, TICKET_STATUS,
                                                  TICKET_SLA, TICKET_ACTION)}}
