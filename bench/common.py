"""Shared bench helpers: a cached deterministic store, timing, percentiles, JSON lines."""

from __future__ import annotations

import argparse
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


def parse_args(description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_SIZE:,} contacts (smoke test)")
    parser.add_argument("--size", type=int, default=None, help="contacts in the store")
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached store")
    args = parser.parse_args()
    args.size = args.size or (QUICK_SIZE if args.quick else FULL_SIZE)
    return args


def bench_store(size: int, fresh: bool = False) -> Path:
    """A store of `size` demo contacts (seed fixed), built once and kept in the temp dir."""
    folder = Path(tempfile.gettempdir()) / "crm-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"contacts-{size}-seed{SEED}.db"
    done = path.with_suffix(".ok")
    if fresh or not done.exists():
        for stale in folder.glob(f"{path.stem}*"):
            stale.unlink()
        started = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(path), "demo",
                        "--customers", str(size), "--seed", str(SEED)], check=True,
                       stdout=subprocess.DEVNULL)
        elapsed = time.perf_counter() - started
        done.write_text(f"{elapsed:.1f}")
        emit("demo_build", size, p50_ms=elapsed * 1000, p95_ms=elapsed * 1000)
    return path


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
