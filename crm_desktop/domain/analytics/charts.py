"""The dashboard's charts shaped from grouped SQL rows: months filled in, currencies in the home currency."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from crm_desktop.domain.analytics.dashboard import (
    BAR,
    BAR_LINE,
    BARH,
    COUNT,
    FUNNEL,
    MONEY,
    PERCENT,
    PIE,
    SCORE,
    STACKED_BAR,
    ChartData,
    Series,
)
from crm_desktop.domain.common import money
from crm_desktop.domain.customers.enums import ActivityKind
from crm_desktop.domain.sales.loss_reasons import OTHER

NAN = float("nan")  # a month with nothing to measure (no closed deal, no resolved ticket): a gap, not a zero
TOP = 12            # bars of a ranking (owners, provinces, industries)
FORECAST_MONTHS = 12
LEVELS = ("A", "B", "C", "D", "")

# The result rows of one grouped query (SQLAlchemy rows or plain tuples), unpacked by position.
Rows = Iterable[Sequence[Any]]


class Stage(Protocol):
    """What a funnel needs of a pipeline stage (a stored stage or its StageData)."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def position(self) -> int: ...
    @property
    def is_won(self) -> bool: ...
    @property
    def is_lost(self) -> bool: ...


def _value(units: int | float | Decimal | None) -> float:
    """Home-currency units summed in SQL (already converted there) as an amount for a chart."""
    amount: float = float(units or 0) / 10 ** money.AMOUNT_SCALE
    return amount


def revenue_chart(won: Rows, orders: Rows, months: list[str], home: str) -> ChartData:
    revenue = {month: _value(units) for month, _deals, units in won}
    count: dict[str, int] = {month: n for month, n in orders}
    return ChartData("revenue_by_month", BAR_LINE, tuple(months), tuple(months), (
        Series("revenue", tuple(revenue.get(m, 0.0) for m in months), MONEY),
        Series("orders", tuple(float(count.get(m, 0)) for m in months), COUNT, secondary_axis=True),
    ), currency=home)


def funnel_chart(rows: Rows, stages: Iterable[Stage], home: str) -> ChartData:
    """Open deals by stage, from the rows of AnalyticsRepository.open_deals."""
    amount: dict[str, float] = defaultdict(float)
    deals: dict[str, int] = defaultdict(int)
    for stage_id, _month, count, units, _weighted in rows:
        amount[stage_id] += _value(units)
        deals[stage_id] += count
    open_stages = [s for s in sorted(stages, key=lambda s: s.position) if not (s.is_won or s.is_lost)]
    return ChartData("pipeline_funnel", FUNNEL, tuple(s.name for s in open_stages), tuple(s.id for s in open_stages), (
        Series("amount", tuple(amount.get(s.id, 0.0) for s in open_stages), MONEY),
        Series("deals", tuple(float(deals.get(s.id, 0)) for s in open_stages), COUNT, secondary_axis=True),
    ), currency=home)


def win_rate_chart(rows: Rows, months: list[str]) -> ChartData:
    won: dict[str, int] = defaultdict(int)
    closed: dict[str, int] = defaultdict(int)
    for month, status, count in rows:
        closed[month] += count
        if status == "won":
            won[month] += count
    rate = tuple(100.0 * won[m] / closed[m] if closed.get(m) else NAN for m in months)
    return ChartData("win_rate", BAR_LINE, tuple(months), tuple(months), (
        Series("deals", tuple(float(closed.get(m, 0)) for m in months), COUNT),
        Series("win_rate", rate, PERCENT, secondary_axis=True),
    ))


def forecast_chart(rows: Rows, today: date, home: str) -> ChartData:
    """Open deals by expected close month over the coming year (forward-looking: the range does not apply)."""
    first = today.replace(day=1)
    months = [f"{first.year + (first.month - 1 + i) // 12}-{(first.month - 1 + i) % 12 + 1:02d}"
              for i in range(FORECAST_MONTHS)]
    wanted = set(months)
    best: dict[str, float] = defaultdict(float)
    weighted: dict[str, float] = defaultdict(float)
    for _stage, day, _count, units, weighted_units in rows:
        month = day[:7] if day else None
        if month not in wanted:
            continue
        best[month] += _value(units)
        weighted[month] += _value(weighted_units) / 100
    return ChartData("forecast", BAR, tuple(months), tuple(months), (
        Series("weighted", tuple(weighted.get(m, 0.0) for m in months), MONEY),
        Series("best_case", tuple(best.get(m, 0.0) for m in months), MONEY),
    ), currency=home)


def lost_reasons_chart(rows: Rows, names: dict[str, str]) -> ChartData:
    """Deals lost in the range by the reason picked from the list (most first). `names`: code -> name;
    "other" stays a code for the GUI to translate, "" are deals lost before reasons were listed."""
    counts: dict[str, int] = {code or "": n for code, n in rows}
    order = sorted(counts, key=lambda code: (-counts[code], code == OTHER, code == "", names.get(code, code)))
    shown = tuple(code if code in ("", OTHER) else names.get(code, code) for code in order)
    return ChartData("lost_by_reason", BARH, shown, tuple(order),
                     (Series("deals", tuple(float(counts[code]) for code in order)),), category_labels="loss_reason")


def _ranking(key: str, totals: dict[str, float], names: dict[str, str], home: str) -> ChartData:
    top = sorted(totals.items(), key=lambda kv: (-kv[1], names.get(kv[0], kv[0])))[:TOP]
    return ChartData(key, BARH, tuple(names.get(k, k) for k, _ in top), tuple(k for k, _ in top),
                     (Series("revenue", tuple(v for _, v in top), MONEY),), currency=home)


def place_charts(owners: Rows, places: Rows, home: str) -> list[ChartData]:
    """Won revenue by owner, and by province and industry (one grouped query rolled up two ways)."""
    by_owner = {owner_id or "": _value(units) for owner_id, _name, units in owners}
    names = {owner_id or "": name for owner_id, name, _units in owners}
    by_province: dict[str, float] = defaultdict(float)
    by_industry: dict[str, float] = defaultdict(float)
    for province, industry, units in places:
        by_province[province] += _value(units)
        by_industry[industry] += _value(units)
    return [_ranking("revenue_by_owner", by_owner, names, home),
            _ranking("revenue_by_region", by_province, {}, home),
            _ranking("revenue_by_industry", by_industry, {}, home)]


def activities_charts(rows: Rows, months: list[str], names: dict[str, str]) -> list[ChartData]:
    by_month: dict[tuple[str, str], int] = defaultdict(int)
    by_rep: dict[tuple[str, str], int] = defaultdict(int)
    reps: dict[str, int] = defaultdict(int)
    for month, kind, owner_id, count in rows:
        by_month[(month, kind)] += count
        by_rep[(owner_id or "", kind)] += count
        reps[owner_id or ""] += count
    kinds = [k.value for k in ActivityKind if any(kind == k.value for _, kind in by_month)]
    ranked = [r for r, _ in sorted(reps.items(), key=lambda kv: -kv[1])[:TOP]]
    return [
        ChartData("activities_by_kind", STACKED_BAR, tuple(months), tuple(months), tuple(
            Series(k, tuple(float(by_month.get((m, k), 0)) for m in months)) for k in kinds),
            series_labels="activity_kind"),
        ChartData("activities_by_rep", STACKED_BAR, tuple(names.get(r, "") for r in ranked), tuple(ranked), tuple(
            Series(k, tuple(float(by_rep.get((r, k), 0)) for r in ranked)) for k in kinds),
            series_labels="activity_kind"),
    ]


def service_charts(opened: Rows, resolved: Rows, months: list[str]) -> list[ChartData]:
    opened_by: dict[str, int] = {month: n for month, n in opened}
    done = {m: (count, met, rated, scores) for m, count, met, rated, scores in resolved}
    sla = tuple(100.0 * done[m][1] / done[m][0] if m in done and done[m][0] else NAN for m in months)
    score = tuple(done[m][3] / done[m][2] if m in done and done[m][2] else NAN for m in months)
    return [
        ChartData("ticket_volume", BAR, tuple(months), tuple(months), (
            Series("opened", tuple(float(opened_by.get(m, 0)) for m in months)),
            Series("resolved", tuple(float(done[m][0]) if m in done else 0.0 for m in months)),
        )),
        ChartData("sla_compliance", BAR_LINE, tuple(months), tuple(months), (
            Series("sla_met", sla, PERCENT),
            Series("satisfaction", score, SCORE, secondary_axis=True),
        )),
    ]


def customers_charts(rows: Rows) -> list[ChartData]:
    by_source: dict[str, int] = defaultdict(int)
    by_level: dict[str, int] = defaultdict(int)
    for source, level, count in rows:
        by_source[source] += count
        by_level[level] += count
    sources = sorted(by_source, key=lambda s: -by_source[s])
    return [
        ChartData("customers_by_source", PIE, tuple(sources), tuple(sources),
                  (Series("customers", tuple(float(by_source[s]) for s in sources)),), category_labels="source"),
        ChartData("customers_by_level", BAR, LEVELS, LEVELS,
                  (Series("customers", tuple(float(by_level.get(v, 0)) for v in LEVELS)),), category_labels="level"),
    ]
