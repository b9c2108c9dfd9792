"""Service on the wire: tickets and the events of their history."""

from __future__ import annotations

from crm_protocol.fields import flag, integer, moment, synced_entity, text

TICKET = synced_entity(
    "ticket",
    text("number", 20, required=True),
    flag("number_provisional"),
    text("type", 16, required=True),
    text("channel", 8, required=True),
    text("priority", 8, null=False),
    text("status", 12, null=False),
    text("subject", 200, required=True),
    text("description"),
    text("account_id", 36),
    text("contact_id", 36),
    text("assignee_id", 36),
    moment("first_response_due_at", required=True),
    moment("resolution_due_at", required=True),
    moment("first_response_at"),
    moment("resolved_at"),
    moment("closed_at"),
    moment("sla_paused_at"),
    integer("sla_paused_seconds", null=False),
    flag("sla_breached"),
    text("resolution"),
    integer("satisfaction_score"),
    text("satisfaction_comment"),
    moment("satisfaction_at"),
    guarded=["status", "assignee_id", "priority"],
)
TICKET_EVENT = synced_entity(
    "ticket_event",
    text("ticket_id", 36, required=True),
    text("kind", 16, required=True),
    text("from_value", 36),
    text("to_value", 36),
    text("body"),
    text("author_id", 36),
)

SERVICE = (TICKET, TICKET_EVENT)
