"""Shared bench helpers: a cached deterministic store, timing, percentiles, JSON lines."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
FULL_SIZE = 1_000_000
QUICK_SIZE = 5_000
SEED = 42


def parse_args(description: str, quick: int = QUICK_SIZE, full: int = FULL_SIZE,
               unit: str = "contacts") -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help=f"{quick:,} {unit} (smoke test)")
    parser.add_argument("--size", type=int, default=None, help=f"{unit} in the store")
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached store")
    args = parser.parse_args()
    args.size = args.size or (quick if args.quick else full)
    return args


def demo_store(kind: str, size: int, fresh: bool, demo_args: list[str], language: str | None = None,
               **extra) -> Path:
    """A demo store (seed fixed) made by `crm demo` once and kept in the temp dir. The schema revision
    and a digest of the migrations are part of its name: a store cached by an older version lacks what
    newer demos and migrations make."""
    from crm_desktop.store.migrate import HEAD_REVISION

    folder = Path(tempfile.gettempdir()) / "crm-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"{kind}-{size}-seed{SEED}-r{HEAD_REVISION}-{_schema_digest()}.db"
    done = path.with_suffix(".ok")
    if fresh or not done.exists():
        for stale in folder.glob(f"{path.stem}*"):
            stale.unlink()
        started = time.perf_counter()
        lang = ["--lang", language] if language else []
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(path), "--plain", *lang, "demo", *demo_args,
                        "--seed", str(SEED)], check=True, stdout=subprocess.DEVNULL)
        elapsed = time.perf_counter() - started
        done.write_text(f"{elapsed:.1f}")
        emit(f"{kind}_build", size, p50_ms=elapsed * 1000, p95_ms=elapsed * 1000, **extra)
    return path


def _schema_digest() -> str:
    """Short hash of the migration scripts: a revision edited before release changes it too."""
    digest = hashlib.sha256()
    for script in sorted((ROOT / "crm_desktop" / "store" / "migrations" / "versions").glob("*.py")):
        digest.update(script.read_bytes())
    return digest.hexdigest()[:8]


def encrypted_copy(db: Path, fresh: bool = False):
    """(path, key) of an SQLCipher copy of the cached store `db`, made once with sqlcipher_export. The
    bench keeps its throwaway key in a file beside it (the app keeps a store's key in the OS keyring)."""
    from crm_desktop.store import cipher

    target = db.with_name(db.stem + "-encrypted.db")
    key_file = target.with_suffix(".key")
    done = target.with_suffix(".encrypted-ok")
    if fresh or not done.exists():
        for stale in (target, key_file, done):
            stale.unlink(missing_ok=True)
        key = cipher.new_key()
        started = time.perf_counter()
        cipher.export_encrypted(db, None, target, key)
        key_file.write_text(key.raw.hex())
        done.write_text(f"{time.perf_counter() - started:.1f}")
    return target, cipher.key_from_hex(key_file.read_text())


def bench_store(size: int, fresh: bool = False) -> Path:
    """A store of `size` demo contacts (with their deals, orders, activities and tickets)."""
    return demo_store("contacts", size, fresh, ["--customers", str(size)])


def timed(fn, rounds: int) -> list[float]:
    """Milliseconds of each of `rounds` calls of `fn`."""
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return times


def percentile(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def rss_mb(pid: int | None = None) -> float:
    return psutil.Process(pid or os.getpid()).memory_info().rss / 2**20


def emit(bench: str, n: int, *, p50_ms: float, p95_ms: float, floor_ms: float | None = None,
         rss: float | None = None, **extra) -> None:
    record = {"bench": bench, "n": n, "p50_ms": round(p50_ms, 2), "p95_ms": round(p95_ms, 2)}
    if floor_ms is not None:
        record["floor_ms"] = round(floor_ms, 3)
        record["ratio"] = round(p95_ms / floor_ms, 2) if floor_ms else None
    if rss is not None:
        record["rss_mb"] = round(rss, 1)
    record.update(extra)
    print(json.dumps(record, ensure_ascii=False), flush=True)


def drain(app, jobs, timeout: float = 120.0) -> None:
    """Process events until the window's job runner has delivered every job (and the jobs those started):
    pages load their rows off the GUI thread, so a figure counts until the rows arrived."""
    deadline = time.monotonic() + timeout
    while not jobs.idle():
        if time.monotonic() > deadline:
            raise TimeoutError("the job runner did not settle")
        app.processEvents()
        time.sleep(0.0005)
