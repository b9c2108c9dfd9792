"""Segment counts over 1,000,000 contacts: the live count a marketer sees while editing a rule.

Several realistic rules (account fields, the contact's tags and owner, activity dates, open deals
and tickets, combinations); the figure is the slowest rule's p95. Floor: plain sqlite3 counting
every live contact on the same file (the least any count over the whole list can cost).
"""

from __future__ import annotations

import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import bench_store, emit, parse_args, percentile

ROUNDS = 9


def sample_values(db: Path) -> dict:
    """Values that occur in the demo data, so each rule picks a real share of the contacts."""
    con = sqlite3.connect(db)
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    values = {
        "city": one("SELECT city FROM accounts WHERE city IS NOT NULL GROUP BY city ORDER BY count(*) DESC LIMIT 1"),
        "province": one("SELECT province FROM accounts WHERE province IS NOT NULL GROUP BY province"
                        " ORDER BY count(*) DESC LIMIT 1"),
        "industry": one("SELECT industry FROM accounts WHERE industry IS NOT NULL GROUP BY industry"
                        " ORDER BY count(*) DESC LIMIT 1"),
        "tag": one("SELECT tag FROM record_tags WHERE entity = 'contact' GROUP BY tag ORDER BY count(*) DESC LIMIT 1"),
        "owner": one("SELECT owner_id FROM contacts WHERE owner_id IS NOT NULL GROUP BY owner_id"
                     " ORDER BY count(*) DESC LIMIT 1"),
    }
    con.close()
    return values


def rules(v: dict):
    from crm_desktop.domain.marketing.rules import SegmentRule

    quarter_ago = date.today() - timedelta(days=90)
    return {
        "everyone": SegmentRule(),
        "level_a_customers": SegmentRule(levels=("A",), statuses=("customer",)),
        "city": SegmentRule(cities=(v["city"],)),
        "province_industry": SegmentRule(provinces=(v["province"],), industries=(v["industry"],)),
        "tag": SegmentRule(tags=(v["tag"],) if v["tag"] else ()),
        "owner_inactive_quarter": SegmentRule(owner_ids=(v["owner"],), inactive_since=quarter_ago),
        "active_quarter": SegmentRule(active_since=quarter_ago),
        "open_deal_with_email": SegmentRule(has_open_opportunity=True, has_email=True),
        "no_open_ticket_level_ab": SegmentRule(levels=("A", "B"), has_open_ticket=False),
        "accounts_level_a_city": SegmentRule(target="account", levels=("A",), cities=(v["city"],)),
    }


def floor_ms(db: Path) -> float:
    con = sqlite3.connect(db)
    started = time.perf_counter()
    assert con.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0]
    elapsed = (time.perf_counter() - started) * 1000
    con.close()
    return elapsed


def main() -> None:
    args = parse_args(__doc__)
    db = bench_store(args.size, args.fresh)
    from crm_desktop.controllers.shell.app import CrmApp

    crm = CrmApp.open(db)
    worst: tuple[float, float, str] = (0.0, 0.0, "")
    floors = [floor_ms(db) for _ in range(ROUNDS)]
    floor = percentile(floors, 95)
    for name, rule in rules(sample_values(db)).items():
        crm.marketing.count(rule)  # warm: the first count reads the pages from disk
        times, found = [], 0
        for _ in range(ROUNDS):
            started = time.perf_counter()
            found = crm.marketing.count(rule)
            times.append((time.perf_counter() - started) * 1000)
        p50, p95 = percentile(times, 50), percentile(times, 95)
        emit(f"segments_{name}", args.size, p50_ms=p50, p95_ms=p95, floor_ms=floor, matched=found)
        worst = max(worst, (p95, p50, name))
    crm.close()
    emit("segments", args.size, p50_ms=worst[1], p95_ms=worst[0], floor_ms=floor, slowest=worst[2])


if __name__ == "__main__":
    main()
