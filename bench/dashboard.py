"""The analytics dashboard at 1,000,000 contacts (~200,000 deals, ~1,070,000 activities): every chart
computed in the store and drawn by matplotlib, end to end. Floor: the same SQL statements replayed
through plain sqlite3 (the app's layers and the drawing taken away)."""

from __future__ import annotations

import gc
import os
import sqlite3
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import bench_store, emit, parse_args, percentile, rss_mb

ROUNDS = 15
BUDGET_MS = 500
CARD_INCHES = (4.4, 3.1)  # a dashboard card at 96 dpi


def recorded_sql(crm, flt) -> list[tuple[str, tuple]]:
    """The aggregation statements one dashboard runs, as sent to SQLite."""
    from crm_desktop.store.repositories.analytics import AnalyticsRepository

    seen: list[tuple[str, tuple]] = []
    original = AnalyticsRepository._rows

    def recording(self, sql, params):
        seen.append((sql, tuple(params)))
        return original(self, sql, params)

    AnalyticsRepository._rows = recording
    try:
        crm.analytics.dashboard(flt)
    finally:
        AnalyticsRepository._rows = original
    return seen


def floor_ms(path: Path, statements) -> float:
    con = sqlite3.connect(path)
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for sql, params in statements:
            con.execute(sql, params).fetchall()
        times.append((time.perf_counter() - started) * 1000)
    con.close()
    return percentile(times, 50)


def draw_all(charts) -> None:
    for chart in charts:
        draw_one(chart)


def draw_one(chart) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from crm_desktop.charts.render import draw
    from crm_desktop.charts.texts import ChartTexts
    from crm_desktop.charts.theme import Theme

    figure = Figure(figsize=CARD_INCHES, dpi=96)
    canvas = FigureCanvasAgg(figure)
    draw(figure, chart, ChartTexts.english(chart), Theme.light())
    canvas.draw()


def main() -> int:
    args = parse_args(__doc__)
    path = bench_store(args.size, args.fresh)
    from crm_desktop.charts.fonts import configure_fonts
    from crm_desktop.charts.render import collecting_after
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.domain.analytics.dashboard import DashboardFilter

    configure_fonts()
    crm = CrmApp.open(path)
    flt = DashboardFilter()
    statements = recorded_sql(crm, flt)
    floor = floor_ms(path, statements)
    computed, drawn = [], []
    draw_all(crm.analytics.dashboard(flt))  # fonts and glyph caches warm, as in a window already open
    for _ in range(ROUNDS):
        started = time.perf_counter()
        charts = crm.analytics.dashboard(flt)
        computed.append((time.perf_counter() - started) * 1000)
        # As the window does it: each chart drawn as soon as its numbers are in, while the rest are counted.
        started = time.perf_counter()
        with collecting_after():
            for batch in crm.analytics.charts_as_ready(flt):
                for chart in batch:
                    draw_one(chart)
        drawn.append((time.perf_counter() - started) * 1000)
        gc.collect()  # what collecting_after() held back, outside the timing (the window does it when idle)
    deals = crm.store.engine.connect().exec_driver_sql("SELECT count(*) FROM opportunities").scalar()
    emit("dashboard_compute", args.size, p50_ms=percentile(computed, 50), p95_ms=percentile(computed, 95),
         floor_ms=floor, charts=len(charts), deals=deals, statements=len(statements))
    emit("dashboard", args.size, p50_ms=percentile(drawn, 50), p95_ms=percentile(drawn, 95), floor_ms=floor,
         rss=rss_mb(), budget_ms=BUDGET_MS, within_budget=percentile(drawn, 95) <= BUDGET_MS)
    crm.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
