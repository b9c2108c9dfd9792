"""Activities on the wire: calls, visits, meetings, e-mails, notes and tasks."""

from __future__ import annotations

from crm_protocol.fields import day, flag, moment, real, synced_entity, text

ACTIVITY = synced_entity(
    "activity",
    text("kind", 16, required=True),
    text("subject", 200, required=True),
    text("body"),
    moment("occurred_at", null=False),
    moment("due_at"),
    flag("done"),
    text("outcome", 200),
    text("account_id", 36),
    text("contact_id", 36),
    text("opportunity_id", 36),
    text("ticket_id", 36),
    text("place", 200),
    real("latitude"),
    real("longitude"),
    day("next_followup_on"),
)

ACTIVITIES = (ACTIVITY,)
