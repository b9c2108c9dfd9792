"""Demo service tickets: 18 months of complaints and requests, their workflow, SLA clock and history, in bulk.

Every ticket is played through the controller's own clock rules (ticket_clock) with the real SLA
policy, so its deadlines, running clock and breach flag are what the app would have recorded.
"""

from __future__ import annotations

import heapq
import itertools
import json
import math
import os
import random
from datetime import UTC, datetime, timedelta

from crm_desktop.controllers import ticket_clock as clock
from crm_desktop.controllers.demo_people import vocab
from crm_desktop.controllers.demo_sales import FAMILIES
from crm_desktop.domain.enums import TicketEventKind as Kind
from crm_desktop.domain.enums import TicketStatus as S
from crm_desktop.domain.service_rules import DONE_STATUSES
from crm_desktop.domain.sla import SlaDeadlines, SlaPolicy
from crm_desktop.tasks import TaskState

CHUNK = 20_000
CONTACTS_PER_TICKET = 8
HISTORY_DAYS = 548
OPEN_SHARE = 0.04
# A small demo still shows a few tickets in every queue of the service page.
MIN_OPEN = 12
PRIORITIES = (("urgent", 5), ("high", 20), ("normal", 55), ("low", 20))
TYPES = (("service_request", 30), ("inquiry", 25), ("fault", 20), ("complaint", 15), ("return", 10))
CHANNELS = (("phone", 35), ("wechat", 25), ("email", 20), ("web", 12), ("visit", 8))
# How much likelier a ticket of up to this many days is to be still open than an old one.
OPEN_WEIGHTS = ((2, 30.0), (7, 15.0), (30, 6.0), (90, 2.5), (math.inf, 0.6))
# Open tickets under a day old mostly wait for someone; older ones are being worked on or wait on the customer.
FRESH_OPEN = (("new", 35), ("assigned", 25), ("in_progress", 30), ("waiting", 10))
OLDER_OPEN = (("new", 8), ("assigned", 10), ("in_progress", 50), ("waiting", 32))
SCORES = ((5, 55), (4, 28), (3, 9), (2, 5), (1, 3))
BREACHED_SCORES = ((5, 20), (4, 30), (3, 22), (2, 16), (1, 12))
LATE_RESPONSE, LATE_RESOLUTION = 0.07, 0.07
WAITING_SHARE, REOPEN_SHARE, RATED_SHARE, CLOSED_SHARE = 0.22, 0.03, 0.6, 0.92
HOUR = 3600.0
# What breaks, gets installed or sent back: goods, not the licences and services of the catalogue.
PRODUCTS = tuple(f for f in FAMILIES if f[0] not in ("ER", "MS", "IN"))

_TICKET_SQL = (
    "INSERT INTO tickets (id, created_at, updated_at, owner_id, version, number, number_provisional, type, channel,"
    " priority, status, subject, description, account_id, contact_id, assignee_id, first_response_due_at,"
    " resolution_due_at, first_response_at, resolved_at, closed_at, sla_paused_at, sla_paused_seconds,"
    " sla_breached, resolution, satisfaction_score, satisfaction_comment, satisfaction_at, account_name,"
    " contact_name, sla_due_at, sla_warn_at)"
    " VALUES (?,?,?,NULL,0,?,1,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_EVENT_SQL = (
    "INSERT INTO ticket_events (id, created_at, updated_at, owner_id, version, ticket_id, kind, from_value,"
    " to_value, body, author_id) VALUES (?,?,?,NULL,0,?,?,?,?,?,?)"
)
COUNTER = "numbers/T"
_RANDOM_BITS = 0x0FFF_3FFF_FFFF_FFFF_FFFF  # rand_a (12 bits) and rand_b (62 bits) of RFC 9562
_VERSION_7 = 0x7000_8000_0000_0000_0000   # version 7, variant 10


def demo_id(bits: int, moment: datetime) -> str:
    """A UUIDv7 stamped with the moment the record was made in the demo's past; `bits` random.
    (new_id's library path costs 3x as much, and demo events run into the millions.)"""
    value = (int(moment.timestamp() * 1000) << 80) | (bits & _RANDOM_BITS) | _VERSION_7
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def stamp(moment: datetime | None) -> str | None:
    """types.ISO_FORMAT of an aware UTC datetime; isoformat is C code, strftime 3x slower."""
    return None if moment is None else moment.isoformat(timespec="microseconds")[:26] + "Z"


class _Clocked:
    """The fields ticket_clock reads and writes, without an ORM object per demo ticket."""

    __slots__ = ("closed_at", "created_at", "first_response_at", "first_response_due_at", "priority",
                 "resolution_due_at", "resolved_at", "sla_breached", "sla_due_at", "sla_paused_at",
                 "sla_paused_seconds", "sla_warn_at", "status")

    def __init__(self, priority: str, created_at: datetime) -> None:
        self.priority, self.created_at, self.status = priority, created_at, S.NEW
        self.first_response_at = self.resolved_at = self.closed_at = self.sla_paused_at = None
        self.sla_paused_seconds, self.sla_breached = 0, False


class _Memo:
    """The policy with its last deadlines remembered: refresh asks again after every step of a ticket,
    while only a resumed clock changes the answer."""

    def __init__(self, policy: SlaPolicy) -> None:
        self.policy = policy
        self._key: tuple | None = None
        self._value: SlaDeadlines | None = None

    def deadlines(self, priority: str, created_at: datetime, paused_seconds: int = 0) -> SlaDeadlines:
        key = (priority, created_at, paused_seconds)
        if key != self._key:
            self._key, self._value = key, self.policy.deadlines(priority, created_at, paused_seconds)
        return self._value

    def business_seconds(self, priority: str, start: datetime, end: datetime) -> int:
        return self.policy.business_seconds(priority, start, end)


def _weighted(pairs) -> tuple[list, list]:
    """Values and cumulative weights: choices() would add the weights up again on every draw."""
    return [v for v, _ in pairs], list(itertools.accumulate(w for _, w in pairs))


class DemoService:
    """Writes the service side of the demo inside the caller's transaction (`conn`)."""

    def __init__(self, conn, seed, now: float, language: str, policy: SlaPolicy, users: list[str],
                 me: str) -> None:
        self.conn = conn
        self.rng = random.Random(f"{seed}:service")
        self._bits = random.Random(os.urandom(16)).getrandbits  # ids unique across runs with the same seed
        self.now = datetime.fromtimestamp(int(now), UTC)
        self.limit = self.now - timedelta(minutes=1)  # every step happened before the demo was made
        self.zh = language.lower().startswith("zh")
        self.policy = _Memo(policy)
        self.zone = policy.calendar.timezone
        self.users, self.me = users, me
        self.colleagues = [u for u in users if u != me] or [me]
        self.texts = vocab("ticket_texts")
        self.counts = {"tickets": 0, "ticket_events": 0}
        self._tables = {name: _weighted(pairs) for name, pairs in (
            ("priority", PRIORITIES), ("type", TYPES), ("channel", CHANNELS), ("fresh", FRESH_OPEN),
            ("older", OLDER_OPEN), ("score", SCORES), ("breached_score", BREACHED_SCORES))}
        self._open_assigned = 0

    def run(self, customers: int, tickets: int | None, state: TaskState) -> dict[str, int]:
        n = tickets if tickets is not None else max(1, customers // CONTACTS_PER_TICKET)
        contacts = self._sample_contacts(n)
        if n <= 0 or not contacts:
            return self.counts
        created = self._created_times(n)
        opened = self._open_indexes(created)
        first = self._counter()
        for start in range(0, n, CHUNK):
            rows, events = [], []
            for i in range(start, min(n, start + CHUNK)):
                status = opened.get(i)
                # One ticket per sampled contact; with more tickets than contacts some customers call again.
                contact = contacts[i] if i < len(contacts) else self.rng.choice(contacts)
                rows.append(self._ticket(f"T-{first + i + 1:06d}", created[i], status, contact, events))
            self.conn.exec_driver_sql(_TICKET_SQL, rows)
            self.conn.exec_driver_sql(_EVENT_SQL, events)
            self.counts["tickets"] += len(rows)
            self.counts["ticket_events"] += len(events)
            state.progress(self.counts["tickets"], n, "tickets")
            state.check()
        self.conn.exec_driver_sql(
            "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (COUNTER, json.dumps(first + n)))
        return self.counts

    # --- inputs ---------------------------------------------------------------------------

    def _sample_contacts(self, wanted: int) -> list[tuple]:
        """(contact id, name, account id, account name) of up to `wanted` random contacts, by rowid."""
        top = self.conn.exec_driver_sql("SELECT max(rowid) FROM contacts").scalar() or 0
        if not top or wanted <= 0:
            return []
        rowids = self.rng.sample(range(1, top + 1), min(wanted, top))
        rows = list(self.conn.exec_driver_sql(
            "SELECT id, name, account_id, account_name FROM contacts WHERE deleted_at IS NULL"
            " AND rowid IN (SELECT value FROM json_each(?))", (json.dumps(rowids),)))
        rows.sort()  # the IN order is the planner's; sort so the seed alone decides the data
        self.rng.shuffle(rows)
        return rows

    def _counter(self) -> int:
        value = self.conn.exec_driver_sql("SELECT value FROM sync_state WHERE key = ?", (COUNTER,)).scalar()
        return int(json.loads(value) or 0) if value else 0

    def _created_times(self, n: int) -> list[datetime]:
        """Oldest first, so numbers ascend with time; a growing desk (more recent tickets), most
        of them in office hours on working days."""
        rng, now, zone = self.rng, self.now, self.zone
        out = []
        for _ in range(n):
            age = HISTORY_DAYS * rng.random() ** 1.15
            moment = now - timedelta(days=age)
            if rng.random() < 0.82:
                local = moment.astimezone(zone)
                day = local.date()
                if day.isoweekday() > 5 and rng.random() < 0.85:
                    day += timedelta(days=-1 if day.isoweekday() == 6 else 1)  # to a working day nearby
                minutes = rng.uniform(9 * 60, 12 * 60) if rng.random() < 0.45 else rng.uniform(13.5 * 60, 18 * 60)
                moment = datetime(day.year, day.month, day.day, tzinfo=zone) + timedelta(minutes=minutes)
            if moment >= self.limit:
                moment = self.limit - timedelta(seconds=rng.uniform(60, 4 * HOUR))
            out.append(moment.astimezone(UTC).replace(microsecond=0))  # whole seconds, as a clock shows them
        out.sort()
        return out

    def _open_indexes(self, created: list[datetime]) -> dict[int, str]:
        """Which tickets are still open (their status): a weighted draw by age, recent ones far likelier
        (Efraimidis-Spirakis keys: one pass, no replacement)."""
        rng, n = self.rng, len(created)
        k = min(n, max(round(n * OPEN_SHARE), min(MIN_OPEN, n // 3)))
        keys = []
        for i, moment in enumerate(created):
            age = (self.now - moment).total_seconds() / 86400
            weight = next(w for days, w in OPEN_WEIGHTS if age < days)
            keys.append((rng.random() ** (1 / weight), i))
        chosen = sorted(i for _, i in heapq.nlargest(k, keys))
        out = {}
        for i in chosen:
            fresh = (self.now - created[i]).total_seconds() < 86400
            out[i] = self._pick("fresh" if fresh else "older")
        if chosen:
            out[chosen[0]] = S.IN_PROGRESS  # the oldest: forgotten while in progress, long overdue
            out[chosen[-1]] = S.NEW  # the newest has just come in and waits for someone to take it
        return out

    # --- one ticket -----------------------------------------------------------------------

    def _pick(self, table: str):
        values, cumulative = self._tables[table]
        return self.rng.choices(values, cum_weights=cumulative)[0]

    def _delay(self, prev: datetime, median_hours: float, sigma: float = 1.0) -> datetime:
        return self._at(prev, prev + timedelta(hours=self.rng.lognormvariate(math.log(median_hours), sigma)))

    def _before(self, prev: datetime, due: datetime) -> datetime:
        """A moment before `due` (or soon after `prev` if that is already past it)."""
        if due > prev:
            return self._at(prev, prev + (due - prev) * self.rng.uniform(0.05, 0.9))
        return self._delay(prev, 0.5)

    def _late(self, prev: datetime, due: datetime, median_hours: float) -> datetime:
        """Some time after the missed `due`; if `due` is still to come (a ticket from Friday evening
        seen on Sunday), the deadline cannot have been missed yet: soon after `prev` instead."""
        if due >= self.limit:
            return self._delay(prev, 0.5)
        return self._delay(max(prev, due), median_hours)

    def _at(self, prev: datetime, natural: datetime) -> datetime:
        """`natural`, or, if that is still to come, some moment between `prev` and a minute ago."""
        if natural < self.limit:
            return natural
        return prev + (self.limit - prev) * self.rng.uniform(0.2, 0.8)

    def _assignee(self, open_status: str | None) -> str:
        if open_status is None:
            return self.rng.choice(self.users)
        # The device user's share of open tickets is dealt, not drawn: "My open tickets" is never empty.
        self._open_assigned += 1
        return self.me if self._open_assigned % 4 == 1 else self.rng.choice(self.colleagues)

    def _ticket(self, number: str, created: datetime, open_status: str | None, contact: tuple,
                events: list) -> tuple:
        rng, texts = self.rng, self.texts
        contact_id, contact_name, account_id, account_name = contact
        if account_id and rng.random() < 0.08:
            contact_id = contact_name = None  # raised for the company, no one person named
        lang = texts["zh" if self.zh and not (account_name and account_name.isascii()) else "en"]
        kind, priority, channel = self._pick("type"), self._pick("priority"), self._pick("channel")
        family = rng.choice(PRODUCTS)
        subject = rng.choice(lang["subjects"][kind]).format(product=family[1] if lang is texts["zh"] else family[2])
        description = rng.choice(lang["descriptions"][kind]) if rng.random() < 0.85 else None
        story = _Story(demo_id(self._bits(80), created), _Clocked(priority, created), events, self._bits, self.policy)
        t, creator = story.clock, rng.choice(self.users)
        clock.refresh(t, self.policy)
        story.event(created, Kind.CREATED, None, S.NEW, author=creator)
        last = created
        if open_status != S.NEW:
            story.assignee = self._assignee(open_status)
            last = created if rng.random() < 0.7 else self._delay(created, 0.7)
            story.event(last, Kind.ASSIGNED, None, story.assignee, author=creator)
            story.event(last, Kind.STATUS, S.NEW, S.ASSIGNED, author=creator)
            t.status = S.ASSIGNED
        if open_status not in (S.NEW, S.ASSIGNED):
            last = self._work(story, last, lang, kind, open_status)
        score, remark, rated_at = (self._rating(story, lang) if t.status in DONE_STATUSES else None) or (None,) * 3
        updated = max(last, rated_at) if rated_at else last
        return (story.id, stamp(created), stamp(updated), number, kind, channel, priority, t.status, subject,
                description, account_id, contact_id, story.assignee, stamp(t.first_response_due_at),
                stamp(t.resolution_due_at), stamp(t.first_response_at), stamp(t.resolved_at), stamp(t.closed_at),
                stamp(t.sla_paused_at), t.sla_paused_seconds, int(t.sla_breached), story.resolution,
                score, remark, stamp(rated_at), account_name, contact_name, stamp(t.sla_due_at),
                stamp(t.sla_warn_at))

    def _work(self, story: _Story, last: datetime, lang: dict, kind: str, open_status: str | None) -> datetime:
        """From the first response on: in progress, comments, a wait on the customer, resolved and
        closed, as far as `open_status` says (None: all the way). Returns the last step's time."""
        rng, t = self.rng, story.clock
        late = rng.random() < LATE_RESPONSE
        last = self._late(last, t.first_response_due_at, 2) if late else self._before(last, t.first_response_due_at)
        story.step(last, S.IN_PROGRESS)
        if rng.random() < 0.35:
            last = self._delay(last, 3)
            story.comment(last, rng.choice(lang["comments"]))
        if open_status == S.IN_PROGRESS:
            return last
        if open_status == S.WAITING or rng.random() < WAITING_SHARE:
            last = self._before(last, t.resolution_due_at)
            story.step(last, S.WAITING, rng.choice(lang["waiting"]))
            if open_status == S.WAITING:
                return last
            last = self._delay(last, 20, 1.2)
            story.step(last, S.IN_PROGRESS)
        last = self._resolve(story, last, lang, kind)
        if rng.random() < REOPEN_SHARE:
            last = self._delay(last, 30)
            story.step(last, S.IN_PROGRESS, rng.choice(lang["comments"]))  # the customer says it is not fixed
            last = self._resolve(story, last, lang, kind)
        # Closed a few days after resolving, once the customer confirmed; a recent resolution is not closed yet.
        closed = last + timedelta(hours=rng.lognormvariate(math.log(48), 0.8))
        if closed < self.limit and rng.random() < CLOSED_SHARE:
            last = closed
            story.step(last, S.CLOSED)
        return last

    def _resolve(self, story: _Story, last: datetime, lang: dict, kind: str) -> datetime:
        due = story.clock.resolution_due_at
        last = self._late(last, due, 20) if self.rng.random() < LATE_RESOLUTION else self._before(last, due)
        story.resolution = self.rng.choice(lang["resolutions"][kind])
        story.step(last, S.RESOLVED, story.resolution)
        return last

    def _rating(self, story: _Story, lang: dict) -> tuple | None:
        """(score, comment, when) for about 60 % of finished tickets; low scores come with a reason."""
        rng, t = self.rng, story.clock
        if rng.random() >= RATED_SHARE or (self.limit - t.resolved_at).total_seconds() < HOUR:
            return None
        score = self._pick("breached_score" if t.sla_breached else "score")
        if score <= 2:
            remark = rng.choice(lang["satisfaction_bad"])
        else:
            remark = rng.choice(lang["satisfaction_good"]) if score >= 4 and rng.random() < 0.2 else None
        at = self._delay(t.resolved_at, 10)
        story.event(at, Kind.SATISFACTION, None, str(score), remark)
        return score, remark, at


class _Story:
    """One ticket being played: its clock, its history rows, and who handles it."""

    def __init__(self, ticket_id: str, t: _Clocked, events: list, bits, policy) -> None:
        self.id, self.clock, self.events, self._bits, self._policy = ticket_id, t, events, bits, policy
        self.assignee: str | None = None
        self.resolution: str | None = None

    def event(self, at: datetime, kind: str, old=None, new=None, body=None, author=None) -> None:
        """A history row; the handler writes it unless `author` says otherwise."""
        text = stamp(at)
        self.events.append((demo_id(self._bits(80), at), text, text, self.id, kind, old, new, body,
                            author or self.assignee))

    def step(self, at: datetime, status: str, note: str | None = None) -> None:
        old = self.clock.status
        clock.step(self.clock, status, at, self._policy)
        self.event(at, Kind.STATUS, old, status, note)

    def comment(self, at: datetime, body: str) -> None:
        clock.commented(self.clock, at, self._policy)
        self.event(at, Kind.COMMENT, body=body)
