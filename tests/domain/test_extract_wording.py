"""Wordings of fresh news: the wounded told by their care, a woman's death in French, "both"
gunmen killed, ground taken "en prenant le contrôle", ships seized, an aircraft that went down,
blasts a suicide bomber set off, and the news that only follows violence (an arrest, an aid
convoy, a ban, a pipeline's blast)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.domain._dates import incident_date
from bot.domain._numbers import casualties
from bot.domain.extract import extract
from bot.domain.gazetteer import Gazetteer
from bot.domain.models import Article, Status


def _article(title: str, body: str, published: str = "2025-12-08T11:45:00Z",
             summary: str = "") -> Article:
    return Article(id="w", source="s", url="https://news.example/w",
                   published=datetime.fromisoformat(published.replace("Z", "+00:00")),
                   title=title, summary=summary, body=body)


@pytest.mark.parametrize(
    ("sentences", "dead"),
    [
        # "both" before people counted is two, and one man of the other side told alone is
        # added to the attackers killed
        (["IDF officer killed in gunfight with Palestinian gunmen near Jenin; both assailants "
          "slain",
          "An Israeli army officer was killed early Wednesday in a gunfight with two Palestinian "
          "gunmen near Kafr Dan, the military said. Both gunmen were killed."], 3),
        (["Soldier killed in Kupwara gunfight; two militants shot dead"], 3),
        # one man by role first in the headline, then a figure
        (["Doordarshan cameraman, two policemen killed in Maoist ambush in Dantewada",
          "A Doordarshan cameraman and two policemen were killed on Tuesday when Maoists "
          "ambushed a police team."], 3),
        (["In Dantewada, two policemen killed in Maoist ambush"], 2),
        (["Both of them were killed in the strike on their car"], 2),
        # (not "both sides")
        (["Both sides reported losses, and three soldiers were killed"], 3),
        (["Two militants killed in Kupwara gunfight",
          "Two militants were killed in an encounter with security forces, police said."], 2),
    ],
)
def test_a_battle_s_dead_told_side_by_side(sentences: list[str], dead: int) -> None:
    assert casualties(sentences, headline=1).fatalities == dead


@pytest.mark.parametrize(
    ("sentence", "dead", "hurt"),
    [
        # the wounded told by the care they get are no dead to add
        ("Health Minister Amir Aman said that one person had died and 154 were being treated "
         "in hospitals, nine of them seriously.", 1, 154),
        ("Deux personnes sont mortes et 30 ont été hospitalisées, selon la protection civile.",
         2, 30),
        ("Twelve people were killed and 40 others treated for injuries.", 12, 40),
        # a woman's death in French
        ("Deux femmes sont décédées à l'hôpital de Bunia.", 2, None),
        ("Trois fillettes sont mortes dans l'incendie de leur case.", 3, None),
        # one man shot dead, told by his killers' deed
        ("Militants shot dead a Kashmiri Pandit man outside his ancestral home in Shopian.",
         1, None),
        ("Gunmen shot dead a few people near the market.", None, None),
        ("An Israeli student was found stabbed to death near the settlement.", 1, None),
        # a side's own dead told as lost (not its vehicles)
        ("\"We lost at least 17 soldiers, among them a company commander,\" an army captain "
         "said.", 17, None),
        ("The army lost three vehicles in the attack.", None, None),
        # one more dead by rank
        ("Une deuxième personne a succombé à ses blessures après l'explosion d'une grenade.",
         2, None),
        ("Attaque de Mutaibija : un sixième soldat succombe à ses blessures", 6, None),
        ("A second suspect was arrested on Monday.", None, None),
    ],
)
def test_tolls_told_plainly(sentence: str, dead: int | None, hurt: int | None) -> None:
    toll = casualties([sentence])
    assert (toll.fatalities, toll.injured) == (dead, hurt)


@pytest.mark.parametrize(
    ("title", "body", "sub_event"),
    [
        # ground taken in French, in the present participle or tense
        ("Somalie : revers pour l'armée à Osweyne",
         "Les shebab ont infligé samedi un revers à l'armée somalienne en prenant le contrôle "
         "d'une base à Osweyne, dans la région de Galguduud, au terme d'un assaut lancé à l'aube "
         "avec des véhicules piégés.",
         "Non-state actor overtakes territory"),
        # ships seized are no ground taken
        ("Russia fires on, seizes Ukrainian navy ships off Crimea",
         "Russian border guard vessels fired on and seized three Ukrainian navy ships near the "
         "Kerch Strait on Sunday, wounding six sailors, Ukraine's navy said.",
         "Armed clash"),
        # blasts with no weapon named but a suicide bomber are his
        ("Blast at memorial for slain deputy governor kills at least nine",
         "An explosion ripped through a mosque in Fayzabad on Thursday as hundreds gathered for "
         "a memorial service, killing at least nine people, officials said.\n\n"
         "A provincial police spokesman said the explosion appeared to be the work of a "
         "suicide bomber.",
         "Suicide bomb"),
        ("Blast at memorial for slain deputy governor kills at least nine",
         "An explosion ripped through a mosque in Fayzabad on Thursday as hundreds gathered for "
         "a memorial service, killing at least nine people, officials said.\n\n"
         "A provincial police spokesman said the bomb had been hidden under a carpet.",
         "Remote explosive/landmine/IED"),
        # an aircraft that went down is no air strike
        ("Eight U.N. peacekeepers killed in Congo helicopter crash; M23 denies shooting it down",
         "Eight United Nations peacekeepers were killed when their helicopter went down near "
         "the village of Tshanzu in North Kivu on Tuesday, the U.N. said, as the Congolese army "
         "accused M23 rebels of shooting the aircraft down, a charge the rebels denied.",
         "Armed clash"),
    ],
)
def test_what_happened(gazetteer: Gazetteer, title: str, body: str, sub_event: str) -> None:
    assert extract(_article(title, body), gazetteer).sub_event_type == sub_event


@pytest.mark.parametrize(
    ("title", "summary", "body"),
    [
        # a knife attack
        ("Israeli yeshiva student found stabbed to death near West Bank settlement",
         "The army said it was treating the death of the off-duty soldier-student near Migdal "
         "Oz as a terror attack and launched a manhunt.",
         "An 18-year-old Israeli seminary student was found stabbed to death early on Thursday "
         "near the settlement of Migdal Oz, the Israeli military said, calling it a terror "
         "attack.\n\nHe was enlisted in the army but not on duty, the school said.\n\n"
         "\"Forces are pursuing the terrorists and we will capture them,\" a military "
         "spokesman said, adding that troops were blocking roads."),
        # an ambush on civilians alone
        ("Two foreign tourists, Ugandan guide killed in Queen Elizabeth park attack",
         "Police blame ADF rebels for the ambush on a tour vehicle in Kasese District.",
         "Two foreign tourists and their Ugandan guide were killed on Tuesday evening when "
         "suspected ADF rebels attacked their vehicle inside Queen Elizabeth National Park, "
         "police said.\n\nThe victims had been travelling near the Katwe junction when they "
         "were ambushed, a police spokesman said."),
    ],
)
def test_civilians_attacked(gazetteer: Gazetteer, title: str, summary: str, body: str) -> None:
    found = extract(_article(title, body, summary=summary), gazetteer)
    assert (found.sub_event_type, found.fatalities) == ("Attack", 1 if "stabbed" in title else 3)


_FOLLOWING = [
        # an arrest told in French, for an attack of last year
        ("Philippines : un chef présumé de Dawlah Islamiyah arrêté à Cotabato",
         "La police philippine a annoncé mardi l'arrestation à Cotabato City d'un chef présumé "
         "du groupe, recherché pour son rôle dans l'attentat contre une messe à Marawi, qui "
         "avait fait quatre morts en décembre 2023.", False),
        # arrests told as « l'arrestation de quatre membres », after an attack of last week
        ("Irak : arrestation d'une cellule de l'EI après l'attaque meurtrière de Diyala",
         "Les forces de sécurité irakiennes ont annoncé mardi l'arrestation de quatre membres "
         "d'une cellule de l'EI soupçonnée d'avoir mené l'attaque qui a tué onze soldats la "
         "semaine dernière. Les services de renseignement affirment avoir interpellé quatre "
         "suspects.", False),
        ("Mexique : vingt-neuf morts lors de l'arrestation d'Ovidio Guzmán à Culiacán",
         "Vingt-neuf personnes, dont dix militaires, ont été tuées jeudi lors de l'opération "
         "qui a permis l'arrestation du fils d'El Chapo à Culiacán, selon le gouvernement.",
         True),
        # suspects detained, charged or extradited; a parliament dissolved; an anniversary
        ("Turkish police detain eight over Mersin police lodging attack",
         "Turkish police have detained eight people suspected of providing logistical support "
         "to the two militants who attacked a police guesthouse in Mersin last week, officials "
         "said.", False),
        ("Sierra Leone charges ex-president Koroma with treason over November attacks",
         "Sierra Leone's former president was charged on Wednesday with four counts including "
         "treason in connection with the November attacks on military barracks in Freetown.",
         False),
        ("Mumbai attacks accused Tahawwur Rana extradited to India from US",
         "Tahawwur Rana, accused of helping plan the 2008 Mumbai attacks that killed 166 people, "
         "landed in New Delhi on Thursday after his extradition from the United States and "
         "was handed to the National Investigation Agency.", False),
        ("Guinée-Bissau : Embalo dissout le Parlement après la « tentative de coup d'Etat »",
         "Le président a annoncé lundi la dissolution du Parlement, après les affrontements de "
         "vendredi entre la Garde nationale et l'armée qu'il qualifie de tentative de coup "
         "d'Etat.", False),
        ("Sri Lanka marks three years since Easter Sunday bombings amid calls for justice",
         "Sri Lankans observed a two-minute silence on Thursday to mark the third anniversary "
         "of the Easter Sunday suicide bombings that killed 269 people.", False),
        # the party in power is no court's ruling
        ("Arakan Army seizes NLD lawmaker, Indian workers from bus in Paletwa",
         "Fighters of the Arakan Army on Sunday abducted an elected lawmaker from Myanmar's "
         "ruling National League for Democracy and five Indian workers from a bus in Paletwa, "
         "the military said.", True),
        ("Myanmar court ruling bars lawmaker from parliament",
         "A court ruling on Monday barred a lawmaker from parliament; his supporters said the "
         "ruling followed the abduction of his aide last year.", False),
        # aid that arrives where the fighting was
        ("Soudan : un premier convoi du PAM atteint Sinja depuis la reprise de la ville",
         "Un convoi de 28 camions du Programme alimentaire mondial est arrivé cette semaine à "
         "Sinja, dans l'Etat de Sennar, pour la première fois depuis que la ville a changé de "
         "mains.", False),
        ("Gunmen attack aid convoy in North Darfur, killing three drivers",
         "Three drivers were killed on Monday when gunmen opened fire on a convoy of relief "
         "trucks near Kutum, the UN said.", True),
        # a measure taken after attacks
        ("Balochistan bans night travel on highways after string of attacks",
         "The Balochistan government on Tuesday banned the movement of public transport on "
         "national highways after sunset, following a series of militant attacks on passengers "
         "and security convoys.", False),
        # a pipeline that blew up
        ("Mexique : le bilan de l'explosion de l'oléoduc de Tlahuelilpan atteint 73 morts",
         "Le bilan de l'explosion de l'oléoduc vendredi soir à Tlahuelilpan, dans l'État "
         "d'Hidalgo, est passé à 73 morts, a annoncé dimanche le gouverneur.", False),
]


@pytest.mark.parametrize(("title", "body", "incident"), _FOLLOWING)
def test_news_that_follows_violence(
    gazetteer: Gazetteer, title: str, body: str, incident: bool
) -> None:
    assert extract(_article(title, body), gazetteer).is_incident is incident


_OWN_NEWS = {
    "Turkish police detain eight over Mersin police lodging attack",
    "Irak : arrestation d'une cellule de l'EI après l'attaque meurtrière de Diyala",
    "Guinée-Bissau : Embalo dissout le Parlement après la « tentative de coup d'Etat »",
    "Mumbai attacks accused Tahawwur Rana extradited to India from US",
}


@pytest.mark.parametrize(
    ("title", "body"), [(t, b) for t, b, _ in _FOLLOWING if t in _OWN_NEWS]
)
def test_news_of_its_own_is_no_later_report(gazetteer: Gazetteer, title: str, body: str) -> None:
    # an arrest, a dissolution, an extradition: not one more report of the attack it follows
    found = extract(_article(title, body), gazetteer)
    assert not found.is_incident and not found.follow_up


def test_a_town_s_namesake_in_the_province_of_the_other_places(gazetteer: Gazetteer) -> None:
    # two Bishnupurs in India: the one in Manipur, where Moreh is, not West Bengal's
    body = (
        "Three villagers were shot dead after gunmen opened fire near a village in Bishnupur "
        "district on Thursday, police said.\n\n"
        "The incident comes a day after two police commandos were killed in an attack at Moreh."
    )
    found = extract(_article("Three killed in firing near Bishnupur", body), gazetteer)
    assert (found.country, found.admin1) == ("IN", "Manipur")
    # named alone, the larger town keeps the name
    alone = extract(_article(
        "Three killed in firing near Bishnupur",
        "Three villagers were shot dead after gunmen opened fire near Bishnupur on Thursday."),
        gazetteer)
    assert alone.admin1 == "West Bengal"


@pytest.mark.parametrize(
    ("title", "body", "absent", "present"),
    [
        # what the crowd rose against is no side of the protest
        ("Congo says 43 killed as troops crushed anti-U.N. protest in Goma",
         "Congolese troops fired on protesters demonstrating against the UN mission MONUSCO "
         "in Goma on Wednesday, killing 43 people, the government said. The protesters had "
         "marched on the mission's base to demand its departure.",
         "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic "
         "of Congo", "Military Forces of the Democratic Republic of Congo"),
        # ... unless it acts: peacekeepers who fire on the crowd
        ("Butembo: peacekeepers open fire on anti-UN protesters, three killed",
         "UN peacekeepers opened fire on protesters who tried to storm a MONUSCO base in "
         "Butembo on Tuesday, killing three, police said.",
         None, "MONUSCO: United Nations Organization Stabilization Mission in the Democratic "
         "Republic of Congo"),
    ],
)
def test_what_a_crowd_rose_against(
    gazetteer: Gazetteer, title: str, body: str, absent: str | None, present: str
) -> None:
    _assert_sides(gazetteer, title, body, present, absent)


def _assert_sides(
    gazetteer: Gazetteer, title: str, body: str, present: str, absent: str | None
) -> None:
    actors = [gazetteer.actor(a).name for a in extract(_article(title, body), gazetteer).actors]
    assert present in actors
    assert absent is None or absent not in actors


@pytest.mark.parametrize(
    ("title", "body", "present", "absent"),
    [
        # a name two groups bear is the group of the incident's country
        ("3 Assam Rifles jawans killed in Chandel ambush; PLA claims responsibility",
         "Three soldiers of the Assam Rifles were killed when militants ambushed a patrol near "
         "Khongtal village in Chandel district, Manipur, on Wednesday. The proscribed People's "
         "Liberation Army (PLA) later claimed responsibility in a statement.",
         "People's Liberation Army of Manipur", "Military Forces of China"),
        ("Pakistan : huit morts dans une double attaque revendiquée par les talibans",
         "Des hommes armés ont attaqué dimanche un poste de police à Dera Ismail Khan, tuant "
         "six policiers, avant qu'un kamikaze ne se fasse exploser à l'hôpital. Les talibans "
         "ont revendiqué l'attaque.",
         "Tehreek-e-Taliban Pakistan", "Taliban"),
        ("Afghanistan : les talibans revendiquent une attaque contre l'armée à Kunduz",
         "Les talibans ont revendiqué samedi une attaque contre un poste de l'armée afghane à "
         "Kunduz, qui a fait huit morts parmi les soldats, selon le ministère de la Défense.",
         "Taliban", "Tehreek-e-Taliban Pakistan"),
        # "armed bandits" elsewhere than Nigeria are no Nigerian bandits
        ("Deux journalistes assassinés par un gang à Laboule",
         "Deux journalistes ont été tués par balles jeudi à Laboule 12, sur les hauteurs de "
         "Pétion-Ville, par des bandits armés, a confirmé la Police nationale d'Haïti.",
         "Civilians (Haiti)", "Bandits (Nigeria)"),
    ],
)
def test_a_name_two_groups_bear(
    gazetteer: Gazetteer, title: str, body: str, present: str, absent: str
) -> None:
    _assert_sides(gazetteer, title, body, present, absent)


def test_a_group_told_as_a_state_keeps_its_sense(gazetteer: Gazetteer) -> None:
    # the Taliban's border guards at Torkham are Afghanistan's, not Pakistan's Taliban
    found = extract(_article(
        "Le poste-frontière de Torkham fermé après des échanges de tirs",
        "Le point de passage de Torkham est resté fermé jeudi au lendemain d'échanges de tirs "
        "entre les forces pakistanaises et les gardes-frontières talibans, ont indiqué des "
        "responsables des deux pays."), gazetteer)
    assert "ttp" not in found.actors


def test_a_dateline_with_its_year_is_no_place_of_the_event(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Nigeria : l'armée reconnaît 23 soldats tués dans l'attaque de sa base",
        "Lagos, 24 novembre 2018 - L'armée nigériane a reconnu vendredi soir que 23 soldats "
        "avaient été tués et 31 autres blessés lors de l'attaque de sa base, dans l'État de "
        "Borno (nord-est), le dimanche 18 novembre.", published="2018-11-24T09:30:00Z"),
        gazetteer)
    assert (found.country, found.admin1) == ("NG", "Borno")


def test_a_part_denied_in_what_the_strike_answered_is_no_denial(gazetteer: Gazetteer) -> None:
    body = (
        "An Israeli air strike on the southern Lebanese village of Touline killed five people on "
        "Saturday, Lebanon's health ministry said, as Israel pounded the south in response to "
        "rocket fire from Lebanon.\n\nThe Israeli military said it had struck Hezbollah rocket "
        "launchers. Hezbollah denied any involvement in the rocket fire."
    )
    found = extract(_article("Israeli strike kills five in south Lebanon village", body),
                    gazetteer)
    assert found.status is not None and found.status.value == "confirmed"
    # denying a part in the strike itself is a denial
    denied = extract(_article(
        "Strike kills five in south Lebanon village",
        "A strike on the southern Lebanese village of Touline killed five people on Saturday, "
        "the health ministry said, blaming Israel. Israel denied any involvement in the strike "
        "on Touline."), gazetteer)
    assert denied.status is not None and denied.status.value == "denied"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        # whom volunteers blame is no source of the report
        ("At least 40 people were killed on Sunday when a drone struck a crowded market in "
         "southern Khartoum, a local volunteer group said.\n\nThe group and residents blamed the "
         "army, which has relied on air power against the RSF.", "reported"),
        # ... but an army that blames someone speaks for the state
        ("At least 40 people were killed on Sunday when a drone struck a crowded market in "
         "southern Khartoum.\n\nThe army blamed the RSF for the strike.", "confirmed"),
    ],
)
def test_whom_one_blames_is_no_source(gazetteer: Gazetteer, body: str, status: str) -> None:
    found = extract(_article("Drone strike on Khartoum market kills at least 40", body),
                    gazetteer)
    assert found.status is not None and found.status.value == status


def test_a_live_blog_leads_with_the_headline_s_first_story(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Ukraine war live: missiles hit Dnipro; Zelensky condemns Vinnytsia strike",
        "15:52 - Zelensky says the number of children killed in Thursday's strike on Vinnytsia "
        "has risen to three; officials say 23 people died there in total.\n\n"
        "15:31 - Russian missiles struck the central city of Dnipro on Friday, killing three "
        "people and wounding 15, the regional governor said.",
        published="2022-07-15T13:40:00Z"), gazetteer)
    assert (found.place, found.fatalities) == ("Dnipro", 3)


def test_a_district_and_province_spelt_otherwise(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Yémen : seize soldats séparatistes tués dans un attentat d'Al-Qaïda",
        "ADEN (AFP) — Seize soldats des forces séparatistes du Sud ont été tués lundi dans un "
        "attentat suicide à la voiture piégée contre leur position dans le district de "
        "Moudiyah, dans la province d'Abyane (sud du Yémen), ont annoncé des responsables "
        "militaires."), gazetteer)
    assert (found.country, found.admin1, found.place) == ("YE", "Abyan", "Mudiyah")


@pytest.mark.parametrize(
    ("title", "body", "where"),
    [
        ("UN says 14 civilians died in air strike on Helmand wedding; Kabul yet to respond",
         "The United Nations said on Monday that an air strike on a wedding party in Musa Qala "
         "district killed 14 civilians, most of them women and children. The defence ministry "
         "did not answer requests for comment.", ("Helmand", "Musa Qalah")),
        ("Syrie : après les six morts de Tal Rifaat, Damas s'en prend à Ankara, qui dément",
         "Le bilan des tirs d'artillerie qui ont frappé mardi un marché près de Tal Rifaat "
         "s'est alourdi à six morts, tous des civils, ont annoncé mercredi les autorités.\n\n"
         "À Damas, le gouvernement a décrété une journée de deuil et convoqué le chargé "
         "d'affaires turc. Ankara a démenti toute responsabilité.", ("Aleppo", "Tall Rifat")),
        # nor is the country the attackers crossed from
        ("Russia says saboteurs from Ukraine killed civilian in Bryansk border village",
         "Armed saboteurs who crossed from Ukraine opened fire on a car in the border village "
         "of Lyubechane on Thursday, killing the driver, the governor of the Bryansk region "
         "said.\n\nKyiv calls the reports a 'provocation'.", ("Bryansk", "Lyubechane")),
    ],
)
def test_a_capital_that_reacts_is_no_place_of_the_event(
    gazetteer: Gazetteer, title: str, body: str, where: tuple[str, str],
) -> None:
    found = extract(_article(title, body), gazetteer)
    assert (found.admin1, found.place) == where


@pytest.mark.parametrize(
    ("title", "body", "incident"),
    [
        # "significant" and "signal" sign nothing
        ("Army retakes Singa from RSF in major battlefield gain",
         "Sudan's army said on Saturday it had recaptured Singa, the capital of Sennar state, "
         "from the Rapid Support Forces, its most significant gain in months.\n\n"
         "\"Our forces entered the city this morning and are clearing the remaining pockets of "
         "the militia,\" the army said.", True),
        # a march that passed without violence
        ("Plus de 100 000 personnes ont marché pour la paix à Lyon",
         "Plus de 100 000 personnes ont défilé dimanche à Lyon, un mois après l'attaque contre "
         "une synagogue de la ville.\n\nLe cortège s'est dispersé en fin d'après-midi, a "
         "indiqué la préfecture.", False),
    ],
)
def test_words_that_sign_nothing_and_gatherings_without_incident(
    gazetteer: Gazetteer, title: str, body: str, incident: bool
) -> None:
    found = extract(_article(title, body, summary="Aucun incident n'a été signalé."), gazetteer)
    assert found.is_incident is incident


@pytest.mark.parametrize(
    ("sentences", "dead"),
    [
        # attackers "neutralised" told with their auxiliary are dead too, added to the other
        # side's in a battle
        (["Niger : 16 soldats tués dans l'attaque du poste de Tiloa",
          "Seize militaires ont été tués mardi lors d'une attaque contre le poste de Tiloa.",
          "« Quarante terroristes ont été neutralisés », précise le ministère."], 56),
        (["Twenty militants have been neutralized in the clearance operation, the army said."],
         20),
        # (not things: drones or mines)
        (["Trois ont été neutralisés par la défense aérienne."], None),
    ],
)
def test_attackers_neutralised_with_an_auxiliary(sentences: list[str], dead: int | None) -> None:
    headline = 1 if len(sentences) > 1 else 0
    assert casualties(sentences, headline=headline).fatalities == dead


@pytest.mark.parametrize(
    ("title", "body", "incident"),
    [
        ("Army sacks two commanders over deadly drone strike on aid convoy",
         "The army said on Friday it had dismissed two commanders and reprimanded three other "
         "officers after an inquiry into the drone strikes that killed seven aid workers in "
         "April.", False),
        ("L'armée limoge deux officiers après la frappe qui a tué sept humanitaires",
         "L'armée a annoncé vendredi avoir limogé deux officiers après l'enquête sur les frappes "
         "de drone qui ont tué sept humanitaires en avril.", False),
        # (officers killed are news of violence)
        ("Gunmen kill two officers in attack on police post",
         "Gunmen killed two police officers on Friday in an attack on a police post, officials "
         "said.", True),
    ],
)
def test_officers_punished_over_an_attack_are_no_incident(
    gazetteer: Gazetteer, title: str, body: str, incident: bool
) -> None:
    assert extract(_article(title, body), gazetteer).is_incident is incident


@pytest.mark.parametrize(
    ("sentences", "dead"),
    [
        # an earlier attack that dates this one is not its toll
        (["One killed in fresh border shelling on Torkham",
          "One man was killed when mortar shells landed in Torkham on Friday, three days after "
          "cross-border fire killed five civilians in the town."], 1),
        (["Un mort dans de nouveaux tirs sur la ville",
          "Un homme a été tué vendredi, deux jours après l'attaque qui a tué cinq soldats."], 1),
        # the authorities' own count raised, and the other side's count no one could verify
        (["Russia raises Donetsk barracks death toll to 41",
          "Ukraine's army said about 300 soldiers were killed, a figure that could not be "
          "independently verified."], 41),
        (["Moscou porte son bilan à 41 morts"], 41),
        # (a figure told as unverified stands when it is the only one)
        (["At least 60 people were killed, a figure that could not be independently verified."],
         60),
        # a wider toll is not this one's ("the day's toll")
        (["12 protesters killed in the city on Sunday",
          "Another 9 people were killed elsewhere, bringing the day's toll to 21, the group "
          "said."], 12),
        (["Two guards were also killed, bringing the known toll to at least four."], 4),
    ],
)
def test_tolls_of_other_events_and_unverified_counts(sentences: list[str], dead: int) -> None:
    headline = 1 if len(sentences) > 1 else 0
    assert casualties(sentences, headline=headline).fatalities == dead


@pytest.mark.parametrize(
    ("sentences", "dead"),
    [
        # a list's last group after "as well as", past a part of the first
        (["Gunmen attacked the town on Tuesday, killing 20 villagers, 12 of them women, as well "
          "as four soldiers, the government said."], 24),
        # « la mort de X et de Y »
        (["Le pays en deuil après la mort de 20 civils et de 4 soldats"], 24),
        # (not those missing beside the dead)
        (["« Le bilan provisoire est de 20 civils tués et de 9 personnes portées disparues »"],
         20),
        # a headline's clauses apart: the attackers' own clause adds to the other side's
        (["Army ends siege after killing four militants; five soldiers, one civilian dead"], 10),
    ],
)
def test_groups_of_dead_joined(sentences: list[str], dead: int) -> None:
    assert casualties(sentences, headline=len(sentences)).fatalities == dead


@pytest.mark.parametrize(
    ("body", "status"),
    [
        # an official word that names a thing is no speaker: a military jet, a police station,
        # junta-held ground
        ("At least 20 people were killed when a military jet bombed a monastery on Friday, "
         "villagers say.\n\nThe wounded were taken to clinics outside junta-controlled territory, "
         "he said.", "reported"),
        ("At least 20 people were killed when gunmen raided the town on Sunday, burning houses "
         "and attacking government offices and the police station, a local aid group said.",
         "reported"),
        # (officials who speak: the presidency, a sub-prefect)
        ("At least 20 people were killed when gunmen raided the town on Sunday, the presidency "
         "said in a statement.", "confirmed"),
    ],
)
def test_an_official_word_that_names_a_thing_is_no_source(
    gazetteer: Gazetteer, body: str, status: str
) -> None:
    found = extract(_article("Twenty killed in attack on town", body), gazetteer)
    assert found.status is not None and found.status.value == status


@pytest.mark.parametrize(
    ("title", "body", "place"),
    [
        ("RDC : sept morts dans des tirs d'obus sur une cité du Masisi",
         "Sept personnes ont été tuées jeudi dans la cité de Kalembe, dans le territoire de "
         "Masisi (Nord-Kivu), par des obus tombés sur des maisons.", "Kalembe"),
        ("Twelve killed as gunmen attack mining site in Niger State",
         "Gunmen killed twelve people in an attack on a mining site at Gurmana-Kuchi, in the "
         "Shiroro Local Government Area of Niger State, on Wednesday, police said.",
         "Gurmana-Kuchi"),
        ("Nine killed in clash with Maoists in Chhattisgarh",
         "The gunfight broke out near the villages of Kodenar and Pusnar in Bijapur district on "
         "Tuesday, killing nine Maoists, police said.", "Kodenar"),
        # « de X, dans le caza de Tyr »
        ("Liban : trois morts dans une frappe israélienne contre une maison",
         "Trois personnes ont été tuées mardi soir dans une frappe israélienne contre une "
         "maison de Deir Kifa, dans le caza de Tyr, selon l'agence nationale d'information.",
         "Deir Kifa"),
    ],
)
def test_a_locality_the_gazetteer_lacks_named_by_its_area(
    gazetteer: Gazetteer, title: str, body: str, place: str
) -> None:
    assert extract(_article(title, body), gazetteer).place == place


def test_the_source_s_earlier_count_is_no_background(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Nigeria : le bilan du bombardement du camp de Dikwa grimpe à 40 morts",
        "Le bilan du bombardement du camp de déplacés de Dikwa ne cesse de s'alourdir. Environ "
        "40 personnes ont été tuées lorsqu'un avion militaire a largué deux bombes, mardi 17 "
        "janvier, sur la localité, a annoncé vendredi Médecins sans frontières (MSF), qui avait "
        "d'abord fait état de 25 morts.", published="2017-01-20T13:50:00Z"), gazetteer)
    assert (found.incident_date.isoformat(), found.fatalities) == ("2017-01-17", 40)


def test_an_earlier_report_of_the_same_attack_is_no_background(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "About ten bodies found after gang assault on Haiti's Lascahobas",
        "About ten charred bodies have been found in homes torched during Thursday's gang attack "
        "on Lascahobas, a local official said. Earlier reports said at least four civilians had "
        "been killed when fighters of the Viv Ansanm gang coalition stormed the town.",
        published="2025-07-05T16:00:00Z"), gazetteer)
    assert "viv-ansanm" in found.actors


def test_a_locality_s_own_area_places_it(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Bodies of bus victims reach Punjab as PM vows justice",
        "LAHORE - Grief gripped several neighbourhoods of Sialkot on Wednesday as ambulances "
        "brought home the bodies of the seven men who were pulled off a coach and gunned down "
        "near Vitakri, in Barkhan district, on Tuesday night.\n\nPolice said a manhunt was under "
        "way in the mountains.", summary="Families in Sialkot received the bodies of the seven "
        "men killed on the highway."), gazetteer)
    assert (found.admin1, found.place) == ("Balochistan", "Vitakri")
    # (a district's name that is also a province's is not the province)
    other = extract(_article(
        "Gunmen kill two in attack on church in Kwara",
        "ILORIN - Gunmen killed two worshippers in an attack on a church in Oke-Opin, in Ekiti "
        "local government area, on Tuesday evening, police in Kwara State said."), gazetteer)
    assert other.admin1 == "Kwara"


def test_a_locality_s_region_told_without_a_comma_and_a_launch_site(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "JNIM claims deadly attack on Togo army post",
        "LOME, May 12 (West Africa Wire) - Al Qaeda's Sahel affiliate JNIM has claimed "
        "responsibility for an attack on a Togolese army outpost near the border with Burkina "
        "Faso that killed eight soldiers, the SITE Intelligence Group said on Thursday.\n\n"
        "In a statement, JNIM said its fighters had stormed the position at Kpembogou in the "
        "northern Savanes region and seized weapons.",
        summary="Eight soldiers were killed in the overnight raid near the Burkina Faso border, "
        "the first deadly jihadist attack acknowledged by Lome."), gazetteer)
    assert (found.admin1, found.place) == ("Savanes", "Kpembogou")
    # the village rockets were launched from is not where they fell
    fired = extract(_article(
        "Rockets fired at Erbil airport, no casualties",
        "ERBIL - Six rockets were fired at Erbil International Airport on Wednesday evening, the "
        "interior ministry said.\n\nThe rockets were launched from a pickup truck parked near "
        "the village of Kharbat Sultan in Nineveh province, the ministry said."), gazetteer)
    assert fired.admin1 == "Erbil"


@pytest.mark.parametrize(
    "body",
    [
        "Dix-sept personnes ont été tuées dimanche dans l'attaque du marché, selon le bilan "
        "officiel.",
        "Seventeen people were killed on Sunday when missiles hit the market, the regional "
        "military administration said.",
        "Dix-sept personnes ont été tuées dimanche, selon le secrétariat à la sécurité de "
        "l'État.",
        "Dix-sept personnes ont été tuées dimanche, selon les médias d'État.",
        "Seventeen people were killed on Sunday, the state Attorney General's Office said.",
        "Seventeen people were killed on Sunday, the state's DGP told reporters.",
        "Seventeen people were killed on Sunday, AFRICOM said in a statement.",
        # a relative clause in the pluperfect under a main clause in the imperfect tells how
        # today's people came to be there, not another time
        "Dix-sept personnes ont été tuées dimanche.\n\nLe bus transportait des commerçants qui "
        "avaient quitté le marché à midi, selon l'administration locale.",
    ],
)
def test_more_official_sources(gazetteer: Gazetteer, body: str) -> None:
    found = extract(_article("Seventeen killed in attack on market", body), gazetteer)
    assert found.status is not None and found.status.value == "confirmed"


def test_no_immediate_claim_is_no_claim(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Maoist rebels kill 11 in roadside bomb attack on police van",
        "RAIPUR - Maoist rebels blew up a police van in Chhattisgarh on Wednesday, killing 11 "
        "policemen, officials said. There was no immediate claim of responsibility."), gazetteer)
    assert found.status is not None and found.status.value == "confirmed"
    assert found.claimed_by is None


@pytest.mark.parametrize(
    ("title", "body", "incident"),
    [
        # who the victim was is no other news
        ("Palestinian activist who helped make Oscar-winning film shot dead in West Bank "
         "village",
         "HEBRON — A Palestinian activist who helped make an Oscar-winning documentary was "
         "shot dead on Monday in his village in the south Hebron hills, the health ministry "
         "said, in a killing residents blamed on a settler.", True),
        # the film is the news
        ("Documentary on West Bank village wins Oscar",
         "LOS ANGELES — A documentary about a West Bank village whose homes were demolished "
         "won the Oscar on Sunday; its makers said a cousin who was shot dead last year "
         "inspired it.", False),
    ],
)
def test_who_the_victim_was_is_no_other_news(
    gazetteer: Gazetteer, title: str, body: str, incident: bool
) -> None:
    assert extract(_article(title, body), gazetteer).is_incident is incident


def test_the_town_a_victim_came_from_is_no_place_of_the_event(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Sydney man, his brother and his wife killed in Israeli strike on southern Lebanon home",
        "A Sydney man, his brother and his wife have been killed in an Israeli air strike on "
        "the family home in southern Lebanon, the Department of Foreign Affairs and Trade has "
        "confirmed.\n\nThe couple were killed together with his brother when the house in the "
        "town of Bint Jbeil was hit on Tuesday night.", published="2023-12-27T07:40:00Z",
        summary="The ministry confirms the deaths in Bint Jbeil, where the couple had been "
        "preparing to move to Australia."), gazetteer)
    assert (found.country, found.place) == ("LB", "Bint Jbeil")


def test_one_settler_is_the_settlers(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Palestinian activist shot dead in West Bank village",
        "HEBRON — A Palestinian activist was shot dead on Monday in his village in the south "
        "Hebron hills, the health ministry said, in a killing that residents blamed on an "
        "Israeli settler.", published="2025-07-28T20:15:00Z"), gazetteer)
    assert "israeli-settlers" in found.actors


def test_us_personnel_hit_are_the_us_forces(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Rocket attack on Iraq's Ain al-Asad base injures U.S. personnel",
        "Several U.S. personnel were injured on Monday in a suspected rocket attack against "
        "the Ain al-Asad air base in western Iraq, U.S. officials said.",
        published="2024-08-05T21:30:00Z"), gazetteer)
    assert "military-forces-us" in found.actors


@pytest.mark.parametrize(
    ("title", "body", "absent"),
    [
        # another country's army, and a group named an army, are no soldiers of the country
        ("Région de Kherson : un mort et quatre blessés dans un bombardement russe",
         "Un civil a été tué et quatre autres ont été blessés jeudi lors d'un pilonnage massif "
         "de l'armée russe sur Bilozerka, a annoncé l'administration militaire régionale.",
         "military-forces-ua"),
        ("Éthiopie : des étudiants enlevés sur la route de Debark",
         "Plus d'une centaine d'étudiants ont été enlevés mercredi par des hommes armés. "
         "Les autorités accusent l'Armée de libération oromo, qui dément.",
         "military-forces-et"),
    ],
)
def test_another_army_is_no_soldiers_of_the_country(
    gazetteer: Gazetteer, title: str, body: str, absent: str
) -> None:
    assert absent not in extract(_article(title, body, published="2024-07-04T10:00:00Z"),
                                 gazetteer).actors


def test_a_government_the_army_backs_is_no_army(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Sudan says RSF killed 433 civilians in White Nile villages",
        "Sudan's army-aligned government said on Tuesday that the paramilitary Rapid Support "
        "Forces had killed 433 civilians in three days of attacks on villages in White Nile "
        "state.", published="2025-02-18T10:00:00Z"), gazetteer)
    assert "rsf" in found.actors and "military-forces-sd" not in found.actors


def test_the_group_holding_the_town_and_speaking_is_no_side(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Darfour : des centaines de morts dans une frappe aérienne sur le marché de Tora",
        "Une frappe aérienne imputée à l'armée soudanaise a tué « des centaines de civils » "
        "lundi sur le marché de Tora, une bourgade du Darfour-Nord tenue par les paramilitaires "
        "des Forces de soutien rapide (FSR), a affirmé un collectif de juristes.\n\n"
        "Les FSR ont de leur côté dénoncé un « massacre ».",
        published="2025-03-26T08:05:00Z"), gazetteer)
    assert "military-forces-sd" in found.actors and "rsf" not in found.actors


@pytest.mark.parametrize(("title", "body"), [
    ("Ethiopian lawmakers extend Amhara state of emergency as Fano insurgency drags on",
     "Ethiopia's parliament on Friday extended the state of emergency in the northern Amhara "
     "region by four months, as fighting between the army and Fano militiamen goes on."),
    ("Éthiopie : l'état d'urgence prolongé en Amhara",
     "Le Parlement éthiopien a prolongé vendredi de quatre mois l'état d'urgence dans la "
     "région Amhara, où les combats entre l'armée et les miliciens Fano se poursuivent."),
])
def test_a_state_of_emergency_extended_is_no_incident(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert not extract(_article(title, body, published="2024-02-02T10:00:00Z"),
                       gazetteer).is_incident


@pytest.mark.parametrize(("title", "body"), [
    ("Indonésie : le pilote néo-zélandais Phillip Mehrtens libéré après 19 mois de captivité",
     "Le pilote, retenu en otage depuis plus d'un an et demi par des rebelles indépendantistes "
     "papous, a été récupéré samedi dans le département de Nduga."),
    ("New Zealand pilot freed after 19 months in captivity in Papua",
     "The pilot, held hostage for more than a year and a half by Papuan separatist rebels, was "
     "picked up on Saturday in Nduga regency."),
])
def test_a_captive_freed_after_months_held_is_no_incident(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert not extract(_article(title, body, published="2024-09-21T10:00:00Z"),
                       gazetteer).is_incident


def test_rebels_labelled_terrorists_after_a_killing_is_no_incident(gazetteer: Gazetteer) -> None:
    assert not extract(_article(
        "Indonesia labels Papuan separatist rebels 'terrorists' after intelligence chief's "
        "killing",
        "Indonesia on Thursday designated armed separatist groups in Papua as terrorist "
        "organisations, days after rebels shot dead the region's intelligence chief.",
        published="2021-04-29T10:00:00Z"), gazetteer).is_incident


@pytest.mark.parametrize(("title", "body"), [
    ("Libye : trois fillettes tuées dans un raid aérien sur un quartier de Tripoli",
     "Trois sœurs ont été tuées lundi dans un raid aérien qui a visé une maison du sud de "
     "Tripoli, a annoncé le ministère de la santé du gouvernement d'union nationale (GNA), "
     "reconnu par les Nations unies. Le GNA a imputé la frappe à l'aviation de l'Armée "
     "nationale libyenne (ANL)."),
    ("Three girls killed in air strike on Tripoli home",
     "Three sisters were killed on Monday in an air strike on a house in southern Tripoli, "
     "the health ministry of the internationally recognised government said, blaming the "
     "Libyan National Army (LNA)."),
])
def test_girls_killed_are_civilians_and_who_recognises_is_no_side(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = extract(_article(title, body, published="2019-10-15T08:30:00Z"), gazetteer)
    assert "civilians-ly" in found.actors and "united-nations" not in found.actors


def test_the_karabakh_police_are_no_police_of_azerbaijan(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Haut-Karabakh : cinq morts dans un échange de tirs entre soldats azerbaïdjanais et "
        "policiers du Haut-Karabakh",
        "Trois policiers du Haut-Karabakh et deux soldats azerbaïdjanais ont été tués dimanche "
        "dans un échange de tirs près de Stepanakert.", published="2023-03-05T14:00:00Z"),
        gazetteer)
    assert "artsakh-police" in found.actors and "military-forces-az-police" not in found.actors


def test_a_fighter_hit_is_no_civilian(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Turkish drone kills senior Yazidi commander in Sinjar",
        "SINJAR, Iraq - A Turkish drone strike on Monday killed a senior commander of the Sinjar "
        "Resistance Units (YBS), a Yazidi armed group linked to the Kurdistan Workers' Party "
        "(PKK), and another member of the group in Iraq's Sinjar district, local officials "
        "said.\n\nThe commander was travelling by car near the town of Sinjar when the "
        "vehicle was struck, adding that both men in the car were killed.",
        published="2021-08-16T19:00:00Z",
        summary="The commander was killed with another fighter when his vehicle was hit; "
        "Turkish security sources say Turkish intelligence carried out the strike."), gazetteer)
    assert "military-forces-tr" in found.actors and "civilians-iq" not in found.actors


def test_another_nation_s_command_and_a_ceasefire_s_author_are_no_side(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Syrie : une frappe américaine tue plus de 40 jihadistes près d'Idleb",
        "Les États-Unis ont revendiqué samedi soir une frappe contre des responsables d'« Al-"
        "Qaïda en Syrie » dans la province d'Idleb, quelques heures après l'entrée en vigueur "
        "d'un cessez-le-feu décrété par le régime de Damas.", published="2019-09-01T08:00:00Z",
        summary="Le commandement militaire américain affirme avoir visé des dirigeants "
        "d'« Al-Qaïda en Syrie »."), gazetteer)
    assert "military-forces-us" in found.actors and "military-forces-sy" not in found.actors


@pytest.mark.parametrize(("body", "police"), [
    ("Police confirm that three officers were killed in this morning's shooting attack near "
     "the Tarqumiya checkpoint. A gunman opened fire on a police car and fled, the IDF said.",
     "military-forces-il-police"),
    ("Three Palestinian police officers were killed when gunmen opened fire on their patrol "
     "near Tarqumiya, the Palestinian Authority said.", "military-forces-ps-police"),
])
def test_police_of_the_west_bank(gazetteer: Gazetteer, body: str, police: str) -> None:
    found = extract(_article("Three police officers killed in shooting attack near Hebron",
                             body, published="2024-09-01T09:00:00Z"), gazetteer)
    assert police in found.actors


@pytest.mark.parametrize(
    ("title", "body", "sub_event"),
    [
        # missiles or fire from aircraft are an air strike
        ("Russian missiles hit village in Chernihiv region, governor says",
         "Russian forces fired four missiles from an aircraft at the village of Honcharivske "
         "on Tuesday morning, two of which hit buildings, the governor said.", "Air/drone strike"),
        ("Russie : huit blessés dans des tirs sur un bourg de la région de Briansk",
         "Huit personnes ont été blessées jeudi par des tirs de roquettes sur Klimovo. Selon "
         "les autorités russes, deux hélicoptères de combat ont effectué au moins six frappes "
         "sur des maisons.", "Air/drone strike"),
        # (not a bomber's long-range missiles)
        ("Missile strike on Odesa region apartment block kills 21",
         "Three Kh-22 missiles launched from Tu-22M3 bombers over the Black Sea hit an "
         "apartment building in Serhiivka, killing 21 people, officials said.",
         "Shelling/artillery/missile attack"),
    ],
)
def test_missiles_fired_from_aircraft_are_an_air_strike(
    gazetteer: Gazetteer, title: str, body: str, sub_event: str
) -> None:
    assert extract(_article(title, body), gazetteer).sub_event_type == sub_event


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Two sailors killed as Houthi 'suicide boats' hit Saudi frigate",
         "Two crew members of a Saudi navy frigate were killed when the ship was attacked by "
         "Houthi suicide boats on patrol in the Red Sea, the coalition said."),
        ("Yémen : deux marins saoudiens tués par des bateaux-suicides houthis",
         "Deux marins d'une frégate saoudienne ont été tués lundi lorsque des bateaux-suicides "
         "des Houthis ont percuté le navire en mer Rouge, a annoncé la coalition."),
    ],
)
def test_suicide_boats_are_a_suicide_bomb(gazetteer: Gazetteer, title: str, body: str) -> None:
    assert extract(_article(title, body), gazetteer).sub_event_type == "Suicide bomb"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Russia says it repelled Ukrainian push across border near Belgorod village",
         "Russia's Defence Ministry said on Tuesday its forces had repelled several attempts by "
         "Ukrainian troops backed by tanks to break through the border near the village of "
         "Demidovka in the Belgorod region."),
        ("La Russie affirme avoir repoussé une incursion près de Demidovka",
         "Le ministère russe de la Défense a affirmé mardi que ses forces avaient repoussé "
         "plusieurs tentatives de percée de troupes ukrainiennes près du village de Demidovka, "
         "dans la région de Belgorod."),
    ],
)
def test_an_attack_repelled_is_a_battle(gazetteer: Gazetteer, title: str, body: str) -> None:
    ext = extract(_article(title, body), gazetteer)
    assert ext.is_incident and ext.event_type == "Battles"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Transnistria says drone hit military unit in Tiraspol",
         "Authorities in Moldova's breakaway Transnistria said a kamikaze drone had struck a "
         "military unit in Tiraspol overnight, destroying a helicopter."),
        ("Transnistrie : un drone kamikaze frappe une base à Tiraspol",
         "Les séparatistes affirment qu'un drone kamikaze a détruit un hélicoptère sur une base "
         "militaire de Tiraspol dans la nuit."),
    ],
)
def test_a_kamikaze_drone_is_a_drone_strike(gazetteer: Gazetteer, title: str, body: str) -> None:
    assert extract(_article(title, body), gazetteer).sub_event_type == "Air/drone strike"


def test_firefighters_and_occupied_land_tell_no_battle(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Fire at Crimea oil terminal still burning a day after Ukrainian strike",
        "A fire at the oil terminal in the port city of Feodosia in Russian-occupied Crimea "
        "was still burning on Tuesday, more than 36 hours after a Ukrainian drone attack, "
        "officials said.",
        summary="Authorities in occupied Crimea said firefighters were still battling the "
        "blaze. Nobody was hurt."), gazetteer)
    assert (ext.event_type, ext.sub_event_type) == (
        "Explosions/Remote violence", "Air/drone strike")


def test_a_ship_destroyed_in_an_occupied_port_is_an_incident(gazetteer: Gazetteer) -> None:
    ext = extract(_article(
        "Ukraine says it destroyed Russian landing ship in occupied port of Berdiansk",
        "Ukraine's navy said on Thursday it had destroyed a large Russian landing ship in the "
        "port of Berdiansk. Video showed explosions and thick black smoke over the quayside."),
        gazetteer)
    assert ext.is_incident and ext.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Géorgie : la dépouille de Levan Beridze rendue à sa famille un mois après sa mort",
         "Le corps de Levan Beridze, un Géorgien de 40 ans mort en détention à Tskhinvali le 3 "
         "mars, a été remis mardi aux autorités géorgiennes près d'Ergneti par l'intermédiaire "
         "de la Croix-Rouge.\n\nIl était mort quelques heures après son arrestation. Des "
         "funérailles doivent avoir lieu dans son village natal."),
        ("Remains of soldier killed in Abkhazia handed over to Georgia",
         "The body of a Georgian soldier who died in custody last month was handed over to his "
         "family on Tuesday, the government said. A funeral will be held on Friday."),
    ],
)
def test_a_body_handed_back_is_no_new_event(gazetteer: Gazetteer, title: str, body: str) -> None:
    assert not extract(_article(title, body), gazetteer).is_incident


@pytest.mark.parametrize(("sentence", "dead"), [
    # parts named one after another are parts of the toll, not more dead
    ("Air strikes on the district killed 22 civilians, 12 of them children and 10 women, the "
     "United Nations said.", 22),
    ("Les frappes ont tué 22 civils, 12 d'entre eux des enfants et 10 des femmes.", 22),
    # (a group told after the part with "as well as" is another group)
    ("Militants killed 35 civilians, 31 of them women, as well as seven soldiers.", 42),
])
def test_parts_of_a_toll_told_one_after_another(sentence: str, dead: int) -> None:
    assert casualties([sentence], victims_only=True, remote=True).fatalities == dead


@pytest.mark.parametrize(("title", "body"), [
    ("Paramilitaries deny shelling displaced camp near El Fasher",
     "The Rapid Support Forces on Wednesday denied shelling the Abu Shouk camp near El Fasher, "
     "after aid workers said artillery fire had killed five people there on Tuesday."),
    ("Soudan : les paramilitaires nient avoir bombardé un camp de déplacés",
     "Les Forces de soutien rapide ont nié mercredi avoir bombardé le camp d'Abou Shouk, près "
     "d'El Fasher, où des tirs d'artillerie ont tué cinq personnes mardi, selon des "
     "humanitaires."),
    # ground said lost, its fall denied
    ("Soudan : l'armée dément la chute de la garnison de Bara, revendiquée par les FSR",
     "Des sources militaires ont démenti lundi que la garnison de Bara soit tombée aux mains des "
     "Forces de soutien rapide, qui en ont revendiqué la prise après des combats dimanche."),
])
def test_the_accused_denying_the_deed_is_a_denial(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = extract(_article(title, body, "2024-06-12T10:00:00Z"), gazetteer)
    assert found.is_incident
    assert found.status == Status.DENIED


@pytest.mark.parametrize(("title", "body", "summary"), [
    ("Gunmen storm guesthouse in Garowe, killing three guards",
     "Gunmen attacked a guesthouse in Garowe on Thursday, killing three guards before security "
     "forces regained control, police said.",
     "Troops regained control of the guesthouse after a two-hour gunfight, police said."),
])
def test_a_building_retaken_from_gunmen_is_no_ground_regained(
    gazetteer: Gazetteer, title: str, body: str, summary: str
) -> None:
    found = extract(_article(title, body, "2024-06-12T10:00:00Z", summary), gazetteer)
    assert found.is_incident
    assert found.sub_event_type not in ("Government regains territory",
                                        "Non-state actor overtakes territory")


@pytest.mark.parametrize("body", [
    "An Israeli air strike on a building in Sidon killed three people. Israel's military said it "
    "'eliminated' a commander of the group.",
    "An Israeli air strike on a building in Sidon killed three people. The Israeli military "
    "confirmed it had struck the building and killed a commander of the group.",
    # (a day between the verb and its clause, the deed quoted)
    "An Israeli air strike on a building in Sidon killed three people. The Israeli military "
    "said on Wednesday it had \"neutralised\" a commander of the group.",
])
def test_a_state_saying_it_killed_the_target_owns_the_strike(
    gazetteer: Gazetteer, body: str
) -> None:
    found = extract(_article("Strike on Sidon building kills three", body,
                             "2024-10-01T10:00:00Z"), gazetteer)
    assert found.claimed_by == "military-forces-il"


@pytest.mark.parametrize(("title", "body"), [
    ("Rebels ambush army election convoy in the Andes, at least four dead",
     "Suspected rebels ambushed an army patrol escorting election materials in a remote valley "
     "on Saturday, killing at least four people on the eve of the country's presidential "
     "election, the armed forces said."),
    ("12 inmates killed in fight during visiting hours at Manaus prison",
     "Twelve inmates were killed on Sunday in a fight between prisoners at a Manaus prison, the "
     "state government said, some of the killings carried out in front of relatives visiting "
     "the jail."),
])
def test_an_election_or_a_prison_visit_as_the_setting_is_still_violence(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert extract(_article(title, body, "2019-05-27T10:00:00Z"), gazetteer).is_incident


@pytest.mark.parametrize(("title", "body"), [
    ("Colombie : une guérilla annonce sa dissolution et la fin de la lutte armée",
     "Le mouvement a annoncé lundi sa dissolution et la fin de trente ans de lutte armée contre "
     "l'État, un conflit qui a fait plus de 20.000 morts depuis 1990."),
    ("Rebel group says it will disband and end its armed struggle",
     "The group said on Monday it would disband and lay down its arms, ending a conflict that "
     "has killed more than 20,000 people since 1990."),
])
def test_a_movement_laying_down_its_arms_is_no_incident(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert not extract(_article(title, body, "2025-05-12T10:00:00Z"), gazetteer).is_incident


def test_what_one_learnt_from_a_security_source_is_confirmed(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Niger : trois soldats tués dans une embuscade près de Diffa",
        "Trois soldats nigériens ont été tués mardi dans une embuscade tendue par des hommes "
        "armés près de Diffa, a-t-on appris mercredi de source sécuritaire.",
    ), gazetteer)
    assert found.status == Status.CONFIRMED


def test_an_air_force_that_acknowledges_its_strikes_owns_them(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Nigeria : une frappe aérienne tue dix villageois près de Maru",
        "Dix villageois ont été tués samedi par une frappe aérienne près de Maru, dans l'État de "
        "Zamfara, selon des habitants.",
        summary="L'armée de l'air reconnaît avoir mené des frappes dans la zone et annonce une "
        "enquête.",
    ), gazetteer)
    assert found.claimed_by == "military-forces-ng"


def test_from_a_spot_is_no_earlier_time(gazetteer: Gazetteer) -> None:
    # « depuis l'enceinte de l'hôpital »: where the target was, not since when
    found = extract(_article(
        "Gaza : une frappe israélienne sur un hôpital de Deir el-Balah fait trois morts",
        "Trois personnes ont été tuées mardi par une frappe israélienne sur l'hôpital al-Aqsa de "
        "Deir el-Balah, selon la défense civile.\n\nL'armée israélienne a confirmé avoir visé un "
        "commandant du Hamas qui, selon elle, opérait depuis l'enceinte de l'hôpital.",
    ), gazetteer)
    assert found.claimed_by == "military-forces-il"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Thaïlande : une vague d'attentats frappe l'extrême sud",
         "Une bombe a détruit mardi soir une supérette installée dans une station-service de "
         "Yaha, dans la province de Yala, a indiqué la police."),
        ("Thailand: shops hit in the deep south",
         "A bomb destroyed a convenience store at a petrol station in Yaha, in Yala province, on "
         "Tuesday night, police said."),
    ],
)
def test_a_bomb_that_destroyed_a_shop_is_an_explosive(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = extract(_article(title, body, published="2022-08-17T11:00:00Z"), gazetteer)
    assert found.sub_event_type == "Remote explosive/landmine/IED"


def test_a_detail_that_could_not_be_verified_leaves_the_army_s_confirmation(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Pérou : deux militaires tués dans des combats contre le Sentier lumineux",
        "Lima - Deux militaires péruviens ont été tués vendredi lors de combats contre le "
        "Sentier lumineux dans la zone de Vizcatán del Ene, ont annoncé les forces armées.\n\n"
        "Selon l'armée, le chef du groupe aurait été grièvement blessé, ce qui n'a pu être "
        "vérifié de source indépendante.", published="2022-08-14T16:00:00Z"), gazetteer)
    assert found.status == "confirmed"


def test_the_army_inside_a_residents_quote_is_no_official_source(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Birmanie : cinq morts dans une frappe aérienne sur une école de l'État Shan",
        "Rangoun - Cinq personnes ont été tuées dimanche par un bombardement aérien sur une "
        "école du village de Myothit, dans le nord de l'État Shan, selon des habitants.\n\n"
        "« Il n'y avait pas de combats. L'armée fait cela exprès », a déclaré un habitant "
        "joint par un média local.", published="2024-01-08T06:45:00Z"), gazetteer)
    assert found.status == "reported"


@pytest.mark.parametrize(
    ("title", "body", "dead"),
    [
        ("Four National Guard troops drown after gunmen fire on patrol in Reynosa",
         "REYNOSA - Four members of Mexico's National Guard drowned on Tuesday when their pickup "
         "plunged into a canal after gunmen fired on them, authorities said.", 4),
        ("Nariño : cinq policiers blessés par un engin explosif près de Policarpa",
         "Cinq policiers ont été blessés jeudi soir par l'explosion d'un engin au passage d'un "
         "convoi près de Policarpa, a indiqué la police. L'attaque n'a pas fait de mort.", 0),
    ],
)
def test_the_drowned_are_dead_and_no_death_told_otherwise(
    gazetteer: Gazetteer, title: str, body: str, dead: int
) -> None:
    assert extract(_article(title, body), gazetteer).fatalities == dead


def test_charges_set_off_as_a_unit_passed_are_a_remote_explosive(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Colombie : un soldat tué et cinq blessés à Teorama",
        "Un soldat colombien a été tué et cinq autres blessés mardi lorsque des charges "
        "explosives ont été activées au passage de leur unité dans la commune de Teorama, a "
        "annoncé l'armée. Des combats se sont ensuite engagés avec des guérilleros."), gazetteer)
    assert found.sub_event_type == "Remote explosive/landmine/IED"


def test_a_locality_some_tens_of_kilometres_from_a_town_told_in_words(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Le poste de police de Petelkolé attaqué, au moins quatre policiers tués",
        "Le poste de police frontalier de Petelkolé, à une trentaine de kilomètres de Téra, a "
        "été pris d'assaut mardi par des individus armés. Quatre policiers ont été tués, selon "
        "des sources sécuritaires.", published="2022-04-12T20:45:00Z"), gazetteer)
    assert (found.place, found.admin1) == ("Petelkolé", "Tillaberi")


@pytest.mark.parametrize(
    ("title", "body", "sub"),
    [
        ("Nigeria : quatre agents de la défense civile tués par une mine dans l'État du Niger",
         "Quatre agents ont été tués lundi matin lorsque leur véhicule a roulé sur une mine près "
         "de Shiroro, dans l'État du Niger, a indiqué leur porte-parole.",
         "Remote explosive/landmine/IED"),
        # (a gold mine is no weapon)
        ("Gunmen kill 12 at gold mine in Zamfara",
         "Gunmen killed 12 miners on Sunday in an attack near a gold "
         "mine in Maru, in Zamfara state, police said.", "Attack"),
    ],
)
def test_a_mine_that_killed_or_was_run_over_is_a_landmine(
    gazetteer: Gazetteer, title: str, body: str, sub: str
) -> None:
    assert extract(_article(title, body), gazetteer).sub_event_type == sub


def test_the_pluperfect_told_with_a_participle_is_this_event(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Irak : au moins 35 morts dans un attentat à Sadr City",
        "Au moins 35 personnes ont été tuées lundi matin dans l'explosion d'une voiture piégée "
        "à Sadr City, quartier chiite de Bagdad, selon des sources policières.\n\nLe groupe État "
        "islamique (EI) a revendiqué l'attentat, affirmant qu'un kamikaze avait fait exploser "
        "son véhicule au milieu d'un rassemblement.", published="2017-01-02T19:30:00Z"),
        gazetteer)
    assert (found.claimed_by, found.status) == ("islamic-state", "claimed")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Irak : au moins 35 morts dans un attentat à Sadr City",
         "Au moins 35 personnes ont été tuées lundi dans l'explosion d'une voiture piégée à Sadr "
         "City, à Bagdad, selon la police.\n\nLe groupe État islamique a revendiqué l'attentat, "
         "affirmant qu'un kamikaze avait fait exploser son véhicule au milieu de la foule."),
        ("Car bomb kills 20 at Baghdad market",
         "A car bomb killed 20 people at a market in Baghdad's Sadr City on Monday, police said."
         "\n\nIslamic State said one of its suicide bombers drove the car into the crowd."),
    ],
)
def test_a_car_bomb_its_claim_says_a_suicide_bomber_set_off_is_a_suicide_bomb(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = extract(_article(title, body, published="2017-01-02T19:30:00Z"), gazetteer)
    assert found.sub_event_type == "Suicide bomb"


def test_fighters_blamed_for_a_killing_are_no_side_it_hit(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Senator shot dead in Bamenda, police blame Amba fighters",
        "BAMENDA — Police say separatist fighters were behind the killing of a senator who was "
        "shot dead on Tuesday evening in the Mile Two neighbourhood of Bamenda."), gazetteer)
    assert found.sub_event_type == "Attack"


def test_a_record_since_a_date_is_today_s_event(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Guerre en Ukraine : après la frappe sur le siège du gouvernement, Kiev réclame un "
        "bouclier",
        "Le symbole est fort. En touchant le bâtiment du Conseil des ministres au cœur de Kiev, "
        "Moscou a montré qu'aucun lieu n'était à l'abri.\n\nL'attaque de la nuit de samedi à "
        "dimanche, la plus massive depuis février 2022, a fait au moins trois morts dans la "
        "capitale, dont un nourrisson et sa mère, et une vingtaine de blessés.",
        published="2025-09-08T05:30:00Z"), gazetteer)
    assert found.fatalities == 3 and "civilians-ua" in found.actors


def test_an_official_named_after_his_title_is_the_source(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "'There is nothing left': Russian strike destroys Dnipro airport",
        "DNIPRO — Russian missiles struck Dnipro's international airport again on Sunday, "
        "destroying what remained of it, the governor of Dnipropetrovsk region, Valentyn "
        "Reznichenko, said.",
    ), gazetteer)
    assert found.status == Status.CONFIRMED


def test_israels_national_rescue_service_speaks_for_the_state(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Rocket barrage hits Majd al-Krum, two critically hurt",
        "Magen David Adom says paramedics are treating casualties in Majd al-Krum after rocket "
        "impacts in the town. Two young people are in critical condition.",
    ), gazetteer)
    assert found.status == Status.CONFIRMED


@pytest.mark.parametrize(("title", "body"), [
    ("Katyusha rocket lands inside Khor Mor gas field",
     "SULAIMANI - A Katyusha rocket landed inside the Khor Mor gas field in Sulaimani province "
     "on Wednesday afternoon, causing no damage or casualties, the province's "
     "counter-terrorism service said."),
    ("Projectile fired by Houthis injures two in Saudi Arabia's Jazan region",
     "RIYADH - Two civilians were injured on Friday when a projectile fired by Yemen's Houthis "
     "hit an industrial workshop in Samtah, in Saudi Arabia's southern Jazan region, the "
     "Saudi-led coalition said."),
])
def test_counter_terrorism_services_and_state_coalitions_speak_for_states(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert extract(_article(title, body), gazetteer).status == Status.CONFIRMED


def test_a_state_that_says_it_struck_confirms_the_strike(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Syrie : frappes de drones turcs contre des installations kurdes près de Hassaké",
        "Des drones turcs ont frappé jeudi plusieurs sites dans la région de Hassaké, dans le "
        "nord-est de la Syrie, ont indiqué les autorités kurdes.\n\nLe ministère turc de la "
        "Défense a annoncé avoir mené des frappes aériennes contre des cibles « terroristes » "
        "dans le nord de la Syrie.",
        summary="Ankara dit avoir visé des cibles « terroristes » ; les autorités kurdes "
        "dénoncent des attaques contre des infrastructures civiles.",
    ), gazetteer)
    assert found.claimed_by == "military-forces-tr" and found.status == Status.CONFIRMED


@pytest.mark.parametrize(("title", "body", "forces"), [
    ("Ukraine retakes Snihurivka in Mykolaiv region",
     "Ukrainian forces said on Thursday they had recaptured Snihurivka, a railway town in the "
     "Mykolaiv region, after fighting with Russian troops.", "military-forces-ua"),
    ("Syrie : l'armée reprend Palmyre au groupe État islamique",
     "L'armée syrienne a annoncé dimanche avoir repris la ville de Palmyre au groupe État "
     "islamique après trois semaines de combats.", "military-forces-sy"),
])
def test_forces_that_say_they_retook_a_town_claim_it(
    gazetteer: Gazetteer, title: str, body: str, forces: str
) -> None:
    assert extract(_article(title, body), gazetteer).claimed_by == forces


def test_an_army_that_says_it_hit_a_site_claims_the_strike(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Israeli strike hits Baalbek area, ending Bekaa calm",
        "BEIRUT - An Israeli air strike hit the village of Al-Osseira near Baalbek on Sunday, "
        "wounding three people, Lebanese state media said. The Israeli army said it hit a "
        "Hezbollah weapons site.",
    ), gazetteer)
    assert found.claimed_by == "military-forces-il"


def test_the_military_of_a_foreign_strike_is_the_foreign_states(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Israeli strike hits Beirut's southern suburb of Hadath",
        "BEIRUT - An air strike hit a building in Hadath, in Beirut's southern suburbs, on "
        "Thursday after residents were told to leave, Lebanese state media said. The military "
        "said it hit a drone storage site.",
    ), gazetteer)
    assert found.claimed_by == "military-forces-il"
    assert "military-forces-lb" not in found.actors


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Kordofan du Sud : des rebelles attaquent des positions de l'armée à Kadugli",
         "Des combattants rebelles ont attaqué mercredi des positions de l'armée soudanaise dans "
         "la ville de Kadugli.\n\nL'armée a affirmé jeudi avoir « repoussé "
         "une attaque » contre la garnison, accusant les rebelles d'avoir violé la trêve en "
         "vigueur depuis 2020."),
        ("Rebels attack army positions in Kadugli",
         "Rebel fighters attacked army positions in the town of Kadugli on Wednesday, residents "
         "said.\n\nThe army said on Thursday it had repelled the attack on the garrison, accusing "
         "the rebels of breaking a truce in force since 2020."),
    ],
)
def test_a_state_kept_since_long_ago_leaves_the_sentence_todays(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    # the truce's age is the truce's, not the time of what the army said of today's attack
    assert extract(_article(title, body), gazetteer).status == Status.CONFIRMED


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Cisjordanie : un Palestinien recherché pour le meurtre d'un rabbin tué à Yamoun",
         "Les forces israéliennes ont tué mardi avant l'aube Ahmad Jarrar, un Palestinien de 22 "
         "ans considéré par Israël comme le chef de la cellule qui a tué le rabbin Raziel "
         "Shevach le 9 janvier près de Havat Gilad."),
        ("Palestinian wanted over rabbi's murder killed in Yamoun",
         "Israeli forces killed Ahmad Jarrar before dawn on Tuesday in the village of Yamoun, "
         "a 22-year-old Palestinian Israel considers the head of the cell that killed Rabbi "
         "Raziel Shevach on January 9 near Havat Gilad."),
    ],
)
def test_a_killing_told_of_someone_in_a_relative_clause_is_not_the_days_event(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = extract(_article(title, body, "2018-02-06T11:25:00Z"), gazetteer)
    assert found.incident_date == date(2018, 2, 6)


def test_a_relative_clause_on_the_attack_itself_still_dates_it(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Niger : l'EI au Grand Sahara revendique l'assassinat des humanitaires à Kouré",
        "L'État islamique au Grand Sahara a revendiqué l'attaque qui a coûté la vie, le 9 août, "
        "à six humanitaires français et à leurs deux accompagnateurs nigériens dans la réserve "
        "de girafes de Kouré.",
        "2020-09-17T13:00:00Z",
    ), gazetteer)
    assert found.incident_date == date(2020, 8, 9)


def test_a_local_government_area_told_in_french_is_no_village(gazetteer: Gazetteer) -> None:
    # « la zone de gouvernement local d'Agatu » is a county, as "Agatu Local Government Area"
    # is: the village it holds is where the attack was
    found = extract(_article(
        "Nigeria : la police confirme cinq morts dans une attaque à Agatu, dans l'État de Benue",
        "La police de l'État de Benue a confirmé lundi qu'environ cinq personnes avaient été "
        "tuées dimanche lors d'une attaque contre Egwuma, une localité de la zone de "
        "gouvernement local d'Agatu, que les habitants imputent à des éleveurs armés.",
        "2024-07-16T08:45:00Z",
    ), gazetteer)
    assert found.place == "Egwuma"


@pytest.mark.parametrize(
    "breakdown",
    [
        "Seven civilians and three members of the security forces were among the dead, the "
        "official said.",
        "The dead included seven civilians and three soldiers.",
        "Sept civils et trois soldats figurent parmi les victimes, a précisé le responsable.",
    ],
)
def test_civilians_counted_among_the_dead_are_victims(
    gazetteer: Gazetteer, breakdown: str
) -> None:
    found = extract(_article(
        "Car bomb near Somalia's defence ministry kills at least 10 as new army chief escapes",
        "MOGADISHU - A suicide car bomb exploded near Somalia's defence ministry in Mogadishu on "
        "Sunday, killing at least 10 people moments after the new army chief drove past, a "
        "senior military official said.\n\n" + breakdown,
        "2017-04-09T11:40:00Z",
    ), gazetteer)
    assert "civilians-so" in found.actors


def test_a_country_named_inside_another_countrys_province_is_a_village(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Two hunters killed as rival factions clash in Tonga",
        "MALAKAL - Two civilians were killed and seven others are missing after renewed fighting "
        "between rival armed factions in Tonga, in Upper Nile State's Panyikang County, the "
        "county commissioner said on Friday.",
        "2022-08-05T14:10:00Z",
    ), gazetteer)
    assert (found.country, found.admin1, found.place) == ("SS", "Upper Nile", "Tonga")
    assert "civilians-ss" in found.actors


@pytest.mark.parametrize(
    "blame",
    [
        "« De nombreux morts sont encore dans le village », précise le comité, qui dénonce un "
        "« massacre commis par les Forces de soutien rapide ».",
        "The committee denounced a massacre committed by the Rapid Support Forces.",
    ],
)
def test_a_massacre_said_committed_by_a_group_names_it(gazetteer: Gazetteer, blame: str) -> None:
    found = extract(_article(
        "Massacre d'Oum Adam au Soudan : le bilan s'alourdit à 28 morts",
        "Le bilan de l'attaque du village d'Oum Adam, dans l'État soudanais d'Al-Jazira, s'est "
        "alourdi dimanche soir à au moins 28 morts et 240 blessés, selon le comité des médecins "
        "soudanais.\n\n" + blame,
        "2024-04-08T06:50:00Z",
    ), gazetteer)
    assert "rsf" in found.actors
    assert "unidentified-armed-group-sd" not in found.actors


def test_a_village_told_by_its_country_is_the_place_and_our_is_no_name(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Région de Belgorod : un village frontalier bombardé depuis l'Ukraine",
        "Le village russe de Jouravlevka, situé à quelques centaines de mètres de la frontière, "
        "a été bombardé jeudi depuis l'Ukraine, a annoncé le gouverneur de la région de "
        "Belgorod.\n\n« Notre village de Jouravlevka a été bombardé depuis le territoire "
        "ukrainien », a écrit le gouverneur sur Telegram.",
        "2022-04-14T19:20:00Z",
    ), gazetteer)
    assert (found.place, found.admin1) == ("Jouravlevka", "Belgorod")


def test_wounded_told_without_a_figure_void_another_places_nil_toll(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Région de Belgorod : un village frontalier bombardé depuis l'Ukraine, des blessés "
        "selon le gouverneur",
        "Le village russe de Jouravlevka a été bombardé jeudi depuis l'Ukraine, a annoncé le "
        "gouverneur de la région de Belgorod, qui a fait état de dégâts à des habitations.\n\n"
        "Deux autres villages de la région ont essuyé des tirs d'artillerie. Leurs habitants ont "
        "été évacués et aucun blessé n'a été signalé, selon le gouverneur.",
        "2022-04-14T19:20:00Z",
    ), gazetteer)
    assert found.fatalities is None


@pytest.mark.parametrize(
    "text",
    [
        "Un village bombardé, des blessés selon le gouverneur",
        "Une frappe sur un village de la région, plusieurs blessés",
        "One village shelled overnight, several wounded",
    ],
)
def test_wounded_told_without_a_figure_take_no_earlier_number(text: str) -> None:
    # "Un" counts the village, not the wounded
    assert casualties([text], headline=1).injured is None


def test_a_provinces_office_holder_is_no_village(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Pibor says Jonglei youth attacking Gumuruk villages; Jonglei denies involvement",
        "Authorities in the Greater Pibor Administrative Area (GPAA) say armed youth from "
        "neighbouring Jonglei State have been attacking villages in Gumuruk County since Friday "
        "evening, an accusation that the Jonglei government has flatly denied.\n\n\"Yesterday "
        "evening, around 4 p.m., a combined White Army from Jonglei, under the overall command "
        "of Tut-Jiok, the spiritual leader from Ayod, attacked two villages in Minyabol Payam, "
        "Gumuruk County,\" GPAA Information Minister Jacob Werchum said on Saturday morning. "
        "Jonglei's Information Minister Nyamar Lony Ngundeng rejected the claim, saying the "
        "state's youth \"remain in their respective counties\".",
        "2024-12-14T11:20:00Z",
        summary="Authorities in the Greater Pibor Administrative Area say a combined White Army "
        "force attacked two villages in Minyabol payam on Friday afternoon; Jonglei's "
        "information minister says its youth have not moved.",
    ), gazetteer)
    assert found.place is not None and "Minister" not in found.place


@pytest.mark.parametrize(
    "text",
    [
        "La coalition rebelle dit avoir tué une quinzaine de soldats dans cette localité.",
        "Les rebelles affirment avoir tué une trentaine de soldats.",
    ],
)
def test_a_round_amount_after_une_is_not_one_dead(text: str) -> None:
    assert casualties([text]).fatalities != 1


def test_forces_said_to_have_seized_a_town_in_the_feminine_take_it(gazetteer: Gazetteer) -> None:
    # « les Forces … ont affirmé s'être emparées d'Oum Soumeima »: the feminine plural too
    found = extract(_article(
        "Kordofan-Nord : les FSR affirment avoir pris Oum Soumeima, à l'ouest d'El-Obeid",
        "Les Forces de soutien rapide (FSR) ont affirmé dimanche s'être emparées d'Oum "
        "Soumeima, une localité stratégique située à environ 68 km à l'ouest d'El-Obeid, après "
        "des combats contre l'armée soudanaise.",
        "2025-07-14T10:15:00Z",
    ), gazetteer)
    assert found.sub_event_type == "Non-state actor overtakes territory"


def test_a_paragraph_on_the_attacks_this_one_came_after_tells_them(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Kordofan-Nord : les FSR affirment avoir pris Oum Soumeima, à l'ouest d'El-Obeid",
        "Les Forces de soutien rapide (FSR) ont affirmé dimanche s'être emparées d'Oum "
        "Soumeima, une localité située à environ 68 km à l'ouest d'El-Obeid, après des combats "
        "contre l'armée soudanaise.\n\nL'armée n'a fait aucune déclaration officielle.\n\nCette "
        "offensive intervient au lendemain d'attaques meurtrières contre des villages de la "
        "région de Bara. Le Réseau des médecins soudanais a accusé les FSR d'avoir tué samedi "
        "onze civils, dont trois enfants, et blessé 31 autres à Chag al-Noum.",
        "2025-07-14T10:15:00Z",
    ), gazetteer)
    assert (found.fatalities, found.injured) == (None, None)
    assert found.incident_date == date(2025, 7, 13)


@pytest.mark.parametrize(
    "night", ["in the night from Sunday to Monday", "in the night of Sunday to Monday"]
)
def test_a_night_told_from_one_day_to_the_next_is_the_second_days(night: str) -> None:
    texts = [f"Rebels attacked two villages {night}, killing some thirty civilians."]
    assert incident_date(texts, datetime(2021, 12, 1, 17, 5, tzinfo=UTC)) == date(2021, 11, 29)


def test_land_told_as_liberated_is_no_event(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "On Kharkiv's liberated farmland, spring sowing begins with a metal detector",
        "IZIUM DISTRICT - The sunflower seed is ready, the tractor has been repaired and the fuel "
        "tank is full. What Oleksandr's farm does not have is a single hectare certified free of "
        "mines.",
        "2023-04-11T06:30:00Z",
        summary="Farmers in districts retaken last autumn are waiting for deminers, or taking "
        "risks of their own, as the planting season opens.",
    ), gazetteer)
    assert not found.is_incident


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Ukraine : Wagner affirme avoir pris la mairie de Bakhmout et y avoir hissé le drapeau "
         "russe",
         "Le chef du groupe Wagner a affirmé dimanche soir que ses hommes avaient hissé le "
         "drapeau russe sur le bâtiment de l'administration municipale de Bakhmout."),
        ("Wagner fighters raise Russian flag over Bakhmut city hall",
         "Wagner fighters raised the Russian flag over the city administration building in "
         "Bakhmut on Sunday night, the group's founder said."),
        ("Rebels raise their flag over Bunagana",
         "M23 rebels raised their flag over the border town of Bunagana on Monday, residents "
         "said."),
    ],
)
def test_a_flag_raised_over_a_town_is_ground_taken(
    gazetteer: Gazetteer, title: str, lead: str
) -> None:
    found = extract(_article(title, lead, "2023-04-03T06:50:00Z"), gazetteer)
    assert found.sub_event_type == "Non-state actor overtakes territory"


def test_a_live_entry_told_under_its_own_heading_leads_with_its_paragraph(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Sudan clashes live: heavy fighting in El Fasher as army-RSF war enters fourth day",
        "15:05 EAT - No let-up in North Darfur capital\n\nResidents of El Fasher, the capital "
        "of North Darfur state, say heavy gunfire and artillery have been heard since Saturday "
        "morning around the army's command, with fighters of the Rapid Support Forces (RSF) "
        "moving through several neighbourhoods in pickup trucks.",
        "2023-04-18T14:20:00Z",
    ), gazetteer)
    assert found.incident_date == date(2023, 4, 15)


@pytest.mark.parametrize(
    "doubt",
    [
        "Officials say it is not yet clear whether al Shabaab or feuding herders were behind the "
        "killings.",
        "One resident said he could not tell whether the attackers belonged to al Shabaab or to "
        "a rival clan militia, which is active in the area.",
    ],
)
def test_a_group_among_guesses_of_who_did_it_is_not_named(
    gazetteer: Gazetteer, doubt: str
) -> None:
    found = extract(_article(
        "Three beheaded in night raid on Lamu village",
        "LAMU - Three men were beheaded late on Thursday when heavily armed attackers raided "
        "Maleli village in Witu division of Lamu West, security officials said.\n\n" + doubt,
        "2017-08-18T09:50:00Z",
    ), gazetteer)
    assert "al-shabaab" not in found.actors
    assert "unidentified-armed-group-ke" in found.actors


def test_a_group_among_guesses_told_in_french_is_not_named(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Kenya : trois hommes décapités dans un raid contre le village de Maleli",
        "Trois hommes ont été décapités jeudi soir lors d'un raid d'hommes lourdement armés "
        "contre le village de Maleli, dans le comté de Lamu, ont indiqué les autorités. Les "
        "enquêteurs ne savent toujours pas si l'attaque est l'œuvre des shebab ou d'éleveurs.",
        "2017-08-19T06:40:00Z",
    ), gazetteer)
    assert "al-shabaab" not in found.actors


def test_a_group_blamed_for_a_run_of_such_attacks_is_not_blamed_for_this_one(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Kenya : deux policiers tués par un engin explosif dans le comté de Garissa",
        "Deux policiers kényans ont été tués jeudi matin lorsque leur véhicule a roulé sur un "
        "engin explosif à Malelei, dans le comté de Garissa, ont annoncé les autorités.\n\nLes "
        "autorités attribuent aux islamistes shebab somaliens la multiplication des engins "
        "explosifs posés le long de la frontière.",
        "2017-05-25T13:10:00Z",
    ), gazetteer)
    assert "al-shabaab" not in found.actors


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Mali : deux Casques bleus tués à Aguelhok",
         "Deux Casques bleus de la Mission de l'ONU au Mali (Minusma) ont été tués et dix autres "
         "blessés jeudi soir dans une attaque au mortier contre leur camp d'Aguelhok, dans la "
         "région de Kidal, a annoncé la mission dans un communiqué."),
        ("Turkish shelling near Ain Issa camp",
         "Turkish shelling struck near a camp for displaced people at Ain Issa in northern Syria "
         "on Sunday, killing two people, the Kurdish-led administration of the region said."),
        ("Syrie : bombardements turcs près d'Aïn Issa",
         "Deux personnes ont été tuées dimanche par des bombardements turcs près du camp d'Aïn "
         "Issa, a annoncé l'administration semi-autonome kurde."),
    ],
)
def test_a_peace_mission_or_a_ruling_administration_confirms(
    gazetteer: Gazetteer, title: str, lead: str
) -> None:
    assert extract(_article(title, lead), gazetteer).status == Status.CONFIRMED


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Mexique : une fillette enlevée puis tuée à Taxco",
         "Une fillette de 8 ans, enlevée mercredi après-midi à Taxco, a été retrouvée tuée tôt "
         "jeudi au bord d'une route, a indiqué le service médico-légal d'Iguala."),
        ("Ukraine : les garde-frontières de l'île aux Serpents tués dans une attaque",
         "Treize garde-frontières ukrainiens ont été tués jeudi lors de l'attaque russe contre "
         "l'île aux Serpents, en mer Noire, a indiqué le Service national des garde-frontières "
         "d'Ukraine."),
    ],
)
def test_forensic_and_border_guard_services_are_official(
    gazetteer: Gazetteer, title: str, lead: str
) -> None:
    assert extract(_article(title, lead), gazetteer).status == Status.CONFIRMED


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Ethiopie : dix morts dans des frappes de drone à Mekele",
         "Dix personnes ont été tuées mercredi matin à Mekele, la capitale du Tigré, dans deux "
         "frappes de drone qui ont touché un quartier résidentiel, a indiqué un haut responsable "
         "de l'hôpital Ayder, le plus grand de la région."),
        ("Drone strike kills 15 in Omdurman",
         "A drone strike on a truck in western Omdurman on Saturday killed 15 people, a Sudanese "
         "lawyers' group that documents abuses in the war said on Monday, blaming the army."),
    ],
)
def test_a_hospital_head_or_the_blamed_army_is_no_official_source(
    gazetteer: Gazetteer, title: str, lead: str
) -> None:
    assert extract(_article(title, lead), gazetteer).status == Status.REPORTED


def test_the_bomber_told_in_the_narrative_pluperfect_makes_a_suicide_bombing(
    gazetteer: Gazetteer,
) -> None:
    # the pluperfect of the attacker's own steps is this attack's account, "before" his next
    # step is no earlier bombing, and the European Union near the blast is no group telling it
    found = extract(_article(
        "Kaboul : le bilan de l'attentat à l'ambulance piégée dépasse la centaine de morts",
        "Le bilan de l'attentat à l'ambulance piégée qui a frappé samedi le centre de Kaboul "
        "s'est alourdi à 103 morts, a annoncé dimanche le ministre de l'Intérieur.\n\nLe "
        "kamikaze avait franchi un point de contrôle en prétendant transporter un malade vers "
        "l'hôpital, avant de faire exploser son véhicule près du siège de l'Union européenne.",
        "2018-01-28T10:00:00Z",
    ), gazetteer)
    assert found.sub_event_type == "Suicide bomb"


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A young American missionary couple and the Haitian director of their mission were "
         "shot dead by gang members in northern Port-au-Prince on Thursday evening.", 3),
        ("Un couple et leur fils ont été tués dimanche soir dans l'attaque de leur ferme.", 3),
        ("A couple and their two sons were killed.", 4),
    ],
)
def test_a_couple_and_one_more_killed_are_three(text: str, dead: int) -> None:
    assert casualties([text]).fatalities == dead


def test_a_claim_told_in_the_present_names_the_claimant(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Merka passe sous la coupe des shebab, qui y proclament la charia",
        "Les shebab affirment avoir installé leur « administration islamique » à Merka, ville "
        "portuaire du sud de la Somalie, où leurs combattants sont entrés vendredi après le "
        "départ des soldats de l'Union africaine.",
        "2016-02-06T08:20:00Z",
    ), gazetteer)
    assert found.claimed_by == "al-shabaab"


@pytest.mark.parametrize(
    "after",
    [
        "Les forces armées affirment avoir lancé une opération de poursuite dans la zone.",
        "L'armée de l'air, qui affirme en avoir abattu 74, parle de la plus grosse attaque.",
    ],
)
def test_a_pursuit_or_a_shooting_down_claims_no_attack(gazetteer: Gazetteer, after: str) -> None:
    found = extract(_article(
        "Des rebelles tuent douze villageois près de Beni",
        "Des rebelles ont tué douze villageois dimanche dans une attaque contre un village près "
        "de Beni, dans l'est de la RD Congo, selon des sources locales. " + after,
        "2021-05-10T08:20:00Z",
    ), gazetteer)
    assert found.claimed_by is None


@pytest.mark.parametrize(
    ("title", "lead", "claimant"),
    [
        ("Russia says its forces have taken full control of Ukraine's Lyman",
         "Russia's defence ministry said on Saturday that the town of Lyman in eastern "
         "Ukraine's Donetsk region was now fully under the control of Russian forces.",
         "military-forces-ru"),
        ("Les rebelles de l'AA affirment que leurs combattants ont pris Paletwa",
         "L'Armée d'Arakan a affirmé lundi que ses combattants avaient pris le contrôle de la "
         "ville de Paletwa, dans l'État Chin, après des semaines de combats contre l'armée.",
         "arakan-army"),
    ],
)
def test_a_side_saying_its_forces_took_a_town_claims_it(
    gazetteer: Gazetteer, title: str, lead: str, claimant: str
) -> None:
    assert extract(_article(title, lead), gazetteer).claimed_by == claimant


def test_a_village_told_km_from_a_town_lies_in_the_towns_province(gazetteer: Gazetteer) -> None:
    # "in northern Burkina Faso" after the village says only what is known already
    found = extract(_article(
        "At least 12 civilians killed as gunmen attack Bani in northern Burkina Faso",
        "OUAGADOUGOU, Feb 5 (West Africa Wire) - At least 12 civilians were killed when gunmen "
        "attacked the town of Bani, about 40 km from Dori in northern Burkina Faso, on Saturday "
        "afternoon, residents and a security source said.",
        "2023-02-05T15:20:00Z",
    ), gazetteer)
    assert (found.place, found.admin1) == ("Bani", "Sahel")


@pytest.mark.parametrize(
    ("title", "lead", "dead", "hurt"),
    [
        ("Priest burnt to death as gunmen torch rectory in Niger State",
         "Gunmen set fire to a Catholic parish residence in Kafin-Koro, Niger State, early on "
         "Sunday, burning a priest to death and wounding another, police said.", 1, 1),
        ("Gunmen kill four in Sokoto village",
         "Gunmen killed four residents of Sabiyo village in Sokoto State on Tuesday. One farmer "
         "was shot in the neck and chest but survived and is receiving treatment.", 4, 1),
        ("Air strike kills two children in Zamfara village",
         "A Nigerian Air Force jet bombed Sububu village in Zamfara State on Monday, killing two "
         "children. An elderly woman was also wounded, residents said.", 2, 1),
        ("Nigeria : un prêtre tué dans l'incendie de son presbytère à Kafin-Koro",
         "Des hommes armés ont incendié dimanche le presbytère de Kafin-Koro, dans l'État du "
         "Niger, tuant le père Isaac Achi. Son vicaire a été blessé par balle.", 1, 1),
    ],
)
def test_one_person_wounded_or_burnt_to_death_without_a_figure(
    gazetteer: Gazetteer, title: str, lead: str, dead: int, hurt: int
) -> None:
    found = extract(_article(title, lead, "2023-01-15T13:40:00Z"), gazetteer)
    assert (found.fatalities, found.injured) == (dead, hurt)


def test_gunmen_called_the_bandits_further_on_are_the_countrys_bandits(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Catholic priest burnt to death as gunmen set fire to rectory in Niger State",
        "Gunmen set fire to a Catholic parish residence in Kafin-Koro, in Nigeria's Niger "
        "State, early on Sunday, burning a priest to death, police said.\n\n"
        "The attackers invaded the residence at about 3 a.m., police spokesman Wasiu Abiodun "
        "said in a statement.\n\n"
        "\"The bandits reportedly attempted to gain entrance into the residence but it seems "
        "difficult, and set the house ablaze,\" Abiodun said.",
        "2023-01-15T13:40:00Z",
    ), gazetteer)
    assert "nigerian-bandits" in found.actors
    assert "unidentified-armed-group-ng" not in found.actors


def test_halves_of_a_hyphened_village_name_are_no_far_apart_towns(gazetteer: Gazetteer) -> None:
    # "Kafin" is an old name of Armenia's Kapan, "Koro" a town in Mali
    found = extract(_article(
        "Kafin-Koro : des habitants en colère incendient le poste de police",
        "Des femmes et des jeunes en colère ont incendié mardi le bâtiment de la division de "
        "police de Kafin-Koro, dans la zone de Paikoro (État de Niger), trois jours après la "
        "mort du père Isaac Achi, brûlé vif dans son presbytère.",
        "2023-01-18T10:30:00Z",
    ), gazetteer)
    assert (found.country, found.admin1) == ("NG", "Niger")


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Two soldiers killed in car-ramming attack near Mevo Dotan in northern West Bank",
         "A Palestinian driver drove into a group of Israeli soldiers near the settlement of "
         "Mevo Dotan, southwest of Jenin, on Friday afternoon, killing an officer and a soldier, "
         "the army said."),
        ("Cisjordanie : deux soldats israéliens tués dans une attaque à la voiture-bélier",
         "Deux soldats israéliens ont été tués vendredi lorsqu'un Palestinien a foncé sur eux "
         "en voiture près de la colonie de Mevo Dotan, dans le nord de la Cisjordanie occupée, "
         "a annoncé l'armée israélienne."),
    ],
)
def test_a_ramming_attack_has_an_attacker_nobody_named(
    gazetteer: Gazetteer, title: str, lead: str
) -> None:
    found = extract(_article(title, lead, "2018-03-16T17:10:00Z"), gazetteer)
    assert "unidentified-armed-group-ps" in found.actors


def test_a_town_told_inside_another_towns_district_is_its_namesake_there(
    gazetteer: Gazetteer,
) -> None:
    # India's Banki ranks first on its own; Bama and Borno say which Banki
    found = extract(_article(
        "Borno: troops repel overnight ISWAP attack on Mayanti base near Banki",
        "Troops of Operation Hadin Kai repelled an attack by Islamic State West Africa Province "
        "(ISWAP) fighters on their forward operating base in Mayanti, near Banki in Bama Local "
        "Government Area of Borno State, at about 1:15am on Sunday, military sources said.\n\n"
        "Banki sits on the border facing the Cameroonian town of Amchide.",
        "2024-03-17T13:05:00Z",
    ), gazetteer)
    assert (found.country, found.admin1) == ("NG", "Borno")


def test_a_province_several_countries_have_is_the_one_where_the_reports_towns_lie(
    gazetteer: Gazetteer,
) -> None:
    # no country is named; Mamfe and Bamenda are Cameroon's, so is this Sud-Ouest
    found = extract(_article(
        "Sud-Ouest : six gendarmes tués dans une embuscade séparatiste près d'Eyumojock",
        "Six gendarmes ont été tués vendredi dans une embuscade tendue par des séparatistes "
        "anglophones sur l'axe Eyumojock-Ekok, dans la région du Sud-Ouest, selon des sources "
        "sécuritaires.\n\nInformé le matin même d'une activité des combattants sur ce tronçon "
        "de la route qui relie Bamenda et Mamfe à la frontière, le chef d'unité s'était porté "
        "sur les lieux avec plusieurs de ses éléments.",
        "2024-05-11T08:30:00Z",
    ), gazetteer)
    assert (found.country, found.admin1) == ("CM", "South-West")


@pytest.mark.parametrize(
    "lead",
    [
        "Two Turkish police officers were killed and two others wounded on Sunday when militants "
        "fired a guided missile at their armoured vehicle near Marea in northern Syria, the "
        "Interior Ministry said.",
        "Two Turkish special operations police officers were killed and two others wounded on "
        "Sunday when militants fired a guided missile at their armoured vehicle near Marea in "
        "northern Syria, the Interior Ministry said.",
    ],
)
def test_a_foreign_nations_police_hit_abroad_is_not_the_local_police(
    gazetteer: Gazetteer, lead: str
) -> None:
    found = extract(_article(
        "Missile attack kills two police officers in northern Syria", lead,
        "2021-10-10T17:20:00Z",
    ), gazetteer)
    assert "military-forces-tr-police" in found.actors
    assert "military-forces-sy-police" not in found.actors


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Turkish border guards shot dead eight Syrians fleeing war, monitor says",
         "Turkish border guards shot dead eight Syrians, among them four children and a woman, "
         "as they tried to cross into Turkey near Khirbet al-Joz in Idlib province late on "
         "Saturday, the Syrian Observatory for Human Rights said."),
        ("Syrie : huit civils tués à la frontière turque",
         "Huit Syriens, dont quatre enfants, ont été tués par des tirs de gardes-frontières turcs "
         "samedi soir près de Khirbet al-Joz, dans la province d'Idleb, alors qu'ils tentaient "
         "de passer en Turquie, selon l'Observatoire syrien des droits de l'homme."),
    ],
)
def test_a_nations_border_guards_are_its_forces(
    gazetteer: Gazetteer, title: str, lead: str
) -> None:
    found = extract(_article(title, lead, "2016-06-19T11:25:00Z"), gazetteer)
    assert "military-forces-tr" in found.actors


def test_barrels_of_chlorine_gas_dropped_on_a_town_are_an_incident(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Saraqeb : une trentaine de personnes intoxiquées après un largage de barils",
        "Une trentaine de personnes ont été soignées pour des difficultés respiratoires après le "
        "largage lundi soir sur la ville de Saraqeb, dans la province d'Idleb, de barils "
        "contenant selon des secouristes du gaz chloré.",
        "2016-08-02T10:30:00Z",
    ), gazetteer)
    assert (found.is_incident, found.sub_event_type) == (True, "Chemical weapon")


def test_a_sentence_telling_of_a_month_of_another_year_is_background(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Drone attack on U.S.-led garrison at al-Tanf wounds two Syrian allied fighters",
        "Three one-way attack drones targeted the al-Tanf garrison in south-eastern Syria on "
        "Friday, U.S. Central Command said. The third struck the compound, wounding two members "
        "of the Syrian Free Army.\n\n"
        "No U.S. personnel were hurt, CENTCOM said, without saying who had launched the drones."
        "\n\nThe garrison lies in the desert near Syria's borders with Iraq and Jordan. It was "
        "last hit by drones in October 2021, in an attack Washington blamed on Iran-backed "
        "militias.",
        "2023-01-21T03:10:00Z",
    ), gazetteer)
    assert "axis-of-resistance" not in found.actors


def test_an_arabic_new_after_a_citys_name_is_part_of_it(gazetteer: Gazetteer) -> None:
    # "Baghdad al-Jadida" is New Baghdad, not Morocco's El Jadida; "Morocco's El Jadida" is
    found = [
        gazetteer.place(m.id) for m in gazetteer.scan(
            "By the time the call to Friday prayers rang out over Baghdad al-Jadida, "
            "shopkeepers had swept the glass into piles."
        ) if m.kind == "place"
    ]
    assert [p.country for p in found if p is not None] == ["IQ"]
    assert any(
        m.surface == "El Jadida" for m in gazetteer.scan("a storm hit Morocco's El Jadida")
    )
    # ... nor is "Baghdad" a given name before "al-Jadida"
    found_place = extract(_article(
        "Suicide car bomb kills 19",
        "A suicide car bomb killed 19 people on a shopping street in the Baghdad al-Jadida "
        "district on Thursday, police said.",
        "2016-06-10T07:05:00Z",
    ), gazetteer)
    assert (found_place.place, found_place.country) == ("Baghdad", "IQ")


def test_chlorine_told_in_what_a_helicopter_dropped_is_a_chemical_attack(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Rescuers accuse Syrian government of gas attack on Saraqib",
        "About 30 people, most of them women and children, were treated for breathing "
        "difficulties after a helicopter dropped barrels that rescuers say contained chlorine "
        "on the rebel-held town of Saraqib late on Monday.",
        "2016-08-02T16:45:00Z",
        summary="About 30 people were treated for breathing problems in Saraqib after barrels "
        "were dropped from a helicopter late on Monday, according to local rescuers.",
    ), gazetteer)
    assert found.sub_event_type == "Chemical weapon"


def test_followers_of_a_political_movement_storming_parliament_are_its_own(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Irak : les sadristes envahissent à nouveau le Parlement, au moins 60 blessés",
        "Des milliers de partisans du leader chiite Moqtada Sadr ont de nouveau envahi samedi le "
        "Parlement irakien, au cœur de la zone verte de Bagdad. Les forces de l'ordre ont tiré "
        "des grenades lacrymogènes pour les repousser.",
        "2022-07-30T11:50:00Z",
    ), gazetteer)
    assert "sadrist-movement" in found.actors
    assert [c.id for c in gazetteer.resolve("sadristes")][:1] == ["sadrist-movement"]


def test_a_persons_home_town_names_no_locality_after_the_person(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Saqqez : les forces de sécurité auraient tiré sur la foule",
        "Les forces de sécurité iraniennes ont ouvert le feu mercredi sur des manifestants à "
        "Saqqez, la ville natale de Mahsa Amini, dans la province du Kurdistan, où des milliers "
        "de personnes s'étaient rassemblées.",
        "2022-10-26T15:20:00Z",
    ), gazetteer)
    assert found.place == "Saqqez"


def test_a_state_saying_its_jets_struck_claims_the_strike(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Israeli jets flatten Gaza City cultural centre",
        "Israeli warplanes destroyed a five-storey building housing a cultural centre in western "
        "Gaza City on Thursday, wounding several people, Palestinian health officials said.\n\n"
        "The Israeli military said in a statement that its jets had struck \"a building used by "
        "the Hamas terror organisation's internal security\" in the Gaza Strip.",
        "2018-08-09T17:05:00Z",
    ), gazetteer)
    assert (found.claimed_by, found.status) == ("military-forces-il", Status.CONFIRMED)


def test_an_international_force_owning_its_strike_confirms_it(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Scores of civilians reported killed in west Mosul strike",
        "The U.S.-led coalition fighting Islamic State said on Saturday that its aircraft struck "
        "a location in west Mosul on March 17 that corresponds to reports of mass civilian "
        "casualties.",
        "2017-03-25T10:00:00Z",
    ), gazetteer)
    # (the coalition claims it, not Islamic State, whom it fights)
    assert (found.claimed_by, found.status) == ("operation-inherent-resolve", Status.CONFIRMED)


def test_a_side_owning_a_strike_on_a_town_of_another_country_claims_no_attack_here(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Russian missile hits apartment block in Poltava, killing at least seven",
        "A Russian missile slammed into a five-storey apartment building in the central city of "
        "Poltava overnight, killing at least seven people, the regional governor said.\n\n"
        "Ukraine's military said on Friday that its drones had hit the Lukoil refinery in "
        "Kstovo, in Russia's Nizhny Novgorod region, overnight on Wednesday.",
        "2025-02-01T08:15:00Z",
    ), gazetteer)
    assert found.claimed_by is None
    assert "military-forces-ua" not in found.actors


def test_smugglers_who_open_fire_on_a_patrol_are_an_armed_group(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Army captain killed, three soldiers hurt as smugglers open fire on border patrol",
        "A Border Guard captain was killed and three soldiers were injured at dawn on Sunday when "
        "a group of smugglers opened fire on a patrol on the Kingdom's northeastern border with "
        "Syria, in Mafraq governorate, the Jordan Armed Forces-Arab Army said.",
        "2022-01-16T12:20:00Z",
    ), gazetteer)
    assert "unidentified-armed-group-jo" in found.actors


def test_a_separatist_faction_claiming_its_attack_is_named(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Two soldiers killed as separatists overrun Kumbo water reservoir post",
        "Two soldiers were killed on Tuesday when separatist fighters attacked a military post "
        "guarding the Bamkikai water reservoir in Kumbo, local sources said. The Bui Unity "
        "Warriors claimed the attack in videos posted on social media.",
        "2022-02-02T18:45:00Z",
    ), gazetteer)
    assert found.claimed_by == "bui-unity-warriors"


@pytest.mark.parametrize(
    "source",
    [
        "selon un communiqué de l'état-major cité par l'agence officielle Petra",
        "according to an army statement carried by the Petra news agency",
    ],
)
def test_a_news_agency_named_after_a_place_is_no_place(
    gazetteer: Gazetteer, source: str
) -> None:
    found = extract(_article(
        "Jordan army says it killed 27 drug smugglers on Syria border",
        "The Jordanian army said on Thursday it had killed 27 drug smugglers who tried to cross "
        f"into the kingdom from Syria at dawn, {source}.",
        "2022-01-27T09:30:00Z",
    ), gazetteer)
    assert found.place != "Wadi Musa"


def test_a_crowd_breaking_into_parliament_riots(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "LIVE: Sadr supporters break into Iraqi parliament",
        "Hundreds of supporters of Shi'ite cleric Moqtada al-Sadr have broken into the Iraqi "
        "parliament building inside Baghdad's Green Zone, footage broadcast by Iraqi channels "
        "shows. Protesters are dancing on desks and waving flags in the empty chamber.",
        "2022-07-27T17:45:00Z",
    ), gazetteer)
    assert (found.is_incident, found.sub_event_type) == (True, "Violent demonstration")


def test_a_group_saying_its_fighters_clashed_with_troops_claims_the_fight(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Fighting on the outskirts of Khiam",
        "Hezbollah said on Sunday its fighters had clashed with Israeli troops trying to advance "
        "on the southern Lebanese town of Khiam.",
        "2024-11-17T12:10:00Z",
    ), gazetteer)
    assert (found.claimed_by, found.status) == ("hezbollah", Status.CLAIMED)


def test_the_claimant_is_of_the_claims_own_clause(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Taliban accuse Pakistan of air strikes in Paktika; Islamabad says it hit militant "
        "hideouts",
        "Pakistani aircraft struck residential areas in Urgun district of Afghanistan's eastern "
        "Paktika province late on Friday, killing at least 10 civilians, a Taliban provincial "
        "official said.",
        "2024-12-28T10:00:00Z",
    ), gazetteer)
    assert found.claimed_by == "military-forces-pk"


def test_a_group_saying_in_a_long_aside_that_its_fighters_attacked_claims_it(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Convoy ambushed near Balad, several soldiers killed",
        "Militants ambushed an army convoy near Balad in Somalia's Middle Shabelle region on "
        "Monday, killing several soldiers, officials said. Al-Shabaab said in a statement on "
        "its Andalus radio that its fighters had targeted the convoy.",
        "2021-05-10T10:00:00Z",
    ), gazetteer)
    assert found.claimed_by == "al-shabaab"


def test_violence_told_months_before_is_not_todays_news(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Abuja-Kaduna trains run again, eight months after deadly attack",
        "Trains returned to the line between Nigeria's capital and the northern city of Kaduna "
        "on Monday, eight months after gunmen blew up the track and attacked a packed passenger "
        "train, killing at least seven people and kidnapping dozens.",
        "2022-12-05T12:30:00Z",
    ), gazetteer)
    assert not found.is_incident


def test_one_person_treated_for_injuries_is_one_wounded(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Armed men abduct police officer from his Imphal home; rescued hours later",
        "A group of around 200 armed men stormed the residence of an additional superintendent "
        "of police in Imphal East district on Tuesday evening and abducted the officer, police "
        "said. He was rescued late in the evening and was being treated for injuries, the "
        "officer said.",
        "2024-02-28T06:00:00Z",
    ), gazetteer)
    assert found.injured == 1


def test_a_gunfight_that_broke_out_is_the_news(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Gondar : des morts lors d'une tentative d'arrestation de membres d'un comité",
        "Une fusillade a éclaté jeudi soir à Gondar, dans la région Amhara, lorsque des "
        "policiers fédéraux ont voulu interpeller un responsable local.\n\n"
        "Des habitants ont entendu des tirs pendant une partie de la nuit.",
        "2016-07-15T09:00:00Z", summary="Plusieurs policiers ont été tués à Gondar.",
    ), gazetteer)
    assert found.is_incident
    assert found.country == "ET"


def test_a_city_quarter_named_like_a_town_is_the_city(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Une bombe guidée frappe un immeuble du quartier de Chevtchenko, douze blessés",
        "L'aviation russe a largué jeudi une bombe guidée sur le quartier de Chevtchenko, dans "
        "le centre de Kharkiv, blessant douze personnes, selon le gouverneur.",
        "2025-07-24T13:20:00Z",
    ), gazetteer)
    assert found.place == "Kharkiv"


def test_a_town_named_in_short_is_the_town_told_in_full(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Mexique : un militant indigène abattu à San Cristóbal",
        "Un militant indigène a été abattu dimanche par deux hommes à moto à San Cristóbal de "
        "las Casas, dans le sud du Mexique, a annoncé le parquet.",
        "2024-10-21T02:30:00Z",
    ), gazetteer)
    assert found.admin1 == "Chiapas"


def test_a_person_beaten_is_violence_not_a_match_won(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Mob drags motorist from car and beats him in Bat Yam",
        "A crowd of far-right Israelis dragged a motorist from his car in Bat Yam on Wednesday "
        "night and beat him as he lay on the road, footage broadcast live showed.",
        "2021-05-13T08:00:00Z",
        summary="The man was taken to hospital in serious condition after the mob beat him.",
    ), gazetteer)
    assert found.is_incident
    assert found.place == "Bat Yam"
    found = extract(_article(
        "Lynchage à Bat Yam : l'automobiliste toujours hospitalisé",
        "L'homme tiré de sa voiture et passé à tabac mercredi soir par une foule d'extrémistes "
        "à Bat Yam est toujours hospitalisé, a indiqué jeudi l'hôpital.",
        "2021-05-13T18:00:00Z",
        summary="L'automobiliste roué de coups mercredi soir reste dans un état grave.",
    ), gazetteer)
    assert found.is_incident


def test_a_mob_that_drags_a_man_out_is_mob_violence(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Mob drags motorist from car and beats him in Bat Yam",
        "A mob dragged a motorist from his car in Bat Yam on Wednesday night and beat him as "
        "he lay on the road, footage broadcast live showed.",
        "2021-05-13T08:00:00Z",
    ), gazetteer)
    assert found.sub_event_type == "Mob violence"


def test_a_person_assaulted_then_freed_is_no_town_retaken(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Cisjordanie : libéré, un militant raconte son passage à tabac par des colons",
        "Un militant palestinien, agressé lundi soir par des colons dans le village de Susya, "
        "au sud d'Hébron, a été libéré mardi après une nuit en détention, a indiqué son avocat.",
        "2025-03-25T12:00:00Z",
    ), gazetteer)
    assert found.is_incident
    assert found.sub_event_type == "Attack"


def test_unnamed_attackers_told_by_nationality_are_that_nations_group(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Three Palestinian assailants shot dead after attacking police in Jerusalem",
        "Three men armed with guns and knives attacked border police officers outside the "
        "Damascus Gate of Jerusalem's Old City on Wednesday, wounding two policewomen before "
        "being shot dead, police said.",
        "2016-02-03T14:00:00Z",
    ), gazetteer)
    assert "unidentified-armed-group-ps" in found.actors


def test_ground_retaken_days_before_is_not_the_strike(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Russian strikes on Kharkiv power plant cause blackout",
        "Russian forces struck critical infrastructure in Kharkiv on Sunday evening, the "
        "mayor said, days after Ukrainian troops recaptured swathes of territory to the city's "
        "south-east.",
        "2022-09-11T20:30:00Z",
    ), gazetteer)
    assert found.event_type == "Explosions/Remote violence"


def test_the_strike_an_attack_answers_names_no_side(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Russian ballistic missile attack on Kyiv kills one, damages embassies",
        "A Russian ballistic missile attack on Kyiv early on Friday killed one person and "
        "injured 12 others, city authorities said.",
        "2024-12-20T08:55:00Z",
        summary="Moscow said it was retaliating for a Ukrainian ATACMS strike.",
    ), gazetteer)
    assert "military-forces-ua" not in found.actors


def test_a_state_saying_it_retaliated_owns_the_attack(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Russian ballistic missile attack on Kyiv kills one, damages embassies",
        "A Russian ballistic missile attack on Kyiv early on Friday killed one person and "
        "injured 12 others, city authorities said.",
        "2024-12-20T08:55:00Z",
        summary="Moscow said it was retaliating for a Ukrainian ATACMS strike.",
    ), gazetteer)
    assert found.claimed_by == "military-forces-ru"
    found = extract(_article(
        "Kiev : une frappe russe fait un mort et endommage six ambassades",
        "Une attaque russe aux missiles balistiques a fait un mort et douze blessés vendredi "
        "matin dans la capitale ukrainienne, selon l'administration militaire de la ville.",
        "2024-12-20T16:40:00Z",
        summary="Moscou présente l'attaque de vendredi matin comme une riposte à des tirs de "
        "missiles sur la région de Rostov.",
    ), gazetteer)
    assert found.claimed_by == "military-forces-ru"


def test_a_government_saying_its_forces_recaptured_a_town_owns_it(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Ethiopia says army has recaptured the town of Lalibela",
        "Ethiopia's government said on Wednesday that its forces had recaptured Lalibela, the "
        "northern town famous for its rock-hewn churches, which Tigrayan forces had held "
        "since August.",
        "2021-12-01T13:50:00Z",
    ), gazetteer)
    assert found.claimed_by == "military-forces-et"


def test_who_held_a_town_retaken_is_a_side(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Éthiopie : les forces gouvernementales reprennent Lalibela",
        "Les forces gouvernementales éthiopiennes ont repris mercredi la ville de Lalibela, dans "
        "le nord de la région Amhara, a annoncé le gouvernement.\n\nLa ville était tombée aux "
        "mains des rebelles du Front de libération du peuple du Tigré (TPLF) début août.",
        "2021-12-01T21:10:00Z",
    ), gazetteer)
    assert found.sub_event_type == "Government regains territory"
    assert "tplf" in found.actors


def test_fighters_retaking_a_town_are_no_government(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Les rebelles de retour à Lalibela",
        "Les combattants tigréens ont repris dimanche le contrôle de Lalibela, dans le nord de "
        "l'Éthiopie, ont affirmé lundi plusieurs habitants joints par téléphone.",
        "2021-12-13T10:30:00Z",
    ), gazetteer)
    assert found.sub_event_type == "Non-state actor overtakes territory"


def test_a_ship_seized_is_its_crew_taken(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Yémen : les Houthis s'emparent d'un cargo émirati au large de Hodeïda",
        "Les rebelles houthis du Yémen ont annoncé lundi s'être emparés d'un cargo battant "
        "pavillon des Émirats arabes unis au large de la province de Hodeïda, en mer Rouge.",
        "2022-01-03T10:20:00Z",
    ), gazetteer)
    assert found.sub_event_type == "Abduction/forced disappearance"


def test_a_man_beaten_with_iron_bars_is_no_strike(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Cisjordanie : un militant meurt après son arrestation",
        "Un militant est mort jeudi peu après son arrestation par les forces de sécurité près "
        "d'Hébron.\n\nSa famille affirme qu'il a été frappé à coups de barre de fer.",
        "2021-06-25T15:05:00Z",
    ), gazetteer)
    assert found.sub_event_type != "Air/drone strike"


def test_a_town_over_the_border_is_not_the_one_a_village_lies_near(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "National Guard commander in Zacatecas killed in shootout with gunmen",
        "The commander of Mexico's National Guard in the central state of Zacatecas was killed "
        "on Thursday in a shootout with suspected cartel gunmen in the municipality of Pinos, "
        "near the border with San Luis Potosi, authorities said.",
        "2022-11-25T14:30:00Z",
    ), gazetteer)
    assert found.admin1 == "Zacatecas"


def test_an_age_told_roughly_is_no_toll() -> None:
    found = casualties(
        ["Un manifestant d'une vingtaine d'années a été tué d'une balle dans la tête lundi."]
    )
    assert found.fatalities == 1


def test_the_national_guard_attacked_is_the_countrys_forces(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Djenné : un garde national tué dans l'attaque d'une patrouille",
        "Un élément de la Garde nationale a été tué et cinq autres ont été blessés mardi soir "
        "dans l'attaque de leur patrouille près du barrage de Djenné, dans la région de Mopti, "
        "au Mali, a-t-on appris de sources locales.",
        "2018-01-11T08:30:00Z",
    ), gazetteer)
    assert "military-forces-ml" in found.actors


def test_a_group_that_fought_back_is_a_side(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Barsalogho : le chef du village de Kogoyendé tué par des hommes armés",
        "Le chef du village de Kogoyendé, dans la commune de Barsalogho, a été tué mercredi lors "
        "d'une attaque d'individus armés non identifiés.\n\nSelon des habitants, les Volontaires "
        "pour la défense de la patrie (VDP) présents sur place ont tenté de résister, mais ont "
        "dû se replier.",
        "2021-02-11T12:30:00Z",
    ), gazetteer)
    assert "vdp" in found.actors


def test_one_person_found_dead_is_one_dead() -> None:
    assert casualties(
        ["Le dirigeant a été retrouvé mort par balles mercredi matin à Meki."]
    ).fatalities == 1
    assert casualties(["The activist was found dead on Wednesday near the town."]).fatalities == 1


def test_the_un_refugee_agency_is_no_police_station(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Darfour : trois employés du HCR enlevés par des hommes armés à El Geneina",
        "Trois employés du Haut-Commissariat des Nations unies pour les réfugiés (HCR) ont été "
        "enlevés dimanche soir par des hommes armés dans le centre d'El Geneina, capitale de "
        "l'État du Darfour-Occidental.",
        "2016-11-28T11:05:00Z",
    ), gazetteer)
    assert "military-forces-sd-police" not in found.actors


def test_the_man_a_mob_beat_is_a_civilian_victim(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Mob drags motorist from car and beats him in Bat Yam",
        "A mob dragged a motorist from his car in Bat Yam on Wednesday night and beat him as "
        "he lay on the road, footage broadcast live showed.",
        "2021-05-13T08:00:00Z",
    ), gazetteer)
    assert "civilians-il" in found.actors


def test_a_banned_march_dispersed_with_live_fire_is_a_protest(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Gao : une marche contre les autorités intérimaires tourne au drame",
        "Deux jeunes ont été tués et au moins dix-sept blessés mardi à Gao lorsque les forces de "
        "l'ordre ont dispersé une marche interdite contre l'installation des autorités "
        "intérimaires, selon l'hôpital de la ville.",
        "2016-07-12T18:30:00Z",
    ), gazetteer)
    assert found.event_type == "Protests"


def test_police_charging_a_sit_in_with_batons_is_an_incident(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "À Tyr, la police municipale s'en prend aux manifestants",
        "Des policiers municipaux ont chargé jeudi à coups de bâton les manifestants qui tenaient "
        "un sit-in devant le sérail de Tyr. Plusieurs personnes ont été soignées sur place.",
        "2019-10-24T17:00:00Z",
    ), gazetteer)
    assert found.is_incident


def test_forces_that_went_in_and_raised_the_flag_regain_ground(gazetteer: Gazetteer) -> None:
    french = extract(_article(
        "Le drapeau du régime hissé à Bousra, ancien fief rebelle",
        "Les forces gouvernementales syriennes sont entrées samedi dans Bousra, tenue par les "
        "rebelles depuis 2015, et y ont hissé le drapeau national, après un accord de reddition.",
        "2018-07-08T15:00:00Z",
    ), gazetteer)
    english = extract(_article(
        "Syrian troops raise flag over Busra al-Sham",
        "Syrian state television showed soldiers raising the government's flag over the main "
        "square of Busra al-Sham on Saturday, after rebels agreed to hand over their weapons.",
        "2018-07-08T15:00:00Z",
    ), gazetteer)
    assert french.is_incident and english.is_incident
    assert french.sub_event_type == "Government regains territory"


def test_a_shepherd_taken_away_by_a_patrol_is_an_abduction(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Un berger libanais emmené par une patrouille israélienne près de Chebaa",
        "L'armée libanaise accuse une patrouille israélienne d'avoir enlevé lundi un berger à la "
        "lisière de Chebaa. Israël affirme l'avoir arrêté après qu'il eut franchi la ligne bleue.",
        "2021-03-08T18:00:00Z",
    ), gazetteer)
    assert found.is_incident
    assert found.sub_event_type == "Abduction/forced disappearance"


def test_a_clash_as_an_arrest_bid_stalls_is_the_news(gazetteer: Gazetteer) -> None:
    clash = extract(_article(
        "Police, party supporters clash outside leader's Lahore home as arrest bid stalls",
        "Police fired tear gas at hundreds of supporters outside the former prime minister's "
        "home in Lahore on Tuesday. At least nine policemen were injured.",
        "2023-03-15T08:00:00Z",
    ), gazetteer)
    beaten = extract(_article(
        "Palestinian farmer beaten by settlers, then detained by army, villagers say",
        "A Palestinian farmer was attacked by masked settlers near Susya on Monday and then "
        "detained by Israeli soldiers who arrived at the scene, villagers said.",
        "2025-03-25T08:00:00Z",
    ), gazetteer)
    assert clash.is_incident and beaten.is_incident


def test_a_toll_of_years_of_attacks_is_no_incident(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Rights group says 4,000 killed in three years of attacks in Burkina Faso",
        "Armed attacks have killed at least 4,000 people in Burkina Faso since the president "
        "took office three years ago, a rights group said in a report on Thursday.",
        "2025-05-29T08:00:00Z",
    ), gazetteer)
    assert not found.is_incident


def test_a_film_maker_s_laurels_do_not_make_his_beating_film_news(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Oscar-winning Palestinian director beaten by settlers near Hebron, colleagues say",
        "Masked settlers attacked the director near Hebron on Monday evening and left him with "
        "head wounds, his colleagues said.",
        "2025-03-25T08:00:00Z",
    ), gazetteer)
    assert found.is_incident


def test_herders_militias_of_the_kenya_ethiopia_border_are_named(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Kenya : douze pêcheurs tués dans une attaque près d'Ileret",
        "Douze pêcheurs kényans ont été tués dimanche dans une attaque attribuée à des miliciens "
        "de la communauté dassanetch venus d'Éthiopie, près d'Ileret, au bord du lac Turkana.",
        "2023-05-08T09:00:00Z",
    ), gazetteer)
    raid = extract(_article(
        "Pokot raiders kill two police reservists in Turkana",
        "Armed Pokot raiders killed two police reservists and drove away hundreds of goats near "
        "Kainuk in Turkana County on Tuesday, police said.",
        "2023-02-08T09:00:00Z",
    ), gazetteer)
    assert "dassanech-militia-et" in found.actors
    assert "pokot-militia-ke" in raid.actors


def test_a_grenade_thrown_by_nobody_named_has_an_unnamed_thrower(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Grenade attack on Bahir Dar hotel bar kills two",
        "Two people were killed and eleven wounded when a grenade was thrown into the bar of a "
        "hotel in Bahir Dar on Saturday night, police said.",
        "2017-02-05T09:00:00Z",
    ), gazetteer)
    assert found.sub_event_type == "Grenade"
    assert "unidentified-armed-group-et" in found.actors


def test_arrests_counted_beside_the_dead_are_no_dead() -> None:
    assert casualties(
        ["Donia : un mort et une vingtaine d'arrestations après l'assaut contre la gendarmerie"]
    ).fatalities == 1
    assert casualties(["Riot in the market town leaves one dead and 20 arrests"]).fatalities == 1


def test_last_week_and_no_day_is_a_week_back() -> None:
    published = datetime(2025, 2, 19, 10, 0, tzinfo=UTC)
    assert incident_date(
        ["Rebels shelled the hospital in the town last week, killing six patients, the health "
         "ministry said."], published,
    ) == date(2025, 2, 12)
    # (a day the next paragraphs give is the day)
    assert incident_date(
        ["Rebels shelled the hospital in the town last week, the health ministry said."],
        published, later=["The shells struck the maternity ward on Monday, February 10."],
    ) == date(2025, 2, 10)


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("Zamfara : 17 personnes enlevées et un policier tué lors d'un raid nocturne", 1),
        ("17 people abducted and a policeman killed in night raid on village", 1),
        ("17 people abducted and killed in night raid on village", 17),
        ("Three soldiers and more than 15 bandits were killed on Wednesday at Gundiri.", 18),
        ("Trois soldats et plus de 15 bandits ont été tués mercredi à Gundiri.", 18),
        ("12 prisoners and 3 guards killed in jail riot", 15),
    ],
)
def test_those_taken_are_not_counted_with_the_dead(sentence: str, dead: int) -> None:
    assert casualties([sentence], victims_only=False).fatalities == dead


def test_a_village_named_beside_the_word_is_the_place(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Haute-Kotto : six civils tués dans une attaque à Ndambissoua",
        "Au moins six civils ont été tués dimanche matin au village Ndambissoua, à 60 "
        "kilomètres de Bria sur la route d'Ouadda, selon le chef du village.",
        "2021-11-15T09:00:00Z",
    ), gazetteer)
    assert found.place == "Ndambissoua"
    toll = extract(_article(
        "Mbomou : le bilan de l'attaque de Gbangassa s'alourdit à neuf morts",
        "Neuf personnes ont été tuées le 3 mars dans la sous-préfecture de Rafaï, selon une "
        "source locale. L'attaque est attribuée à des hommes armés.",
        "2024-03-06T09:00:00Z",
    ), gazetteer)
    assert toll.place == "Gbangassa"


def test_a_district_told_as_a_woreda_and_a_raid_on_a_village_in_an_lga(
    gazetteer: Gazetteer,
) -> None:
    woreda = extract(_article(
        "Armed group seizes Yaso district in western Ethiopia, rights body says",
        "An armed group has taken control of Yaso woreda, in the Kamashi zone of Ethiopia's "
        "Benishangul-Gumuz region, the rights commission said on Wednesday.",
        "2021-05-06T09:00:00Z",
    ), gazetteer)
    raid = extract(_article(
        "Bandits kill vigilante in Niger State raid",
        "Gunmen who entered Kundu from the Birnin Gwari axis late on Wednesday killed a "
        "vigilante in a midnight raid on Kundu in Rafi local government area of Niger State, "
        "residents said.",
        "2025-02-06T09:00:00Z",
    ), gazetteer)
    assert woreda.place == "Yaso"
    assert raid.place == "Kundu" and raid.admin1 == "Niger"


def test_a_village_attacked_then_placed_in_its_area_or_state(gazetteer: Gazetteer) -> None:
    attack = extract(_article(
        "Kaduna : neuf morts dans l'attaque d'un village du sud de l'Etat",
        "Le gouvernement de l'Etat de Kaduna a confirmé dimanche la mort de neuf habitants lors "
        "d'une attaque nocturne contre Gora Gan, dans la zone de Zangon Kataf.",
        "2022-02-06T09:00:00Z",
    ), gazetteer)
    strike = extract(_article(
        "Military orders probe into air raid, disputes civilian toll",
        "Nigeria's defence headquarters said on Thursday it had ordered an investigation into "
        "Sunday's air strikes on Kwaren Ganuwa in Zamfara State, where residents said dozens of "
        "civilians died.",
        "2022-12-22T09:00:00Z",
    ), gazetteer)
    assert attack.place == "Gora Gan"
    assert strike.place == "Kwaren Ganuwa" and strike.admin1 == "Zamfara"


def test_a_village_placed_in_its_county_or_canton(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Soudan du Sud : le bilan de l'attaque contre Motot s'alourdit",
        "Le bilan de l'attaque de samedi contre Motot, dans le comté d'Uror, s'est fortement "
        "alourdi, a indiqué lundi un responsable local.",
        "2020-05-18T09:00:00Z",
    ), gazetteer)
    assert found.place == "Motot"


def test_a_district_named_as_such_places_what_no_village_does(gazetteer: Gazetteer) -> None:
    district = extract(_article(
        "Pakistani air strikes kill eight in Afghanistan's Paktika, Taliban say",
        "Pakistani air strikes late on Tuesday hit four locations in Urgun district near the "
        "border and killed eight people, most of them children, a Taliban spokesman said.",
        "2024-12-25T09:00:00Z",
    ), gazetteer)
    village = extract(_article(
        "Gunmen kill dozens in attack on village in western Ethiopia",
        "Gunmen killed at least 40 people in a pre-dawn attack in Dalati kebele, in Bulen "
        "district of the Metekel zone, in Benishangul-Gumuz region on Wednesday, the rights "
        "commission said.",
        "2020-12-24T09:00:00Z",
    ), gazetteer)
    assert district.place == "Urgun"
    assert village.place == "Dalati"


def test_someone_s_own_armed_men_are_no_unnamed_attackers(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "One dead as police fire on protesters in Jowhar",
        "JOWHAR, Somalia — At least one person was killed on Monday when police opened fire on "
        "protesters in Jowhar, witnesses said.\n\nHundreds of people had taken to the streets to "
        "demand the release of a clan elder, who was detained along with about 20 of his armed "
        "men during a security operation on Saturday.",
        "2023-08-21T12:00:00Z",
    ), gazetteer)
    assert "unidentified-armed-group-so" not in found.actors
    assert "military-forces-so-police" in found.actors


def test_a_protest_told_as_the_news_is_an_event(gazetteer: Gazetteer) -> None:
    march = extract(_article(
        "Kenya : des centaines d'habitants de Mandera marchent contre l'insécurité",
        "Des centaines d'habitants de Mandera ont marché lundi jusqu'aux bureaux du commissaire "
        "du comté pour réclamer davantage de policiers après une série d'attaques.",
        "2024-06-10T15:00:00Z",
    ), gazetteer)
    calm = extract(_article(
        "Plus de 100 000 personnes ont marché contre l'antisémitisme à Paris",
        "Le cortège s'est dispersé dans le calme. Aucun incident n'a été signalé.",
        "2023-11-12T18:00:00Z",
    ), gazetteer)
    assert march.is_incident and march.event_type == "Protests"
    assert not calm.is_incident


def test_militants_storming_a_police_camp_fight_the_police(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Police repulse 40 attackers at Hulugho camp; one officer missing",
        "More than 40 militants stormed a police camp near Hulugho, on the Kenya-Somalia "
        "border, on Tuesday night, hurling explosives and shooting before being driven back, "
        "police said.",
        "2017-05-10T09:00:00Z",
    ), gazetteer)
    assert found.sub_event_type == "Armed clash"


def test_gunmen_killing_police_officers_and_nobody_else_fight_them(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Gunmen kill four police officers exercising at sports complex in Mexico's Zacatecas",
        "Gunmen shot dead four municipal police officers who were exercising at a sports complex "
        "in the town of Fresnillo on Tuesday morning, state security officials said. The "
        "attackers arrived in two pickup trucks and opened fire on the officers before fleeing.",
        "2022-10-05T09:00:00Z",
    ), gazetteer)
    assert found.sub_event_type == "Armed clash"


def test_the_wounded_told_first_then_their_risen_count() -> None:
    toll = casualties([
        "The number of people injured in this morning's missile strike on the city has risen to "
        "31, the regional governor says.",
        "One person has been killed.",
    ])
    assert (toll.fatalities, toll.injured) == (1, 31)
    assert casualties(
        ["Five people were injured in the blast, and the death toll has risen to 12."]
    ).injured == 5


def test_armed_youth_from_pibor_are_the_murle_militia(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Three killed in Uror's Motot as commissioner blames Pibor militias",
        "Three people were killed on Sunday in Motot payam of Uror County, Jonglei State, in an "
        "attack the county commissioner blamed on armed youth from the Greater Pibor "
        "Administrative Area.",
        "2024-03-04T09:00:00Z",
    ), gazetteer)
    assert "murle-militia-ss" in found.actors


def test_a_wider_toll_and_the_place_s_part_of_it(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Éthiopie : près de 70 manifestants tués ce week-end, dont une vingtaine à Gondar",
        "Les forces de sécurité ont tué au moins 68 personnes samedi et dimanche en réprimant "
        "des manifestations dans plusieurs villes, dont une vingtaine à Gondar, selon une ONG.",
        "2016-08-08T09:00:00Z",
    ), gazetteer)
    assert found.fatalities == 20


@pytest.mark.parametrize(
    ("title", "body", "claimant"),
    [
        ("Al Shabaab fighters attack army base near Jowhar",
         "MOGADISHU — Al Shabaab fighters attacked an army base near Jowhar on Tuesday, killing "
         "10 soldiers, officials said. The group claimed responsibility for the attack.",
         "al-shabaab"),
        ("Burkina : des jihadistes du JNIM attaquent un détachement à Djibo",
         "OUAGADOUGOU — Des jihadistes du JNIM ont attaqué lundi un détachement militaire à "
         "Djibo, selon des sources sécuritaires. Le groupe jihadiste a revendiqué l'attaque.",
         "jnim"),
    ],
)
def test_the_group_that_claims_is_the_one_named_before(
    gazetteer: Gazetteer, title: str, body: str, claimant: str
) -> None:
    found = extract(_article(title, body, "2024-06-04T09:00:00Z"), gazetteer)
    assert found.claimed_by == claimant


def test_a_group_that_often_claims_has_not_claimed_this(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Suspected ADF rebels kill 12 near Oicha",
        "BENI — Suspected ADF rebels killed 12 people near Oicha on Monday, the army said.\n\n"
        "The militant group often claims its attacks through Islamic State outlets.",
        "2024-06-04T09:00:00Z",
    ), gazetteer)
    assert found.claimed_by is None


@pytest.mark.parametrize(
    ("title", "body", "sub_event"),
    [
        # dispersed with tear gas and arrests, no one shot: a protest broken up
        ("Bukavu : la police disperse un sit-in d'enseignants, deux syndicalistes interpellés",
         "BUKAVU — La police a dispersé lundi matin devant le gouvernorat un sit-in d'enseignants "
         "qui réclamaient leurs arriérés de salaire, à coups de gaz lacrymogène. Deux "
         "syndicalistes ont été interpellés, selon leurs collègues.",
         "Protest with intervention"),
        ("Police break up opposition rally in Lusaka with tear gas",
         "LUSAKA — Police fired tear gas and water cannon on Saturday to break up a rally of "
         "opposition supporters in central Lusaka, witnesses said. Several people were "
         "arrested.",
         "Protest with intervention"),
        # ... and with live fire and the dead, force that is excessive
        ("Police open fire on protesters in Kisumu, two killed",
         "KISUMU — Police fired live rounds to disperse protesters in Kisumu on Tuesday, "
         "killing two young men, a local hospital said.",
         "Excessive force against protesters"),
        # a march of its own, as the headline and the lead tell it, with no violence
        ("Gao : la jeunesse marche contre les coupures d'électricité",
         "GAO — Plusieurs centaines de jeunes ont marché jeudi dans les rues de Gao pour "
         "dénoncer les coupures d'électricité. La marche s'est déroulée dans le calme.",
         "Peaceful protest"),
        # the hurt told first, the arrests after
        ("Three hurt, 20 detained after Goma protest over kidnappings",
         "GOMA — Three people were hurt when police broke up a protest in Goma on Monday by "
         "residents angry over a wave of kidnappings, and 20 were detained, a rights group "
         "said.",
         "Protest with intervention"),
    ],
)
def test_protests_broken_up_and_protests_fired_on(
    gazetteer: Gazetteer, title: str, body: str, sub_event: str
) -> None:
    found = extract(_article(title, body, "2024-06-04T18:00:00Z"), gazetteer)
    assert found.is_incident
    assert found.sub_event_type == sub_event


@pytest.mark.parametrize(
    ("title", "body", "actor"),
    [
        ("Pakistani troops open fire on Pashtun Tahafuz Movement rally in North Waziristan",
         "MIRANSHAH — Troops opened fire on a rally of the Pashtun Tahafuz Movement at a "
         "checkpoint in North Waziristan on Sunday, killing three protesters, PTM leaders said.",
         "pashtun-tahafuz-movement"),
        ("RDC : affrontements entre la police et des adeptes de Bundu dia Kongo à Matadi",
         "MATADI — Des affrontements ont opposé mardi la police à des adeptes du mouvement "
         "politico-religieux Bundu dia Kongo à Matadi, faisant trois morts, selon la police.",
         "bundu-dia-kongo"),
    ],
)
def test_movements_named_at_a_protest_or_a_clash(
    gazetteer: Gazetteer, title: str, body: str, actor: str
) -> None:
    assert actor in extract(_article(title, body, "2024-06-04T18:00:00Z"), gazetteer).actors


def test_barricades_and_burning_tyres_over_a_leader_s_arrest_are_a_riot(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Kananga : barricades et pneus brûlés après l'arrestation d'un leader local",
        "KANANGA — Des dizaines de jeunes ont érigé des barricades et brûlé des pneus mardi "
        "dans le centre de Kananga pour exiger la libération de leur chef, arrêté la veille. "
        "La police a tiré des gaz lacrymogènes pour les disperser.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert (found.event_type, found.sub_event_type) == ("Riots", "Violent demonstration")


def test_an_age_told_by_the_verb_alone_is_no_toll() -> None:
    toll = casualties([
        "Gunmen seized the village chief on Friday night.",
        "The chief, who was about 70, was later shot dead by his captors, the source said.",
    ])
    assert toll.fatalities == 1
    imam = casualties(["The imam, who was 65, was killed when gunmen stormed the mosque."])
    assert imam.fatalities == 1


def test_where_marchers_were_going_is_not_where_they_were_stopped(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Police tear-gas tribesmen marching on Islamabad near Dera Ismail Khan",
        "DERA ISMAIL KHAN — Police fired tear gas at hundreds of tribesmen near Dera Ismail Khan "
        "on Monday as they set off on a march towards Islamabad to demand compensation, "
        "witnesses said.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert found.admin1 == "Khyber Pakhtunkhwa"


def test_a_city_s_quarter_is_the_place_and_lies_in_the_city(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Congo police fire tear gas at opposition march in Kinshasa",
        "KINSHASA — Police fired tear gas at opposition supporters in Kinshasa's Ngaba "
        "district on Saturday, witnesses said.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert found.place_id == "s:kinshasa-ngaba"
    assert "g:2314302" in gazetteer.place_ancestors(found.place_id)


@pytest.mark.parametrize(
    ("title", "body", "event"),
    [
        ("Calm returns to Uvira after riot sparked by false death rumour",
         "UVIRA — Calm was returning on Saturday to Uvira, a day after riots triggered by a "
         "false rumour that a young man had been beaten to death by police.\n\nThe man is "
         "alive in hospital, doctors said.\n\nHundreds of angry residents took to the streets "
         "on Friday. Crowds tried to storm a police station and threw stones at officers, who "
         "responded with tear gas.",
         "Riots"),
        # a prison's riot is its gangs' fight
        ("At least nine inmates killed in riot at Guayaquil prison",
         "GUAYAQUIL — Rival gangs fought with guns and knives inside the prison on Friday, "
         "killing at least nine inmates, before soldiers regained control, officials said.",
         "Battles"),
    ],
)
def test_a_riot_named_in_the_headline(
    gazetteer: Gazetteer, title: str, body: str, event: str
) -> None:
    found = extract(_article(title, body, "2024-06-04T18:00:00Z"), gazetteer)
    assert found.event_type == event


@pytest.mark.parametrize(
    ("title", "body", "sub_event"),
    [
        ("Gunmen kill village chief in Niger's Tillaberi",
         "NIAMEY — Armed men on motorcycles seized the village chief and the imam of Bangou "
         "Koirey on Friday night, a security source said. The chief was later executed by his "
         "captors.",
         "Attack"),
        ("ISWAP claims it captured and killed army colonel in Borno ambush",
         "MAIDUGURI — Islamic State West Africa Province fighters ambushed an army convoy near "
         "Askira on Sunday and captured and killed a colonel, the group said.",
         "Armed clash"),
    ],
)
def test_a_person_seized_is_no_ground_taken(
    gazetteer: Gazetteer, title: str, body: str, sub_event: str
) -> None:
    assert extract(_article(title, body, "2024-06-04T18:00:00Z"), gazetteer).sub_event_type == (
        sub_event
    )


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Church says 1,200 killed in Ituri violence since January",
         "BUNIA — At least 1,200 people have been killed in Ituri province since January in "
         "attacks by militias and armed groups, according to a report by the Catholic Church "
         "published on Tuesday."),
        ("Mali : les attaques jihadistes en hausse de 40 % au premier semestre",
         "BAMAKO — Le nombre d'attaques jihadistes au Mali a augmenté de 40 % au premier "
         "semestre par rapport à l'an dernier, selon un rapport publié lundi par un centre de "
         "recherche, qui recense 210 morts."),
        ("Polls in Wana postponed after candidate's killing",
         "WANA — Voting for a provincial assembly seat in South Waziristan has been postponed "
         "following the killing of an independent candidate last week, officials said."),
    ],
)
def test_tolls_since_a_month_figures_of_a_half_year_and_votes_put_off(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert not extract(_article(title, body, "2024-06-04T18:00:00Z"), gazetteer).is_incident


def test_protesters_who_break_onto_a_runway_and_burn_riot(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "UN confirms one protester killed at Tessalit airport",
        "BAMAKO — The UN mission said on Tuesday that one demonstrator was killed during "
        "Monday's protest at the airport in Tessalit.\n\nProtesters burst onto the tarmac, "
        "guarded by peacekeepers, and set fire to generators and a guard post, the mission "
        "said.",
        "2024-06-04T18:00:00Z",
        summary="One person was killed when protesters broke onto the runway at Tessalit.",
    ), gazetteer)
    assert (found.event_type, found.sub_event_type) == ("Riots", "Violent demonstration")


def test_militiamen_killed_by_the_army_are_a_side_of_a_fight(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Tshikapa : onze miliciens Kamuina Nsapu tués lors d'une opération de l'armée",
        "TSHIKAPA — Onze miliciens Kamuina Nsapu ont été tués dimanche dans la cité de Kamonia "
        "lorsque l'armée a tenté de démanteler leur camp, a indiqué un responsable de la "
        "Croix-Rouge.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert (found.event_type, found.sub_event_type) == ("Battles", "Armed clash")


def test_the_sahel_s_gendarmes_are_its_armed_forces(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Niger : deux gendarmes tués dans une attaque près de Torodi",
        "NIAMEY — Deux gendarmes nigériens ont été tués et cinq autres blessés dans la nuit de "
        "lundi à mardi lors d'une attaque d'hommes armés contre leur poste près de Torodi, "
        "selon des médias locaux.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert "military-forces-ne" in found.actors
    assert "military-forces-ne-police" not in found.actors


def test_the_day_a_man_was_arrested_does_not_date_the_riot_over_it() -> None:
    published = datetime(2023, 11, 1, 17, 0, tzinfo=UTC)  # a Wednesday
    assert incident_date([
        "Tension à Kananga après l'arrestation d'un chef de quartier",
        "Des jeunes ont érigé des barricades ce mercredi pour réclamer la libération de leur "
        "chef, arrêté mardi par la police.",
    ], published) == date(2023, 11, 1)


def test_the_day_of_a_protest_to_come_does_not_date_the_one_put_down() -> None:
    published = datetime(2023, 5, 21, 8, 0, tzinfo=UTC)  # a Sunday
    assert incident_date([
        "Marche de l'opposition réprimée à Kinshasa : une dizaine de blessés",
        "Au lendemain de la marche dispersée samedi, les leaders de l'opposition annoncent un "
        "sit-in jeudi devant la CENI.",
    ], published) == date(2023, 5, 20)


@pytest.mark.parametrize(
    ("title", "body", "summary"),
    [
        # a protest that turned to violence, and the vandals arrested with it
        ("Marche contre la vie chère à Jos : vandalisme et arrestations",
         "JOS — Une marche contre la hausse des prix a dégénéré mardi à Jos, où des "
         "protestataires ont saccagé un bureau de l'administration, selon la police.",
         ""),
        ("Sokoto police hold 40 as fuel price protest turns violent",
         "SOKOTO — Police said on Tuesday they were holding 40 people after a fuel price "
         "protest in the city centre turned violent.",
         ""),
        # shots fired at a court a crowd besieged
        ("Gunshots fired as crowd besieges Bolgatanga court",
         "BOLGATANGA, Ghana — Gunshots rang out on Tuesday at the district court in "
         "Bolgatanga after a crowd besieged the premises over a land case.",
         ""),
        # fighters who cross over and open fire
        ("Insurgents cross to Ibo island before dawn",
         "PEMBA, Mozambique — Insurgents crossed to Ibo island before dawn on Tuesday, "
         "opening fire and sending residents fleeing, local sources said.",
         "About 30 armed men reached the island, firing shots, residents said."),
        # the vote a crowd contests is its grievance
        ("Protesters torch ruling-party offices in Nampula",
         "NAMPULA, Mozambique — Protesters contesting the results of the October elections "
         "set fire to ruling-party offices on Tuesday, as post-election unrest spread.",
         ""),
    ],
)
def test_protests_turned_violent_and_shots_fired_are_incidents(
    gazetteer: Gazetteer, title: str, body: str, summary: str
) -> None:
    assert extract(
        _article(title, body, "2024-06-04T18:00:00Z", summary=summary), gazetteer
    ).is_incident


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # shots into the air at a burial
        ("Le village enterre son habitant",
         "Coups de feu en l'air et fanfare : le village a rendu un dernier hommage vendredi "
         "à son habitant."),
        # a toll over two years of a presidency
        ("Nigeria : au moins 9 000 personnes tuées en deux ans de présidence, selon une ONG",
         "LAGOS — Au moins 9 000 personnes ont été tuées au cours des deux premières années "
         "de la présidence, a affirmé jeudi une ONG."),
    ],
)
def test_shots_into_the_air_and_tolls_over_years_are_no_incident(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert not extract(_article(title, body, "2024-06-04T18:00:00Z"), gazetteer).is_incident


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Borno imposes curfew after crowds loot Maiduguri warehouses",
         "MAIDUGURI — The governor declared a curfew on Sunday after hundreds of people broke "
         "into government warehouses in Maiduguri and carted away bags of grain."),
        ("Nigeria : couvre-feu à Gombe après des pillages d'entrepôts",
         "GOMBE — Des centaines d'habitants ont pillé dimanche des entrepôts de vivres à Gombe, "
         "poussant le gouverneur à décréter un couvre-feu."),
    ],
)
def test_crowds_that_loot_stores_riot(gazetteer: Gazetteer, title: str, body: str) -> None:
    found = extract(_article(title, body, "2024-06-04T18:00:00Z"), gazetteer)
    assert found.is_incident
    assert found.event_type == "Riots"


def test_a_country_s_riches_plundered_is_no_looting(gazetteer: Gazetteer) -> None:
    assert not extract(_article(
        "RDC : un rapport dénonce le pillage des ressources minières",
        "KINSHASA — Un rapport publié mardi dénonce le pillage des ressources minières de l'est "
        "du pays par des réseaux criminels.",
        "2024-06-04T18:00:00Z",
    ), gazetteer).is_incident


def test_a_headline_s_crowd_against_a_law_protests(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Kiev : des centaines de manifestants contre la réforme de la justice",
        "KIEV — Plusieurs centaines de personnes ont manifesté jeudi soir dans le centre de "
        "Kiev contre une réforme de la justice adoptée dans la journée.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert (found.is_incident, found.event_type) == (True, "Protests")


def test_a_camp_burnt_and_its_people_driven_out_is_violence(gazetteer: Gazetteer) -> None:
    assert extract(_article(
        "Lviv : l'expulsion violente d'un camp de Roms filmée",
        "LVIV — Des militants d'un groupe nationaliste ont démantelé et incendié samedi un "
        "campement de Roms à Lviv, lançant des pierres sur les familles, selon des témoins.",
        "2024-06-04T18:00:00Z",
    ), gazetteer).is_incident


def test_fighters_eliminated_by_the_army_are_an_incident(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Khenchela : quatre terroristes éliminés par l'ANP",
        "KHENCHELA — Quatre terroristes ont été éliminés lundi soir par un détachement de "
        "l'Armée nationale populaire près de Khenchela, a annoncé le ministère de la Défense.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert (found.is_incident, found.event_type) == (True, "Battles")


def test_a_month_s_tally_of_the_dead_is_no_incident(gazetteer: Gazetteer) -> None:
    assert not extract(_article(
        "Libye : l'ONU recense 12 civils tués en mars, la plupart à Syrte",
        "TRIPOLI — La mission de l'ONU a documenté 30 victimes civiles au cours du mois de "
        "mars, dont 12 morts, selon son rapport mensuel publié mardi.",
        "2024-04-02T18:00:00Z",
    ), gazetteer).is_incident


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a toll over two years, and one since a month
        ("Nigeria : Amnesty dénonce l'échec de la protection des civils",
         "LAGOS — Au moins 8 000 personnes ont été tuées dans des attaques d'hommes armés au "
         "cours des deux premières années du mandat, a affirmé jeudi Amnesty International."),
        ("Cameroun : Amnesty dénonce une recrudescence des attentats-suicides",
         "YAOUNDÉ — Boko Haram a tué au moins 200 civils dans l'Extrême-Nord depuis le mois "
         "d'avril, selon un rapport publié mardi."),
        # honours for soldiers killed last week
        ("Bamenda : honneurs militaires pour les soldats tués près de Batibo",
         "BAMENDA — Les trois militaires tués la semaine dernière dans une embuscade ont reçu "
         "lundi les honneurs militaires lors d'une cérémonie au quartier général."),
        # a truce declared
        ("Separatist group declares two-week ceasefire in Cameroon's North-West",
         "BAMENDA — One of the armed separatist groups fighting in the North-West announced a "
         "unilateral ceasefire of two weeks on Tuesday."),
    ],
)
def test_tolls_over_months_honours_and_truces_are_no_incident(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert not extract(_article(title, body, "2024-06-04T18:00:00Z"), gazetteer).is_incident


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Opposition supporters clash with police outside Lviv city hall",
         "LVIV — Supporters of an opposition leader fought with police on Sunday as they tried "
         "to force their way into city hall, police said. Twelve officers were injured."),
        ("Kasserine : affrontements entre des jeunes et les forces de l'ordre",
         "KASSERINE — Des affrontements ont opposé mardi soir des jeunes aux forces de l'ordre "
         "dans le centre de Kasserine, selon des témoins."),
    ],
)
def test_a_crowd_that_fights_the_police_riots(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = extract(_article(title, body, "2024-06-04T18:00:00Z"), gazetteer)
    assert (found.event_type, found.sub_event_type) == ("Riots", "Violent demonstration")


def test_police_fighting_soldiers_is_no_crowd(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Port-au-Prince : affrontements entre policiers et militaires près du palais",
        "PORT-AU-PRINCE — Des affrontements entre policiers et militaires ont éclaté dimanche "
        "près du palais national, où des jeunes s'étaient rassemblés, et deux soldats ont été "
        "blessés.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert found.event_type == "Battles"


def test_a_locality_told_of_its_district_lies_there(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Sud-Ouest : trois militaires tués par un engin explosif à Bolifamba",
        "BUEA — Trois soldats camerounais ont été tués jeudi lorsque leur véhicule a sauté sur "
        "un engin explosif à Bolifamba, une localité de l'arrondissement de Muyuka, dans la "
        "région du Sud-Ouest, selon des sources militaires.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert (found.country, found.admin1) == ("CM", "South-West")


def test_separatists_who_kill_a_chief_in_the_south_west_are_ambazonian(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Village chief shot dead in Ndian; residents flee",
        "MUNDEMBA — Residents of Mundemba, in Cameroon's South-West region, say separatist "
        "fighters shot dead their traditional ruler on Tuesday and burnt his house.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert "ambazonia" in found.actors
    assert not any(a.startswith("unidentified-armed-group") for a in found.actors)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Police break up student protest in Bamenda",
         "BAMENDA, Cameroon — Police and gendarmes fired tear gas and beat students with "
         "batons on Monday as they broke up a protest against new fees at the university."),
        ("Sfax : des jeunes affrontent les forces de l'ordre après la mort d'un vendeur",
         "SFAX — Des dizaines de jeunes ont incendié des pneus mardi soir à Sfax, en Tunisie, "
         "et la police a répliqué par des tirs de gaz lacrymogène, selon des témoins."),
    ],
)
def test_the_police_that_meet_a_crowd_are_a_side(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = extract(_article(title, body, "2024-06-04T18:00:00Z"), gazetteer)
    assert any(a.endswith("-police") for a in found.actors)


def test_a_march_report_told_as_no_incident_names_no_police(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Thousands march in Lagos against fuel prices",
        "LAGOS — Thousands of people marched peacefully through Lagos on Tuesday against the "
        "rise in fuel prices, police said.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert not any(a.endswith("-police") for a in found.actors)


def test_both_communities_of_a_communal_fight_are_militias(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Nanumba-Chokosi clashes leave two dead near Chereponi",
        "CHEREPONI, Ghana — Fighting broke out on Saturday between Nanumba and Chokosi "
        "communities near Chereponi, leaving two people dead, a local chief said.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert {"nanumba-militia-gh", "chokosi-militia-gh"} <= set(found.actors)


@pytest.mark.parametrize(
    ("sentences", "dead"),
    [
        # an army's count of the attackers it killed is the toll (not a group's boast)
        (["The army said it killed twelve militants in the clash near Arish."], 12),
        (["L'armée dit avoir tué dix assaillants près de Cheikh Zoueid."], 10),
        (["JNIM said it had killed 200 soldiers."], None),
        # fighters « éliminés »
        (["Un détachement de l'ANP a éliminé hier huit terroristes près de Chechar."], 8),
        (["Six terroristes ont été éliminés mardi soir par un détachement de l'ANP."], 6),
    ],
)
def test_an_army_s_count_of_the_fighters_it_killed(sentences: list[str], dead: int | None) -> None:
    assert casualties(sentences).fatalities == dead


def test_youths_who_barricade_and_clash_with_forces_riot(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Kumba erupts as youths block officials' convoy; two shot dead",
        "KUMBA, Cameroon — At least two people were shot dead and many wounded on Thursday as "
        "security forces clashed with youths who had barricaded the streets of Kumba to stop a "
        "convoy of officials, witnesses said.\n\nBy mid-morning, groups of young men had set "
        "up barricades of burning tyres and were pelting police vehicles with stones.",
        "2024-06-04T18:00:00Z",
        summary="Security forces opened fire on youths who barricaded the streets of Kumba.",
    ), gazetteer)
    assert (found.event_type, found.sub_event_type) == ("Riots", "Violent demonstration")


def test_rival_factions_exchanging_gunfire_fight_though_civilians_die(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Two women killed as gunfire erupts in Yendi over chieftaincy dispute",
        "YENDI, Ghana — Two women were killed and at least two other people wounded on "
        "Thursday when sporadic gunfire broke out in Yendi, police said.",
        "2024-06-04T18:00:00Z",
        summary="Two women were confirmed dead on Thursday after rival factions exchanged "
                "gunfire in Yendi, police said.",
    ), gazetteer)
    assert (found.event_type, found.sub_event_type) == ("Battles", "Armed clash")


def test_a_crowd_that_besieges_a_court_riots(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Gunshots fired as crowd besieges Wa court over land case",
        "WA, Ghana — Several gunshots were fired on Monday at the district court in Wa after "
        "a crowd besieged the premises over a land case, witnesses said. Some people were "
        "injured.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert found.event_type == "Riots"


def test_the_police_told_only_as_a_riots_source_are_no_side(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Des jeunes en colère à Niamey",
        "Des centaines de jeunes ont incendié des pneus et saccagé des boutiques lundi à "
        "Niamey pour protester contre la hausse des prix, selon la police.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert (found.event_type, found.sub_event_type) == ("Riots", "Violent demonstration")
    assert found.actors == ("rioters-ne",)


def test_the_police_that_fired_on_a_crowd_are_a_side(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Des jeunes en colère à Niamey",
        "Des centaines de jeunes ont incendié des pneus et saccagé des boutiques lundi à "
        "Niamey pour protester contre la hausse des prix. La police a tiré des gaz "
        "lacrymogènes pour les disperser.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert found.event_type == "Riots"
    assert "military-forces-ne-police" in found.actors


def test_youths_who_fought_the_police_riot_though_one_was_shot(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Kisumu : un blessé par balle au lendemain des violences",
        "KISUMU (Kenya) – Le calme était revenu vendredi à Kisumu. Jeudi, des jeunes partisans "
        "du candidat battu ont affronté les forces de l'ordre, qui ont tiré des grenades "
        "lacrymogènes. Un homme a été atteint par balle et hospitalisé.",
        "2024-06-04T18:00:00Z",
        summary="Un homme a été blessé par balle jeudi à Kisumu lors de heurts entre partisans "
                "du candidat battu et la police.",
    ), gazetteer)
    assert (found.event_type, found.sub_event_type) == ("Riots", "Violent demonstration")
    assert "military-forces-ke-police" in found.actors


def test_the_group_police_suspect_planted_the_device_is_a_side(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Four killed as bus hits explosive device near Wajir",
        "WAJIR, Kenya — Four passengers were killed on Tuesday when their bus ran over an "
        "improvised explosive device on the Wajir–Elwak road, police said.\n\n"
        "The bus had left Wajir at dawn and was a few kilometres from Elwak when the blast "
        "tore through it, according to police and witnesses.\n\n"
        "A regional police commander said the injured had been taken to hospital.\n\n"
        "Police suspect the device was planted by al-Shabaab militants. No group has claimed "
        "responsibility.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert "al-shabaab" in found.actors
    assert not any(a.startswith("unidentified") for a in found.actors)


def test_a_mine_said_laid_by_a_group_names_it(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Quatre passagers tués par une mine près de Wajir",
        "WAJIR (Kenya) – Quatre passagers ont été tués mardi lorsque leur bus a sauté sur un "
        "engin explosif sur la route de Wajir à Elwak.\n\n"
        "La police pense que l'engin a été posé par des shebab venus de Somalie. Aucun groupe "
        "n'a revendiqué.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert "al-shabaab" in found.actors


def test_what_a_rally_is_against_is_no_news_of_its_own(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Hundreds rally in Goma against Kinshasa's peace pledge",
        "GOMA, Congo — Several hundred residents demonstrated in the centre of Goma on "
        "Saturday against the government's pledge to open talks with the rebels. The "
        "protesters, waving flags, marched to the governor's office and dispersed peacefully.",
        "2024-06-04T18:00:00Z",
        summary="About 500 residents protested on Saturday in Goma against the government's "
                "pledge to negotiate.",
    ), gazetteer)
    assert found.is_incident
    assert (found.event_type, found.sub_event_type) == ("Protests", "Peaceful protest")


def test_homes_dynamited_despite_the_truce_are_a_demolition(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Liban-Sud : l'armée israélienne dynamite plusieurs maisons à Khiam malgré la trêve",
        "KHIAM — L'armée israélienne a fait sauter dimanche plusieurs maisons à Khiam, a "
        "rapporté l'Agence nationale d'information. Aucune victime n'a été signalée, le "
        "village étant vidé de ses habitants.",
        "2024-12-22T18:00:00Z",
    ), gazetteer)
    assert found.is_incident
    assert (found.event_type, found.sub_event_type) == (
        "Strategic developments", "Looting/property destruction"
    )
    assert "military-forces-il" in found.actors


def test_the_group_a_faction_broke_away_from_is_no_side(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Diffa : l'ISWAP revendique l'attaque d'un poste militaire à Bosso",
        "DIFFA – L'État islamique en Afrique de l'Ouest (ISWAP), faction dissidente de Boko "
        "Haram, a revendiqué dimanche l'attaque du poste militaire de Bosso, lancée la veille "
        "par des assaillants lourdement armés. Plusieurs soldats auraient été tués.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert "iswap" in found.actors
    assert "boko-haram" not in found.actors


def test_the_hand_of_the_mine_is_named_in_a_sentence_of_the_background(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Mine de Ngouboua : six soldats tués",
        "BOL – Six militaires tchadiens ont été tués mercredi lorsqu'une mine a explosé au "
        "passage de leur convoi à Ngouboua, dans la province du Lac, selon l'armée.\n\n"
        "« C'est le premier véhicule qui a été touché », confie un militaire de la zone.\n\n"
        "Une source sécuritaire au Nigeria voisin affirme que l'engin aurait été posé par des "
        "combattants de l'État islamique en Afrique de l'Ouest (ISWAP), la faction née en 2016 "
        "qui tient plusieurs îles du lac. Aucune revendication n'a été enregistrée.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert "iswap" in found.actors
    assert not any(a.startswith("unidentified") for a in found.actors)


def test_a_year_s_tally_is_no_incident(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Bandits abducted 92 people in Zinder region this year, governor says",
        "ZINDER, Niger — Armed bandits abducted 92 people and killed 31 others in 81 attacks in "
        "Niger's Zinder region between January 1 and August 3, the regional governor said on "
        "Friday, calling for more troops.",
        "2024-08-09T18:00:00Z",
    ), gazetteer)
    assert not found.is_incident


def test_the_ninth_journalist_killed_this_year_is_today_s_news(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Journalist shot dead in Culiacán",
        "CULIACÁN — Gunmen shot dead a journalist outside his home in Culiacán on Thursday, the "
        "state prosecutor said. He is the ninth journalist killed in Mexico this year.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert found.is_incident


def test_a_town_burying_its_dead_is_no_new_event(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Nahariya enterre Yossi Cohen, tué par une roquette",
        "NAHARIYA (Israël) — Des centaines de personnes ont accompagné mardi à sa dernière "
        "demeure Yossi Cohen, un enseignant de Nahariya tué la veille par une roquette tirée "
        "depuis le Liban.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert not found.is_incident


def test_trade_picking_up_again_is_no_town_retaken(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Diffa : la filière du poivron reprend des couleurs",
        "DIFFA – Au marché de Diffa, les camions chargés de piment séché se succèdent à "
        "nouveau. Après des années de crise liées à la lutte contre Boko Haram, la filière du "
        "poivron reprend progressivement des couleurs.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert not found.is_incident


def test_a_claimed_hit_the_army_does_not_confirm_leaves_the_attack_confirmed(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Hezbollah drones strike near Metula, three lightly hurt",
        "METULA — Two explosive drones launched by Hezbollah exploded near Metula on Tuesday "
        "afternoon, lightly injuring three people, the Israeli army said. The Lebanese group "
        "said it had hit an Iron Dome battery; the military has not confirmed that any "
        "air-defence equipment was damaged.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert found.status == Status.CONFIRMED


def test_troops_who_later_hunted_the_raiders_are_no_side_of_the_raid(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Civilian shot dead in night raid on village in Niger's Dosso region, army says",
        "NIAMEY — A civilian was shot dead when armed men raided the village of Kiota, in "
        "Niger's Dosso region, on the night of April 2, the army said in its weekly bulletin.",
        "2024-04-06T18:00:00Z",
        summary="A civilian was killed when armed men raided Kiota on the night of April 2; "
                "troops later killed two suspects and captured four, the army said.",
    ), gazetteer)
    assert "civilians-ne" in found.actors
    assert "military-forces-ne" not in found.actors


def test_youths_who_set_on_a_patrol_are_a_mob(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "UN peacekeeper hurt as youths attack UNIFIL patrol in south Lebanon's Khiam",
        "BEIRUT — A peacekeeper was injured when a group of young men attacked a United Nations "
        "patrol in the village of Khiam on Wednesday night, UNIFIL said. The attackers stopped "
        "the patrol, smashed the windows of a vehicle and assaulted the troops.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert (found.event_type, found.sub_event_type) == ("Riots", "Mob violence")
    assert "rioters-lb" in found.actors
    assert not any(a.startswith("unidentified") for a in found.actors)


def test_car_bombs_that_open_an_assault_on_a_base_make_a_battle(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Somalie : les shebab revendiquent une attaque contre une base militaire à Adale",
        "MOGADISCIO – Les islamistes shebab ont affirmé lundi avoir lancé à l'aube un assaut "
        "contre une base de l'armée somalienne à Adale, un village repris aux insurgés la "
        "semaine dernière. Le mouvement affirme que ses combattants ont fait exploser deux "
        "voitures piégées conduites par des kamikazes avant d'attaquer la base par plusieurs "
        "côtés.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert (found.event_type, found.sub_event_type) == ("Battles", "Armed clash")


def test_a_nation_s_strikes_counted_are_no_victims_of_that_nation(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "One killed as Israeli drone strikes car in south Lebanon's Yaroun",
        "BEIRUT — An Israeli drone strike hit a vehicle in the southern Lebanese village of "
        "Yaroun on Saturday, killing one person, Lebanon's health ministry said.\n\n"
        "The drone fired a missile at the car, which caught fire, the state-run news agency "
        "said.\n\n"
        "There was no immediate comment from the Israeli military.\n\n"
        "Lebanese authorities have recorded nearly 3,000 Israeli violations of the truce, "
        "which they say have killed more than 200 people.",
        "2025-06-28T18:00:00Z",
    ), gazetteer)
    assert "civilians-il" not in found.actors


def test_forces_whose_withdrawal_dates_the_news_are_no_side(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Somalie : l'armée reprend Halgan aux shebab après un échange de tirs",
        "BELEDWEYNE (Somalie) – L'armée nationale somalienne a repris mercredi le contrôle de "
        "Halgan, une localité de la région de Hiraan tenue par les islamistes shebab depuis le "
        "retrait des troupes éthiopiennes en 2016, ont indiqué des responsables militaires.",
        "2024-06-04T18:00:00Z",
    ), gazetteer)
    assert "military-forces-et" not in found.actors
    assert "al-shabaab" in found.actors


def test_syria_s_kurdish_police_and_the_regime_s_militia_are_known_by_name(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Syrie : heurts entre Assayech et miliciens prorégime à Qamichli",
        "QAMICHLI (Syrie) – Des échanges de tirs ont opposé jeudi les Assayech, les forces de "
        "sécurité kurdes, aux Forces de défense nationale (FDN), une milice fidèle à Damas, "
        "dans le centre de Qamichli, faisant deux blessés parmi les policiers kurdes.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    assert {"asayish", "ndf-syria"} <= set(found.actors)
    assert "familia-do-norte" not in found.actors


def test_burundi_s_national_defence_force_is_its_army(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Burundi : accrochage entre la FDN et des rebelles dans la Kibira",
        "BUJUMBURA – Des militaires de la Force de défense nationale (FDN) ont affronté mardi "
        "des rebelles armés dans la forêt de la Kibira, en province de Cibitoke, a indiqué un "
        "porte-parole de l'armée. Deux assaillants ont été tués.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    assert "military-forces-bi" in found.actors
    assert not {"ndf-syria", "familia-do-norte"} & set(found.actors)


def test_a_named_mai_mai_faction_is_itself_not_the_umbrella(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Lubero : des Maï-Maï Mazembe attaquent un village, cinq morts",
        "LUBERO (RDC) – Des miliciens Maï-Maï Mazembe ont attaqué dimanche le village de "
        "Kimaka, dans le territoire de Lubero (Nord-Kivu), tuant cinq civils à la machette, "
        "selon l'administrateur du territoire.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    assert "mai-mai-mazembe" in found.actors
    assert "wazalendo" not in found.actors


def test_each_state_s_intelligence_service_is_its_own(gazetteer: Gazetteer) -> None:
    sudan = extract(_article(
        "Soudan : des agents du renseignement dispersent une manifestation à Khartoum",
        "KHARTOUM – Des agents du Service national de renseignement et de sécurité (NISS) "
        "ont dispersé jeudi à coups de matraque une manifestation d'étudiants devant "
        "l'université de Khartoum, blessant trois personnes, selon des témoins.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    burundi = extract(_article(
        "Burundi : des agents du SNR dispersent des lycéens à Gitega",
        "GITEGA – Des agents du Service national de renseignement (SNR) ont dispersé jeudi à "
        "coups de matraque des lycéens qui manifestaient devant le lycée de Gitega, blessant "
        "trois élèves, selon des témoins.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    assert "intelligence-sd" in sudan.actors and "intelligence-bi" not in sudan.actors
    assert "intelligence-bi" in burundi.actors


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("Goma : la prison attaquée, plus de 600 détenus évadés et 7 morts", 7),
        ("Bilan de l'attaque : 450 prisonniers libérés, 6 morts dont 4 gardiens.", 6),
        ("Jail attack: 300 inmates escaped and 5 dead, among them three guards", 5),
        ("Gunmen killed three inmates and two guards during the jailbreak", 5),
    ],
)
def test_those_set_free_are_not_counted_with_the_dead(sentence: str, dead: int) -> None:
    assert casualties([sentence], victims_only=False).fatalities == dead


def test_inmates_set_free_are_not_the_victims(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Kasaï : la prison de Tshikapa attaquée, 400 détenus évadés et cinq morts",
        "TSHIKAPA (RDC) – Des hommes armés ont attaqué dimanche la prison centrale de "
        "Tshikapa, libérant la plupart des détenus. Cinq policiers ont été tués dans les "
        "échanges de tirs, selon le gouverneur.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    assert "prisoners-cd" not in found.actors


def test_the_group_that_left_the_device_is_the_attack_s_side(gazetteer: Gazetteer) -> None:
    planted = extract(_article(
        "Ituri : deux militaires tués par une bombe artisanale près de Komanda",
        "BUNIA – Deux militaires des FARDC ont été tués samedi dans l'explosion d'une bombe "
        "artisanale près de Komanda, en Ituri. Selon des sources sécuritaires, l'engin, posé "
        "sur leur passage par des rebelles ADF, a explosé au passage de leur véhicule.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    left = extract(_article(
        "Irak : deux soldats tués par une voiture piégée près de Haditha",
        "RAMADI (Irak) – Deux soldats irakiens ont été tués samedi dans l'explosion d'une "
        "voiture piégée près de Haditha, dans la province d'Anbar, selon un responsable local. "
        "Selon lui, le véhicule avait été laissé là par des jihadistes du groupe État "
        "islamique pour piéger les militaires.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    assert "adf" in planted.actors
    assert "islamic-state" in left.actors


def test_a_group_blamed_before_a_clause_on_its_habits_is_this_attack_s_side(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Five killed as gunmen raid village near Tuz Khurmatu",
        "KIRKUK, Iraq — Gunmen killed five villagers in an overnight raid on a village near "
        "Tuz Khurmatu, security sources said on Monday.\n\n"
        "Security officials blamed remnants of the Islamic State group, which has stepped up "
        "night-time raids in the area in recent weeks.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    assert "islamic-state" in found.actors
    assert "unidentified-armed-group-iq" not in found.actors


def test_a_gathering_told_by_its_purpose_is_a_protest(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Qamichli : des habitants manifestent contre les coupures d'électricité",
        "Des habitants de Qamichli se sont rassemblés samedi devant le siège de la municipalité "
        "pour protester contre les coupures d'électricité répétées, qu'ils imputent aux forces "
        "turques qui contrôlent la centrale de la région.\n\n"
        "QAMICHLI (Syrie) — Plusieurs centaines d'habitants se sont rassemblés samedi matin "
        "devant la municipalité pour dénoncer des coupures de courant qui durent depuis des "
        "semaines, selon des témoins.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    assert found.is_incident
    assert (found.event_type, found.sub_event_type) == ("Protests", "Peaceful protest")
    assert "military-forces-tr" not in found.actors
    assert "military-forces-sy" not in found.actors


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Niger pays tribute to 12 soldiers killed in Tillia ambush as mourning begins",
         "NIAMEY, March 14 - Niger's military leaders paid tribute on Thursday to 12 soldiers "
         "killed in an ambush near Tillia last week, at a ceremony at the Niamey air base."),
        ("Le Burkina rend un dernier hommage aux huit gendarmes tués à Arbinda",
         "OUAGADOUGOU – Les autorités ont rendu jeudi un dernier hommage aux huit gendarmes "
         "tués dans l'embuscade d'Arbinda la semaine dernière, lors d'une cérémonie au camp "
         "Paspanga."),
    ],
)
def test_the_fallen_paid_tribute_to_are_no_new_event(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert not extract(_article(title, body, "2024-03-14T18:00:00Z"), gazetteer).is_incident


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("More than 300 civilians killed in Ituri in six months, monitors say",
         "BUNIA, March 14 - At least 312 civilians were killed and more than 400 people "
         "abducted in Congo's Ituri and North Kivu provinces over the past six months, "
         "according to a report released on Thursday by a monitoring group."),
        ("Sahel: monitors count 412 civilians killed between June and November",
         "DAKAR, March 14 - At least 412 civilians were killed in Burkina Faso, Mali and Niger "
         "between June and November, a monitoring group said on Thursday."),
    ],
)
def test_a_tally_over_months_is_no_new_event(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert not extract(_article(title, body, "2024-03-14T18:00:00Z"), gazetteer).is_incident


@pytest.mark.parametrize(
    ("sentence", "dead", "hurt"),
    [
        ("Four soldiers were wounded and none was killed, a security official said.", 0, 4),
        ("Five villagers were injured and two were killed in the raid.", 2, 5),
        ("Six policiers ont été blessés et deux autres tués dans l'attaque.", 2, 6),
    ],
)
def test_the_hurt_are_not_counted_with_the_dead_told_after_them(
    sentence: str, dead: int, hurt: int
) -> None:
    found = casualties([sentence], victims_only=False)
    assert (found.fatalities, found.injured) == (dead, hurt)


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("Le M23 affirme que des civils ont été tués et accuse Kinshasa.", None),
        ("The M23 said two civilians were killed in the strike.", 2),
        ("Three people were killed when a Su-25 bombed the market.", 3),
        ("Shahed-136 drones killed two people in Odesa overnight.", 2),
    ],
)
def test_a_name_s_digits_are_no_toll(sentence: str, dead: int | None) -> None:
    assert casualties([sentence], victims_only=False).fatalities == dead


def test_the_dead_a_crowd_rose_over_are_not_its_toll(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Residents riot in Goma after string of killings",
        "GOMA, March 14 – Angry residents of Goma burned tyres, set up barricades and threw "
        "stones at police on Thursday after four people were shot dead in the city the "
        "previous evening. Police fired tear gas to disperse the crowds.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    assert found.event_type == "Riots"
    assert found.fatalities is None


def test_a_foreign_victim_told_by_faith_and_nation(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Italy confirms missionary kidnapped in northern Benin",
        "ROME/COTONOU, March 14 - Italy's foreign ministry has confirmed that an Italian "
        "Salesian priest was kidnapped by armed men near Tanguiéta, in northern Benin, on "
        "Tuesday night.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    assert "civilians-it" in found.actors


def test_fire_from_hills_a_group_holds_is_that_group_s(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Shell kills two in Congo's Mweso as fighting rages",
        "MWESO, Democratic Republic of Congo, March 14 – A shell fired from hills held by the "
        "M23 rebels landed on a market in Mweso on Thursday, killing two women and wounding "
        "six people, residents said.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    assert "m23" in found.actors


def test_a_group_that_marched_with_the_crowd_is_no_side(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Butembo : une marche contre l'insécurité dispersée par la police",
        "Une marche organisée ce mardi par des Wazalendo et des membres de la société civile "
        "pour dénoncer l'insécurité a été dispersée à coups de gaz lacrymogène par la police à "
        "Butembo, au Nord-Kivu. Plusieurs manifestants ont été interpellés.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    assert found.event_type == "Protests"
    assert "wazalendo" not in found.actors


def test_fire_on_people_told_protesting_is_force_against_protesters(
    gazetteer: Gazetteer,
) -> None:
    found = extract(_article(
        "Two wounded as police fire on pupils protesting in Gitega",
        "BUJUMBURA, March 14 – Police opened fire on hundreds of secondary school pupils "
        "protesting in the town of Gitega on Thursday against the arrest of classmates, "
        "wounding two of them, witnesses said.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    assert (found.event_type, found.sub_event_type) == (
        "Protests", "Excessive force against protesters"
    )


def test_no_movement_claimed_it_is_no_claim(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Burundi : trois jeunes du parti au pouvoir tués dans une attaque à Bugarama",
        "Des hommes armés ont tué mardi soir trois jeunes Imbonerakure qui montaient la garde "
        "sur une colline de Bugarama, dans la province de Rumonge.\n\n"
        "Aucun mouvement n'a revendiqué l'attaque, saluée par un groupe rebelle en exil.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    assert found.status != Status.CLAIMED
    assert found.claimed_by is None


def test_a_claim_word_in_a_name_is_no_claim(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Gao police break up youth sit-in",
        "GAO, Mali, March 14 - Police used tear gas and batons on Thursday to stop members of "
        "the \"Gao Claims Its Rights\" collective from occupying the courtyard of the "
        "governorate, witnesses said. Several protesters were hurt.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    assert found.status != Status.CLAIMED


def test_the_event_said_unverified_further_down_is_unconfirmed(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Four teachers abducted in central Mali",
        "BAMAKO, March 14 - Armed men abducted four teachers from a school in Diafarabé, in "
        "central Mali, on Monday, a local official said.\n\n"
        "The gunmen arrived on motorbikes at around 8 a.m., witnesses said.\n\n"
        "\"They took them away into the bush,\" the official said by telephone.\n\n"
        "The abduction could not be independently verified, and the army had not commented.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    assert found.status == Status.UNCONFIRMED


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("Three men were beaten to death by a mob in the market.", 3),
        ("Two farmers were hacked to death in their fields.", 2),
        ("Trois hommes lynchés par la foule à Bunia.", 3),
        ("Five women were stoned to death.", 5),
    ],
)
def test_the_dead_of_blows_are_counted(sentence: str, dead: int) -> None:
    assert casualties([sentence], victims_only=False).fatalities == dead


def test_villagers_who_beat_people_are_a_mob(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Two men beaten to death by villagers in northern Mozambique",
        "PEMBA, March 14 - Two men accused of witchcraft were beaten to death by villagers in "
        "Metuge district on Wednesday, police said. Villagers surrounded their huts at dawn "
        "and beat them with sticks, a police spokesman said.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    assert (found.event_type, found.sub_event_type) == ("Riots", "Mob violence")


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("Gunmen kill village chief, three relatives near Kirkuk", 4),
        ("Gunmen stormed the house early on Monday, killing him and three members of his "
         "family, officials said.", 4),
        ("Des hommes armés ont attaqué sa maison, le tuant ainsi que deux de ses fils.", 3),
    ],
)
def test_one_told_by_pronoun_or_office_is_counted_with_the_others(
    sentence: str, dead: int
) -> None:
    assert casualties([sentence], victims_only=True).fatalities == dead


def test_a_nil_toll_told_after_the_account_is_the_event_s(gazetteer: Gazetteer) -> None:
    found = extract(_article(
        "Gao : des bars saccagés par des jeunes en colère",
        "GAO, 14 mars 2024 – Une marche de jeunes contre la vente d'alcool a dégénéré jeudi à "
        "Gao, où plusieurs bars ont été saccagés et incendiés, selon des témoins.\n\n"
        "Les manifestants sont partis du quartier de Château vers 10 heures.\n\n"
        "Ils ont ensuite pris la direction du marché, où deux dépôts ont été pillés.\n\n"
        "Aucune victime n'a été signalée. La police s'est déployée dans la soirée.",
        "2024-03-14T18:00:00Z",
    ), gazetteer)
    assert found.fatalities == 0
