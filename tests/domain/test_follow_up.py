"""Follow-ups: an analysis, a reaction or an aftermath of a recent incident is one more source of
it when it is stored, never an incident of its own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.domain.dedup import find_duplicate, incident_from, merge
from bot.domain.extract import extract
from bot.domain.gazetteer import Gazetteer
from bot.domain.models import Article, Report

ATTACK = Article(
    id="attack", source="s", url="https://news.example/attack",
    published=datetime(2023, 10, 21, 21, 30, tzinfo=UTC),
    title="Iran-aligned group claims drone attack on Ain al-Asad air base",
    body="BAGHDAD — A group calling itself the Islamic Resistance in Iraq claimed a drone attack "
    "on Saturday on Ain al-Asad air base in western Iraq, which hosts US troops. Two soldiers "
    "were wounded, an official said.",
)


def _article(title: str, body: str, published: datetime) -> Article:
    return Article(id="f", source="s", url="https://news.example/f", published=published,
                   title=title, body=body)


_NEXT_DAY = datetime(2023, 10, 22, 9, 0, tzinfo=UTC)

#: Reactions and aftermaths: the violence is told, but it is not the news.
REACTIONS = [
    ("Iraq condemns drone attack on Ain al-Asad, vows to protect coalition troops",
     "Iraq's prime minister condemned on Sunday the drone attack on Ain al-Asad air base and "
     "vowed to hunt down those behind it. He warned armed factions against dragging the "
     "country into a regional war. More than 40 people were killed in clashes across the "
     "region this month."),
    ("Irak : le gouvernement condamne l'attaque contre Aïn al-Assad et réagit",
     "Le Premier ministre irakien a condamné dimanche l'attaque au drone contre la base "
     "d'Aïn al-Assad et a menacé de poursuivre ses auteurs. Il a réagi en promettant de "
     "protéger les troupes de la coalition."),
]


@pytest.mark.parametrize(("title", "body"), REACTIONS)
def test_a_reaction_is_read_as_a_follow_up(gazetteer: Gazetteer, title: str, body: str) -> None:
    ext = extract(_article(title, body, _NEXT_DAY), gazetteer)
    assert ext.follow_up and not ext.is_incident
    assert ext.place_id == "s:ain-al-asad-air-base"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # talks, courts and arrests that the attack only sets off are news of their own
        ("Iraq raises Ain al-Asad drone attack at talks with US envoy",
         "Iraq's prime minister condemned on Sunday the drone attack on Ain al-Asad air base "
         "during talks with the US envoy, and vowed to protect coalition troops."),
        ("Irak : trois suspects arrêtés après l'attaque contre Aïn al-Assad",
         "Les autorités ont condamné dimanche l'attaque au drone contre la base d'Aïn al-Assad "
         "et promis de punir les coupables."),
        # mourning and threats
        ("Bagdad rend un dernier hommage aux soldats de la base d'Aïn al-Assad",
         "Une cérémonie s'est tenue mardi pour les soldats tués samedi dans l'attaque au drone "
         "contre la base d'Aïn al-Assad."),
        ("Militia threatens more drone attacks after Ain al-Asad strike",
         "The group that claimed Saturday's drone attack on Ain al-Asad air base condemned the "
         "US presence and vowed to strike again."),
        # captives going home
        ("Hostages seized in Ain al-Asad raid freed, vow to return home",
         "The two contractors seized in the raid on Ain al-Asad air base were released on "
         "Sunday, officials said, condemning the abduction."),
        # no violence told at all
        ("Iraq condemns foreign interference, vows to protect sovereignty",
         "Iraq's prime minister warned on Sunday against foreign interference."),
    ],
)
def test_news_of_its_own_is_no_follow_up(gazetteer: Gazetteer, title: str, body: str) -> None:
    ext = extract(_article(title, body, _NEXT_DAY), gazetteer)
    assert not ext.follow_up
    assert not (ext.is_incident and ext.place_id == "s:ain-al-asad-air-base"
                and ext.sub_event_type == "Air/drone strike")


def test_a_follow_up_joins_the_stored_incident_as_a_source_only(gazetteer: Gazetteer) -> None:
    first = extract(ATTACK, gazetteer)
    assert first.is_incident and not first.follow_up
    incident = incident_from(first, Report.of(ATTACK, first), key="k", now=ATTACK.published)
    reaction = _article(*REACTIONS[0], _NEXT_DAY)
    ext = extract(reaction, gazetteer)
    found = find_duplicate(ext, published=reaction.published, candidates=[incident],
                           gazetteer=gazetteer)
    assert found is incident
    merged = merge(incident, ext, Report.of(reaction, ext))
    assert [r.url for r in merged.reports] == [ATTACK.url, reaction.url]
    # the month's toll and the government's forces told in the reaction are not the attack's
    assert merged.fatalities == incident.fatalities and merged.injured == incident.injured == 2
    assert merged.actors == incident.actors and merged.status == incident.status
    assert merged.reports[1].fatalities is None
    assert merged.updated_at == reaction.published
    # the same follow-up again adds nothing
    assert merge(merged, ext, Report.of(reaction, ext)) == merged


def test_a_follow_up_of_nothing_recent_finds_nothing(gazetteer: Gazetteer) -> None:
    first = extract(ATTACK, gazetteer)
    incident = incident_from(first, Report.of(ATTACK, first), key="k", now=ATTACK.published)
    late = _article(*REACTIONS[0], datetime(2023, 11, 22, 9, 0, tzinfo=UTC))
    ext = extract(late, gazetteer)
    assert ext.follow_up
    assert find_duplicate(ext, published=late.published, candidates=[incident],
                          gazetteer=gazetteer) is None
