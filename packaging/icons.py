"""Render the app icon from ``resources/icons/qbdesk.svg`` into what each OS wants.

    python packaging/icons.py OUTDIR      # writes qbdesk.ico, qbdesk.icns, qbdesk.png (+ sizes)

The SVG is the only source: Qt's SVG renderer draws it at each size (no
ImageMagick, no Pillow), and the two container formats are simple enough to
write by hand — an ``.ico`` holds 32-bit bitmaps below 256 px and a PNG at 256 px
(the layout Windows' own tools write), an ``.icns`` holds PNG images under their
type codes (macOS 10.7 and later).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "qbdesk.svg"

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # Explorer, taskbar and title bar at 100–250 %
# ICNS type code -> pixel size, PNG payloads (Apple's "Icon Composer" set, @1x and @2x).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
              ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)  # Linux hicolor theme sizes (qbdesk.png is the 256 one)


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn on a transparent ``size``×``size`` square, centred, aspect kept (straight alpha)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    box = renderer.viewBoxF()
    scale = size / max(box.width(), box.height(), 1e-9)
    width, height = box.width() * scale, box.height() * scale
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF((size - width) / 2, (size - height) / 2, width, height))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stub says bytes; PySide6 wants str
        raise SystemExit(f"could not encode a {image.width()}px PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit ICO bitmap: BITMAPINFOHEADER (height doubled for the mask), BGRA rows bottom-up, AND mask.

    Icons below 256 px are stored this way rather than as PNG: every Windows tool reads it
    (resource compilers and some installers reject small PNG entries).
    """
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_ARGB32)  # B, G, R, A bytes on little-endian machines
    width, height = image.width(), image.height()
    row = width * 4
    pixels = bytes(image.constBits())[: row * height]
    if sys.byteorder != "little":  # pragma: no cover - every build machine we support is little-endian
        raise SystemExit("dib_bytes assumes a little-endian machine")
    xor = b"".join(pixels[y * row:(y + 1) * row] for y in reversed(range(height)))
    mask = bytes(((width + 31) // 32) * 4 * height)  # all zero: the alpha channel decides
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(xor) + len(mask), 0, 0, 0, 0)
    return header + xor + mask


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file: ICONDIR, one ICONDIRENTRY per size, then the payloads (DIB or PNG; 256 is written as 0)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payloads = [], []
    for size in sizes:
        payload = images[size]
        side = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(payload), offset))
        payloads.append(payload)
        offset += len(payload)
    return header + b"".join(entries) + b"".join(payloads)


def icns_bytes(images: dict[str, bytes]) -> bytes:
    """An ICNS file: 'icns' + total length, then (type, length incl. 8-byte header, PNG) per entry."""
    body = b"".join(kind.encode("ascii") + struct.pack(">I", len(png) + 8) + png for kind, png in images.items())
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def build(outdir: Path, svg: Path = SOURCE) -> dict[str, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    outdir.mkdir(parents=True, exist_ok=True)
    cache: dict[int, QImage] = {}

    def image(size: int) -> QImage:
        if size not in cache:
            cache[size] = render(svg, size)
        return cache[size]

    written = {
        "ico": outdir / "qbdesk.ico",
        "icns": outdir / "qbdesk.icns",
        "png": outdir / "qbdesk.png",
    }
    written["ico"].write_bytes(ico_bytes({size: png_bytes(image(size)) if size >= 256 else dib_bytes(image(size))
                                          for size in ICO_SIZES}))
    written["icns"].write_bytes(icns_bytes({kind: png_bytes(image(size)) for kind, size in ICNS_TYPES}))
    for size in PNG_SIZES:
        (outdir / f"qbdesk-{size}.png").write_bytes(png_bytes(image(size)))
    written["png"].write_bytes(png_bytes(image(256)))
    del app
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)  # noqa: T201 - a command-line tool's usage
        return 2
    for kind, path in build(Path(argv[0])).items():
        print(f"icon {kind}: {path} ({path.stat().st_size} bytes)")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
