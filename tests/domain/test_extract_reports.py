"""Reports told late or in pieces: a day of the month alone ("on the 4th", "le 3 courant"),
explosives laid in wait, victims named by their trade."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.domain._dates import date_mentions
from bot.domain._numbers import casualties
from bot.domain.extract import extract
from bot.domain.gazetteer import Gazetteer
from bot.domain.models import Article


def _article(title: str, body: str, published: str = "2025-12-08T11:45:00Z",
             summary: str = "") -> Article:
    return Article(id="r", source="s", url="https://news.example/r",
                   published=datetime.fromisoformat(published.replace("Z", "+00:00")),
                   title=title, summary=summary, body=body)


_MONDAY = datetime(2025, 12, 8, 11, 45, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("were killed in the drone attack on a kindergarten on the 4th, the ministry said",
         date(2025, 12, 4)),
        # a day after today's is last month's
        ("the raid on the 30th left nine dead", date(2025, 11, 30)),
        ("les assaillants ont attaqué le village le 3 courant", date(2025, 12, 3)),
        ("l'attaque du 6 de ce mois", None),  # no "le": not this form
        ("le poste a été attaqué le 6 de ce mois", date(2025, 12, 6)),
        # an ordinal that names no day
        ("a fire broke out on the 4th floor of the building", None),
        ("a strike on the 3rd Brigade's positions", None),
        ("the attack on the 5th anniversary of the coup", None),
        # a day still to come this month is last month's: too far back to date the report
        ("on the 20th", None),
    ],
)
def test_a_day_of_the_month_alone(text: str, day: date | None) -> None:
    assert [when for _, when in date_mentions(text, _MONDAY)] == ([day] if day else [])


def test_a_late_report_dated_by_the_day_of_the_month(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Toll from drone strike on kindergarten in Kadugli climbs to 116",
        "PORT SUDAN — Sudan's health ministry said on Monday that 116 people were killed in the "
        "drone attack on a kindergarten in Kadugli on the 4th, after the last bodies were "
        "identified.",
    ), gazetteer)
    assert ext.incident_date == date(2025, 12, 4)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Attack on Homs mosque: eight dead, jihadist group claims it",
         "Saraya Ansar al-Sunna said it had planted explosives inside the mosque during Friday "
         "prayers in Homs, killing eight worshippers. The attack struck the Wadi al-Dhahab "
         "district, the health ministry said."),
        ("Attentat contre une mosquée de Homs : huit morts, un groupe jihadiste revendique",
         "Le groupe Saraya Ansar al-Sunna affirme avoir posé les explosifs dans la mosquée, où "
         "l'attentat qui a frappé hier la prière du vendredi à Homs a fait huit morts, selon les "
         "autorités sanitaires."),
    ],
)
def test_explosives_laid_in_wait_are_a_planted_bomb(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    ext = extract(_article(title, body, "2025-12-27T08:30:00Z"), gazetteer)
    assert ext.sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Gunmen storm coal mines in Balochistan's Duki, killing 20 miners",
         "QUETTA — Heavily armed men attacked a cluster of small coal mines in the Duki district "
         "of Balochistan province on Friday, killing at least 20 miners, police said."),
        ("Pakistan : 21 mineurs tués par des hommes armés dans le Baloutchistan",
         "ISLAMABAD — Au moins vingt et un mineurs ont été tués lorsque des individus armés ont "
         "attaqué vendredi des mines de charbon dans le district de Duki, a annoncé la police."),
    ],
)
def test_people_named_by_their_trade_are_civilians(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    ext = extract(_article(title, body, "2024-10-11T10:00:00Z"), gazetteer)
    assert set(ext.actors) == {"unidentified-armed-group-pk", "civilians-pk"}


def test_whom_a_spokesman_told_is_no_victim(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Jihadists claim attack on army camp in Burkina Faso's Djibo",
        "DAKAR — JNIM claimed responsibility for an assault on military positions in the town "
        "of Djibo in which dozens of soldiers were killed, according to residents and an aid "
        "worker. \"The camp was overrun,\" a local official told reporters.",
    ), gazetteer)
    assert "civilians-bf" not in ext.actors


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Gunman kills six worshippers at Shi'ite mosque in western Afghanistan",
         "KABUL — An unidentified gunman opened fire on worshippers at a Shi'ite mosque in "
         "Guzara district of Herat province on Monday evening, killing six people, officials "
         "said.\n\nNo group claimed the shooting.\n\nThe Shi'ite minority has been targeted by "
         "Islamic State Khorasan Province, which claimed a 2021 suicide bombing at a mosque in "
         "Kandahar."),
        ("Pakistan : 21 mineurs tués par des hommes armés à Duki",
         "ISLAMABAD — Au moins vingt et un mineurs ont été tués lorsque des individus armés ont "
         "attaqué vendredi des mines de charbon à Duki, a annoncé la police.\n\n"
         "L'attaque n'a pas été revendiquée. L'Armée de libération du Baloutchistan a revendiqué "
         "dimanche dernier l'attentat contre un convoi d'ingénieurs chinois à Karachi."),
        # the other attack told by its own target
        ("Blast rips through minibus in Kabul's Shi'ite quarter, seven killed",
         "KABUL — An explosion tore through a minibus in Dasht-e-Barchi on Tuesday evening, "
         "killing seven people, police said.\n\nNo group immediately claimed the attack.\n\n"
         "The area has been struck before. Islamic State Khorasan Province claimed the attack "
         "on the sports club."),
        # the other attack told by its time
        ("Gunman kills one, wounds eight at Shah Cheragh shrine in Iran's Shiraz",
         "DUBAI — A gunman opened fire at the Shah Cheragh shrine in Shiraz on Sunday evening, "
         "killing one person, state media said. The attacker was arrested at one of Iran's "
         "holiest Shi'ite sites, targeted last October in an attack claimed by Khorasan "
         "Province militants."),
        ("Iran : un mort dans une fusillade au sanctuaire Shah Cheragh de Chiraz",
         "DUBAÏ — Un homme armé a ouvert le feu dimanche soir dans le sanctuaire Shah Cheragh "
         "de Chiraz, tuant une personne, selon les médias d'État. Le sanctuaire avait été visé "
         "en octobre dernier par un attentat revendiqué par l'État islamique au Khorasan."),
    ],
)
def test_the_claim_of_another_attack_claims_nothing(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    ext = extract(_article(title, body, "2024-10-11T10:00:00Z"), gazetteer)
    assert ext.claimed_by is None
    assert ext.status != "claimed"
    assert not {"is-khorasan", "bla"} & set(ext.actors)


def test_a_claim_of_this_attack_days_later_still_claims(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Islamic State claims Tuesday's attack on police in Peshawar",
        "PESHAWAR — Islamic State claimed on Thursday the attack that killed four policemen at "
        "a checkpoint on Tuesday, in a statement on its Amaq agency.",
        "2024-10-10T10:00:00Z",
    ), gazetteer)
    assert ext.claimed_by is not None and ext.status == "claimed"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Pakistan : cinq écoliers et un policier tués dans un attentat au Baloutchistan",
         "QUETTA — Sept personnes, dont cinq enfants et un policier, ont été tuées vendredi "
         "matin par l'explosion d'une bombe près d'une école de filles à Mastung, a annoncé la "
         "police. L'engin, dissimulé sur une moto, a été déclenché à distance au passage d'une "
         "camionnette de la police."),
        ("Seven killed as bomb hits police van near school in Pakistan's Mastung",
         "QUETTA — A remotely detonated bomb hidden on a motorcycle struck a police vehicle "
         "near a girls' school in Mastung on Friday, killing five children, a policeman and a "
         "passer-by, officials said."),
    ],
)
def test_a_bomb_aimed_at_police_has_an_unnamed_author(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    ext = extract(_article(title, body, "2024-11-01T09:20:00Z"), gazetteer)
    assert ext.sub_event_type == "Remote explosive/landmine/IED"
    assert set(ext.actors) == {"unidentified-armed-group-pk", "military-forces-pk-police",
                               "civilians-pk"}


def test_the_province_named_inside_a_wider_region(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Sudan accuses RSF of deadly drone attack on Kordofan market",
        "PORT SUDAN — Paramilitary Rapid Support Forces killed eight civilians in a drone attack "
        "on the public market of Al-Khiwai, a town in West Kordofan state, on Wednesday, the "
        "foreign ministry said.\n\nThe ministry also accused the RSF of shelling a hospital in "
        "El Obeid on Friday, killing 16 patients. The RSF, which said on Thursday it had taken "
        "control of Al-Khiwai, did not respond.",
        "2025-05-31T13:10:00Z",
        summary="Eight civilians killed, the ministry says, as fighting spreads across Kordofan.",
    ), gazetteer)
    assert (ext.place, ext.admin1) == ("Al-Khiwai", "West Kordofan")
    # the other attacks the ministry lists are not this one's toll; ground taken is no claim
    # of a drone strike
    assert ext.fatalities == 8
    assert ext.claimed_by is None


def test_ground_taken_is_claimed_when_ground_was_taken(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "RSF says it has taken control of Al-Khiwai in West Kordofan",
        "PORT SUDAN — The Rapid Support Forces said on Thursday they had taken control of the "
        "town of Al-Khiwai in West Kordofan after heavy fighting with the army.",
        "2025-05-29T10:00:00Z",
    ), gazetteer)
    assert ext.event_type == "Battles"
    assert ext.claimed_by == "rsf"


@pytest.mark.parametrize(
    "body",
    [
        "ABIDJAN — Niger's junta suspended the BBC over its report of an attack on an army post "
        "at Tera, in Tillaberi region, which killed 90 soldiers, an account Niamey flatly "
        "rejects.",
        "ABIDJAN — La junte a suspendu la BBC après son récit d'une attaque contre un poste de "
        "l'armée à Téra, dans la région de Tillabéri, qui aurait tué 90 soldats, un bilan que "
        "Niamey rejette catégoriquement.",
    ],
)
def test_a_capital_that_rejects_is_the_government(gazetteer: Gazetteer, body: str) -> None:
    ext = extract(_article("Attack on army post near Tera", body, "2024-12-13T09:05:00Z"),
                  gazetteer)
    assert ext.admin1 == "Tillaberi"


def test_a_town_inside_a_longer_name_is_not_that_town(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Mexique : onze morts dans une communauté du Chiapas",
        "MEXICO — Onze personnes ont été tuées lundi dans la communauté de Nueva Morelia, "
        "municipalité de Chicomuselo, dans la Sierra du Chiapas, a annoncé le parquet.",
        "2024-05-15T02:30:00Z",
    ), gazetteer)
    assert ext.admin1 == "Chiapas"


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("BEIRUT — An Israeli air strike hit a building in Beirut's southern suburbs on "
         "Thursday, killing a Hezbollah commander, the military said.\n\nThe district has "
         "emptied after Israeli strikes on Friday and on Tuesday killed senior commanders.",
         date(2024, 9, 26)),
        ("JÉRUSALEM — Sept personnes ont été tuées vendredi soir par un assaillant qui a ouvert "
         "le feu près d'une synagogue, selon la police.\n\nLe Hamas a salué une « riposte » au "
         "raid de jeudi à Jénine, sans la revendiquer.",
         date(2024, 9, 27)),
    ],
)
def test_days_of_the_strikes_a_report_recalls(gazetteer: Gazetteer, body: str, day: date) -> None:
    ext = extract(_article("Deadly attack", body, "2024-09-28T06:20:00Z"), gazetteer)
    assert ext.incident_date == day


def test_praise_without_a_claim_is_no_part(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Jérusalem : sept morts dans une attaque près d'une synagogue",
        "JÉRUSALEM — Sept personnes ont été tuées vendredi soir par un assaillant qui a ouvert "
        "le feu près d'une synagogue, selon la police. Aucune organisation n'a revendiqué "
        "l'attaque. Le Hamas a salué une « riposte », sans la revendiquer.",
        "2023-01-28T06:20:00Z",
    ), gazetteer)
    assert ext.claimed_by is None
    assert "hamas" not in ext.actors


def test_where_travellers_were_going_is_not_the_place(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Nigeria : au moins 23 passagers brûlés vifs dans l'attaque d'un bus",
        "LAGOS — Au moins 23 personnes ont été brûlées vives lundi soir lorsque des hommes "
        "armés ont incendié un autocar sur la route de Kaduna, dans l'État de Sokoto, a "
        "annoncé la police. Le véhicule transportait des voyageurs vers Kaduna.",
        "2021-12-08T09:20:00Z",
    ), gazetteer)
    assert ext.admin1 == "Sokoto"


def test_travellers_killed_on_the_road_are_civilians(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Boko Haram kills 30 stranded motorists, burns vehicles in northeast Nigeria",
        "MAIDUGURI — Boko Haram militants killed 30 people and set 18 vehicles ablaze late on "
        "Sunday in Auno, a town on the main highway into Maiduguri, the army and the Borno "
        "state governor said.",
        "2020-02-10T11:00:00Z",
    ), gazetteer)
    # the army speaks with the governor: it is a source, not a side
    assert set(ext.actors) == {"boko-haram", "civilians-ng"}
    assert ext.event_type == "Violence against civilians"


@pytest.mark.parametrize(
    ("title", "body", "police"),
    [
        ("Mexico City police chief wounded in ambush",
         "MEXICO CITY — Gunmen ambushed the car of the city's police chief at dawn on Friday, "
         "wounding him and killing two of his bodyguards, the mayor said.", True),
        ("Afghanistan : attentat-suicide contre des funérailles dans le Nangarhar",
         "JALALABAD — Un kamikaze s'est fait exploser mardi lors des funérailles d'un commandant "
         "de police mort la veille d'une crise cardiaque, tuant 24 personnes.", False),
    ],
)
def test_a_police_chief_attacked_makes_the_police_a_side(
    gazetteer: Gazetteer, title: str, body: str, police: bool
) -> None:
    ext = extract(_article(title, body, "2020-06-26T15:00:00Z"), gazetteer)
    assert any(a.endswith("-police") for a in ext.actors) is police


@pytest.mark.parametrize(
    ("body", "army"),
    [
        ("NAIROBI — An air strike on a camp for displaced people in Ethiopia's Tigray region "
         "killed 56 people late on Friday, aid workers said. The Ethiopian military's spokesman "
         "did not respond to requests for comment.", True),
        # nobody answers for it, but only Ethiopia's state fights from the air there
        ("NAIROBI — An air strike on a camp for displaced people in Ethiopia's Tigray region "
         "killed 56 people late on Friday, aid workers said.", True),
    ],
)
def test_an_air_strike_the_army_answers_for_is_the_army_s(
    gazetteer: Gazetteer, body: str, army: bool
) -> None:
    ext = extract(_article("Air strike on Tigray camp kills 56", body, "2022-01-08T12:00:00Z"),
                  gazetteer)
    assert ("military-forces-et" in ext.actors) is army


def test_an_untold_air_strike_where_rebels_fly_drones_too_stays_untold(
    gazetteer: Gazetteer,
) -> None:
    ext = extract(_article(
        "Drone strike on Sudan market kills 20",
        "PORT SUDAN — A drone strike on a market in El Obeid, in Sudan's North Kordofan state, "
        "killed 20 people on Friday, medics said.", "2025-03-08T12:00:00Z"), gazetteer)
    assert "military-forces-sd" not in ext.actors


def test_the_attacker_s_nationality_is_not_where_it_happened(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Frappe israélienne meurtrière à Barja, dans l'Iqlim el-Kharroub",
        "Le bilan de la frappe israélienne qui a visé mardi un immeuble résidentiel à Barja "
        "s'établissait à au moins quinze morts, selon le ministère de la Santé.\n\n"
        "L'immeuble abritait plusieurs familles de déplacés venues de Nabatiyé et de Tyr.\n\n"
        "Barja, grosse bourgade du Chouf, sur les hauteurs qui dominent la côte entre Damour et "
        "Saïda, n'avait jusque-là pas été touchée.",
        "2024-11-12T17:20:00Z",
    ), gazetteer)
    assert ext.country != "IL"
    assert ext.place != "Tyre"
    assert "civilians-il" not in ext.actors


def test_soldiers_named_by_nationality_still_say_the_country(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Hundreds of Somali soldiers cross into Kenya after losing Ras Kamboni",
        "LAMU, Kenya — About 600 Somali National Army soldiers who fled into Kenya after "
        "Wednesday's battle at Ras Kamboni have surrendered their weapons, officials said. At "
        "least ten soldiers were killed when Jubaland forces seized the town.",
        "2024-12-13T07:25:00Z",
    ), gazetteer)
    assert ext.country == "SO"


@pytest.mark.parametrize(
    ("title", "body", "sub"),
    [
        ("Syrie : cinq morts dans des frappes attribuées à Israël sur un quartier de Damas",
         "DAMAS — Cinq personnes ont été tuées dimanche dans des frappes attribuées à Israël "
         "qui ont visé un immeuble du quartier de Kafr Soussa, selon l'armée syrienne.",
         "Air/drone strike"),
        ("Israeli missiles hit Damascus suburb, killing two soldiers",
         "DAMASCUS — Israeli missiles struck positions near Damascus overnight, killing two "
         "soldiers, the Syrian army said.", "Air/drone strike"),
        ("Militants ram explosives-laden vehicle into Pakistan army base, killing five",
         "BANNU — Militants rammed an explosives-laden vehicle into the wall of the Bannu "
         "cantonment on Tuesday, killing five soldiers, the military said.", "Suicide bomb"),
    ],
)
def test_air_launched_missiles_and_rammed_vehicles(
    gazetteer: Gazetteer, title: str, body: str, sub: str
) -> None:
    assert extract(_article(title, body, "2023-02-22T13:40:00Z"), gazetteer).sub_event_type == sub


def test_a_raid_may_be_on_the_ground(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Israeli raid in Nablus kills at least 10 Palestinians",
        "NABLUS — Israeli forces killed at least 10 Palestinians with live fire during a "
        "daytime raid in the old city of Nablus on Wednesday, the health ministry said.",
        "2023-02-22T13:40:00Z",
    ), gazetteer)
    assert ext.event_type != "Explosions/Remote violence"


def test_a_local_road_is_where_it_happened(gazetteer: Gazetteer) -> None:
    """The road between two villages is there; the line between two cities is not."""
    ext = extract(_article(
        "Three girls and their grandmother killed as strike hits car in south Lebanon",
        "BEIRUT — Three young girls and their grandmother were killed on Sunday when a strike "
        "hit their car on the road between Aynata and Aitaroun in southern Lebanon, a local "
        "official said.",
        "2023-11-05T20:50:00Z",
    ), gazetteer)
    assert ext.place == "Aitaroun"
    train = extract(_article(
        "Gunmen attack train between Abuja and Kaduna",
        "KADUNA — Gunmen attacked a passenger train between Abuja and Kaduna on Monday night, "
        "killing eight people, the railway authority said.",
        "2022-03-29T10:00:00Z",
    ), gazetteer)
    assert train.place not in ("Abuja", "Kaduna")
    # a city at one end starts a long road, whatever the other end
    road = extract(_article(
        "Gunmen ambush travellers on the road to Kachia",
        "KADUNA — Gunmen ambushed a convoy of travellers on the road between Kaduna and "
        "Kurmin Masara on Monday, killing eight people, police said.",
        "2022-03-29T10:00:00Z",
    ), gazetteer)
    assert road.place != "Kaduna"


def test_a_capital_that_admits_is_the_government(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Éthiopie : après avoir démenti, Addis-Abeba reconnaît avoir bombardé Mekele",
        "NAIROBI — Le gouvernement éthiopien a reconnu mardi avoir mené des frappes aériennes "
        "sur Mekele, la capitale du Tigré, qui ont tué trois personnes.",
        "2021-10-19T08:00:00Z",
    ), gazetteer)
    assert ext.admin1 == "Tigray"


def test_a_capital_that_denounces_is_the_government(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Irak : 16 morts dans les frappes américaines à Al-Qaïm, Bagdad dénonce « une agression »",
        "BAGDAD — Seize personnes ont été tuées dans les frappes menées vendredi soir par les "
        "États-Unis dans la région d'Al-Qaïm, dans l'ouest de l'Irak, a annoncé le "
        "gouvernement irakien.",
        "2024-02-03T10:45:00Z",
    ), gazetteer)
    assert ext.admin1 == "Al Anbar"


def test_attackers_told_of_after_the_lead_are_an_unnamed_side(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Mali : au Pays dogon, sidération et colère après le massacre de Songho",
        "Trente et un passagers d'un camion de transport en commun ont été tués vendredi à "
        "hauteur de Songho, près de Bandiagara, selon le bilan officiel.\n\n"
        "Les assaillants, arrivés à moto, ont d'abord immobilisé le véhicule, puis ont ouvert "
        "le feu avant d'y mettre le feu. Aucune revendication n'a été enregistrée.",
        "2021-12-05T16:10:00Z",
    ), gazetteer)
    assert set(ext.actors) == {"unidentified-armed-group-ml", "civilians-ml"}


def test_a_state_s_shelling_has_its_author(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Liban-Sud : trois fillettes et leur grand-mère tuées par des tirs d'artillerie",
        "BEYROUTH — Trois fillettes et leur grand-mère ont été tuées dimanche soir par des tirs "
        "d'artillerie israéliens qui ont touché leur maison près de Aïnata.\n\n"
        "L'armée israélienne a indiqué avoir visé des « assaillants » qui tiraient des roquettes.",
        "2023-11-06T07:30:00Z",
    ), gazetteer)
    assert "military-forces-il" in ext.actors
    assert "unidentified-armed-group-lb" not in ext.actors


def test_a_word_quoted_mid_sentence_ends_no_sentence() -> None:
    from bot.domain.extract import _split_sentences

    assert _split_sentences(
        "La riposte a permis de « neutraliser » 58 terroristes, précise le texte. « Nous "
        "sommes prêts. » Le ministre a conclu."
    ) == [
        "La riposte a permis de « neutraliser » 58 terroristes, précise le texte.",
        "« Nous sommes prêts. »",
        "Le ministre a conclu.",
    ]


def test_the_same_hour_in_gmt_dates_nothing(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Russian missile barrage on Kyiv kills at least nine",
        "KYIV — Russia launched one of its heaviest attacks of the year on Kyiv early on "
        "Thursday, killing at least nine people, officials said.\n\n\"Ballistic missiles are "
        "heading towards Kyiv,\" the head of the city's military administration wrote shortly "
        "after 1 a.m. (2200 GMT on Wednesday) as missiles slammed into apartment blocks.",
        "2025-04-24T05:50:00Z",
    ), gazetteer)
    assert ext.incident_date == date(2025, 4, 24)


@pytest.mark.parametrize(
    ("title", "body", "sub"),
    [
        ("Attaque d'un convoi mixte près de Gorgadji : 47 morts dont 30 civils",
         "Un convoi mixte composé de civils, de militaires et de Volontaires pour la défense de "
         "la patrie a été attaqué mercredi près de Gorgadji, dans la région du Sahel.\n\n"
         "Le bilan fait état de quarante-sept morts : trente civils, quatorze militaires et "
         "trois VDP. La riposte des forces engagées a permis de « neutraliser » 58 terroristes.",
         "Armed clash"),
        ("Cabo Delgado: Insurgents occupy Quissanga district headquarters",
         "PEMBA — Insurgents attacked and occupied the town of Quissanga, headquarters of the "
         "district of the same name, on Wednesday, destroying the police command, police said.",
         "Non-state actor overtakes territory"),
    ],
)
def test_an_escort_that_fights_back_and_a_town_occupied(
    gazetteer: Gazetteer, title: str, body: str, sub: str
) -> None:
    assert extract(_article(title, body, "2021-08-19T08:05:00Z"), gazetteer).sub_event_type == sub


def test_headline_and_lead_of_violence_outweigh_a_summary_aside(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Ouham-Pendé : au moins 26 civils tués dans des villages près de Paoua",
        "Au moins vingt-six civils ont été tués mardi dans les villages de Koundjili et de "
        "Djoumjoum, à une cinquantaine de kilomètres de Paoua.",
        "2019-05-23T09:00:00Z",
        summary="Le gouvernement accuse des éléments du groupe armé 3R, signataire de l'accord "
        "de paix de février.",
    ), gazetteer)
    assert ext.is_incident


def test_attackers_an_army_neutralised_count_in_a_battle() -> None:
    from bot.domain._numbers import casualties

    toll = casualties([
        "Attaque d'un convoi mixte près de Gorgadji : 47 morts dont 30 civils",
        "Le bilan fait état de quarante-sept morts : trente civils, quatorze militaires et "
        "trois VDP.",
        "La riposte des forces engagées a permis de « neutraliser » 58 terroristes.",
    ], headline=1, victims_only=False)
    assert toll.fatalities == 105
    # a riposte *to* an earlier attack still tells that attack's toll, not this one's
    earlier = casualties([
        "L'armée a frappé des positions jihadistes en riposte à l'attaque qui avait tué 12 "
        "soldats la semaine dernière.",
    ], headline=0, victims_only=False)
    assert earlier.fatalities is None


@pytest.mark.parametrize(
    ("sentences", "dead", "hurt"),
    [
        (["Un drone a frappé un foyer d'étudiants, faisant douze blessés mais aucun mort."],
         0, 12),
        (["The government revised its toll to 10 civilians killed and 61 injured, and said "
          "several attackers had been killed."], 10, 61),
        (["The toll rose to 16 on Monday after three injured soldiers died in hospital."],
         16, None),
        # the attackers' own count is a boast
        (["L'EI affirme que douze de ses combattants, dont des kamikazes au volant de deux "
          "véhicules piégés, ont pris d'assaut le camp et tué 22 soldats."], None, None),
    ],
)
def test_the_wounded_told_as_a_noun_and_a_boast(
    sentences: list[str], dead: int | None, hurt: int | None
) -> None:
    from bot.domain._numbers import casualties

    toll = casualties(sentences, headline=0, victims_only=True)
    assert (toll.fatalities, toll.injured) == (dead, hurt)


def test_where_rockets_were_fired_from_is_no_side(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Hezbollah rockets slam into homes in Kiryat Bialik",
        "HAIFA — Rockets fired from Lebanon struck houses in the Haifa suburb of Kiryat Bialik "
        "early Sunday, wounding three people, as Hezbollah launched its deepest barrages into "
        "Israel.",
        "2024-09-22T07:30:00Z",
    ), gazetteer)
    assert "military-forces-lb" not in ext.actors
    assert "hezbollah" in ext.actors


def test_farm_workers_killed_are_civilians(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Israël : quatre travailleurs étrangers tués par une roquette tirée du Liban",
        "Quatre travailleurs agricoles étrangers ont été tués jeudi par une roquette tirée "
        "depuis le Liban qui s'est abattue sur un verger près de Métoula, selon les secours.",
        "2024-10-31T13:30:00Z",
    ), gazetteer)
    assert "civilians-il" in ext.actors


@pytest.mark.parametrize(
    ("title", "body", "sub"),
    [
        ("M23 rebels enter Congo's Sake, about 25 km from Goma, residents say",
         "GOMA — M23 rebels entered the town of Sake on Thursday after heavy fighting with the "
         "army and its allies, residents said, as thousands fled towards Goma.",
         "Non-state actor overtakes territory"),
        ("Sudan's RSF says it has seized Bara",
         "KHARTOUM — Sudan's paramilitary Rapid Support Forces said on Saturday they had "
         "captured the town of Bara in North Kordofan, a crossroads that the army had seized "
         "from them six weeks earlier.", "Non-state actor overtakes territory"),
        ("Lubero : 70 corps découverts dans une église à Maiba",
         "BENI — Les corps de soixante-dix personnes ont été découverts dans une église "
         "protestante de Maiba, tuées par des rebelles des ADF, selon l'administrateur.",
         "Attack"),
    ],
)
def test_towns_entered_earlier_captures_and_protestant_churches(
    gazetteer: Gazetteer, title: str, body: str, sub: str
) -> None:
    assert extract(_article(title, body, "2025-10-26T10:00:00Z"), gazetteer).sub_event_type == sub


def test_what_an_attack_avenges_is_not_where_it_happened(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Curfew imposed in Juba after mobs attack Sudanese traders",
        "JUBA — South Sudan's police imposed a curfew in Juba on Friday after angry crowds "
        "attacked Sudanese nationals and looted their shops overnight in retaliation for the "
        "killing of South Sudanese citizens in Sudan's Gezira state.",
        "2025-01-17T10:00:00Z",
    ), gazetteer)
    assert ext.country == "SS"


def test_a_country_s_jets_do_not_place_the_strike(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "US jets strike Iranian-linked weapons sites in eastern Syria",
        "WASHINGTON — U.S. fighter jets struck two facilities in eastern Syria early Friday, "
        "the Pentagon said, in retaliation for drone and rocket attacks on American troops in "
        "Iraq and Syria.\n\nTwo F-16s hit a weapons storage facility near the town of Abu "
        "Kamal, on the Iraqi border.",
        "2023-10-27T07:55:00Z",
    ), gazetteer)
    assert ext.country == "SY"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Burkina Faso : une soixantaine de civils tués à Karma",
         "Une soixantaine de personnes ont été tuées jeudi à Karma, un village du Yatenga, a "
         "annoncé dimanche soir le procureur du tribunal de grande instance de Ouahigouya."),
        ("Death toll from Tripoli clashes rises to 55",
         "TRIPOLI — The death toll from fighting between two armed groups in the Libyan capital "
         "has risen to 55, the Emergency Medicine Centre said on Wednesday."),
    ],
)
def test_prosecutors_and_state_emergency_centres_confirm(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert extract(_article(title, body, "2023-04-23T20:00:00Z"), gazetteer).status == "confirmed"


def test_an_armed_group_that_retakes_a_town_is_no_government(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Soudan : les FSR revendiquent la prise de Bara",
        "PORT-SOUDAN — Les Forces de soutien rapide (FSR) ont annoncé samedi avoir repris la "
        "ville de Bara, dans l'État du Kordofan-Nord, dont l'armée les avait chassées en "
        "septembre.",
        "2025-10-26T16:05:00Z",
    ), gazetteer)
    assert ext.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("KRAMATORSK — Russia's defence ministry said on Sunday it had killed Ukrainian "
         "servicemen in a missile strike on two buildings in Kramatorsk as revenge for a deadly "
         "New Year's Day attack on its troops.", date(2023, 1, 8)),
        ("KYIV — Russian missiles slammed into the centre of Kyiv on Sunday morning, killing "
         "eight people.\n\nPresident Putin said Russia had carried out massive strikes in "
         "response to Friday's explosion on the Crimea bridge.", date(2023, 1, 8)),
        ("KYIV — Ukraine said the strikes responded to Friday's drone attack on its port. "
         "Russian missiles slammed into the centre of Kyiv on Sunday morning, killing eight "
         "people.", date(2023, 1, 8)),
        # (in the next paragraph, with the strike it answered told at length)
        ("KYIV — Russian missiles slammed into the centre of Kyiv on Sunday morning, killing "
         "eight people.\n\nMoscow said it had targeted military sites in response to Ukrainian "
         "strikes on its border regions, including one in Belgorod on Friday that killed one of "
         "its officers.", date(2023, 1, 8)),
        # an earlier event told in the French pluperfect
        ("KIEV — Huit personnes ont été tuées dimanche matin par des missiles russes dans le "
         "centre de Kiev.\n\nVendredi, des drones s'étaient abattus sur le port, tuant deux "
         "dockers.", date(2023, 1, 8)),
    ],
)
def test_the_day_of_what_an_attack_avenges_dates_nothing(
    gazetteer: Gazetteer, body: str, day: date
) -> None:
    ext = extract(_article("Missile strike kills eight", body, "2023-01-08T16:30:00Z"),
                  gazetteer)
    assert ext.incident_date == day
    assert ext.fatalities == 8


def test_where_an_attack_was_felt_or_what_it_answered_is_not_its_place(
    gazetteer: Gazetteer,
) -> None:
    ext = extract(_article(
        "Anger in Baghdad as toll from U.S. strikes on militia rises to 25",
        "BAGHDAD — The paramilitary force said 25 of its fighters were killed when U.S. jets "
        "struck its headquarters near al-Qaim, in western Anbar province, on Sunday.\n\nThe "
        "Pentagon said the raids were a response to a string of rocket attacks on Iraqi bases "
        "hosting U.S. troops, including Friday's barrage on the K1 base near Kirkuk.",
        "2019-12-30T16:30:00Z",
    ), gazetteer)
    assert ext.admin1 == "Al Anbar"


def test_a_state_s_own_name_for_a_group_in_quotes(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Pakistan : sept policiers tués dans l'attaque d'une école de police",
        "PESHAWAR — Sept policiers ont été tués vendredi soir lors de l'attaque d'une école de "
        "police près de Dera Ismail Khan, a indiqué la police.\n\nLes autorités ont attribué "
        "l'attaque aux « khawarij », terme officiel désignant les talibans pakistanais.",
        "2025-10-11T10:20:00Z",
    ), gazetteer)
    assert "ttp" in ext.actors


def test_truffle_hunters_killed_are_an_attack_on_civilians(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Syria state media: IS militants kill 53 truffle hunters",
        "DAMASCUS — Islamic State militants attacked people gathering desert truffles near "
        "al-Sukhnah on Friday.\n\nThe state news agency said the victims, 46 civilians and "
        "seven soldiers, were killed.",
        "2023-02-18T10:00:00Z",
    ), gazetteer)
    assert ext.event_type == "Violence against civilians"
    assert "civilians-sy" in ext.actors


def test_a_nil_toll_told_beside_another_time(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Russie : un terminal gazier en feu après une attaque de drones",
        "MOSCOU — Des drones ont frappé dimanche un terminal gazier près d'Oust-Louga, provoquant "
        "un incendie, a annoncé le gouverneur de la région de Léningrad.\n\n« Il n'y a pas de "
        "victimes », a précisé le responsable, indiquant que les employés avaient été évacués.",
        "2024-01-21T10:00:00Z",
    ), gazetteer)
    assert (ext.fatalities, ext.injured) == (0, 0)


@pytest.mark.parametrize(
    "sentence",
    ["Au moins 23 passagers ont été brûlés vifs lundi soir dans l'attaque d'un autocar.",
     "At least 23 passengers were burned alive when gunmen set the bus on fire."],
)
def test_people_burned_alive_are_dead(sentence: str) -> None:
    from bot.domain._numbers import casualties

    assert casualties([sentence], headline=0, victims_only=True).fatalities == 23


@pytest.mark.parametrize(("sentence", "victims_only", "dead"), [
    # one attacker killed, and another after him: an attack's toll counts no attacker ...
    ("One attacker blew himself up and a second was shot dead, the minister said.", True, None),
    ("Un assaillant a été abattu par les gardes, a indiqué la police.", True, None),
    # (... a battle's counts every side)
    ("One attacker blew himself up and a second was shot dead, the minister said.", False, 2),
])
def test_one_attacker_killed_is_no_victim(
    sentence: str, victims_only: bool, dead: int | None
) -> None:
    from bot.domain._numbers import casualties

    assert casualties([sentence], headline=0, victims_only=victims_only).fatalities == dead


@pytest.mark.parametrize("sentence", [
    "Cinq personnes ont été tuées selon l'armée, qui rejette le bilan de 90 morts avancé par "
    "les séparatistes.",
    "Five people were killed, the military said, and it dismissed the claim of 90 dead.",
])
def test_a_toll_one_side_rejects_is_not_the_toll(sentence: str) -> None:
    from bot.domain._numbers import casualties

    assert casualties([sentence], headline=0, victims_only=True).fatalities == 5


def test_unit_numbers_and_other_attacks_the_same_day() -> None:
    from bot.domain._numbers import casualties

    assert casualties([
        "Brigadier General Musa Uba, commander of the 25 Task Force Brigade, was killed in an "
        "ambush, and three soldiers also died.",
    ], headline=0, victims_only=True).fatalities != 25
    assert casualties([
        "Quarante-deux corps ont été retrouvés samedi dans le village.",
    ], headline=0, victims_only=True).fatalities == 42


def test_another_bombing_the_same_day_is_background(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Five killed as suicide bomber strikes mosque inside Doaba police station",
        "PESHAWAR — Five people were killed and 12 wounded when a suicide bomber blew himself "
        "up inside a mosque in Hangu district on Friday, police said.\n\nThe attack came on the "
        "same day as a far deadlier bombing of a procession in Mastung, where the death toll "
        "has risen to nearly 60.",
        "2023-09-30T05:30:00Z",
    ), gazetteer)
    assert ext.fatalities == 5


@pytest.mark.parametrize(
    ("title", "body", "army"),
    [
        ("M23 rebels seize Congo's Minova, cutting key supply route to Goma",
         "GOMA — M23 rebels seized the town of Minova in eastern Democratic Republic of Congo "
         "on Tuesday, residents said, sending thousands fleeing.",
         "military-forces-cd"),
        ("Birmanie : l'Armée d'Arakan s'empare de Paletwa",
         "L'Armée d'Arakan a annoncé lundi avoir pris le contrôle total de la ville de Paletwa, "
         "dans l'État Chin, après la chute du dernier camp de la junte.",
         "military-forces-mm"),
    ],
)
def test_ground_taken_by_a_group_is_taken_from_the_army(
    gazetteer: Gazetteer, title: str, body: str, army: str
) -> None:
    ext = extract(_article(title, body), gazetteer)
    assert ext.sub_event_type == "Non-state actor overtakes territory"
    assert army in ext.actors


@pytest.mark.parametrize(
    ("title", "body", "state", "named"),
    [
        ("Israeli tank fire wounds two UN peacekeepers at Naqura headquarters",
         "TYRE, Lebanon — Two peacekeepers were wounded on Thursday when a tank fired at a "
         "watchtower of the UN force's headquarters in Naqura, the mission said.",
         "military-forces-il", True),
        # gunmen who opened fire are no state's forces
        ("Two killed as Palestinian gunman opens fire in Tel Aviv",
         "TEL AVIV — A Palestinian gunman opened fire on people waiting at a bus stop on "
         "Tuesday, killing two, police said.", "military-forces-ps", False),
    ],
)
def test_a_state_named_by_its_arms(gazetteer: Gazetteer, title: str, body: str, state: str,
                                   named: bool) -> None:
    assert (state in extract(_article(title, body), gazetteer).actors) is named


def test_a_namesake_abroad_under_a_local_dateline(gazetteer: Gazetteer) -> None:
    # Pamplona (Spain, Colombia) under a Dumaguete dateline: a Philippine town the gazetteer
    # lacks, not the Spanish city
    ext = extract(_article(
        "Negros Oriental Gov. Degamo, 5 others killed in Pamplona attack",
        "DUMAGUETE CITY — Negros Oriental Governor Roel Degamo and at least five other people "
        "were killed on Saturday when gunmen stormed his residence in the town of Pamplona, "
        "police said.\n\nSeveral others were wounded and brought to hospitals in Dumaguete "
        "City.",
    ), gazetteer)
    assert ext.country == "PH"


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("Four UAE soldiers and Bahraini officer killed in attack at Mogadishu base", 5),
        ("The strike killed five Hamas members and a Qatari security officer, officials said.", 6),
        ("L'attaque a tué quatre soldats et un civil dans la nuit.", 5),
        # others in number are no one more
        ("The raid killed five fighters and a number of civilians.", 5),
        # plural nouns joined are not one more ("40 farmers and fishermen were killed")
        ("40 farmers and fishermen were killed in the raid.", 40),
        ("Douze enfants et adolescents ont été tués.", 12),
    ],
)
def test_one_more_of_another_kind(sentence: str, dead: int) -> None:
    assert casualties([sentence]).fatalities == dead


def test_the_pluperfect_of_reported_speech_tells_this_event(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Makiïvka : Moscou reconnaît la mort de soldats dans une frappe ukrainienne",
        "C'est l'une des plus lourdes pertes jamais reconnues par l'armée russe. Le ministère "
        "russe de la Défense a admis lundi que 63 militaires avaient été tués par une frappe "
        "ukrainienne sur un cantonnement à Makiïvka, dans la région de Donetsk.",
        published="2023-01-02T10:00:00Z",
    ), gazetteer)
    assert ext.fatalities == 63


def test_what_a_state_says_its_jets_struck_names_no_side(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Mali: army strike kills civilians at a market near Nampala",
        "BAMAKO — At least eight civilians were killed on Sunday when a drone struck a weekly "
        "market near Nampala, residents said. The army said its aircraft had struck a meeting "
        "of Wagner Group deserters and JNIM fighters.",
    ), gazetteer)
    assert "wagner" not in ext.actors


@pytest.mark.parametrize(
    ("sentence", "dead", "hurt"),
    [
        # a clock time is no count
        ("17:52 GMT - Priest killed in Derbent, local media say", 1, None),  # one priest
        ("À 6h30, douze personnes ont été tuées.", 12, None),
        # nor a year
        ("A car bomb exploded as fans watched the Euro 2024 final, killing at least five people "
         "and wounding 20, police said.", 5, 20),
        ("In 2024 militants killed 12 people in the district.", 12, None),
        ("2,000 people were killed.", 2000, None),
        # the toll of the wounded
        ("Three children among the dead; toll of wounded rises to 38.", 3, 38),
        ("Le bilan des blessés s'est alourdi à 40.", None, 40),
        # things counted after "de": "une centaine de véhicules"
        ("Le groupe affirme avoir détruit une centaine de véhicules.", None, None),
        # deaths told as a noun
        ("Moscou reconnaît la mort de 63 soldats dans une frappe.", 63, None),
        ("The army confirmed the deaths of 12 soldiers.", 12, None),
    ],
)
def test_figures_that_are_no_toll_and_tolls_told_otherwise(
    sentence: str, dead: int | None, hurt: int | None
) -> None:
    toll = casualties([sentence])
    assert (toll.fatalities, toll.injured) == (dead, hurt)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Timbuktu assault followed Sunday's raid on Boulkessi, which left more than 30 "
        "soldiers dead.",
        "Cette attaque fait suite à l'embuscade de Tessit, qui avait fait 30 morts.",
    ],
)
def test_the_attack_an_attack_followed_is_background(gazetteer: Gazetteer, sentence: str) -> None:
    ext = extract(_article(
        "Mali: army repels attack on Timbuktu camp",
        "BAMAKO — Jihadist fighters attacked the military camp at Timbuktu on Monday; the army "
        "said 14 assailants were killed. " + sentence,
    ), gazetteer)
    assert ext.fatalities == 14


@pytest.mark.parametrize(
    ("title", "body", "sub"),
    [
        # a gang names who fought, not whom: its victims decide
        ("Ecuador: 22 killed in gang clash in Guayaquil housing project, deadliest street "
         "massacre on record",
         "GUAYAQUIL — At least 22 people were killed on Thursday in a clash between rival "
         "factions of a criminal gang in Socio Vivienda, police said, in what local media called "
         "the deadliest massacre ever recorded on the country's streets.", "Armed clash"),
        ("Gang kills six officers in attack on Haitian police post",
         "PORT-AU-PRINCE — Gang members killed six police officers in an attack on a police "
         "sub-station in Liancourt, police said.", "Armed clash"),
        ("Haiti: gang kills 70 in attack on Pont-Sondé",
         "PORT-AU-PRINCE — Members of the Gran Grif gang killed at least 70 people, including "
         "women and children, in an attack on the town of Pont-Sondé on Thursday, the UN said.",
         "Attack"),
    ],
)
def test_a_gang_is_no_victim(gazetteer: Gazetteer, title: str, body: str, sub: str) -> None:
    assert extract(_article(title, body), gazetteer).sub_event_type == sub


@pytest.mark.parametrize(
    ("title", "body", "sub"),
    [
        ("Gunmen abduct 27 students, kill one at Kagara college in Niger State",
         "Gunmen in the early hours of Wednesday attacked the Government Science College, "
         "Kagara, in Niger State, killing one student and abducting 27 others, the state "
         "government has confirmed.", "Abduction/forced disappearance"),
        ("Nigeria : des hommes armés enlèvent 25 lycéennes dans l'État de Kebbi",
         "ABUJA — Des hommes armés ont pris d'assaut lundi un internat de jeunes filles dans "
         "l'État de Kebbi, enlevant 25 élèves et tuant un membre du personnel, selon la police.",
         "Abduction/forced disappearance"),
        # an attack told as such outweighs the few it took away
        ("Yagha : 24 morts dont un pasteur dans l'attaque d'une église protestante à Pansi",
         "DORI — Vingt-quatre personnes, dont un pasteur, ont été tuées dimanche lors de "
         "l'attaque d'une église protestante à Pansi, a annoncé le gouverneur. « Un groupe armé "
         "terroriste a attaqué la population », a-t-il dit. Dix-huit personnes ont été blessées "
         "et trois autres enlevées par les assaillants.", "Attack"),
    ],
)
def test_gunmen_who_take_people_away(gazetteer: Gazetteer, title: str, body: str,
                                     sub: str) -> None:
    assert extract(_article(title, body), gazetteer).sub_event_type == sub


@pytest.mark.parametrize(
    ("summary", "sub"),
    [
        ("Borno police say the device was detonated by a bomber inside the mosque; the identity "
         "of the bomber has not been established.", "Suicide bomb"),
        ("Police are hunting the bomber, who planted the device and fled on a motorcycle.",
         "Remote explosive/landmine/IED"),
    ],
)
def test_a_bomber_who_set_it_off(gazetteer: Gazetteer, summary: str, sub: str) -> None:
    ext = extract(_article(
        "Police confirm five killed, 35 hurt in Christmas Eve mosque bombing in Maiduguri",
        "MAIDUGURI — Five worshippers were killed and 35 injured in an explosion inside a mosque "
        "near Gamboru market on Christmas Eve, police said.",
        summary=summary,
    ), gazetteer)
    assert ext.sub_event_type == sub


@pytest.mark.parametrize(
    ("title", "body", "incident"),
    [
        ("Wedding hall fire kills more than 100 in Iraq's Hamdaniya",
         "QARAQOSH — More than 100 people were killed and at least 150 injured when a fire tore "
         "through a packed wedding hall, officials said.", False),
        ("Nigeria : au moins 140 morts dans l'explosion d'un camion-citerne",
         "ABUJA — Au moins 140 personnes ont été tuées dans l'explosion d'un camion-citerne "
         "renversé dans l'État de Jigawa, a annoncé la police.", False),
        ("Death toll from Guinea fuel depot explosion rises to 18",
         "CONAKRY — The death toll from an explosion at the main fuel depot in Conakry rose to 18 "
         "on Tuesday, the government said.", False),
        # a weapon named makes it an attack
        ("Syrie : un camion-citerne piégé fait au moins 46 morts sur un marché d'Afrine",
         "AFRINE — L'explosion d'un camion-citerne piégé a tué au moins 46 personnes sur un "
         "marché d'Afrine, a annoncé une ONG.", True),
        ("Fuel depot ablaze after Ukrainian drone strike in Bryansk",
         "A fuel depot explosion followed a drone strike on the town of Klintsy overnight, "
         "killing two people, the governor said.", True),
        ("Stampede at Mecca pilgrimage kills dozens",
         "MINA — At least 40 pilgrims were killed and dozens injured in a stampede on Thursday, "
         "officials said.", False),
        ("Iran : une bousculade aux funérailles d'un général fait 56 morts à Kerman",
         "Au moins 56 personnes ont été tuées et 210 blessées mardi dans une bousculade à Kerman, "
         "a annoncé la télévision d'État.", False),
        ("Port blast: tonnes of ammonium nitrate stored for years, minister says",
         "More than 100 people were killed and 4,000 injured when a huge explosion tore through "
         "the port on Tuesday.", False),
        # a warplane lost in training on a town
        ("Death toll rises to 13 after Russian warplane crashes into apartment block in Yeysk",
         "At least 13 people were killed when a Russian Su-34 fighter-bomber crashed into a "
         "nine-storey apartment building in Yeysk on Monday evening, emergency officials said. "
         "The defence ministry said an engine caught fire during a training flight.", False),
        # the war's age is no look back
        ("Turkish-backed rebels seize Jarablus from Islamic State as Turkish tanks roll into "
         "Syria",
         "Syrian rebels backed by Turkish tanks and warplanes seized the border town of "
         "Jarablus from Islamic State militants on Wednesday, in Turkey's biggest military push "
         "into Syria since the start of the war more than five years ago.", True),
        # a surrender refused is no surrender
        ("Ukraine says all 13 defenders of Snake Island killed after refusing to surrender",
         "KYIV — All 13 Ukrainian border guards defending Snake Island in the Black Sea were "
         "killed on Thursday after refusing a Russian warship's demand to surrender, President "
         "Volodymyr Zelensky said.", True),
        # a fight after an accident is a fight
        ("Two killed in clash after militia truck overturns in mountain town",
         "Two people were killed on Wednesday in clashes between members of Hezbollah and "
         "residents of Kahaleh, east of Beirut, after a truck belonging to the group overturned "
         "on the main road, security sources said.", True),
    ],
)
def test_deaths_by_accident(gazetteer: Gazetteer, title: str, body: str, incident: bool) -> None:
    assert extract(_article(title, body), gazetteer).is_incident is incident


def test_first_names_that_are_towns(gazetteer: Gazetteer) -> None:
    # "Ismaïl" (Izmail, Ukraine) and "Rami" (Rama, Israel) are the journalists' first names
    ext = extract(_article(
        "Gaza : deux journalistes d'Al Jazeera tués dans une frappe sur leur voiture",
        "Le journaliste d'Al Jazeera Ismaïl al-Ghoul et son caméraman Rami al-Rifi ont été "
        "tués mercredi dans une frappe israélienne qui a visé leur véhicule à l'ouest de la "
        "ville de Gaza, a annoncé la chaîne.\n\nIsmaïl al-Ghoul couvrait les réactions à "
        "l'assassinat du chef du Hamas. Rami al-Rifi filmait. L'armée israélienne n'a pas "
        "réagi.",
        published="2024-07-31T17:50:00Z",
        summary="Le correspondant Ismaïl al-Ghoul et le caméraman Rami al-Rifi ont été tués "
        "dans le camp d'Al-Chati, selon la chaîne qatarie.",
    ), gazetteer)
    assert ext.country == "PS"


@pytest.mark.parametrize(
    ("title", "body", "civilians"),
    [
        ("Kharkiv : le bilan de la frappe contre l'administration régionale s'alourdit à 24 morts",
         "Le bilan de la frappe russe qui a détruit mardi le siège de l'administration "
         "régionale de Kharkiv est passé à 24 morts et 112 blessés, ont annoncé mercredi les "
         "services de secours ukrainiens.", True),
        # a strike on a group's men or on foreign officers is none on civilians
        ("Israeli strike in Damascus kills two Revolutionary Guards officers",
         "DAMASCUS — An Israeli strike on a building in Damascus killed two officers of Iran's "
         "Revolutionary Guards on Monday, Iranian media said.", False),
    ],
)
def test_a_state_strike_that_counts_dead(gazetteer: Gazetteer, title: str, body: str,
                                         civilians: bool) -> None:
    ext = extract(_article(title, body, published="2022-03-02T10:05:00Z"), gazetteer)
    assert any(a.startswith("civilians-") for a in ext.actors) is civilians


@pytest.mark.parametrize(
    ("title", "body", "army"),
    [
        ("Air strikes on market in Syria's Idlib kill at least 31: monitor",
         "Air strikes on a busy market in the rebel-held town of Maarat al-Numan killed at least "
         "31 civilians on Monday, a war monitor said. The monitor said regime aircraft carried "
         "out the raids.", "military-forces-sy"),
        # the regime's, beside another state's
        ("Air strikes on Idlib city kill eight, including children, rescuers say",
         "BEIRUT — Warplanes struck a residential neighbourhood of Idlib city on Monday, killing "
         "eight people. The raids were carried out by Russian and regime warplanes, rescuers "
         "said.", "military-forces-sy"),
        ("Myanmar: at least 20 killed as paraglider bombs gathering in Sagaing",
         "At least 20 people were killed on Monday night when a paramotor dropped bombs on a "
         "crowd in Chaung-U township, Sagaing region, a local official said.",
         "military-forces-mm"),
        ("Birmanie : l'aviation bombarde un village de l'État Shan",
         "BANGKOK — Le bilan du bombardement aérien qui a frappé vendredi un village du canton de "
         "Naungcho, dans l'État Shan, s'est alourdi à sept morts, selon des habitants.",
         "military-forces-mm"),
    ],
)
def test_who_flies_in_a_civil_war(gazetteer: Gazetteer, title: str, body: str,
                                  army: str) -> None:
    assert army in extract(_article(title, body), gazetteer).actors


@pytest.mark.parametrize(
    ("title", "body", "state", "named"),
    [
        ("Syrie : onze morts dans une frappe attribuée à Israël contre le consulat iranien",
         "Onze personnes ont été tuées lundi dans la frappe attribuée à Israël qui a rasé "
         "l'annexe consulaire de l'ambassade d'Iran à Damas, selon une ONG.",
         "military-forces-il", True),
        # the country that owns the group is no culprit of its own
        ("Drone strike on El Fasher shelter kills at least 57, medics say",
         "PORT SUDAN — A drone attack blamed on Sudan's paramilitary Rapid Support Forces "
         "killed at least 57 people sheltering in El Fasher on Friday night, medics said.",
         "military-forces-sd", False),
    ],
)
def test_a_state_the_attack_is_put_down_to(gazetteer: Gazetteer, title: str, body: str,
                                           state: str, named: bool) -> None:
    assert (state in extract(_article(title, body), gazetteer).actors) is named


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("l'attaque menée la veille par les islamistes contre le camp", date(2025, 12, 7)),
        # the eve of something else, or the day after another event, is no date of this one
        ("à la veille de l'élection présidentielle", None),
    ],
)
def test_the_day_before(text: str, day: date | None) -> None:
    assert [when for _, when in date_mentions(text, _MONDAY)] == ([day] if day else [])


@pytest.mark.parametrize(
    ("title", "body", "group", "side"),
    [
        # the group that governs speaks through its officials: a source, not a side
        ("Suicide bomber kills six outside ministry in Kabul",
         "KABUL — A suicide bomber killed six civilians near a ministry in central Kabul on "
         "Monday, Taliban officials said. The Islamic State claimed the attack.",
         "taliban", False),
        ("Afghanistan : un attentat-suicide fait six morts à Kaboul",
         "Un kamikaze a tué six civils lundi près d'un ministère à Kaboul, selon un responsable "
         "taliban. Le groupe Etat islamique a revendiqué l'attentat.",
         "taliban", False),
        # an official who denies speaks for the accused
        ("Air strike on Tajoura migrant centre kills 40",
         "TRIPOLI — An air strike hit a migrant detention centre in Tajoura on Tuesday night, "
         "killing at least 40 people.\n\nThe government blamed the LNA of Khalifa Haftar, "
         "which has been trying to capture Tripoli since April. An LNA official denied it had "
         "targeted the centre, saying its aircraft had struck a militia position and accusing "
         "government forces of shelling the site.",
         "lna", True),
    ],
)
def test_a_group_that_speaks_through_its_officials(gazetteer: Gazetteer, title: str, body: str,
                                                   group: str, side: bool) -> None:
    assert (group in extract(_article(title, body), gazetteer).actors) is side


@pytest.mark.parametrize(
    ("title", "body", "incident"),
    [
        # killing told by its manner or its weapon
        ("Mozambique : plus de 50 personnes décapitées par des jihadistes",
         "Des insurgés islamistes ont décapité plus de cinquante personnes dans un village du "
         "Cabo Delgado, ont rapporté lundi les médias d'État.", True),
        ("Insurgents behead dozens on Mozambique football pitch",
         "Islamist insurgents beheaded more than 50 people in a village in Cabo Delgado, state "
         "media said on Monday.", True),
        ("Soudan : au moins 35 morts à Khartoum, les militaires suspendent l'accord",
         "KHARTOUM — Le bilan de la dispersion sanglante du sit-in s'est alourdi à 35 morts, au "
         "lendemain de l'assaut des paramilitaires, qui ont tiré à balles réelles.", True),
        # a festival attacked is where it happened; a film about a war is no news of one
        ("Israël : au moins 260 corps retrouvés sur le site de la rave-party près de Réim",
         "Les secouristes ont retrouvé 260 corps sur le site et aux abords du festival, où des "
         "hommes armés ont ouvert le feu sur les jeunes.", True),
        # bodies found are news of a killing
        ("Birmanie : 22 corps découverts dans un monastère de l'État Shan",
         "Vingt-deux corps ont été découverts samedi dans le monastère d'un village de l'État "
         "de Shan, après le passage de l'armée, a indiqué un médecin.", True),
        # a year after is an anniversary
        ("One year after the Palma attack, Mozambicans return to a town without its gas project",
         "PEMBA — A year ago today, hundreds of fighters swept into Palma, killing dozens. "
         "Residents are trickling back.", False),
        ("Un an après l'attentat du marché, les familles de Gao réclament justice",
         "Les familles des victimes ont défilé dimanche à Gao, un an après l'attentat qui avait "
         "tué 20 personnes.", False),
        ("Le nouveau film de Mstyslav Tchernov acclamé à Sundance",
         "Le documentariste ukrainien a présenté ce week-end au festival de Sundance son film sur "
         "l'assaut d'un village par une brigade ukrainienne.", False),
    ],
)
def test_killing_told_by_its_manner(gazetteer: Gazetteer, title: str, body: str,
                                    incident: bool) -> None:
    assert extract(_article(title, body), gazetteer).is_incident is incident


@pytest.mark.parametrize(
    ("title", "body", "place"),
    [
        # a name that owns the place is no village; a village name with a common word is one
        ("Villagers found shot dead at monastery in Shan state",
         "At least 22 people were found shot dead at a monastery in a village in Myanmar's "
         "southern Shan state, a doctor said.", "Shan"),
        ("Birmanie : 22 corps découverts dans un monastère de l'État Shan",
         "Vingt-deux corps ont été découverts samedi dans le monastère du village de Nan Neint, "
         "dans l'État de Shan, en Birmanie, a indiqué un médecin.", "Nan Neint"),
    ],
)
def test_village_names_in_a_province(gazetteer: Gazetteer, title: str, body: str,
                                     place: str) -> None:
    assert extract(_article(title, body), gazetteer).place == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # the sea that tells of the town is not where it happened
        ("Eight people were killed when Russian missiles struck a residential building in the "
         "Black Sea port city of Odesa on Saturday, officials said.", "Odesa"),
        ("Huit personnes ont été tuées samedi par des missiles russes à Odessa, sur la mer "
         "Noire, selon les autorités.", "Odesa"),
        ("Un missile balistique russe s'est abattu vendredi soir sur le centre historique "
         "d'Odessa, le grand port ukrainien de la mer Noire, blessant sept personnes.", "Odesa"),
        ("A missile hit the centre of Odesa, a port city on the Black Sea, wounding seven "
         "people on Friday, the governor said.", "Odesa"),
        # a ship hit at sea
        ("A Houthi missile hit a merchant ship in the Red Sea off Hodeidah on Monday, killing "
         "three crew.", "Red Sea off Hodeidah"),
    ],
)
def test_the_sea_that_tells_of_the_town(gazetteer: Gazetteer, body: str, place: str) -> None:
    assert extract(_article("Missile strike kills", body), gazetteer).place == place


@pytest.mark.parametrize(
    ("title", "body", "admin1"),
    [
        # a capital standing for those who rule from it is not where it happened
        ("Idleb : 33 soldats turcs tués dans une frappe aérienne, Ankara riposte",
         "ISTANBUL — Trente-trois militaires turcs ont été tués jeudi soir dans une frappe "
         "aérienne attribuée par Ankara au régime de Damas dans la province d'Idleb, dans le "
         "nord-ouest de la Syrie, selon le gouverneur du Hatay.", "Idleb"),
        ("Syria: 33 Turkish soldiers killed in Idlib air strike as Ankara hits back",
         "Thirty-three Turkish soldiers were killed on Thursday in an air strike blamed on the "
         "Damascus government in Idlib province, the governor of Hatay said.", "Idleb"),
    ],
)
def test_a_capital_standing_for_its_rulers(gazetteer: Gazetteer, title: str, body: str,
                                           admin1: str) -> None:
    ext = extract(_article(title, body), gazetteer)
    assert (ext.country, ext.place_id and gazetteer.place(ext.place_id).admin1) == ("SY", admin1)


def test_a_capital_that_leads_a_coalition_is_not_where_it_happened(
    gazetteer: Gazetteer
) -> None:
    ext = extract(_article(
        "Un missile des rebelles houthis frappe l'aéroport d'Abha",
        "Vingt-six civils ont été blessés mercredi par un projectile tiré par les rebelles "
        "houthis sur l'aéroport d'Abha, a annoncé la coalition militaire dirigée par Riyad.",
        summary="Vingt-six civils ont été blessés, selon la coalition dirigée par Riyad."),
        gazetteer)
    assert ext.country == "SA" and ext.place != "Riyadh"


@pytest.mark.parametrize(
    ("title", "body", "event"),
    [
        # one man of the forces hit, or the forces by their other names: a fight
        ("CRPF jawan, civilian killed as militants attack patrol in Sopore",
         "A CRPF head constable and a civilian were killed and three other jawans injured when "
         "militants attacked a patrol in Sopore on Wednesday, police said.", "Battles"),
        ("Donbass : un soldat ukrainien tué dans une offensive séparatiste",
         "Un soldat ukrainien a été tué et quatre autres blessés mardi lors d'une attaque des "
         "séparatistes prorusses près de Zolote, selon l'armée ukrainienne.", "Battles"),
        # the forces who fire are not its targets
        ("13 civilians killed in Nagaland firing",
         "At least 13 civilians were killed in Mon district after security forces opened fire "
         "on a van carrying coal miners, police said.", "Violence against civilians"),
    ],
)
def test_the_forces_hit_make_a_battle(gazetteer: Gazetteer, title: str, body: str,
                                      event: str) -> None:
    assert extract(_article(title, body), gazetteer).event_type == event


@pytest.mark.parametrize(
    ("title", "body", "mission"),
    [
        ("UN peacekeepers attacked in northern Mali, one killed",
         "GAO — Gunmen attacked a convoy of UN peacekeepers near Tessalit on Sunday, killing one "
         "and wounding four, the UN said.", "minusma"),
        ("Centrafrique : un casque bleu tué dans une embuscade près de Bangassou",
         "Un casque bleu de l'ONU a été tué lundi dans une embuscade tendue par des rebelles près "
         "de Bangassou, a annoncé la mission des Nations unies.", "minusca"),
    ],
)
def test_the_un_acts_through_its_mission(gazetteer: Gazetteer, title: str, body: str,
                                         mission: str) -> None:
    actors = extract(_article(title, body), gazetteer).actors
    assert mission in actors and "united-nations" not in actors


def test_from_a_place_is_not_since_a_time(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Sokolo : 20 gendarmes tués dans l'attaque de leur camp",
        "BAMAKO — Vingt gendarmes maliens ont été tués dimanche à l'aube dans une attaque contre "
        "leur camp de Sokolo, a annoncé l'état-major.\n\nLes assaillants, arrivés à moto, ont "
        "incendié une partie du camp avant de se replier, selon le communiqué, qui fait état de "
        "renforts dépêchés depuis Diabaly.",
    ), gazetteer)
    assert "unidentified-armed-group-ml" in ext.actors


@pytest.mark.parametrize(
    ("title", "body", "forces", "side"),
    [
        # one soldier, army officers: the country's forces were hit
        ("Suicide bomber kills 16 at Galkayo stadium",
         "GALKAYO — A suicide bomber blew himself up among a crowd at a stadium on Friday, "
         "killing 16 people, police said. Senior army officers were among the dead.",
         "military-forces-so", True),
        # a peace mission's soldier is its own
        ("Irish peacekeeper killed in south Lebanon",
         "An Irish soldier serving with UNIFIL was killed and another wounded when their convoy "
         "came under fire near Al-Aqbiyah on Wednesday, the mission said.",
         "military-forces-lb", False),
    ],
)
def test_soldiers_hit_and_whose_they_are(gazetteer: Gazetteer, title: str, body: str,
                                         forces: str, side: bool) -> None:
    assert (forces in extract(_article(title, body), gazetteer).actors) is side


@pytest.mark.parametrize(
    ("sentences", "dead", "hurt"),
    [
        # dead and wounded counted together are neither toll
        (["L'explosion a fait sept morts et vingt blessés selon la police.",
          "Le groupe avance un bilan de trente morts et blessés, invérifiable."], 7, 20),
        (["The group claimed 30 dead and wounded."], None, None),
        (["The blast killed or wounded 40 people."], None, None),
        # a verb with its own count is no such sum
        (["The attack left 12 dead and wounded dozens."], 12, None),
        # one person killed, told by a headline's participle
        (["Cisjordanie : la journaliste d'Al Jazeera Shireen Abu Akleh tuée à Jénine"], 1,
         None),
        (["Un soldat tué dans une embuscade près de Kidal"], 1, None),
        (["Les soldats tués dans l'embuscade ont été inhumés"], None, None),
        # one person and N others
        (["Un maire et au moins 17 autres personnes ont été tuées par balle."], 18, None),
        (["Gunmen killed the mayor and 17 other people."], 18, None),
    ],
)
def test_dead_and_wounded_counted_together(sentences: list[str], dead: int | None,
                                           hurt: int | None) -> None:
    toll = casualties(sentences, victims_only=True)
    assert (toll.fatalities, toll.injured) == (dead, hurt)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a protest put down by force
        ("Soudan : au moins 35 morts dans la dispersion du sit-in de Khartoum",
         "KHARTOUM — Le bilan de la dispersion sanglante du sit-in s'est alourdi à 35 morts, a "
         "annoncé mardi le comité des médecins."),
        ("Troops storm Khartoum protest camp, at least 30 killed",
         "KHARTOUM — Security forces stormed the main protest camp outside the Defence "
         "Ministry on Monday, killing at least 30 people, doctors said."),
    ],
)
def test_a_protest_put_down(gazetteer: Gazetteer, title: str, body: str) -> None:
    ext = extract(_article(title, body), gazetteer)
    assert (ext.event_type, ext.sub_event_type) == ("Protests",
                                                    "Excessive force against protesters")


def test_a_helicopter_hit_is_the_target(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Duque's helicopter hit by gunfire as it lands in Cúcuta",
        "CÚCUTA — The helicopter carrying Colombian President Iván Duque was struck by several "
        "bullets on Friday as it landed in Cúcuta; no one was hurt, the presidency said.\n\n"
        "\"This is a cowardly attack,\" Duque said.",
    ), gazetteer)
    assert ext.sub_event_type != "Air/drone strike"


def test_an_event_of_another_year_is_background(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Islamic State claims Congo jailbreak that freed 1,300 inmates",
        "GOMA — Islamic State claimed an attack on the Kangbayi prison in Beni that freed more "
        "than 1,300 inmates, the group's Amaq agency said.\n\nThe army said three people were "
        "killed.\n\nKangbayi was also emptied in a 2017 jailbreak attributed to Mai-Mai militia.",
    ), gazetteer)
    assert "wazalendo" not in ext.actors


def test_the_army_has_retaken(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Sudan's army says it has retaken presidential palace in Khartoum from RSF",
        "KHARTOUM — Sudan's army said on Friday it had taken full control of the Republican "
        "Palace in central Khartoum, which the RSF overran at the start of the war.",
    ), gazetteer)
    assert ext.sub_event_type == "Government regains territory"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a leaning is no side
        ("Two journalists killed in Israeli strike in southern Lebanon",
         "BEIRUT — Two journalists with the pro-Hezbollah broadcaster Al Mayadeen were killed "
         "in an Israeli strike near the border village of Tayr Harfa on Tuesday, the national "
         "news agency said."),
        ("Liban : deux journalistes tués par une frappe israélienne",
         "Deux journalistes d'Al Mayadeen, une chaîne proche du Hezbollah, ont été tués mardi "
         "par une frappe israélienne près de Tayr Harfa, selon l'agence nationale."),
    ],
)
def test_a_leaning_is_no_side(gazetteer: Gazetteer, title: str, body: str) -> None:
    assert "hezbollah" not in extract(_article(title, body), gazetteer).actors


def test_foreign_troops_caught_there_own_no_ground(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Sudan's RSF says it has seized Merowe airport; video shows captured Egyptian troops",
        "KHARTOUM — Sudan's paramilitary Rapid Support Forces said on Saturday they had seized "
        "the airport of Merowe, and a video showed Egyptian troops captured there.",
    ), gazetteer)
    assert "military-forces-sd" in ext.actors


@pytest.mark.parametrize(
    ("title", "body", "forces"),
    [
        ("Guerre en Ukraine : 35 morts dans des frappes russes sur une base militaire à Yavoriv",
         "Trente-cinq personnes ont été tuées dimanche dans des frappes russes sur une base "
         "militaire à Yavoriv, près de la frontière polonaise, a annoncé le gouverneur.",
         "military-forces-ua"),
        ("Afghanistan : au moins 19 morts dans une attaque contre l'hôpital militaire de Kaboul",
         "Au moins 19 personnes ont été tuées mardi dans une attaque contre le principal hôpital "
         "militaire de Kaboul, a annoncé un porte-parole.", "military-forces-af"),
    ],
)
def test_an_attack_on_a_military_site_hits_the_army(gazetteer: Gazetteer, title: str,
                                                    body: str, forces: str) -> None:
    assert forces in extract(_article(title, body), gazetteer).actors


@pytest.mark.parametrize(
    ("title", "body", "civilians"),
    [
        # people who are no fighters among a blast's dead, while two armed sides are named
        ("Golan : douze jeunes tués par une roquette, le Hezbollah dément",
         "JÉRUSALEM — Douze enfants et adolescents ont été tués samedi par une roquette tombée "
         "sur un terrain de football à Majdal Shams. L'armée israélienne a accusé le Hezbollah, "
         "qui a démenti toute responsabilité.", "civilians-sy"),
        ("Shelling of displacement camps near Goma kills 12, Congo says",
         "KINSHASA — At least 12 displaced people, mostly women and children, were killed on "
         "Friday when bombs hit two camps on the outskirts of Goma. The government blamed "
         "Rwandan troops and M23 rebels; M23 denied it.", "civilians-cd"),
    ],
)
def test_people_who_are_no_fighters_among_the_dead(gazetteer: Gazetteer, title: str,
                                                   body: str, civilians: str) -> None:
    assert civilians in extract(_article(title, body), gazetteer).actors


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a noun's complement is no victim: the minister for refugees, a refugee camp
        ("Afghanistan : l'État islamique revendique l'attentat qui a tué le ministre taliban",
         "Le ministre des réfugiés a été tué mercredi avec cinq autres personnes dans "
         "l'explosion d'un kamikaze au sein même de son ministère, à Kaboul. Le groupe État "
         "islamique a revendiqué l'attentat."),
        ("Jénine : l'armée israélienne se retire après deux jours de frappes",
         "L'offensive lancée lundi sur le camp de réfugiés a fait douze morts parmi les "
         "combattants palestiniens, selon l'armée israélienne, qui a mené des frappes de drone."),
    ],
)
def test_a_word_for_civilians_that_names_no_victim(gazetteer: Gazetteer, title: str,
                                                   body: str) -> None:
    assert not any(a.startswith("civilians-") for a in extract(_article(title, body),
                                                               gazetteer).actors)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a district of the province named like a town elsewhere is not that town
        ("Two Assam Rifles jawans killed as gunmen ambush truck in Manipur",
         "IMPHAL — Two Assam Rifles personnel were killed on Friday when gunmen ambushed an army "
         "truck in Manipur's Bishnupur district, officials said."),
        ("Inde : deux soldats tués dans une embuscade au Manipur",
         "Deux soldats des Assam Rifles ont été tués vendredi dans une embuscade dans le "
         "district de Bishnupur, au Manipur, selon des responsables."),
    ],
)
def test_a_district_named_like_a_town_elsewhere(gazetteer: Gazetteer, title: str,
                                                body: str) -> None:
    assert extract(_article(title, body), gazetteer).admin1 == "Manipur"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # displaced people abducted are the victims, not news of displacement
        ("Nigeria : plus de 200 déplacés, surtout des femmes, enlevés près de Gamboru-Ngala",
         "Plus de deux cents personnes déplacées ont été enlevées fin février par des hommes "
         "armés dans l'État de Borno, a annoncé vendredi le coordinateur humanitaire de l'ONU."),
        ("Gunmen abduct dozens of displaced women collecting firewood in Borno",
         "MAIDUGURI — Gunmen abducted dozens of displaced women who had left their camp to "
         "collect firewood near Gamboru on Thursday, residents said."),
        # the party in power is no court ruling
        ("Mexican mayoral candidate shot dead at campaign event in Celaya",
         "MEXICO CITY — A mayoral candidate for Mexico's ruling Morena party was shot and killed "
         "on Monday during an event on the outskirts of Celaya, authorities said."),
    ],
)
def test_victims_named_by_their_plight_or_party(gazetteer: Gazetteer, title: str,
                                                body: str) -> None:
    assert extract(_article(title, body), gazetteer).is_incident


@pytest.mark.parametrize(
    ("sentences", "dead"),
    [
        # one person by the role the news names them by
        (["Mexican mayoral candidate shot dead at campaign event in Celaya"], 1),
        (["Israeli strike in central Beirut kills Hezbollah spokesman Mohammad Afif"], 1),
        (["A mayoral candidate was shot and killed on Monday in Celaya."], 1),
        # (a role's plural, a role who did the killing)
        (["Hezbollah commanders killed in strike on Beirut suburb"], None),
        (["Village chief killed by gunmen, say residents; 12 others dead"], 12),
    ],
)
def test_one_person_by_role(sentences: list[str], dead: int | None) -> None:
    assert casualties(sentences, headline=1).fatalities == dead


@pytest.mark.parametrize(
    ("title", "body", "incident"),
    [
        # a boat that sinks is an accident
        ("Nearly 100 dead as overcrowded ferry sinks in Tigris near Mosul",
         "MOSUL — An overcrowded ferry capsized in the Tigris river near Mosul on Thursday, "
         "killing nearly 100 people, most of them women and children, officials said.", False),
        ("Niger : au moins 30 morts dans le naufrage d'une pirogue sur le fleuve",
         "Au moins trente personnes sont mortes dans le naufrage d'une pirogue surchargée qui a "
         "chaviré sur le fleuve Niger, a annoncé le gouverneur.", False),
        # one sunk by an attack is no accident
        ("Cargo ship sinks after Houthi missile attack in Red Sea, crew member killed",
         "DUBAI — A bulk carrier hit by a Houthi missile attack last week sank in the Red Sea "
         "on Saturday, killing one crew member, the US military said.", True),
    ],
)
def test_a_boat_that_sinks(gazetteer: Gazetteer, title: str, body: str,
                           incident: bool) -> None:
    assert extract(_article(title, body), gazetteer).is_incident is incident


@pytest.mark.parametrize(
    ("sentence", "dead", "hurt"),
    [
        # one person killed with N others makes N + 1
        ("Colombie : une candidate à la mairie de Suárez assassinée avec cinq autres personnes",
         6, None),
        ("Le maire a été abattu dimanche avec trois autres personnes.", 4, None),
        # (others who were hurt, not killed)
        ("Le chef a été tué avec deux autres blessés.", 1, 2),
    ],
)
def test_one_killed_with_others(sentence: str, dead: int | None, hurt: int | None) -> None:
    toll = casualties([sentence])
    assert (toll.fatalities, toll.injured) == (dead, hurt)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a man shot dead who was the voice of a protest movement: the killing is the event
        ("Éthiopie : le chanteur oromo Hachalu Hundessa abattu à Addis-Abeba",
         "ADDIS-ABEBA — Le chanteur Hachalu Hundessa, voix emblématique du mouvement de "
         "protestation oromo, a été tué par balle lundi soir à Addis-Abeba, a annoncé la "
         "police. Sa mort a déclenché des manifestations."),
        ("Ethiopian singer Hachalu Hundessa gunned down in Addis Ababa",
         "ADDIS ABABA — Hachalu Hundessa, a singer who was the voice of the Oromo protest "
         "movement, was shot and killed on Monday night in Addis Ababa, police said."),
    ],
)
def test_a_killing_of_a_protest_movements_voice(gazetteer: Gazetteer, title: str,
                                                body: str) -> None:
    ext = extract(_article(title, body), gazetteer)
    assert (ext.event_type, ext.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    ("title", "body", "sub_event"),
    [
        # a siege broken, a town's recapture: ground regained
        ("Sudan's army says it has broken RSF siege of its Khartoum headquarters",
         "KHARTOUM — Sudan's army said on Friday its troops had broken the siege imposed by the "
         "Rapid Support Forces on its General Command in central Khartoum.",
         "Government regains territory"),
        # (the besiegers and the siege's length told between)
        ("Syrian army breaks Islamic State's three-year siege of Deir ez-Zor",
         "Syrian government forces broke through to the besieged enclave in Deir ez-Zor on "
         "Tuesday, state media said.", "Government regains territory"),
        ("Junta claims recapture of Kyaukme from TNLA",
         "The Myanmar military said on Monday it had taken back the northern Shan town of "
         "Kyaukme from the Ta'ang National Liberation Army.", "Government regains territory"),
        # an air attack is a strike from the air
        ("Ukraine : le siège du gouvernement touché à Kiev lors d'une vaste attaque aérienne",
         "Le bâtiment du Conseil des ministres a été touché dimanche à Kiev lors de la plus "
         "vaste attaque aérienne russe depuis le début de la guerre, selon les autorités.",
         "Air/drone strike"),
    ],
)
def test_a_siege_broken_and_an_air_attack(gazetteer: Gazetteer, title: str, body: str,
                                          sub_event: str) -> None:
    assert extract(_article(title, body), gazetteer).sub_event_type == sub_event


@pytest.mark.parametrize(
    ("title", "body", "event"),
    [
        # armed men among the dead make it a fight
        ("Pétion-Ville repousse une incursion de gangs : au moins 28 présumés bandits abattus",
         "Au moins 28 présumés membres de gangs ont été tués mardi aux premières heures à "
         "Pétion-Ville, selon la police. Les assaillants ont été pourchassés par des riverains "
         "armés de machettes.", "Battles"),
        # (the armed men who killed are not the dead)
        ("Benue: 46 killed as gunmen attack mourners in Otukpo community",
         "MAKURDI — Gunmen killed 46 people at a funeral in Otukpo on Friday, police said.",
         "Violence against civilians"),
        ("Boko Haram kills 30 stranded motorists in northeast Nigeria",
         "MAIDUGURI — Boko Haram militants killed 30 people and burned vehicles in Auno, the "
         "army and the Borno governor said.", "Violence against civilians"),
    ],
)
def test_armed_men_among_the_dead(gazetteer: Gazetteer, title: str, body: str,
                                  event: str) -> None:
    assert extract(_article(title, body), gazetteer).event_type == event


@pytest.mark.parametrize(
    ("title", "body", "group"),
    [
        # the unnamed attackers of the lead, named a paragraph later
        ("Insurgents storm Monguno, at least 12 soldiers killed",
         "MAIDUGURI — At least 12 soldiers were killed on Saturday when jihadist fighters "
         "stormed Monguno, security sources said.\n\nThe insurgents, believed to be from the "
         "Islamic State West Africa Province, entered the town from several directions.",
         "iswap"),
        ("Thaïlande : deux rangers tués dans une embuscade à Sungai Kolok",
         "Deux rangers ont été tués mardi dans une embuscade tendue par des hommes armés près "
         "de Sungai Kolok, selon l'armée.\n\nL'attaque n'a pas été revendiquée, mais les "
         "autorités soupçonnent le Barisan Revolusi Nasional (BRN).", "brn"),
        ("Two policemen killed as gunmen open fire in Sopore",
         "SRINAGAR — Two policemen were killed on Monday when gunmen opened fire on a police "
         "party in Sopore, police said.\n\nA police officer told reporters that Lashkar-e-Taiba "
         "militants were behind the attack.", "lashkar-e-taiba"),
        # (the blame of the attack told in French, the attack named between verb and group)
        ("Kenya : huit morts dans l'explosion d'un camion de police à Lamu",
         "Huit personnes ont été tuées mardi dans le comté de Lamu lorsqu'un camion de la police "
         "a sauté sur un engin explosif près de Mpeketoni, avant d'être mitraillé par des "
         "assaillants.\n\nLa police attribue l'attaque aux shebab somaliens, qui ont multiplié "
         "depuis mai les attaques contre les forces de sécurité.", "al-shabaab"),
    ],
)
def test_the_unnamed_attackers_named_later(gazetteer: Gazetteer, title: str, body: str,
                                           group: str) -> None:
    actors = extract(_article(title, body), gazetteer).actors
    assert group in actors
    assert not any(a.startswith("unidentified-") for a in actors)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a time told by the group's history is no side
        ("Islamic State claims Kabul bombing that killed Russian diplomats",
         "KABUL — A suicide bomber killed two Russian embassy staff and four Afghans on Monday, "
         "the first attack on a foreign mission since the Taliban seized power last year. "
         "Islamic State claimed the attack."),
        ("Afghanistan : l'EI-K revendique un attentat-suicide dans une mosquée chiite",
         "Un kamikaze a tué vendredi au moins 40 fidèles dans une mosquée chiite de Kunduz, "
         "l'attentat le plus meurtrier depuis le retour au pouvoir des talibans. L'EI-K a "
         "revendiqué l'attaque."),
        # the group that reports it speaks
        ("Afghanistan : frappes pakistanaises dans la province de Khost",
         "Les talibans font état de neuf civils tués mardi dans des frappes pakistanaises "
         "dans la province de Khost."),
    ],
)
def test_a_group_told_as_a_time_or_a_source(gazetteer: Gazetteer, title: str,
                                            body: str) -> None:
    assert "taliban" not in extract(_article(title, body), gazetteer).actors


@pytest.mark.parametrize(
    ("title", "body", "absent"),
    [
        # a source in the headline, whose deeds elsewhere are history or setting
        ("Houthis say US strike on Sanaa market kills 12",
         "A US air strike on a market in Sanaa killed 12 people and wounded 30 on Sunday, the "
         "Houthi-run health ministry said.\n\nThe Houthis have targeted commercial shipping "
         "since November 2023.", "houthis"),
        ("Gaza : deux otages libérés à Rafah, au moins 67 morts selon le Hamas",
         "L'armée israélienne a annoncé lundi avoir libéré deux otages à Rafah lors d'une "
         "opération menée sous la couverture de frappes aériennes, qui ont tué au moins 67 "
         "Palestiniens, selon le ministère de la Santé du Hamas.\n\nLe Hamas avait enlevé "
         "quelque 250 personnes le 7 octobre 2023.", "hamas"),
    ],
)
def test_a_source_whose_deeds_are_history(gazetteer: Gazetteer, title: str, body: str,
                                          absent: str) -> None:
    assert absent not in extract(_article(title, body), gazetteer).actors


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a coach named by the towns it links runs between them: neither end is the place
        ("Nine passengers offloaded from bus, shot dead on highway in Balochistan",
         "QUETTA — Armed men offloaded nine passengers from a Quetta-to-Taftan coach on the N-40 "
         "highway near Noshki late on Friday night and shot them dead, officials said."),
        ("Pakistan : neuf passagers d'un bus exécutés au Baloutchistan",
         "Des hommes armés ont fait descendre neuf passagers d'un autocar et les ont abattus "
         "vendredi soir. L'autocar, qui reliait Quetta à Taftan, a été arrêté sur l'autoroute "
         "N-40, près de la ville de Nushki."),
    ],
)
def test_a_coach_between_two_towns(gazetteer: Gazetteer, title: str, body: str) -> None:
    assert extract(_article(title, body), gazetteer).place == "Nushki"


@pytest.mark.parametrize(
    ("title", "body", "incident"),
    [
        # an analysis whose headline names the event tells it a paragraph on
        ("Soudan : l'armée reprend Wad Madani, un tournant dans la guerre ?",
         "Depuis le début de la guerre, en avril 2023, l'armée soudanaise avait surtout "
         "accumulé les revers face aux paramilitaires : perte de Khartoum, puis du Darfour, "
         "puis de l'État d'Al-Jazira. Ce week-end, le vent semble avoir tourné.\n\nSamedi, "
         "les Forces armées soudanaises sont entrées dans Wad Madani, chef-lieu de l'État, au "
         "terme de violents combats. « Nos forces nettoient les dernières "
         "poches de rebelles », a annoncé le porte-parole de l'armée.", True),
        # (not one whose lead tells other news)
        ("Hundreds bid farewell in Przemysl to Polish aid worker killed in Gaza",
         "PRZEMYSL — Hundreds of mourners packed a cathedral on Friday for the funeral of "
         "Damian Sobol, a volunteer killed in Gaza earlier this month.\n\nSobol was one of "
         "seven staff members killed on April 1 when an Israeli drone strike hit their convoy "
         "in Deir al-Balah.", False),
    ],
)
def test_an_analysis_that_tells_the_event_later(gazetteer: Gazetteer, title: str, body: str,
                                                incident: bool) -> None:
    summary = ("Le général savoure une victoire symbolique dans le Gezira, tombé aux mains des "
               "paramilitaires il y a un an.")
    assert extract(_article(title, body, summary=summary), gazetteer).is_incident is incident


def test_a_states_police_works_at_home(gazetteer: Gazetteer) -> None:
    # a town the gazetteer lacks, named like towns abroad, in a report the country's police
    # tells
    ext = extract(_article(
        "Death toll in Degamo ambush rises to 8; manhunt widens",
        "The number of people killed in Saturday's attack on Governor Roel Degamo's home in "
        "Pamplona town has risen to eight, the Philippine National Police said on Monday.\n\n"
        "Among the dead were the governor and a village chief, a PNP spokesperson told a "
        "briefing.",
    ), gazetteer)
    assert ext.country == "PH"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # violence threatened or remembered is none of today's
        ("Yémen : les Houthis menacent de frapper de nouveau les Émirats arabes unis",
         "Les rebelles houthis du Yémen ont menacé mardi de mener de nouvelles attaques de "
         "drones et de missiles contre les Émirats arabes unis, au lendemain de l'attaque contre "
         "Abou Dhabi."),
        ("Un an après la frappe sur sa gare, Kramatorsk rend hommage à ses morts",
         "Des dizaines d'habitants se sont rassemblés samedi devant la gare de Kramatorsk, un an "
         "après la frappe de missile qui avait tué 61 personnes, pour l'anniversaire du drame."),
        # (a time measured since a defeat is no anniversary)
        ("Soudan : l'armée reprend le palais présidentiel de Khartoum aux paramilitaires",
         "Près de deux ans après en avoir été chassée, l'armée soudanaise a reconquis, vendredi, "
         "le palais présidentiel de Khartoum, après de violents combats contre les "
         "paramilitaires."),
    ],
)
def test_violence_threatened_or_remembered(gazetteer: Gazetteer, title: str, body: str) -> None:
    incident = title.startswith("Soudan")
    assert extract(_article(title, body), gazetteer).is_incident is incident


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a truce that only dates the strike
        ("Liban : Israël frappe la banlieue sud de Beyrouth, une première depuis le cessez-le-feu",
         "Pour la première fois depuis l'entrée en vigueur du cessez-le-feu du 27 novembre, "
         "l'aviation israélienne a bombardé vendredi la banlieue sud de Beyrouth."),
        ("Israel strikes Beirut suburb for first time since ceasefire",
         "Israeli jets struck a building in Beirut's southern suburbs on Friday, the first "
         "strike on the area since the ceasefire took effect in November."),
    ],
)
def test_a_truce_that_dates_the_strike(gazetteer: Gazetteer, title: str, body: str) -> None:
    assert extract(_article(title, body), gazetteer).is_incident


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        # one person killed with a relative makes two
        ("Le milliardaire a été tué avec son épouse Raïssa dans la nuit par des frappes russes.",
         2),
        ("The businessman was killed together with his wife when shelling hit their home.", 2),
        ("Grain tycoon and wife killed in Russian shelling of Mykolaiv", 2),
        # (a relative who speaks is no victim)
        ("The businessman was killed on Sunday, his wife said.", 1),
    ],
)
def test_one_killed_with_a_relative(sentence: str, dead: int) -> None:
    assert casualties([sentence]).fatalities == dead


def test_a_live_blogs_headline_lists_its_stories(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Ukraine war live: Russian strike on supermarket in Kostiantynivka kills at least 10; "
        "Kursk fighting rages",
        "14:58 BST — That's it from us for the moment. Here is a recap of the key developments."
        "\n\n14:41 BST — Russian strike on supermarket in Kostiantynivka\n\nAt least ten "
        "people were killed and 35 wounded when a Russian missile hit a supermarket in "
        "Kostiantynivka, the regional governor said.",
    ), gazetteer)
    assert ext.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    ("title", "body", "sub_event"),
    [
        # protesters told dead with a part of them named in between
        ("Soudan : cinq manifestants, dont quatre lycéens, tués par balles à El-Obeid",
         "Cinq manifestants, dont quatre lycéens, ont été tués par balles lundi à El-Obeid, lors "
         "d'un rassemblement d'élèves, a annoncé un comité de médecins.",
         "Excessive force against protesters"),
        ("Sudan: five protesters, four of them students, shot dead in El Obeid",
         "Five protesters, four of them students, were shot dead on Monday in El Obeid during a "
         "march against bread shortages, a doctors' committee said.",
         "Excessive force against protesters"),
        ("Security forces open fire on peaceful protest in Omdurman",
         "Security forces opened fire on a peaceful protest in Omdurman on Saturday, wounding "
         "dozens of demonstrators, witnesses said.",
         "Excessive force against protesters"),
        # (a candidate shot at his own rally is attacked, not a protester)
        ("Colombian presidential hopeful shot at rally in Bogotá",
         "A gunman opened fire on the senator during a campaign rally in Bogotá on Saturday, "
         "seriously wounding him, police said.",
         "Attack"),
    ],
)
def test_protesters_shot(gazetteer: Gazetteer, title: str, body: str, sub_event: str) -> None:
    assert extract(_article(title, body), gazetteer).sub_event_type == sub_event


@pytest.mark.parametrize(
    ("sentence", "dead", "hurt"),
    [
        # a toll that rises in the wounded is the wounded's
        ("Ukraine war latest: Pavlohrad strike toll rises to 40 injured", None, 40),
        ("Pavlohrad strike: toll rises to 40 dead", 40, None),
        ("Le bilan de la frappe s'alourdit à 40 blessés", None, 40),
    ],
)
def test_a_toll_of_the_wounded(sentence: str, dead: int | None, hurt: int | None) -> None:
    found = casualties([sentence])
    assert (found.fatalities, found.injured) == (dead, hurt)


@pytest.mark.parametrize(
    ("sentence", "hurt"),
    [
        # one person wounded, told by a pronoun
        ("A gunman opened fire on the senator at a rally, seriously wounding him.", 1),
        ("Un homme armé a tiré sur le sénateur lors d'un meeting, le blessant grièvement.", 1),
        ("The drone hit the car, wounding three.", 3),
    ],
)
def test_one_wounded_told_by_a_pronoun(sentence: str, hurt: int) -> None:
    assert casualties([sentence]).injured == hurt


@pytest.mark.parametrize(
    ("title", "body", "sub_event"),
    [
        # a vehicle made a bomb, whatever the vehicle
        ("Kaboul : le bilan de l'attentat à l'ambulance piégée dépasse la centaine de morts",
         "Le bilan de l'attentat à l'ambulance piégée qui a frappé samedi le centre de Kaboul "
         "s'est alourdi à 103 morts, selon le ministère de l'Intérieur.",
         "Remote explosive/landmine/IED"),
        ("Ambulance bomb kills 95 in heart of Kabul",
         "An ambulance bomb exploded on a crowded street in central Kabul on Saturday, killing "
         "at least 95 people, the interior ministry said.",
         "Remote explosive/landmine/IED"),
        # the bomb the bomber drove is a suicide bomb
        ("Mali : le GSIM revendique l'attaque contre le QG de la force G5 Sahel à Sévaré",
         "Le GSIM a revendiqué samedi l'attaque de la veille contre le quartier général de la "
         "force conjointe du G5 Sahel à Sévaré.\n\nVendredi en début d'après-midi, un véhicule "
         "piégé conduit par un kamikaze a explosé à l'entrée du quartier général, tuant deux "
         "militaires et un civil, selon le ministère.",
         "Suicide bomb"),
    ],
)
def test_a_vehicle_made_a_bomb(gazetteer: Gazetteer, title: str, body: str,
                               sub_event: str) -> None:
    assert extract(_article(title, body), gazetteer).sub_event_type == sub_event


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # the army named as an object of the group's capture is not the one taking ground
        ("RSF says it has taken army's 20th Infantry Division in El Daein",
         "Sudan's paramilitary Rapid Support Forces (RSF) said on Tuesday that it had seized the "
         "headquarters of the army's 20th Infantry Division in Ed Daein, capital of East Darfur "
         "state.\n\nIn a statement, the RSF said its fighters had taken control of the base "
         "\"after the flight of the remnants of the army\" and seized weapons and vehicles."),
    ],
)
def test_the_army_as_the_object_of_a_capture(gazetteer: Gazetteer, title: str,
                                             body: str) -> None:
    ext = extract(_article(title, body), gazetteer)
    assert ext.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    ("title", "body", "sub_event"),
    [
        # an offensive that aims to take a town is fighting, not ground taken
        ("Karenni resistance launches offensive to seize Kayah State capital Loikaw",
         "Karenni resistance forces launched a large-scale offensive on Loikaw on Saturday, "
         "fighting their way into several neighbourhoods, residents said. Fighting was still "
         "raging on Sunday.",
         "Armed clash"),
        ("Birmanie : les rebelles lancent une offensive pour s'emparer de Loikaw",
         "Les forces de la résistance karenni ont lancé samedi une vaste offensive contre "
         "Loikaw, et de violents combats se poursuivaient dans plusieurs quartiers, selon des "
         "habitants.",
         "Armed clash"),
        # (but ground taken is)
        ("Karenni resistance seizes Kayah State capital Loikaw",
         "Karenni resistance forces seized Loikaw on Saturday after days of fighting, the KNDF "
         "said.",
         "Non-state actor overtakes territory"),
    ],
)
def test_an_aim_to_take_ground(gazetteer: Gazetteer, title: str, body: str,
                               sub_event: str) -> None:
    assert extract(_article(title, body), gazetteer).sub_event_type == sub_event


@pytest.mark.parametrize(
    ("title", "body", "incident"),
    [
        # a fuel tank that blows up is an accident
        ("Fuel tank explosion in north Lebanon kills 28 as crowds gathered for scarce petrol",
         "A fuel tank exploded in the village of Tleil in Lebanon's northern Akkar region early "
         "on Sunday, killing 28 people and injuring dozens, the Red Cross said.",
         False),
        ("Liban : l'explosion d'une citerne de carburant fait 28 morts dans le Akkar",
         "Une citerne de carburant a explosé dimanche à l'aube dans le village de Tleil, au "
         "Liban, tuant 28 personnes, selon la Croix-Rouge.",
         False),
        # (unless a weapon set it off)
        ("Fuel tank explosion after drone strike kills 3 in Donetsk",
         "A fuel tank exploded after a drone strike hit a depot in Donetsk on Sunday, killing "
         "three workers, local officials said.",
         True),
        # a truce that begins is no violence
        ("Israel-Hamas ceasefire takes hold after 11 days of fighting",
         "A ceasefire between Israel and Hamas took effect early on Friday after 11 days of the "
         "heaviest fighting in years. Palestinians celebrated as the truce came into force.",
         False),
        # suspects arrested are no new violence
        ("CTD arrests three suspected BLA facilitators in Quetta",
         "The Counter-Terrorism Department said on Monday it had arrested three suspected "
         "facilitators of the Baloch Liberation Army in raids in Quetta and seized explosives.",
         False),
    ],
)
def test_accidents_truces_and_arrests(gazetteer: Gazetteer, title: str, body: str,
                                      incident: bool) -> None:
    assert extract(_article(title, body), gazetteer).is_incident is incident


@pytest.mark.parametrize(
    ("title", "body", "incident"),
    [
        # the inquiry: suspects named or held
        ("Shujaat Bukhari killing: Police name three Lashkar militants, say plot hatched in "
         "Pakistan",
         "Two weeks after the editor was shot dead outside his office, police on Thursday named "
         "three Lashkar-e-Taiba militants as suspects. A fourth suspect has been arrested.",
         False),
        # a village burying its dead
        ("Nigeria : Runji enterre ses morts dans le recueillement et la colère",
         "Des centaines d'habitants ont assisté mardi à l'enterrement collectif des victimes de "
         "l'attaque de samedi, qui avait fait 33 morts.",
         False),
        # (but a deal "buried" by a massacre is no funeral)
        ("Soudan : au moins 35 morts dans la dispersion du sit-in, les militaires enterrent "
         "l'accord",
         "Le bilan de la dispersion sanglante du sit-in de Khartoum s'est alourdi à au moins 35 "
         "morts lundi, selon un comité de médecins.",
         True),
    ],
)
def test_an_inquiry_or_a_burial(gazetteer: Gazetteer, title: str, body: str,
                                incident: bool) -> None:
    assert extract(_article(title, body), gazetteer).is_incident is incident


def test_one_police_officer_shot_dead(gazetteer: Gazetteer) -> None:
    # one officer killed by militants is a fight with the police, not an attack on civilians
    ext = extract(_article(
        "Manipur: Moreh police officer shot dead by suspected militants",
        "A police officer was killed on Tuesday morning when suspected militants opened fire on "
        "a team of security personnel at the border town of Moreh in Manipur, officials said.",
    ), gazetteer)
    assert (ext.event_type, ext.sub_event_type) == ("Battles", "Armed clash")
    assert "military-forces-in-police" in ext.actors
    assert "civilians-in" not in ext.actors


def test_one_officer_among_a_crowds_dead(gazetteer: Gazetteer) -> None:
    # (one officer among the dead of a crowd leaves the crowd civilians)
    ext = extract(_article(
        "Suicide bomber kills 52 at religious procession in Pakistan's Balochistan",
        "A suicide bomber blew himself up among worshippers gathering near a mosque in Mastung "
        "on Friday, killing 52 people, officials said. A senior police officer was among the "
        "dead.",
    ), gazetteer)
    assert "civilians-pk" in ext.actors


@pytest.mark.parametrize(
    "sentence",
    ["A senior police officer said the attackers fled.",
     "The attackers fled, according to a police officer."],
)
def test_a_police_officer_who_speaks(sentence: str) -> None:
    from bot.domain import _lexicon as lx
    assert not lx.POLICE_TARGET.search(sentence)


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        # a person named, then the others killed with them
        ("Negros Oriental Gov. Degamo, 5 others killed in Pamplona attack", 6),
        ("Editor Shujaat Bukhari, 2 PSOs shot dead by militants outside Srinagar office", 3),
        ("Woman, two children killed in Israeli strike on south Lebanon village", 3),
        ("ISWAP kills Brigadier General Zirkusu, three soldiers in Borno ambush", 4),
        # (a place or a day that sets the sentence is no victim)
        ("In Kyiv, 5 killed in drone attack", 5),
        ("On Sunday, 4 killed in Kharkiv shelling", 4),
        # (nor one who was only hurt)
        ("Lanao del Sur governor hurt, 4 escorts dead in Maguing ambush", 4),
    ],
)
def test_one_named_with_the_others_killed(sentence: str, dead: int) -> None:
    assert casualties([sentence]).fatalities == dead


def test_a_suicide_bomber_is_no_states(gazetteer: Gazetteer) -> None:
    # the soldiers of a state hit by a suicide bomber: the bomber is an unnamed group's
    ext = extract(_article(
        "12 German soldiers wounded in Mali suicide car bombing",
        "A suicide bomber drove an explosives-laden vehicle into a temporary base of UN "
        "peacekeepers near Tarkint in northern Mali on Friday, wounding 12 German soldiers and "
        "a Belgian, the German defence ministry said.",
    ), gazetteer)
    assert ext.sub_event_type == "Suicide bomb"
    assert "unidentified-armed-group-ml" in ext.actors


def test_a_newspaper_a_rank_and_a_link_are_no_places(gazetteer: Gazetteer) -> None:
    # the newspaper told, the spokesman's name after his rank and the link to another story
    # run on after the last sentence say nothing of where it happened
    ext = extract(_article(
        "19 Killed as TNLA Attacks Military Posts, Casino Near Muse",
        "At least 19 people were killed on Saturday when fighters of the Ta'ang National "
        "Liberation Army (TNLA) attacked an army checkpoint and a casino on the outskirts of "
        "Muse, the military said.\n\nTNLA spokesman Major Mai Aik Kyaw told The "
        "Irrawaddy the group had launched the offensive in response to army operations. "
        "Related: Kachin IDPs trapped as army advances in Tanai",
    ), gazetteer)
    assert (ext.place, ext.admin1, ext.country) == ("Muse", "Shan", "MM")


def test_a_link_run_on_after_the_last_sentence() -> None:
    from bot.domain.textclean import clean_text
    assert clean_text("Trade goes through Muse. Related: Army advances in Tanai") == (
        "Trade goes through Muse."
    )
    assert clean_text("Le bilan est lourd. Lire aussi : l'attaque de Boulkessi") == (
        "Le bilan est lourd."
    )
    # (a colon inside a sentence stays)
    assert clean_text("He said: related issues remain.") == "He said: related issues remain."


@pytest.mark.parametrize(
    ("before", "person"),
    [
        ("TNLA spokesman Major Mai Aik ", True),
        ("said Col. Ahmed ", True),
        ("fighting continued near the Major ", False),
        ("the army's major offensive in ", False),
    ],
)
def test_a_rank_before_a_name(before: str, person: bool) -> None:
    from bot.domain import _lexicon as lx
    assert bool(lx.PERSON_BEFORE.search(before)) is person


@pytest.mark.parametrize(
    ("before", "told"),
    [("the spokesman told The ", True), ("a déclaré au ", True), ("fighting in ", False)],
)
def test_a_newspaper_told(before: str, told: bool) -> None:
    from bot.domain import extract as ex
    assert bool(ex._TOLD_BEFORE.search(before)) is told


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        # the verb a few words after the figure
        ("Mexique : deux proches collaborateurs de la maire de Mexico assassinés en pleine rue",
         2),
        ("Colombie : cinq adolescents retrouvés assassinés dans un champ de canne à sucre", 5),
        ("Two guards shot dead in Kabul", 2),
        # the killing as a noun before the figure
        ("Press groups condemn killing of two Kurdish reporters in Syria drone strike", 2),
        ("L'ONU condamne l'assassinat de trois humanitaires au Darfour", 3),
        # burned alive
        ("Bandits burn 23 passengers alive in Sokoto", 23),
        ("Gunmen burned 5 houses in the village", None),
        # a headline's toll without its verb (but another source's figure is none)
        ("Rescue operation ends in Zaporizhzhia, death toll at 13", 13),
        ("Another survivor put the death toll at more than 320.", None),
    ],
)
def test_more_ways_to_tell_the_dead(sentence: str, dead: int | None) -> None:
    assert casualties([sentence]).fatalities == dead


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # two states named as the sides of a fight
        ("Kirghizstan-Tadjikistan : le bilan des combats frontaliers s'alourdit à près de 100 "
         "morts",
         "Le bilan des affrontements frontaliers entre le Kirghizstan et le Tadjikistan s'est "
         "alourdi dimanche, frôlant la centaine de morts, autour de Batken."),
        ("Deadly border clashes between Kyrgyzstan and Tajikistan",
         "Fighting between Kyrgyzstan and Tajikistan around Batken killed at least 24 people on "
         "Friday, officials said."),
    ],
)
def test_two_states_at_war(gazetteer: Gazetteer, title: str, body: str) -> None:
    ext = extract(_article(title, body), gazetteer)
    assert {"military-forces-kg", "military-forces-tj"} <= set(ext.actors)


@pytest.mark.parametrize(
    ("title", "body", "sub_event"),
    [
        # an "encounter" is a gunfight in South Asian news
        ("J&K: Two Jaish terrorists killed in Sunjuwan encounter, CISF officer dies",
         "Two Jaish-e-Mohammed terrorists were killed in an encounter with security forces in "
         "Sunjuwan on the outskirts of Jammu on Friday, police said. A CISF officer was killed "
         "when the militants lobbed grenades at a bus.",
         "Armed clash"),
        ("Three Maoists killed in gunfight with DRG in Dantewada",
         "Three Maoists were killed in a gunfight with District Reserve Guard personnel in the "
         "forests of Dantewada on Sunday, police said.",
         "Armed clash"),
    ],
)
def test_an_encounter_is_a_gunfight(gazetteer: Gazetteer, title: str, body: str,
                                    sub_event: str) -> None:
    assert extract(_article(title, body), gazetteer).sub_event_type == sub_event


def test_a_national_park_on_the_sahel_front(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Bénin : neuf morts, dont un Français, dans des attaques au parc W",
        "Neuf personnes ont été tuées mardi dans le parc national du W, dans l'extrême nord du "
        "pays, lors d'attaques à l'engin explosif improvisé contre des patrouilles. Cotonou "
        "l'attribue à des groupes terroristes.",
    ), gazetteer)
    assert (ext.place, ext.admin1, ext.country) == ("W National Park", "Alibori", "BJ")


@pytest.mark.parametrize(
    ("sentences", "dead"),
    [
        # a battle's sides told apart: the attackers of a sentence of their own are added
        (["Colonel, Major among five security men killed in Handwara gunfight; two militants "
          "shot dead",
          "Five security personnel, including the commanding officer of 21 Rashtriya Rifles, "
          "Colonel Ashutosh Sharma, were killed in a gunfight with militants on Saturday.",
          "Two militants were also killed."], 7),
        # (unless a sum of the sides was already told)
        (["6 soldiers, 3 Dawlah Islamiyah gunmen killed in Lanao del Norte clash",
          "Six soldiers were killed and four others wounded in a two-hour gunbattle.",
          "Three of the militants were confirmed killed, the army said."], 9),
        # a unit's name is no figure of the dead, its men are
        (["Two Assam Rifles jawans killed, five injured as gunmen ambush truck"], 2),
    ],
)
def test_a_battles_sides_told_apart(sentences: list[str], dead: int) -> None:
    assert casualties(sentences, headline=1).fatalities == dead


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # whence a weapon was fired is not where it struck
        ("Rockets fired from Tigray hit Eritrean capital, Tigrayan leader says his forces fired",
         "At least three rockets fired from Ethiopia's rebellious Tigray region struck Eritrea's "
         "capital Asmara late on Saturday, regional diplomats said."),
        ("Érythrée : des roquettes tirées depuis le Tigré s'abattent sur Asmara",
         "Au moins trois roquettes tirées depuis la région éthiopienne du Tigré sont tombées "
         "samedi soir sur Asmara, la capitale érythréenne, selon des diplomates."),
    ],
)
def test_whence_a_weapon_was_fired(gazetteer: Gazetteer, title: str, body: str) -> None:
    ext = extract(_article(title, body), gazetteer)
    assert (ext.place, ext.admin1, ext.country) == ("Asmara", "Maekel", "ER")


@pytest.mark.parametrize(
    ("title", "summary", "body"),
    [
        # the town the fighters fire from, a few words after "from"
        ("Nusaybin mourns as mortar toll rises to eight", "",
         "NUSAYBIN, Turkey — The death toll from mortar shells that hit this border town on "
         "Friday rose to eight, Mardin's governor's office said, blaming Kurdish militants "
         "firing from the Syrian town of Qamishli a few hundred metres away."),
        ("Nusaybin : le bilan des tirs de mortier s'alourdit à huit morts",
         "Les autorités accusent des combattants kurdes de l'autre côté de la frontière, à "
         "Qamichli.",
         "NUSAYBIN (Turquie) — Huit personnes ont été tuées vendredi par des obus de mortier "
         "tombés sur cette ville frontalière de la province de Mardin, selon le gouverneur, qui "
         "accuse des combattants kurdes tirant depuis la ville syrienne de Qamichli."),
    ],
)
def test_whence_fighters_fire(gazetteer: Gazetteer, title: str, summary: str, body: str) -> None:
    ext = extract(_article(title, body, summary=summary), gazetteer)
    assert (ext.place, ext.country) == ("Nusaybin", "TR")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Russia pounds Kyiv and Odesa with missiles; at least three dead in capital",
         "KYIV — Russia launched a barrage of missiles at Kyiv and Odesa early on Tuesday, "
         "killing at least three people and injuring 20 in the capital, officials said.\n\n"
         "The mayor said fires broke out in several districts.\n\n"
         "In Odesa, the regional governor reported one person killed and 12 injured."),
        ("Frappes russes sur Kiev et Odessa : trois morts dans la capitale",
         "KIEV — La Russie a tiré mardi une salve de missiles sur Kiev et Odessa, tuant au moins "
         "trois personnes et en blessant vingt dans la capitale, selon les autorités.\n\n"
         "Le maire a fait état d'incendies dans plusieurs quartiers.\n\n"
         "À Odessa, le gouverneur a signalé un mort et douze blessés."),
    ],
)
def test_the_capital_the_headline_names_and_calls_so(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert extract(_article(title, body), gazetteer).place == "Kyiv"


def test_where_a_convoy_was_going_is_not_where_it_was_hit(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Mali : un convoi de camions-citernes attaqué dans la région de Kayes",
        "Des jihadistes ont attaqué dimanche un convoi de camions-citernes qui roulait vers "
        "Bamako, près de Diéma, dans la région de Kayes, selon des sources sécuritaires. Une "
        "vingtaine de camions ont été incendiés."), gazetteer)
    assert (ext.place, ext.admin1) == ("Diema", "Kayes")
    ext = extract(_article(
        "At least 40 fuel tankers burnt in jihadist attack on Mali convoy",
        "Jihadists attacked a convoy of fuel tankers on Sunday, burning at least 40 trucks, "
        "security sources said. The army said it had been attacked during a mission to secure "
        "the road from Kayes to Bamako."), gazetteer)
    assert ext.country == "ML" and ext.place != "Bamako"
    # a road told by where it leads
    ext = extract(_article(
        "Burkina : une patrouille attaquée dans l'Est, deux soldats tués",
        "Une patrouille de l'armée a été prise dans une embuscade lundi près de Natiaboani, sur "
        "la route qui mène à la réserve forestière de Pama, ont indiqué des sources "
        "sécuritaires. Deux soldats ont été tués."), gazetteer)
    assert ext.country == "BF" and ext.place != "Pama"


def test_where_the_news_was_announced_is_not_where_it_happened(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Mozambique : un chef jihadiste tué au Cabo Delgado, annonce le président",
        "Maputo – Le président a annoncé mercredi soir la mort d'un des principaux chefs de "
        "l'insurrection jihadiste dans la province de Cabo Delgado, tué lors d'une opération "
        "des forces armées.\n\nSelon le chef de l'État, l'opération s'est déroulée mardi dans "
        "le district de Macomia. « Il a été abattu par nos forces », a-t-il déclaré lors d'une "
        "allocution à Maputo.",
        summary="Le commandant a été tué mardi lors d'une opération de l'armée dans le nord."),
        gazetteer)
    assert (ext.place, ext.admin1) == ("Macomia", "Cabo Delgado")


@pytest.mark.parametrize(
    ("title", "body", "place"),
    [
        # a live blog's headline lists its stories: the later ones are other events
        ("Live: Lebanon latest — Qana death toll rises; strikes overnight on Dahiyeh",
         "09:58 Beirut — Good morning and welcome to our live coverage.\n\n10:04 — The Lebanese "
         "health ministry now says 15 people were killed in yesterday afternoon's Israeli strike "
         "on a building in Qana, in the Tyre district.\n\n10:11 — Overnight, Israel's military "
         "said it hit what it called weapons storage sites in Beirut's southern suburbs. We have "
         "no reports of casualties so far.", "Qana"),
        ("EN DIRECT – Liban : le bilan de la frappe sur Cana s'alourdit ; nuit de frappes sur "
         "Dahiyé",
         "10 h 04 — Le ministère libanais de la santé fait désormais état de 15 morts dans la "
         "frappe israélienne d'hier sur un immeuble de Cana.\n\n10 h 11 — Dans la nuit, l'armée "
         "israélienne a frappé des entrepôts d'armes dans la banlieue sud de Beyrouth. Aucune "
         "victime n'a été signalée.", "Qana"),
    ],
)
def test_a_live_blogs_first_story_is_the_place(
    gazetteer: Gazetteer, title: str, body: str, place: str
) -> None:
    ext = extract(_article(title, body, summary="Rolling coverage of the war."), gazetteer)
    assert ext.place == place


def test_a_name_two_countries_bear_is_the_headlines(gazetteer: Gazetteer) -> None:
    # Yemen's Al Jawf, spelled the French way, not Saudi Arabia's Al-Jouf: the headline names
    # Yemen, the body the Saudi-led coalition
    ext = extract(_article(
        "Yémen : au moins 31 civils tués dans des frappes aériennes dans la province d'Al-Jouf",
        "Au moins 31 civils ont été tués samedi dans des frappes aériennes dans la province "
        "d'Al-Jouf, a annoncé l'ONU. Selon les Houthis, les frappes ont été menées par la "
        "coalition militaire dirigée par l'Arabie saoudite.",
    ), gazetteer)
    assert (ext.admin1, ext.country) == ("Al Jawf", "YE")


@pytest.mark.parametrize(
    ("title", "body", "sub_event"),
    [
        # bombing as a verb a state denies is its air strike, not a planted bomb
        ("Russia denies bombing Mariupol maternity hospital as toll rises to three",
         "Russia on Thursday denied striking a maternity hospital in the besieged city of "
         "Mariupol, where three people were killed, including a child, the city council said.",
         "Air/drone strike"),
        # (a bombing as a noun stays one)
        ("Kabul bombing kills 12 near ministry",
         "A bomb hidden in a parked car exploded near the ministry in Kabul on Monday, killing "
         "12 people, police said.",
         "Remote explosive/landmine/IED"),
    ],
)
def test_bombing_as_a_verb(gazetteer: Gazetteer, title: str, body: str, sub_event: str) -> None:
    assert extract(_article(title, body), gazetteer).sub_event_type == sub_event


@pytest.mark.parametrize(
    ("title", "body", "sub_event"),
    [
        # the dead of a protest: force used against it
        ("Colombie : dix morts à Bogotá lors de manifestations contre les violences policières",
         "Au moins dix personnes sont mortes dans la nuit de mercredi à jeudi à Bogotá lors de "
         "manifestations contre les violences policières, a annoncé la mairie.",
         "Excessive force against protesters"),
        ("Ten dead in Bogotá protests over police brutality",
         "At least ten people died overnight in Bogotá during protests over the death of a man "
         "in police custody, the mayor's office said.",
         "Excessive force against protesters"),
    ],
)
def test_the_dead_of_a_protest(gazetteer: Gazetteer, title: str, body: str,
                               sub_event: str) -> None:
    assert extract(_article(title, body), gazetteer).sub_event_type == sub_event


@pytest.mark.parametrize(
    ("title", "body", "denied"),
    [
        # a group that denies any part in an attack nobody tied to it is neither a side nor a
        # denial of the event
        ("Afghanistan : deux explosions font au moins 14 morts à Bamiyan",
         "Au moins quatorze personnes ont été tuées mardi par deux explosions successives dans "
         "la ville de Bamiyan, a annoncé le ministère de l'Intérieur.\n\nL'attaque n'a pas été "
         "revendiquée dans l'immédiat. Les talibans ont nié toute implication.",
         False),
        # (a group accused, then denying, is a denial)
        ("Afghanistan : au moins 30 morts dans un attentat devant une école de filles à Kaboul",
         "Au moins 30 personnes ont été tuées samedi dans l'explosion d'une bombe devant une "
         "école de filles de Kaboul.\n\nLe président Ashraf Ghani a accusé les talibans, qui "
         "ont démenti toute implication.",
         True),
    ],
)
def test_a_group_that_only_denies(gazetteer: Gazetteer, title: str, body: str,
                                  denied: bool) -> None:
    ext = extract(_article(title, body), gazetteer)
    assert (ext.status == "denied") is denied
    assert ("taliban" in ext.actors) is denied


@pytest.mark.parametrize(
    ("title", "body", "sub_event"),
    [
        # an air force's men or convoy are a target, not a weapon
        ("Cachemire indien : un militaire tué dans une embuscade contre un convoi de l'armée de "
         "l'air",
         "Un caporal de l'armée de l'air indienne a succombé à ses blessures après une embuscade "
         "tendue samedi contre un convoi dans le district de Poonch. Quatre autres militaires "
         "ont été blessés lorsque des hommes armés ont ouvert le feu sur les véhicules.",
         "Armed clash"),
        ("Militants ambush convoy of the air force in Poonch, one airman killed",
         "Militants opened fire on a convoy of the air force in Poonch on Saturday, killing one "
         "airman and wounding four, officials said.",
         "Armed clash"),
        # (the air force that strikes is one)
        ("L'armée de l'air nigériane bombarde un camp de Boko Haram",
         "L'armée de l'air nigériane a bombardé jeudi un camp de Boko Haram près de la forêt de "
         "Sambisa, tuant des dizaines de combattants, selon l'armée.",
         "Air/drone strike"),
    ],
)
def test_an_air_forces_men_are_a_target(gazetteer: Gazetteer, title: str, body: str,
                                        sub_event: str) -> None:
    assert extract(_article(title, body), gazetteer).sub_event_type == sub_event


@pytest.mark.parametrize(
    ("title", "body", "sub_event"),
    [
        # grenades thrown among gunfire are an assault's arms
        ("10 cops killed in pre-dawn raid on Chodhwan police station",
         "Ten police officials were killed when militants attacked the Chodhwan police station "
         "before dawn. \"Around 30 terrorists attacked from the mountains, using sniper rifles "
         "and grenades,\" a police officer said.",
         "Armed clash"),
        # (a grenade thrown alone is one)
        ("Grenade attack on Srinagar market wounds 12",
         "Militants lobbed a grenade at a crowded Sunday market in Srinagar, wounding 12 "
         "civilians, police said.",
         "Grenade"),
    ],
)
def test_grenades_among_gunfire(gazetteer: Gazetteer, title: str, body: str,
                                sub_event: str) -> None:
    assert extract(_article(title, body), gazetteer).sub_event_type == sub_event


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # an agency whose school or shelter was struck is no side
        ("Gaza live: strike hits UN school sheltering displaced families in Nuseirat",
         "An Israeli air strike hit a UN school sheltering displaced families in Nuseirat on "
         "Saturday, killing at least 16 people, the health ministry said."),
        ("Gaza : au moins seize morts dans une frappe israélienne sur une école de l'ONU",
         "Une frappe israélienne a touché samedi une école de l'ONU abritant des déplacés à "
         "Nousseirat, tuant au moins seize personnes, selon la défense civile."),
    ],
)
def test_an_agencys_school_struck(gazetteer: Gazetteer, title: str, body: str) -> None:
    ext = extract(_article(title, body), gazetteer)
    assert "united-nations" not in ext.actors
    assert "military-forces-il" in ext.actors


@pytest.mark.parametrize(
    ("title", "body", "place"),
    [
        # a locality the gazetteer lacks under this spelling is the known town of the province
        # spelt otherwise
        ("Ukraine : au moins 19 morts dans des frappes sur un immeuble près d'Odessa",
         "Au moins 19 personnes ont été tuées vendredi dans des frappes de missiles russes sur "
         "un immeuble résidentiel du village de Serguiïvka, dans la région d'Odessa, selon les "
         "autorités.",
         "Serhiivka"),
    ],
)
def test_a_town_spelt_otherwise(gazetteer: Gazetteer, title: str, body: str,
                                place: str) -> None:
    assert extract(_article(title, body), gazetteer).place == place


@pytest.mark.parametrize(
    ("title", "body", "admin1"),
    [
        # a town measured from, far away, is not where it happened
        ("Al-Shabaab storms AU base at El Baraf, claims heavy toll",
         "MOGADISHU — Al-Shabaab fighters attacked an African Union base in El Baraf, about 160 "
         "km north of Mogadishu, in Middle Shabelle, at dawn on Tuesday, residents said.",
         "Middle Shabelle"),
        # nor is where diplomats sit
        ("Burundi says 10 soldiers killed after Al Shabaab assault on El Baraf base",
         "Ten Burundian soldiers were killed when al Shabaab militants attacked their base in El "
         "Baraf in central Somalia on Tuesday. Diplomats in Mogadishu said the real toll was "
         "likely higher.",
         None),
    ],
)
def test_a_town_measured_from_or_where_diplomats_sit(gazetteer: Gazetteer, title: str,
                                                    body: str, admin1: str | None) -> None:
    ext = extract(_article(title, body), gazetteer)
    assert ext.admin1 == admin1
    assert ext.country == "SO"


def test_a_provinces_authorities_tell_the_country(gazetteer: Gazetteer) -> None:
    # a village the gazetteer lacks, and only the state government that speaks: the country
    ext = extract(_article(
        "Runji: survivors recount night of terror as death toll stands at 33",
        "The smell of smoke still hung over Runji on Monday, two days after armed men stormed "
        "the farming community and killed 33 people, according to the Kaduna State "
        "Government.",
    ), gazetteer)
    assert ext.country == "NG"


@pytest.mark.parametrize(
    ("sentences", "dead"),
    [
        # a list of three sides is summed whole
        (["Le gouvernement annonce 15 soldats, 11 civils et 4 VDP tués."], 30),
        # the attackers an army "neutralised", in a clause of their own, are added
        (["Oudalan : une trentaine de morts dans des attaques terroristes près de Markoye",
          "Le gouvernement annonce 15 soldats, 11 civils et 4 VDP tués ; une quinzaine "
          "d'assaillants « neutralisés »."], 45),
        # (those arrested are not dead; drones downed are no people)
        (["Bilan provisoire : 14 terroristes neutralisés et 31 interpellés."], 14),
        (["Huit drones ont visé la capitale : trois ont été neutralisés."], None),
        # shells that fell are no fallen men
        (["Au moins deux projectiles sont tombés près de l'aéroport, sans faire de victimes."],
         0),
        # a side's claim told as such
        (["Toll from Sunday's missile strike on Yavoriv range stands at 35",
          "Russia claimed, without evidence, that \"up to 180 foreign mercenaries\" had been "
          "killed."], 35),
    ],
)
def test_sides_lists_and_claims(sentences: list[str], dead: int | None) -> None:
    assert casualties(sentences, headline=1 if len(sentences) > 1 else 0).fatalities == dead


def test_whence_a_missile_was_fired_at_a_ship(gazetteer: Gazetteer) -> None:
    # the target at sea: the country it was fired from is the best guess, not the ship's flag
    ext = extract(_article(
        "Mer Rouge : le chimiquier norvégien Strinda touché par un missile tiré depuis le Yémen",
        "Le chimiquier Strinda, battant pavillon norvégien, a été frappé lundi soir par un "
        "missile de croisière antinavire alors qu'il transitait en mer Rouge, a indiqué le "
        "Centcom. Aucune victime n'est à déplorer.",
    ), gazetteer)
    assert ext.country == "YE"


@pytest.mark.parametrize(
    ("title", "body", "incident"),
    [
        # a byline standing as the first paragraph is no lead
        ("Gaza : Israël élimine Baha Abou al-Ata, chef militaire du Jihad islamique",
         "Par notre correspondant à Jérusalem\n\nL'armée israélienne a tué mardi à l'aube Baha "
         "Abou al-Ata, chef militaire du Jihad islamique, dans une frappe sur sa maison de "
         "Chajaïya, à Gaza. Son épouse a aussi été tuée.",
         True),
        # (a team knocked out is no killing)
        ("Cricket : l'Afghanistan élimine l'Angleterre, une victoire pour un pays meurtri",
         "L'Afghanistan a battu l'Angleterre de huit courses mercredi à Lahore et l'a éliminée "
         "du Champions Trophy.",
         False),
        # bodies found, some left hanging
        ("Mexique : dix-neuf corps découverts à Uruapan, dont neuf pendus à un pont",
         "Dix-neuf corps, dont neuf pendus à un pont routier, ont été découverts jeudi à "
         "Uruapan, dans l'État du Michoacán.",
         True),
        # a train fire from a cooking cylinder is an accident
        ("74 killed as fire engulfs Tezgam express near Liaquatpur",
         "At least 74 passengers were killed when a fire tore through three carriages of the "
         "Tezgam express. Officials said a gas cylinder used by passengers to cook breakfast "
         "exploded.",
         False),
    ],
)
def test_bylines_eliminations_bodies_and_train_fires(gazetteer: Gazetteer, title: str,
                                                     body: str, incident: bool) -> None:
    assert extract(_article(title, body), gazetteer).is_incident is incident


def test_the_answered_attack_told_at_length(gazetteer: Gazetteer) -> None:
    # the strikes' place, not that of the earlier attack they answer, told in a long clause
    ext = extract(_article(
        "U.S. strikes Iran-backed militia in Iraq and Syria after contractor's death",
        "The United States carried out air strikes on Sunday against five facilities of the "
        "Kata'ib Hezbollah militia in Iraq and Syria, the Pentagon said, two days after a rocket "
        "attack that killed an American civilian contractor near Kirkuk.\n\nMilitia sources "
        "said at least 19 fighters were killed at the group's headquarters near al-Qaim, in "
        "Anbar province.",
    ), gazetteer)
    assert ext.admin1 == "Al Anbar"


@pytest.mark.parametrize(
    ("title", "body", "incident"),
    [
        # explosives said to go off by accident
        ("Nine killed as seized explosives go off accidentally at Nowgam police station",
         "Nine people were killed when a stockpile of seized explosives went off accidentally "
         "at the Nowgam police station in Srinagar late on Friday, police said, ruling out an "
         "attack.",
         False),
        ("Cachemire : neuf morts dans une explosion accidentelle d'explosifs saisis",
         "Neuf personnes ont été tuées vendredi soir dans l'explosion accidentelle d'explosifs "
         "saisis, entreposés au commissariat de Nowgam, à Srinagar, selon la police.",
         False),
    ],
)
def test_explosives_gone_off_by_accident(gazetteer: Gazetteer, title: str, body: str,
                                         incident: bool) -> None:
    assert extract(_article(title, body), gazetteer).is_incident is incident


def test_a_town_the_gazetteer_lacks_is_no_village_elsewhere(gazetteer: Gazetteer) -> None:
    # San Vicente in Baja California is not the Guerrero village of that name
    ext = extract(_article(
        "Gunmen kill at least 10 at off-road rally in Mexico's Baja California",
        "Gunmen opened fire Sunday on spectators at an off-road car rally in the town of San "
        "Vicente in Mexico's Baja California state, south of Ensenada, killing at least 10 "
        "people, authorities said.",
    ), gazetteer)
    assert (ext.admin1, ext.country) == ("Baja California", "MX")


def test_a_province_named_like_towns_elsewhere_under_a_local_dateline(
    gazetteer: Gazetteer,
) -> None:
    # "San Vicente" is a department of El Salvador and towns of several countries; under an
    # Ensenada dateline it is not El Salvador
    ext = extract(_article(
        "San Vicente rally massacre: what we know so far",
        "ENSENADA — One day after gunmen sprayed the crowd at an off-road race in San Vicente, "
        "the death toll stood at 10, the Baja California attorney general's office said "
        "Monday.\n\nThe San Vicente race had drawn several hundred people.",
    ), gazetteer)
    assert ext.country == "MX"


def test_riots_with_tear_gas_grenades(gazetteer: Gazetteer) -> None:
    # a police's tear-gas grenades are no grenade attack; youths burning cars are a riot
    ext = extract(_article(
        "Nanterre : nuit de violences urbaines après la mort de Nahel, 17 ans, tué par un "
        "policier",
        "Des heurts ont opposé toute la nuit des groupes de jeunes aux forces de l'ordre à "
        "Nanterre. Des dizaines de voitures ont été incendiées. Des mortiers d'artifice ont été "
        "tirés sur les policiers, qui ont répliqué par des grenades lacrymogènes.",
    ), gazetteer)
    assert (ext.event_type, ext.sub_event_type) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # the verdict that set off the riots is their cause, not the news
        ("Sénégal : neuf morts dans les émeutes après la condamnation d'Ousmane Sonko",
         "Neuf personnes ont été tuées jeudi au Sénégal lors des violentes manifestations qui "
         "ont suivi la condamnation de l'opposant Ousmane Sonko, selon le gouvernement."),
        # a town won back, "liberated"
        ("Klishchiivka Liberated: Ukraine Tightens Squeeze on Bakhmut's Southern Flank",
         "Ukrainian troops have liberated Klishchiyivka, a village on commanding heights just "
         "south of Bakhmut, the army said on Sunday."),
    ],
)
def test_a_verdict_that_set_it_off_and_a_town_liberated(gazetteer: Gazetteer, title: str,
                                                        body: str) -> None:
    assert extract(_article(title, body), gazetteer).is_incident


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Policeman killed as blast hits escort of diplomats' convoy",
         "A policeman was killed on Sunday when a roadside bomb struck a police van escorting "
         "foreign diplomats near Malam Jabba in the Swat valley, police said.\n\n"
         "The convoy included diplomats from Indonesia, Portugal, Kazakhstan, Bosnia and "
         "Herzegovina, Zimbabwe, Rwanda and Vietnam."),
        ("Un policier tué par une bombe au passage d'un convoi de diplomates",
         "Un policier a été tué dimanche par l'explosion d'une bombe au passage d'un convoi de "
         "diplomates étrangers dans le district de Swat, selon la police.\n\n"
         "Le convoi transportait des diplomates d'Indonésie, du Portugal, du Kazakhstan, du "
         "Rwanda et du Vietnam."),
    ],
)
def test_a_roll_of_countries_is_who_not_where(gazetteer: Gazetteer, title: str,
                                              body: str) -> None:
    ext = extract(_article(title, body), gazetteer)
    assert ext.country == "PK" and ext.admin1 == "Khyber Pakhtunkhwa"
    assert ext.place in ("Swat", "Malam Jabba")
    # the roll alone, with no place, names no country of the event either way
    roll = extract(_article(title, body.split("\n\n")[1] + " A policeman was killed."),
                   gazetteer)
    assert roll.country != "ID"


@pytest.mark.parametrize(
    ("title", "incident"),
    [
        ("Colombia's Petro freezes peace talks with ELN after deadly base attack", False),
        ("Bogota suspend les pourparlers avec l'ELN après un attentat meurtrier", False),
        # the violence is the news, the talks its setting
        ("Deadly attack on army base after peace talks stall", True),
        ("Two soldiers killed in ambush after talks with ELN collapse", True),
    ],
)
def test_talks_stopped_after_an_attack(gazetteer: Gazetteer, title: str,
                                       incident: bool) -> None:
    body = ("The attack on a military base in Arauca on Tuesday killed two soldiers and wounded "
            "26, officials said.")
    assert extract(_article(title, body), gazetteer).is_incident is incident


@pytest.mark.parametrize(
    "aside",
    [
        "The Islamic State group's local affiliate has claimed several recent attacks in Kabul, "
        "though it was not clear who was behind Friday's blast.",
        "La branche locale du groupe État islamique a revendiqué plusieurs attentats récents à "
        "Kaboul.",
    ],
)
def test_claims_of_other_attacks_by_the_many(gazetteer: Gazetteer, aside: str) -> None:
    ext = extract(_article(
        "Car bomb kills 30 at Afghan guesthouse in Logar",
        "KABUL — A suicide car bomb exploded outside a guesthouse in Pul-i-Alam late Friday, "
        "killing at least 30 people, officials said.\n\n"
        "No group immediately claimed responsibility. " + aside,
    ), gazetteer)
    assert ext.claimed_by is None and "is-khorasan" not in ext.actors


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Tuesday's bomb attack that killed Lieutenant General Igor Kirillov, head of the "
         "army's chemical protection troops, and his assistant outside an apartment block", 2),
        ("Gunmen killed Mayor Juan Perez and his bodyguard on Sunday.", 2),
        ("Le général Kirillov et son adjoint ont été tués dans un attentat.", 2),
        ("The strike killed Hamas commander Ali Qadi and his deputy.", 2),
        # one man, and what is his
        ("The drone killed the commander and damaged his car.", 1),
        ("The sniper killed the commander, and his men fled.", 1),
    ],
)
def test_one_killed_with_a_companion(text: str, dead: int) -> None:
    assert casualties([text]).fatalities == dead


@pytest.mark.parametrize(
    ("title", "body", "sub"),
    [
        ("Russian strike on supermarket in Kostiantynivka kills at least 10",
         "The strike hit the store on Monday afternoon, regional officials said.",
         "Shelling/artillery/missile attack"),
        ("Ukraine : une frappe russe fait 12 morts à Kharkiv",
         "La frappe a touché un immeuble résidentiel dimanche, selon le gouverneur.",
         "Shelling/artillery/missile attack"),
        # the weapon named, or another state's strike
        ("Russian drone strike on Odesa kills two",
         "The drones hit a port building overnight, officials said.", "Air/drone strike"),
        ("Israeli strike on Nabatieh kills three",
         "The strike hit a building on Monday, Lebanese officials said.", "Air/drone strike"),
    ],
)
def test_a_strike_told_without_its_weapon(gazetteer: Gazetteer, title: str, body: str,
                                          sub: str) -> None:
    assert extract(_article(title, body), gazetteer).sub_event_type == sub


@pytest.mark.parametrize(
    ("title", "incident"),
    [
        ("Syrian man held over deadly Solingen knife attack", False),
        ("NIA arrests two men for sheltering attackers behind tourist massacre", False),
        ("Owo Church Attack: Military Arrests Suspected Masterminds", False),
        ("Philippines : l'ex-député accusé d'avoir commandité l'assassinat d'un gouverneur, "
         "arrêté au Timor", False),
        # the killing or its toll is still the news
        ("Mob kills man accused of blasphemy, police arrest five", True),
        ("Explosions de Bukavu : le bilan s'alourdit, des suspects arrêtés", True),
        ("Bombing toll rises to 16 as funeral prayers held in Bannu", True),
    ],
)
def test_an_arrest_in_the_headline(gazetteer: Gazetteer, title: str, incident: bool) -> None:
    body = ("The attack on Friday killed three people and wounded eight, police said. "
            "Investigators said the suspects had been under watch.")
    assert extract(_article(title, body), gazetteer).is_incident is incident


@pytest.mark.parametrize(
    ("texts", "dead"),
    [
        (["Syrie : à Hassaké, les combats autour de la prison ont fait près de 90 morts",
          "Au total, 89 personnes ont été tuées, selon l'OSDH."], 89),
        (["Nearly 100 killed in border fighting",
          "The toll rose to 94 dead, officials said."], 94),
        # a count well below the rough figure is another count
        (["About 50 killed in attack on village", "Officials said 30 people were killed."], 50),
        # an exact figure above stands
        (["Nearly 90 killed in clashes", "Officials said 93 people were killed."], 93),
    ],
)
def test_a_rough_figure_and_its_count(texts: list[str], dead: int) -> None:
    assert casualties(texts, headline=1).fatalities == dead


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Mondoro : les FAMa repoussent une « attaque complexe », 27 militaires tués",
         "Le camp de Mondoro a été la cible vendredi d'une « attaque complexe et simultanée » "
         "menée à l'aide de véhicules piégés et d'armes lourdes, selon l'état-major."),
        ("Complex attack on army base in Mopti region kills 27 soldiers",
         "Militants used car bombs and heavy weapons in a complex attack on the camp on "
         "Friday, the army said."),
    ],
)
def test_a_complex_attack_on_a_base_is_a_battle(gazetteer: Gazetteer, title: str,
                                                body: str) -> None:
    ext = extract(_article(title, body), gazetteer)
    assert (ext.event_type, ext.sub_event_type) == ("Battles", "Armed clash")


#: Headlines that tell violence, or news of their own around it.
INCIDENT_OR_NOT = [
    # storming, setting ablaze; fires of the weather or a hospital ward
    ("Islamist militants storm Nigerian town of Dikwa, set U.N. aid hub ablaze",
     "Fighters believed to belong to Islamic State's West Africa branch fought troops for "
     "hours in the Borno town on Monday, residents said.", True),
    ("Gunmen storm police post in Zamfara", "Residents said the gunmen came at night.", True),
    # a storm of the weather, a hospital ward on fire
    ("Storm Daniel floods eastern Libya", "Thousands are missing in Derna.", False),
    ("Irak. Au moins 82 morts dans l'incendie d'un hôpital Covid à Bagdad",
     "Au moins 82 personnes sont mortes et 110 ont été blessées dans l'incendie qui a "
     "ravagé dans la nuit l'hôpital Ibn al-Khatib. Le feu a été provoqué par l'explosion "
     "de bouteilles d'oxygène.", False),
    ("Fire at a Covid hospital in Nasiriyah kills 60",
     "The fire broke out in the isolation ward when oxygen cylinders exploded.", False),
    # (not a hospital set on fire by attackers)
    ("Rebels attack hospital in Beni, set wards on fire",
     "At least 12 patients were killed when rebels attacked the hospital and set it on "
     "fire, officials said.", True),
    # anniversaries counted in years
    ("Quatre ans après l'explosion du port, les familles des victimes réclament justice",
     "Quatre ans après l'explosion qui a tué plus de 220 personnes au port de Beyrouth, "
     "l'enquête est toujours au point mort.", False),
    ("Five years after the Christchurch mosque attacks, survivors remember",
     "Five years after a gunman killed 51 worshippers at two mosques, survivors gathered "
     "on Friday.", False),
    # a span that dates today's attack is no anniversary
    ("Gunmen kill four in Zamfara village",
     "Gunmen killed four people on Sunday in a village attacked before, residents said.",
     True),
    # attacks to come
    ("Houthis say they will resume attacks on Israeli ships as Gaza aid deadline expires",
     "The Houthis said on Tuesday they would resume attacks on Israeli-linked ships "
     "unless aid entered Gaza.", False),
    ("Teachers recalled from Pakistan after BLA warns of more attacks",
     "The Baloch Liberation Army warned of more attacks on Chinese nationals.", False),
    # what was done, then what is vowed
    ("Gunmen kill five soldiers in Tillaberi ambush",
     "Gunmen killed five soldiers in an ambush on Monday; the army vowed to hunt them "
     "down.", True),
    # a hostage seen on a video
    ("Le Hamas diffuse une vidéo de l'otage israélo-américain Hersh Goldberg-Polin",
     "La branche armée du Hamas a diffusé mercredi une vidéo de l'otage israélo-américain "
     "Hersh Goldberg-Polin, enlevé lors de l'attaque du 7 octobre contre le festival Nova.",
     False),
    ("Hamas releases video of hostage held in Gaza",
     "Hamas released a video of hostage Hersh Goldberg-Polin on Wednesday, who was seized "
     "in the attack on the Nova festival.", False),
    ("Gunmen take five hostages in attack on Kaduna church",
     "Gunmen stormed the church on Sunday, residents said.", True),
    # money news from a war (not a tanker's cargo)
    ("Crew of Greek-flagged tanker evacuated after attack in Red Sea; Houthis claim it",
     "The crew of the Greek-flagged oil tanker Sounion, carrying 150,000 tonnes of crude oil, "
     "was evacuated on Thursday after the vessel was hit by projectiles, officials said.",
     True),
    ("Oil prices climb as Red Sea attacks disrupt shipping",
     "Oil prices rose on Monday after Houthi attacks on ships, traders said.", False),
    ("Suez Canal revenue halves as Red Sea attacks divert shipping",
     "Revenue fell to $4 billion as Houthi attacks on ships pushed carriers to sail "
     "around Africa, the canal authority said.", False),
    ("TotalEnergies lifts force majeure on Mozambique LNG project",
     "The project was halted in 2021 after an insurgent attack on Palma killed dozens.",
     False),
    ("Les recettes du canal de Suez chutent après les attaques en mer Rouge",
     "Les attaques des Houthis contre les navires ont fait fuir les armateurs.", False),
    # courts and sentences; a depot on fire
    ("Military courts sentence 25 civilians over May 9 riots",
     "Pakistani military courts have sentenced 25 civilians to prison terms of two to ten "
     "years for their role in the riots of May 9, when protesters attacked army "
     "installations.", False),
    ("N'Djamena : neuf morts dans l'incendie d'un dépôt de munitions à Goudji",
     "L'incendie d'un dépôt de munitions de l'armée a fait neuf morts et des dizaines de "
     "blessés, selon le gouvernement.", False),
    # a depot set on fire by a strike
    ("Ukraine : l'incendie d'un dépôt de munitions après une frappe de drones à Toropets",
     "Une frappe de drones ukrainiens a provoqué l'incendie d'un dépôt de munitions, "
     "selon les autorités.", True),
    # suspects brought before a judge for an attack of last year
    ("Kano mosque bombing: four suspects arraigned in Abuja",
     "Four men accused over last year's bombing of a mosque in Kano, in which 30 worshippers "
     "were killed, were arraigned before a federal court on Monday on terrorism charges.",
     False),
    ("Two men charged over Manchester Arena bombing",
     "Police said two men had been charged with helping plan the attack that killed 22 people "
     "in 2017.", False),
    ("Three suspects in Marawi bus bombing surrender to police",
     "Three men wanted over last month's bombing of a bus that killed five people gave "
     "themselves up to police on Sunday.", False),
    # road crashes, and the dead of a past strike remembered
    ("Nigeria bus plunges off bridge, killing 20",
     "Twenty passengers were killed when a bus fell into a river after its brakes failed, "
     "road safety officials said.", False),
    ("Cameroun : un car fait une chute dans un ravin, quinze morts",
     "Quinze passagers ont été tués lorsque leur car a quitté la route près de Dschang, selon "
     "la gendarmerie.", False),
    ("Kharkiv commemorates victims of shopping mall missile strike one year on",
     "Hundreds gathered on Sunday to lay flowers at the site of the strike that killed 19 "
     "people last year.", False),
    ("Four NPA rebels surrender in Samar",
     "The four, including a squad leader, handed over two rifles to the army on Monday.", False),
    ("Liban : l'explosion d'un réservoir de carburant fait au moins 12 morts dans le Nord",
     "Au moins douze personnes ont été tuées dimanche dans l'explosion d'un réservoir de "
     "carburant dans un village du Akkar, selon la Croix-Rouge.", False),
    # a crowd that sets a consulate on fire
    ("Protesters set Iran's consulate on fire in Basra",
     "Hundreds of protesters stormed the Iranian consulate in Basra overnight and set the "
     "building on fire, police said.", True),
    # forces that trade fire
    ("Chaman crossing shut after Pakistani, Afghan forces exchange fire",
     "The border crossing was closed on Wednesday after border guards of the two countries "
     "traded fire for several hours, officials said.", True),
    ("Le poste-frontière de Chaman fermé après des échanges de tirs entre gardes-frontières",
     "Le poste-frontière a été fermé mercredi après des échanges de tirs entre les "
     "gardes-frontières des deux pays, selon des responsables locaux.", True),
]


@pytest.mark.parametrize(("title", "body", "incident"), INCIDENT_OR_NOT)
def test_incident_or_not(gazetteer: Gazetteer, title: str, body: str, incident: bool) -> None:
    assert extract(_article(title, body), gazetteer).is_incident is incident


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Birmanie : la capitale visée par une attaque de drones",
         "Nay Pyi Taw a été la cible jeudi de plusieurs drones armés. Le gouvernement d'unité "
         "nationale a revendiqué l'opération ; la junte assure avoir abattu sept engins."),
        ("Myanmar junta says it shot down drones aimed at capital",
         "The military said it shot down seven drones launched at Naypyitaw on Thursday. The "
         "National Unity Government claimed the attack on the air base."),
    ],
)
def test_the_shadow_government_claims_for_its_armed_wing(gazetteer: Gazetteer, title: str,
                                                         body: str) -> None:
    assert extract(_article(title, body), gazetteer).claimed_by == "pdf-myanmar"


@pytest.mark.parametrize(
    ("title", "body", "admin1"),
    [
        # a village the gazetteer lacks, told near a town it knows
        ("Al Qaeda affiliate claims attack that killed 53 Burkinabe troops",
         "JNIM has claimed Monday's attack in northern Burkina Faso that killed 17 soldiers and "
         "36 auxiliaries at Koumbri, in Yatenga province.\n\nKoumbri lies about 20 km north of "
         "Ouahigouya. In June, 31 soldiers were killed when a convoy returning from the "
         "besieged town of Djibo was ambushed.", "Nord"),
        # ... or in a province named in brackets, when only the country is known
        ("Attaque de Koumbri : 17 militaires et 36 VDP tombés",
         "Cinquante-trois combattants ont perdu la vie lundi lors d'une attaque terroriste à "
         "Koumbri, dans la province du Yatenga (région du Nord), a annoncé l'état-major "
         "burkinabè.", "Nord"),
    ],
)
def test_a_village_s_province_told_by_its_neighbour_or_in_brackets(
    gazetteer: Gazetteer, title: str, body: str, admin1: str
) -> None:
    ext = extract(_article(title, body, "2023-09-06T10:00:00Z"), gazetteer)
    assert (ext.place, ext.admin1) == ("Koumbri", admin1)


def test_an_aircraft_s_model_is_no_village(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Drones hit Russian airfield in Rostov region, Ukrainian source says",
        "Ukrainian drones struck an airfield in Russia's Rostov region overnight, damaging "
        "several aircraft, a Ukrainian security source said.",
        summary="The region is home to a base of Su-34 bombers that drop glide bombs on "
        "Ukrainian towns."), gazetteer)
    assert ext.place is not None and "Su" not in ext.place


def test_a_capital_that_answers_is_not_the_place(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Russia says it killed five Ukrainian 'saboteurs' on its soil; Kyiv calls it fake news",
        "MOSCOW — Russia's military said on Monday its forces had killed five members of a "
        "Ukrainian sabotage group who had crossed into Russia's Rostov region near a village, "
        "an account that Ukraine denied.\n\n\"Ukraine did not attack Donetsk or Luhansk, did "
        "not send any saboteurs over the Russian border,\" the foreign minister wrote.",
        "2022-02-21T15:00:00Z",
        summary="Ukraine's foreign minister denied that any Ukrainian troops had crossed the "
        "border into Russia's Rostov region."), gazetteer)
    assert (ext.country, ext.admin1) == ("RU", "Rostov")


def test_a_chosen_town_near_the_one_named_stands(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Irak : des drones non identifiés frappent des radars de l'armée à Taji",
        "BAGDAD — Des drones non identifiés ont frappé mardi à l'aube le système radar du camp "
        "militaire de Taji, au nord de Bagdad, a annoncé l'armée irakienne.\n\n« Des drones "
        "ont visé des installations radar au camp de Taji », a déclaré un porte-parole."),
        gazetteer)
    assert ext.lat is not None and ext.lat > 33.45  # Taji, not Baghdad


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Engineer killed as missile hits ship stranded in Ukrainian port",
         "A marine engineer was killed when a missile struck a bulk carrier at the Ukrainian "
         "port of Olvia on Wednesday, the ship's owner said."),
        ("Un marin tué par un missile dans un port ukrainien",
         "Un marin a été tué mercredi lorsqu'un missile a frappé un vraquier immobilisé dans "
         "le port d'Olvia, près de Mykolaïv, dans le sud de l'Ukraine."),
    ],
)
def test_a_port_the_gazetteer_lacks_is_the_place(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert extract(_article(title, body), gazetteer).place == "Olvia"


@pytest.mark.parametrize(("title", "summary", "body"), [
    ("One dead as villagers storm army post in northern Iraq",
     "Residents angry over Turkish air strikes that killed three shepherds set fire to vehicles.",
     "One man was killed when hundreds of villagers stormed a Turkish army post near Kani Masi "
     "on Sunday and set fire to two armoured vehicles, local officials said. The crowd had "
     "gathered to protest against air strikes on Thursday that killed three shepherds."),
    ("Irak : un mort dans l'assaut de manifestants contre un poste militaire turc",
     "Des habitants en colère contre les frappes aériennes turques ont incendié deux blindés.",
     "Un manifestant a été tué dimanche lorsque des centaines d'habitants ont pris d'assaut un "
     "poste de l'armée turque près de Kani Masi et incendié deux véhicules blindés. Ils "
     "s'étaient rassemblés pour protester contre les frappes aériennes de jeudi."),
    # protesters fired on who stormed and set fire are rioters
    ("Irak : deux manifestants tués dans l'assaut contre une base turque",
     "Des habitants protestaient contre les raids aériens turcs.",
     "Deux manifestants ont été tués samedi lorsque des habitants ont pris d'assaut une base "
     "militaire turque près de Kani Masi. Les soldats turcs ont ouvert le feu sur la foule, qui "
     "avait mis le feu à des tentes et à deux chars."),
])
def test_strikes_a_crowd_protests_are_its_cause(
    gazetteer: Gazetteer, title: str, summary: str, body: str
) -> None:
    ext = extract(_article(title, body, summary=summary), gazetteer)
    assert (ext.event_type, ext.sub_event_type) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize(("title", "summary", "body"), [
    ("Mali : attaque meurtrière contre le camp militaire de Boni, 20 soldats tués",
     "Le camp de l'armée a été attaqué par des assaillants à moto et à bord de véhicules "
     "piégés.",
     "Un camp de l'armée malienne a été la cible d'une attaque d'envergure vendredi à Boni, "
     "dans le cercle de Douentza.\n\nLes assaillants, certains à moto, d'autres à bord de "
     "véhicules piégés, ont attaqué le camp par plusieurs côtés. Les échanges de tirs ont été "
     "intenses, selon des témoins."),
    ("Militants attack army camp in central Mali, 20 soldiers killed",
     "The camp was attacked by gunmen on motorbikes and in car bombs.",
     "An army camp in central Mali was the target of a large attack on Friday in Boni.\n\nThe "
     "attackers, some on motorbikes and some in car bombs, attacked the camp from several "
     "sides. The exchange of fire was intense, witnesses said."),
])
def test_an_assault_on_a_camp_opened_by_car_bombs_is_a_battle(
    gazetteer: Gazetteer, title: str, summary: str, body: str
) -> None:
    ext = extract(_article(title, body, summary=summary), gazetteer)
    assert (ext.event_type, ext.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("in retaliation for the strike", True),
        ("as a response to the raids", True),
        ("en représailles aux frappes", True),
        ("en « riposte » à l'attaque", True),
        ("pour venger les victimes", True),
        ("to avenge the killing", True),
        # (what comes after a word of answering is no cause of it)
        ("the army's response was swift", False),
        ("une réponse militaire", False),
    ],
)
def test_the_words_of_what_an_act_answers(text: str, answers: bool) -> None:
    """One lexicon entry tells what an act answers, for tolls, places, claims and denials."""
    import re

    from bot.domain import _lexicon as lx
    assert bool(re.search(lx.REPRISAL_FOR, text, re.IGNORECASE)) is answers


def test_a_capital_before_a_passive_claim_is_no_state_claiming(gazetteer: Gazetteer) -> None:
    # the capital is where the other attack was, and the claim verb's agent comes after it
    ext = extract(_article(
        "Djibo : un couple d'Australiens enlevé dans la nuit",
        "Un couple d'Australiens a été enlevé dans la nuit de vendredi à samedi à Djibo, dans "
        "la province du Soum, a annoncé le gouvernement.\n\nDes hommes armés se sont présentés "
        "à leur domicile en pleine nuit.\n\nL'enlèvement est survenu la même nuit que l'attaque "
        "contre l'hôtel Splendid à Ouagadougou, également revendiquée par des jihadistes.",
        "2016-01-16T14:00:00Z",
    ), gazetteer)
    assert ext.claimed_by is None
    assert "military-forces-bf" not in ext.actors


@pytest.mark.parametrize(("body", "day"), [
    ("JERUSALEM — Five Israeli soldiers were killed when explosive devices went off in Beit "
     "Hanoun late on Monday, the military said on Tuesday.\n\nThe area had been struck from the "
     "air before the troops went in, as part of an offensive launched on Saturday to clear the "
     "town.", date(2025, 7, 7)),
    ("JÉRUSALEM — Cinq soldats israéliens ont été tués lundi soir par des engins explosifs à "
     "Beit Hanoun, a annoncé mardi l'armée.\n\nLa zone avait été bombardée avant l'entrée des "
     "troupes, dans le cadre d'une offensive lancée samedi pour reprendre la ville.",
     date(2025, 7, 7)),
    # (an assault's own start is its day)
    ("MOGADISHU — At least 26 people were killed in the siege of a hotel in Kismayo, the "
     "regional president said on Saturday.\n\nThe assault began on Friday evening when a "
     "suicide bomber rammed a car into the gate.", date(2025, 7, 4)),
])
def test_the_day_a_campaign_began_dates_not_the_attack_in_it(
    gazetteer: Gazetteer, body: str, day: date
) -> None:
    ext = extract(_article("Soldiers killed in blast", body, "2025-07-08T06:30:00Z"), gazetteer)
    assert ext.incident_date == day


@pytest.mark.parametrize("summary", [
    "The boy died on Tuesday night. Residents plan a march on Thursday.",
    "The boy died on Tuesday night. Residents have called a march for Thursday.",
])
def test_a_day_people_plan_dates_nothing(gazetteer: Gazetteer, summary: str) -> None:
    ext = extract(_article(
        "Boy dies of wounds, taking toll from Culiacán carjacking attack to three",
        "CULIACÁN — A nine-year-old boy wounded when gunmen opened fire on his family's pickup "
        "truck in Culiacán on Sunday died in hospital on Tuesday night, authorities said.",
        "2025-01-22T17:15:00Z", summary=summary,
    ), gazetteer)
    assert ext.incident_date == date(2025, 1, 19)


@pytest.mark.parametrize(("title", "body", "admin1"), [
    # "Wani" is also a town of Maharashtra, "Kajuru" a town of Kaduna State
    ("Militant commander killed in gunfight, police say",
     "Security forces killed militant commander Sabzar Wani in a gunfight in Tral on "
     "Saturday, police said.", "Jammu and Kashmir"),
    ("Gunmen kill three farmers in Plateau village",
     "Gunmen killed three farmers in an attack on Bokkos late on Monday, a resident, Dauda "
     "Kajuru, said.", "Plateau"),
])
def test_a_surname_that_is_a_town_places_nothing(
    gazetteer: Gazetteer, title: str, body: str, admin1: str
) -> None:
    ext = extract(_article(title, body, "2017-05-28T10:00:00Z"), gazetteer)
    assert ext.admin1 == admin1


def test_a_headline_opening_on_in_keeps_the_village_name(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "In Hawoora, a village of apple orchards, two teenagers die in crossfire",
        "ANANTNAG — Two teenagers were killed in crossfire during a gunfight between soldiers "
        "and militants on Friday, residents said.", "2017-05-28T10:00:00Z",
    ), gazetteer)
    assert ext.place == "Hawoora"


@pytest.mark.parametrize(("title", "summary", "body"), [
    # a crowd's arson in a French headline's present tense, the court only its sequel
    ("Inde : une foule incendie une église dans le district de Kandhamal",
     "Des centaines de personnes ont attaqué dimanche l'église du village ; la police a arrêté "
     "douze suspects et la cour a été saisie.",
     "Une foule de plusieurs centaines de personnes a incendié dimanche une église dans le "
     "district de Kandhamal, dans l'État d'Odisha, selon la police. Aucune victime n'a été "
     "signalée."),
    # a garrison's withdrawal agreed is no deal in the news
    ("Rebels say they have taken Idlib",
     "Fighters take over the city after the army agrees to pull out, a war monitor says.",
     "Rebel fighters said they had taken control of the city of Idlib late on Saturday, after "
     "government forces agreed to withdraw."),
    # what a crowd demands is no news of its own
    ("Protesters storm parliament building in Bishkek",
     "Demonstrators broke through the gates; at least nine people were taken to hospital.",
     "Opposition protesters stormed the parliament building in Bishkek on Friday, demanding "
     "the resignation of the prime minister over a contested mining agreement."),
])
def test_violence_told_with_what_sets_it_off_is_an_incident(
    gazetteer: Gazetteer, title: str, summary: str, body: str
) -> None:
    ext = extract(_article(title, body, "2024-11-16T08:00:00Z", summary=summary), gazetteer)
    assert ext.is_incident


@pytest.mark.parametrize(("title", "body", "civilians"), [
    ("Russian missiles hit fuel depot near Lviv, no casualties",
     "Russian missiles struck a fuel depot on the outskirts of Lviv on Saturday evening, "
     "setting it ablaze, the regional governor said. No one was killed or injured.", False),
    ("Drones hit apartment buildings in Kazan, no casualties",
     "Several drones crashed into residential buildings in Kazan on Saturday morning, local "
     "authorities said. No one was killed or injured.", True),
])
def test_a_strike_that_hurt_nobody_has_no_victims(
    gazetteer: Gazetteer, title: str, body: str, civilians: bool
) -> None:
    ext = extract(_article(title, body, "2024-12-22T08:00:00Z"), gazetteer)
    assert ext.fatalities == 0 and ext.injured == 0
    assert any(a.startswith("civilians-") for a in ext.actors) is civilians


def test_settlers_victims_are_the_villagers(gazetteer: Gazetteer) -> None:
    # (the Israelis hurt are settlers, hit back by the villagers)
    ext = extract(_article(
        "Palestinian killed as settlers storm West Bank village after Israeli teen goes "
        "missing",
        "RAMALLAH, West Bank — A Palestinian man was shot dead and at least a dozen people were "
        "wounded on Saturday when hundreds of Israeli settlers stormed the village of Turmus "
        "Ayya, setting fire to homes and cars, the Palestinian health ministry said. Two "
        "Israelis were lightly hurt by stones thrown by villagers, the army said.",
        "2024-04-14T08:00:00Z",
    ), gazetteer)
    assert "israeli-settlers" in ext.actors and "civilians-ps" in ext.actors
    assert "civilians-il" not in ext.actors


@pytest.mark.parametrize(("title", "body"), [
    ("Cisjordanie : deux jeunes Israéliens blessés par balles près de la colonie de Shilo",
     "Deux jeunes Israéliens ont été blessés dimanche soir par des tirs près de la colonie de "
     "Shilo, dans le nord de la Cisjordanie occupée, a annoncé l'armée israélienne. Le tireur "
     "a pris la fuite."),
    ("Cisjordanie : une attaque par balles fait deux morts israéliens près de Shilo",
     "Une attaque par balles a fait deux morts israéliens dimanche soir près de la colonie de "
     "Shilo, dans le nord de la Cisjordanie occupée, a annoncé l'armée israélienne."),
])
def test_french_victims_by_nationality(gazetteer: Gazetteer, title: str, body: str) -> None:
    ext = extract(_article(title, body, "2023-08-21T08:00:00Z"), gazetteer)
    assert "civilians-il" in ext.actors and "civilians-ps" not in ext.actors


def test_a_bombing_counted_in_the_headline_kills_civilians(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Suicide car bomb kills at least 18 at entrance of Baidoa",
        "BAIDOA — A suicide bomber rammed a car packed with explosives into a checkpoint manned "
        "by soldiers at the entrance of Baidoa on Sunday, killing at least 18 people, officials "
        "said. Al Shabaab claimed the attack.", "2022-05-02T08:00:00Z",
    ), gazetteer)
    assert "civilians-so" in ext.actors


@pytest.mark.parametrize(("title", "summary", "body"), [
    # ground given up, told by the side that gives it up
    ("Ukraine : Moscou annonce le retrait de ses troupes de Kherson",
     "Le ministère russe de la Défense invoque une « menace d'encerclement ».",
     "L'armée russe a annoncé vendredi avoir retiré ses troupes de Kherson face à la « menace "
     "d'encerclement » de l'armée ukrainienne."),
    ("Ukraine pulls troops out of Vuhledar to avoid encirclement",
     "The army says its units withdrew after weeks of assaults.",
     "Ukraine's army said on Wednesday it had pulled its troops out of the eastern town of "
     "Vuhledar to avoid being encircled."),
])
def test_ground_given_up_is_an_incident(
    gazetteer: Gazetteer, title: str, summary: str, body: str
) -> None:
    ext = extract(_article(title, body, "2024-10-03T08:00:00Z", summary=summary), gazetteer)
    assert ext.is_incident


def test_a_town_a_headline_says_a_group_holds_is_taken_by_it(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Nord-Kivu : Kitshanga sous contrôle du M23, la population fuit vers Mweso",
        "La cité de Kitshanga est occupée depuis mardi après-midi par les rebelles du M23, "
        "confirment mercredi des notables joints par notre rédaction.",
        "2024-10-03T08:00:00Z", summary="La population a fui en masse.",
    ), gazetteer)
    assert ext.is_incident
    assert ext.sub_event_type == "Non-state actor overtakes territory"
    assert "m23" in ext.actors


def test_a_backdrop_of_talks_is_no_news_of_its_own(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Soudan : les FSR s'emparent d'En-Nahud",
        "Alors que Washington et Riyad doivent relancer les pourparlers de paix et un "
        "cessez-le-feu, les paramilitaires ont pris samedi la ville après des combats.",
        "2025-05-04T08:00:00Z",
        summary="Alors que les négociations de paix doivent reprendre à Djeddah, la ville est "
        "tombée samedi aux mains des paramilitaires.",
    ), gazetteer)
    assert ext.is_incident


def test_a_backdrop_of_talks_after_the_news_is_none_of_its_own(gazetteer: Gazetteer) -> None:
    # the backdrop trails the news, after a comma or « survient »
    ext = extract(_article(
        "Mali : des jihadistes lancent une offensive sur le camp de Boulkessi",
        "Des centaines de combattants ont donné l'assaut mercredi au camp de Boulkessi, a indiqué "
        "l'armée, alors que Bamako et les groupes armés du Nord discutent d'un accord de paix.",
        "2025-05-04T08:00:00Z",
        summary="L'assaut survient alors que les négociations sur un accord de paix entrent dans "
        "leur dernière phase.",
    ), gazetteer)
    assert ext.is_incident


@pytest.mark.parametrize(("title", "body", "sub_event"), [
    # a man's rifle taken is no ground taken
    ("Soldier stabbed to death at West Bank junction, attacker flees",
     "A Palestinian assailant stabbed an Israeli soldier to death at the Tapuah junction on "
     "Sunday, seized his rifle and opened fire on passing cars, the army said.", "Attack"),
    # ground rebels take, the state's ally bombing (no rebel group named)
    ("Syrian rebels seize strategic town of Maarat al-Numan",
     "Islamist-led rebels captured the town of Maarat al-Numan on Friday after government "
     "forces pulled out, a war monitor said. Russian jets struck rebel-held areas.",
     "Non-state actor overtakes territory"),
])
def test_what_is_seized_and_by_whom(
    gazetteer: Gazetteer, title: str, body: str, sub_event: str
) -> None:
    ext = extract(_article(title, body, "2024-11-30T08:00:00Z"), gazetteer)
    assert ext.sub_event_type == sub_event


def test_a_country_s_border_is_on_either_side_of_it(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Fire at Russian air base near Ukraine border",
        "Smoke rose over a Russian military air base at Millerovo, in the Rostov region, on "
        "Friday morning after what Russian media described as a Ukrainian missile strike.",
        "2022-02-25T10:00:00Z",
    ), gazetteer)
    assert ext.country == "RU" and ext.admin1 == "Rostov"


@pytest.mark.parametrize(("title", "body", "crew"), [
    ("Houthi missile hits Liberian-flagged bulk carrier in Red Sea",
     "A missile fired by Yemen's Houthis struck a bulk carrier in the Red Sea about 70 "
     "nautical miles off Hodeidah on Tuesday, the UK Maritime Trade Operations agency said. "
     "The Houthis claimed the attack.", True),
    # (a ship missed: no crew hit)
    ("Houthi missile lands in water near Liberian-flagged bulk carrier in Red Sea",
     "A missile fired by Yemen's Houthis landed in the water near a bulk carrier in the Red "
     "Sea about 70 nautical miles off Hodeidah on Tuesday, the UK Maritime Trade Operations "
     "agency said. The Houthis claimed the attack.", False),
])
def test_a_ship_s_crew_untold_by_nationality_is_international(
    gazetteer: Gazetteer, title: str, body: str, crew: bool
) -> None:
    ext = extract(_article(title, body, "2024-02-20T08:00:00Z"), gazetteer)
    assert ("civilians-international" in ext.actors) is crew


def test_a_ship_s_crew_by_nationality(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Fire on tanker brought under control after Houthi missile strike in Gulf of Aden",
        "A fire on a tanker hit by a missile fired by Yemen's Houthis in the Gulf of Aden was "
        "brought under control on Saturday, the ship's operators said.\n\nThe crew of 22 Indians "
        "and one Bangladeshi fought the fire for hours, the charterer said.",
        "2024-01-27T08:00:00Z",
    ), gazetteer)
    assert {"civilians-in", "civilians-bd"} <= set(ext.actors)
    assert "civilians-international" not in ext.actors


def test_another_time_in_a_relative_clause_about_someone_is_not_background(
    gazetteer: Gazetteer,
) -> None:
    # ("..., a soldier who had deserted his unit in July last year": the main clause is today's)
    found = extract(_article(
        "Four killed in Pulwama gunfight",
        "SRINAGAR — Government forces killed militants in a gunfight in Pulwama on Saturday, "
        "police said.\n\nThe gunfight broke out at dawn in an orchard. Three Hizbul Mujahideen "
        "militants were killed, among them Zahoor Thoker, a soldier who had deserted his unit in "
        "July last year.", published="2018-12-15T12:00:00Z"), gazetteer)
    assert "hizbul-mujahideen" in found.actors
