"""The subscription index on the real gazetteer: places, ancestors, actors, radius."""

from __future__ import annotations

from typing import Any

import pytest

from bot.domain.gazetteer import Gazetteer, get_gazetteer
from bot.domain.matching import SubscriptionIndex, haversine_km
from bot.domain.models import Subscription

from .helpers import make_incident


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


def sub(chat_id: int, kind: str, target_id: str, **extra: Any) -> Subscription:
    return Subscription(chat_id=chat_id, kind=kind, target_id=target_id, label=target_id, **extra)  # type: ignore[arg-type]


def test_place_and_every_ancestor_match(gazetteer: Gazetteer) -> None:
    index = SubscriptionIndex.build(
        [
            sub(1, "place", "c:IQ"),
            sub(2, "place", "a:IQ-AN"),
            sub(3, "place", "s:ain-al-asad-air-base"),
            sub(4, "place", "c:SY"),
            sub(5, "place", "a:IQ-BG"),
        ]
    )
    assert index.match(make_incident(), gazetteer) == {1, 2, 3}
    # Only a country known: its subscribers.
    assert index.match(make_incident(place_id=None, lat=None, lon=None), gazetteer) == {1}


def test_actor_and_umbrella_match(gazetteer: Gazetteer) -> None:
    [umbrella] = gazetteer.actor_ancestors("islamic-resistance-in-iraq")[1:2]
    index = SubscriptionIndex.build(
        [
            sub(1, "actor", "islamic-resistance-in-iraq"),
            sub(2, "actor", umbrella),
            sub(3, "actor", "hamas"),
        ]
    )
    incident = make_incident(place_id=None, country=None, lat=None, lon=None)
    assert index.match(incident, gazetteer) == {1, 2}


def test_radius_uses_the_true_distance(gazetteer: Gazetteer) -> None:
    lat, lon = 33.8, 42.44
    near = (33.8, 43.4)  # about 89 km east
    assert 80 < haversine_km(lat, lon, *near) < 100
    index = SubscriptionIndex.build(
        [
            sub(1, "radius", "g:1", km=100.0, lat=near[0], lon=near[1]),
            sub(2, "radius", "g:1", km=50.0, lat=near[0], lon=near[1]),
            sub(3, "radius", "g:2", km=1500.0, lat=40.0, lon=30.0),  # wide, far away
        ]
    )
    incident = make_incident(place_id=None, country=None, lat=lat, lon=lon, actors=())
    assert index.match(incident, gazetteer) == {1, 3}


def test_radius_across_the_antimeridian_and_near_a_pole(gazetteer: Gazetteer) -> None:
    index = SubscriptionIndex.build(
        [
            sub(1, "radius", "x", km=200.0, lat=-17.0, lon=179.6),
            sub(2, "radius", "y", km=300.0, lat=78.0, lon=20.0),
        ]
    )
    fiji = make_incident(place_id=None, country=None, lat=-17.0, lon=-179.5, actors=())
    svalbard = make_incident(place_id=None, country=None, lat=78.5, lon=28.0, actors=())
    assert index.match(fiji, gazetteer) == {1}
    assert index.match(svalbard, gazetteer) == {2}


def test_remove_and_remove_chat(gazetteer: Gazetteer) -> None:
    subs = [
        sub(1, "place", "c:IQ"),
        sub(1, "actor", "islamic-resistance-in-iraq"),
        sub(1, "radius", "g:1", km=100.0, lat=33.8, lon=42.5),
        sub(2, "place", "c:IQ"),
        sub(2, "radius", "g:1", km=100.0, lat=33.8, lon=42.5),
    ]
    index = SubscriptionIndex.build(subs)
    assert len(index) == 5
    index.remove(subs[3])
    assert index.match(make_incident(), gazetteer) == {1, 2}  # 2 still by its radius
    index.remove(subs[4])
    assert index.match(make_incident(), gazetteer) == {1}
    index.remove_chat(1)
    assert index.match(make_incident(), gazetteer) == set()
    assert len(index) == 0
    index.add(subs[0])
    assert index.match(make_incident(), gazetteer) == {1}


def test_rows_and_models_build_the_same_index(gazetteer: Gazetteer) -> None:
    subs = [
        sub(c, "place", p)
        for c, p in enumerate(["c:IQ", "a:IQ-AN", "c:SY", "s:ain-al-asad-air-base"] * 5)
    ]
    rows = [(s.chat_id, s.kind, s.target_id, s.km, s.lat, s.lon) for s in subs]
    incident = make_incident()
    assert (
        SubscriptionIndex.from_rows(rows).match(incident, gazetteer)
        == SubscriptionIndex.build(subs).match(incident, gazetteer)
        == {c for c, p in enumerate(["c:IQ", "a:IQ-AN", "c:SY", "s:x"] * 5) if p != "c:SY"}
    )
