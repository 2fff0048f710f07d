"""The /map picture: a PNG drawn offline from the bundled outlines."""

from __future__ import annotations

import struct

from tg_helpers import make_incident, today

from bot.services.maps import MapRequest, load_outlines, render_map


def _size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_outlines_are_bundled() -> None:
    rings = load_outlines()
    assert len(rings) > 200  # 177 countries, some in several parts
    (x0, y0, x1, y1), ring = rings[0]
    assert -180 <= x0 <= x1 <= 180 and -90 <= y0 <= y1 <= 90 and len(ring) >= 3


def test_map_of_incidents_and_empty_map() -> None:
    incidents = [
        make_incident(key=str(n), lat=33 + n / 10, lon=43 + n / 10, fatalities=n * 3)
        for n in range(10)
    ]
    request = MapRequest(
        title="Iraq — <7 days> & more",
        incidents=incidents,
        labels={"strikes": "Frappes aériennes"},
        chart_title="Incidents par jour",
        today=today(),
    )
    png = render_map(request)
    width, height = _size(png)
    assert 300 < width < 1000 and 300 < height < 1000
    empty = render_map(
        MapRequest(
            title="World",
            incidents=[],
            labels={},
            chart_title="",
            today=today(),
            days=30,
            no_data="No incident",
        )
    )
    _size(empty)
    assert empty != png


def test_the_deadliest_places_are_named_once_each() -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    from bot.services.maps import MAX_NAMED, _name_places

    incidents = [
        make_incident(id=n, key=str(n), lat=33 + n / 10, lon=43 + n / 10, fatalities=n)
        for n in range(1, 11)
    ]
    names = {n: f"Town {n}" for n in range(1, 11)} | {9: "Town 10"}  # two points, one town
    fig, ax = plt.subplots()
    try:
        _name_places(ax, incidents, names)
        written = [text.get_text() for text in ax.texts]
    finally:
        plt.close(fig)
    assert written == ["Town 10", "Town 8", "Town 7", "Town 6", "Town 5", "Town 4"]
    assert len(written) == MAX_NAMED
