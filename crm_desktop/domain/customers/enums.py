"""Closed vocabularies of the CRM (stored as their string values); defined with the wire protocol, which
the server checks pushed records against."""

from __future__ import annotations

from crm_protocol.vocabularies import (
    AccountLevel,
    AccountSource,
    AccountStatus,
    ActivityKind,
    DocumentKind,
    EntityKind,
    OpportunityStatus,
    OrderStatus,
    TicketChannel,
    TicketEventKind,
    TicketPriority,
    TicketStatus,
    TicketType,
    UserRole,
)

__all__ = ["AccountLevel", "AccountSource", "AccountStatus", "ActivityKind", "DocumentKind", "EntityKind",
           "OpportunityStatus", "OrderStatus", "TicketChannel", "TicketEventKind", "TicketPriority", "TicketStatus",
           "TicketType", "UserRole"]
