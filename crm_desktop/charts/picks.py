"""Which bar, slice or point of a drawn chart the user clicked: the keys a drill-down needs."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.artist import Artist
from matplotlib.collections import Collection

from crm_desktop.charts.numbers import full_value
from crm_desktop.charts.texts import ChartTexts
from crm_desktop.domain.analytics.dashboard import ChartData
from crm_desktop.domain.common import money


@dataclass(frozen=True)
class Pick:
    chart_key: str
    category_key: str       # chart.category_keys[i]: pass to drill()
    series_key: str | None  # None where the chart has one series (drill() needs no series then)
    category: str           # texts shown for it, for a tooltip or the drill-down window's title
    series: str
    value: float
    value_text: str         # "¥1,234,567", "45.3 %"

    @property
    def tooltip(self) -> str:
        name = f"{self.series}: " if self.series else ""
        return f"{self.category}\n{name}{self.value_text}"


class PickMap:
    """Artists of one drawn chart -> what they stand for.

    The GUI, after `picks = draw(canvas.figure, chart, texts, theme)`:
        canvas.mpl_connect("pick_event", on_pick)          # bars, slices and line points are pickable
        def on_pick(event):
            hit = picks.pick(event)                         # None: not one of ours (a legend, an axis)
            if hit: run drill(flt, hit.chart_key, hit.category_key, hit.series_key) in the worker
    and for hover tooltips, on "motion_notify_event": `hit = picks.at(event)` -> `hit.tooltip`.
    Drawing again (new data, resize redraw) gives a new PickMap; keep only the latest.
    """

    def __init__(self, chart: ChartData, texts: ChartTexts) -> None:
        self.chart, self.texts = chart, texts
        self._where: dict[Artist, tuple[tuple[int, ...], int]] = {}
        self._symbol = money.symbol(chart.currency)

    def add(self, artist: Artist, categories: Sequence[int], series: int, pickradius: float = 6) -> None:
        """`categories`: the category of each bar of a collection or point of a line, in their order
        (what matplotlib reports as `ind`); one for a single patch (a pie wedge)."""
        # Bars: a click inside one, not near it (a radius would also reach a close neighbour or a zero bar).
        artist.set_picker(0 if isinstance(artist, Collection) else pickradius)
        self._where[artist] = (tuple(categories), series)

    def __len__(self) -> int:
        return len(self._where)

    def artists(self) -> list[Artist]:
        return list(self._where)

    def lookup(self, artist: Artist, index: int | None = None) -> Pick | None:
        """The pick for an artist and the index of the bar or point in it (`event.ind`)."""
        where = self._where.get(artist)
        if where is None:
            return None
        categories, series = where
        if index is None and len(categories) == 1:
            index = 0
        if index is None or not 0 <= index < len(categories):
            return None
        category = categories[index]
        data = self.chart.series[series]
        value = data.values[category]
        if math.isnan(value) or value == 0:
            return None  # a gap in a line, or nothing to drill into
        many = len(self.chart.series) > 1
        return Pick(self.chart.key, self.chart.category_keys[category], data.key if many else None,
                    self.texts.categories[category], self.texts.series_name(data.key) if many else "",
                    value, full_value(value, data.unit, self._symbol))

    def pick(self, event) -> Pick | None:
        """From a matplotlib PickEvent (`event.artist`, and `event.ind` for bars and points)."""
        return self.lookup(event.artist, _first(getattr(event, "ind", None)))

    def at(self, mouse_event) -> Pick | None:
        """The artist under a matplotlib MouseEvent (hover), topmost drawn last."""
        if mouse_event.x is None:
            return None
        for artist in reversed(self._where):
            inside, details = artist.contains(mouse_event)
            if inside:
                return self.lookup(artist, _first(details.get("ind")))
        return None


def _first(indices) -> int | None:
    """Of the bars or points under the mouse, the last drawn (the one on top)."""
    return int(indices[-1]) if indices is not None and len(indices) else None
