"""Regenerate ``countries.json`` from Natural Earth 1:110m countries.

The shapefile comes from the geopandas 0.14.4 wheel on PyPI
(``geopandas/datasets/naturalearth_lowres``); read it with pyshp::

    pip download --no-deps geopandas==0.14.4 && unzip geopandas-*.whl 'geopandas/datasets/*'
    pip install --target /tmp/pyshp pyshp
    PYTHONPATH=/tmp/pyshp python bot/data/maps/build_outlines.py \
        geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp

Neither geopandas nor pyshp is needed at run time: the bot reads the JSON written here.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

__all__ = ["main"]


def main(shp: str) -> None:
    """Write one entry per country: name, ISO alpha-3 and its rings (2 decimals)."""
    import shapefile  # type: ignore[import-not-found]

    reader = shapefile.Reader(shp)
    countries = []
    for record in reader.shapeRecords():
        attrs = record.record.as_dict()
        points = record.shape.points
        parts = [*record.shape.parts, len(points)]
        rings = []
        for start, end in itertools.pairwise(parts):
            ring = [[round(x, 2), round(y, 2)] for x, y in points[start:end]]
            if len(ring) >= 3:
                rings.append(ring)
        countries.append({"name": attrs["name"], "iso_a3": attrs["iso_a3"], "rings": rings})
    out = Path(__file__).with_name("countries.json")
    out.write_text(json.dumps(countries, separators=(",", ":")), encoding="utf-8")
    print(f"{len(countries)} countries -> {out} ({out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main(sys.argv[1])
