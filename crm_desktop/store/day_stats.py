"""Counts kept by triggers, rebuilt in bulk: activities and new accounts per day (migration 0006), and
live contacts by their account's segment fields (migration 0010), live contacts and accounts (0012).

Counting the 700,000 activities of a year takes SQLite half a second even from a covering index; the
same year is some 15,000 day rows in `activity_day_stats`. The triggers keep the counts right for every
writer (the app, imports, sync): an insert adds one, a delete or soft delete takes one away, an edit
moves it. Bulk loads may switch them off and count afresh at the end, which is faster for millions.
Days are UTC days, like every timestamp of the store.
"""

from __future__ import annotations

from contextlib import contextmanager

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
def counted_at_the_end(conn: Connection):
    """Inside one transaction: the triggers set aside while rows pour in, the counts rebuilt after."""
    triggers = list(conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_stats_%'"))
    for name, _sql in triggers:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    yield
    rebuild(conn)
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)
