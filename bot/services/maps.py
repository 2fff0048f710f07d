"""``/map``: a PNG of recent incidents over bundled country outlines, with a daily count.

Outlines are Natural Earth 1:110m countries (public domain), bundled as
``bot/data/maps/countries.json``. Drawing uses matplotlib's Agg backend: no display, no
network, one figure per call.
"""

from __future__ import annotations

import functools
import io
import json
import math
import threading
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from typing import Any

from bot.domain.models import Incident
from bot.domain.policy import category_of

__all__ = ["MapRequest", "load_outlines", "render_map"]

#: Colour per category, distinguishable by colour-blind readers (Okabe-Ito palette).
COLOURS: dict[str, str] = {
    "battles": "#D55E00",
    "strikes": "#CC79A7",
    "explosions": "#E69F00",
    "civilians": "#0072B2",
    "protests": "#009E73",
    "other": "#666666",
}
_MIN_SPAN = 6.0
# pyplot keeps global state; one figure at a time keeps it safe across threads.
_LOCK = threading.Lock()


@functools.cache
def load_outlines() -> tuple[tuple[tuple[float, float, float, float], list[list[float]]], ...]:
    """Every country ring with its bounding box ``(min_lon, min_lat, max_lon, max_lat)``."""
    raw = resources.files("bot.data").joinpath("maps/countries.json").read_text("utf-8")
    rings = []
    for country in json.loads(raw):
        for ring in country["rings"]:
            lons = [p[0] for p in ring]
            lats = [p[1] for p in ring]
            rings.append(((min(lons), min(lats), max(lons), max(lats)), ring))
    return tuple(rings)


@dataclass(frozen=True, slots=True)
class MapRequest:
    """What to draw; every text is already translated."""

    title: str
    incidents: Sequence[Incident]
    labels: Mapping[str, str]  # category -> legend text
    chart_title: str
    today: date
    days: int = 7
    centre: tuple[float, float] | None = None  # (lat, lon) when nothing has coordinates
    no_data: str = ""
    #: incident id -> the name written next to its point (the deadliest few are named)
    place_names: Mapping[int, str] = field(default_factory=dict)


def _extent(
    points: Sequence[tuple[float, float]], centre: tuple[float, float] | None
) -> tuple[float, float, float, float]:
    if points:
        lats = [p[0] for p in points]
        lons = [p[1] for p in points]
        lat0, lat1, lon0, lon1 = min(lats), max(lats), min(lons), max(lons)
    elif centre is not None:
        lat0 = lat1 = centre[0]
        lon0 = lon1 = centre[1]
    else:
        return (-180.0, 180.0, -60.0, 85.0)
    pad_lat = max(_MIN_SPAN - (lat1 - lat0), 0) / 2 + 1.0
    pad_lon = max(_MIN_SPAN - (lon1 - lon0), 0) / 2 + 1.0
    # Widen narrow areas so the map fills a landscape frame instead of a thin strip.
    stretch = 1 / max(math.cos(math.radians((lat0 + lat1) / 2)), 0.2)
    wanted = 1.4 * (lat1 - lat0 + 2 * pad_lat) * stretch
    pad_lon = max(pad_lon, (wanted - (lon1 - lon0)) / 2)
    return (
        max(lon0 - pad_lon, -180.0),
        min(lon1 + pad_lon, 180.0),
        max(lat0 - pad_lat, -85.0),
        min(lat1 + pad_lat, 85.0),
    )


#: How many places are named on a map: enough to find one's bearings, few enough to read.
MAX_NAMED = 6


def _name_places(ax: Any, located: Sequence[Incident], names: Mapping[int, str]) -> None:
    """Write the names of the deadliest places (then the most recent) next to their points."""
    named: set[str] = set()
    ranked = sorted(located, key=lambda i: (-(i.fatalities or 0), -i.incident_date.toordinal()))
    for incident in ranked:
        name = names.get(incident.id or -1)
        if not name or name in named:
            continue
        named.add(name)
        ax.annotate(
            name,
            (incident.lon, incident.lat),
            xytext=(5, 4),
            textcoords="offset points",
            fontsize=7,
            color="#333333",
            zorder=4,
        )
        if len(named) == MAX_NAMED:
            break


def render_map(request: MapRequest) -> bytes:
    """A PNG: the map with points sized by fatalities and coloured by type, then a bar chart."""
    # Imported here: matplotlib costs half a second to import and only /map needs it.
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.collections import PolyCollection

    located = [i for i in request.incidents if i.lat is not None and i.lon is not None]
    points = [(float(i.lat), float(i.lon)) for i in located]  # type: ignore[arg-type]
    lon0, lon1, lat0, lat1 = _extent(points, request.centre)
    with _LOCK:
        fig = plt.figure(figsize=(6.4, 6.0), dpi=100)
        try:
            grid = fig.add_gridspec(2, 1, height_ratios=(4, 1), hspace=0.35)
            ax: Any = fig.add_subplot(grid[0])
            polys = [
                ring
                for (x0, y0, x1, y1), ring in load_outlines()
                if x1 >= lon0 and x0 <= lon1 and y1 >= lat0 and y0 <= lat1
            ]
            ax.add_collection(
                PolyCollection(polys, facecolors="#EEEEE8", edgecolors="#9A9A9A", linewidths=0.6)
            )
            ax.set_facecolor("#DDEBF3")
            ax.set_xlim(lon0, lon1)
            ax.set_ylim(lat0, lat1)
            mid = math.radians((lat0 + lat1) / 2)
            ax.set_aspect(1 / max(math.cos(mid), 0.2))
            ax.set_xticks([])
            ax.set_yticks([])
            ax.set_title(request.title, fontsize=11, loc="left")
            seen: set[str] = set()
            for incident in sorted(located, key=lambda i: -(i.fatalities or 0)):
                category = category_of(incident)
                dead = incident.fatalities or 0
                ax.scatter(
                    [incident.lon],
                    [incident.lat],
                    s=25 + 18 * math.sqrt(dead),
                    c=COLOURS[category],
                    alpha=0.75,
                    edgecolors="white",
                    linewidths=0.6,
                    zorder=3,
                    label=request.labels.get(category, category) if category not in seen else None,
                )
                seen.add(category)
            _name_places(ax, located, request.place_names)
            if seen:
                ax.legend(loc="lower left", fontsize=7, framealpha=0.85, markerscale=0.7)
            elif request.no_data:
                ax.text(
                    0.5, 0.5, request.no_data, transform=ax.transAxes, ha="center", fontsize=10
                )
            chart: Any = fig.add_subplot(grid[1])
            days = [request.today - timedelta(days=n) for n in range(request.days - 1, -1, -1)]
            counts = Counter(i.incident_date for i in request.incidents)
            heights = [counts.get(d, 0) for d in days]
            chart.bar(range(len(days)), heights, color="#4A6FA5", width=0.7)
            chart.set_ylim(0, max([*heights, 1]) * 1.15)
            step = max(1, len(days) // 8)
            chart.set_xticks(range(0, len(days), step))
            chart.set_xticklabels([f"{d:%d/%m}" for d in days][::step], fontsize=7)
            chart.tick_params(axis="y", labelsize=7)
            chart.yaxis.get_major_locator().set_params(integer=True)
            chart.set_title(request.chart_title, fontsize=9, loc="left")
            for side in ("top", "right"):
                chart.spines[side].set_visible(False)
            buf = io.BytesIO()
            fig.savefig(buf, format="png", bbox_inches="tight")
        finally:
            plt.close(fig)
    return buf.getvalue()
