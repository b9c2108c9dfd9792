"""Deleting all demo data in bulk (File menu, `crm demo --delete`): exactly the rows the demo generator marked,
in one transaction run off the GUI thread with progress and cancel; a cancel or a failure leaves everything.

Demo rows were never pushed, so their removal writes no outbox entry: nothing of it reaches the server."""

from __future__ import annotations

from dataclasses import dataclass, field

from crm_desktop.store.database import Store
from crm_desktop.store.demo_removal import DemoRemoval, demo_counts
from crm_desktop.tasks import TaskState

# The records a user thinks of, in the order a summary names them (the rest: lines, events, colleagues).
MAIN_KINDS = ("contacts", "accounts", "activities", "opportunities", "sales_orders", "tickets", "products")


@dataclass(frozen=True)
class DemoRemoved:
    """Rows deleted per table, and demo rows kept because the user's own records refer to them."""

    deleted: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.deleted.values())


class DemoRemover:
    def __init__(self, store: Store) -> None:
        self.store = store

    def counts(self) -> dict[str, int]:
        """Demo rows per table now (only tables that have some); empty when there is no demo data."""
        with self.store.engine.connect() as conn:
            return demo_counts(conn)

    def delete(self, state: TaskState | None = None) -> DemoRemoved:
        state = state or TaskState()
        with self.store.engine.connect() as conn:
            try:
                with conn.begin():
                    # Before SQLite's transaction, where it applies: the removal keeps every reference whole itself
                    # (a referred-to row stays), and checking keys row by row would scan tables with no index.
                    conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                    # The driver opens no transaction for DDL: the triggers set aside must come back on a cancel.
                    conn.exec_driver_sql("BEGIN")
                    removal = DemoRemoval(conn, state.progress, state.check)
                    removal.run()
            finally:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        return DemoRemoved(removal.deleted, removal.kept)
