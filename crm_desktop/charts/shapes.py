"""Drawing the charts that are not columns over a category axis: pie, funnel, and top-N horizontal bars."""

from __future__ import annotations

import numpy as np

from crm_desktop.charts import layout
from crm_desktop.charts.bars import bars, legend_patch
from crm_desktop.charts.layout import HALF, NAME_COLUMNS, PAD, TEXT_PT, TITLE_H, Margins
from crm_desktop.charts.numbers import columns, elide, short_value
from crm_desktop.charts.picks import PickMap
from crm_desktop.charts.texts import ChartTexts
from crm_desktop.charts.theme import Theme
from crm_desktop.domain.analytics.dashboard import ChartData
from crm_desktop.domain.common import money

BARH_TOP = 12          # the largest twelve (as many as the controller ranks); the table export keeps them all
PIE_LABEL_FROM = 4.0   # percent: thinner slices go without a label inside


def pie(figure, chart: ChartData, texts: ChartTexts, theme: Theme, picks: PickMap) -> None:
    """A ring of the first series with percentages, the names and values in a legend beside it."""
    data = chart.series[0]
    symbol = money.symbol(chart.currency)
    shown = [i for i, v in enumerate(data.values) if v > 0]
    colors = [theme.muted if not chart.categories[i] else theme.color(n) for n, i in enumerate(shown)]
    ax = layout.new_axes(figure, theme, baseline=False)
    wedges, *_ = ax.pie([data.values[i] for i in shown], colors=colors, startangle=90, counterclock=False,
                        wedgeprops={"width": 0.42, "linewidth": 1, "edgecolor": theme.background},
                        autopct=lambda p: f"{p:.0f} %" if p >= PIE_LABEL_FROM else "", pctdistance=0.79,
                        textprops={"color": theme.on_bar, "fontsize": TEXT_PT - 0.5})
    for wedge, i in zip(wedges, shown, strict=True):
        picks.add(wedge, (i,), 0)
    total = sum(data.values[i] for i in shown)
    ax.text(0, 0, short_value(total, data.unit, symbol, texts.myriads), ha="center", va="center",
            fontsize=TEXT_PT + 3, fontweight="bold", color=theme.text)
    labels = [f"{elide(texts.categories[i], NAME_COLUMNS)}  "
              f"{short_value(data.values[i], data.unit, symbol, texts.myriads)}" for i in shown]
    ax.legend(wedges, labels, loc="center left", bbox_to_anchor=(1.04, 0.5), frameon=False, fontsize=TEXT_PT,
              labelcolor=theme.muted, handlelength=0.9, handleheight=0.9, handletextpad=0.5)
    legend_width = max(columns(label) for label in labels) * HALF + 0.4
    ax.set_axes_locator(Margins(PAD, PAD + legend_width, PAD + TITLE_H + 0.05, PAD))


def funnel(figure, chart: ChartData, texts: ChartTexts, theme: Theme, picks: PickMap) -> None:
    """Centred bars of the first series, the first stage at the top, its value (and the second series') inside."""
    first = chart.series[0]
    symbol = money.symbol(chart.currency)
    values = np.nan_to_num(np.asarray(first.values, dtype=float))
    count, widest = len(values), float(values.max()) or 1.0
    ax = layout.new_axes(figure, theme, baseline=False)
    fades = np.linspace(1.0, 0.55, count) if count > 1 else [1.0]
    collection = bars(ax, np.arange(count), values, 0.78, starts=-values / 2, color=theme.color(0), alphas=fades,
                      horizontal=True)
    picks.add(collection, range(count), 0)
    second = chart.series[1] if len(chart.series) > 1 else None
    names = [elide(label, NAME_COLUMNS) for label in texts.categories]
    left = PAD + max(columns(name) for name in names) * HALF + 0.1
    plot_width = max(0.5, layout.size_inches(figure)[0] - left - PAD)
    for i, value in enumerate(values):
        text = short_value(value, first.unit, symbol, texts.myriads)
        longer = text
        if second is not None:
            longer += f" · {texts.series_name(second.key)} {short_value(second.values[i], second.unit, symbol)}"
        inside = value / widest * plot_width - 0.1       # inches of bar for a text
        beside = (widest - value) / 2 / widest * plot_width - 0.1
        # The longer text where it fits, in the bar or after it; else the value alone (after it, at worst).
        label, in_bar = next(((t, where) for t in (longer, text) for where, room in ((True, inside), (False, beside))
                              if columns(t) * HALF <= room), (text, False))
        ax.text(0 if in_bar else value / 2 + widest * 0.02, i, label, ha="center" if in_bar else "left",
                va="center", fontsize=TEXT_PT, color=theme.on_bar if in_bar else theme.muted)
    layout.name_labels(ax, names, theme)
    ax.set_xlim(-widest / 2, widest / 2 * 1.02)
    ax.set_ylim(count - 0.5, -0.5)  # the first stage on top
    ax.set_axes_locator(Margins(left, PAD, PAD + TITLE_H + 0.08, PAD))


def barh(figure, chart: ChartData, texts: ChartTexts, theme: Theme, picks: PickMap) -> None:
    """The BARH_TOP largest categories by the first series, largest on top, values at the bar ends."""
    symbol = money.symbol(chart.currency)
    table = np.nan_to_num(np.asarray([s.values for s in chart.series], dtype=float))  # a gap is no bar
    order = sorted(range(len(chart.categories)), key=lambda i: -table[0][i])[:BARH_TOP]
    order = [i for i in order if table[:, i].any()]
    count, groups = len(order), len(chart.series)
    height = 0.72 / groups
    ax = layout.new_axes(figure, theme, baseline=False)
    y = np.arange(count)
    handles, labels = [], []
    for n, data in enumerate(chart.series):
        values = [table[n][i] for i in order]
        collection = bars(ax, y + (n - (groups - 1) / 2) * height, values, height * 0.92, color=theme.color(n),
                          horizontal=True)
        picks.add(collection, order, n)
        for position, value in zip(y + (n - (groups - 1) / 2) * height, values, strict=True):
            ax.annotate(short_value(value, data.unit, symbol, texts.myriads), (value, position), xytext=(3, 0),
                        textcoords="offset points", ha="left", va="center", fontsize=TEXT_PT - 0.5,
                        color=theme.muted)
        handles.append(legend_patch(theme.color(n)))
        labels.append(texts.series_name(data.key))
    names = [elide(texts.categories[i], NAME_COLUMNS) for i in order]
    layout.name_labels(ax, names, theme)
    widest = float(table.max(initial=0)) or 1.0
    ax.set_xlim(0, widest * 1.22)  # room for the value after the longest bar
    ax.set_ylim(count - 0.5, -0.5)
    left = PAD + max(columns(name) for name in names) * HALF + 0.1
    top = PAD + TITLE_H + layout.legend(figure, handles, labels, theme) + 0.05
    ax.set_axes_locator(Margins(left, PAD, top, PAD))
