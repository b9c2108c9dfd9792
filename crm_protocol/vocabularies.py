"""Closed vocabularies: the values a field may carry (stored and sent as their string values)."""

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


class OpportunityStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class DocumentKind(StrEnum):
    QUOTE = "quote"
    ORDER = "order"


class OrderStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"            # quotes only
    ACCEPTED = "accepted"    # quotes only: turned into an order
    DECLINED = "declined"    # quotes only
    CONFIRMED = "confirmed"  # orders: stock reserved
    SHIPPED = "shipped"
    PAID = "paid"
    CANCELLED = "cancelled"


class TicketType(StrEnum):
    COMPLAINT = "complaint"
    SERVICE_REQUEST = "service_request"
    INQUIRY = "inquiry"
    FAULT = "fault"
    RETURN = "return"


class TicketChannel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    VISIT = "visit"
    WECHAT = "wechat"
    WEB = "web"


class TicketPriority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class TicketStatus(StrEnum):
    NEW = "new"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"        # on the customer: the resolution clock stops
    RESOLVED = "resolved"
    CLOSED = "closed"


class TicketEventKind(StrEnum):
    CREATED = "created"
    STATUS = "status"
    ASSIGNED = "assigned"
    PRIORITY = "priority"
    COMMENT = "comment"
    SATISFACTION = "satisfaction"
    ACTIVITY = "activity"      # shown in the history only: an activity logged for the ticket


# The fields that carry one of these vocabularies: the server refuses any other value.
CHOICES: dict[tuple[str, str], type[StrEnum]] = {
    ("account", "level"): AccountLevel,
    ("account", "status"): AccountStatus,
    ("account", "source"): AccountSource,
    ("activity", "kind"): ActivityKind,
    ("opportunity", "status"): OpportunityStatus,
    ("opportunity", "source"): AccountSource,
    ("sales_order", "kind"): DocumentKind,
    ("sales_order", "status"): OrderStatus,
    ("ticket", "type"): TicketType,
    ("ticket", "channel"): TicketChannel,
    ("ticket", "priority"): TicketPriority,
    ("ticket", "status"): TicketStatus,
    ("ticket_event", "kind"): TicketEventKind,
}
