"""E-mail addresses: syntax check with email-validator, stored lower-cased (the server checks them alike)."""

from __future__ import annotations

from crm_protocol.rules.emails import INVALID_EMAIL, normalize_email

__all__ = ["INVALID_EMAIL", "normalize_email"]
