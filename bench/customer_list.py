"""Open the customer list at 1,000,000 contacts and jump to the last row; RSS of the app.

Floor: the same count and last page with plain sqlite3 on the same file and index.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import bench_store, emit, parse_args, percentile, rss_mb

ROUNDS = 7


def open_and_jump(app, page_class, crm) -> float:
    """Milliseconds from creating the customers page to the last row painted."""
    started = time.perf_counter()
    page = page_class(crm)
    page.resize(1200, 800)
    page.show()
    app.processEvents()
    page.table.scrollToBottom()
    app.processEvents()
    last = page.model.rowCount() - 1
    assert page.model.data(page.model.index(last, 0))
    elapsed = (time.perf_counter() - started) * 1000
    page.close()
    page.deleteLater()
    app.processEvents()
    return elapsed


def floor_ms(db: Path) -> float:
    con = sqlite3.connect(db)
    started = time.perf_counter()
    total = con.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0]
    con.execute("SELECT rowid FROM contacts WHERE deleted_at IS NULL ORDER BY name DESC, id DESC LIMIT 200"
                ).fetchall()
    elapsed = (time.perf_counter() - started) * 1000
    con.close()
    assert total
    return elapsed


def main() -> None:
    args = parse_args(__doc__)
    db = bench_store(args.size, args.fresh)
    from crm_desktop.controllers.app import CrmApp
    from crm_desktop.gui.app import create_application
    from crm_desktop.gui.customers_page import CustomersPage

    app = create_application()
    crm = CrmApp.open(db)
    times = [open_and_jump(app, CustomersPage, crm) for _ in range(ROUNDS)]
    rss = rss_mb()
    crm.close()
    floors = [floor_ms(db) for _ in range(ROUNDS)]
    emit("customer_list", args.size, p50_ms=percentile(times, 50), p95_ms=percentile(times, 95),
         floor_ms=percentile(floors, 95), rss=rss, first_open_ms=round(times[0], 1))


if __name__ == "__main__":
    main()
