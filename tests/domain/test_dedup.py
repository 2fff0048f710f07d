"""Deduplication: same incident across languages and outlets, distinct strikes stay distinct."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.domain.dedup import (
    WINDOW_DAYS,
    dedup_keys,
    find_duplicate,
    incident_from,
    incident_keys,
    merge,
)
from bot.domain.extract import extract
from bot.domain.gazetteer import Gazetteer
from bot.domain.models import Article, Extraction, Incident, Report, Status

T0 = datetime(2024, 5, 25, 19, 30, tzinfo=UTC)


def _article(aid: str, title: str, body: str, published: datetime) -> Article:
    return Article(id=aid, source="s", url=f"https://news.example/{aid}", published=published,
                   title=title, body=body)


def _store(article: Article, gazetteer: Gazetteer) -> tuple[Incident, Extraction]:
    ext = extract(article, gazetteer)
    assert ext.is_incident
    return incident_from(ext, Report.of(article, ext), key=article.id, now=article.published), ext


EPICENTR_EN = _article(
    "en", "Russian guided bombs hit Kharkiv hypermarket, killing 12",
    "KHARKIV, Ukraine, May 25 — Two Russian guided aerial bombs struck a large home "
    "improvement store in Kharkiv on Saturday afternoon, killing at least 12 people and "
    "injuring 43, regional governor Oleh Syniehubov said.",
    T0,
)
EPICENTR_FR = _article(
    "fr", "Kharkiv : 16 morts dans la frappe russe sur un hypermarché",
    "KHARKIV (Ukraine), 26 mai — Le bilan de la frappe russe qui a touché samedi un "
    "hypermarché de bricolage à Kharkiv s'est alourdi à 16 morts, a annoncé dimanche le maire. "
    "Deux bombes guidées larguées par l'aviation russe ont provoqué un incendie.",
    datetime(2024, 5, 26, 11, 0, tzinfo=UTC),
)
CENTRE = _article(
    "centre", "Second Russian strike hits central Kharkiv, wounding 25",
    "KHARKIV, Ukraine, May 25 — Russian missiles hit the centre of Kharkiv on Saturday "
    "evening, wounding at least 25 people, the mayor said. No one was killed, officials said.",
    datetime(2024, 5, 25, 21, 50, tzinfo=UTC),
)


def test_cross_language_reports_merge(gazetteer: Gazetteer) -> None:
    incident, _ = _store(EPICENTR_EN, gazetteer)
    ext_fr = extract(EPICENTR_FR, gazetteer)
    assert ext_fr.language == "fr"
    found = find_duplicate(ext_fr, published=EPICENTR_FR.published, candidates=[incident],
                           gazetteer=gazetteer)
    assert found is incident


def test_two_strikes_same_place_same_day_stay_distinct(gazetteer: Gazetteer) -> None:
    incident, _ = _store(EPICENTR_EN, gazetteer)
    ext = extract(CENTRE, gazetteer)
    assert ext.place_id == incident.place_id and ext.incident_date == incident.incident_date
    assert find_duplicate(ext, published=CENTRE.published, candidates=[incident],
                          gazetteer=gazetteer) is None


def test_far_apart_dates_or_places_do_not_merge(gazetteer: Gazetteer) -> None:
    incident, ext = _store(EPICENTR_EN, gazetteer)
    later = ext.model_copy(update={"incident_date": date(2024, 5, 25 + WINDOW_DAYS + 1)})
    assert find_duplicate(later, published=T0, candidates=[incident],
                          gazetteer=gazetteer) is None
    odesa = gazetteer.resolve("Odesa", kind="place", limit=1)[0]
    elsewhere = ext.model_copy(update={"place_id": odesa.id, "place": odesa.name,
                                       "lat": odesa.lat, "lon": odesa.lon,
                                       "admin1": odesa.admin1})
    assert find_duplicate(elsewhere, published=T0, candidates=[incident],
                          gazetteer=gazetteer) is None


def test_unrelated_armed_actors_do_not_merge(gazetteer: Gazetteer) -> None:
    incident, ext = _store(EPICENTR_EN, gazetteer)
    # (another state's strike with a toll of the same order: one toll exactly the same, of
    # the same weapon, is one strike however outlets name its side)
    other = ext.model_copy(update={"actors": ("military-forces-ua",), "fatalities": 10})
    assert find_duplicate(other, published=T0, candidates=[incident],
                          gazetteer=gazetteer) is None
    unknown = ext.model_copy(update={"actors": ()})
    assert find_duplicate(unknown, published=T0, candidates=[incident],
                          gazetteer=gazetteer) is incident


def test_merge_keeps_highest_toll_and_upgrades_status(gazetteer: Gazetteer) -> None:
    incident, ext_en = _store(EPICENTR_EN, gazetteer)
    ext_fr = extract(EPICENTR_FR, gazetteer)
    merged = merge(incident, ext_fr, Report.of(EPICENTR_FR, ext_fr))
    assert merged.fatalities == 16 and merged.injured == 43
    assert len(merged.reports) == 2
    assert merged.updated_at == EPICENTR_FR.published
    # an earlier, lower figure arriving late never lowers the toll, and reports are not summed
    again = merge(merged, ext_en, Report.of(EPICENTR_EN, ext_en))
    assert again.fatalities == 16 and len(again.reports) == 2
    claimed = incident.model_copy(update={"status": Status.CLAIMED})
    confirmed = merge(claimed, ext_fr.model_copy(update={"status": Status.CONFIRMED}),
                      Report.of(EPICENTR_FR, ext_fr))
    assert confirmed.status is Status.CONFIRMED
    denied = merge(claimed, ext_fr.model_copy(update={"status": Status.DENIED}),
                   Report.of(EPICENTR_FR, ext_fr))
    assert denied.status is Status.DENIED
    still = merge(confirmed, ext_fr.model_copy(update={"status": Status.REPORTED}),
                  Report.of(EPICENTR_FR, ext_fr))
    assert still.status is Status.CONFIRMED


def test_merge_keeps_the_most_precise_place(gazetteer: Gazetteer) -> None:
    incident, ext = _store(EPICENTR_EN, gazetteer)
    country_only = incident.model_copy(update={"place_id": "c:UA", "place": "Ukraine",
                                               "admin1": None, "lat": None, "lon": None})
    merged = merge(country_only, ext, Report.of(EPICENTR_EN, ext))
    assert merged.place_id == ext.place_id and merged.lat == ext.lat
    vaguer = ext.model_copy(update={"place_id": "c:UA", "place": "Ukraine"})
    kept = merge(incident, vaguer, Report.of(EPICENTR_FR, vaguer))
    assert kept.place_id == incident.place_id


def test_dedup_keys_cover_the_window(gazetteer: Gazetteer) -> None:
    incident, ext = _store(EPICENTR_EN, gazetteer)
    keys = dedup_keys(ext)
    assert len(keys) == 2 * WINDOW_DAYS + 1
    assert incident_keys(incident)[0] in keys
    assert {country for _, country in keys} == {"UA"}
    assert dedup_keys(Extraction(is_incident=True)) == []


def test_different_weapon_same_toll_is_one_strike(gazetteer: Gazetteer) -> None:
    incident, ext = _store(EPICENTR_EN, gazetteer)
    as_missile = ext.model_copy(update={"sub_event_type": "Shelling/artillery/missile attack",
                                        "fatalities": 14})
    assert find_duplicate(as_missile, published=T0, candidates=[incident],
                          gazetteer=gazetteer) is incident
    other = as_missile.model_copy(update={"fatalities": 2})
    assert find_duplicate(other, published=T0, candidates=[incident],
                          gazetteer=gazetteer) is None


def test_an_attack_on_a_city_and_the_nights_missiles_are_one_strike(
    gazetteer: Gazetteer,
) -> None:
    incident, ext = _store(EPICENTR_EN, gazetteer)
    # one outlet tells "the Russian attack on Kharkiv" and its risen toll, no weapon named
    as_attack = ext.model_copy(update={"event_type": "Violence against civilians",
                                       "sub_event_type": "Attack", "fatalities": 23})
    assert find_duplicate(as_attack, published=T0, candidates=[incident],
                          gazetteer=gazetteer) is incident
    # another names missiles and no toll yet
    as_missile = ext.model_copy(update={"sub_event_type": "Shelling/artillery/missile attack",
                                        "fatalities": None})
    assert find_duplicate(as_missile, published=T0, candidates=[incident],
                          gazetteer=gazetteer) is incident
    # a day later it is another night
    later = as_attack.model_copy(update={"incident_date": date(2024, 5, 26)})
    assert find_duplicate(later, published=T0, candidates=[incident],
                          gazetteer=gazetteer) is None


def test_two_towns_with_their_own_tolls_are_two_strikes(gazetteer: Gazetteer) -> None:
    nabatieh = _article(
        "nab", "Israeli strike on building in Lebanon's Nabatieh kills seven",
        "BEIRUT — An Israeli airstrike flattened a residential building in the southern city of "
        "Nabatieh on Wednesday, killing seven people, the state news agency said.",
        datetime(2024, 2, 14, 21, 0, tzinfo=UTC),
    )
    village = _article(
        "vil", "Frappe israélienne au Liban-Sud : une mère et ses deux enfants tués",
        "MARJAYOUN — Une femme et ses deux enfants ont été tués mercredi par une frappe de drone "
        "israélien qui a touché leur maison dans le village de Sawwaneh, dans le caza de "
        "Marjayoun, a indiqué la défense civile.",
        datetime(2024, 2, 14, 16, 30, tzinfo=UTC),
    )
    incident, _ = _store(village, gazetteer)
    ext = extract(nabatieh, gazetteer)
    assert (incident.fatalities, ext.fatalities) == (3, 7)
    assert find_duplicate(ext, published=nabatieh.published, candidates=[incident],
                          gazetteer=gazetteer) is None
    # the same toll told from the nearest town is the same strike
    same = ext.model_copy(update={"fatalities": 3})
    assert find_duplicate(same, published=nabatieh.published, candidates=[incident],
                          gazetteer=gazetteer) is incident


def test_a_village_spelt_with_other_vowels_is_one_village(gazetteer: Gazetteer) -> None:
    first = _article(
        "fr", "Mali : au moins sept civils tués dans une attaque à Assaylal, près de Ménaka",
        "Sept civils ont été tués vendredi dans la localité d'Assaylal, à une vingtaine de "
        "kilomètres de Ménaka, par des hommes armés de l'État islamique, selon des sources "
        "locales.",
        datetime(2022, 8, 13, 9, 0, tzinfo=UTC),
    )
    later = _article(
        "en", "Islamic State fighters kill 20 civilians in Esseylel village, Mali",
        "Islamic State fighters killed at least 20 civilians on Friday in an attack on "
        "Esseylel, a settlement less than 20 km from the Malian town of Menaka, local officials "
        "said.",
        datetime(2022, 8, 14, 9, 0, tzinfo=UTC),
    )
    incident, _ = _store(first, gazetteer)
    ext = extract(later, gazetteer)
    assert {incident.place, ext.place} == {"Assaylal", "Esseylel"}
    assert find_duplicate(ext, published=later.published, candidates=[incident],
                          gazetteer=gazetteer) is incident


def test_the_same_foreign_crew_hit_by_one_side_is_one_attack(gazetteer: Gazetteer) -> None:
    first = _article(
        "mis", "Houthi missile hits cargo ship in Red Sea off Hodeidah, Filipino sailor hurt",
        "A missile fired by Yemen's Houthis struck a cargo ship in the Red Sea off Hodeidah on "
        "Wednesday, wounding a Filipino sailor, a maritime security agency said.",
        datetime(2024, 6, 12, 18, 0, tzinfo=UTC),
    )
    later = _article(
        "dro", "Yémen : les houthis revendiquent une attaque de drone contre un navire",
        "Les rebelles houthis du Yémen ont revendiqué mercredi une attaque de drone contre un "
        "cargo en mer Rouge, qui a blessé un marin philippin, selon leur porte-parole.",
        datetime(2024, 6, 13, 8, 0, tzinfo=UTC),
    )
    incident, _ = _store(first, gazetteer)
    ext = extract(later, gazetteer)
    assert "civilians-ph" in incident.actors and "civilians-ph" in ext.actors
    assert incident.sub_event_type != ext.sub_event_type
    assert find_duplicate(ext, published=later.published, candidates=[incident],
                          gazetteer=gazetteer) is incident


def test_a_spot_of_a_town_and_the_town_are_one_place(gazetteer: Gazetteer) -> None:
    first = _article(
        "hot", "Gunmen storm hotel in Pakistan's Gwadar, guard killed",
        "GWADAR — Gunmen stormed a hotel in the port city of Gwadar on Saturday afternoon, "
        "killing a security guard, officials said. Security forces surrounded the building.",
        datetime(2019, 5, 11, 18, 0, tzinfo=UTC),
    )
    later = _article(
        "prt", "Pakistan : huit morts dans l'attaque d'un hôtel de luxe à Gwadar",
        "Cinq personnes, quatre employés de l'hôtel et un soldat de la marine, ont été tuées lors "
        "de l'attaque d'un hôtel de luxe du port de Gwadar, a annoncé dimanche l'armée, qui a "
        "précisé que les trois assaillants avaient été abattus.",
        datetime(2019, 5, 12, 12, 0, tzinfo=UTC),
    )
    incident, _ = _store(first, gazetteer)
    ext = extract(later, gazetteer)
    assert {incident.place, ext.place} == {"Gwadar", "Port of Gwadar"}
    assert find_duplicate(ext, published=later.published, candidates=[incident],
                          gazetteer=gazetteer) is incident


def test_a_town_hit_unharmed_and_another_with_its_wounded_are_two_strikes(
    gazetteer: Gazetteer,
) -> None:
    refinery = _article(
        "ref", "Tatarstan : un drone frappe la raffinerie Taneco de Nijnekamsk, pas de victimes",
        "KAZAN — Un drone a frappé mardi matin la raffinerie Taneco de Nijnekamsk, au Tatarstan, "
        "sans faire de victimes, a annoncé le gouvernement régional. Aucun blessé n'est à "
        "déplorer.",
        datetime(2024, 4, 2, 9, 0, tzinfo=UTC),
    )
    dormitory = _article(
        "dorm", "Ukrainian drone hits dormitory in Russia's Yelabuga, 12 hurt",
        "MOSCOW — A drone struck a student dormitory in Yelabuga, in Tatarstan, on Tuesday "
        "morning, wounding 12 people, the regional health ministry said.",
        datetime(2024, 4, 2, 12, 0, tzinfo=UTC),
    )
    incident, _ = _store(refinery, gazetteer)
    ext = extract(dormitory, gazetteer)
    assert (incident.fatalities, incident.injured) == (0, 0)
    assert ext.injured == 12
    assert find_duplicate(ext, published=dormitory.published, candidates=[incident],
                          gazetteer=gazetteer) is None
    # (the same town told later with its wounded is the same strike)
    same = ext.model_copy(update={"place": incident.place, "place_id": incident.place_id,
                                  "lat": incident.lat, "lon": incident.lon})
    assert find_duplicate(same, published=dormitory.published, candidates=[incident],
                          gazetteer=gazetteer) is incident


def test_two_strikes_with_nobody_hurt_on_two_groups_in_two_towns_are_two(
    gazetteer: Gazetteer,
) -> None:
    dahiyeh = _article(
        "dah", "Israeli drones crash in Beirut's southern suburbs, Hezbollah says",
        "BEIRUT — Two Israeli drones came down overnight in Dahiyeh, the Hezbollah stronghold "
        "south of Beirut, damaging the group's media office, Hezbollah said. Nobody was hurt.",
        datetime(2019, 8, 25, 8, 0, tzinfo=UTC),
    )
    qousaya = _article(
        "qou", "Liban : frappe israélienne contre une base palestinienne dans la Bekaa",
        "BEYROUTH — Une frappe israélienne a visé dans la nuit une position du Front populaire "
        "de libération de la Palestine à Qousaya, dans la plaine de la Bekaa, a indiqué la "
        "faction. L'attaque n'a fait ni victime ni dégât.",
        datetime(2019, 8, 26, 9, 0, tzinfo=UTC),
    )
    incident, _ = _store(dahiyeh, gazetteer)
    # (the group whose office was hit, as a report naming it a side would have it)
    incident = incident.model_copy(update={"actors": (*incident.actors, "hezbollah")})
    ext = extract(qousaya, gazetteer)
    assert (ext.fatalities, ext.injured) == (0, 0) and "popular-front" in ext.actors
    assert find_duplicate(ext, published=qousaya.published, candidates=[incident],
                          gazetteer=gazetteer) is None
    # (one group's base told twice, unharmed, is one strike)
    same = ext.model_copy(update={"actors": incident.actors})
    assert find_duplicate(same, published=qousaya.published, candidates=[incident],
                          gazetteer=gazetteer) is incident


def test_a_rising_toll_told_by_another_weapon_is_the_same_strike(gazetteer: Gazetteer) -> None:
    incident, ext = _store(EPICENTR_EN, gazetteer)  # guided bombs, 12 dead
    later = ext.model_copy(update={"sub_event_type": "Shelling/artillery/missile attack",
                                   "fatalities": 19})
    assert find_duplicate(later, published=T0, candidates=[incident],
                          gazetteer=gazetteer) is incident


def test_another_weapon_two_days_later_with_no_higher_toll_is_another_strike(
    gazetteer: Gazetteer,
) -> None:
    incident, ext = _store(EPICENTR_EN, gazetteer)  # guided bombs on Saturday, 12 dead
    assert ext.sub_event_type == "Air/drone strike"
    print_house = ext.model_copy(update={
        "sub_event_type": "Shelling/artillery/missile attack", "fatalities": 10,
        "incident_date": date(2024, 5, 23),
    })
    assert find_duplicate(print_house, published=T0, candidates=[incident],
                          gazetteer=gazetteer) is None
    # (the same weapon and toll, or the toll risen, is the strike told with another date)
    for update in ({"sub_event_type": "Air/drone strike", "fatalities": 12}, {"fatalities": 14}):
        told = print_house.model_copy(update=update)
        assert find_duplicate(told, published=T0, candidates=[incident],
                              gazetteer=gazetteer) is incident
    # the same weapon two days apart with a lower toll: the city struck again (6 dead in
    # Ghobeiry, then 2 in the third strike on the Dahiyeh in four days)
    again = print_house.model_copy(update={"sub_event_type": "Air/drone strike"})
    assert find_duplicate(again, published=T0, candidates=[incident],
                          gazetteer=gazetteer) is None


def test_one_spot_one_day_another_culprit_and_one_more_dead(gazetteer: Gazetteer) -> None:
    # one outlet names the coalition hit, the other the group that claimed and the country's
    # forces; the toll went from one dead to two: one rocket attack on Erbil
    first, _ = _store(_article(
        "r1", "Rockets hit U.S.-led coalition base at Erbil airport, contractor killed",
        "Rockets struck the U.S.-led coalition base at Erbil airport on Monday night, killing "
        "a civilian contractor and wounding several, the coalition said.", T0), gazetteer)
    second = extract(_article(
        "r2", "Irak : un groupe pro-Iran revendique les tirs de roquettes sur Erbil",
        "Le groupe Saraya Awliya al-Dam a revendiqué mardi les tirs de roquettes qui ont fait "
        "deux morts lundi soir à Erbil, où les forces irakiennes ont ouvert une enquête.",
        T0.replace(hour=23)), gazetteer)
    assert find_duplicate(second, published=T0, candidates=[first], gazetteer=gazetteer) is first


def test_a_later_strike_with_a_toll_far_lower_is_another(gazetteer: Gazetteer) -> None:
    first, _ = _store(_article(
        "k1", "Russian shelling hits Kherson supermarket, killing 12",
        "Russian shelling hit a supermarket and a hardware store in Kherson on Wednesday, "
        "killing 12 people, the regional governor said.", T0), gazetteer)
    station = extract(_article(
        "k2", "Kherson rail station shelled as passengers wait for train; policeman killed",
        "Russian shelling hit Kherson's railway station on Wednesday as passengers waited for an "
        "evacuation train, killing a police officer, the interior minister said.",
        T0.replace(hour=21)), gazetteer)
    assert station.fatalities == 1
    assert find_duplicate(station, published=T0, candidates=[first], gazetteer=gazetteer) is None
    # (a later report of the same strike with the toll risen is the same)
    later = station.model_copy(update={"fatalities": 16})
    assert find_duplicate(later, published=T0, candidates=[first], gazetteer=gazetteer) is first


KITSHANGA_FR = _article(
    "kit-fr", "Nord-Kivu : les rebelles du M23 s'emparent de Kitshanga",
    "GOMA — Les rebelles du M23 se sont emparés mardi de la localité de Kitshanga, dans le "
    "territoire de Masisi, après deux jours de combats avec l'armée congolaise, selon des "
    "sources locales.", datetime(2023, 1, 24, 18, 0, tzinfo=UTC))
KITSHANGA_EN = _article(
    "kit-en", "Congo's M23 rebels say they have seized town of Kitshanga",
    "KINSHASA — M23 rebels said on Friday they had taken control of Kitshanga, a town in "
    "Masisi territory of North Kivu, after fighting with the Congolese army.",
    datetime(2023, 1, 27, 9, 45, tzinfo=UTC))


def test_a_town_taken_is_one_event_told_for_days(gazetteer: Gazetteer) -> None:
    incident, first = _store(KITSHANGA_FR, gazetteer)
    assert first.sub_event_type == "Non-state actor overtakes territory"
    later = extract(KITSHANGA_EN, gazetteer)
    assert later.sub_event_type == first.sub_event_type
    assert (later.incident_date - incident.incident_date).days > WINDOW_DAYS
    # the index is searched over the days a lasting event is told
    assert incident_keys(incident)[0] in dedup_keys(later)
    assert find_duplicate(later, published=KITSHANGA_EN.published, candidates=[incident],
                          gazetteer=gazetteer) is incident
    # another town, or another kind of event at that town, that far apart is another event
    sake = gazetteer.resolve("Sake", kind="place", limit=1)[0]
    elsewhere = later.model_copy(update={"place_id": sake.id, "place": sake.name,
                                         "lat": sake.lat, "lon": sake.lon})
    assert find_duplicate(elsewhere, published=KITSHANGA_EN.published, candidates=[incident],
                          gazetteer=gazetteer) is None
    attack = later.model_copy(update={"event_type": "Violence against civilians",
                                      "sub_event_type": "Attack"})
    assert len(dedup_keys(attack)) == 2 * WINDOW_DAYS + 1
    assert find_duplicate(attack, published=KITSHANGA_EN.published, candidates=[incident],
                          gazetteer=gazetteer) is None


ODESA_EN = _article(
    "od-en", "Russian missiles hit apartment block near Odesa, killing 17",
    "ODESA — Russian missiles struck an apartment block and a holiday camp in the Odesa region "
    "early on Friday, killing at least 17 people, Ukrainian officials said.",
    datetime(2022, 7, 1, 6, 40, tzinfo=UTC))
ODESA_FR = _article(
    "od-fr", "Ukraine : au moins 19 morts dans des frappes sur un immeuble à Serhiivka",
    "Au moins 19 personnes ont été tuées vendredi par des missiles russes qui ont frappé un "
    "immeuble résidentiel à Serhiivka, dans la région d'Odessa, selon les secours.",
    datetime(2022, 7, 1, 14, 5, tzinfo=UTC))


def test_one_toll_in_one_province_placed_at_towns_far_apart(gazetteer: Gazetteer) -> None:
    incident, first = _store(ODESA_EN, gazetteer)
    later = extract(ODESA_FR, gazetteer)
    assert first.admin1 == later.admin1 and first.place_id != later.place_id
    assert find_duplicate(later, published=ODESA_FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident
    # a large toll grows by more than two between reports (17, then 21): a fifth of it
    grown = later.model_copy(update={"fatalities": 21})
    assert find_duplicate(grown, published=ODESA_FR.published, candidates=[incident],
                          gazetteer=gazetteer) is incident
    # another toll, a toll too small to tell, or another day: another strike of the province
    for update in ({"fatalities": 3}, {"fatalities": 2}, {"fatalities": 22},
                   {"incident_date": date(2022, 7, 3)}):
        other = later.model_copy(update=update)
        small = incident.model_copy(update={"fatalities": 2}) if update == {
            "fatalities": 2} else incident
        assert find_duplicate(other, published=ODESA_FR.published, candidates=[small],
                              gazetteer=gazetteer) is None


def test_bombings_in_two_provinces_on_two_days_are_two(gazetteer: Gazetteer) -> None:
    afgooye = _article(
        "afg", "Somalia: suicide bomber kills five at road project near Afgooye",
        "MOGADISHU — A suicide bomber blew himself up at the camp of a Turkish road-building "
        "company near Afgooye, in Lower Shabelle, on Saturday, killing five people, police "
        "said. Al-Shabaab said it carried out the attack.",
        datetime(2021, 1, 2, 16, 0, tzinfo=UTC),
    )
    jowhar = _article(
        "jow", "Somalie : un attentat suicide vise un poste de contrôle à Jowhar",
        "MOGADISCIO — Un kamikaze s'est fait exploser dimanche à un poste de contrôle de "
        "Jowhar, dans le Moyen-Shabelle, tuant plusieurs soldats. Les shebab ont revendiqué "
        "l'attaque.",
        datetime(2021, 1, 3, 17, 0, tzinfo=UTC),
    )
    incident, _ = _store(afgooye, gazetteer)
    ext = extract(jowhar, gazetteer)
    assert ext.admin1 != incident.admin1 and ext.incident_date == date(2021, 1, 3)
    # (placed near each other, as a village the gazetteer lacks is placed at a town nearby)
    near = ext.model_copy(update={"lat": incident.lat, "lon": (incident.lon or 0.0) + 0.3})
    assert find_duplicate(near, published=jowhar.published, candidates=[incident],
                          gazetteer=gazetteer) is None
    # (one toll, though, is one bombing placed on either side of a provincial border)
    same = near.model_copy(update={"fatalities": incident.fatalities})
    assert find_duplicate(same, published=jowhar.published, candidates=[incident],
                          gazetteer=gazetteer) is incident
