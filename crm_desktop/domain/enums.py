"""Closed vocabularies of the customers module (stored as their string values)."""

from __future__ import annotations

from enum import StrEnum


class AccountLevel(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"


class AccountStatus(StrEnum):
    LEAD = "lead"
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    DORMANT = "dormant"
    LOST = "lost"


class AccountSource(StrEnum):
    EXHIBITION = "exhibition"
    REFERRAL = "referral"
    WEB = "web"
    COLD_CALL = "cold_call"
    CAMPAIGN = "campaign"
    OTHER = "other"


class ActivityKind(StrEnum):
    CALL = "call"
    VISIT = "visit"
    MEETING = "meeting"
    EMAIL = "email"
    NOTE = "note"
    TASK = "task"


class UserRole(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    REP = "rep"


class EntityKind(StrEnum):
    ACCOUNT = "account"
    CONTACT = "contact"
