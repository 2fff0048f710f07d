"""Deduplication across differing readings of one event (EN and FR outlets)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.domain.dedup import find_duplicate, incident_from
from bot.domain.extract import extract
from bot.domain.gazetteer import Gazetteer
from bot.domain.models import Article, Report

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
    protest = ext.model_copy(update={"event_type": "Protests", "sub_event_type": None})
    assert find_duplicate(protest, published=FR.published, candidates=[incident],
                          gazetteer=gazetteer) is None
