"""Render installer/icons/fieldcrm.svg to the PNG and ICO files the packages use (run after editing the SVG)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "fieldcrm.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    render(256).save(str(ICONS / "fieldcrm.png"))
    # The ICO holds every size, each drawn from the vector (sharper than Pillow's downscaling).
    frames = []
    for size in ICO_SIZES:
        path = ICONS / f".fieldcrm-{size}.png"
        render(size).save(str(path))
        frames.append(Image.open(path).copy())
        path.unlink()
    frames[-1].save(ICONS / "fieldcrm.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=frames[:-1])
    print(f"wrote {ICONS / 'fieldcrm.png'} and {ICONS / 'fieldcrm.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
