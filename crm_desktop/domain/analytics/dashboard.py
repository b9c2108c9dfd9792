"""Plain data of the analytics dashboard: its filter, each chart's numbers, the records behind a bar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP

# How a chart is drawn (crm_desktop/charts/render.py knows each).
BAR, STACKED_BAR, BAR_LINE, LINE, PIE, FUNNEL, BARH = "bar", "stacked_bar", "bar_line", "line", "pie", "funnel", "barh"
# What the numbers are.
MONEY, COUNT, PERCENT, SCORE = "money", "count", "percent", "score"

# The charts, in dashboard order: key -> English title (translated under the "Charts" context).
CHART_TITLES = {
    "revenue_by_month": QT_TRANSLATE_NOOP("Charts", "Won revenue and orders by month"),
    "pipeline_funnel": QT_TRANSLATE_NOOP("Charts", "Pipeline by stage"),
    "win_rate": QT_TRANSLATE_NOOP("Charts", "Win rate by month"),
    "forecast": QT_TRANSLATE_NOOP("Charts", "Forecast by close month"),
    "lost_by_reason": QT_TRANSLATE_NOOP("Charts", "Deals lost by reason"),
    "revenue_by_owner": QT_TRANSLATE_NOOP("Charts", "Won revenue by owner"),
    "revenue_by_region": QT_TRANSLATE_NOOP("Charts", "Won revenue by region"),
    "revenue_by_industry": QT_TRANSLATE_NOOP("Charts", "Won revenue by industry"),
    "activities_by_kind": QT_TRANSLATE_NOOP("Charts", "Activities by kind and month"),
    "activities_by_rep": QT_TRANSLATE_NOOP("Charts", "Activities by rep"),
    "ticket_volume": QT_TRANSLATE_NOOP("Charts", "Tickets opened and resolved"),
    "sla_compliance": QT_TRANSLATE_NOOP("Charts", "SLA compliance and satisfaction"),
    "customers_by_source": QT_TRANSLATE_NOOP("Charts", "Customers by source"),
    "customers_by_level": QT_TRANSLATE_NOOP("Charts", "Customers by level"),
}
# Series names (translated under "Charts" too).
SERIES_NAMES = {
    "revenue": QT_TRANSLATE_NOOP("Charts", "Won revenue"),
    "orders": QT_TRANSLATE_NOOP("Charts", "Orders"),
    "amount": QT_TRANSLATE_NOOP("Charts", "Amount"),
    "deals": QT_TRANSLATE_NOOP("Charts", "Deals"),
    "win_rate": QT_TRANSLATE_NOOP("Charts", "Win rate"),
    "weighted": QT_TRANSLATE_NOOP("Charts", "Weighted"),
    "best_case": QT_TRANSLATE_NOOP("Charts", "Best case"),
    "opened": QT_TRANSLATE_NOOP("Charts", "Opened"),
    "resolved": QT_TRANSLATE_NOOP("Charts", "Resolved"),
    "sla_met": QT_TRANSLATE_NOOP("Charts", "Resolved within SLA"),
    "satisfaction": QT_TRANSLATE_NOOP("Charts", "Average satisfaction"),
    "customers": QT_TRANSLATE_NOOP("Charts", "Accounts"),
    "activities": QT_TRANSLATE_NOOP("Charts", "Activities"),
}
NO_VALUE = QT_TRANSLATE_NOOP("Charts", "(none)")  # category of records with no region, industry, source …


@dataclass(frozen=True)
class DashboardFilter:
    date_from: date | None = None  # inclusive; None: twelve months back from date_to
    date_to: date | None = None    # inclusive; None: today
    owner_id: str | None = None
    team: str | None = None


@dataclass(frozen=True)
class Series:
    key: str                      # a SERIES_NAMES key, or a code (activity kind) when `label_table` is set
    values: tuple[float, ...]     # one per category
    unit: str = COUNT             # MONEY / COUNT / PERCENT / SCORE
    secondary_axis: bool = False  # drawn against a right-hand axis (orders beside revenue)


@dataclass(frozen=True)
class ChartData:
    key: str                          # a CHART_TITLES key
    kind: str                         # BAR / STACKED_BAR / BAR_LINE / LINE / PIE / FUNNEL / BARH
    categories: tuple[str, ...]       # x labels as shown: months "2026-03", stage / owner / province names, codes
    category_keys: tuple[str, ...]    # what a drill-down needs per category (month, stage id, owner id, code)
    series: tuple[Series, ...]
    # Categories are codes to translate with a label table of the GUI ("source", "level", "activity_kind",
    # "loss_reason": names, but for the code "other"); None: names or months, shown as they are ("" shows
    # as NO_VALUE).
    category_labels: str | None = None
    series_labels: str | None = None  # the same for series keys (activity kinds stacked by kind)
    currency: str = "CNY"             # money series are in the home currency

    @property
    def title(self) -> str:
        return CHART_TITLES[self.key]

    @property
    def is_empty(self) -> bool:
        return not any(v for s in self.series for v in s.values if v == v)  # NaN (no data) is not a value


@dataclass(frozen=True)
class DrillRows:
    """The records behind one bar, slice or point."""

    entity: str                 # "opportunity" | "order" | "activity" | "ticket" | "account"
    columns: tuple[str, ...]    # English header texts (translated under "Charts")
    rows: tuple[tuple[Any, ...], ...]     # first element of each row is the record id; the rest match `columns`
    truncated: bool = False     # more records matched than DRILL_LIMIT


DRILL_LIMIT = 2000


# Column kinds of a ChartTable (the xlsx export of the data behind charts).
TEXT, MONTH = "text", "month"


@dataclass(frozen=True)
class ChartTable:
    """The numbers behind one chart as a table, texts already in the user's language."""

    title: str
    headers: tuple[str, ...]
    kinds: tuple[str, ...]      # TEXT / MONTH / MONEY / COUNT / PERCENT / SCORE, one per header
    rows: tuple[tuple[Any, ...], ...]
