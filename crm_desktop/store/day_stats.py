"""Counts kept by triggers, rebuilt in bulk: activities and new accounts per day (migration 0006), and
live contacts by their account's segment fields (migration 0010), live contacts and accounts (0012).

Counting the 700,000 activities of a year takes SQLite half a second even from a covering index; the
same year is some 15,000 day rows in `activity_day_stats`. The triggers keep the counts right for every
writer (the app, imports, sync): an insert adds one, a delete or soft delete takes one away, an edit
moves it. Bulk loads may switch them off and count afresh at the end, which is faster for millions.
Days are UTC days, like every timestamp of the store.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Connection

# (table, source table, the day column, the counted dimensions)
_STATS = (
    ("activity_day_stats", "activities", "occurred_at", ("kind", "owner_id")),
    ("account_day_stats", "accounts", "created_at", ("source", "level", "owner_id")),
)


# The account fields a segment may ask for; contact_segment_stats counts live contacts by them.
SEGMENT_DIMS = ("level", "status", "industry", "source", "province", "city")


def rebuild(conn: Connection) -> None:
    """Count every stats table afresh from its source table."""
    for stat, table, day, dims in _STATS:
        keys = ", ".join(f"coalesce({d}, '')" for d in dims)
        conn.exec_driver_sql(f"DELETE FROM {stat}")
        conn.exec_driver_sql(
            f"INSERT INTO {stat} (day, {', '.join(dims)}, n) SELECT substr({day}, 1, 10) AS d, {keys}, count(*)"
            f" FROM {table} WHERE deleted_at IS NULL GROUP BY d, {keys}")
    for entity, table in (("contact", "contacts"), ("account", "accounts")):
        conn.exec_driver_sql(f"UPDATE live_counts SET n = (SELECT count(*) FROM {table} WHERE deleted_at IS NULL)"
                             " WHERE entity = ?", (entity,))
    keys = ", ".join(f"coalesce(a.{d}, '')" for d in SEGMENT_DIMS)
    conn.exec_driver_sql("DELETE FROM contact_segment_stats")
    conn.exec_driver_sql(
        f"INSERT INTO contact_segment_stats ({', '.join(SEGMENT_DIMS)}, n, with_email) SELECT {keys}, count(*),"
        " sum(c.email IS NOT NULL AND c.email != '') FROM contacts c JOIN accounts a ON a.id = c.account_id"
        f" WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL GROUP BY {keys}")


@contextmanager
def counted_at_the_end(conn: Connection) -> Iterator[None]:
    """Inside one transaction: the triggers set aside while rows pour in, the counts rebuilt after."""
    triggers = _set_aside(conn)
    yield
    rebuild(conn)
    _restore(conn, triggers)


@contextmanager
def tallied_by_the_loader(conn: Connection) -> Iterator[Tally]:
    """Inside one transaction: the triggers set aside while a bulk loader inserts new, live rows and tallies
    them itself (Tally); the tallies are added at the end, as the triggers would have added them row by row.
    Cheaper than either at a million rows: a recount scans and groups every row of the tables."""
    triggers = _set_aside(conn)
    tally = Tally()
    yield tally
    tally.apply(conn)
    _restore(conn, triggers)


def _set_aside(conn: Connection) -> list[tuple[str, str]]:
    triggers = [(name, sql) for name, sql in conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_stats_%'")]
    for name, _sql in triggers:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    return triggers


def _restore(conn: Connection, triggers: list[tuple[str, str]]) -> None:
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)


def segment_key(level: str | None, status: str | None, industry: str | None, source: str | None,
                province: str | None, city: str | None) -> tuple[str, ...]:
    """An account's SEGMENT_DIMS as contact_segment_stats keeps them (coalesce(..., ''))."""
    return tuple("" if v is None else v for v in (level, status, industry, source, province, city))


@dataclass
class Tally:
    """What the insert triggers of the stats tables add for new, live rows, counted in Python (picklable:
    worker processes count the rows they build). Keys follow the triggers: UTC day = the timestamp's
    first ten characters, missing values as ''."""

    # (day, kind, owner) -> activities
    activity_days: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    # (day, source, level, owner) -> accounts
    account_days: Counter[tuple[str, str, str, str]] = field(default_factory=Counter)
    segments: Counter[tuple[str, ...]] = field(default_factory=Counter)  # segment_key -> contacts of live accounts
    segment_emails: Counter[tuple[str, ...]] = field(default_factory=Counter)  # segment_key -> those with an e-mail
    live: Counter[str] = field(default_factory=Counter)  # 'contact' | 'account' -> live records

    def activity(self, occurred_at: str, kind: str | None, owner: str | None) -> None:
        self.activity_days[(occurred_at[:10], kind or "", owner or "")] += 1

    def account(self, created_at: str, source: str | None, level: str | None, owner: str | None) -> None:
        # A new account has no contacts yet: account_segment_stats_insert adds nothing.
        self.account_days[(created_at[:10], source or "", level or "", owner or "")] += 1
        self.live["account"] += 1

    def contact(self, segment: tuple[str, ...] | None, email: str | None) -> None:
        """`segment`: segment_key of the contact's live account, None without one."""
        self.live["contact"] += 1
        if segment is not None:
            self.segments[segment] += 1
            if email:
                self.segment_emails[segment] += 1

    def merge(self, other: Tally) -> None:
        self.activity_days.update(other.activity_days)
        self.account_days.update(other.account_days)
        self.segments.update(other.segments)
        self.segment_emails.update(other.segment_emails)
        self.live.update(other.live)

    def apply(self, conn: Connection) -> None:
        if self.activity_days:
            conn.exec_driver_sql(
                "INSERT INTO activity_day_stats (day, kind, owner_id, n) VALUES (?, ?, ?, ?)"
                " ON CONFLICT DO UPDATE SET n = n + excluded.n", [(*k, n) for k, n in self.activity_days.items()])
        if self.account_days:
            conn.exec_driver_sql(
                "INSERT INTO account_day_stats (day, source, level, owner_id, n) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT DO UPDATE SET n = n + excluded.n", [(*k, n) for k, n in self.account_days.items()])
        if self.segments:
            conn.exec_driver_sql(
                f"INSERT INTO contact_segment_stats ({', '.join(SEGMENT_DIMS)}, n, with_email)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n,"
                " with_email = with_email + excluded.with_email",
                [(*k, n, self.segment_emails[k]) for k, n in self.segments.items()])
        for entity, n in self.live.items():
            conn.exec_driver_sql("UPDATE live_counts SET n = n + ? WHERE entity = ?", (n, entity))


@contextmanager
def inserts_tallied(conn: Connection) -> Iterator[Tally]:
    """Inside one transaction: the insert triggers of contacts and accounts set aside while a bulk writer
    (an import) adds new, live rows and tallies them (Tally); the tallies are added at the end. Edits and
    deletes keep their triggers. A trigger per row costs more than the row itself: each insert opens a
    statement journal, and FTS5 flushes its pending terms at every one. A rollback brings the triggers
    back with everything else (SQLite's DDL is transactional)."""
    names = [f"{prefix}_insert" for prefix in ("contact_segment_stats", "contact_live_stats",
                                                "account_segment_stats", "account_live_stats", "account_day_stats")]
    triggers = [(name, sql) for name, sql in conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({','.join('?' * len(names))})",
        tuple(names))]
    for name, _sql in triggers:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    tally = Tally()
    yield tally
    tally.apply(conn)
    _restore(conn, triggers)
