"""Customers on the wire: accounts, their contacts, and the tags both carry."""

from __future__ import annotations

from crm_protocol.fields import day, flag, json, moment, synced_entity, text

ACCOUNT = synced_entity(
    "account",
    text("name", 120, required=True),
    text("short_name", 60),
    text("industry", 60),
    text("level", 1),
    text("status", 16, null=False),
    text("source", 16),
    text("phone", 32),
    text("website", 200),
    text("country", 60),
    text("province", 60),
    text("city", 60),
    text("district", 60),
    text("street", 200),
    json("tags"),
    text("notes"),
    moment("last_activity_at"),
    day("next_followup_at"),
    flag("in_pool"),
    text("merged_into_id", 36),
    text("postal_code", 20),
    json("custom_fields"),
    json("review"),
    moment("original_created_at"),
    guarded=["owner_id"],
)
CONTACT = synced_entity(
    "contact",
    text("account_id", 36),
    text("name", 120, required=True),
    text("title", 80),
    text("department", 80),
    text("mobile", 32),
    text("phone", 32),
    json("phones"),
    text("email", 254),
    json("emails"),
    text("wechat", 64),
    day("birthday"),
    text("source", 80),
    text("lifecycle", 60),
    text("country", 60),
    text("province", 60),
    text("city", 60),
    text("district", 60),
    text("street", 200),
    text("postal_code", 20),
    json("custom_fields"),
    json("review"),
    moment("original_created_at"),
    json("tags"),
    text("notes"),
    flag("is_primary"),
    moment("last_activity_at"),
    day("next_followup_at"),
    text("merged_into_id", 36),
    flag("do_not_contact"),
    flag("unsubscribed"),
)
TAG = synced_entity(
    "tag",
    text("name", 40, required=True),
    text("color", 9),
)

CUSTOMERS = (ACCOUNT, CONTACT, TAG)
