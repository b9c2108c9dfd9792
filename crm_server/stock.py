"""Stock moves for a reason: an order's reservation, release or shipment, or a manager's adjustment.

Stock counters change only through `increment` mutations (concurrent reservations add up), and each
carries its cause. The server checks the cause when it applies the increment: an order's cause must
come with that order's status change in the same user action and match its lines; an adjustment is
for managers and admins and needs a reason. No increment takes a counter below zero.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_protocol.checks import RejectionError, WireError, check_text
from crm_protocol.envelope import ID_LENGTH, StockCause
from crm_protocol.outcomes import ADJUST, INCREMENT, RELEASE, RESERVE, SHIP
from crm_server.models import Record
from crm_server.scopes import Viewer

if TYPE_CHECKING:
    from crm_server.mutations import MutationIn

# cause kind -> the counters it moves and the sign of each move
MOVES: dict[str, dict[str, int]] = {
    RESERVE: {"stock_reserved": 1},
    RELEASE: {"stock_reserved": -1},
    SHIP: {"stock_on_hand": -1, "stock_reserved": -1},
    ADJUST: {"stock_on_hand": 0},  # either way
}
# An order's cause comes with the order moving from this status to that one in the same action, and
# such a move of an order comes with its stock moves: (from, to) -> the cause it takes.
ORDER_STATUS = {RESERVE: "confirmed", RELEASE: "cancelled", SHIP: "shipped"}
ORDER_MOVES: dict[tuple[str | None, str], str] = {
    ("draft", "confirmed"): RESERVE, ("confirmed", "cancelled"): RELEASE, ("confirmed", "shipped"): SHIP}
MAX_REASON = 200


def read_cause(m: MutationIn) -> StockCause | None:
    """The mutation's cause in canonical form; WireError for one no correct client sends."""
    cause = m.cause
    if cause is None:
        return None
    if m.op != INCREMENT:
        raise WireError("cause_without_increment", seq=m.seq)
    if not isinstance(cause, dict) or not isinstance(cause.get("kind"), str) or cause["kind"] not in MOVES:
        raise WireError("unknown_cause", seq=m.seq, expected=sorted(MOVES))
    kind = cause["kind"]
    if kind in ORDER_STATUS:
        order_id = cause.get("order_id")
        if not isinstance(order_id, str) or not 0 < len(order_id) <= ID_LENGTH:
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


def check_move(viewer: Viewer, cause: StockCause | None, deltas: dict[str, Decimal]) -> None:
    """RejectionError unless `cause` allows `viewer` to move the counters by `deltas`."""
    if cause is None:
        raise RejectionError("forbidden: stock moves only through orders, or a manager's adjustment with a reason")
    moves = MOVES[cause["kind"]]
    if set(deltas) != set(moves):
        raise RejectionError(f"a {cause['kind']} moves {', '.join(sorted(moves))} only")
    for name, sign in moves.items():
        if sign and deltas[name] * sign <= 0:
            raise RejectionError(f"a {cause['kind']} cannot move {name} that way", name)
    if cause["kind"] == SHIP and deltas["stock_on_hand"] != deltas["stock_reserved"]:
        raise RejectionError("a shipment takes the same quantity off hand and off the reservation")
    if cause["kind"] == ADJUST:
        if viewer.role not in ("manager", "admin"):
            raise RejectionError("forbidden: only managers and admins adjust stock")
        if not cause["reason"]:
            raise RejectionError("a stock adjustment needs a reason", "reason")


def check_not_negative(values: dict[str, str]) -> None:
    for name, value in values.items():
        if Decimal(value) < 0:
            raise RejectionError("stock cannot go below zero", name)


def check_order(session: Session, product_id: str, cause: StockCause, deltas: dict[str, Decimal],
                statuses: dict[str, tuple[str | None, str]]) -> None:
    """An order's cause, once its user action is applied: the order made the matching move in that
    action (`statuses`: order id -> (status before, status after) of the moves the action made), and
    the quantity is its lines' quantity of this product."""
    moved = statuses.get(cause["order_id"])
    if moved is None or ORDER_MOVES.get(moved) != cause["kind"]:
        wanted = ORDER_STATUS[cause["kind"]]
        raise RejectionError(f"forbidden: a {cause['kind']} comes with its order becoming {wanted} in the same action")
    if ordered(session, cause["order_id"]).get(product_id, Decimal(0)) != abs(next(iter(deltas.values()))):
        raise RejectionError(f"the {cause['kind']} does not match the order's lines of this product")


def check_moves_of(session: Session, order_id: str, kind: str, moved: dict[str, Decimal]) -> None:
    """An order confirmed, shipped or cancelled in an action whose stock moves (`moved`: product id ->
    quantity moved for this order) do not cover its lines is refused: it would leave stock wrong."""
    if ordered(session, order_id) != {product: amount for product, amount in moved.items() if amount}:
        raise RejectionError(f"the order's {kind} of stock is missing from the same action", "status")


def ordered(session: Session, order_id: str) -> dict[str, Decimal]:
    """The order's live lines: product id -> quantity."""
    lines = session.scalars(select(Record).where(Record.entity == "sales_order_line", Record.parent_id == order_id,
                                                 Record.deleted_at.is_(None)))
    total: dict[str, Decimal] = {}
    for line in lines:
        product = line.data.get("product_id")
        if product:
            total[product] = total.get(product, Decimal(0)) + Decimal(line.data.get("quantity") or "0")
    return {product: amount for product, amount in total.items() if amount}
