"""Business card images drawn with Qt (QImage + QPainter, offscreen) from the known values in samples.py.

A card is 1050 x 600 px (90 x 54 mm at about 300 dpi); four layouts (centred, left-aligned beside a logo
block, two columns, right-aligned), some with speckle noise and a slight rotation, one as a large photo of
the card lying on a desk. Needs a QGuiApplication (tests: pytest-qt's qapp; the bench makes one)."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter, QPen, QTransform

from tests.cards.samples import CARDS, Card

WIDTH, HEIGHT = 1050, 600
MARGIN = 60
INK = QColor("#222222")
GREY = QColor("#555555")


def ensure_app() -> QGuiApplication:
    app = QGuiApplication.instance()
    return app if isinstance(app, QGuiApplication) else QGuiApplication([])


def _font(family: str, px: int, bold: bool = False) -> QFont:
    font = QFont(family)
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def _draw_lines(p: QPainter, lines: list[tuple[str, QFont, QColor]], x: float, y: float, width: float,
                align: Qt.AlignmentFlag, gap: float = 10) -> float:
    """Draw lines top-down from y inside [x, x + width]; returns the y below the last one."""
    for text, font, colour in lines:
        metrics = QFontMetricsF(font)
        p.setFont(font)
        p.setPen(colour)
        height = metrics.height()
        p.drawText(QRectF(x, y, width, height), int(align | Qt.AlignmentFlag.AlignVCenter), text)
        y += height + gap
    return y


def _inks(card: Card) -> tuple[QColor, QColor]:
    if card.faint:
        return QColor("#8f8f8f"), QColor("#a8a8a8")
    return (QColor("#f4f1ea"), QColor("#c8c4bb")) if card.dark else (INK, GREY)


def _head(card: Card, scale: float = 1.0) -> list[tuple[str, QFont, QColor]]:
    name, *rest = card.head
    ink, grey = _inks(card)
    scale *= card.font_scale
    out = [] if card.vertical_name else [(name, _font(card.font, int(58 * scale), bold=True), ink)]
    for line in rest:
        out.append((line, _font(card.font, int(30 * scale)), grey))
    return out


def _contact(card: Card, px: int = 25) -> list[tuple[str, QFont, QColor]]:
    return [(line, _font(card.font, int(px * card.font_scale)), _inks(card)[0]) for line in card.contact]


def _vertical_name(p: QPainter, card: Card) -> None:
    """The name top to bottom near the left edge, as some Chinese cards set it."""
    font = _font(card.font, 64, bold=True)
    p.setFont(font)
    p.setPen(_inks(card)[0])
    step = QFontMetricsF(font).height()
    for i, char in enumerate(card.head[0]):
        p.drawText(QRectF(MARGIN + 10, MARGIN + i * step, step, step), int(Qt.AlignmentFlag.AlignCenter), char)


def _centred(p: QPainter, card: Card) -> None:
    y = _draw_lines(p, _head(card, 0.95), 0, 36, WIDTH, Qt.AlignmentFlag.AlignHCenter, gap=4)
    p.setPen(QPen(QColor(card.accent), 3))
    p.drawLine(QPointF(WIDTH * 0.3, y + 2), QPointF(WIDTH * 0.7, y + 2))
    _draw_lines(p, _contact(card, 23), 0, y + 14, WIDTH, Qt.AlignmentFlag.AlignHCenter, gap=3)


def _logo(p: QPainter, card: Card) -> None:
    p.fillRect(QRectF(MARGIN - 20, MARGIN, 150, 150), QColor(card.accent))
    p.setPen(QColor("white"))
    p.setFont(_font(card.font, 90, bold=True))
    initial = card.expected.company[:1] or "·"
    p.drawText(QRectF(MARGIN - 20, MARGIN, 150, 150), int(Qt.AlignmentFlag.AlignCenter), initial)
    left = MARGIN + 170
    y = _draw_lines(p, _head(card, 0.9), left, MARGIN - 10, WIDTH - left - MARGIN, Qt.AlignmentFlag.AlignLeft, 4)
    _draw_lines(p, _contact(card, 24), left, max(y + 16, 250), WIDTH - left - MARGIN, Qt.AlignmentFlag.AlignLeft, 4)


def _columns(p: QPainter, card: Card) -> None:
    half = WIDTH * 0.42
    _draw_lines(p, _head(card, 0.9), MARGIN, MARGIN, half - MARGIN, Qt.AlignmentFlag.AlignLeft, 8)
    p.setPen(QPen(QColor(card.accent), 4))
    p.drawLine(QPointF(half + 10, MARGIN), QPointF(half + 10, HEIGHT - MARGIN))
    _draw_lines(p, _contact(card, 22), half + 36, MARGIN + 20, WIDTH - half - 36 - MARGIN / 2,
                Qt.AlignmentFlag.AlignLeft, 10)


def _right(p: QPainter, card: Card) -> None:
    p.fillRect(QRectF(0, 0, 22, HEIGHT), QColor(card.accent))
    y = _draw_lines(p, _head(card, 0.9), MARGIN, MARGIN - 20, WIDTH - 2 * MARGIN, Qt.AlignmentFlag.AlignRight, 4)
    _draw_lines(p, _contact(card, 23), MARGIN, y + 20, WIDTH - 2 * MARGIN, Qt.AlignmentFlag.AlignRight, 4)


LAYOUTS = {"centred": _centred, "logo": _logo, "columns": _columns, "right": _right}


def card_image(card: Card) -> QImage:
    """The card as printed (before the noise, rotation or photo of its variant)."""
    ensure_app()
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d2733" if card.dark else "#fbfaf7"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    LAYOUTS[card.layout](p, card)
    if card.vertical_name:
        _vertical_name(p, card)
    p.end()
    return image


def _noisy(image: QImage, seed: int) -> None:
    """Speckles and a few faint scratches, as from a worn card or a poor scan."""
    rng = random.Random(seed)
    p = QPainter(image)
    for _ in range(2500):
        grey = rng.randint(90, 200)
        p.setPen(QColor(grey, grey, grey))
        p.drawPoint(rng.randint(0, image.width() - 1), rng.randint(0, image.height() - 1))
    p.setPen(QPen(QColor(180, 180, 180), 1))
    for _ in range(6):
        x, y = rng.randint(0, image.width()), rng.randint(0, image.height())
        p.drawLine(x, y, x + rng.randint(-200, 200), y + rng.randint(-20, 20))
    p.end()


def _placed(image: QImage, angle: float, canvas: tuple[int, int], background: str, scale: float = 1.0) -> QImage:
    """The card turned by `angle` degrees and scaled by `scale` in the middle of a `canvas` of `background`."""
    out = QImage(canvas[0], canvas[1], QImage.Format.Format_RGB32)
    out.fill(QColor(background))
    p = QPainter(out)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.translate(canvas[0] / 2, canvas[1] / 2)
    p.setTransform(QTransform().rotate(angle).scale(scale, scale), combine=True)
    p.drawImage(QPointF(-image.width() / 2, -image.height() / 2), image)
    p.end()
    return out


def render(card: Card) -> QImage:
    image = card_image(card)
    if card.noise:
        _noisy(image, seed=len(card.key))
    if card.lowres:  # half the pixels, smoothed: a cheap scanner
        image = image.scaled(WIDTH // 2, HEIGHT // 2, Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    if card.photo:
        return _placed(image, card.angle, (3200, 2400), "#6b6259", scale=2.6)
    if card.angle:
        return _placed(image, card.angle, (image.width() + 100, image.height() + 120), "#e8e6e1")
    return image


def render_set(folder: Path, cards: tuple[Card, ...] = CARDS) -> list[tuple[Path, Card]]:
    """Every card as a PNG in `folder` (a photo as JPEG, as a phone saves it)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for card in cards:
        jpeg = card.photo or card.lowres
        path = folder / f"{card.key}.{'jpg' if jpeg else 'png'}"
        if not render(card).save(str(path), quality=(88 if card.photo else 55) if jpeg else -1):
            raise OSError(f"could not write {path}")
        out.append((path, card))
    return out


if __name__ == "__main__":  # python -m tests.cards.render OUT_DIR: look at the set
    import sys

    ensure_app()
    for written, _card in render_set(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/cards")):
        print(written)
