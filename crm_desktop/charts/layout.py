"""Placing a chart's parts in inches (title, legend, axes margins) and styling its axes for a theme."""

from __future__ import annotations

import math

from matplotlib.axes import Axes
from matplotlib.figure import FigureBase
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import Bbox, ScaledTranslation

from crm_desktop.charts.numbers import columns, elide, month_labels, month_step, months, tick_value
from crm_desktop.charts.texts import ChartTexts
from crm_desktop.charts.theme import Theme
from crm_desktop.domain.analytics.dashboard import COUNT, PERCENT, SCORE, ChartData

TITLE_PT, TEXT_PT = 10, 8
PAD = 0.12                            # inches around everything
TITLE_H, LEGEND_ROW = 0.26, 0.2       # inches
LEGEND_ENTRY = 2.6 * TEXT_PT / 72     # a legend entry's marker, gaps and spacing, besides its text
EM = TEXT_PT / 72                     # one em of the tick font, in inches
HALF = EM * 0.55                      # one half-em column (a Latin letter or digit; a Hanzi takes two)
LINE_H = EM * 1.35
NAME_COLUMNS = 16                     # longer names end in "…" (8 Hanzi)
STRAIGHT_COLUMNS = 6
SLANT = 35                            # degrees of category names that do not fit side by side


class Margins:
    """An axes locator: fixed margins in inches however the figure is resized (cheaper than
    constrained_layout, re-applied at every draw by matplotlib, so a resized canvas needs no new layout)."""

    def __init__(self, left: float, right: float, top: float, bottom: float) -> None:
        self.left, self.right, self.top, self.bottom = left, right, top, bottom

    def __call__(self, ax: Axes, renderer=None) -> Bbox:
        return self.bounds(ax.get_figure(root=False))

    def bounds(self, figure: FigureBase) -> Bbox:
        width, height = size_inches(figure)
        left, bottom = self.left / width, self.bottom / height
        return Bbox.from_bounds(left, bottom, max(0.05, 1 - left - self.right / width),
                                max(0.05, 1 - bottom - self.top / height))


def size_inches(figure: FigureBase) -> tuple[float, float]:
    """Of a Figure or of one SubFigure (a PDF page holds two charts)."""
    return figure.bbox.width / figure.dpi, figure.bbox.height / figure.dpi


def top_left(figure: FigureBase, dx: float, dy: float):
    """A transform for (0, 1) shifted by inches: stays put when the canvas is resized."""
    return figure.transSubfigure + ScaledTranslation(dx, -dy, figure.dpi_scale_trans)


def title(figure: FigureBase, text: str, theme: Theme) -> None:
    width, _ = size_inches(figure)
    limit = int((width - 2 * PAD) / (TITLE_PT / 72 * 0.6))
    figure.text(0, 1, elide(text, limit), transform=top_left(figure, PAD, PAD), ha="left", va="top",
                fontsize=TITLE_PT, fontweight="bold", color=theme.text)


def legend(figure: FigureBase, handles, labels, theme: Theme) -> float:
    """A row (or more) of series names under the title, read left to right; returns the inches it takes."""
    if len(handles) < 2:
        return 0.0
    width, _ = size_inches(figure)
    entries = [columns(label) * HALF + LEGEND_ENTRY for label in labels]
    per_row = next(n for n in range(len(entries), 0, -1) if _legend_width(entries, n) <= width - 2 * PAD)
    rows = math.ceil(len(handles) / per_row)
    # matplotlib fills a legend column by column: reorder so that it reads row by row.
    order = [r * per_row + c for c in range(per_row) for r in range(rows) if r * per_row + c < len(handles)]
    figure.legend([handles[i] for i in order], [labels[i] for i in order], loc="upper left",
                  bbox_to_anchor=(0, 1), bbox_transform=top_left(figure, PAD, PAD + TITLE_H), ncol=per_row,
                  frameon=False, fontsize=TEXT_PT, labelcolor=theme.muted, handlelength=1.0, handleheight=0.7,
                  handletextpad=0.4, columnspacing=1.2, borderaxespad=0, borderpad=0)
    return rows * LEGEND_ROW


def _legend_width(entries: list[float], per_row: int) -> float:
    """Inches of a legend of `per_row` columns: each column as wide as its widest entry."""
    return sum(max(entries[c::per_row]) for c in range(per_row))


def new_axes(figure: FigureBase, theme: Theme, baseline: bool = True) -> Axes:
    """Axes without matplotlib's tick machinery: every Tick is three lines and two texts, and creating
    them was most of the drawing time; labels and grid lines are drawn here as plain texts and one collection."""
    ax = figure.add_axes((0, 0, 1, 1))
    ax.set_facecolor(theme.background)
    ax.xaxis.set_visible(False)
    ax.yaxis.set_visible(False)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_visible(baseline)
    ax.spines["bottom"].set_color(theme.grid)
    return ax


def _shifted(ax: Axes, base, dx_pt: float, dy_pt: float):
    return base + ScaledTranslation(dx_pt / 72, dy_pt / 72, ax.get_figure(root=False).dpi_scale_trans)


def value_ticks(unit: str, low: float, high: float) -> list[float]:
    """Where a value axis gets a label and a grid line: percent by quarters, scores by ones, else ~5 round steps."""
    if unit == PERCENT:
        return [0, 25, 50, 75, 100]
    if unit == SCORE:
        return list(range(0, math.floor(high) + 1))
    ticks = MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10], integer=unit == COUNT).tick_values(low, high)
    slack = (high - low) * 1e-9
    return [float(t) for t in ticks if low - slack <= t <= high + slack]


def value_labels(ax: Axes, ticks: list[float], at: list[float], unit: str, symbol: str, myriads: bool,
                 theme: Theme, right: bool = False, grid: bool = True) -> None:
    """Tick texts of a value axis beside the plot (`at`: their heights in `ax`'s data), and grid lines."""
    transform = _shifted(ax, ax.get_yaxis_transform(), 4 if right else -4, 0)
    for tick, y in zip(ticks, at, strict=True):
        ax.text(1 if right else 0, y, tick_value(tick, unit, symbol, myriads), transform=transform,
                ha="left" if right else "right", va="center", fontsize=TEXT_PT, color=theme.muted)
    if grid:
        ax.hlines(at, 0, 1, transform=ax.get_yaxis_transform(), colors=theme.grid, linewidth=0.8, zorder=0.5)


def value_width(unit: str, top: float, symbol: str, myriads: bool) -> float:
    """Inches the widest tick label of a value axis takes (a guess from the largest value)."""
    if unit in (PERCENT, SCORE):
        return 5 * HALF
    return columns(tick_value(top, unit, symbol, myriads)) * HALF


def name_labels(ax: Axes, names: list[str], theme: Theme) -> None:
    """Category names left of horizontal bars, the first at y = 0."""
    transform = _shifted(ax, ax.get_yaxis_transform(), -4, 0)
    for y, name in enumerate(names):
        ax.text(0, y, name, transform=transform, ha="right", va="center", fontsize=TEXT_PT, color=theme.muted)


def category_axis(ax: Axes, chart: ChartData, texts: ChartTexts, room: float, theme: Theme) -> float:
    """Month or name labels under the bars or points; `room`: inches per category.
    Returns the inches the labels take under the axes."""
    periods = months(chart.categories)
    count = len(chart.categories)
    transform = _shifted(ax, ax.get_xaxis_transform(), 0, -3)
    style = {"transform": transform, "va": "top", "fontsize": TEXT_PT, "color": theme.muted}
    if periods:
        step = month_step(room, max(columns(name) for name in texts.month_names) * HALF + 0.1)
        labels = month_labels(periods, texts.month_names, step)
        for i in range(0, count, step):
            ax.text(i, 0, labels[i], ha="center", linespacing=1.1, **style)
        return 2 * LINE_H + 0.06
    fits = int((room - 0.06) / HALF)
    if fits >= STRAIGHT_COLUMNS:  # room for 3 Hanzi (most names) or 6 letters: side by side, long ones cut short
        for i, label in enumerate(texts.categories):
            ax.text(i, 0, elide(label, min(fits, NAME_COLUMNS)), ha="center", **style)
        return LINE_H + 0.06
    # Too long to stand side by side: slanted, so that whole names still show.
    names = [elide(label, NAME_COLUMNS) for label in texts.categories]
    for i, name in enumerate(names):
        ax.text(i, 0, name, ha="right", rotation=SLANT, rotation_mode="anchor", **style)
    widest = max(columns(name) for name in names) * HALF
    return widest * math.sin(math.radians(SLANT)) + LINE_H + 0.06
