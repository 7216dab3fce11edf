#!/usr/bin/env python3
"""Writes basemap.json beside this file: the Natural Earth 1:10m lines and lakes around Almaty
region, clipped to the map's frame and simplified, so that kitapsha ships a few kilobytes
instead of the world.

Natural Earth is public domain. The 1:10m shapefiles used (version 5.1; shapefiles only):
ne_10m_admin_1_states_provinces_lines, ne_10m_admin_0_boundary_lines_land and ne_10m_lakes.
Run with `pip install pyshp`, the shapefiles' folder as the argument:

    python3 src/places/make_basemap.py NATURAL_EARTH_10M_DIR > src/places/basemap.json

Douglas-Peucker simplification to TOLERANCE degrees (about 1 km) keeps the file small; the
map is printed about 170 mm wide for 700 km, so 1 km is a quarter of a millimetre.
"""

import json
import sys

import shapefile

# The frame: a little more than Almaty region (2022 borders), lon/lat in degrees.
WEST, EAST, SOUTH, NORTH = 73.2, 81.2, 42.1, 47.2
TOLERANCE = 0.01
# Lakes smaller than this many square degrees are left out (about 60 km²).
MIN_LAKE = 0.007


def inside(point):
    x, y = point
    return WEST <= x <= EAST and SOUTH <= y <= NORTH


def clip_line(points):
    """Pieces of the line that lie inside the frame (a point outside ends a piece)."""
    pieces, current = [], []
    for point in points:
        if inside(point):
            current.append(point)
        elif current:
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return [p for p in pieces if len(p) >= 2]


def simplify(points, tolerance):
    if len(points) < 3:
        return points
    (x0, y0), (x1, y1) = points[0], points[-1]
    dx, dy = x1 - x0, y1 - y0
    length = (dx * dx + dy * dy) ** 0.5 or 1e-12
    worst, index = 0.0, 0
    for i in range(1, len(points) - 1):
        x, y = points[i]
        distance = abs(dy * (x - x0) - dx * (y - y0)) / length
        if distance > worst:
            worst, index = distance, i
    if worst <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[: index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def simplify_ring(ring, tolerance):
    """A closed ring simplified in two halves: split where it is farthest from its first point."""
    x0, y0 = ring[0]
    far = max(range(len(ring)), key=lambda i: (ring[i][0] - x0) ** 2 + (ring[i][1] - y0) ** 2)
    first = simplify(ring[: far + 1], tolerance)
    second = simplify(ring[far:] + [ring[0]], tolerance)
    return first[:-1] + second[:-1]


def area(ring):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]))) / 2


def rounded(points):
    return [[round(x, 3), round(y, 3)] for x, y in points]


def lines(path):
    out = []
    for shape in shapefile.Reader(path).shapes():
        parts = list(shape.parts) + [len(shape.points)]
        for start, end in zip(parts, parts[1:]):
            for piece in clip_line(shape.points[start:end]):
                out.append(rounded(simplify(piece, TOLERANCE)))
    return out


def lakes(path):
    out = []
    for shape in shapefile.Reader(path).shapes():
        parts = list(shape.parts) + [len(shape.points)]
        ring = shape.points[parts[0] : parts[1]]
        if not any(inside(p) for p in ring) or area(ring) < MIN_LAKE:
            continue
        # A lake that crosses the frame (Balkhash) is kept whole: the map clips it when drawn.
        out.append(rounded(simplify_ring(ring, TOLERANCE)))
    return out


def main():
    folder = sys.argv[1]
    data = {
        "source": "Natural Earth 1:10m (public domain): admin-1 lines, admin-0 land boundaries, lakes",
        "frame": {"west": WEST, "east": EAST, "south": SOUTH, "north": NORTH},
        "regions": lines(f"{folder}/ne_10m_admin_1_states_provinces_lines"),
        "countries": lines(f"{folder}/ne_10m_admin_0_boundary_lines_land"),
        "lakes": lakes(f"{folder}/ne_10m_lakes"),
    }
    sys.stdout.write(json.dumps(data, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
