"""Status flows: which status an order, a quote or a ticket may move to from the one it has."""

from __future__ import annotations

from crm_protocol.rules.errors import TransitionError
from crm_protocol.vocabularies import DocumentKind, OrderStatus, TicketStatus

_ORDER_FLOW = {
    OrderStatus.DRAFT: {OrderStatus.CONFIRMED, OrderStatus.CANCELLED},
    OrderStatus.CONFIRMED: {OrderStatus.SHIPPED, OrderStatus.CANCELLED},
    OrderStatus.SHIPPED: {OrderStatus.PAID},
}
_QUOTE_FLOW = {
    OrderStatus.DRAFT: {OrderStatus.SENT, OrderStatus.ACCEPTED, OrderStatus.DECLINED, OrderStatus.CANCELLED},
    OrderStatus.SENT: {OrderStatus.ACCEPTED, OrderStatus.DECLINED, OrderStatus.CANCELLED},
}


def next_order_statuses(kind: str, status: str) -> set[str]:
    """Where an order (or a quote, `kind`) in `status` may go."""
    flow = _QUOTE_FLOW if kind == DocumentKind.QUOTE else _ORDER_FLOW
    return {str(s) for s in flow.get(OrderStatus(status), set())}


def check_order_transition(kind: str, current: str, wanted: str) -> None:
    if wanted not in next_order_statuses(kind, current):
        raise TransitionError(current, wanted)


S = TicketStatus
TICKET_FLOW: dict[str, frozenset[str]] = {
    S.NEW: frozenset({S.ASSIGNED, S.IN_PROGRESS}),
    S.ASSIGNED: frozenset({S.IN_PROGRESS}),
    S.IN_PROGRESS: frozenset({S.WAITING, S.RESOLVED}),
    S.WAITING: frozenset({S.IN_PROGRESS, S.RESOLVED}),
    # Back to in progress from resolved or closed is a reopen.
    S.RESOLVED: frozenset({S.CLOSED, S.IN_PROGRESS}),
    S.CLOSED: frozenset({S.IN_PROGRESS}),
}


def check_ticket_transition(current: str, wanted: str) -> None:
    if wanted not in TICKET_FLOW.get(current, frozenset()):
        raise TransitionError(current, wanted)
