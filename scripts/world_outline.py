"""The country outlines of the offline map: Natural Earth 110m countries as small GeoJSON.

Input: ``countries-110m.json`` of the npm package ``world-atlas`` (Natural Earth 4.1.0 as
TopoJSON; Natural Earth is public domain, the package ISC), or the package tarball itself:

    cd /tmp && npm pack world-atlas@2.0.2
    .venv/bin/python scripts/world_outline.py /tmp/world-atlas-2.0.2.tgz

writes ``src/claimkit/outputs/static/world-110m.geojson``: one feature per country with its
``name``, coordinates rounded to ``--digits`` decimals (2: about 1 km, finer than the 110m
scale), rings crossing the antimeridian made continuous; Antarctica (a ring around the pole)
is left out. Same input, same output.
"""

from __future__ import annotations

import argparse
import json
import logging
import tarfile
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "claimkit" / "outputs" / "static" / "world-110m.geojson"
MEMBER = "package/countries-110m.json"

log = logging.getLogger("world_outline")

Point = list[float]
Ring = list[Point]


def read_topology(path: Path) -> dict[str, Any]:
    """The TopoJSON, from the JSON file or from inside the npm tarball."""
    if path.suffix in {".tgz", ".gz"}:
        with tarfile.open(path) as tar:
            member = tar.extractfile(MEMBER)
            if member is None:
                raise SystemExit(f"{path}: no {MEMBER}")
            return json.loads(member.read())
    return json.loads(path.read_text(encoding="utf-8"))


def decode_arcs(topology: dict[str, Any], digits: int) -> list[Ring]:
    """Every arc as absolute longitude/latitude points (quantised, delta-encoded arcs)."""
    transform = topology.get("transform")
    arcs: list[Ring] = []
    for arc in topology["arcs"]:
        points: Ring = []
        x = y = 0.0
        for position in arc:
            if transform:
                x += position[0]
                y += position[1]
                sx, sy = transform["scale"]
                tx, ty = transform["translate"]
                lon, lat = x * sx + tx, y * sy + ty
            else:
                lon, lat = position[0], position[1]
            points.append([round(lon, digits), round(lat, digits)])
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[Ring]) -> Ring:
    """One closed ring from its arcs (``~i`` is arc ``i`` reversed)."""
    points: Ring = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    deduped: Ring = []
    for point in points:
        if not deduped or deduped[-1] != point:
            deduped.append(point)
    return deduped


def unwrap(points: Ring) -> Ring | None:
    """A ring crossing the antimeridian made continuous (longitudes past 180 where needed), so
    that Leaflet draws no line across the world; None for a ring around a pole."""
    out: Ring = [points[0]]
    offset = 0.0
    for previous, point in pairwise(points):
        step = point[0] - previous[0]
        if step > 180:
            offset -= 360
        elif step < -180:
            offset += 360
        out.append([round(point[0] + offset, 6), point[1]])
    if abs(out[0][0] - out[-1][0]) > 1:
        return None
    mean = sum(p[0] for p in out) / len(out)
    shift = -360 * round(mean / 360)
    return [[round(p[0] + shift, 6), p[1]] for p in out] if shift else out


def to_features(topology: dict[str, Any], digits: int) -> list[dict[str, Any]]:
    """The ``countries`` object's geometries as GeoJSON features (tiny rings dropped)."""
    arcs = decode_arcs(topology, digits)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        name = geometry.get("properties", {}).get("name")
        if name == "Antarctica":
            continue
        shapes = []
        for polygon in polygons:
            rings = [unwrap(ring(indexes, arcs)) for indexes in polygon]
            rings = [r for r in rings if r is not None and len(r) >= 4]
            if rings:
                shapes.append(rings)
        if not shapes:
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {"name": name},
                "geometry": {"type": "MultiPolygon", "coordinates": shapes},
            }
        )
    return features


def main() -> None:
    """Convert and write the GeoJSON."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="countries-110m.json or world-atlas-*.tgz")
    parser.add_argument("--digits", type=int, default=2)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    features = to_features(read_topology(args.source), args.digits)
    collection = {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:110m countries 4.1.0 (public domain), via world-atlas 2.0.2",
        "features": features,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(collection, separators=(",", ":")) + "\n", encoding="utf-8")
    log.info("%s: %d countries, %d bytes", args.out, len(features), args.out.stat().st_size)


if __name__ == "__main__":
    main()
