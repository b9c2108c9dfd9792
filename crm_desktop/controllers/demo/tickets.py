"""Demo service tickets, one chunk at a time in a worker process: each played through the service's own
clock rules (domain/service/clock.py) with the real SLA policy, so its deadlines, running clock and breach flag are
what the app would have recorded, and its history rows tell the same story.
"""

from __future__ import annotations

import itertools
import math
import os
import random
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from types import MappingProxyType

from crm_desktop.controllers.demo.people import vocab
from crm_desktop.controllers.demo.sales import FAMILIES
from crm_desktop.domain.customers.enums import TicketEventKind as Kind
from crm_desktop.domain.customers.enums import TicketStatus as S
from crm_desktop.domain.service import clock
from crm_desktop.domain.service.clock import SlaClock
from crm_desktop.domain.service.rules import DONE_STATUSES
from crm_desktop.domain.service.sla import SlaDeadlines, SlaPolicy

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

_RANDOM_BITS = 0x0FFF_3FFF_FFFF_FFFF_FFFF  # rand_a (12 bits) and rand_b (62 bits) of RFC 9562
_VERSION_7 = 0x7000_8000_0000_0000_0000   # version 7, variant 10


def demo_id(bits: int, moment: datetime) -> str:
    """A UUIDv7 stamped with the moment the record was made in the demo's past; `bits` random.
    (new_id's library path costs 3x as much, and demo events run into the millions.)"""
    value = (int(moment.timestamp() * 1000) << 80) | (bits & _RANDOM_BITS) | _VERSION_7
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _created_text(row: tuple) -> str:
    return row[1]


def stamp(moment: datetime | None) -> str | None:
    """types.ISO_FORMAT of an aware UTC datetime; isoformat is C code, strftime 3x slower."""
    return None if moment is None else moment.isoformat(timespec="microseconds")[:26] + "Z"


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


def weighted_tables() -> dict[str, tuple[list, list]]:
    return {name: _weighted(pairs) for name, pairs in (
        ("priority", PRIORITIES), ("type", TYPES), ("channel", CHANNELS), ("fresh", FRESH_OPEN),
        ("older", OLDER_OPEN), ("score", SCORES), ("breached_score", BREACHED_SCORES))}


def policy_parts(policy: SlaPolicy) -> tuple:
    """The policy in picklable parts (its targets are a read-only mapping, which pickle refuses)."""
    return policy.calendar, dict(policy.targets), policy.warn_at_percent


@dataclass(frozen=True)
class TicketChunk:
    """Tickets a worker process builds on its own: everything they depend on, picklable."""

    seed: str
    start: int                     # index of the chunk's first ticket among the demo's
    first_number: int              # the ticket counter before the demo: numbers go on from it
    created: list[datetime]        # per ticket, oldest first
    open_statuses: dict[int, str]  # index -> status, for the tickets still open
    assigned_before: int           # open tickets handed to someone by the chunks before this one
    contacts: list[tuple]          # per ticket: (contact id, name, account id, account name), while the sample lasts
    extra: list[tuple]             # the whole sample, when there are more tickets than contacts in it
    users: list[str]
    me: str
    now: int
    chinese: bool
    policy: tuple                  # policy_parts


@dataclass
class TicketRows:
    tickets: list[tuple] = field(default_factory=list)
    events: list[tuple] = field(default_factory=list)


def build_tickets(chunk: TicketChunk) -> TicketRows:
    """Top-level (picklable) entry point for worker processes."""
    return _Desk(chunk).build()


class _Desk:
    """Plays one chunk of tickets."""

    def __init__(self, c: TicketChunk) -> None:
        self.c = c
        self.rng = random.Random(c.seed)
        self._bits = random.Random(os.urandom(16)).getrandbits  # ids unique across runs with the same seed
        self.now = datetime.fromtimestamp(c.now, UTC)
        self.limit = self.now - timedelta(minutes=1)  # every step happened before the demo was made
        self.zh = c.chinese
        calendar, targets, warn = c.policy
        self.policy = _Memo(SlaPolicy(calendar, MappingProxyType(targets), warn))
        self.users, self.me = c.users, c.me
        self.colleagues = [u for u in c.users if u != c.me] or [c.me]
        self.texts = vocab("ticket_texts")
        self._tables = weighted_tables()
        self._open_assigned = c.assigned_before

    def build(self) -> TicketRows:
        c, out = self.c, TicketRows()
        for k, created in enumerate(c.created):
            i = c.start + k
            # One ticket per sampled contact; with more tickets than contacts some customers call again.
            contact = c.contacts[k] if k < len(c.contacts) else self.rng.choice(c.extra)
            out.tickets.append(self._ticket(f"T-{c.first_number + i + 1:06d}", created, c.open_statuses.get(i),
                                            contact, out.events))
        # '' for NULL, as the statements' nullif(?, '') expect: cheaper for the writer than binding None.
        out.tickets = [tuple("" if v is None else v for v in row) for row in out.tickets]
        # In time order, as their ids are: each row then lands at the end of the id index instead of on a
        # random page of it (a million of those miss the cache). The sort is stable: a ticket's steps
        # at the same moment keep their order (rowid breaks created_at ties).
        out.events.sort(key=_created_text)
        out.events = [tuple("" if v is None else v for v in row) for row in out.events]
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
        new = SlaClock(S.NEW, priority, created, sla_paused_seconds=0, sla_breached=False)
        story = _Story(demo_id(self._bits(80), created), clock.refresh(new, self.policy), events, self._bits,
                       self.policy)
        creator = rng.choice(self.users)
        story.event(created, Kind.CREATED, None, S.NEW, author=creator)
        last = created
        if open_status != S.NEW:
            story.assignee = self._assignee(open_status)
            last = created if rng.random() < 0.7 else self._delay(created, 0.7)
            story.event(last, Kind.ASSIGNED, None, story.assignee, author=creator)
            story.event(last, Kind.STATUS, S.NEW, S.ASSIGNED, author=creator)
            story.clock = replace(story.clock, status=S.ASSIGNED)
        if open_status not in (S.NEW, S.ASSIGNED):
            last = self._work(story, last, lang, kind, open_status)
        t = story.clock
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
        rng = self.rng
        late = rng.random() < LATE_RESPONSE
        due = story.clock.first_response_due_at
        last = self._late(last, due, 2) if late else self._before(last, due)
        story.step(last, S.IN_PROGRESS)
        if rng.random() < 0.35:
            last = self._delay(last, 3)
            story.comment(last, rng.choice(lang["comments"]))
        if open_status == S.IN_PROGRESS:
            return last
        if open_status == S.WAITING or rng.random() < WAITING_SHARE:
            last = self._before(last, story.clock.resolution_due_at)
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

    def __init__(self, ticket_id: str, t: SlaClock, events: list, bits, policy) -> None:
        self.id, self.clock, self.events, self._bits, self._policy = ticket_id, t, events, bits, policy
        self.assignee: str | None = None
        self.resolution: str | None = None
        self._at: datetime | None = None
        self._text = ""

    def event(self, at: datetime, kind: str, old=None, new=None, body=None, author=None) -> None:
        """A history row; the handler writes it unless `author` says otherwise."""
        if at is not self._at:  # a ticket's steps often share their moment
            self._at, self._text = at, stamp(at)
        text = self._text
        self.events.append((demo_id(self._bits(80), at), text, text, self.id, kind, old, new, body,
                            author or self.assignee))

    def step(self, at: datetime, status: str, note: str | None = None) -> None:
        old = self.clock.status
        self.clock = clock.step(self.clock, status, at, self._policy)
        self.event(at, Kind.STATUS, old, status, note)

    def comment(self, at: datetime, body: str) -> None:
        self.clock = clock.commented(self.clock, at, self._policy)
        self.event(at, Kind.COMMENT, body=body)
