"""Demo service tickets: 18 months of complaints and requests, their workflow, SLA clock and history, in bulk.

This side plans the desk (when each ticket came in, which are still open, their numbers) and writes the
rows; worker processes play the tickets themselves (demo_tickets), a chunk at a time.
"""

from __future__ import annotations

import heapq
import random
from datetime import UTC, datetime, timedelta

from crm_desktop.controllers.demo.tickets import (
    HOUR,
    OPEN_WEIGHTS,
    TicketChunk,
    TicketRows,
    policy_parts,
    weighted_tables,
)
from crm_desktop.domain.customers.enums import TicketStatus as S
from crm_desktop.domain.service.sla import SlaPolicy
from crm_desktop.store.bulk_demo import DemoStatements

CHUNK = 10_000  # rows per worker job: smaller chunks keep the processes near their memory budget
CONTACTS_PER_TICKET = 8
HISTORY_DAYS = 548
OPEN_SHARE = 0.04
# A small demo still shows a few tickets in every queue of the service page.
MIN_OPEN = 12

COUNTER = "numbers/T"


class DemoService:
    """Plans the demo's tickets and writes them inside the caller's transaction (`conn`)."""

    def __init__(self, conn, seed, now: float, language: str, policy: SlaPolicy, users: list[str],
                 me: str) -> None:
        self.sql = DemoStatements(conn)
        self.seed = seed
        self.rng = random.Random(f"{seed}:service")
        self.now = datetime.fromtimestamp(int(now), UTC)
        self.limit = self.now - timedelta(minutes=1)  # every step happened before the demo was made
        self.zh = language.lower().startswith("zh")
        self.policy = policy
        self.zone = policy.calendar.timezone
        self.users, self.me = users, me
        self.counts = {"tickets": 0, "ticket_events": 0}
        self._tables = weighted_tables()
        self._next: int | None = None

    def plan(self, n: int, contacts: list[tuple]) -> list[TicketChunk]:
        """Chunks of `n` tickets, one per sampled contact (contact id, name, account id, account name) while
        they last; none without contacts."""
        if n <= 0 or not contacts:
            return []
        created = self._created_times(n)
        opened = self._open_indexes(created)
        first = self._counter()
        self._next = first + n
        extra = contacts if n > len(contacts) else []
        chunks, assigned = [], 0
        for start in range(0, n, CHUNK):
            end = min(n, start + CHUNK)
            statuses = {i: s for i, s in opened.items() if start <= i < end}
            chunks.append(TicketChunk(f"{self.seed}:service:{start}", start, first, created[start:end], statuses,
                                      assigned, contacts[start:end], extra, self.users, self.me,
                                      int(self.now.timestamp()), self.zh, policy_parts(self.policy)))
            # The device user's share of open tickets is dealt across chunks, not drawn: "My open tickets".
            assigned += sum(1 for s in statuses.values() if s != S.NEW)
        return chunks

    def write(self, rows: TicketRows) -> None:
        self.sql.add_tickets(rows.tickets)
        self.sql.add_ticket_events(rows.events)
        self.counts["tickets"] += len(rows.tickets)
        self.counts["ticket_events"] += len(rows.events)

    def finish(self) -> dict[str, int]:
        """Moves the ticket counter past the demo's numbers."""
        if self._next is not None:
            self.sql.set_counters({COUNTER: self._next})
        return self.counts

    def _counter(self) -> int:
        return self.sql.counter(COUNTER)

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
            values, cumulative = self._tables["fresh" if fresh else "older"]
            out[i] = rng.choices(values, cum_weights=cumulative)[0]
        if chosen:
            out[chosen[0]] = S.IN_PROGRESS  # the oldest: forgotten while in progress, long overdue
            out[chosen[-1]] = S.NEW  # the newest has just come in and waits for someone to take it
        return out
