"""Validation and normalisation of account, contact and activity input before saving."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from enum import StrEnum
from typing import Any

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, REQUIRED, Collector, FieldError
from crm_desktop.domain.customers.emails import normalize_email
from crm_desktop.domain.customers.entities import AccountInput, ActivityInput, ContactInput
from crm_desktop.domain.customers.enums import AccountLevel, AccountSource, AccountStatus, ActivityKind
from crm_desktop.domain.customers.names import normalize_name, tidy
from crm_desktop.domain.customers.phones import normalize_phone

UNKNOWN_VALUE = QT_TRANSLATE_NOOP("Validation", "This value is not one of the choices.")
TAG_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Tags are at most 40 characters.")


def _optional(text: str | None) -> str | None:
    return tidy(text) or None


def _choice(value: str | None, allowed: type[StrEnum], field: str, required: bool = False) -> str | None:
    if not value:
        if required:
            raise FieldError(field, REQUIRED)
        return None
    if value not in {m.value for m in allowed}:
        raise FieldError(field, UNKNOWN_VALUE)
    return value


def _tags(tags: Iterable[str | None] | None) -> list[str] | None:
    cleaned = list(dict.fromkeys(t for t in (tidy(t) for t in tags or ()) if t))
    if any(len(t) > 40 for t in cleaned):
        raise FieldError("tags", TAG_TOO_LONG)
    return cleaned or None


def clean_account(data: AccountInput, region: str = "CN") -> dict[str, Any]:
    """Normalised column values of an account, or ValidationError naming every bad field."""
    out: dict[str, Any] = {k: _optional(v) if isinstance(v, str) else v for k, v in asdict(data).items()}
    c = Collector()
    out["name"] = c.check("name", normalize_name, data.name, "name")
    out["phone"] = c.check("phone", normalize_phone, data.phone, "phone", region)
    out["level"] = c.check("level", _choice, data.level, AccountLevel, "level")
    out["status"] = c.check("status", _choice, data.status, AccountStatus, "status", True)
    out["source"] = c.check("source", _choice, data.source, AccountSource, "source")
    out["tags"] = c.check("tags", _tags, data.tags)
    c.raise_if_any()
    return out


def clean_contact(data: ContactInput, region: str = "CN") -> dict[str, Any]:
    out: dict[str, Any] = {k: _optional(v) if isinstance(v, str) else v for k, v in asdict(data).items()}
    c = Collector()
    out["name"] = c.check("name", normalize_name, data.name, "name")
    out["mobile"] = c.check("mobile", normalize_phone, data.mobile, "mobile", region)
    out["phone"] = c.check("phone", normalize_phone, data.phone, "phone", region)
    out["email"] = c.check("email", normalize_email, data.email, "email")
    out["tags"] = c.check("tags", _tags, data.tags)
    c.raise_if_any()
    return out


def clean_activity(data: ActivityInput) -> dict[str, Any]:
    out: dict[str, Any] = {k: _optional(v) if isinstance(v, str) else v for k, v in asdict(data).items()}
    c = Collector()
    out["kind"] = c.check("kind", _choice, data.kind, ActivityKind, "kind", True)
    if not out.get("subject"):
        c.errors["subject"] = REQUIRED
    if not (data.account_id or data.contact_id or data.opportunity_id or data.ticket_id):
        c.errors["account_id"] = QT_TRANSLATE_NOOP(
            "Validation", "An activity belongs to an account, a contact or a deal."
        )
    c.raise_if_any()
    return out
