"""Open the customer list at 1,000,000 contacts and jump to the last row; RSS of the app; on the plain
store and on an SQLCipher copy of it.

Floor: the same count and last page with plain sqlite3 (or the SQLCipher binding) on the same file and index.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import bench_store, drain, emit, encrypted_copy, parse_args, percentile, rss_mb

ROUNDS = 7


def open_and_jump(app, page_class, crm, jobs) -> float:
    """Milliseconds from creating the customers page to the last row painted (rows load off the GUI thread)."""
    started = time.perf_counter()
    page = page_class(crm, jobs)
    page.resize(1200, 800)
    page.show()
    drain(app, jobs)
    page.table.scrollToBottom()
    page.table.viewport().repaint()  # the paint asks for the last page, which loads off the GUI thread
    drain(app, jobs)
    last = page.model.rowCount() - 1
    assert page.model.data(page.model.index(last, 0))
    elapsed = (time.perf_counter() - started) * 1000
    page.close()
    page.deleteLater()
    app.processEvents()
    return elapsed


def floor_ms(db: Path, key=None) -> float:
    from crm_desktop.store import cipher

    con = cipher.connect(db, key)
    started = time.perf_counter()
    total = con.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0]
    con.execute("SELECT rowid FROM contacts WHERE deleted_at IS NULL ORDER BY name_sort DESC, id DESC LIMIT 200"
                ).fetchall()
    elapsed = (time.perf_counter() - started) * 1000
    con.close()
    assert total
    return elapsed


def measure(name: str, size: int, app, db: Path, key) -> None:
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.gui.customers.page import CustomersPage
    from crm_desktop.gui.shell.jobs import JobRunner

    crm = CrmApp.open(db, key=key)
    jobs = JobRunner()
    times = [open_and_jump(app, CustomersPage, crm, jobs) for _ in range(ROUNDS)]
    rss = rss_mb()
    jobs.shutdown()
    crm.close()
    floors = [floor_ms(db, key) for _ in range(ROUNDS)]
    emit(name, size, p50_ms=percentile(times, 50), p95_ms=percentile(times, 95),
         floor_ms=percentile(floors, 95), rss=rss, first_open_ms=round(times[0], 1))


def main() -> None:
    args = parse_args(__doc__)
    db = bench_store(args.size, args.fresh)
    from crm_desktop.gui.shell.app import create_application

    app = create_application()
    measure("customer_list", args.size, app, db, None)
    encrypted, key = encrypted_copy(db, args.fresh)
    measure("customer_list_encrypted", args.size, app, encrypted, key)


if __name__ == "__main__":
    main()
