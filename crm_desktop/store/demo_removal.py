"""Deleting the demo data: every row the demo generator wrote (marked `demo = 1`, migration 0017) goes, in one
transaction, with its tags, search documents and counts; nothing is journaled (demo rows were never pushed).

A demo row that one of the user's own rows still refers to stays (a contact they added to a demo company keeps
the company; a demo product on their own order stays), and is counted as kept. Tables are emptied children
first, so a parent is judged by the rows that remain."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from crm_desktop.store.day_stats import counted_at_the_end
from crm_desktop.store.models import SyncedRecord
from crm_desktop.store.search_rebuild import rebuild_search_index

# Every synced table has an owner: a demo colleague who still owns a row stays.
_OWNED = sorted({m.class_.__tablename__ for m in SyncedRecord.registry.mappers if issubclass(m.class_, SyncedRecord)})
# (table, its references from other tables as (table, column)), in the order they are emptied.
STEPS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("ticket_events", ()),
    ("tickets", (("ticket_events", "ticket_id"), ("activities", "ticket_id"))),
    ("sales_order_lines", ()),
    ("sales_orders", (("sales_order_lines", "order_id"), ("sales_orders", "quote_id"))),
    ("opportunity_lines", ()),
    ("opportunities", (("opportunity_lines", "opportunity_id"), ("sales_orders", "opportunity_id"),
                       ("activities", "opportunity_id"))),
    ("activities", ()),
    ("contacts", (("activities", "contact_id"), ("opportunities", "contact_id"), ("tickets", "contact_id"),
                  ("campaign_members", "contact_id"), ("email_outbox", "contact_id"))),
    ("accounts", (("contacts", "account_id"), ("activities", "account_id"), ("opportunities", "account_id"),
                  ("tickets", "account_id"), ("sales_orders", "account_id"))),
    ("products", (("opportunity_lines", "product_id"), ("sales_order_lines", "product_id"))),
    ("users", (*((t, "owner_id") for t in _OWNED), ("tickets", "assignee_id"), ("ticket_events", "author_id"))),
)
DEMO_TABLES = tuple(table for table, _ in STEPS)
CHUNK = 20_000  # rows per DELETE: progress and a cancel between them

# Confirmed demo orders hold stock (bulk_demo.DemoStatements.hold_stock raised on hand and reserved alike):
# given back where the product stays, unless the user's own line keeps the order.
_HELD_SQL = """
SELECT l.product_id, sum(l.quantity) FROM sales_order_lines l JOIN sales_orders o ON o.id = l.order_id
 WHERE o.demo = 1 AND l.demo = 1 AND o.kind = 'order' AND o.status = 'confirmed'
   AND NOT EXISTS (SELECT 1 FROM sales_order_lines x WHERE x.order_id = o.id AND x.demo = 0)
 GROUP BY l.product_id
"""


def demo_counts(conn: Connection) -> dict[str, int]:
    """Demo rows per table (those with none left out)."""
    counts = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t} WHERE demo = 1").scalar() or 0 for t in DEMO_TABLES}
    return {t: n for t, n in counts.items() if n}


class DemoRemoval:
    """One removal on the caller's connection, inside its transaction."""

    def __init__(self, conn: Connection, progress: Callable[[int, int, str], None],
                 check: Callable[[], None]) -> None:
        self.conn, self.progress, self.check = conn, progress, check
        self.deleted: dict[str, int] = {}
        self.kept: dict[str, int] = {}
        self.total = 0  # demo rows at the start: what progress counts up to

    def run(self) -> None:
        """The counts (day stats, live counts) are set aside and counted afresh at the end: cheaper than their
        triggers taking a million rows away one by one."""
        with counted_at_the_end(self.conn):
            self._remove()

    def _remove(self) -> None:
        conn = self.conn
        conn.exec_driver_sql("DROP TABLE IF EXISTS temp.demo_gone")
        conn.exec_driver_sql("CREATE TEMP TABLE demo_gone (n INTEGER PRIMARY KEY, tbl TEXT NOT NULL, id TEXT NOT NULL)")
        self.total = total = sum(demo_counts(conn).values()) or 1
        self._release_stock()
        done = 0
        for table, references in STEPS:
            first = conn.exec_driver_sql("SELECT coalesce(max(n), 0) + 1 FROM temp.demo_gone").scalar() or 1
            conn.exec_driver_sql(f"INSERT INTO temp.demo_gone (tbl, id) SELECT '{table}', id FROM {table}"
                                 f" WHERE demo = 1{self._unreferenced(references)}")
            last = conn.exec_driver_sql("SELECT coalesce(max(n), 0) FROM temp.demo_gone").scalar() or 0
            for start in range(first, last + 1, CHUNK):
                conn.exec_driver_sql(f"DELETE FROM {table} WHERE id IN (SELECT id FROM temp.demo_gone"
                                     " WHERE n BETWEEN ? AND ?)", (start, min(last, start + CHUNK - 1)))
                done += min(last, start + CHUNK - 1) - start + 1
                self.progress(min(done, total), total, table)
                self.check()
            if last >= first:
                self.deleted[table] = last - first + 1
            kept = conn.exec_driver_sql(f"SELECT count(*) FROM {table} WHERE demo = 1").scalar() or 0
            if kept:
                self.kept[table] = kept
        conn.exec_driver_sql("CREATE INDEX temp.ix_demo_gone_id ON demo_gone (id)")
        self._side_tables()
        conn.exec_driver_sql("DROP TABLE temp.demo_gone")

    @staticmethod
    def _unreferenced(references: tuple[tuple[str, str], ...]) -> str:
        """ AND id NOT IN (every id the remaining rows of the referring tables name)."""
        if not references:
            return ""
        named = " UNION ".join(f"SELECT {c} FROM {t} WHERE {c} IS NOT NULL" for t, c in references)
        return f" AND id NOT IN ({named})"

    def _release_stock(self) -> None:
        held = list(self.conn.exec_driver_sql(_HELD_SQL))
        if held:
            self.conn.exec_driver_sql("UPDATE products SET stock_reserved = stock_reserved - ?,"
                                      " stock_on_hand = stock_on_hand - ? WHERE id = ?",
                                      [(units, units, pid) for pid, units in held])

    def _side_tables(self) -> None:
        """What hangs on the deleted rows by id: tags, search documents, sync bookkeeping not yet sent (edits of
        demo rows: the server never had them)."""
        conn, gone = self.conn, "(SELECT id FROM temp.demo_gone)"
        conn.exec_driver_sql(f"DELETE FROM record_tags WHERE record_id IN {gone}")
        conn.exec_driver_sql(f"DELETE FROM outbox WHERE device_seq IS NULL AND record_id IN {gone}")
        conn.exec_driver_sql(f"DELETE FROM sync_field_bases WHERE record_id IN {gone}")
        indexed = conn.exec_driver_sql("SELECT count(*) FROM search_docs").scalar() or 0
        dropped = self.deleted.get("accounts", 0) + self.deleted.get("contacts", 0)
        self.check()
        if dropped * 2 >= indexed:  # most of the index goes: building it again from what stays is quicker
            self.progress(self.total, self.total, "search")
            rebuild_search_index(conn)
            return
        conn.exec_driver_sql(f"DELETE FROM search_trigram WHERE rowid IN (SELECT seq FROM search_docs"
                             f" WHERE record_id IN {gone})")
        conn.exec_driver_sql(f"DELETE FROM search_docs WHERE record_id IN {gone}")
