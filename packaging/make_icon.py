"""Draw the program icon: a red rounded square with a white 工 (for 工会).

Writes ``resources/icons/unionapp.png`` (256 px) and ``resources/icons/unionapp.ico`` (16 to 256 px,
each size drawn on its own so the small ones stay sharp). Run it again only to change the design:

    python packaging/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
RED = (200, 16, 46, 255)
WHITE = (255, 255, 255, 255)
OVERSAMPLE = 8

# The character 工 as three bars, in fractions of the icon's side: (left, top, right, bottom).
BARS = (
    (0.22, 0.20, 0.78, 0.32),  # top stroke
    (0.435, 0.20, 0.565, 0.80),  # stem
    (0.13, 0.68, 0.87, 0.80),  # bottom stroke
)


def draw_icon(size: int) -> Image.Image:
    """The icon at ``size`` pixels, drawn large and scaled down for smooth edges."""
    big = size * OVERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    inset = round(big * 0.03)
    draw.rounded_rectangle(
        (inset, inset, big - inset - 1, big - inset - 1), radius=round(big * 0.2), fill=RED
    )
    for left, top, right, bottom in BARS:
        draw.rectangle((big * left, big * top, big * right, big * bottom), fill=WHITE)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> int:
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    images = [draw_icon(size) for size in ICO_SIZES]
    images[-1].save(ICON_DIR / "unionapp.png", optimize=True)
    images[-1].save(
        ICON_DIR / "unionapp.ico",
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=images[:-1],
    )
    print(f"wrote {ICON_DIR / 'unionapp.png'} and {ICON_DIR / 'unionapp.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
