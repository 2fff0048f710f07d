"""Extraction on whole articles: the seed, both languages, background, bad input."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.domain.extract import clean_text, detect_language, extract
from bot.domain.gazetteer import Gazetteer
from bot.domain.models import Article, Status

SEED = Path("/work/shared/seed/drone-attack-iraq.txt")
SEED_TEXT = """New Drone Attack Targets US Troops in Iraq Amid Rising Tensions with Iran

(Bagdad) Une base irakienne abritant des troupes américaines a été visée samedi par une nouvelle \
attaque au drone, ont déclaré des sources de sécurité en Irak. Le Pentagone a déclaré ne pas être \
en mesure de le confirmer.

Il s’agit de la cinquième attaque en quatre jours contre les troupes américaines et étrangères en \
Irak. Les factions armées proches de l’Iran menacent les intérêts américains en raison du soutien \
de Washington à Israël, cible d’une attaque meurtrière menée par le mouvement islamiste Hamas le \
7 octobre.

L’attaque du samedi n’a fait aucune victime et a été revendiquée par un groupe appelé “Résistance \
islamique en Irak” sur des chaînes Telegram affiliées aux factions chiites fidèles à l’Iran.

Selon une source militaire irakienne, un drone est tombé à l’intérieur de la base d’Aïn al-Assad, \
dans l’ouest de l’Irak, où des troupes américaines et de la coalition internationale \
antidjihadistes sont déployées. L’engin n’a causé aucun dommage.

Un responsable de la sécurité locale a mentionné qu’il y avait eu “deux drones” : “le premier a \
été intercepté et le second est tombé en raison d’un problème technique”.

Cependant, le Pentagone a déclaré n’avoir aucune connaissance d’un événement de ce type.

La base d’Aïn al-Assad, celle de al-Harir dans le nord de l’Irak, ainsi qu’un camp militaire près \
de l’aéroport de Bagdad ont été la cible de cinq attaques depuis mercredi.

Ces derniers jours, les factions pro-iraniennes ont multiplié les menaces contre les États-Unis. \
Les Brigades du Hezbollah ont exigé que les Américains “quittent” l’Irak.

Selon les autorités israéliennes, plus de 1400 personnes ont été tuées en Israël par des \
combattants du Hamas depuis le 7 octobre. À Gaza, près de 4400 Palestiniens ont été tués dans les \
bombardements menés par l’armée israélienne en représailles, selon le ministère de la Santé du \
Hamas.

Facebook
Twitter

Leave a Comment

This site uses Akismet to reduce spam. Learn how your comment data is processed.
"""


def _article(title: str, body: str, *, published: str = "2024-05-04T12:00:00Z",
             summary: str = "", language: str | None = "en") -> Article:
    return Article(
        id="a1", source="test", url="https://news.example/a1",
        published=datetime.fromisoformat(published.replace("Z", "+00:00")),
        language=language, title=title, summary=summary, body=body,
    )


def _seed_article() -> Article:
    text = SEED.read_text(encoding="utf-8") if SEED.exists() else SEED_TEXT
    title, _, body = text.partition("\n\n")
    return Article(
        id="seed", source="La Presse", url="https://news.example/seed",
        published=datetime(2023, 10, 21, 18, 0, tzinfo=UTC), language="en",
        title=title.strip(), body=body,
    )


def _names(gazetteer: Gazetteer, ids: tuple[str, ...]) -> set[str]:
    return {gazetteer.label(i, "en") for i in ids}


def test_seed_article(gazetteer: Gazetteer) -> None:
    ext = extract(_seed_article(), gazetteer)
    assert ext.is_incident
    assert ext.language == "fr"
    assert (ext.event_type, ext.sub_event_type) == ("Explosions/Remote violence",
                                                    "Air/drone strike")
    assert (ext.country, ext.admin1) == ("IQ", "Al Anbar")
    assert ext.place_id == "s:ain-al-asad-air-base"
    assert _names(gazetteer, ext.actors) == {"Islamic Resistance in Iraq", "United States"}
    assert ext.claimed_by == "islamic-resistance-in-iraq"
    assert ext.status is Status.CLAIMED
    assert (ext.fatalities, ext.injured) == (0, 0)
    assert ext.incident_date == date(2023, 10, 21)


def test_english_missile_strike_with_background_paragraphs(gazetteer: Gazetteer) -> None:
    body = (
        "SUMY, Ukraine, April 13 — Two Russian ballistic missiles hit the centre of Sumy on "
        "Sunday morning, killing at least 34 people and wounding 117, Ukrainian officials said."
        "\n\nTen days earlier, a Russian missile killed 20 people in Kryvyi Rih."
        "\n\nThe United Nations says more than 12,000 civilians have been killed in Ukraine "
        "since the invasion began."
    )
    ext = extract(_article("Russian missiles kill 34 in Sumy", body,
                           published="2025-04-13T16:00:00Z"), gazetteer)
    assert ext.is_incident
    assert ext.sub_event_type == "Shelling/artillery/missile attack"
    assert ext.place == "Sumy" and ext.country == "UA"
    assert (ext.fatalities, ext.injured) == (34, 117)
    assert ext.status is Status.CONFIRMED
    assert "military-forces-ru" in ext.actors
    assert ext.incident_date == date(2025, 4, 13)


def test_dateline_and_reference_city_are_not_the_place(gazetteer: Gazetteer) -> None:
    body = (
        "MOSCOW, March 22 — Gunmen burst into a concert hall in Krasnogorsk, on the western edge "
        "of Moscow, on Friday evening and opened fire on the crowd, killing at least 60 people, "
        "officials said."
    )
    ext = extract(_article("Gunmen kill 60 at concert hall near Moscow", body,
                           published="2024-03-22T23:00:00Z"), gazetteer)
    assert ext.place == "Krasnogorsk"
    assert ext.event_type == "Violence against civilians"
    assert ext.incident_date == date(2024, 3, 22)


def test_french_territory_capture(gazetteer: Gazetteer) -> None:
    body = (
        "BUKAVU, 16 février — Les combattants du M23 sont entrés dimanche dans le centre de "
        "Bukavu, la capitale du Sud-Kivu, selon des sources sécuritaires."
    )
    ext = extract(_article("RDC : le M23 entre dans Bukavu", body, language="fr",
                           published="2025-02-16T15:00:00Z"), gazetteer)
    assert (ext.event_type, ext.sub_event_type) == ("Battles",
                                                    "Non-state actor overtakes territory")
    assert ext.place == "Bukavu" and ext.admin1 == "South Kivu"
    assert "m23" in ext.actors
    assert ext.fatalities is None
    assert ext.language == "fr"


def test_denial_by_the_accused(gazetteer: Gazetteer) -> None:
    body = (
        "MOSCOU, 3 mai — La présidence russe a affirmé mercredi que deux drones avaient visé le "
        "Kremlin dans la nuit de mardi à mercredi. Le Kremlin ne fait état d'aucune victime."
        "\n\nKiev a démenti toute implication."
    )
    ext = extract(_article("Drones sur le Kremlin : Moscou accuse Kiev, qui dément", body,
                           language="fr", published="2023-05-03T19:00:00Z"), gazetteer)
    assert ext.status is Status.DENIED
    assert ext.sub_event_type == "Air/drone strike"
    assert ext.incident_date == date(2023, 5, 3)
    assert (ext.fatalities, ext.injured) == (0, 0)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Russia and Ukraine agree prisoner swap at talks in Istanbul",
         "ISTANBUL, May 16 — Russian and Ukrainian delegations agreed on Friday to exchange "
         "prisoners at their first direct peace talks since 2022. The war has killed tens of "
         "thousands of soldiers."),
        ("Gaza : une délégation du Hamas attendue au Caire",
         "LE CAIRE, 4 mai — Une délégation du Hamas est attendue samedi au Caire pour discuter "
         "d'une proposition de trêve à Gaza."),
        ("Israel marks one year since the October 7 attack",
         "JERUSALEM, Oct 7 — Israelis held memorial ceremonies on Monday to mark one year since "
         "the attack in which about 1,200 people were killed."),
        ("La CPI reconnaît un jihadiste malien coupable de crimes de guerre",
         "LA HAYE, 26 juin — La Cour pénale internationale a reconnu mercredi un ancien chef de "
         "la police islamique coupable de crimes de guerre commis en 2012."),
        ("Ukraine beat Iceland to qualify for Euro 2024",
         "WROCLAW, March 26 — Ukraine came from a goal down to beat Iceland 2-1."),
        ("Iraq's oil exports edge higher in March",
         "BAGHDAD, April 2 — Iraq's crude exports rose slightly in March, the ministry said."),
        ("UN Security Council condemns deadly attack in Mali",
         "NEW YORK, June 3 — The UN Security Council on Monday condemned last week's attack on "
         "a military camp in central Mali that killed 30 soldiers."),
        ("Funerals held for victims of Sumy strike",
         "SUMY, April 15 — Hundreds of mourners gathered on Tuesday for the funerals of victims "
         "of Sunday's Russian missile strike, which killed 35 people."),
        ("Israel threatens to strike Iran's nuclear sites",
         "JERUSALEM, Oct 3 — Israel's defence minister warned on Thursday that Israel could "
         "strike Iran's nuclear facilities in response to Tuesday's missile attack."),
        ("Le Hezbollah menace Israël de représailles",
         "BEYROUTH, 28 juillet — Le Hezbollah a menacé dimanche Israël de représailles en cas "
         "d'attaque contre le Liban."),
    ],
)
def test_non_incidents(gazetteer: Gazetteer, title: str, body: str) -> None:
    assert not extract(_article(title, body), gazetteer).is_incident


def test_bad_inputs_do_not_crash(gazetteer: Gazetteer, caplog: pytest.LogCaptureFixture) -> None:
    empty = extract(_article("", ""), gazetteer)
    assert not empty.is_incident
    soup = extract(_article("<div><p>", "<html><script>var x=1;</script><p><b></p></div>"),
                   gazetteer)
    assert not soup.is_incident
    mixed = extract(_article(
        "Взрыв в Киеве — انفجار في بغداد",
        "KYIV, July 8 — A Russian missile struck Kyiv on Monday, killing two people. "
        "Взрыв прогремел в центре. قال مسؤولون إن الهجوم أسفر عن قتلى.",
        language="ar", published="2024-07-08T14:00:00Z"), gazetteer)
    assert mixed.is_incident and mixed.country == "UA" and mixed.fatalities == 2
    with caplog.at_level(logging.INFO, logger="bot.domain"):
        huge = extract(_article(
            "Drone strike kills three in Kharkiv",
            "KHARKIV, May 4 — A Russian drone struck Kharkiv on Saturday, killing three "
            "people, officials said.\n\n" + "Filler text about nothing. " * 200_000),
            gazetteer)
    assert huge.is_incident and huge.fatalities == 3
    assert any("cut" in r.message or "truncated" in r.message for r in caplog.records)


def test_dates_far_from_publication_are_sane(gazetteer: Gazetteer) -> None:
    body = "GOMA, Jan 27 — Rebels attacked an army base near Goma on Saturday, killing 5 soldiers."
    for published in ("1970-01-01T00:00:00Z", "2031-06-01T09:00:00Z"):
        ext = extract(_article("Rebels attack army base near Goma", body, published=published),
                      gazetteer)
        assert ext.incident_date is not None
        pub = datetime.fromisoformat(published.replace("Z", "+00:00")).date()
        assert 0 <= (pub - ext.incident_date).days < 7


def test_absurd_quoted_figure_is_ignored(gazetteer: Gazetteer,
                                         caplog: pytest.LogCaptureFixture) -> None:
    body = ("ADEN, March 6 — A missile hit a ship off Aden on Wednesday, killing three crew, the "
            "military said. \"They killed 1,000,000 people,\" a spokesman claimed.")
    with caplog.at_level(logging.INFO, logger="bot.domain"):
        ext = extract(_article("Missile kills three crew off Aden", body,
                               published="2024-03-06T20:00:00Z"), gazetteer)
    assert ext.fatalities == 3
    assert any("implausible" in r.message for r in caplog.records)


def test_wrong_language_tag_is_ignored(gazetteer: Gazetteer) -> None:
    body = ("BAMAKO, 18 septembre — Des jihadistes ont attaqué mardi à l'aube une école de "
            "gendarmerie à Bamako, tuant plus de 70 personnes, qui évoquent 77 morts et 255 "
            "blessés, selon des sources sécuritaires.")
    ext = extract(_article("Mali attack", body, language="en",
                           published="2024-09-18T09:00:00Z"), gazetteer)
    assert ext.language == "fr"
    assert (ext.fatalities, ext.injured) == (77, 255)
    assert ext.incident_date == date(2024, 9, 17)
    assert ext.event_type == "Battles"


def test_clean_text_drops_markup_and_boilerplate() -> None:
    raw = ("<div><p>ODESA &mdash; A missile hit the port.</p><p>&nbsp;</p>"
           "<p>Share this:</p><ul><li>Facebook</li><li>Twitter</li></ul>"
           "<p>Lire aussi : autre chose</p><p>Partager</p>"
           "<p>This site uses Akismet to reduce spam.</p><p>Leave a Comment</p></div>")
    assert clean_text(raw) == "ODESA — A missile hit the port."
    assert clean_text(None) == ""
    assert clean_text("a &amp; b\r\n\r\n\r\nc") == "a & b\n\nc"


def test_detect_language() -> None:
    assert detect_language("Trois militaires ont été tués dimanche par un drone.") == "fr"
    assert detect_language("Three soldiers were killed on Sunday by a drone.") == "en"
    assert detect_language("") == "en"
