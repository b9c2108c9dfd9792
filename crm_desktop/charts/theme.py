"""Light and dark colours of the charts: background, texts, grid and a series cycle readable on both."""

from __future__ import annotations

from dataclasses import dataclass, replace

from matplotlib.colors import to_hex, to_rgb


@dataclass(frozen=True)
class Theme:
    background: str
    text: str
    muted: str                  # tick labels, legend, secondary texts
    grid: str
    colors: tuple[str, ...]     # series cycle; no red or amber in it: those mean SLA trouble
    danger: str                 # SLA breached
    warning: str                # SLA at risk
    on_bar: str = "#ffffff"     # value texts drawn inside a coloured bar

    @classmethod
    def light(cls) -> Theme:
        return cls(background="#ffffff", text="#1b2733", muted="#5b6b7c", grid="#e6e9ee",
                   colors=("#2f6fed", "#17a38b", "#8a5cd0", "#3aa0d8", "#6f9a2a", "#c2559a", "#8c6d4f",
                           "#5f7387"),
                   danger="#d63a2f", warning="#c47a00")

    @classmethod
    def dark(cls) -> Theme:
        # The same hues a step lighter: mid-tones sink into a dark background.
        return cls(background="#1e2329", text="#e6eaef", muted="#a3adb8", grid="#353c45",
                   colors=("#5b8ff9", "#2ec4a6", "#a98be6", "#5cb8e8", "#93c04a", "#e07ab8", "#b8936d",
                           "#8a9bb0"),
                   danger="#f0645a", warning="#e6a23c", on_bar="#10151a")

    @classmethod
    def for_background(cls, color) -> Theme:
        """Light or dark by the luminance of the window's background (a matplotlib colour: "#rrggbb",
        an (r, g, b) of 0..1 floats ...), with that exact colour as the chart background."""
        r, g, b = to_rgb(color)
        dark = 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5
        return replace(cls.dark() if dark else cls.light(), background=to_hex(color))

    def color(self, index: int) -> str:
        return self.colors[index % len(self.colors)]

