"""The numbers behind a chart as a table (one row per category, one column per series) for the xlsx export."""

from __future__ import annotations

import math

from crm_desktop.charts.numbers import months
from crm_desktop.charts.texts import ChartTexts
from crm_desktop.domain.analytics.dashboard import MONTH, TEXT, ChartData, ChartTable


def chart_table(chart: ChartData, texts: ChartTexts) -> ChartTable:
    """Every category, also those a chart leaves out (a BARH shows the top twelve); months stay "YYYY-MM"
    (kind MONTH) so that the spreadsheet can make dates of them."""
    by_month = months(chart.categories) is not None
    labels = chart.categories if by_month else texts.categories
    rows = tuple((label, *(_cell(s.values[i]) for s in chart.series)) for i, label in enumerate(labels))
    return ChartTable(title=texts.title,
                      headers=(texts.category_header, *(texts.series_name(s.key) for s in chart.series)),
                      kinds=(MONTH if by_month else TEXT, *(s.unit for s in chart.series)),
                      rows=rows)


def _cell(value: float) -> float | None:
    """A gap (NaN: a month with nothing to measure) is an empty cell, not a zero."""
    return None if math.isnan(value) else value
