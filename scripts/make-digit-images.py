#!/usr/bin/env python3
"""Regenerates Tests/FolioLibraryTests/Fixtures/digits/: digit images that are NOT from MNIST.

Each digit 0-9 is drawn with handwriting-style fonts from Debian font packages, varied in size,
stroke width, slant (affine shear), rotation and position, on light and dark backgrounds, saved as
small grey, RGB or RGBA PNGs named <label>_<n>.png. The tests use the committed PNGs; this script
exists only to regenerate them (the output is deterministic for a given set of fonts and Pillow).

Needs (as root):
    apt-get install -y fonts-tlwg-purisa-ttf fonts-comic-neue fonts-humor-sans \
        fonts-dkg-handwriting fonts-breip fonts-sjfonts
    pip install pillow
Run from the repository root:  python3 scripts/make-digit-images.py
"""
import os
import random
import sys

from PIL import Image, ImageDraw, ImageFont

OUT = os.path.join("Tests", "FolioLibraryTests", "Fixtures", "digits")
PER_DIGIT = 5

# (Debian package, font file). Handwriting-like faces only: printed fonts are too easy.
# Not fonts-femkeklaver: its glyphs are outlines (hollow strokes), which no one writes by hand.
FONTS = [
    ("fonts-tlwg-purisa-ttf", "/usr/share/fonts/truetype/tlwg/Purisa.ttf"),
    ("fonts-tlwg-purisa-ttf", "/usr/share/fonts/truetype/tlwg/Purisa-Bold.ttf"),
    ("fonts-comic-neue", "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf"),
    ("fonts-comic-neue", "/usr/share/fonts/opentype/comic-neue/ComicNeue-Bold.otf"),
    ("fonts-humor-sans", "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf"),
    ("fonts-dkg-handwriting", "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"),
    ("fonts-breip", "/usr/share/fonts/truetype/breip/Breip.ttf"),
    ("fonts-sjfonts", "/usr/share/fonts/truetype/sjfonts/SteveHand.ttf"),
]


def render(digit, font_path, rng):
    side = rng.randint(64, 160)
    # Draw large on a 3x canvas, then shear/rotate and shrink: smoother strokes, like a pen scan.
    big = side * 3
    ink_size = int(big * rng.uniform(0.45, 0.8))
    font = ImageFont.truetype(font_path, ink_size)
    stroke = rng.choice([0, 0, 1, 2, 4])
    mask = Image.new("L", (big, big), 0)
    draw = ImageDraw.Draw(mask)
    left, top, right, bottom = draw.textbbox((0, 0), str(digit), font=font, stroke_width=stroke)
    spare_x = big - (right - left)
    spare_y = big - (bottom - top)
    x = spare_x / 2 + rng.uniform(-0.25, 0.25) * spare_x - left
    y = spare_y / 2 + rng.uniform(-0.25, 0.25) * spare_y - top
    draw.text((x, y), str(digit), font=font, fill=255, stroke_width=stroke, stroke_fill=255)
    shear = rng.uniform(-0.3, 0.3)
    mask = mask.transform(mask.size, Image.AFFINE, (1, shear, -shear * big / 2, 0, 1, 0),
                          resample=Image.BICUBIC)
    mask = mask.rotate(rng.uniform(-8, 8), resample=Image.BICUBIC)
    mask = mask.resize((side, side), Image.LANCZOS)
    return mask


def colourise(mask, rng):
    """Puts the ink mask on a page: light paper with dark ink, or a dark board with light ink."""
    mode = rng.choice(["L", "RGB", "RGBA"])
    dark_background = rng.random() < 0.3 and mode != "RGBA"
    if dark_background:
        paper = tuple(rng.randint(0, 60) for _ in range(3))
        ink = tuple(rng.randint(200, 255) for _ in range(3))
    else:
        paper = tuple(rng.randint(215, 255) for _ in range(3))
        ink = (rng.randint(0, 60), rng.randint(0, 60), rng.randint(0, 140))  # black or blue pen
    if mode == "RGBA":
        # Transparent paper: the ink's alpha is the mask (viewers composite it on white).
        page = Image.new("RGBA", mask.size, ink + (0,))
        page.putalpha(mask)
        return page
    page = Image.new("RGB", mask.size, paper)
    page.paste(Image.new("RGB", mask.size, ink), (0, 0), mask)
    return page.convert("L") if mode == "L" else page


def main():
    fonts = [path for _, path in FONTS if os.path.exists(path)]
    missing = [package for package, path in FONTS if not os.path.exists(path)]
    if missing:
        print("missing fonts, install: apt-get install -y " + " ".join(sorted(set(missing))), file=sys.stderr)
    if len(fonts) < PER_DIGIT:
        sys.exit("need at least %d of the fonts" % PER_DIGIT)
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.endswith(".png"):
            os.remove(os.path.join(OUT, name))
    rng = random.Random(2026)
    for digit in range(10):
        # A different font for each image of a digit, rotating the starting font per digit.
        for n in range(PER_DIGIT):
            font_path = fonts[(digit * 2 + n) % len(fonts)]
            image = colourise(render(digit, font_path, rng), rng)
            path = os.path.join(OUT, "%d_%d.png" % (digit, n))
            image.save(path, optimize=True)
            print(path, image.mode, image.size, os.path.basename(font_path))


if __name__ == "__main__":
    main()
