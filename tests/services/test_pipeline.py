"""Articles to incidents to queued alerts, on a real database."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.domain.gazetteer import get_gazetteer
from bot.domain.matching import SubscriptionIndex
from bot.domain.models import Article, Subscription
from bot.services.pipeline import IncidentPipeline
from bot.storage.db import Database, open_database
from bot.storage.repos import AlertRepo, ChatRepo, SubscriptionRepo

SAMPLES = Path(__file__).resolve().parents[2] / "bot" / "data" / "samples.jsonl"
NOW = datetime(2023, 10, 21, 22, 0, tzinfo=UTC)


def samples() -> dict[str, Article]:
    out = {}
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        out[data["id"]] = Article.model_validate(data)
    return out


@pytest.fixture
async def db(tmp_path: Path) -> Database:
    database = await open_database(tmp_path / "v.db")
    yield database  # type: ignore[misc]
    await database.close()


async def _subscribe(db: Database, index: SubscriptionIndex, chat_id: int, kind: str,
                     target: str) -> None:
    await ChatRepo(db).ensure(chat_id=chat_id, chat_type="private", language="en", now=NOW)
    stored, _ = await SubscriptionRepo(db).add(
        subscription=Subscription.model_validate(
            {"chat_id": chat_id, "kind": kind, "target_id": target, "label": target}
        ),
        now=NOW,
    )
    index.add(stored)


async def test_seed_becomes_one_incident_and_two_alerts(db: Database) -> None:
    index = SubscriptionIndex()
    await _subscribe(db, index, 1, "place", "c:IQ")
    await _subscribe(db, index, 2, "actor", "islamic-resistance-in-iraq")
    await _subscribe(db, index, 3, "place", "c:IL")
    pipeline = IncidentPipeline(db=db, gazetteer=get_gazetteer(), index=index, clock=lambda: NOW)
    arts = samples()

    first = await pipeline.process(arts["sample-ain-al-asad"], push=True)
    assert first.created and first.incident is not None
    incident = first.incident
    assert incident.country == "IQ" and incident.place_id == "s:ain-al-asad-air-base"
    assert incident.sub_event_type == "Air/drone strike"
    assert incident.claimed_by == "islamic-resistance-in-iraq"
    assert first.queued == 2
    due = await AlertRepo(db).due(now=NOW, limit=10)
    assert sorted(a.chat_id for a in due) == [1, 2]

    # The same incident told by another outlet in English merges; no new alert is queued.
    second = await pipeline.process(arts["sample-ain-al-asad-en"], push=True)
    assert second.incident is not None and not second.created
    assert second.incident.id == incident.id
    assert len(second.incident.reports) == 2
    assert second.queued == 0
    assert len(await AlertRepo(db).due(now=NOW, limit=10)) == 2

    # Reading the same article again changes nothing.
    again = await pipeline.process(arts["sample-ain-al-asad"], push=True)
    assert again.incident is None


async def test_items_not_pushed_are_stored_silently(db: Database) -> None:
    index = SubscriptionIndex()
    await _subscribe(db, index, 1, "place", "c:UA")
    pipeline = IncidentPipeline(db=db, gazetteer=get_gazetteer(), index=index, clock=lambda: NOW)
    outcome = await pipeline.process(samples()["sample-kharkiv"], push=False)
    assert outcome.created and outcome.queued == 0
    assert await AlertRepo(db).due(now=NOW, limit=10) == []


async def test_non_incidents_and_huge_articles(db: Database) -> None:
    pipeline = IncidentPipeline(
        db=db, gazetteer=get_gazetteer(), index=SubscriptionIndex(), clock=lambda: NOW
    )
    talks = await pipeline.process(samples()["sample-talks"], push=True)
    assert talks.incident is None
    huge = Article(
        id="huge", source="X", url="https://x/huge", published=NOW,
        title="Markets", body="Le marché a progressé. " * 200_000,
    )
    outcome = await pipeline.process(huge, push=True)
    assert outcome.incident is None


async def test_a_follow_up_joins_its_incident_and_alerts_nobody(db: Database) -> None:
    index = SubscriptionIndex()
    await _subscribe(db, index, 1, "place", "c:IQ")
    pipeline = IncidentPipeline(db=db, gazetteer=get_gazetteer(), index=index, clock=lambda: NOW)
    reaction = {
        "source": "Wire",
        "title": "Iraq condemns drone attack on Ain al-Asad, vows to protect coalition troops",
        "body": "Iraq's prime minister condemned on Sunday the drone attack on Ain al-Asad air "
        "base and vowed to hunt down those behind it. More than 40 people were killed in "
        "clashes across the region this month.",
    }
    # before the attack is stored, the reaction is nothing of its own
    early = await pipeline.process(Article.model_validate({
        **reaction, "id": "early", "url": "https://wire.example/early",
        "published": "2023-10-21T17:00:00Z"}), push=True)
    assert early.incident is None and early.extraction is not None
    assert early.extraction.follow_up

    first = await pipeline.process(samples()["sample-ain-al-asad"], push=True)
    assert first.created and first.incident is not None and first.queued == 1
    later = await pipeline.process(Article.model_validate({
        **reaction, "id": "later", "url": "https://wire.example/later",
        "published": "2023-10-22T09:00:00Z"}), push=True)
    assert later.incident is not None and later.incident.id == first.incident.id
    assert not later.created and not later.updated and later.queued == 0
    assert [r.url for r in later.incident.reports] == [
        samples()["sample-ain-al-asad"].url, "https://wire.example/later"]
    assert later.incident.fatalities == first.incident.fatalities
    assert len(await AlertRepo(db).due(now=NOW, limit=10)) == 1
