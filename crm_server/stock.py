"""Stock moves for a reason: an order's reservation, release or shipment, or a manager's adjustment.

Stock counters change only through `increment` mutations (concurrent reservations add up), and each
carries its cause. The server checks the cause when it applies the increment: an order's cause must
come with that order's status change in the same user action and match its lines; an adjustment is
for managers and admins and needs a reason. No increment takes a counter below zero.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_server.models import Record
from crm_server.scopes import Viewer
from crm_server.wire_values import RejectionError, WireError, check_text

# cause kind -> the counters it moves and the sign of each move
MOVES: dict[str, dict[str, int]] = {
    "reserve": {"stock_reserved": 1},
    "release": {"stock_reserved": -1},
    "ship": {"stock_on_hand": -1, "stock_reserved": -1},
    "adjust": {"stock_on_hand": 0},  # either way
}
# An order's cause comes with the order entering this status in the same action.
ORDER_STATUS = {"reserve": "confirmed", "release": "cancelled", "ship": "shipped"}
MAX_REASON = 200


def read_cause(m) -> dict | None:
    """The mutation's cause in canonical form; WireError for one no correct client sends."""
    cause = m.cause
    if cause is None:
        return None
    if m.op != "increment":
        raise WireError("cause_without_increment", seq=m.seq)
    if not isinstance(cause, dict) or cause.get("kind") not in MOVES:
        raise WireError("unknown_cause", seq=m.seq, expected=sorted(MOVES))
    kind = cause["kind"]
    if kind in ORDER_STATUS:
        order_id = cause.get("order_id")
        if not isinstance(order_id, str) or not 0 < len(order_id) <= 36:
            raise WireError("cause_needs_order", seq=m.seq)
        return {"kind": kind, "order_id": order_id}
    reason = cause.get("reason", "")
    if not isinstance(reason, str):
        raise WireError("wrong_type", seq=m.seq, field="cause.reason", expected="str")
    try:
        check_text(reason)
    except ValueError:
        raise WireError("invalid_text", seq=m.seq, field="cause.reason") from None
    return {"kind": kind, "reason": reason.strip()[:MAX_REASON]}


def check_move(viewer: Viewer, cause: dict | None, deltas: dict[str, Decimal]) -> None:
    """RejectionError unless `cause` allows `viewer` to move the counters by `deltas`."""
    if cause is None:
        raise RejectionError("forbidden: stock moves only through orders, or a manager's adjustment with a reason")
    moves = MOVES[cause["kind"]]
    if set(deltas) != set(moves):
        raise RejectionError(f"a {cause['kind']} moves {', '.join(sorted(moves))} only")
    for name, sign in moves.items():
        if sign and deltas[name] * sign <= 0:
            raise RejectionError(f"a {cause['kind']} cannot move {name} that way", name)
    if cause["kind"] == "ship" and deltas["stock_on_hand"] != deltas["stock_reserved"]:
        raise RejectionError("a shipment takes the same quantity off hand and off the reservation")
    if cause["kind"] == "adjust":
        if viewer.role not in ("manager", "admin"):
            raise RejectionError("forbidden: only managers and admins adjust stock")
        if not cause["reason"]:
            raise RejectionError("a stock adjustment needs a reason", "reason")


def check_not_negative(values: dict[str, str]) -> None:
    for name, value in values.items():
        if Decimal(value) < 0:
            raise RejectionError("stock cannot go below zero", name)


def check_order(session: Session, product_id: str, cause: dict, deltas: dict[str, Decimal],
                statuses: dict[str, str]) -> None:
    """An order's cause, once its user action is applied: the order entered the matching status in
    that action (`statuses`: order id -> status set by it), and the quantity is its lines' quantity
    of this product."""
    order_id, wanted = cause["order_id"], ORDER_STATUS[cause["kind"]]
    if statuses.get(order_id) != wanted:
        raise RejectionError(f"forbidden: a {cause['kind']} comes with its order becoming {wanted} in the same action")
    lines = session.scalars(select(Record).where(Record.entity == "sales_order_line", Record.parent_id == order_id,
                                                 Record.deleted_at.is_(None)))
    ordered = sum((Decimal(line.data.get("quantity") or "0") for line in lines
                   if line.data.get("product_id") == product_id), Decimal(0))
    if ordered != abs(next(iter(deltas.values()))):
        raise RejectionError(f"the {cause['kind']} does not match the order's lines of this product")
