"""A day's route as the window, the command line and the exports get it: stops in order with the leg to each, and
the steps on it (optimise, move a stop, the times the order gives)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from crm_desktop.domain.route.address import Address
from crm_desktop.domain.route.geo import MEASURED, UNKNOWN, Point, haversine_km
from crm_desktop.domain.route.order import Stop, order_stops, path_km

DEFAULT_LENGTH = timedelta(hours=1)  # a visit planned without an end


@dataclass(frozen=True)
class RouteStop:
    activity_id: str
    kind: str  # visit | meeting
    subject: str
    starts_at: datetime  # aware
    ends_at: datetime | None
    done: bool
    customer: str  # the account's name, else the contact's
    contact: str | None
    account_id: str | None
    contact_id: str | None
    address: Address
    point: Point | None = None
    precision: str = UNKNOWN  # geo.DEVICE, EARLIER, DISTRICT, CITY, PROVINCE or UNKNOWN
    leg_km: float | None = None  # straight line from the stop before (or the start); None where an end is unknown

    @property
    def set_time(self) -> bool:
        """Planned at a time of day (a visit planned for the day only sits at local midnight)."""
        return self.starts_at.astimezone().time() != time(0, 0)

    @property
    def measured(self) -> bool:
        return self.precision in MEASURED

    @property
    def length(self) -> timedelta:
        return self.ends_at - self.starts_at if self.ends_at and self.ends_at > self.starts_at else DEFAULT_LENGTH


@dataclass(frozen=True)
class DayRoute:
    day: date
    stops: tuple[RouteStop, ...]
    start: Address | None = None  # where the rep sets out from, when given
    start_point: Point | None = None
    total_km: float = 0.0  # straight-line legs that are known

    def activity_ids(self) -> list[str]:
        return [s.activity_id for s in self.stops]


def with_legs(route: DayRoute, stops: Sequence[RouteStop] | None = None) -> DayRoute:
    """`route` with `stops` (default: its own) in that order, each leg measured from the stop before."""
    stops = route.stops if stops is None else stops
    previous, out = route.start_point, []
    for stop in stops:
        leg = haversine_km(previous, stop.point) if previous is not None and stop.point is not None else None
        out.append(replace(stop, leg_km=leg))
        previous = stop.point if stop.point is not None else previous
    total = path_km([s.point for s in stops], route.start_point)
    return replace(route, stops=tuple(out), total_km=total)


def optimised(route: DayRoute, keep_times: bool = True) -> DayRoute:
    """The stops in the order that shortens the way; with `keep_times`, stops planned at a time of day stay in
    their time order."""
    stops = [Stop(s.point, s.starts_at if keep_times and s.set_time else None, s.address.group())
             for s in route.stops]
    order = order_stops(stops, route.start_point)
    return with_legs(route, [route.stops[i] for i in order])


def moved(route: DayRoute, index: int, step: int) -> DayRoute:
    """The stop at `index` moved `step` places (-1: up, 1: down); out of range: unchanged."""
    target = index + step
    if not (0 <= index < len(route.stops) and 0 <= target < len(route.stops)):
        return route
    stops = list(route.stops)
    stops.insert(target, stops.pop(index))
    return with_legs(route, stops)


def following(route: DayRoute, activity_ids: Sequence[str]) -> DayRoute:
    """`route` in the order `activity_ids` give (a reload keeps the order the rep chose); stops they do not name
    come after, in time order."""
    rank = {activity_id: k for k, activity_id in enumerate(activity_ids)}
    stops = sorted(route.stops, key=lambda s: (rank.get(s.activity_id, len(rank)), s.starts_at, s.activity_id))
    return with_legs(route, stops)


def in_time_order(route: DayRoute) -> DayRoute:
    return with_legs(route, sorted(route.stops, key=lambda s: (s.starts_at, s.customer, s.activity_id)))


def times_in_order(route: DayRoute) -> list[tuple[RouteStop, datetime, datetime]]:
    """The times the order gives: the planned times of day, earliest first, handed to the timed stops in route
    order, each keeping its length; a stop planned for the day only stays so. (stop, new start, new end) each."""
    starts = iter(sorted(s.starts_at for s in route.stops if s.set_time))
    out = []
    for stop in route.stops:
        at = next(starts) if stop.set_time else stop.starts_at
        out.append((stop, at, at + stop.length))
    return out


def retimed(route: DayRoute) -> DayRoute:
    """The route with the times its order gives (what applying the order writes)."""
    stops = [replace(stop, starts_at=at, ends_at=end if stop.ends_at is not None else None)
             for stop, at, end in times_in_order(route)]
    return with_legs(route, stops)
