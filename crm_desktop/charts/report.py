"""The dashboard as a multi-page PDF (a cover, then two charts per A4 landscape page), and one chart to a file."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import matplotlib
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from crm_desktop.charts.fonts import configure_fonts
from crm_desktop.charts.render import draw
from crm_desktop.charts.texts import ChartTexts
from crm_desktop.charts.theme import Theme
from crm_desktop.domain.analytics.dashboard import ChartData

A4_LANDSCAPE = (11.69, 8.27)  # inches
PER_PAGE = 2
FORMATS = {".png", ".svg", ".pdf"}
# TrueType (Type 42) embedding: the PDF's text stays selectable and searchable, Chinese included.
_PDF_PARAMS = {"pdf.fonttype": 42}


def write_dashboard_pdf(path: Path, charts: Sequence[ChartData], texts_for: Callable[[ChartData], ChartTexts],
                        theme: Theme, title: str, subtitle: str) -> Path:
    """A cover with `title`, `subtitle` (the filter, in words) and the chart titles, then the charts.
    Written beside `path` and renamed over it at the end: a failure never leaves half a PDF."""
    path = Path(path)
    with _replacing(path) as part, matplotlib.rc_context(_PDF_PARAMS), PdfPages(part) as pdf:
        for page in dashboard_pages(charts, texts_for, theme, title, subtitle):
            pdf.savefig(page)
        info = pdf.infodict()
        info["Title"], info["Subject"], info["Creator"] = title, subtitle, "crm-desktop"
    return path


def dashboard_pages(charts: Sequence[ChartData], texts_for: Callable[[ChartData], ChartTexts], theme: Theme,
                    title: str, subtitle: str) -> Iterator[Figure]:
    """The report's pages one at a time (only one page's figure alive at once)."""
    configure_fonts()
    texts = [texts_for(chart) for chart in charts]
    pages = 1 + -(-len(charts) // PER_PAGE)
    yield _cover(title, subtitle, [t.title for t in texts], theme, pages)
    for start in range(0, len(charts), PER_PAGE):
        figure = Figure(figsize=A4_LANDSCAPE)
        figure.set_facecolor(theme.background)
        # A last thin row keeps the page number off the lower chart.
        slots = figure.subfigures(PER_PAGE + 1, 1, hspace=0.04, height_ratios=[1] * PER_PAGE + [0.08])
        for slot, chart, chart_texts in zip(slots, charts[start:start + PER_PAGE], texts[start:start + PER_PAGE],
                                            strict=False):
            draw(slot, chart, chart_texts, theme)
        _footer(figure, 2 + start // PER_PAGE, pages, theme)
        yield figure


def save_chart(path: Path, chart: ChartData, texts: ChartTexts, theme: Theme,
               size: tuple[float, float] = (8.0, 4.5), dpi: int = 150) -> Path:
    """One chart as .png, .svg or .pdf (by the suffix); ValueError for any other."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"cannot save a chart as {suffix or 'a file without a suffix'}: use .png, .svg or .pdf")
    figure = Figure(figsize=size, dpi=dpi)
    draw(figure, chart, texts, theme)
    with _replacing(path) as part, matplotlib.rc_context(_PDF_PARAMS):
        figure.savefig(part, format=suffix[1:], facecolor=theme.background)
    return path


def _cover(title: str, subtitle: str, titles: list[str], theme: Theme, pages: int) -> Figure:
    figure = Figure(figsize=A4_LANDSCAPE)
    figure.set_facecolor(theme.background)
    figure.text(0.07, 0.86, title, fontsize=24, fontweight="bold", color=theme.text, va="top")
    figure.text(0.07, 0.78, subtitle, fontsize=12, color=theme.muted, va="top")
    top, step = 0.68, min(0.045, 0.6 / max(1, len(titles)))
    for n, chart_title in enumerate(titles):
        y = top - n * step
        figure.text(0.07, y, f"{n + 1}.", fontsize=11, color=theme.muted, va="top")
        figure.text(0.10, y, chart_title, fontsize=11, color=theme.text, va="top")
        figure.text(0.60, y, str(2 + n // PER_PAGE), fontsize=11, color=theme.muted, va="top", ha="right")
    _footer(figure, 1, pages, theme)
    return figure


def _footer(figure: Figure, page: int, pages: int, theme: Theme) -> None:
    figure.text(0.5, 0.015, f"{page} / {pages}", ha="center", va="bottom", fontsize=8, color=theme.muted)


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A temporary file in the target's folder, renamed over the target when the block succeeds."""
    part = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    os.close(os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))  # mode as the umask says, like any file
    try:
        yield part
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
