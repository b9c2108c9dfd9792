"""The window's one icon set: line drawings in resources/icons, drawn in the colours of the widget that shows them."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
FALLBACK = "page"
SIZES = (16, 20, 24, 40, 48)  # rendered ahead (20 and 24 twice over for high-DPI screens); others scale
DISABLED_ALPHA = 0.4


def icon_names() -> list[str]:
    return sorted(path.stem for path in ICONS_DIR.glob("*.svg"))


def has_icon(name: str) -> bool:
    return (ICONS_DIR / f"{name}.svg").is_file()


@lru_cache(maxsize=64)
def _svg(name: str) -> str:
    path = ICONS_DIR / f"{name}.svg"
    return (path if path.is_file() else ICONS_DIR / f"{FALLBACK}.svg").read_text(encoding="utf-8")


def _renderer(svg: str, color: QColor) -> QSvgRenderer:
    # The drawings stroke with currentColor; each colour is a copy of the text with that colour written in
    # (as #rrggbb, which SVG reads; the alpha goes to the painter).
    return QSvgRenderer(QByteArray(svg.replace("currentColor", color.name(QColor.NameFormat.HexRgb)).encode("utf-8")))


def _pixmap(renderer: QSvgRenderer, opacity: float, size: int) -> QPixmap:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(opacity)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def icon(name: str, color: QColor, selected: QColor | None = None) -> QIcon:
    """The drawing `name` in `color`, faded when disabled and in `selected` on a selected row."""
    # Drawn once per name and colours: a widget asks again on every palette or style change it sees.
    return QIcon(_drawn(name, color.rgba(), (selected or color).rgba()))


@lru_cache(maxsize=256)
def _drawn(name: str, rgba: int, selected_rgba: int) -> QIcon:
    color, selected = QColor.fromRgba(rgba), QColor.fromRgba(selected_rgba)
    svg = _svg(name)
    normal = _renderer(svg, color)
    chosen = _renderer(svg, selected) if selected_rgba != rgba else normal
    result = QIcon()
    for size in SIZES:
        drawn = _pixmap(normal, color.alphaF(), size)
        result.addPixmap(drawn, QIcon.Mode.Normal)
        result.addPixmap(drawn, QIcon.Mode.Active)
        result.addPixmap(_pixmap(normal, color.alphaF() * DISABLED_ALPHA, size), QIcon.Mode.Disabled)
        result.addPixmap(drawn if chosen is normal else _pixmap(chosen, selected.alphaF(), size), QIcon.Mode.Selected)
    return result


def icon_for(widget: QWidget, name: str, role: QPalette.ColorRole = QPalette.ColorRole.WindowText) -> QIcon:
    """The drawing in the colours `widget` writes its text in (after its style sheet): light on the dark
    navigation, dark on a light toolbar, light again under a dark palette."""
    widget.ensurePolished()
    palette = widget.palette()
    return icon(name, palette.color(role), palette.color(QPalette.ColorRole.HighlightedText))
