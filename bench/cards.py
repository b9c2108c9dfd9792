"""Business cards: time to read a card (image loaded upright and scaled, OCR, fields picked out) over the
rendered test set, against the 2 s budget on this machine; the floor is rapidocr alone, with the app's
settings, on the same files. Then the per-field accuracy table over the set, and the cards read wrong."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import emit, percentile
from crm_desktop.controllers.cards.ocr import CardReader
from crm_desktop.domain.cards.entities import FIELDS
from crm_desktop.domain.cards.extract import extract_fields
from tests.cards.render import ensure_app, render_set
from tests.cards.score import accuracy, wrong_fields

BUDGET_MS = 2000
ROUNDS, QUICK_ROUNDS = 3, 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="one round over the set (smoke test)")
    args = parser.parse_args()
    rounds = QUICK_ROUNDS if args.quick else ROUNDS
    ensure_app()
    cards = render_set(Path(tempfile.mkdtemp(prefix="crm-bench-cards-")))
    reader = CardReader()
    started = time.perf_counter()
    engine = reader.engine()
    load_ms = (time.perf_counter() - started) * 1000
    engine(str(cards[0][0]))  # the first run sets up the sessions' buffers: not a card's time

    app_ms, floor_ms, per_kind = [], [], {}
    results = []
    for _ in range(rounds):
        for path, card in cards:
            started = time.perf_counter()
            engine(str(path))  # the floor: rapidocr alone, on the file as it is
            floor_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            fields = extract_fields(reader.read(path))
            elapsed = (time.perf_counter() - started) * 1000
            app_ms.append(elapsed)
            per_kind.setdefault(card.language, []).append(elapsed)
            if len(results) < len(cards):
                results.append((fields, card))
    emit("card_read", len(cards), p50_ms=percentile(app_ms, 50), p95_ms=percentile(app_ms, 95),
         floor_ms=statistics.median(floor_ms), budget_ms=BUDGET_MS, rounds=rounds, model_load_ms=round(load_ms),
         max_ms=round(max(app_ms)), floor_p95_ms=round(percentile(floor_ms, 95)),
         within_budget=percentile(app_ms, 95) <= BUDGET_MS)
    for language, times in sorted(per_kind.items()):
        emit(f"card_read_{language}", len(times) // rounds, p50_ms=percentile(times, 50),
             p95_ms=percentile(times, 95))

    table = accuracy([(got, card.expected) for got, card in results])
    emit("card_fields", len(cards), p50_ms=0, p95_ms=0, **{name: round(share, 3) for name, share in table.items()},
         mean=round(sum(table.values()) / len(FIELDS), 3))
    print(f"\n{'field':<12}{'right':>7}{'of':>4}{'accuracy':>10}")
    for name in FIELDS:
        right = round(table[name] * len(cards))
        print(f"{name:<12}{right:>7}{len(cards):>4}{table[name]:>10.0%}")
    for got, card in results:
        for name, (read, printed) in wrong_fields(got, card.expected).items():
            print(f"  {card.key}: {name} read {read!r}, printed {printed!r}")


if __name__ == "__main__":
    main()
