"""The gazetteer's text scanner."""

from __future__ import annotations

import itertools

import pytest

from bot.domain.gazetteer import Gazetteer

SEED_BODY = """\
(Bagdad) Une base irakienne abritant des troupes américaines a été visée samedi par une \
nouvelle attaque au drone, ont déclaré des sources de sécurité en Irak. Le Pentagone a \
déclaré ne pas être en mesure de le confirmer.

Il s’agit de la cinquième attaque en quatre jours contre les troupes américaines et \
étrangères en Irak. Les factions armées proches de l’Iran menacent les intérêts américains \
en raison du soutien de Washington à Israël, cible d’une attaque meurtrière menée par le \
mouvement islamiste Hamas le 7 octobre.

L’attaque du samedi n’a fait aucune victime et a été revendiquée par un groupe appelé \
“Résistance islamique en Irak” sur des chaînes Telegram affiliées aux factions chiites \
fidèles à l’Iran.

Selon une source militaire irakienne, un drone est tombé à l’intérieur de la base d’Aïn \
al-Assad, dans l’ouest de l’Irak, où des troupes américaines et de la coalition \
internationale antidjihadistes sont déployées. L’engin n’a causé aucun dommage.

La base d’Aïn al-Assad, celle de al-Harir dans le nord de l’Irak, ainsi qu’un camp \
militaire près de l’aéroport de Bagdad ont été la cible de cinq attaques depuis mercredi.

Ces derniers jours, les factions pro-iraniennes ont multiplié les menaces contre les \
États-Unis. Les Brigades du Hezbollah ont exigé que les Américains “quittent” l’Irak, sous \
peine de subir les feux de l’enfer.

Selon les autorités israéliennes, plus de 1400 personnes ont été tuées en Israël par des \
combattants du Hamas depuis le 7 octobre, principalement des civils. À Gaza, près de 4400 \
Palestiniens, majoritairement des civils, ont été tués dans les bombardements menés par \
l’armée israélienne en représailles, selon le ministère de la Santé du Hamas.
"""


def _found(gazetteer: Gazetteer, text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for m in gazetteer.scan(text):
        assert text[m.start : m.end] == m.surface
        found.setdefault(m.id, set()).add(m.surface)
    return found


def test_seed_body(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, SEED_BODY)
    assert "s:ain-al-asad-air-base" in found
    assert "s:harir-air-base" in found
    assert "c:IQ" in found
    assert "c:IL" in found
    assert "g:98182" in found  # Bagdad
    assert any(g.startswith("g:") and "Gaza" in s for g, s in found.items())
    assert "islamic-resistance-in-iraq" in found
    assert "kataib-hezbollah" in found
    assert "military-forces-us" in found
    assert "Pentagone" in found["military-forces-us"]
    assert "hamas" in found
    assert "military-forces-il" in found  # l'armée israélienne


def test_seed_body_has_no_false_places(gazetteer: Gazetteer) -> None:
    places = [m for m in gazetteer.scan(SEED_BODY) if m.kind == "place"]
    surfaces = {m.surface for m in places}
    assert "Santé" not in surfaces
    assert "la Défense" not in surfaces
    assert not any(m.surface == "Hamas" for m in places)  # a town's alias, shadowed by the group
    assert not any(m.surface.lower().startswith("irakien") for m in places)


def test_mentions_do_not_overlap(gazetteer: Gazetteer) -> None:
    mentions = gazetteer.scan(SEED_BODY)
    spans = sorted({(m.start, m.end) for m in mentions})
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_longest_match_wins(gazetteer: Gazetteer) -> None:
    mentions = gazetteer.scan("Un groupe appelé Résistance islamique en Irak a revendiqué.")
    assert [(m.kind, m.id) for m in mentions] == [("actor", "islamic-resistance-in-iraq")]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Des soldats sont déployés dans l'Irak voisin.", "Irak", "c:IQ"),
        ("Des soldats sont déployés dans l’Irak voisin.", "Irak", "c:IQ"),
        ("Un drone est tombé près d'Aïn al-Assad.", "Aïn al-Assad", "s:ain-al-asad-air-base"),
        ("A drone hit Ain al-Asad air base on Saturday.", "Ain al-Asad air base",
         "s:ain-al-asad-air-base"),
        ("Three US soldiers were killed at Tower 22 in Jordan.", "Tower 22", "s:tower-22"),
        ("Fighting raged in North Kivu near Goma.", "North Kivu", "a:CD-NK"),
        ("Les combats font rage au Nord-Kivu.", "Nord-Kivu", "a:CD-NK"),
        ("Russian missiles struck Kharkiv overnight.", "Kharkiv", "g:706483"),
        ("Strikes hit the oblast de Donetsk.", "oblast de Donetsk", "a:UA-14"),
        ("IRAK : une base visée par un drone", "IRAK", "c:IQ"),
    ],
)
def test_finds_places(gazetteer: Gazetteer, text: str, surface: str, expected: str) -> None:
    found = _found(gazetteer, text)
    assert surface in found.get(expected, set())


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Le JNIM a revendiqué l'attaque.", "JNIM", "jnim"),
        ("Le GSIM a revendiqué l'attaque.", "GSIM", "jnim"),
        ("Les FAMa ont riposté.", "FAMa", "military-forces-ml"),
        ("IS fighters attacked the village.", "IS", "islamic-state"),
        ("Kata'ib Hezbollah denied involvement.", "Kata'ib Hezbollah", "kataib-hezbollah"),
        ("Kata’ib Hezbollah denied involvement.", "Kata’ib Hezbollah", "kataib-hezbollah"),
        ("Kataib Hezbollah denied involvement.", "Kataib Hezbollah", "kataib-hezbollah"),
        ("L'armée russe a bombardé la ville.", "armée russe", "military-forces-ru"),
        ("Le M23 avance vers Goma.", "M23", "m23"),
        ("The Houthis fired a missile.", "Houthis", "houthis"),
        # a plural possessive inside a name
        ("The Al-Aqsa Martyrs' Brigades claimed it.", "Al-Aqsa Martyrs' Brigades",
         "al-aqsa-martyrs-brigades"),
        ("Fighters of the Lions’ Den opened fire.", "Lions’ Den", "lions-den"),
        ("A drone strike by eastern Libyan forces hit Murzuq.", "eastern Libyan forces", "lna"),
        ("Les milices du maréchal Khalifa Haftar ont bombardé la ville.",
         "milices du maréchal Khalifa Haftar", "lna"),
    ],
)
def test_finds_actors(gazetteer: Gazetteer, text: str, surface: str, expected: str) -> None:
    found = _found(gazetteer, text)
    assert surface in found.get(expected, set())


@pytest.mark.parametrize(
    "text",
    [
        "Le marché russe est ouvert.",
        "Marché couvert : la police russe enquête.",
        "Nice weather will return on Mars.",
        "Un homme et une femme sont arrivés.",
        "Will this be the end of it?",
        "He said it is what it is, and the us of it.",
        "Les ressortissants irakiens et américains sont partis.",
    ],
)
def test_common_words_are_not_places(gazetteer: Gazetteer, text: str) -> None:
    places = [m for m in gazetteer.scan(text) if m.kind == "place"]
    assert places == []
    assert not any(m.id == "islamic-state" for m in gazetteer.scan(text))


def test_lowercase_place_name_is_not_taken(gazetteer: Gazetteer) -> None:
    assert [m for m in gazetteer.scan("they went to mosul by car") if m.kind == "place"] == []
    assert [m.id for m in gazetteer.scan("They went to Mosul by car")] == ["g:99072"]


def test_offsets_with_non_ascii(gazetteer: Gazetteer) -> None:
    text = "🔥 Œuvre à Bagdad — « Aïn al-Assad » 💣 puis Kyiv."
    found = _found(gazetteer, text)
    assert "g:98182" in found
    assert "s:ain-al-asad-air-base" in found
    assert "g:703448" in found


def test_long_article(gazetteer: Gazetteer) -> None:
    text = SEED_BODY * 5
    mentions = gazetteer.scan(text)
    assert len(mentions) == 5 * len(gazetteer.scan(SEED_BODY))


def test_empty(gazetteer: Gazetteer) -> None:
    assert gazetteer.scan("") == []
    assert gazetteer.scan("   \n\t") == []


def test_generated_actor_aliases(gazetteer: Gazetteer) -> None:
    text = "Des civils ukrainiens ont été blessés ; l’armée belge et des Ukrainian civilians."
    found = _found(gazetteer, text)
    assert found["civilians-ua"] == {"civils ukrainiens", "Ukrainian civilians"}
    assert "military-forces-be" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen attacked a church in Owo on Sunday.", "Owo"),
        ("Des jihadistes ont attaqué un camp près de Gao.", "Gao"),
        ("Clashes broke out in Wau overnight.", "Wau"),
        ("Violence flared again in Jos.", "Jos"),
    ],
)
def test_three_letter_towns_are_found(gazetteer: Gazetteer, text: str, expected: str) -> None:
    places = [m for m in gazetteer.scan(text) if m.kind == "place"]
    assert [gazetteer.place(m.id).name for m in places] == [expected]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    ["Pope Leo spoke on Sunday.", "Mao led the revolution.", "A van exploded.", "Abu said so."],
)
def test_three_letter_given_names_and_words_are_not_places(
    gazetteer: Gazetteer, text: str
) -> None:
    assert [m for m in gazetteer.scan(text) if m.kind == "place"] == []


def test_an_abbreviation_with_a_dot_is_still_found(gazetteer: Gazetteer) -> None:
    found = {m.id for m in gazetteer.scan("U.S. strikes hit the port")}
    assert "military-forces-us" in found or "c:US" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six soldiers were killed in Lanao del Norte on Sunday.", ["Lanao del Norte"]),
        ("Rebels attacked a post in Norte de Santander.", ["Norte de Santander"]),
        ("Insurgents entered Mocimboa da Praia at dawn.", ["Mocimboa da Praia"]),
        ("Des tirs ont visé l'Université de Kinshasa.", ["Kinshasa"]),
    ],
)
def test_the_tail_of_a_longer_name_is_not_a_place(
    gazetteer: Gazetteer, text: str, expected: list[str]
) -> None:
    places = [gazetteer.place(m.id) for m in gazetteer.scan(text) if m.kind == "place"]
    assert [p.name for p in places if p is not None] == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Rockets hit a U.S.-led coalition base at Erbil airport.", "U.S.-led coalition",
         "operation-inherent-resolve"),
        ("Two U.N. peacekeepers were wounded.", "U.N. peacekeepers", "united-nations"),
        ("A blast in D.I. Khan killed four policemen.", "D.I. Khan", "g:1180281"),
        ("Nueva Morelia, dans le Chiapas", "Chiapas", "a:MX-CHP"),
    ],
)
def test_initials_with_stops_and_longer_names(
    gazetteer: Gazetteer, text: str, surface: str, expected: str
) -> None:
    """Initials written with stops ("U.S.-led") are found; a town inside a longer name the
    gazetteer lacks ("Nueva Morelia") is not that town."""
    found = {(m.surface, m.id) for m in gazetteer.scan(text)}
    assert (surface, expected) in found
    assert not any(m.surface == "Morelia" for m in gazetteer.scan(text))


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a short form glossing the name before it is that name's, not another's
        ("L'Armée populaire de libération du Manipur (PLA) a revendiqué l'embuscade.", "PLA",
         "pla-manipur"),
        ("China's People's Liberation Army (PLA) held drills.", "PLA", "military-forces-cn"),
        # not a gloss: words between, or no bracket
        ("The PLA and the Army of Manipur clashed.", "PLA", "military-forces-cn"),
    ],
)
def test_a_short_form_in_brackets(gazetteer: Gazetteer, text: str, surface: str,
                                  expected: str) -> None:
    found = {(m.surface, m.id) for m in gazetteer.scan(text) if m.kind == "actor"}
    assert (surface, expected) in found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an umbrella inside its member's long name, glossed by the member's short form
        ("La Mission de l'ONU en RDC (Monusco) a condamné dimanche l'attaque.", {"monusco"}),
        # (the umbrella named on its own stays)
        ("L'ONU et la Monusco ont condamné l'attaque.", {"united-nations", "monusco"}),
        # (a gloss of another group is no part of its name)
        ("Les Nations unies ont accusé les Forces démocratiques alliées (ADF).",
         {"united-nations", "adf"}),
    ],
)
def test_an_umbrella_inside_its_members_name(gazetteer: Gazetteer, text: str,
                                             kept: set[str]) -> None:
    assert {m.id for m in gazetteer.scan(text) if m.kind == "actor"} == kept


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # Philippine provinces, which news name where ACLED's first level is the region
        ("4 soldiers killed in Maguindanao del Sur ambush",
         "Bangsamoro Autonomous Region in Muslim Mindanao"),
        ("Governor killed in Negros Oriental attack", "Central Visayas"),
        ("Clashes in the province of Lanao del Sur",
         "Bangsamoro Autonomous Region in Muslim Mindanao"),
        # (a province named like its city leaves the city the bare name)
        ("A blast in Cebu wounded three", "Central Visayas"),
    ],
)
def test_philippine_provinces(gazetteer: Gazetteer, text: str, admin1: str) -> None:
    places = [gazetteer.place(m.id) for m in gazetteer.scan(text) if m.kind == "place"]
    assert [p.admin1 for p in places if p is not None] == [admin1]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Rajouri", "Rajouri"), ("Poonch", "Poonch"), ("Kupwara", "Kupwara"),
     ("Baramulla", "Baramulla"), ("Sopore", "Sopore"), ("Gadchiroli", "Gadchiroli")],
)
def test_kashmir_and_central_india_towns_by_their_news_names(
    gazetteer: Gazetteer, name: str, expected: str
) -> None:
    places = [gazetteer.place(m.id) for m in gazetteer.scan(f"Militants attacked a post in {name}"
                                                            " on Monday.") if m.kind == "place"]
    assert [p.name for p in places if p is not None] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # small towns of the divisions where insurgencies are fought, in countries otherwise
        # read by their big towns only
        ("Three soldiers were killed in a gunfight in Kokernag on Tuesday.", "Kokernag"),
        ("Combates entre guerrilleros dejan 23 muertos en Tame, Arauca.", "Tame"),
    ],
)
def test_small_towns_of_insurgent_provinces(gazetteer: Gazetteer, text: str,
                                            expected: str) -> None:
    places = [gazetteer.place(m.id) for m in gazetteer.scan(text) if m.kind == "place"]
    assert expected in [p.name for p in places if p is not None]


def test_word_for_word_translations_of_province_names_are_no_names(
    gazetteer: Gazetteer,
) -> None:
    text = "A bomb exploded at a seminary in the Dir Colony area of Peshawar."
    assert [m.id for m in gazetteer.scan(text) if m.kind == "place"] == ["g:1168197"]
    # the province keeps its own names
    assert gazetteer.resolve("Puebla", kind="place", limit=1)
    assert any(m.id == "a:MX-PUE" for m in gazetteer.scan("dans l'État de Puebla"))


@pytest.mark.parametrize(("text", "found"), [
    ("Israel says Nabatieh strike killed Radwan commander behind rocket fire", True),
    ("un commandant de la force d'élite Radwan a été tué", True),
    ("Wissam al-Tawil, cadre de la force Radwan, a été tué", True),
    # a man's name, also a mosque's: no unit of Hezbollah
    ("Two car bombs exploded outside the Bayaat al-Radwan mosque in Benghazi", False),
])
def test_hezbollahs_radwan_force_by_its_unit_not_by_a_name(
    gazetteer: Gazetteer, text: str, found: bool
) -> None:
    assert any(m.id == "radwan-force" for m in gazetteer.scan(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a group's short name of a figure and a capital is found as written
        ("fighters of the 3R armed group killed 26 villagers", ["3r"]),
        ("des hommes du groupe armé 3R", ["3r"]),
        # (not written otherwise)
        ("the 3r step of the plan", []),
    ],
)
def test_an_acronym_with_a_figure(gazetteer: Gazetteer, text: str, found: list[str]) -> None:
    assert [m.id for m in gazetteer.scan(text) if m.kind == "actor"] == found


@pytest.mark.parametrize(("text", "found"), [
    # a town's name as a piece of a district's hyphened name is no mention of the town
    ("Gbiniyiri, a farming community in the Sawla-Tuna-Kalba District of the Savannah Region",
     ["a:GH-SV"]),
    # (a hyphened name of its own, or two names joined, still are)
    ("Shelling of Ivano-Frankivsk and of the Kharkiv-Belgorod road", None),
])
def test_a_piece_of_a_hyphened_name(
    gazetteer: Gazetteer, text: str, found: list[str] | None
) -> None:
    places = [m for m in gazetteer.scan(text) if m.kind == "place"]
    if found is not None:
        assert [m.id for m in places] == found
    else:
        assert {m.surface for m in places} >= {"Ivano-Frankivsk", "Kharkiv", "Belgorod"}


@pytest.mark.parametrize(("text", "found"), [
    # a group's name as the last word of an Urdu compound is a piece of another name
    ("the Muttahida Majlis-i-Amal candidate for NA-35 escaped unhurt", []),
    ("Tehreek-e-Insaf workers and Jamiat Ulema-e-Islam leaders", []),
    # (the compound that is a group's name is found whole, however it is spelled)
    ("Tehreek-i-Taliban Pakistan claimed it", ["ttp"]),
    ("Tehreek-e-Taliban fighters", ["ttp"]),
    ("Lashkar-e-Taiba militants", ["lashkar-e-taiba"]),
    # (and the group named by itself still is)
    ("Amal and Hezbollah supporters", ["amal-movement", "hezbollah"]),
])
def test_a_group_s_name_inside_an_urdu_compound(
    gazetteer: Gazetteer, text: str, found: list[str]
) -> None:
    assert [m.id for m in gazetteer.scan(text) if m.kind == "actor"] == found


@pytest.mark.parametrize(("text", "found"), [
    # a group's name as a model is not the group
    ("Islamic State-inspired fighters seized the public market", []),
    ("Hamas-style tunnels were found under the camp", []),
    # (a group's name joined to what it runs still is the group)
    ("the Hamas-run health ministry said", ["hamas"]),
])
def test_a_group_s_name_as_a_model(gazetteer: Gazetteer, text: str, found: list[str]) -> None:
    assert [m.id for m in gazetteer.scan(text) if m.kind == "actor"] == found


@pytest.mark.parametrize("text", [
    "An explosion hit the Kalsu base of the Popular Mobilisation Forces overnight",
    "une explosion sur la base de Kalsou, au sud de Bagdad",
])
def test_iraq_s_kalsu_base_lies_in_babil(gazetteer: Gazetteer, text: str) -> None:
    places = [gazetteer.place(m.id) for m in gazetteer.scan(text) if m.kind == "place"]
    assert [(p.name, p.admin1) for p in places if p is not None and p.level == "site"] == [
        ("Kalsu Base", "Babil")
    ]


def test_another_name_of_a_hamlet_that_is_a_common_surname_is_no_place(
    gazetteer: Gazetteer,
) -> None:
    # "Khan" is one of the names of a hamlet of Homs, of no known size
    text = "Superintendent of Police Shihab Kaiser Khan said eight suspects were detained."
    assert [m.id for m in gazetteer.scan(text)] == []


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a town news call by its name before the link word ("Taxco de Alarcón")
        ("Le corps d'une fillette enlevée à Taxco a été retrouvé jeudi.", "Taxco", "g:3516225"),
        ("Gunmen killed four people in Chilapa on Sunday.", "Chilapa", "g:3530886"),
    ],
)
def test_a_town_by_its_short_form(gazetteer: Gazetteer, text: str, surface: str,
                                  expected: str) -> None:
    assert (surface, expected) in {(m.surface, m.id) for m in gazetteer.scan(text)}


def test_a_short_form_other_places_bear_stays_theirs(gazetteer: Gazetteer) -> None:
    # (Santiago de Veraguas does not take Chile's capital's name)
    found = {m.id for m in gazetteer.scan("Protesters marched in Santiago on Friday.")}
    assert found and all(gazetteer.place(pid).country != "PA" for pid in found)


def test_a_site_without_its_arabic_article(gazetteer: Gazetteer) -> None:
    # « base aérienne d'al-Harir » is written « base aérienne de Harir » as often
    found = {m.id for m in gazetteer.scan("Un drone a frappé la base aérienne de Harir.")}
    assert "s:harir-air-base" in found
