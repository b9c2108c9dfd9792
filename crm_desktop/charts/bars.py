"""Bars as one PolyCollection per series: a few artists instead of one Rectangle per bar (much faster to
add and draw), still pickable bar by bar through the collection's `ind`."""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.patches import Patch


def bars(ax: Axes, centers, lengths, thickness: float, starts=None, color="C0", alphas=None,
         horizontal: bool = False) -> PolyCollection:
    """Rectangles centred on `centers` (x for columns, y for horizontal bars), from `starts` (0) on."""
    centers = np.asarray(centers, dtype=float)
    lengths = np.asarray(lengths, dtype=float)
    starts = np.zeros_like(lengths) if starts is None else np.asarray(starts, dtype=float)
    low, high = centers - thickness / 2, centers + thickness / 2
    ends = starts + lengths
    if horizontal:
        corners = [(starts, low), (starts, high), (ends, high), (ends, low)]
    else:
        corners = [(low, starts), (low, ends), (high, ends), (high, starts)]
    verts = np.stack([np.stack(corner, axis=-1) for corner in corners], axis=1)  # (bars, 4, 2)
    collection = PolyCollection(verts, facecolors=color, edgecolors="none", linewidths=0)
    if alphas is not None:
        collection.set_alpha(np.asarray(alphas, dtype=float))
    ax.add_collection(collection, autolim=True)
    return collection


def legend_patch(color) -> Patch:
    """What a series of bars looks like in a legend."""
    return Patch(facecolor=color, edgecolor="none")
