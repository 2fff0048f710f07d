"""Deduplication across differing readings of one event (EN and FR outlets)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.domain.dedup import dedup_keys, find_duplicate, incident_from, incident_keys
from bot.domain.extract import extract
from bot.domain.gazetteer import Gazetteer
from bot.domain.models import Article, Extraction, Incident, Report, Status

FR = Article(
    id="fr", source="s", url="https://news.example/fr",
    published=datetime(2024, 5, 3, 17, 0, tzinfo=UTC),
    title="RDC : des bombes tombent sur des camps de déplacés près de Goma, au moins 12 morts",
    body="GOMA, 3 mai — Au moins douze personnes ont été tuées vendredi par des tirs de bombes "
    "sur deux camps de déplacés en périphérie de Goma, a annoncé le porte-parole du "
    "gouvernement. Kinshasa a accusé les rebelles du M23.",
)


def test_other_violent_type_with_same_toll_merges(gazetteer: Gazetteer) -> None:
    ext = extract(FR, gazetteer)
    report = Report(source=FR.source, url=FR.url, title=FR.title, language=ext.language,
                    published=FR.published, fatalities=ext.fatalities, injured=ext.injured,
                    status=ext.status)
    incident = incident_from(ext, report, key="fr", now=FR.published)
    other = ("Explosions/Remote violence"
             if ext.event_type != "Explosions/Remote violence" else "Violence against civilians")
    same = ext.model_copy(update={"event_type": other, "sub_event_type": None})
    assert find_duplicate(same, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident
    different_toll = same.model_copy(update={"fatalities": 2})
    assert find_duplicate(different_toll, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is None
    # (a march at the same place: the same toll is no reason to join it; a crowd fired on, or
    # a riot, may be the same day told another way: see below)
    protest = ext.model_copy(update={"event_type": "Protests",
                                     "sub_event_type": "Peaceful protest"})
    assert find_duplicate(protest, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is None


def _incident(ext: object, article: Article) -> object:
    assert isinstance(ext, Extraction)
    report = Report(source=article.source, url=article.url, title=article.title,
                    language=ext.language, published=article.published,
                    fatalities=ext.fatalities, injured=ext.injured, status=ext.status)
    return incident_from(ext, report, key=article.id, now=article.published)


VILLAGE_FR = Article(
    id="v-fr", source="s", url="https://news.example/v-fr",
    published=datetime(2023, 5, 27, 9, 0, tzinfo=UTC),
    title="Somalie : les shebab revendiquent l'attaque d'une base à Boulo Marer",
    body="NAIROBI — Les islamistes shebab ont revendiqué une attaque menée vendredi contre une "
    "base militaire à Boulo Marer, dans la région du Bas-Shabelle, affirmant avoir tué des "
    "dizaines de soldats.",
)
VILLAGE_EN = Article(
    id="v-en", source="s", url="https://news.example/v-en",
    published=datetime(2023, 5, 27, 15, 0, tzinfo=UTC),
    title="Al Shabaab attacks African Union base in Somalia",
    body="MOGADISHU — Al Shabaab fighters stormed the military base at Bulo Marer on Friday, "
    "killing dozens of soldiers, residents said.",
)


def test_one_village_spelt_two_ways_is_one_place(gazetteer: Gazetteer) -> None:
    fr, en = extract(VILLAGE_FR, gazetteer), extract(VILLAGE_EN, gazetteer)
    # (the French spelling is known for the village the gazetteer spells otherwise)
    assert (fr.place, en.place) == ("Bulo Marer", "Bulo Marer")
    incident = _incident(fr, VILLAGE_FR)
    assert find_duplicate(en, published=VILLAGE_EN.published, candidates=[incident],  # type: ignore[list-item]
                          gazetteer=gazetteer) is incident
    # two spellings of a village the gazetteer lacks at all, placed at spots ~120 km apart
    x = en.model_copy(update={"place": "Kourfar Danya", "place_id": None, "lat": 2.5,
                              "lon": 45.0})
    y = _incident(fr.model_copy(update={"place": "Kurfar Danya", "place_id": None,
                                        "lat": 3.6, "lon": 45.2}), VILLAGE_FR)
    assert find_duplicate(x, published=VILLAGE_EN.published, candidates=[y],  # type: ignore[list-item]
                          gazetteer=gazetteer) is y
    # the same name far away, in another province: another place
    far = en.model_copy(update={"place_id": "a:SO-BR", "lat": 10.0, "lon": 50.0})
    assert find_duplicate(far, published=VILLAGE_EN.published, candidates=[incident],  # type: ignore[list-item]
                          gazetteer=gazetteer) is None


def test_unidentified_gunmen_merge_with_the_group_that_claims_them(gazetteer: Gazetteer) -> None:
    from bot.domain.dedup import merge

    first = Article(
        id="g1", source="s", url="https://news.example/g1",
        published=datetime(2024, 5, 17, 20, 0, tzinfo=UTC),
        title="Gunmen kill tourists in Afghanistan's Bamiyan",
        body="KABUL — Gunmen opened fire on a group of foreign tourists in Bamiyan on Friday, "
        "killing four people, the interior ministry said.",
    )
    second = Article(
        id="g2", source="s", url="https://news.example/g2",
        published=datetime(2024, 5, 18, 20, 0, tzinfo=UTC),
        title="Afghanistan : l'État islamique revendique l'attaque de Bamiyan",
        body="KABOUL — L'organisation État islamique au Khorasan a revendiqué samedi l'attaque "
        "qui a tué quatre personnes, dont trois touristes, vendredi à Bamiyan.",
    )
    a, b = extract(first, gazetteer), extract(second, gazetteer)
    assert "unidentified-armed-group-af" in a.actors
    assert b.claimed_by == "is-khorasan"
    incident = _incident(a, first)
    assert find_duplicate(b, published=second.published, candidates=[incident],  # type: ignore[list-item]
                          gazetteer=gazetteer) is incident
    report = Report(source="s", url=second.url, title=second.title, language="fr",
                    published=second.published, status=b.status)
    merged = merge(incident, b, report)  # type: ignore[arg-type]
    assert "is-khorasan" in merged.actors
    assert "unidentified-armed-group-af" not in merged.actors


def test_two_readings_at_one_site_are_one_event(gazetteer: Gazetteer) -> None:
    base = Extraction(
        is_incident=True, language="en", event_type="Battles", sub_event_type="Armed clash",
        place_id="s:nasir-south-sudan", place="Nasir", admin1="Upper Nile", country="SS",
        lat=8.6, lon=33.07, actors=("white-army", "military-forces-ss"),
        status=Status.CONFIRMED, fatalities=29, incident_date=FR.published.date(),
    )
    report = Report(source="s", url="https://news.example/a", title="a", language="en",
                    published=FR.published, fatalities=29, status=Status.CONFIRMED)
    incident = incident_from(base, report, key="a", now=FR.published)
    strike = base.model_copy(update={"event_type": "Explosions/Remote violence",
                                     "sub_event_type": "Air/drone strike", "fatalities": 1})
    assert find_duplicate(strike, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident
    # in a city, two kinds of violence with different tolls stay two events
    city = {"place_id": "g:216281", "place": "Goma", "admin1": "North Kivu", "country": "CD",
            "lat": -1.68, "lon": 29.22}
    town_incident = incident_from(base.model_copy(update=city), report, key="b",
                                  now=FR.published)
    assert find_duplicate(strike.model_copy(update=city), published=FR.published,
                          candidates=[town_incident], gazetteer=gazetteer) is None


NIGHT = Article(
    id="k-night", source="s", url="https://news.example/k-night",
    published=datetime(2025, 6, 7, 7, 50, tzinfo=UTC),
    title="Russia launches massive overnight attack on Kharkiv, killing three",
    body="KHARKIV — Russian drones, missiles and guided bombs hit Kharkiv overnight, killing "
    "three people and wounding 21, the regional governor said on Saturday.",
)
AFTERNOON = Article(
    id="k-afternoon", source="s", url="https://news.example/k-afternoon",
    published=datetime(2025, 6, 7, 15, 40, tzinfo=UTC),
    title="Ukraine : nouvelle frappe russe sur Kharkiv en pleine journée, un mort",
    body="Une bombe aérienne guidée russe a touché samedi après-midi un quartier de Kharkiv, "
    "tuant un homme et blessant cinq personnes, a annoncé le gouverneur régional.",
)


def test_a_new_strike_with_its_own_toll_is_another_incident(gazetteer: Gazetteer) -> None:
    night = extract(NIGHT, gazetteer)
    incident = _incident(night, NIGHT)
    afternoon = extract(AFTERNOON, gazetteer)
    assert isinstance(incident, Incident)
    assert afternoon.fresh and afternoon.place == night.place
    assert find_duplicate(afternoon, published=AFTERNOON.published, candidates=[incident],
                          gazetteer=gazetteer) is None
    # the same new strike told again with its toll is one incident
    again = _incident(afternoon, AFTERNOON)
    assert isinstance(again, Incident)
    assert find_duplicate(afternoon, published=AFTERNOON.published, candidates=[again],
                          gazetteer=gazetteer) is again


DJIBO_JNIM = Article(
    id="djibo-1", source="s", url="https://news.example/djibo-1",
    published=datetime(2024, 6, 12, 9, 0, tzinfo=UTC),
    title="Burkina : une attaque du JNIM contre Djibo fait des dizaines de morts",
    body="Des combattants du JNIM ont attaqué mardi la ville de Djibo, dans la province du "
    "Soum, tuant des dizaines de civils, selon des sources locales.",
)
DJIBO_IS = Article(
    id="djibo-2", source="s", url="https://news.example/djibo-2",
    published=datetime(2024, 6, 12, 15, 0, tzinfo=UTC),
    title="Islamic State militants kill dozens in attack on Burkina Faso's Djibo",
    body="OUAGADOUGOU — Islamic State Sahel Province militants attacked the town of Djibo on "
    "Tuesday, killing dozens of civilians, residents said.",
)


def test_one_attack_blamed_on_different_groups_is_one_incident(gazetteer: Gazetteer) -> None:
    first = _incident(extract(DJIBO_JNIM, gazetteer), DJIBO_JNIM)
    assert isinstance(first, Incident)
    second = extract(DJIBO_IS, gazetteer)
    assert second.place == "Djibo"
    assert find_duplicate(second, published=DJIBO_IS.published, candidates=[first],
                          gazetteer=gazetteer) is first


def _pair(first: Article, second: Article, gazetteer: Gazetteer) -> object:
    a, b = extract(first, gazetteer), extract(second, gazetteer)
    incident = _incident(a, first)
    return find_duplicate(b, published=second.published, candidates=[incident],  # type: ignore[list-item]
                          gazetteer=gazetteer)


def test_a_report_days_later_that_tells_no_day_is_the_attack_at_that_town(
    gazetteer: Gazetteer,
) -> None:
    first = Article(
        id="b1", source="s", url="https://news.example/b1",
        published=datetime(2024, 3, 6, 9, 0, tzinfo=UTC),
        title="Gunmen kill 12 villagers in attack on Barsalogho",
        body="OUAGADOUGOU — Gunmen killed twelve villagers on Tuesday in an attack on "
        "Barsalogho, in northern Burkina Faso, local officials said.",
    )
    later = Article(
        id="b2", source="s", url="https://news.example/b2",
        published=datetime(2024, 3, 10, 14, 0, tzinfo=UTC),
        title="Burkina Faso: toll of attack on Barsalogho rises to 20",
        body="OUAGADOUGOU — Twenty villagers were killed when gunmen attacked Barsalogho, in "
        "northern Burkina Faso, local officials said, raising an earlier toll of twelve.",
    )
    undated = extract(later, gazetteer)
    assert undated.undated and undated.incident_date == date(2024, 3, 10)
    assert _pair(first, later, gazetteer) is not None
    # (one told on a day of its own is another attack there)
    dated = later.model_copy(update={
        "body": "OUAGADOUGOU — Twenty villagers were killed on Saturday when gunmen attacked "
        "Barsalogho, in northern Burkina Faso, local officials said.",
        "title": "Burkina Faso: gunmen kill 20 in attack on Barsalogho",
    })
    assert not extract(dated, gazetteer).undated
    assert _pair(first, dated, gazetteer) is None


def test_a_second_shooting_the_next_day_is_another(gazetteer: Gazetteer) -> None:
    first = Article(
        id="j1", source="s", url="https://news.example/j1",
        published=datetime(2023, 1, 27, 19, 45, tzinfo=UTC),
        title="Gunman kills seven outside Jerusalem synagogue, police say",
        body="JERUSALEM — A gunman opened fire outside a synagogue in Jerusalem on Friday "
        "evening, killing seven people before he was shot dead, police said.",
    )
    second = Article(
        id="j2", source="s", url="https://news.example/j2",
        published=datetime(2023, 1, 28, 10, 40, tzinfo=UTC),
        title="Two wounded in second Jerusalem shooting in 24 hours",
        body="JERUSALEM — A 13-year-old gunman opened fire near the Old City on Saturday "
        "morning, wounding two people, police said.",
    )
    assert _pair(first, second, gazetteer) is None


def test_a_town_seized_then_won_back_is_two_events(gazetteer: Gazetteer) -> None:
    seized = Article(
        id="s1", source="s", url="https://news.example/s1",
        published=datetime(2023, 10, 7, 21, 10, tzinfo=UTC),
        title="Hamas gunmen storm Israeli town of Sderot, seize police station",
        body="SDEROT — Hamas gunmen stormed the town of Sderot on Saturday and seized the "
        "police station after a gun battle with police and soldiers, killing at least 20 "
        "people.",
    )
    retaken = Article(
        id="s2", source="s", url="https://news.example/s2",
        published=datetime(2023, 10, 8, 15, 30, tzinfo=UTC),
        title="Israël : l'armée reprend le commissariat de Sdérot",
        body="SDÉROT — L'armée israélienne a repris dimanche le contrôle du commissariat de "
        "Sdérot, occupé depuis samedi par des combattants du Hamas, après de violents combats "
        "qui ont fait une vingtaine de morts.",
    )
    a, b = extract(seized, gazetteer), extract(retaken, gazetteer)
    assert {a.sub_event_type, b.sub_event_type} == {
        "Non-state actor overtakes territory", "Government regains territory"}
    assert _pair(seized, retaken, gazetteer) is None


def test_a_region_and_a_town_in_it_can_be_one_place(gazetteer: Gazetteer) -> None:
    town = Extraction(
        is_incident=True, language="en", event_type="Explosions/Remote violence",
        sub_event_type="Suicide bomb", place_id="s:mir-ali", place="Mir Ali",
        admin1="Khyber Pakhtunkhwa", country="PK", lat=32.97, lon=70.27,
        actors=("military-forces-pk",), status=Status.CONFIRMED, fatalities=13,
        incident_date=FR.published.date(),
    )
    report = Report(source="s", url="https://news.example/w", title="w", language="en",
                    published=FR.published, fatalities=13, status=Status.CONFIRMED)
    incident = incident_from(town, report, key="w", now=FR.published)
    region = town.model_copy(update={"place_id": "s:waziristan", "place": "Waziristan",
                                     "lat": 32.6, "lon": 69.9})
    assert find_duplicate(region, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident
    # a town as far away that is no region is another place (with another toll: one toll in
    # one province on one day is one event wherever outlets place it)
    other = region.model_copy(update={"place_id": "g:1183460", "place": "Bannu",
                                      "lat": 32.6, "lon": 69.9, "fatalities": 5})
    assert find_duplicate(other, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is None


def _kismayo(**update: object) -> Extraction:
    return Extraction(
        is_incident=True, language="en", event_type="Explosions/Remote violence",
        sub_event_type="Suicide bomb", place_id="g:55671", place="Kismayo",
        admin1="Lower Juba", country="SO", lat=-0.36, lon=42.55,
        actors=("al-shabaab", "jubaland-forces"), status=Status.CLAIMED,
        fatalities=4, incident_date=FR.published.date(),
    ).model_copy(update=update)


def _stored(ext: Extraction) -> Incident:
    report = Report(source="s", url="https://news.example/k", title="k", language="en",
                    published=FR.published, fatalities=ext.fatalities)
    return incident_from(ext, report, key="k", now=FR.published)


def test_a_bomb_that_opens_an_assault_is_one_event(gazetteer: Gazetteer) -> None:
    blast = _kismayo()
    assert gazetteer.place(blast.place_id or "") is not None
    assert all(gazetteer.actor(a) is not None for a in blast.actors)
    incident = _stored(blast)
    siege = _kismayo(event_type="Violence against civilians", sub_event_type="Attack",
                     actors=("military-forces-so", "al-shabaab", "civilians-so"), fatalities=9)
    assert find_duplicate(siege, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident
    # not a day apart: another attack
    later = siege.model_copy(update={"incident_date": FR.published.date() + timedelta(days=1)})
    assert find_duplicate(later, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is None


def test_the_country_s_own_forces_are_no_other_culprit(gazetteer: Gazetteer) -> None:
    first = _kismayo(actors=("al-shabaab", "civilians-so"))
    incident = _stored(first)
    targets = first.model_copy(update={"actors": ("military-forces-so",
                                                  "unidentified-armed-group-so")})
    assert find_duplicate(targets, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident
    # another country's forces are another culprit
    foreign = first.model_copy(update={"actors": ("military-forces-ke",)})
    assert find_duplicate(foreign, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is None


def test_two_unlisted_villages_of_one_province_are_two_places(gazetteer: Gazetteer) -> None:
    strike = Extraction(
        is_incident=True, language="en", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", place_id="a:ET-TI", place="Mai Tsebri",
        admin1="Tigray", country="ET", lat=13.88, lon=39.13, actors=("civilians-et",),
        fatalities=3, incident_date=FR.published.date(),
    )
    assert gazetteer.place("a:ET-TI") is not None
    incident = _stored(strike)
    two_days_on = strike.model_copy(update={
        "place": "Dedebit", "fatalities": 56,
        "incident_date": FR.published.date() + timedelta(days=2),
    })
    assert find_duplicate(two_days_on, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is None
    # the same village told again, its toll risen, is the same strike
    risen = strike.model_copy(update={"fatalities": 4})
    assert find_duplicate(risen, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident


def test_a_province_and_a_town_of_another_province_are_two_places(
    gazetteer: Gazetteer,
) -> None:
    beqaa, suburbs = gazetteer.place("a:LB-BI"), gazetteer.place("s:dahiyeh")
    assert beqaa is not None and suburbs is not None
    drones = Extraction(
        is_incident=True, language="en", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", place_id=suburbs.id, place=suburbs.name,
        admin1=suburbs.admin1, country="LB", lat=suburbs.lat, lon=suburbs.lon,
        actors=("military-forces-il", "hezbollah"), fatalities=0,
        incident_date=FR.published.date(),
    )
    incident = _stored(drones)
    bekaa = drones.model_copy(update={
        "place_id": beqaa.id, "place": beqaa.name, "admin1": beqaa.admin1, "lat": beqaa.lat,
        "lon": beqaa.lon, "actors": ("military-forces-il", "popular-front"), "fatalities": None,
    })
    assert find_duplicate(bekaa, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is None
    # one toll told by both: a place near a provincial border, placed on either side of it
    same_toll = bekaa.model_copy(update={"fatalities": 0})
    assert find_duplicate(same_toll, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident


def test_one_unlisted_village_placed_far_apart_is_one_place(gazetteer: Gazetteer) -> None:
    capital, province = gazetteer.place("g:2357048"), gazetteer.place("a:BF-12")
    assert capital is not None and province is not None
    raid = Extraction(
        is_incident=True, language="en", event_type="Battles", sub_event_type="Armed clash",
        place_id=capital.id, place="Nassoumbou", admin1=capital.admin1, country="BF",
        lat=capital.lat, lon=capital.lon, actors=("military-forces-bf",), fatalities=12,
        incident_date=FR.published.date(),
    )
    incident = _stored(raid)
    told_again = raid.model_copy(update={
        "place_id": province.id, "admin1": province.admin1, "lat": province.lat,
        "lon": province.lon,
    })
    assert find_duplicate(told_again, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident


def test_one_large_toll_of_the_same_sides_is_one_event_wherever_placed(
    gazetteer: Gazetteer,
) -> None:
    # a village the gazetteer lacks, placed at the town near it
    village = _kismayo(fatalities=8, place="Bulo Gaduud")
    incident = _stored(village)
    mogadishu = gazetteer.place("g:53654")
    assert mogadishu is not None
    # the capital a statement came from, far away: the same toll of the same sides
    elsewhere = village.model_copy(update={
        "place_id": mogadishu.id, "place": mogadishu.name, "admin1": mogadishu.admin1,
        "lat": mogadishu.lat, "lon": mogadishu.lon,
    })
    assert find_duplicate(elsewhere, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident
    # another toll, other sides or another kind of the same type (a suicide bomb, and an air
    # strike far away: "eight killed" twice is a coincidence): another event
    for update in ({"fatalities": 9}, {"actors": ("islamic-state", "civilians-so")},
                   {"sub_event_type": "Air/drone strike"}):
        assert find_duplicate(elsewhere.model_copy(update=update), published=FR.published,
                              candidates=[incident], gazetteer=gazetteer) is None
    # a small toll, or two towns the gazetteer knows: two events
    small = _stored(_kismayo(fatalities=2, place="Bulo Gaduud"))
    assert find_duplicate(elsewhere.model_copy(update={"fatalities": 2}),
                          published=FR.published, candidates=[small],
                          gazetteer=gazetteer) is None
    town = _stored(_kismayo(fatalities=8))
    assert find_duplicate(elsewhere, published=FR.published, candidates=[town],
                          gazetteer=gazetteer) is None


def test_one_strike_with_one_toll_is_one_whichever_state_is_named(
    gazetteer: Gazetteer,
) -> None:
    # "Turkish drone kills two journalists at Tishrin dam" / "two reporters killed near the
    # dam the Syrian factions fight over": one strike, another state named
    dam = Extraction(
        is_incident=True, language="en", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", place_id="s:tishrin-dam", place="Tishrin Dam",
        admin1="Aleppo", country="SY", lat=36.38, lon=38.18,
        actors=("military-forces-tr", "civilians-sy"), status=Status.REPORTED,
        fatalities=2, incident_date=FR.published.date(),
    )
    assert gazetteer.place("s:tishrin-dam") is not None
    incident = _stored(dam)
    other = dam.model_copy(update={"actors": ("military-forces-sy", "sdf", "civilians-sy")})
    assert find_duplicate(other, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident
    # another toll or another weapon: the two states' strikes of one day stay apart
    for update in ({"fatalities": 5}, {"sub_event_type": "Shelling/artillery/missile attack"}):
        apart = other.model_copy(update=update)
        assert find_duplicate(apart, published=FR.published, candidates=[incident],
                              gazetteer=gazetteer) is None


def test_a_village_in_its_french_spelling_is_the_same_village(gazetteer: Gazetteer) -> None:
    # « Lioubetchane » is Lyubechane: one village the gazetteer lacks, placed at the town of
    # its province, with a toll that rose from one to two
    bryansk = gazetteer.resolve("Bryansk", kind="place", limit=1)[0]
    english = Extraction(
        is_incident=True, language="en", event_type="Violence against civilians",
        sub_event_type="Attack", place_id=bryansk.id, place="Lyubechane", admin1="Bryansk",
        country="RU", lat=bryansk.lat, lon=bryansk.lon,
        actors=("unidentified-armed-group-ru", "civilians-ru"), status=Status.REPORTED,
        fatalities=1, incident_date=FR.published.date(),
    )
    incident = _stored(english)
    french = english.model_copy(update={"place": "Lioubetchane", "fatalities": 2,
                                        "language": "fr"})
    assert find_duplicate(french, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident
    # (another village of the province is another place)
    other = french.model_copy(update={"place": "Sushany"})
    assert find_duplicate(other, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is None


def test_a_ship_placed_off_two_ports_is_one_ship(gazetteer: Gazetteer) -> None:
    hodeidah = gazetteer.resolve("Hodeidah", kind="place", limit=1)[0]
    mokha = gazetteer.resolve("Mokha", kind="place", limit=1)[0]
    first = Extraction(
        is_incident=True, language="en", event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack", place_id=hodeidah.id,
        place="Red Sea off Hodeidah", admin1=hodeidah.admin1, country="YE",
        lat=hodeidah.lat, lon=hodeidah.lon, actors=("houthis",), status=Status.CLAIMED,
        fatalities=0, incident_date=FR.published.date(),
    )
    incident = _stored(first)
    off_salif = first.model_copy(update={"place": "Red Sea off Salif", "lat": 15.31,
                                         "lon": 42.67, "place_id": "s:salif-port"})
    assert find_duplicate(off_salif, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident
    # (two ports as far apart, on land, are two places; a ship far down the coast another)
    on_land = off_salif.model_copy(update={"place": "Salif"})
    assert find_duplicate(on_land, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is None
    off_mokha = first.model_copy(update={"place": "Red Sea off Mokha", "lat": mokha.lat,
                                         "lon": mokha.lon, "place_id": mokha.id})
    assert find_duplicate(off_mokha, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is None


def test_an_attack_told_after_another_village_s_is_not_that_one(gazetteer: Gazetteer) -> None:
    first = Article(
        id="m1", source="s", url="https://news.example/m1",
        published=datetime(2024, 4, 12, 18, 0, tzinfo=UTC),
        title="Palestinian killed as settlers storm West Bank village",
        body="RAMALLAH — A Palestinian man was shot dead on Friday when hundreds of Israeli "
        "settlers stormed the village of al-Mughayyir, the health ministry said.",
    )
    second = Article(
        id="m2", source="s", url="https://news.example/m2",
        published=datetime(2024, 4, 13, 17, 0, tzinfo=UTC),
        title="Palestinian shot dead by settlers near Aqraba",
        summary="Health ministry says a man was killed on the outskirts of the village, a day "
        "after the deadly rampage in al-Mughayyir.",
        body="NABLUS — A Palestinian man was killed on Saturday by gunfire from Israeli settlers "
        "who attacked the outskirts of Aqraba, the Palestinian health ministry said.",
    )
    ext = extract(second, gazetteer)
    assert ext.after_place == "al-Mughayyir"
    assert _pair(first, second, gazetteer) is None
    # (a report of the same village's attack that names no other is merged as before)
    again = second.model_copy(update={"summary": "", "id": "m3"})
    assert extract(again, gazetteer).after_place is None


@pytest.mark.parametrize("summary", [
    # talks are no earlier event; the report's own place is no other
    "Kyiv condemns a war crime a day after the first direct talks with Moscow in Istanbul.",
    "Two days after the attack on Aqraba, residents buried the man.",
])
def test_what_is_no_earlier_event_elsewhere(gazetteer: Gazetteer, summary: str) -> None:
    article = Article(
        id="m4", source="s", url="https://news.example/m4",
        published=datetime(2024, 4, 13, 17, 0, tzinfo=UTC),
        title="Palestinian shot dead by settlers near Aqraba", summary=summary,
        body="NABLUS — A Palestinian man was killed on Saturday by gunfire from Israeli settlers "
        "who attacked the outskirts of Aqraba, the Palestinian health ministry said.",
    )
    assert extract(article, gazetteer).after_place is None


def test_villages_retaken_days_apart_are_two_events_the_same_day_one(
    gazetteer: Gazetteer,
) -> None:
    def retaken(place_id: str, day: int) -> Extraction:
        place = gazetteer.place(place_id)
        assert place is not None and place.admin1 == "Donetsk"
        return Extraction(
            is_incident=True, language="en", event_type="Battles",
            sub_event_type="Government regains territory", place_id=place_id,
            place=place.name, admin1=place.admin1, country="UA", lat=place.lat, lon=place.lon,
            actors=("military-forces-ua", "military-forces-ru"), status=Status.CONFIRMED,
            incident_date=FR.published.date() + timedelta(days=day),
        )

    first = _stored(retaken("g:713174", 0))  # Andriivka
    # Klishchiivka, a few kilometres away, three days later: another village taken
    assert find_duplicate(retaken("s:klishchiivka", 3), published=FR.published,
                          candidates=[first], gazetteer=gazetteer) is None
    # the same village told again is the same event
    assert find_duplicate(retaken("g:713174", 1), published=FR.published,
                          candidates=[first], gazetteer=gazetteer) is first
    # (the next village, taken the same day, is the same advance told by another outlet)
    assert find_duplicate(retaken("s:klishchiivka", 0), published=FR.published,
                          candidates=[first], gazetteer=gazetteer) is first


HOSPITAL = Article(
    id="h", source="s", url="https://news.example/h",
    published=datetime(2025, 4, 13, 15, 0, tzinfo=UTC),
    title="Russian drones hit hospital in Semenivka, one nurse hurt",
    body="Russian drones struck the hospital in Semenivka, in the Chernihiv region, on Sunday, "
    "wounding a nurse, no one was killed, the regional governor said.",
)
TRAIN = Article(
    id="t", source="s", url="https://news.example/t",
    published=datetime(2025, 4, 14, 11, 0, tzinfo=UTC),
    title="Russian drones hit passenger train in Semenivka, no casualties",
    body="Russian drones struck a passenger train at the station in Semenivka, in the Chernihiv "
    "region, on Monday before it left for Kyiv; there were no casualties, the railway said.",
)


def test_the_next_day_s_lesser_strike_on_one_town_is_another(gazetteer: Gazetteer) -> None:
    hospital = _incident(extract(HOSPITAL, gazetteer), HOSPITAL)
    train = extract(TRAIN, gazetteer)
    assert isinstance(hospital, Incident) and train.place == hospital.place
    assert (train.fatalities, train.injured) == (0, 0)
    assert find_duplicate(train, published=TRAIN.published, candidates=[hospital],
                          gazetteer=gazetteer) is None
    # the same strike told the next day with its toll risen is one incident
    risen = train.model_copy(update={"injured": 3})
    assert find_duplicate(risen, published=TRAIN.published, candidates=[hospital],
                          gazetteer=gazetteer) is hospital


POLICE_EN = Article(
    id="p-en", source="s", url="https://news.example/p-en",
    published=datetime(2024, 7, 6, 12, 0, tzinfo=UTC),
    title="Policeman killed as gunfight breaks out with militants in Kulgam's Modergam village",
    body="SRINAGAR — A policeman was killed when a gunfight broke out between police and "
    "militants in Modergam village of Kulgam district on Saturday, police said.",
)
ARMY_FR = Article(
    id="a-fr", source="s", url="https://news.example/a-fr",
    published=datetime(2024, 7, 6, 18, 0, tzinfo=UTC),
    title="Cachemire indien : un soldat et deux rebelles tués dans des combats à Modergam",
    body="Un soldat indien et deux rebelles ont été tués samedi lors de combats entre l'armée "
    "et des militants dans le village de Modergam, dans le district de Kulgam, a indiqué "
    "l'armée.",
)


def test_a_country_s_police_and_army_are_one_side(gazetteer: Gazetteer) -> None:
    police = _incident(extract(POLICE_EN, gazetteer), POLICE_EN)
    army = extract(ARMY_FR, gazetteer)
    assert isinstance(police, Incident) and police.place == army.place
    assert any(a.endswith("-police") for a in police.actors)
    assert "military-forces-in" in army.actors
    assert find_duplicate(army, published=ARMY_FR.published, candidates=[police],
                          gazetteer=gazetteer) is police


TOWN_SHELLED = Article(
    id="t-1", source="s", url="https://news.example/t-1",
    published=datetime(2024, 9, 11, 15, 0, tzinfo=UTC),
    title="Two elderly women killed as Russian artillery hits Kostiantynivka",
    body="KYIV — Two elderly women were killed on Wednesday when Russian artillery shelled "
    "Kostiantynivka in the Donetsk region, the regional governor said.",
)
VILLAGE_SHELLED = Article(
    id="t-2", source="s", url="https://news.example/t-2",
    published=datetime(2024, 9, 12, 16, 0, tzinfo=UTC),
    title="Three aid workers killed as shelling hits distribution site in eastern Ukraine",
    body="KYIV — Three aid workers were killed and two wounded on Thursday when Russian shelling "
    "hit the village of Viroliubivka, part of the Kostiantynivka community, where they were "
    "unloading firewood, officials said.",
)


def test_the_next_day_s_strike_on_a_village_of_the_town_is_another(
    gazetteer: Gazetteer,
) -> None:
    town = _incident(extract(TOWN_SHELLED, gazetteer), TOWN_SHELLED)
    village = extract(VILLAGE_SHELLED, gazetteer)
    assert isinstance(town, Incident) and village.place_id == town.place_id
    assert village.place != town.place
    assert find_duplicate(village, published=VILLAGE_SHELLED.published, candidates=[town],
                          gazetteer=gazetteer) is None
    # the town's strike told again the next day, its toll risen, is the same one
    again = extract(TOWN_SHELLED, gazetteer).model_copy(update={"fatalities": 3})
    assert find_duplicate(again, published=VILLAGE_SHELLED.published, candidates=[town],
                          gazetteer=gazetteer) is town


JERUSALEM = Article(
    id="j-1", source="s", url="https://news.example/j-1",
    published=datetime(2023, 1, 27, 21, 0, tzinfo=UTC),
    title="Gunman kills five near Jerusalem synagogue",
    body="JERUSALEM — A Palestinian gunman opened fire outside a synagogue in Jerusalem on "
    "Friday evening, killing five people before he was shot dead by police, medics said.",
)
NEVE_YAAKOV = Article(
    id="j-2", source="s", url="https://news.example/j-2",
    published=datetime(2023, 1, 28, 8, 0, tzinfo=UTC),
    title="Seven killed in shooting attack at Neve Yaakov synagogue",
    body="Seven people were killed on Friday evening when a gunman opened fire outside a "
    "synagogue in Neve Yaakov, in East Jerusalem, police said. The attacker was shot dead.",
)


def test_jerusalem_told_by_either_country_s_entry_is_one_city(gazetteer: Gazetteer) -> None:
    first = _incident(extract(JERUSALEM, gazetteer), JERUSALEM)
    later = extract(NEVE_YAAKOV, gazetteer)
    assert isinstance(first, Incident)
    assert {first.country, later.country} == {"IL", "PS"}
    assert incident_keys(first)[0] in dedup_keys(later)
    assert find_duplicate(later, published=NEVE_YAAKOV.published, candidates=[first],
                          gazetteer=gazetteer) is first


RIOT = Article(
    id="r-1", source="s", url="https://news.example/r-1",
    published=datetime(2018, 12, 13, 18, 0, tzinfo=UTC),
    title="At least 11 killed in Somali protests over arrest of ex-militant Robow",
    body="BAIDOA — At least 11 people were killed in Baidoa on Thursday when police opened fire "
    "on protesters angry at the arrest of Mukhtar Robow, residents said.",
)
PROTEST = Article(
    id="r-2", source="s", url="https://news.example/r-2",
    published=datetime(2018, 12, 14, 10, 0, tzinfo=UTC),
    title="Somalie : le bilan des violences de Baidoa s'alourdit, au moins 15 morts",
    body="Au moins quinze personnes ont été tuées jeudi à Baidoa lors d'émeutes après "
    "l'arrestation de Mukhtar Robow, des émeutiers ayant incendié des bâtiments et jeté des "
    "pierres sur la police, selon des habitants.",
)


def test_one_crowd_read_as_a_protest_and_as_a_riot_is_one_event(gazetteer: Gazetteer) -> None:
    first = _incident(extract(RIOT, gazetteer), RIOT)
    later = extract(PROTEST, gazetteer)
    assert isinstance(first, Incident)
    assert {first.event_type, later.event_type} == {"Protests", "Riots"}
    assert find_duplicate(later, published=PROTEST.published, candidates=[first],
                          gazetteer=gazetteer) is first


def test_a_village_with_the_french_ch_and_the_article_el_is_the_same_village(
    gazetteer: Gazetteer,
) -> None:
    # « Hoch el-Sayyed Ali » is Hawsh al-Sayyed Ali: French writes "sh" as "ch" and the
    # article as "el-"; the toll rose from three to seven with the next day's count
    hermel = gazetteer.resolve("Hermel", kind="place", limit=1)[0]
    english = Extraction(
        is_incident=True, language="en", event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack", place_id=hermel.id,
        place="Hawsh al-Sayyed Ali", admin1=hermel.admin1, country="LB", lat=hermel.lat,
        lon=hermel.lon, actors=("military-forces-sy", "civilians-lb"), status=Status.CONFIRMED,
        fatalities=7, incident_date=FR.published.date(),
    )
    incident = _stored(english)
    french = english.model_copy(update={"place": "Hoch el-Sayyed Ali", "fatalities": 3,
                                        "language": "fr"})
    assert find_duplicate(french, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident
    # (another village of the district is another place)
    other = french.model_copy(update={"place": "Qasr"})
    assert find_duplicate(other, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is None


def test_a_report_naming_no_side_of_a_strike_from_afar_is_that_strike(
    gazetteer: Gazetteer,
) -> None:
    def strike(sub: str, actors: tuple[str, ...], dead: int) -> Extraction:
        return Extraction(
            is_incident=True, language="en", event_type="Explosions/Remote violence",
            sub_event_type=sub, place_id="g:2324576", place="Rann", admin1="Borno",
            country="NG", lat=12.2694, lon=14.4655, actors=actors, status=Status.CONFIRMED,
            fatalities=dead, incident_date=FR.published.date(),
        )

    bombed = _stored(strike("Air/drone strike",
                            ("military-forces-ng", "boko-haram", "civilians-ng"), 52))
    # "Rann camp toll rises to 90", read as shelling, with the camp's dead its only side
    toll = strike("Shelling/artillery/missile attack", ("civilians-ng",), 90)
    assert find_duplicate(toll, published=FR.published, candidates=[bombed],
                          gazetteer=gazetteer) is bombed
    # (a side named against the other report's: another strike)
    other = strike("Shelling/artillery/missile attack", ("iswap", "civilians-ng"), 90)
    assert find_duplicate(other, published=FR.published, candidates=[bombed],
                          gazetteer=gazetteer) is None


def test_the_same_wounded_tell_one_event_whatever_the_dead(gazetteer: Gazetteer) -> None:
    def bombing(dead: int, wounded: int) -> Extraction:
        return Extraction(
            is_incident=True, language="fr", event_type="Explosions/Remote violence",
            sub_event_type="Suicide bomb", place_id="g:2455558", place="Kati",
            admin1="Koulikoro", country="ML", lat=12.74, lon=-8.07,
            actors=("jnim", "military-forces-ml"), status=Status.CLAIMED, fatalities=dead,
            injured=wounded, incident_date=FR.published.date(),
        )

    # the army's count of its one soldier, the others' of every dead: the same six wounded
    stored = _stored(bombing(9, 6))
    assert find_duplicate(bombing(1, 6), published=FR.published, candidates=[stored],
                          gazetteer=gazetteer) is stored
    # (a toll fallen to a quarter, the wounded untold or other: another blast)
    assert find_duplicate(bombing(1, 2), published=FR.published, candidates=[stored],
                          gazetteer=gazetteer) is None


def test_one_count_of_wounded_read_as_riot_and_as_clash_is_one_event(
    gazetteer: Gazetteer,
) -> None:
    def unrest(event: str, sub: str, actors: tuple[str, ...], wounded: int) -> Extraction:
        return Extraction(
            is_incident=True, language="en", event_type=event, sub_event_type=sub,
            place_id="g:2139521", place="Noumea", country="NC", lat=-22.27, lon=166.46,
            actors=actors, status=Status.CONFIRMED, injured=wounded,
            incident_date=FR.published.date(),
        )

    riot = _stored(unrest("Riots", "Violent demonstration", ("rioters-nc",), 54))
    clash = unrest("Battles", "Armed clash", ("military-forces-nc",), 54)
    assert find_duplicate(clash, published=FR.published, candidates=[riot],
                          gazetteer=gazetteer) is riot
    # (told the next day too)
    next_day = clash.model_copy(update={"incident_date": FR.published.date() + timedelta(days=1)})
    assert find_duplicate(next_day, published=FR.published, candidates=[riot],
                          gazetteer=gazetteer) is riot
    # (another count: another event)
    other = unrest("Battles", "Armed clash", ("military-forces-nc",), 3)
    assert find_duplicate(other, published=FR.published, candidates=[riot],
                          gazetteer=gazetteer) is None


def test_an_attack_told_beside_another_town_s_is_not_that_one(gazetteer: Gazetteer) -> None:
    blast = Article(
        id="b1", source="s", url="https://news.example/b1",
        published=datetime(2019, 9, 8, 20, 0, tzinfo=UTC),
        title="Burkina Faso : 15 morts dans l'explosion d'un camion près de Barsalogho",
        body="Quinze personnes ont été tuées dimanche lorsque le camion qui les transportait a "
        "sauté sur un engin explosif près de Barsalogho, dans le nord du pays, a annoncé le "
        "gouvernement.",
    )
    convoy = Article(
        id="b2", source="s", url="https://news.example/b2",
        published=datetime(2019, 9, 9, 8, 0, tzinfo=UTC),
        title="Axe Dablo-Kelbo : 14 civils tués dans l'attaque d'un convoi de vivres",
        body="Quatorze personnes ont été tuées dimanche dans l'attaque d'un convoi de "
        "ravitaillement sur l'axe Dablo-Kelbo, dans le nord du Burkina Faso, a annoncé le "
        "gouvernement.\n\nLe même jour, un camion avait sauté sur un engin explosif près de "
        "Barsalogho, faisant 15 morts.",
    )
    assert extract(convoy, gazetteer).after_place == "Barsalogho"
    assert _pair(blast, convoy, gazetteer) is None


def _reported_at(gazetteer: Gazetteer, place_id: str, **update: object) -> Extraction:
    """A confirmed battle of the day at a place of the gazetteer, as a report reads it."""
    place = gazetteer.place(place_id)
    assert place is not None
    return Extraction(
        is_incident=True, language="en", event_type="Battles", sub_event_type="Armed clash",
        place_id=place.id, place=place.name, admin1=place.admin1, country=place.country,
        lat=place.lat, lon=place.lon, status=Status.CONFIRMED,
        incident_date=FR.published.date(),
    ).model_copy(update=update)


def test_a_state_s_army_and_its_police_are_one_side(gazetteer: Gazetteer) -> None:
    # "army kills militant commander in gunfight" / "policeman hurt as police and unnamed
    # gunmen exchange fire" at the same village on the same day, three dead against one
    army = _reported_at(gazetteer, "g:1275700", place="Hawoora",
                        actors=("military-forces-in", "cpi-maoist"), fatalities=1)
    police = army.model_copy(update={
        "actors": ("military-forces-in-police", "unidentified-armed-group-in"), "fatalities": 3,
    })
    incident = _stored(army)
    assert find_duplicate(police, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident
    # (the next day, the police's crackdown is another event)
    later = police.model_copy(update={"incident_date": FR.published.date() + timedelta(days=1)})
    assert find_duplicate(later, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is None


def test_a_crowd_s_deadly_day_read_two_ways_is_one_event(gazetteer: Gazetteer) -> None:
    clash = _kismayo(event_type="Battles", sub_event_type="Armed clash",
                     actors=("military-forces-so-police",), fatalities=6)
    riot = clash.model_copy(update={
        "event_type": "Riots", "sub_event_type": "Violent demonstration",
        "actors": ("rioters-so", "military-forces-so-police"),
    })
    incident = _stored(clash)
    assert find_duplicate(riot, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident
    # (another toll: another event)
    assert find_duplicate(riot.model_copy(update={"fatalities": 2}), published=FR.published,
                          candidates=[incident], gazetteer=gazetteer) is None


def test_one_more_dead_in_the_next_town_is_the_toll_updated(gazetteer: Gazetteer) -> None:
    # a bomb placed at Pattani town by one outlet (one dead) and at its district Yaring by
    # another (two dead, the wounded man who died): one bombing
    bomb = {"event_type": "Explosions/Remote violence",
            "sub_event_type": "Remote explosive/landmine/IED",
            "actors": ("unidentified-armed-group-th", "civilians-th")}
    town = _reported_at(gazetteer, "g:1607978", fatalities=1, **bomb)
    village = _reported_at(gazetteer, "g:1604771", fatalities=2, **bomb)
    incident = _stored(town)
    assert find_duplicate(village, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident
    # (four dead there: another bomb)
    assert find_duplicate(village.model_copy(update={"fatalities": 4}), published=FR.published,
                          candidates=[incident], gazetteer=gazetteer) is None


def test_a_regional_state_s_forces_are_the_country_s_own(gazetteer: Gazetteer) -> None:
    # "Puntland forces fight gunmen at Bosaso hotel, four dead" / "Islamic State claims attack
    # on Bosaso hotel, four dead": one attack, the regional forces no foreign state's
    puntland = _reported_at(
        gazetteer, "g:64013", fatalities=4,
        actors=("puntland-forces", "unidentified-armed-group-so", "civilians-so"),
    )
    claim = puntland.model_copy(update={
        "event_type": "Violence against civilians", "sub_event_type": "Attack",
        "actors": ("is-somalia", "civilians-so"), "status": Status.CLAIMED,
    })
    incident = _stored(puntland)
    assert find_duplicate(claim, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident


def test_a_strike_told_by_another_weapon_with_one_more_dead_is_one(
    gazetteer: Gazetteer,
) -> None:
    # "Israeli drone strike kills two in Kismayo" / "shelling kills one" the same day, one
    # outlet's toll behind the other's
    drone = _kismayo(sub_event_type="Air/drone strike", fatalities=2,
                     actors=("military-forces-il", "civilians-so"))
    incident = _stored(drone)
    shells = drone.model_copy(update={"sub_event_type": "Shelling/artillery/missile attack",
                                      "fatalities": 1})
    assert find_duplicate(shells, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident


def test_of_two_attacks_in_one_city_on_one_day_the_toll_tells_which(
    gazetteer: Gazetteer,
) -> None:
    day = datetime(2016, 9, 5, 16, 30, tzinfo=UTC)
    bombing = Article(
        id="mod", source="s", url="https://news.example/mod", published=day,
        title="Twin blasts near Afghan defence ministry kill at least 24",
        body="KABUL, Sept 5 — Two bombs exploded minutes apart near the defence ministry in "
        "central Kabul on Monday, killing at least 24 people, officials said. A roadside bomb "
        "went off first near the bridge as employees were leaving work.")
    siege = Article(
        id="care", source="s", url="https://news.example/care",
        published=day + timedelta(hours=15),
        title="Afghan police end siege at charity compound in Kabul; one civilian killed",
        body="KABUL — Police ended an overnight siege at a charity's compound in Kabul on "
        "Tuesday morning, killing three attackers. A suicide car bomber struck the gate late "
        "on Monday, then gunmen stormed the building; one civilian was killed, the interior "
        "ministry said.")
    later = Article(
        id="fr", source="s", url="https://news.example/fr", published=day + timedelta(hours=18),
        title="Kaboul : le bilan du double attentat près du ministère de la Défense s'alourdit",
        body="KABOUL — Le bilan du double attentat commis lundi près du ministère de la Défense, "
        "dans le centre de Kaboul, s'est alourdi à 35 morts, ont indiqué mardi des "
        "responsables. Un kamikaze s'est fait exploser au milieu des secouristes.")
    first = extract(bombing, gazetteer)
    second = extract(siege, gazetteer)
    third = extract(later, gazetteer)
    assert first.sub_event_type != third.sub_event_type == second.sub_event_type
    candidates = [_incident(second, siege), _incident(first, bombing)]
    found = find_duplicate(third, published=later.published, candidates=candidates,
                           gazetteer=gazetteer)
    assert found is not None and found.key == "mod"
