"""Open every service queue at 500,000 tickets: count, first page and the last page (the list can jump
to its end), in the controller and through the queue's table model in a real view. Floor: the same
count and first page as plain sqlite3 queries through the intended index. Prints each queue's plan."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import demo_store, drain, emit, parse_args, percentile, rss_mb, timed

FULL_TICKETS, QUICK_TICKETS = 500_000, 5_000
CONTACTS_PER_TICKET = 0.25  # tickets need customers, not four million of them
ROUNDS = 15
GUI_ROUNDS = 7
BUDGET_MS = 300
PAGE = 200
QUEUES = ("mine", "unassigned", "soon", "overdue", "open", "all")
# The indexes each queue is meant to read (models.Ticket.__table_args__). The open queue may count on
# the partial index of open tickets and page in creation order; any index of every live ticket counts all.
INTENDED = {"mine": ("ix_tickets_open_assignee",), "unassigned": ("ix_tickets_open_assignee",),
            "soon": ("ix_tickets_clock",), "overdue": ("ix_tickets_clock",),
            "open": ("ix_tickets_open_assignee", "ix_tickets_created"),
            "all": ("ix_tickets_created", "ix_tickets_resolution_due")}
# The raw floor: the same rows as plain SQL written out here, each read through its intended index
# (INDEXED BY, as pipeline.py's floor), so a plan gone wrong in the app shows as a high ratio.
OPEN = "status IN ('new', 'assigned', 'in_progress', 'waiting') AND deleted_at IS NULL"
DUE, NEWEST, RUNNING = "resolution_due_at, id", "created_at DESC, id DESC", "sla_due_at, id"
FLOOR = {  # queue: (where, order, index of the count, index of the page)
    "mine": (f"assignee_id = :me AND {OPEN}", DUE, "ix_tickets_open_assignee", "ix_tickets_open_assignee"),
    "unassigned": (f"assignee_id IS NULL AND {OPEN}", DUE, "ix_tickets_open_assignee", "ix_tickets_open_assignee"),
    "soon": ("deleted_at IS NULL AND sla_due_at > :now AND sla_warn_at <= :now", RUNNING, "ix_tickets_clock",
             "ix_tickets_clock"),
    "overdue": ("deleted_at IS NULL AND sla_due_at <= :now", RUNNING, "ix_tickets_clock", "ix_tickets_clock"),
    "open": (OPEN, NEWEST, "ix_tickets_open_assignee", "ix_tickets_created"),
    "all": ("deleted_at IS NULL", NEWEST, "ix_tickets_created", "ix_tickets_created"),
}


def tickets_store(size: int, fresh: bool) -> Path:
    """A store of `size` demo tickets, with the contacts and accounts they need."""
    contacts = max(1_000, int(size * CONTACTS_PER_TICKET))
    return demo_store("tickets", size, fresh, ["--customers", str(contacts), "--tickets", str(size)],
                      language="zh_CN", contacts=contacts)


def open_queue(crm, queue: str) -> int:
    """What opening a queue asks of the store: its size, the first page and the last one."""
    from crm_desktop.domain.service.entities import TicketFilter

    flt = TicketFilter(queue)
    sort = crm.service.default_sort(queue)
    total = crm.service.count(flt)
    first = crm.service.page(flt, sort, 0, PAGE, total)
    last = crm.service.page(flt, sort, max(total - PAGE, 0), PAGE, total)
    assert len(first) == min(total, PAGE) and len(last) == min(total, PAGE)
    return total


def gui_times(crm) -> dict[str, list[float]] | None:
    """Each queue opened in a table view over a fresh TicketTableModel: counted, the top painted,
    then scrolled to the bottom and painted. None if the GUI has no ticket model yet."""
    try:
        from crm_desktop.gui.service.ticket_table_model import TicketTableModel
    except ImportError:
        return None
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QTableView

    from crm_desktop.domain.service.entities import TicketFilter
    from crm_desktop.gui.shell.app import create_application
    from crm_desktop.gui.shell.jobs import JobRunner

    app = create_application()
    jobs = JobRunner()

    def open_view(queue: str) -> None:
        view = QTableView()
        model = TicketTableModel(crm.service, jobs, TicketFilter(queue), view)
        view.setModel(model)
        view.resize(1400, 900)
        view.show()
        drain(app, jobs)  # the count and first page arrive from the database thread
        view.scrollToBottom()
        view.viewport().repaint()  # the paint asks for the last page, which loads off the GUI thread
        drain(app, jobs)
        last = model.rowCount() - 1
        assert last < 0 or model.data(model.index(last, 0))
        view.repaint()
        view.close()
        view.deleteLater()
        # processEvents outside an event loop leaves deferred deletes waiting: ~6 MB a view would pile up.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    try:
        return {queue: timed(lambda queue=queue: open_view(queue), GUI_ROUNDS) for queue in QUEUES}
    finally:
        jobs.shutdown()


def floor_times(db: Path, me: str) -> dict[str, list[float]]:
    con = sqlite3.connect(db)
    params = {"me": me, "now": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")}
    out = {}
    for queue, (where, order, count_index, page_index) in FLOOR.items():
        count = f"SELECT count(*) FROM tickets INDEXED BY {count_index} WHERE {where}"
        page = f"SELECT * FROM tickets INDEXED BY {page_index} WHERE {where} ORDER BY {order} LIMIT {PAGE}"

        def run(count=count, page=page) -> None:
            con.execute(count, params).fetchone()
            con.execute(page, params).fetchall()

        run()  # warm, as the project's runs are
        out[queue] = timed(run, ROUNDS)
    con.close()
    return out


def query_plans(crm, db: Path) -> dict[str, dict]:
    """The statements the controller runs to open each queue, captured, then EXPLAIN QUERY PLAN'd
    with plain sqlite3: which index each reads, and whether any scans the table."""
    from sqlalchemy import event

    seen: list[tuple[str, tuple]] = []

    def capture(conn, cursor, statement, parameters, context, executemany) -> None:
        if "FROM tickets t" in statement:
            seen.append((statement, tuple(parameters)))

    event.listen(crm.store.engine, "before_cursor_execute", capture)
    con = sqlite3.connect(db)
    plans = {}
    try:
        for queue in QUEUES:
            seen.clear()
            open_queue(crm, queue)
            steps = {}
            for name, (sql, params) in zip(("count", "first_page", "last_page"), seen, strict=True):
                steps[name] = [row[3] for row in con.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
            wanted = INTENDED[queue]
            plans[queue] = {
                **steps, "intended": wanted,
                "off_intended": [n for n, lines in steps.items() if not any(ix in d for d in lines for ix in wanted)],
                # SCAN over t reads every entry of the table or index until the LIMIT is met; SEARCH reads a range.
                "table_scans": [n for n, lines in steps.items() if any(d == "SCAN t" for d in lines)],
                "full_index_scans": [n for n, lines in steps.items()
                                     if any(d.startswith("SCAN t USING") for d in lines)],
            }
    finally:
        event.remove(crm.store.engine, "before_cursor_execute", capture)
        con.close()
    return plans


def main() -> None:
    args = parse_args(__doc__, QUICK_TICKETS, FULL_TICKETS, "tickets")
    db = tickets_store(args.size, args.fresh)
    from crm_desktop.controllers.shell.app import CrmApp

    crm = CrmApp.open(db)
    for queue, plan in query_plans(crm, db).items():
        print(json.dumps({"plan": queue, **plan}, ensure_ascii=False), flush=True)
    floors = {q: percentile(t, 95) for q, t in floor_times(db, crm.service.me).items()}
    results: dict[tuple[str, str], list[float]] = {}
    for queue in QUEUES:
        first = timed(lambda queue=queue: open_queue(crm, queue), 1)[0]  # cold: the first open after start
        times = timed(lambda queue=queue: open_queue(crm, queue), ROUNDS)
        results[(queue, "store")] = times
        emit(f"tickets_{queue}", args.size, p50_ms=percentile(times, 50), p95_ms=percentile(times, 95),
             floor_ms=floors[queue], level="store", rows=open_queue(crm, queue), first_open_ms=round(first, 1))
    gui = gui_times(crm)
    if gui is None:
        print('{"note": "crm_desktop/gui/service/ticket_table_model.py not there yet: store level only"}', flush=True)
    for queue, times in (gui or {}).items():
        results[(queue, "gui")] = times
        emit(f"tickets_{queue}_gui", args.size, p50_ms=percentile(times, 50), p95_ms=percentile(times, 95),
             floor_ms=floors[queue], level="gui")
    rss = rss_mb()
    crm.close()
    slowest = max(results, key=lambda k: percentile(results[k], 95))
    p95 = percentile(results[slowest], 95)
    emit("tickets", args.size, p50_ms=percentile(results[slowest], 50), p95_ms=p95, floor_ms=floors[slowest[0]],
         rss=rss, slowest="_".join(slowest), budget_ms=BUDGET_MS, within_budget=p95 <= BUDGET_MS)


if __name__ == "__main__":
    main()
