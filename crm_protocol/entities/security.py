"""Security on the wire: the users records name (owners, assignees); only the server writes them."""

from __future__ import annotations

from crm_protocol.fields import flag, synced_entity, text

USER = synced_entity(
    "user",
    text("username", 60, required=True),
    text("display_name", 120, required=True),
    text("role", 16, null=False),
    text("team", 60),
    flag("is_device_user"),
    pushable=False,
)

SECURITY = (USER,)
