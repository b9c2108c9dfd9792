"""Writing the 50,000-row CSV the import tests build on every run (tests/real_exports/odd_files.py)."""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import emit, percentile, timed
from tests.real_exports import odd_files

BUDGET_MS = 5000.0  # the floor: csv.writer writing the same rows to a file


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="5,000 rows (smoke test)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    args.rows = 5_000 if args.quick else odd_files.BIG_ROWS
    return args


def plain_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["姓名", "手机", "公司", "邮箱", "城市"])
        writer.writerows((f"客户{i:05d}", f"139{i:08d}", f"公司{i % 500:03d}", f"c{i:05d}@example.com", "上海")
                         for i in range(rows))


def main() -> int:
    args = parse_args()
    with tempfile.TemporaryDirectory(prefix="crm-fixture-") as tmp:
        folder = Path(tmp)
        made = timed(lambda: odd_files.big_csv(folder, args.rows), args.rounds)
        floor = timed(lambda: plain_csv(folder / "plain.csv", args.rows), args.rounds)
    p95 = percentile(made, 95)
    emit("fixture_csv", args.rows, p50_ms=percentile(made, 50), p95_ms=p95, floor_ms=percentile(floor, 50),
         budget_ms=BUDGET_MS)
    return 0 if p95 <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
