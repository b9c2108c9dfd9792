"""Marketing on the wire: segments, e-mail templates, campaigns and their members."""

from __future__ import annotations

from crm_protocol.fields import day, decimal, json, moment, synced_entity, text

SEGMENT = synced_entity(
    "segment",
    text("name", 120, required=True),
    text("target", 8, null=False),
    json("definition", required=True),
    text("description"),
)
EMAIL_TEMPLATE = synced_entity(
    "email_template",
    text("name", 120, required=True),
    text("subject", 200, required=True),
    text("body", required=True),
)
CAMPAIGN = synced_entity(
    "campaign",
    text("name", 200, required=True),
    text("type", 16, null=False),
    text("status", 12, null=False),
    day("start_date"),
    day("end_date"),
    text("currency", 3, null=False),
    decimal("budget", 2, null=False),
    decimal("actual_cost", 2, null=False),
    decimal("expected_revenue", 2, null=False),
    text("segment_id", 36),
    text("template_id", 36),
    moment("launched_at"),
    text("description"),
)
CAMPAIGN_MEMBER = synced_entity(
    "campaign_member",
    text("campaign_id", 36, required=True),
    text("contact_id", 36, required=True),
    text("status", 12, null=False),
    moment("sent_at"),
    moment("responded_at"),
    moment("converted_at"),
)

MARKETING = (SEGMENT, EMAIL_TEMPLATE, CAMPAIGN, CAMPAIGN_MEMBER)
