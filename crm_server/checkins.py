"""Visit check-ins as they arrive: the plausibility doubts the server writes into a new check-in's `doubt` (the
device's clock against the server's, the journey since the user's previous check-in, a check-out before its
check-in, far from where the customer was measured before), never a refusal; and a check-in, once made, is
never changed by a device (crm_protocol.rules.checkins)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_protocol.checks import RejectionError
from crm_protocol.ids import utcnow
from crm_protocol.rules.checkins import DEVICE, IN, OUT, format_doubts, plausibility
from crm_protocol.values import parse_moment
from crm_server.models import Record

ENTITY = "checkin"
# Looked through for the previous check-ins: a user's own, newest first (a day holds a handful).
_LOOKBACK = 200


def refuse_change() -> None:
    """A check-in is inserted once: an edit or a delete from a device is refused (the chain would break)."""
    raise RejectionError("immutable: a check-in is never edited or deleted; check in again instead", "at")


def _fields(row: Record) -> dict[str, Any]:
    return {**row.data, "id": row.id}


class Arrival:
    """The doubts about one check-in of `user_id` that arrived at `received_at`."""

    def __init__(self, session: Session, user_id: str, received_at: datetime,
                 clock_offset: timedelta | None = None) -> None:
        self.session, self.user_id, self.received_at = session, user_id, received_at
        self.clock_offset = clock_offset  # the device's clock minus the server's, when the push said

    def doubt(self, record_id: str, data: dict[str, Any]) -> str | None:
        at = parse_moment(str(data["at"]))
        mine = self._checkins(exclude=record_id)
        chained = next((r for r in mine if data.get("prev_hash") and r.get("hash") == data["prev_hash"]), None)
        previous = next((r for r in mine if r.get("position_source") == DEVICE and r.get("latitude") is not None
                         and parse_moment(str(r["at"])) <= at), None)
        checked_in = None
        if data.get("event") == OUT:
            came = next((r for r in mine if r.get("activity_id") == data.get("activity_id")
                         and r.get("event") == IN), None)
            checked_in = parse_moment(str(came["at"])) if came is not None else None
        doubts = plausibility({**data, "id": record_id}, received_at=self.received_at,
                              clock_offset=self.clock_offset, chained=chained,
                              previous=previous, checked_in_at=checked_in,
                              known_position=self._customer_position(data, mine))
        return format_doubts(doubts)

    def _checkins(self, exclude: str) -> list[dict[str, Any]]:
        """The user's latest check-ins, newest first (their time is fixed-width UTC text: text order is time
        order). Check-ins are kept under their visit's scope keys, so the user's own are found by the author
        the device wrote."""
        query = (select(Record).where(Record.entity == ENTITY, Record.owner_id == self.user_id, Record.id != exclude,
                                      Record.data["owner_id"].as_string() == self.user_id)
                 .order_by(Record.data["at"].as_string().desc()).limit(_LOOKBACK))
        return [_fields(row) for row in self.session.scalars(query)]

    def _customer_position(self, data: dict[str, Any], mine: list[dict[str, Any]]) -> tuple[float, float] | None:
        """Where the user measured this visit's customer on another visit, latest first."""
        visit = self.session.get(Record, ("activity", data.get("activity_id")))
        account_id = visit.data.get("account_id") if visit is not None else None
        if not account_id:
            return None
        measured = [r for r in mine if r.get("position_source") == DEVICE and r.get("latitude") is not None
                    and r.get("activity_id") != data.get("activity_id")]
        if not measured:
            return None
        visits = {row.id: row.data.get("account_id") for row in self.session.scalars(select(Record).where(
            Record.entity == "activity", Record.id.in_({r["activity_id"] for r in measured})))}
        found = next((r for r in measured if visits.get(r["activity_id"]) == account_id), None)
        return (float(found["latitude"]), float(found["longitude"])) if found is not None else None


def on_arrival(session: Session, user_id: str, record_id: str, data: dict[str, Any],
               server_fields: dict[str, Any], sent_at: datetime | None = None) -> None:
    """A new check-in as the server keeps it: its author is whoever pushed it, and its `doubt` is the server's
    (what a device sent there is replaced); both go back to the device with the outcome and to every laptop
    that sees it with the change log."""
    if data.get("owner_id") != user_id:
        data["owner_id"] = server_fields["owner_id"] = user_id
    received_at = utcnow()
    offset = sent_at - received_at if sent_at is not None else None
    doubt = Arrival(session, user_id, received_at, offset).doubt(record_id, data)
    if doubt is not None or "doubt" in data:
        data["doubt"] = server_fields["doubt"] = doubt
