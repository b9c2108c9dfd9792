"""SLA policy of the service desk: targets per ticket priority, their deadlines, and the policy file."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from itertools import pairwise
from pathlib import Path
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crm_desktop.domain.customers.enums import TicketPriority
from crm_desktop.domain.service.sla_calendar import END_OF_DAY, BusinessCalendar
from crm_desktop.domain.service.sla_messages import (
    BACKWARDS,
    BAD_DATE,
    BAD_DAY,
    BAD_FLAG,
    BAD_HOURS,
    BAD_JSON,
    BAD_TIME,
    BAD_VERSION,
    BAD_WARN,
    BAD_WINDOW,
    BAD_ZONE,
    BOTH_DAYS,
    DUPLICATE_KEY,
    FILE_MISSING,
    FILE_UNREADABLE,
    MISSING,
    NO_DAYS,
    NO_HOURS,
    NO_PRIORITY,
    NOT_A_LIST,
    NOT_AN_OBJECT,
    NOT_UTF8,
    OVERLAP,
    RESPONSE_AFTER_RESOLUTION,
    TOP_NOT_OBJECT,
    UNKNOWN_KEY,
    UNKNOWN_PRIORITY,
    Problems,
    SlaPolicyError,
    SlaProblem,
    shown,
)
from crm_desktop.paths import DATA_DIR

__all__ = ["BusinessCalendar", "SlaDeadlines", "SlaPolicy", "SlaPolicyError", "SlaProblem", "SlaTarget",
           "default_policy_path", "load_policy", "parse_policy"]

PRIORITIES = tuple(p.value for p in (TicketPriority.URGENT, TicketPriority.HIGH, TicketPriority.NORMAL,
                                     TicketPriority.LOW))
FALLBACK_PRIORITY = TicketPriority.NORMAL.value
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_WARN_PERCENT = 75
# Beyond this a target is a typo, and walking the calendar towards year 9999 would only be slow.
MAX_HOURS = 10_000

TOP_KEYS = frozenset({"version", "calendar", "warn_at_percent", "priorities"})
CALENDAR_KEYS = frozenset({"timezone", "working_days", "working_hours", "holidays", "extra_working_days"})
PRIORITY_KEYS = frozenset({"first_response_hours", "resolution_hours", "around_the_clock"})

_WALL_TIME = re.compile(r"^(\d{2}):(\d{2})$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class SlaTarget:
    first_response_seconds: int
    resolution_seconds: int
    calendar: BusinessCalendar


@dataclass(frozen=True)
class SlaDeadlines:
    first_response_due: datetime
    first_response_warn: datetime
    resolution_due: datetime
    resolution_warn: datetime


@dataclass(frozen=True)
class SlaPolicy:
    calendar: BusinessCalendar
    targets: Mapping[str, SlaTarget]
    warn_at_percent: int

    def target(self, priority: str) -> SlaTarget:
        """A priority the policy does not know (an old or synced value) is treated as normal."""
        return self.targets.get(priority) or self.targets[FALLBACK_PRIORITY]

    def deadlines(self, priority: str, created_at: datetime, paused_seconds: int = 0) -> SlaDeadlines:
        """First response never pauses; the resolution clock is pushed on by the business time paused."""
        target = self.target(priority)
        add, share = target.calendar.add, self.warn_at_percent / 100
        paused = max(0, paused_seconds)
        return SlaDeadlines(
            first_response_due=add(created_at, target.first_response_seconds),
            first_response_warn=add(created_at, target.first_response_seconds * share),
            resolution_due=add(created_at, target.resolution_seconds + paused),
            resolution_warn=add(created_at, target.resolution_seconds * share + paused),
        )

    def business_seconds(self, priority: str, start: datetime, end: datetime) -> int:
        return self.target(priority).calendar.between(start, end)


def default_policy_path() -> Path:
    return DATA_DIR / "service" / "sla_policies.json"


def load_policy(path: Path | None = None) -> SlaPolicy:
    """Read and check a policy file (the shipped default when `path` is None)."""
    path = path or default_policy_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SlaPolicyError([SlaProblem(FILE_MISSING, {"path": str(path)})]) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise SlaPolicyError([SlaProblem(FILE_UNREADABLE, {"path": str(path), "reason": reason})]) from None
    try:
        # utf-8-sig: Windows editors like to start UTF-8 files with a byte order mark.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SlaPolicyError([SlaProblem(NOT_UTF8, {"path": str(path), "position": error.start})]) from None
    duplicates: list[str] = []
    try:
        document = json.loads(text, object_pairs_hook=lambda pairs: _unique(pairs, duplicates))
    except json.JSONDecodeError as error:
        params = {"reason": error.msg, "line": error.lineno, "column": error.colno}
        raise SlaPolicyError([SlaProblem(BAD_JSON, params)]) from None
    found = [SlaProblem(DUPLICATE_KEY, {"key": key}) for key in duplicates]
    try:
        policy = parse_policy(document)
    except SlaPolicyError as error:
        found.extend(error.problems)
    if found:
        raise SlaPolicyError(found)
    return policy


def _unique(pairs: list[tuple[str, object]], duplicates: list[str]) -> dict[str, object]:
    # json keeps the last of repeated keys without a word; a repeated target is a mistake to show.
    seen: dict[str, object] = {}
    for key, value in pairs:
        if key in seen:
            duplicates.append(key)
        seen[key] = value
    return seen


def parse_policy(document: Any) -> SlaPolicy:  # a parsed JSON document of any shape
    """The policy in a parsed JSON document; SlaPolicyError lists everything wrong with it."""
    problems = Problems()
    if not isinstance(document, dict):
        problems.add(TOP_NOT_OBJECT, value=shown(document))
        problems.raise_if_any()
    _known_keys(problems, document, TOP_KEYS, "")
    version = document.get("version", 1)
    if version != 1 or isinstance(version, bool):
        problems.add(BAD_VERSION, where="version", value=shown(version))
    calendar = _calendar(problems, _section(problems, document, "calendar", "calendar"))
    warn = document.get("warn_at_percent", DEFAULT_WARN_PERCENT)
    if not isinstance(warn, int) or isinstance(warn, bool) or not 1 <= warn <= 99:
        problems.add(BAD_WARN, where="warn_at_percent", value=shown(warn))
    targets = _targets(problems, _section(problems, document, "priorities", "priorities"), calendar)
    problems.raise_if_any()
    assert calendar is not None  # a calendar is missing only with a problem, raised above
    return SlaPolicy(calendar, MappingProxyType(targets), warn)


def _known_keys(problems: Problems, section: dict[str, Any], known: frozenset[str], prefix: str) -> None:
    for key in section:
        if key not in known and not _is_comment(key):
            problems.add(UNKNOWN_KEY, where=f"{prefix}{key}")


def _is_comment(key: object) -> bool:
    return isinstance(key, str) and key.startswith("_")


def _section(problems: Problems, parent: dict[str, Any], key: str, where: str) -> dict[str, Any] | None:
    if key not in parent:
        problems.add(MISSING, where=where)
        return None
    value = parent[key]
    if not isinstance(value, dict):
        problems.add(NOT_AN_OBJECT, where=where, value=shown(value))
        return None
    return value


def _list(problems: Problems, section: dict[str, Any], key: str, required: bool = True) -> list[Any] | None:
    where = f"calendar.{key}"
    if key not in section:
        if required:
            problems.add(MISSING, where=where)
        return None if required else []
    value = section[key]
    if not isinstance(value, list):
        problems.add(NOT_A_LIST, where=where, value=shown(value))
        return None
    return value


def _calendar(problems: Problems, section: dict[str, Any] | None) -> BusinessCalendar | None:
    if section is None:
        return None
    _known_keys(problems, section, CALENDAR_KEYS, "calendar.")
    zone = _zone(problems, section)
    days = _working_days(problems, _list(problems, section, "working_days"))
    hours = _windows(problems, _list(problems, section, "working_hours"))
    holidays = _dates(problems, _list(problems, section, "holidays", required=False), "holidays")
    extra = _dates(problems, _list(problems, section, "extra_working_days", required=False), "extra_working_days")
    if holidays is not None and extra is not None:
        for day in sorted(holidays & extra):
            problems.add(BOTH_DAYS, where="calendar.holidays", value=day.isoformat())
    if zone is None or days is None or hours is None or holidays is None or extra is None:
        return None
    return BusinessCalendar(zone, days, hours, holidays, extra)


def _zone(problems: Problems, section: dict[str, Any]) -> tzinfo | None:
    if "timezone" not in section:
        problems.add(MISSING, where="calendar.timezone")
        return None
    name = section["timezone"]
    if name == "local":
        return _local_zone()
    try:
        if isinstance(name, str) and name:
            return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        pass
    problems.add(BAD_ZONE, where="calendar.timezone", value=shown(name))
    return None


def _local_zone() -> tzinfo:
    """The machine's zone with its DST rules where the system names it, else today's fixed offset."""
    localtime = Path("/etc/localtime")
    try:
        if localtime.is_symlink() and "zoneinfo/" in str(localtime.resolve()):
            return ZoneInfo(str(localtime.resolve()).split("zoneinfo/", 1)[1])
        if localtime.exists():
            with localtime.open("rb") as file:
                return ZoneInfo.from_file(file, key="localtime")
    except (OSError, ValueError, ZoneInfoNotFoundError):
        pass
    # Windows names its zones differently; a fixed offset is right for China, which has no DST.
    return datetime.now(UTC).astimezone().tzinfo or UTC


def _working_days(problems: Problems, names: list[Any] | None) -> frozenset[int] | None:
    if names is None:
        return None
    if not names:
        problems.add(NO_DAYS, where="calendar.working_days")
        return None
    days, ok = set(), True
    for i, name in enumerate(names):
        if name in DAY_NAMES:
            days.add(DAY_NAMES.index(name) + 1)
        else:
            problems.add(BAD_DAY, where=f"calendar.working_days[{i}]", value=shown(name))
            ok = False
    return frozenset(days) if ok else None


def _windows(problems: Problems, rows: list[Any] | None) -> tuple[tuple[time, time], ...] | None:
    if rows is None:
        return None
    if not rows:
        problems.add(NO_HOURS, where="calendar.working_hours")
        return None
    windows: list[tuple[time, time, int]] = []
    ok = True
    for i, row in enumerate(rows):
        where = f"calendar.working_hours[{i}]"
        if not isinstance(row, list) or len(row) != 2:
            problems.add(BAD_WINDOW, where=where, value=shown(row))
            ok = False
            continue
        start, end = (_wall_time(problems, value, f"{where}[{j}]") for j, value in enumerate(row))
        if start is None or end is None:
            ok = False
        elif start >= end:
            problems.add(BACKWARDS, where=where, start=row[0], end=row[1])
            ok = False
        else:
            windows.append((start, end, i))
    windows.sort()
    for (_, end, i), (start, _, j) in pairwise(windows):
        if start < end:
            problems.add(OVERLAP, where=f"calendar.working_hours[{j}]", value=shown(rows[j]),
                         other=f"calendar.working_hours[{i}]", other_value=shown(rows[i]))
            ok = False
    return tuple((start, end) for start, end, _ in windows) if ok else None


def _wall_time(problems: Problems, value: object, where: str) -> time | None:
    match = _WALL_TIME.match(value) if isinstance(value, str) else None
    if match:
        hour, minute = int(match[1]), int(match[2])
        if (hour, minute) == (24, 0):
            return END_OF_DAY
        if hour < 24 and minute < 60:
            return time(hour, minute)
    problems.add(BAD_TIME, where=where, value=shown(value))
    return None


def _dates(problems: Problems, values: list[Any] | None, key: str) -> frozenset[date] | None:
    if values is None:
        return None
    days, ok = set(), True
    for i, value in enumerate(values):
        try:
            if not isinstance(value, str) or not _ISO_DATE.match(value):
                raise ValueError(value)
            days.add(date.fromisoformat(value))
        except ValueError:
            problems.add(BAD_DATE, where=f"calendar.{key}[{i}]", value=shown(value))
            ok = False
    return frozenset(days) if ok else None


def _targets(problems: Problems, section: dict[str, Any] | None,
             calendar: BusinessCalendar | None) -> dict[str, SlaTarget]:
    if section is None:
        return {}
    for key in section:
        if key not in PRIORITIES and not _is_comment(key):
            problems.add(UNKNOWN_PRIORITY, where=f"priorities.{key}")
    targets = {}
    for priority in PRIORITIES:
        where = f"priorities.{priority}"
        if priority not in section:
            problems.add(NO_PRIORITY, where=where)
            continue
        target = _target(problems, _section(problems, section, priority, where), where, calendar)
        if target is not None:
            targets[priority] = target
    return targets


def _target(problems: Problems, section: dict[str, Any] | None, where: str,
            calendar: BusinessCalendar | None) -> SlaTarget | None:
    if section is None:
        return None
    _known_keys(problems, section, PRIORITY_KEYS, where + ".")
    first = _hours(problems, section, "first_response_hours", where)
    resolution = _hours(problems, section, "resolution_hours", where)
    around = section.get("around_the_clock", False)
    if not isinstance(around, bool):
        problems.add(BAD_FLAG, where=f"{where}.around_the_clock", value=shown(around))
        return None
    if first is None or resolution is None:
        return None
    if first > resolution:
        problems.add(RESPONSE_AFTER_RESOLUTION, where=where, first=section["first_response_hours"],
                     resolution=section["resolution_hours"])
        return None
    calendar = BusinessCalendar.around_the_clock() if around else calendar
    if calendar is None:
        return None
    return SlaTarget(round(first * 3600), round(resolution * 3600), calendar)


def _hours(problems: Problems, section: dict[str, Any], key: str, where: str) -> float | None:
    where = f"{where}.{key}"
    if key not in section:
        problems.add(MISSING, where=where)
        return None
    value = section[key]
    number = isinstance(value, int | float) and not isinstance(value, bool)
    # Under a second a target rounds to nothing; NaN and Infinity are what Python's json lets through.
    if not number or not math.isfinite(value) or round(value * 3600) < 1 or value > MAX_HOURS:
        problems.add(BAD_HOURS, where=where, max=MAX_HOURS, value=shown(value))
        return None
    return float(value)
