"""Which chats an incident alerts."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.domain.gazetteer import Gazetteer, get_gazetteer, resolve_typed
from bot.domain.matching import SubscriptionIndex, haversine_km
from bot.domain.models import Incident, Status, Subscription

NOW = datetime(2023, 10, 21, 18, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


def seed_incident(**overrides: object) -> Incident:
    fields: dict[str, object] = {
        "key": "seed",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "place_id": "s:ain-al-asad-air-base",
        "place": "Ain al-Asad Air Base",
        "admin1": "Al Anbar",
        "country": "IQ",
        "lat": 33.8,
        "lon": 42.44,
        "actors": ("islamic-resistance-in-iraq", "united-states"),
        "claimed_by": "islamic-resistance-in-iraq",
        "status": Status.CLAIMED,
        "fatalities": 0,
        "injured": 0,
        "incident_date": date(2023, 10, 21),
        "first_seen": NOW,
        "updated_at": NOW,
    }
    fields.update(overrides)
    return Incident.model_validate(fields)


def sub(chat_id: int, kind: str, target: str, **extra: object) -> Subscription:
    return Subscription.model_validate(
        {"chat_id": chat_id, "kind": kind, "target_id": target, "label": target, **extra}
    )


def test_region_subscriptions_match_through_the_hierarchy(gaz: Gazetteer) -> None:
    index = SubscriptionIndex.build(
        [
            sub(1, "place", "c:IQ"),  # the country
            sub(2, "place", "a:IQ-AN"),  # the province
            sub(3, "place", "s:ain-al-asad-air-base"),  # the site itself
            sub(4, "place", "c:IL"),  # only background in the seed
            sub(5, "place", "a:IQ-BG"),  # another province of the same country
        ]
    )
    assert index.match(seed_incident(), gaz) == {1, 2, 3}


def test_a_region_across_provinces_follows_every_incident_in_them(gaz: Gazetteer) -> None:
    index = SubscriptionIndex.build(
        [
            sub(1, "place", "s:iraqi-kurdistan"),  # Erbil, Duhok and Sulaymaniyah
            sub(2, "place", "s:donbas"),  # Donetsk and Luhansk
        ]
    )
    erbil = seed_incident(place_id="s:erbil-international-airport",
                          place="Erbil International Airport", admin1="Erbil", lat=36.24,
                          lon=43.96)
    assert index.match(erbil, gaz) == {1}
    assert index.match(seed_incident(), gaz) == set()  # Anbar lies outside it
    donetsk = seed_incident(place_id="a:UA-14", place="Donetsk", admin1="Donetsk",
                               country="UA", lat=48.0, lon=37.8)
    assert index.match(donetsk, gaz) == {2}
    # Somalia's member states, typed by their names (not "Poland" for "Puntland")
    states = SubscriptionIndex.build([
        sub(4, "place", resolve_typed(gaz, "Puntland", kind="place")[0].id),
        sub(5, "place", resolve_typed(gaz, "Jubaland", kind="place")[0].id),
    ])
    bosaso = seed_incident(place_id="g:64013", place="Bosaso", admin1="Bari", country="SO",
                           lat=11.28, lon=49.18)
    kismayo = seed_incident(place_id="g:55671", place="Kismayo", admin1="Lower Juba",
                            country="SO", lat=-0.36, lon=42.55)
    assert (states.match(bosaso, gaz), states.match(kismayo, gaz)) == ({4}, {5})
    # ... Hirshabelle (Hiiraan and Middle Shabelle) and South West State, however typed
    south = SubscriptionIndex.build([
        sub(6, "place", resolve_typed(gaz, "Hirshabeelle", kind="place")[0].id),
        sub(7, "place", resolve_typed(gaz, "South West State", kind="place")[0].id),
    ])
    jowhar = seed_incident(place_id="g:56335", place="Jowhar", admin1="Middle Shabelle",
                           country="SO", lat=2.78, lon=45.5)
    baidoa = seed_incident(place_id="g:64536", place="Baidoa", admin1="Bay", country="SO",
                           lat=3.11, lon=43.65)
    assert (south.match(jowhar, gaz), south.match(baidoa, gaz), south.match(kismayo, gaz)) == (
        {6}, {7}, set()
    )
    # a district that is none of the gazetteer's divisions takes in its main towns
    kurram = SubscriptionIndex.build([sub(3, "place", "s:kurram")])
    parachinar = seed_incident(place_id="g:1168394", place="Parachinar",
                               admin1="Khyber Pakhtunkhwa", country="PK", lat=33.9, lon=70.1)
    assert kurram.match(parachinar, gaz) == {3}


def test_crimea_typed_takes_in_sevastopol(gaz: Gazetteer) -> None:
    # a division that takes in another in common speech: Sevastopol is a division of its own
    crimea = resolve_typed(gaz, "Crimée", kind="place")[0].id
    index = SubscriptionIndex.build([sub(1, "place", crimea)])
    sevastopol = seed_incident(place_id="a:UA-40", place="Sevastopol", admin1="Sevastopol",
                               country="UA", lat=44.57, lon=33.46)
    assert index.match(sevastopol, gaz) == {1}
    # ... and not the other way round
    back = SubscriptionIndex.build([sub(2, "place", "a:UA-40")])
    kerch = seed_incident(place_id="a:UA-43", place="Crimea", admin1="Crimea", country="UA",
                          lat=45.36, lon=36.47)
    assert back.match(kerch, gaz) == set()


def test_actor_subscriptions_match_members_of_an_umbrella(gaz: Gazetteer) -> None:
    index = SubscriptionIndex.build(
        [
            sub(1, "actor", "islamic-resistance-in-iraq"),
            sub(2, "actor", "kataib-hezbollah"),
            sub(3, "actor", "hamas"),
        ]
    )
    assert index.match(seed_incident(), gaz) == {1}
    by_member = seed_incident(actors=("kataib-hezbollah",), claimed_by=None)
    # A subscriber to the umbrella hears of its members; a subscriber to a member does not
    # hear of every act of the umbrella.
    assert index.match(by_member, gaz) == {1, 2}


def test_radius_subscriptions_match_by_distance(gaz: Gazetteer) -> None:
    erbil = gaz.place("g:95446")
    assert erbil is not None and erbil.lat is not None and erbil.lon is not None
    index = SubscriptionIndex.build(
        [
            sub(1, "radius", "g:95446", km=100.0, lat=erbil.lat, lon=erbil.lon),
            sub(2, "radius", "g:95446", km=50.0, lat=erbil.lat, lon=erbil.lon),
        ]
    )
    mosul = seed_incident(place_id=None, lat=36.34, lon=43.13, country="IQ")
    distance = haversine_km(erbil.lat, erbil.lon, 36.34, 43.13)
    assert 70 < distance < 90
    assert index.match(mosul, gaz) == {1}
    far = seed_incident(place_id=None, lat=33.3, lon=44.4, country="IQ")  # Baghdad
    assert index.match(far, gaz) == set()


def test_removing_subscriptions_and_chats(gaz: Gazetteer) -> None:
    s1, s2 = sub(1, "place", "c:IQ"), sub(2, "actor", "islamic-resistance-in-iraq")
    index = SubscriptionIndex.build([s1, s2])
    index.remove(s1)
    assert index.match(seed_incident(), gaz) == {2}
    index.remove_chat(2)
    assert index.match(seed_incident(), gaz) == set()


def test_incident_without_place_matches_its_country(gaz: Gazetteer) -> None:
    index = SubscriptionIndex.build([sub(1, "place", "c:IQ")])
    assert index.match(seed_incident(place_id=None, lat=None, lon=None), gaz) == {1}
