"""The words on a chart, given by the caller in the user's language (this package never translates)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from crm_desktop.charts.numbers import ENGLISH_MONTHS, months
from crm_desktop.domain.analytics.dashboard import NO_VALUE, SERIES_NAMES, ChartData
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP

NO_DATA = QT_TRANSLATE_NOOP("Charts", "No data for this period")
CATEGORY = QT_TRANSLATE_NOOP("Charts", "Category")
MONTH = QT_TRANSLATE_NOOP("Charts", "Month")
# The first column of a chart's table (xlsx export) where the categories are not months.
CATEGORY_HEADERS = {
    "pipeline_funnel": QT_TRANSLATE_NOOP("Charts", "Stage"),
    "forecast": QT_TRANSLATE_NOOP("Charts", "Close month"),
    "lost_by_reason": QT_TRANSLATE_NOOP("Charts", "Loss reason"),
    "revenue_by_owner": QT_TRANSLATE_NOOP("Charts", "Owner"),
    "revenue_by_region": QT_TRANSLATE_NOOP("Charts", "Region"),
    "revenue_by_industry": QT_TRANSLATE_NOOP("Charts", "Industry"),
    "activities_by_rep": QT_TRANSLATE_NOOP("Charts", "Rep"),
    "customers_by_source": QT_TRANSLATE_NOOP("Charts", "Source"),
    "customers_by_level": QT_TRANSLATE_NOOP("Charts", "Level"),
}


@dataclass(frozen=True)
class ChartTexts:
    """Everything written on one chart. `categories` has one label per `chart.categories`, in order."""

    title: str
    series: Mapping[str, str]                 # series key -> legend name
    categories: tuple[str, ...]
    no_data: str = NO_DATA
    category_header: str = CATEGORY           # first column of chart_table()
    month_names: tuple[str, ...] = field(default=ENGLISH_MONTHS)  # 12 short names for "YYYY-MM" categories
    myriads: bool = False                     # abbreviate money in 万 / 亿 (Chinese) instead of k / M / B

    def series_name(self, key: str) -> str:
        return self.series.get(key, key)

    @classmethod
    def translated(cls, chart: ChartData, translate: Callable[[str], str],
                   label: Callable[[str, str], str] | None = None, month_names: tuple[str, ...] = ENGLISH_MONTHS,
                   myriads: bool = False) -> ChartTexts:
        """`translate(text)`: an English source text of the "Charts" context in the user's language;
        `label(table, code)`: the text of a code of `chart.category_labels` / `series_labels` tables
        ("source", "level", "activity_kind" ...); without it codes show as they are."""
        def code_text(table: str | None, code: str) -> str:
            if not code:
                return translate(NO_VALUE)
            return label(table, code) if table and label else code

        if chart.series_labels:
            series = {s.key: code_text(chart.series_labels, s.key) for s in chart.series}
        else:
            series = {s.key: translate(SERIES_NAMES.get(s.key, s.key)) for s in chart.series}
        by_month = months(chart.categories) is not None
        header = MONTH if by_month and chart.key != "forecast" else CATEGORY_HEADERS.get(chart.key, CATEGORY)
        return cls(title=translate(chart.title), series=series,
                   categories=tuple(code_text(chart.category_labels, c) for c in chart.categories),
                   no_data=translate(NO_DATA), category_header=translate(header), month_names=month_names,
                   myriads=myriads)

    @classmethod
    def english(cls, chart: ChartData) -> ChartTexts:
        """The English source texts; codes read as words ("cold_call" -> "Cold call") (the CLI and tests)."""
        return cls.translated(chart, str, lambda _table, code: code.replace("_", " ").capitalize())
