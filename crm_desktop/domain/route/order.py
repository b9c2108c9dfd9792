"""The order of a day's stops that shortens the way: nearest neighbour, then 2-opt and moving single stops, on
straight-line distances; stops with a fixed time keep their time order.

Stops without a point go after the others, grouped by province, city and district (in the order their groups
first come in the day); a stop with a fixed time and no point goes just before the first fixed stop that is later.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

from crm_desktop.domain.route.geo import Point, haversine_km

_GAIN = 1e-9  # km: an improvement smaller than this is rounding, not a shorter way
_MAX_ROUNDS = 50  # each round shortens the way; a day's few dozen stops settle in a handful

Leg = Callable[[int | None, int | None], float]  # the distance from one stop (None: the start) to the next


@dataclass(frozen=True)
class Stop:
    """What the ordering needs of a stop."""

    point: Point | None = None
    fixed_at: datetime | None = None  # a time the stop must keep (None: any time of the day)
    group: tuple[str, ...] = ()  # province, city, district: for stops without a point


def path_km(points: Sequence[Point | None], start: Point | None = None) -> float:
    """The straight-line length of the way through `points` in turn (legs with an unknown end count nothing)."""
    total, previous = 0.0, start
    for point in points:
        if previous is not None and point is not None:
            total += haversine_km(previous, point)
        previous = point if point is not None else previous
    return total


def order_stops(stops: Sequence[Stop], start: Point | None = None) -> list[int]:
    """A permutation of the stops' indices: the located stops in a short order from `start` (or from whichever
    first stop gives the shortest way), then the others grouped."""
    located = [i for i, s in enumerate(stops) if s.point is not None]
    order = _shortest(stops, located, start) if located else []
    tail = _grouped(stops, [i for i, s in enumerate(stops) if s.point is None and s.fixed_at is None])
    order += tail
    for i in sorted((i for i, s in enumerate(stops) if s.point is None and s.fixed_at is not None),
                    key=lambda i: (stops[i].fixed_at, i)):
        order.insert(_fixed_place(stops, order, i), i)
    return order


def _fixed_place(stops: Sequence[Stop], order: list[int], index: int) -> int:
    at = stops[index].fixed_at
    assert at is not None
    for position, other in enumerate(order):
        other_at = stops[other].fixed_at
        if other_at is not None and other_at > at:
            return position
    return len(order)


def _grouped(stops: Sequence[Stop], indices: list[int]) -> list[int]:
    """By group, the groups in the order they first come (the day's plan), each group's stops in their order."""
    first: dict[tuple[str, ...], int] = {}
    for position, i in enumerate(indices):
        first.setdefault(stops[i].group, position)
    unknown = max(first.values(), default=0) + 1
    # Stops nothing is known of (no group at all) go last of all.
    return sorted(indices, key=lambda i: (unknown if not any(stops[i].group) else first[stops[i].group],
                                          indices.index(i)))


def _shortest(stops: Sequence[Stop], located: list[int], start: Point | None) -> list[int]:
    points = {i: stops[i].point for i in located}
    distance = {(a, b): haversine_km(pa, pb) for a, pa in points.items() for b, pb in points.items()
                if pa is not None and pb is not None}

    def leg(a: int | None, b: int | None) -> float:
        if b is None:
            return 0.0  # the way ends: no leg back
        if a is None:
            point = points[b]
            return haversine_km(start, point) if start is not None and point is not None else 0.0
        return distance[(a, b)]

    fixed = sorted((i for i in located if stops[i].fixed_at is not None), key=lambda i: (stops[i].fixed_at, i))
    firsts = located if start is None else [None]
    tours = [_nearest(located, fixed, first, leg) for first in _first_choices(located, fixed, firsts)]
    best = min(tours, key=lambda tour: _length(tour, leg))
    return _improve(best, stops, leg)


def _first_choices(located: list[int], fixed: list[int], firsts: Sequence[int | None]) -> list[int | None]:
    """Where the way may begin: from the start given (None), or any stop that may come first."""
    allowed = {i for i in located if i not in fixed} | set(fixed[:1])
    return [f for f in firsts if f is None or f in allowed]


def _nearest(located: list[int], fixed: list[int], first: int | None, leg: Leg) -> list[int]:
    """Nearest neighbour: from `first`, always the nearest stop that may come next (the earliest fixed stop not yet
    visited, or any stop without a fixed time)."""
    order = [first] if first is not None else []
    left = [i for i in located if i != first]
    waiting = [i for i in fixed if i != first]
    current = first
    while left:
        candidates = [i for i in left if i not in waiting or i == waiting[0]]
        chosen = min(candidates, key=lambda i: (leg(current, i), i))
        order.append(chosen)
        left.remove(chosen)
        if waiting and chosen == waiting[0]:
            waiting.pop(0)
        current = chosen
    return order


def _keeps_times(stops: Sequence[Stop], order: list[int]) -> bool:
    times = [at for at in (stops[i].fixed_at for i in order) if at is not None]
    return all(a <= b for a, b in pairwise(times))


def _improve(order: list[int], stops: Sequence[Stop], leg: Leg) -> list[int]:
    """2-opt (reverse a stretch) and relocation (move one stop elsewhere) while either shortens the open way and
    keeps the fixed times in order."""
    order = list(order)
    n = len(order)

    def at(k: int) -> int | None:
        return order[k] if 0 <= k < n else None

    for _ in range(_MAX_ROUNDS):
        improved = False
        for i in range(n - 1):
            for j in range(i + 1, n):
                before = leg(at(i - 1), at(i)) + leg(at(j), at(j + 1))
                after = leg(at(i - 1), at(j)) + leg(at(i), at(j + 1))
                if after + _GAIN < before:
                    candidate = order[:i] + order[i:j + 1][::-1] + order[j + 1:]
                    if _keeps_times(stops, candidate):
                        order, improved = candidate, True
        for i in range(n):
            for j in range(n):
                if i == j:
                    continue
                candidate = order[:i] + order[i + 1:]
                candidate.insert(j, order[i])
                if _keeps_times(stops, candidate) and _length(candidate, leg) + _GAIN < _length(order, leg):
                    order, improved = candidate, True
        if not improved:
            break
    return order


def _length(order: list[int], leg: Leg) -> float:
    return float(sum(leg(order[k - 1] if k else None, order[k]) for k in range(len(order))))
