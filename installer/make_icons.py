"""Render the application icon (resources/icons/icon.svg) to PNG 256/48/32/16 and a
Windows .ico in the package (src/ekinerja_desktop/resources/), where the program, the
installers and the frozen build take them from.

The SVG is the single source; run this after editing it and check in the outputs:
    .venv/bin/python installer/make_icons.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "icon.svg"
RESOURCES = ROOT / "src" / "ekinerja_desktop" / "resources"
SIZES = (256, 48, 32, 16)


def render_png(svg: Path, size: int) -> bytes:
    """Render ``svg`` at ``size`` x ``size`` pixels with Qt's SVG renderer (antialiased)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"invalid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    del _app
    return bytes(data.data())


def main() -> None:
    from PIL import Image

    svg = SVG
    images: dict[int, Image.Image] = {}
    for size in SIZES:
        png = render_png(svg, size)
        name = "icon.png" if size == 256 else f"icon-{size}.png"
        (RESOURCES / name).write_bytes(png)
        images[size] = Image.open(io.BytesIO(png)).convert("RGBA")
        print(f"wrote {name}")
    # Every size drawn from the SVG at its own resolution, not downscaled from 256.
    images[256].save(
        RESOURCES / "icon.ico",
        format="ICO",
        sizes=[(s, s) for s in sorted(SIZES)],
        append_images=[images[s] for s in sorted(SIZES) if s != 256],
    )
    print("wrote icon.ico")


if __name__ == "__main__":
    main()
