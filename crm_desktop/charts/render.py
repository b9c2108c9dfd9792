"""Drawing one dashboard chart on a matplotlib Figure: bars, stacked bars, bars with a line, lines."""

from __future__ import annotations

import gc
import math
from contextlib import contextmanager

import numpy as np
from matplotlib.figure import Figure, SubFigure

from crm_desktop.charts import layout, shapes
from crm_desktop.charts.bars import bars as column_bars
from crm_desktop.charts.bars import legend_patch
from crm_desktop.charts.fonts import configure_fonts
from crm_desktop.charts.layout import PAD, TEXT_PT, TITLE_H, Margins
from crm_desktop.charts.numbers import short_value
from crm_desktop.charts.picks import PickMap
from crm_desktop.charts.texts import ChartTexts
from crm_desktop.charts.theme import Theme
from crm_desktop.domain.analytics.dashboard import (
    BAR,
    BAR_LINE,
    BARH,
    FUNNEL,
    LINE,
    PERCENT,
    PIE,
    SCORE,
    STACKED_BAR,
    ChartData,
)
from crm_desktop.domain.common import money

BAR_LABELS_UP_TO = 8  # values written over the bars of one-series charts with this few categories


def draw(figure: Figure | SubFigure, chart: ChartData, texts: ChartTexts, theme: Theme) -> PickMap:
    """Clear `figure` and draw `chart` on it; the caller renders (canvas.draw_idle(), savefig ...).
    Returns the pickable artists with their (category, series) keys, for drill-down."""
    configure_fonts()
    figure.clear()
    figure.set_facecolor(theme.background)
    picks = PickMap(chart, texts)
    layout.title(figure, texts.title, theme)
    if is_blank(chart):
        figure.text(0.5, 0.5, texts.no_data, transform=figure.transSubfigure, ha="center", va="center",
                    fontsize=TEXT_PT + 1, color=theme.muted)
        return picks
    _DRAWERS[chart.kind](figure, chart, texts, theme, picks)
    return picks


def is_blank(chart: ChartData) -> bool:
    """Nothing to draw: no category, or only zeros and gaps (NaN: a month with nothing to measure)."""
    values = np.asarray([s.values for s in chart.series], dtype=float)
    return not chart.categories or not values.size or not np.nan_to_num(values).any()


def _columns(figure, chart: ChartData, texts: ChartTexts, theme: Theme, picks: PickMap) -> None:
    """BAR (grouped), STACKED_BAR, BAR_LINE (first series as bars, the others as lines) and LINE.
    Secondary-axis series are lines scaled onto the same axes, with their own labels on the right
    (cheaper than a twinx() axes, and one set of grid lines)."""
    symbol = money.symbol(chart.currency)
    series = chart.series
    if chart.kind == LINE:
        bars, lines = [], list(range(len(series)))
    elif chart.kind == BAR_LINE:
        bars, lines = [0], list(range(1, len(series)))
    else:
        bars = [i for i, s in enumerate(series) if not s.secondary_axis]
        lines = [i for i, s in enumerate(series) if s.secondary_axis]
    right = [i for i in lines if series[i].secondary_axis]
    left = [i for i in bars + lines if i not in right]
    if not left:
        left, right = right, []
    stacked = chart.kind == STACKED_BAR
    count = len(chart.categories)
    x = np.arange(count)
    labelled = len(bars) == 1 and not stacked and count <= BAR_LABELS_UP_TO
    ax = layout.new_axes(figure, theme)

    left_unit = series[left[0]].unit
    left_top = max(_top([series[i] for i in bars], stacked), _top([series[i] for i in left if i not in bars]))
    low, high = _limits(left_unit, [series[i] for i in left], left_top * (1.14 if labelled else 1.05))
    ax.set_ylim(low, high)
    ax.set_xlim(-0.6, count - 0.4)
    ticks = layout.value_ticks(left_unit, low, high)
    layout.value_labels(ax, ticks, ticks, left_unit, symbol, texts.myriads, theme)
    scale = _identity
    if right:
        right_unit, right_top = series[right[0]].unit, _top([series[i] for i in right])
        right_low, right_high = _limits(right_unit, [series[i] for i in right], right_top * 1.05)
        scale = _rescale((right_low, right_high), (low, high))
        right_ticks = layout.value_ticks(right_unit, right_low, right_high)
        layout.value_labels(ax, right_ticks, list(scale(np.asarray(right_ticks, dtype=float))), right_unit, symbol,
                            texts.myriads, theme, right=True, grid=False)

    handles, labels = [], []
    bottom = np.zeros(count)
    width = 0.72 if stacked or not bars else 0.8 / len(bars)
    everything = list(range(count))
    for n, i in enumerate(bars):
        values = np.nan_to_num(np.asarray(series[i].values, dtype=float))  # a gap is no bar
        offset = 0 if stacked else (n - (len(bars) - 1) / 2) * width
        thickness = width * (0.92 if len(bars) > 1 and not stacked else 1)
        collection = column_bars(ax, x + offset, values, thickness, bottom if stacked else None, theme.color(i))
        picks.add(collection, everything, i)
        if stacked:
            bottom = bottom + values
        handles.append(legend_patch(theme.color(i)))
        labels.append(texts.series_name(series[i].key))
    if labelled:
        unit = series[bars[0]].unit
        for position, value in zip(x, series[bars[0]].values, strict=True):
            if value and not np.isnan(value):
                ax.annotate(short_value(value, unit, symbol, texts.myriads), (position, value), xytext=(0, 2),
                            textcoords="offset points", ha="center", va="bottom", fontsize=TEXT_PT - 0.5,
                            color=theme.muted)
    for i in lines:
        values = np.asarray(series[i].values, dtype=float)
        values = scale(values) if i in right else values
        (line,) = ax.plot(x, values, color=theme.color(i), linewidth=1.8, marker="o", markersize=3.5,
                          clip_on=False, zorder=3)
        if chart.kind == LINE and len(lines) == 1:
            ax.fill_between(x, values, color=theme.color(i), alpha=0.08, linewidth=0)
        picks.add(line, everything, i)
        handles.append(line)
        labels.append(texts.series_name(series[i].key))

    figure_width, _ = layout.size_inches(figure)
    left_margin = PAD + layout.value_width(left_unit, left_top, symbol, texts.myriads) + 0.08
    right_margin = PAD + (layout.value_width(right_unit, right_top, symbol, texts.myriads) + 0.08 if right else 0.1)
    room = max(0.1, figure_width - left_margin - right_margin) / count
    under = layout.category_axis(ax, chart, texts, room, theme)
    top = PAD + TITLE_H + layout.legend(figure, handles, labels, theme) + 0.1
    ax.set_axes_locator(Margins(left_margin, right_margin, top, PAD + under))


def _top(series, stacked: bool = False) -> float:
    """The largest value an axis must show (of the sums, for stacked bars); gaps count as nothing."""
    if not series:
        return 0.0
    values = np.nan_to_num(np.asarray([s.values for s in series], dtype=float))
    return float((values.sum(axis=0) if stacked else values).max(initial=0))


def _limits(unit: str, series, top: float) -> tuple[float, float]:
    """Percent runs 0-100, a score from 0 to at least 5; else from zero (or the lowest value) to `top`."""
    if unit == PERCENT:
        return 0.0, 100.0
    if unit == SCORE:
        return 0.0, float(max(5, math.ceil(top)))
    lowest = float(np.nan_to_num(np.asarray([s.values for s in series], dtype=float)).min(initial=0))
    return min(0.0, lowest * 1.05), top or 1.0


def _identity(values):
    return values


def _rescale(source: tuple[float, float], target: tuple[float, float]):
    """Values of the right-hand axis to heights of the left-hand one."""
    factor = (target[1] - target[0]) / ((source[1] - source[0]) or 1.0)
    return lambda values: target[0] + (values - source[0]) * factor


_DRAWERS = {BAR: _columns, STACKED_BAR: _columns, BAR_LINE: _columns, LINE: _columns,
            PIE: shapes.pie, FUNNEL: shapes.funnel, BARH: shapes.barh}


@contextmanager
def collecting_after():
    """Draw many charts with the cycle collector held back, then collect once.

    matplotlib leaves thousands of short-lived cycles per chart; the collector's full passes over
    the whole application (a million-row app holds many objects) then land mid-draw, 50-100 ms each.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
