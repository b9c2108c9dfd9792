"""`crm demo --customers 1000000` (with its default deals and tickets) into a new plain store: wall time and the
peak RSS of the process with its workers. Floor: the rows the demo wrote, read back and inserted with plain
sqlite3 executemany into a new file with the same tables, then the same indexes and the search index (FTS5),
in one transaction on one connection, as a plain single-threaded load would."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, SEED, emit, parse_args

BUDGET_MS = 60_000
BATCH = 20_000
# What the demo fills, parents first; search_trigram comes from search_docs' rows (see floor()).
TABLES = ("users", "accounts", "contacts", "activities", "record_tags", "search_docs", "products", "opportunities",
          "opportunity_lines", "sales_orders", "sales_order_lines", "tickets", "ticket_events")


def run_demo(db: Path, size: int) -> tuple[float, float, float, dict]:
    """(seconds, peak RSS of the process in MB, peak RSS with its workers in MB, the demo's counts)."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(db), "--plain", "demo",
                              "--customers", str(size), "--seed", str(SEED)],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    proc, peak, peak_tree = psutil.Process(child.pid), 0, 0
    while child.poll() is None:
        try:
            rss = proc.memory_info().rss
            tree = rss + sum(c.memory_info().rss for c in proc.children(recursive=True))
            peak, peak_tree = max(peak, rss), max(peak_tree, tree)
        except psutil.Error:
            pass  # a worker ended between listing and reading it
        time.sleep(0.05)
    elapsed = time.perf_counter() - started
    if child.returncode:
        raise SystemExit(f"crm demo failed ({child.returncode})")
    return elapsed, peak / 2**20, peak_tree / 2**20, json.loads(child.stdout.read())


def floor(source: Path, folder: Path) -> float:
    """Seconds of executemany, CREATE INDEX, the FTS5 inserts and the commit (reading rows back not counted)."""
    target = folder / "floor.db"
    for leftover in folder.glob("floor.db*"):
        leftover.unlink()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target, isolation_level=None)
    dst.execute("PRAGMA journal_mode=WAL")  # as the app's store
    dst.execute("PRAGMA synchronous=NORMAL")
    dst.execute("PRAGMA cache_size=-262144")  # as the demo's bulk load
    schema = dict(src.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"))
    for table in (*TABLES, "search_trigram"):
        dst.execute(schema[table])
    for key, value in src.execute("SELECT k, v FROM search_trigram_config WHERE k IN ('pgsz', 'hashsize')"):
        dst.execute("INSERT INTO search_trigram (search_trigram, rank) VALUES (?, ?)", (key, value))
    indexes = [sql for (sql,) in src.execute(
        f"SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN"
        f" ({','.join('?' * len(TABLES))})", TABLES)]
    spent = 0.0
    dst.execute("BEGIN")
    for table in TABLES:
        cursor = src.execute(f"SELECT * FROM {table} ORDER BY rowid")
        marks = ",".join("?" * len(cursor.description))
        while rows := cursor.fetchmany(BATCH):
            started = time.perf_counter()
            dst.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
            spent += time.perf_counter() - started
    cursor = src.execute("SELECT rowid, keys FROM search_trigram ORDER BY rowid")
    while rows := cursor.fetchmany(BATCH):
        started = time.perf_counter()
        dst.executemany("INSERT INTO search_trigram (rowid, keys) VALUES (?, ?)", rows)
        spent += time.perf_counter() - started
    started = time.perf_counter()
    for sql in indexes:
        dst.execute(sql)
    dst.execute("COMMIT")
    spent += time.perf_counter() - started
    dst.close()
    src.close()
    for leftover in folder.glob("floor.db*"):
        leftover.unlink()
    return spent


def main() -> None:
    args = parse_args(__doc__)
    folder = Path(tempfile.mkdtemp(prefix="crm-bench-demo-"))
    db = folder / "demo.db"
    try:
        elapsed, rss, rss_tree, counts = run_demo(db, args.size)
        floor_s = floor(db, folder)
        emit("demo", args.size, p50_ms=elapsed * 1000, p95_ms=elapsed * 1000, floor_ms=floor_s * 1000, rss=rss,
             rss_with_workers_mb=round(rss_tree, 1), budget_ms=BUDGET_MS, **counts)
    finally:
        for leftover in folder.glob("*"):
            leftover.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
