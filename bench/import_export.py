"""Import 100,000 contacts (7 columns, xlsx) with duplicate check into a store of 1,000,000, and
export 100,000 contacts to xlsx; floors: python-calamine read, sqlite3 executemany, openpyxl
write-only. Memory is sampled while importing (it must stay flat).

The import also prints `store_floor_ms`: the rows it wrote (records, outbox, audit, undo journal,
search index) replayed with one executemany per table into a fresh copy of the same store, then
committed: what SQLite alone needs for this write set, with no Python work at all."""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import SEED, bench_store, emit, parse_args, rss_mb
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.exchange.imports import ImportOptions
from crm_desktop.interchange.xlsx_writer import write_xlsx

HEADERS = ["姓名", "手机", "邮箱", "公司", "职位", "城市", "备注"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"
PREFIXES = ("135", "136", "138", "139", "150", "151", "158", "177", "186", "188", "189")
CITIES = ("上海", "北京", "深圳", "杭州", "广州", "成都", "苏州", "南京")


def import_rows(n: int, existing: list[tuple[str, str]]) -> list[list]:
    """New people, with one row in ten repeating a contact already in the store (by mobile)."""
    rng = random.Random(SEED)
    rows = []
    for i in range(n):
        if existing and i % 10 == 0:
            name, mobile = existing[(i // 10) % len(existing)]
        else:
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
            mobile = f"{rng.choice(PREFIXES)}{rng.randint(0, 99_999_999):08d}"
        rows.append([name, mobile, f"user{i}@example{i % 97}.com", f"{rng.choice(CITIES)}导入测试{i % 5000}有限公司",
                     rng.choice(("经理", "采购", "总监", "")), rng.choice(CITIES), "展会名单" if i % 3 else ""])
    return rows


def source_file(folder: Path, n: int, existing) -> Path:
    path = folder / f"import-{n}-seed{SEED}.xlsx"
    if not path.exists():
        write_xlsx(path, HEADERS, import_rows(n, existing), sheet_title="contacts", text_columns={1})
    return path


def existing_people(db: Path, count: int) -> list[tuple[str, str]]:
    con = sqlite3.connect(db)
    rows = con.execute("SELECT name, mobile_digits FROM contacts WHERE mobile_digits IS NOT NULL"
                       " LIMIT ?", (count,)).fetchall()
    con.close()
    return rows


def floor_read(path: Path) -> float:
    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    rows = sum(1 for _ in CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).iter_rows())
    assert rows
    return time.perf_counter() - started


def floor_insert(rows: list[list], folder: Path) -> float:
    db = folder / "floor.db"
    db.unlink(missing_ok=True)
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE t (a, b, c, d, e, f, g)")
    started = time.perf_counter()
    with con:
        con.executemany("INSERT INTO t VALUES (?,?,?,?,?,?,?)", rows)
    elapsed = time.perf_counter() - started
    con.close()
    db.unlink()
    return elapsed


# The tables an import writes, with what selects its rows in the store after the import (`?`: the
# largest rowid before it, or the batch id).
_WRITTEN = (("accounts", "rowid > ?", "rowid"), ("contacts", "rowid > ?", "rowid"), ("outbox", "seq > ?", "seq"),
            ("audit_log", "id > ?", "id"), ("search_docs", "seq > ?", "seq"), ("import_journal", "batch_id = ?", None))


def floor_store(cached: Path, imported: Path, folder: Path, batch_id: str) -> float:
    """Seconds to replay the import's rows into a fresh copy of `cached` (see the module docstring)."""
    before = sqlite3.connect(cached)
    marks = {table: before.execute(f"SELECT coalesce(max({key}), 0) FROM {table}").fetchone()[0]
             for table, _where, key in _WRITTEN if key}
    before.close()
    source = sqlite3.connect(imported)
    rows = {table: source.execute(f"SELECT * FROM {table} WHERE {where}", (marks.get(table, batch_id),)).fetchall()
            for table, where, _key in _WRITTEN}
    documents = source.execute("SELECT rowid, keys FROM search_trigram WHERE rowid > ?",
                               (marks["search_docs"],)).fetchall()
    source.close()
    target = folder / "floor-store.db"
    shutil.copyfile(cached, target)
    con = sqlite3.connect(target, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA wal_autocheckpoint=0")  # the import leaves its checkpoint to a background thread
    for (trigger,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_stats_%'"
                                  ).fetchall():
        con.execute(f"DROP TRIGGER {trigger}")  # as the import sets them aside
    con.execute("PRAGMA foreign_keys=OFF")  # the import batch row itself is not replayed
    started = time.perf_counter()
    con.execute("BEGIN")
    for table, values in rows.items():
        if values:
            con.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(values[0]))})", values)
    con.executemany("INSERT INTO search_trigram (rowid, keys) VALUES (?, ?)", documents)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - started
    con.close()
    for leftover in folder.glob("floor-store.db*"):
        leftover.unlink()
    return elapsed


def floor_write(rows: list[list], folder: Path) -> float:
    from openpyxl import Workbook

    started = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    for row in rows:
        sheet.append(row)
    book.save(folder / "floor.xlsx")
    return time.perf_counter() - started


class PeakRss:
    def __init__(self) -> None:
        self.peak = rss_mb()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, rss_mb())

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._stop.set()
        self._thread.join()


def main() -> None:
    args = parse_args(__doc__)
    n_import = max(100, args.size // 10)
    folder = Path(tempfile.gettempdir()) / "crm-bench"
    cached = bench_store(args.size, args.fresh)
    CrmApp.open(cached).close()  # migrate the cached store once, not every copy
    work = folder / "import-target.db"
    shutil.copyfile(cached, work)
    for suffix in ("-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    path = source_file(folder, n_import, existing_people(cached, n_import // 10))
    rows = import_rows(n_import, [])

    app = CrmApp.open(work)
    try:
        rss_before = rss_mb()
        started = time.perf_counter()
        with PeakRss() as peak:
            result = app.imports.run(path, ImportOptions())
        elapsed = time.perf_counter() - started
    finally:
        started = time.perf_counter()
        app.close()  # waits for the checkpoint the import left to a background thread
        checkpoint = time.perf_counter() - started
    floor = floor_read(path) + floor_insert(rows, folder)
    store_floor = floor_store(cached, work, folder, result.batch_id)
    emit("import_export.import", n_import, p50_ms=elapsed * 1000, p95_ms=elapsed * 1000,
         floor_ms=floor * 1000, store_floor_ms=round(store_floor * 1000, 1),
         store_floor_ratio=round(elapsed / store_floor, 2), checkpoint_after_ms=round(checkpoint * 1000, 1),
         rss=peak.peak, rss_before_mb=round(rss_before, 1), store=args.size, created=result.created,
         skipped=result.skipped, errors=result.errors, accounts_created=result.accounts_created)

    export_store = bench_store(n_import)
    app = CrmApp.open(export_store)
    try:
        out = folder / "export.xlsx"
        started = time.perf_counter()
        count = app.exports.export_records("contact", out, language="zh")
        elapsed = time.perf_counter() - started
        floor = floor_write([r + [None] * 4 for r in rows], folder)
        emit("import_export", count, p50_ms=elapsed * 1000, p95_ms=elapsed * 1000, floor_ms=floor * 1000,
             rss=rss_mb(), what="export")
    finally:
        app.close()
    work.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
