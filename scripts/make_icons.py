"""Draw the app icons (static/icons/*.png) from the favicon's shapes, with the standard library.

The favicon (static/favicon.svg) is a green rounded bar with three white vertebrae. The icons
put it on a pale square; the maskable one keeps it inside the middle 60 %, the safe zone
Android may crop to a circle. Run: .venv/bin/python scripts/make_icons.py
"""

import struct
import zlib
from pathlib import Path

GREEN = (0x2F, 0x7D, 0x6D)
WHITE = (0xFF, 0xFF, 0xFF)
PALE = (0xEE, 0xF6, 0xF3)
OUT = Path(__file__).resolve().parent.parent / "static" / "icons"


def inside_rounded(x, y, left, top, width, height, radius) -> bool:
    if not (left <= x < left + width and top <= y < top + height):
        return False
    cx = min(max(x, left + radius), left + width - radius)
    cy = min(max(y, top + radius), top + height - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius**2


def draw(size: int, mark: float) -> bytes:
    """Raw RGB rows: the favicon's 32-unit drawing scaled to ``mark`` of the icon, centred."""
    unit = size * mark / 32
    origin = (size - 32 * unit) / 2
    shapes = [(GREEN, 11, 2, 10, 28, 5)] + [(WHITE, 13, y, 6, 3, 1.5) for y in (7, 14, 21)]
    rows = []
    for py in range(size):
        row = bytearray([0])  # PNG filter: none
        for px in range(size):
            x, y = (px + 0.5 - origin) / unit, (py + 0.5 - origin) / unit
            colour = PALE
            for fill, left, top, width, height, radius in shapes:
                if inside_rounded(x, y, left, top, width, height, radius):
                    colour = fill
            row += bytes(colour)
        rows.append(bytes(row))
    return b"".join(rows)


def png(size: int, pixels: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(pixels, 9))
        + chunk(b"IEND", b"")
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, size, mark in [
        ("icon-192.png", 192, 0.8),
        ("icon-512.png", 512, 0.8),
        ("icon-maskable-512.png", 512, 0.6),
        ("apple-touch-icon.png", 180, 0.75),
    ]:
        (OUT / name).write_bytes(png(size, draw(size, mark)))


if __name__ == "__main__":
    main()
