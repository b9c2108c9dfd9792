"""A day's route: my visits (and meetings with a place) of a day with their customer's address read into province,
city and district, ordered to shorten the way; its times applied (undoable), and written as .ics or QR codes."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from crm_desktop.controllers.calendar.controller import CalendarController
from crm_desktop.controllers.shell.files import write_whole
from crm_desktop.domain.calendar.entities import Slot
from crm_desktop.domain.route import export, plan
from crm_desktop.domain.route.address import Address, compose, is_chinese, parse_many
from crm_desktop.domain.route.geo import DEVICE, EARLIER, UNKNOWN, Point, valid_point
from crm_desktop.domain.route.plan import DayRoute, RouteStop
from crm_desktop.store.database import Store
from crm_desktop.store.unit_of_work import UnitOfWork

QR_SCALE = 6  # pixels a module in a written PNG: a code of version 20 is about 600 px wide with its border


@dataclass(frozen=True)
class StopTime:
    """When one stop's activity starts and ends: what applying an order writes, and what its undo puts back."""

    activity_id: str
    starts_at: datetime
    ends_at: datetime | None


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


def _parts(row: Sequence[Any], first: int) -> tuple[str | None, list[str | None]]:
    """(country, [province, city, district, street]) of the columns from `first`."""
    return row[first], [row[first + 1], row[first + 2], row[first + 3], row[first + 4]]


def _customer_text(row: Sequence[Any]) -> tuple[str, str | None]:
    """The customer's address as one line and its country: the account's, else the contact's own."""
    for first in (13, 18):
        country, parts = _parts(row, first)
        if any(p and p.strip() for p in parts):
            text = compose(parts)
            chinese = is_chinese(text, country)
            if country and not chinese and country.strip() not in text:
                text = f"{text}, {country.strip()}"
            return text, country
    return "", None


def parse_start(text: str | None) -> tuple[Address | None, Point | None]:
    """Where the day starts: "lat, lon" (WGS-84 degrees) or an address (its district's centre)."""
    if not text or not text.strip():
        return None, None
    pieces = [p.strip() for p in text.replace("，", ",").split(",")]
    if len(pieces) == 2:
        try:
            point = valid_point(float(pieces[0]), float(pieces[1]))
        except ValueError:
            point = None
        if point is not None:
            return Address(text.strip(), centre=point, centre_level=DEVICE), point
    address = parse_many([text])[0]
    return address, address.centre


class RouteController:
    def __init__(self, store: Store) -> None:
        self.store = store

    def day(self, day: date | None = None, start: str | None = None, user_id: str | None = None) -> DayRoute:
        """The day's stops in time order with their addresses read (cpca loads here on first use: call it off the
        GUI thread) and the legs between them."""
        day = day or datetime.now().date()
        with UnitOfWork(self.store) as uow:
            rows = uow.route.stops(user_id or self.store.device_user_id, _local_midnight(day),
                                   _local_midnight(day + timedelta(days=1)))
            ids = [r[0] for r in rows]
            measured = uow.route.measured(ids)
            earlier = uow.route.measured_at_accounts([r[9] for r in rows if r[9]])
        customer = [_customer_text(r) for r in rows]
        places = [(r[6] or "").strip() for r in rows]
        parsed = parse_many([c[0] for c in customer] + places, [c[1] for c in customer] + [None] * len(places))
        stops = []
        for k, row in enumerate(rows):
            home, place = parsed[k], parsed[len(rows) + k]
            # A place that names a district is where the meeting is; a room ("会议室A") is not an address.
            address = place if place.parsed or (place.text and not home.text) else home
            point, precision = self._where(row, measured, earlier, address)
            stops.append(RouteStop(
                activity_id=row[0], kind=row[1], subject=row[2] or "", starts_at=_aware(row[3]),
                ends_at=_aware(row[4]) if row[4] else None, done=bool(row[5]), customer=row[11] or row[12] or "",
                contact=row[12], account_id=row[9], contact_id=row[10], address=address, point=point,
                precision=precision))
        start_address, start_point = parse_start(start)
        return plan.with_legs(DayRoute(day, tuple(stops), start_address, start_point))

    @staticmethod
    def _where(row: Sequence[Any], measured: dict[str, tuple[float, float]], earlier: dict[str, tuple[float, float]],
               address: Address) -> tuple[Point | None, str]:
        """The best point known: measured at this visit, at an earlier visit to the customer, else a centre."""
        own = valid_point(row[7], row[8])
        if own is not None:
            return own, DEVICE
        if row[0] in measured:
            return valid_point(*measured[row[0]]), DEVICE
        if row[9] in earlier:
            return valid_point(*earlier[row[9]]), EARLIER
        return address.centre, address.centre_level if address.centre is not None else UNKNOWN

    def plan(self, day: date | None = None, start: str | None = None, keep_times: bool = True,
             optimise: bool = True) -> DayRoute:
        route = self.day(day, start)
        return plan.optimised(route, keep_times) if optimise else route

    @staticmethod
    def optimised(route: DayRoute, keep_times: bool = True) -> DayRoute:
        return plan.optimised(route, keep_times)

    @staticmethod
    def moved(route: DayRoute, index: int, step: int) -> DayRoute:
        return plan.moved(route, index, step)

    # --- applying the order ---------------------------------------------------------------------------

    @staticmethod
    def times_in_order(route: DayRoute) -> list[StopTime]:
        """The times the order gives each stop (ends only where the stop had one)."""
        return [StopTime(stop.activity_id, start, end if stop.ends_at is not None else None)
                for stop, start, end in plan.times_in_order(route)]

    def set_times(self, times: Sequence[StopTime]) -> list[StopTime]:
        """Give the activities their starts and ends in one transaction, as the calendar moves them (the customers'
        last activity follows); returns what they were, for an undo (`set_times(before)`)."""
        before = CalendarController(self.store).put_slots([Slot(t.activity_id, t.starts_at, t.ends_at) for t in times])
        return [StopTime(slot.activity_id, slot.start, slot.end) for slot in before]

    # --- exports --------------------------------------------------------------------------------------

    @staticmethod
    def write_ics(route: DayRoute, path: Path, say: export.Say = export.identity) -> Path:
        write_whole(path, export.ics_bytes(route, say))
        return path

    @staticmethod
    def qr_texts(route: DayRoute, say: export.Say = export.identity) -> list[str]:
        return export.qr_texts(route, say)

    @staticmethod
    def write_qr(route: DayRoute, path: Path, say: export.Say = export.identity) -> list[Path]:
        """The route's QR codes as PNG or SVG (by the suffix; PNG otherwise): one file, or name-1, name-2, … when
        the route needs several codes."""
        import segno

        texts = export.qr_texts(route, say)
        kind = "svg" if path.suffix.lower() == ".svg" else "png"
        paths = [path] if len(texts) == 1 else [path.with_name(f"{path.stem}-{k}{path.suffix}")
                                                 for k in range(1, len(texts) + 1)]
        for text, target in zip(texts, paths, strict=True):
            out = io.BytesIO()
            segno.make(text, error="m", micro=False).save(out, kind=kind, scale=QR_SCALE, border=4)
            write_whole(target, out.getvalue())
        return paths

    @staticmethod
    def qr_png(text: str, scale: int = QR_SCALE) -> bytes:
        import segno

        out = io.BytesIO()
        segno.make(text, error="m", micro=False).save(out, kind="png", scale=scale, border=4)
        return out.getvalue()

    @staticmethod
    def html(route: DayRoute, say: export.Say = export.identity) -> str:
        return export.html(route, say)


def _aware(value: Any) -> datetime:
    from crm_desktop.domain.common.ids import from_iso

    return from_iso(value) if isinstance(value, str) else value
