#!/usr/bin/env python3
"""Draws the hand-made test digits of 04-evaluate.md as small PGM files (standard library only).

Each digit is a few pen strokes (polylines, in a 0..1 box) drawn in dark ink on light paper, the way a
phone photo of a digit on paper looks; Folio's predict(image:) inverts, crops and centres it MNIST-style.
Run from this folder: python3 draw_digits.py
"""
import math

SIZE = 40          # pixels per side
PEN = 0.075        # pen radius, as a fraction of the side

def arc(cx, cy, rx, ry, start, end, steps=24):
    """Points along an ellipse arc; angles in degrees, 0 = right, 90 = up."""
    return [(cx + rx * math.cos(math.radians(start + (end - start) * i / steps)),
             cy - ry * math.sin(math.radians(start + (end - start) * i / steps))) for i in range(steps + 1)]

DIGITS = {
    "0": [arc(0.5, 0.5, 0.22, 0.34, 0, 360)],
    "1": [[(0.38, 0.28), (0.55, 0.15), (0.55, 0.85)]],
    "2": [arc(0.5, 0.35, 0.22, 0.2, 160, -40) + [(0.28, 0.84), (0.75, 0.84)]],
    "3": [arc(0.48, 0.32, 0.2, 0.17, 150, -90), arc(0.48, 0.66, 0.23, 0.19, 90, -150)],
    "4": [[(0.6, 0.85), (0.6, 0.15), (0.25, 0.62), (0.78, 0.62)]],
    "7": [[(0.25, 0.18), (0.76, 0.18), (0.42, 0.86)]],
}

def distance(p, a, b):
    """Distance from point p to the segment a-b."""
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))

def render(strokes):
    rows = []
    for y in range(SIZE):
        row = []
        for x in range(SIZE):
            p = ((x + 0.5) / SIZE, (y + 0.5) / SIZE)
            d = min(distance(p, a, b) for s in strokes for a, b in zip(s, s[1:]))
            ink = max(0.0, min(1.0, (PEN - d) * SIZE + 0.5))   # one pixel of anti-aliasing
            row.append(round(245 - 215 * ink))                  # paper 245, ink 30
        rows.append(row)
    return rows

for name, strokes in DIGITS.items():
    pixels = render(strokes)
    with open(f"{name}.pgm", "wb") as f:
        f.write(f"P5\n{SIZE} {SIZE}\n255\n".encode() + bytes(v for row in pixels for v in row))
