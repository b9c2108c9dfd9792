"""Activities on the wire: calls, visits, meetings, e-mails, notes and tasks, and the check-ins of visits."""

from __future__ import annotations

from crm_protocol.fields import day, flag, integer, moment, real, synced_entity, text

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
    # The calendar's slot: occurred_at (or due_at for an open task) is the start, ends_at the end.
    moment("ends_at"),
    # Minutes before the start (or due time) that the reminder is raised; null = the user's default.
    integer("remind_minutes"),
    # A visit's check-in and check-out as its summary; each event is also a `checkin` record.
    moment("checked_in_at"),
    moment("checked_out_at"),
)

# One check-in or check-out of a visit: inserted once, never edited (an edit breaks the hash chain).
CHECKIN = synced_entity(
    "checkin",
    text("activity_id", 36, required=True),
    text("event", 8, required=True),  # in | out
    moment("at", null=False),  # the device's clock when it happened
    real("latitude"),  # WGS-84, as the device's location service gives it
    real("longitude"),
    real("accuracy_m"),
    text("position_source", 16),  # device | address (not measured) | none
    text("place", 200),
    text("photo_id", 36),  # an attachment
    text("prev_hash", 64),  # the hash of this device's previous check-in: the chain
    text("hash", 64),
    # Written by the server when the check-in arrives (device clock far from the server's, implausible
    # speed since the previous one): a doubt for the manager, never a refusal.
    text("doubt", 200),
)

ACTIVITIES = (ACTIVITY, CHECKIN)
