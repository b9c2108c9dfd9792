"""Visit check-ins, the rules the app and the server share: the canonical hash that chains a user's check-ins,
the chain's verification, and the plausibility doubts the server writes for the manager (never a refusal).

The hash (version 1) is the SHA-256, in lowercase hex, of the UTF-8 bytes of one JSON array, written with no
spaces (separators "," and ":"), non-ASCII characters as themselves:

    ["checkin-v1", id, activity_id, event, at, latitude, longitude, accuracy_m, position_source, place,
     photo_id, prev_hash]

where `at` is fixed-width UTC text (2024-01-31T12:00:00.000000Z, crm_protocol.values.to_iso), latitude and
longitude are text with 7 decimals ("31.2304000", about a centimetre), accuracy_m text with 1 decimal, and
a missing value is null. The owner, the times of the row's bookkeeping and the server's `doubt` are not
hashed: the server may write the doubt without breaking the chain.

Doubts are short codes, each with one whole number, kept in the record's `doubt` field as
"code:number;code:number" so the app shows them in the user's language (`format_doubts`, `parse_doubts`).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from crm_protocol.values import parse_moment, to_iso

HASH_VERSION = "checkin-v1"
HASH_FIELDS = ("id", "activity_id", "event", "at", "latitude", "longitude", "accuracy_m", "position_source",
               "place", "photo_id", "prev_hash")

IN, OUT = "in", "out"
DEVICE, ADDRESS, NONE = "device", "address", "none"  # position_source: measured, the customer's address, nothing

# Plausibility thresholds.
CLOCK_TOLERANCE = timedelta(minutes=10)  # device clock against the server's receipt time
MAX_SPEED_KMH = 300.0  # faster than a train between two measured check-ins: a doubt (a flight may be legit)
MIN_JUMP_KM = 1.0  # closer than this (after both accuracies) is never a speed doubt: the fix wanders
FAR_FROM_CUSTOMER_KM = 2.0

# Doubt codes (each carries one number).
CLOCK_AHEAD = "clock_ahead"  # minutes the check-in's time is ahead of the server's receipt
# Minutes the device's clock was off the server's when it sent the check-in (ahead +, behind -): known when the
# push carries the device's clock (`sent_at`), which every current app sends.
CLOCK_OFF = "clock_off"
# Minutes it arrived after its time, when the device's clock is not known: offline meanwhile, or the clock is behind.
LATE = "late"
BEFORE_PREVIOUS = "before_previous"  # minutes it is earlier than the user's previous check-in: the clock went back
SPEED = "speed"  # km/h needed since the user's previous measured check-in
OUT_BEFORE_IN = "out_before_in"  # minutes the check-out is earlier than the visit's check-in
FAR = "far"  # km from the customer's known position
CODES = (CLOCK_AHEAD, CLOCK_OFF, LATE, BEFORE_PREVIOUS, SPEED, OUT_BEFORE_IN, FAR)

# Chain breaks.
EDITED = "edited"  # the row no longer matches its own hash
# Its prev_hash names no check-in there is: the previous one was edited (and re-hashed) or removed.
MISSING_PREVIOUS = "missing_previous"


def _moment(value: Any) -> datetime:
    return value if isinstance(value, datetime) else parse_moment(str(value))


def _number(value: Any, decimals: int) -> str | None:
    return None if value is None else f"{float(value):.{decimals}f}"


def canonical_text(fields: Mapping[str, Any]) -> str:
    """The serialisation the hash is taken over (see the module's docstring). `fields` holds the check-in's
    values by name, as Python values or as the wire carries them."""
    at = fields.get("at")
    values = [
        HASH_VERSION, fields.get("id"), fields.get("activity_id"), fields.get("event"),
        None if at is None else to_iso(_moment(at)),
        _number(fields.get("latitude"), 7), _number(fields.get("longitude"), 7), _number(fields.get("accuracy_m"), 1),
        fields.get("position_source"), fields.get("place"), fields.get("photo_id"), fields.get("prev_hash"),
    ]
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def checkin_hash(fields: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_text(fields).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    record_id: str
    reason: str  # EDITED | MISSING_PREVIOUS


def verify_chain(records: Sequence[Mapping[str, Any]]) -> list[ChainBreak]:
    """The broken links among one user's check-ins (each a mapping with HASH_FIELDS and its stored `hash`):
    a row whose content no longer gives its stored hash (edited), and a row whose `prev_hash` is the hash of
    none of them (the previous one was edited and re-hashed, or removed). A chain may start anew (a new
    laptop: no prev_hash); that is no break."""
    stored = {r.get("hash") for r in records if r.get("hash")}
    breaks: list[ChainBreak] = []
    for r in records:
        if r.get("hash") != checkin_hash(r):
            breaks.append(ChainBreak(str(r.get("id")), EDITED))
        elif r.get("prev_hash") and r.get("prev_hash") not in stored:
            breaks.append(ChainBreak(str(r.get("id")), MISSING_PREVIOUS))
    return breaks


# --- plausibility ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Doubt:
    code: str
    number: int


@dataclass(frozen=True)
class Fix:
    """Where and when a check-in says it was."""

    at: datetime
    latitude: float | None = None
    longitude: float | None = None
    accuracy_m: float | None = None
    measured: bool = False  # the device's location service gave the position

    @classmethod
    def of(cls, fields: Mapping[str, Any]) -> Fix:
        lat, lon, acc = fields.get("latitude"), fields.get("longitude"), fields.get("accuracy_m")
        return cls(_moment(fields["at"]), None if lat is None else float(lat), None if lon is None else float(lon),
                   None if acc is None else float(acc),
                   fields.get("position_source") == DEVICE and lat is not None and lon is not None)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of the Earth's mean radius (good to 0.5 %)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _jump_km(a: Fix, b: Fix) -> float:
    """How far apart two measured fixes surely are: the distance less both accuracies."""
    assert a.latitude is not None and a.longitude is not None and b.latitude is not None and b.longitude is not None
    distance = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)
    return max(0.0, distance - ((a.accuracy_m or 0) + (b.accuracy_m or 0)) / 1000)


def _minutes(span: timedelta) -> int:
    return int(span.total_seconds() // 60)


def clock_doubts(at: datetime, received_at: datetime, clock_offset: timedelta | None = None) -> list[Doubt]:
    """The check-in's time against the server's clock. With the device's `clock_offset` known (its clock minus the
    server's when it sent the push), a check-in that arrives a day after it was made is an offline day, not a
    doubt: only a wrong clock is, and a time later than the push that carried it (set by hand)."""
    if clock_offset is not None:
        doubts = [Doubt(CLOCK_OFF, round(clock_offset.total_seconds() / 60))] if abs(clock_offset) > CLOCK_TOLERANCE \
            else []
        on_server_clock = at - clock_offset
        if on_server_clock - received_at > CLOCK_TOLERANCE:
            doubts.append(Doubt(CLOCK_AHEAD, _minutes(on_server_clock - received_at)))
        return doubts
    if at - received_at > CLOCK_TOLERANCE:
        return [Doubt(CLOCK_AHEAD, _minutes(at - received_at))]
    if received_at - at > CLOCK_TOLERANCE:
        return [Doubt(LATE, _minutes(received_at - at))]
    return []


def speed_doubts(fix: Fix, previous: Fix | None) -> list[Doubt]:
    """A journey too fast since the user's previous measured check-in (both measured, the previous earlier)."""
    if previous is None or fix.at < previous.at or not (fix.measured and previous.measured):
        return []
    km = _jump_km(fix, previous)
    if km < MIN_JUMP_KM:
        return []
    hours = max((fix.at - previous.at).total_seconds(), 60.0) / 3600  # at least a minute: no division by zero
    speed = km / hours
    return [Doubt(SPEED, round(speed))] if speed > MAX_SPEED_KMH else []


def plausibility(fields: Mapping[str, Any], *, received_at: datetime | None = None,
                 clock_offset: timedelta | None = None,
                 chained: Mapping[str, Any] | None = None, previous: Mapping[str, Any] | None = None,
                 checked_in_at: datetime | None = None,
                 known_position: tuple[float, float] | None = None) -> list[Doubt]:
    """The doubts about one check-in (`fields` as stored or pushed): its time against `received_at` (the
    server's clock when it arrived) and against `chained` (the check-in its prev_hash names: made before it,
    so a later time means the clock went back), the journey since `previous` (the same user's latest measured
    check-in before it), a check-out against its visit's `checked_in_at`, a measured position against the
    customer's `known_position`. Doubts, never refusals: a flight or a late sync is legitimate."""
    fix = Fix.of(fields)
    doubts = clock_doubts(fix.at, received_at, clock_offset) if received_at is not None else []
    if chained is not None and fix.at < _moment(chained["at"]):
        doubts.append(Doubt(BEFORE_PREVIOUS, max(1, _minutes(_moment(chained["at"]) - fix.at))))
    doubts += speed_doubts(fix, Fix.of(previous) if previous is not None else None)
    if fields.get("event") == OUT and checked_in_at is not None and fix.at < checked_in_at:
        doubts.append(Doubt(OUT_BEFORE_IN, max(1, _minutes(checked_in_at - fix.at))))
    if known_position is not None and fix.measured:
        known = Fix(fix.at, known_position[0], known_position[1], measured=True)
        km = _jump_km(fix, known)
        if km > FAR_FROM_CUSTOMER_KM:
            doubts.append(Doubt(FAR, round(km)))
    return doubts


def format_doubts(doubts: Iterable[Doubt]) -> str | None:
    """The `doubt` field's text ("speed:840;late:95"), None when there is none."""
    text = ";".join(f"{d.code}:{d.number}" for d in doubts)
    return text[:200] or None


def parse_doubts(text: str | None) -> list[Doubt]:
    """The doubts in a `doubt` field; an unknown or garbled part is kept with its code and 0 (shown as is)."""
    found: list[Doubt] = []
    for part in (text or "").split(";"):
        code, _, number = part.strip().partition(":")
        if code:
            found.append(Doubt(code, int(number) if number.lstrip("-").isdigit() else 0))
    return found
