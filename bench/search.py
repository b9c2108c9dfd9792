"""Search as you type at 1,000,000 contacts: a mix of Chinese fragments, pinyin initials, full
pinyin, phone fragments, e-mails and companies, against the plain FTS5 trigram top-50 floor; on the
plain store and on an SQLCipher copy of it (each against its own floor)."""

from __future__ import annotations

import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import SEED, bench_store, emit, encrypted_copy, parse_args, percentile
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.customers.pinyin_keys import pinyin_keys

QUERIES_PER_KIND = 40


def query_mix(db: Path) -> list[tuple[str, str]]:
    """(kind, query) drawn from the store's own records, as a rep would type them."""
    con = sqlite3.connect(db)
    rng = random.Random(SEED)
    count = con.execute("SELECT max(rowid) FROM contacts").fetchone()[0]
    rows = []
    while len(rows) < QUERIES_PER_KIND * 2:
        row = con.execute("SELECT name, mobile_digits, email, account_name FROM contacts WHERE rowid = ?",
                          (rng.randint(1, count),)).fetchone()
        if row and row[1] and row[2] and row[3] and not row[0].isascii():
            rows.append(row)
    con.close()
    mix = []
    for name, digits, email, company in rows[:QUERIES_PER_KIND]:
        fulls, initials = pinyin_keys(name)
        start = rng.randint(0, len(digits) - 5)
        mix += [
            ("chinese_1", name[0]), ("chinese_2", name[:2]), ("chinese_inner", name[1:]),
            ("initials", initials[0]), ("pinyin_prefix", fulls[0][: rng.randint(3, 6)]),
            ("full_pinyin", fulls[0]), ("phone", digits[start:start + rng.randint(4, 7)]),
            ("email", email.split("@")[0][:8]), ("company", company[2:5]),
        ]
    return mix


def time_ms(fn, *args) -> float:
    started = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - started) * 1000


def measure(name: str, size: int, db: Path, key, mix: list[tuple[str, str]]) -> None:
    """The app's search and the plain FTS5 floor on the same file (both through SQLCipher when keyed)."""
    from crm_desktop.store import cipher

    crm = CrmApp.open(db, key=key)
    for _, q in mix[:20]:  # warm the page cache, as a running app would be
        crm.search.search(q)
    project = [time_ms(crm.search.search, q, 50) for _, q in mix]
    by_kind: dict[str, list[float]] = {}
    for (kind, _), ms in zip(mix, project, strict=True):
        by_kind.setdefault(kind, []).append(ms)
    crm.close()

    raw = cipher.connect(db, key)
    floor_sql = "SELECT rowid FROM search_trigram WHERE search_trigram MATCH ? LIMIT 50"
    plain = [q for _, q in mix if len(q) >= 3]  # the floor: one plain trigram query, no ranking
    for q in plain[:20]:
        raw.execute(floor_sql, ('"' + q.replace('"', '""') + '"',)).fetchall()
    floor = [time_ms(lambda q=q: raw.execute(floor_sql, ('"' + q.replace('"', '""') + '"',)).fetchall())
             for q in plain]
    raw.close()
    emit(name, size, p50_ms=percentile(project, 50), p95_ms=percentile(project, 95),
         floor_ms=percentile(floor, 95), queries=len(project),
         by_kind_p95={k: round(percentile(v, 95), 2) for k, v in sorted(by_kind.items())})


def main() -> None:
    args = parse_args(__doc__)
    db = bench_store(args.size, args.fresh)
    mix = query_mix(db)
    measure("search", args.size, db, None, mix)
    encrypted, key = encrypted_copy(db, args.fresh)
    measure("search_encrypted", args.size, encrypted, key, mix)


if __name__ == "__main__":
    main()
