"""Plain data of visit check-ins: a measured position, what a check-in or check-out recorded, the manager's list
and the chain's state."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from crm_protocol.rules.checkins import ChainBreak, Doubt

VISIT = "visit"


@dataclass(frozen=True)
class Position:
    """A fix from the computer's location service: WGS-84 degrees, the radius it is good to in metres."""

    latitude: float
    longitude: float
    accuracy_m: float | None = None
    at: datetime | None = None  # when the service measured it (UTC)


def address_text(*parts: str | None) -> str:
    """A customer's address on one line, largest part first (province, city, district, street), as people in
    China write it; empty parts are skipped, and a part repeated by the next one (直辖市: 上海市 上海市) once."""
    kept: list[str] = []
    for part in parts:
        text = (part or "").strip()
        if text and (not kept or kept[-1] != text):
            kept.append(text)
    return " ".join(kept)


@dataclass(frozen=True)
class CheckInData:
    id: str
    activity_id: str
    event: str  # in | out
    at: datetime
    latitude: float | None
    longitude: float | None
    accuracy_m: float | None
    position_source: str  # device | address | none
    place: str | None
    photo_id: str | None
    hash: str
    doubts: tuple[Doubt, ...] = ()  # what the server doubted (none until it has seen the check-in)
    duration: timedelta | None = None  # a check-out: since the visit's check-in


@dataclass(frozen=True)
class VisitTarget:
    """What the check-in dialog shows before the rep checks in: the visit (or a new one), the customer and
    the address used when no position is measured."""

    activity_id: str | None
    subject: str
    customer: str
    address: str
    account_id: str | None = None
    contact_id: str | None = None
    checked_in_at: datetime | None = None
    checked_out_at: datetime | None = None


@dataclass(frozen=True)
class CheckInRow:
    """One line of the managers' list of check-ins."""

    id: str
    at: datetime
    event: str
    user: str
    subject: str
    customer: str
    position_source: str
    latitude: float | None
    longitude: float | None
    accuracy_m: float | None
    place: str | None
    doubts: tuple[Doubt, ...]
    broken: str | None = None  # how its chain is broken (crm_protocol.rules.checkins), None when intact
    activity_id: str = ""
    open_visit: bool = False  # a check-in of this laptop's user whose visit is not checked out yet


@dataclass(frozen=True)
class ChainReport:
    checked: int
    breaks: tuple[ChainBreak, ...] = field(default_factory=tuple)

    @property
    def intact(self) -> bool:
        return not self.breaks
