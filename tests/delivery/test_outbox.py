"""The outbox itself, and the pipeline writing it with the incident in one transaction."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.domain.gazetteer import get_gazetteer
from bot.domain.matching import SubscriptionIndex
from bot.domain.models import AlertState, Article, Extraction, Status, Subscription
from bot.services.pipeline import IncidentPipeline
from bot.storage.db import Database, open_database
from bot.storage.repos import AlertRepo, ChatRepo, IncidentRepo

from .helpers import make_chats, queue_incident, states, update_facts


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await open_database(tmp_path / "vigie.db")
    yield database
    await database.close()


async def test_one_alert_per_incident_and_chat_ever(db: Database) -> None:
    await make_chats(db, [1, 2, 3])
    await ChatRepo(db).update(chat_id=3, now=datetime.now(UTC), active=False)
    incident = await queue_incident(db, [1, 2, 3])
    async with db.transaction() as conn:
        again = await AlertRepo(db).enqueue(
            conn, incident_id=incident, chat_ids=[1, 2, 3], priority=99, now=datetime.now(UTC)
        )
    assert again == 0
    assert sorted(a.chat_id for a in await AlertRepo(db).for_chat(chat_id=1)) == [1]
    assert await AlertRepo(db).for_chat(chat_id=3) == []  # inactive chats are not queued


async def test_queue_order_within_an_incident_favours_no_chat(db: Database) -> None:
    chats = list(range(1, 201))
    await make_chats(db, chats)
    await queue_incident(db, chats)
    due = await AlertRepo(db).due(now=datetime.now(UTC) + timedelta(seconds=1), limit=500)
    order = [a.chat_id for a in due]
    assert sorted(order) == chats
    assert order != chats and order != chats[::-1]


async def test_defer_and_recover(db: Database) -> None:
    await make_chats(db, [1, 2])
    await queue_incident(db, [1, 2])
    await queue_incident(db, [1])
    alerts = AlertRepo(db)
    later = datetime.now(UTC) + timedelta(minutes=5)
    assert await alerts.defer_chat(chat_id=1, until=later) == 2
    due = await alerts.due(now=datetime.now(UTC) + timedelta(seconds=1), limit=10)
    assert [a.chat_id for a in due] == [2]
    [alert] = due
    assert alert.id is not None
    await alerts.mark_sending(alert_id=alert.id)
    assert await alerts.recover_in_flight() == 1
    assert await states(db) == {"pending": 3}


async def test_facts_changed_during_the_send_flag_an_update(db: Database) -> None:
    await make_chats(db, [1])
    t0 = datetime.now(UTC)
    incident = await queue_incident(db, [1], now=t0)
    [alert] = await AlertRepo(db).for_chat(chat_id=1)
    assert alert.id is not None
    await AlertRepo(db).mark_sending(alert_id=alert.id)
    # New facts arrive while the message is on its way: pending/sending rows are not flagged.
    await update_facts(db, incident, now=t0 + timedelta(seconds=1), fatalities=7)
    await AlertRepo(db).mark_sent(alert_id=alert.id, message_id=5, now=t0, facts_of=t0)
    [alert] = await AlertRepo(db).for_chat(chat_id=1)
    assert alert.state == AlertState.SENT and alert.needs_update
    await AlertRepo(db).clear_update(alert_id=alert.id)
    assert await AlertRepo(db).updates_due(now=t0 + timedelta(hours=1), limit=10) == []


async def test_pipeline_stores_the_incident_and_its_alerts_together(db: Database) -> None:
    gazetteer = get_gazetteer()
    await make_chats(db, [1, 2])
    index = SubscriptionIndex.build(
        [Subscription(chat_id=1, kind="place", target_id="c:IQ", label="Iraq")]
    )
    pipeline = IncidentPipeline(db=db, gazetteer=gazetteer, index=index)
    now = datetime.now(UTC)
    article = Article(
        id="a1", source="Test", url="http://127.0.0.1/a1", published=now, title="Strike"
    )
    extraction = Extraction(
        is_incident=True,
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        place_id="a:IQ-AN",
        place="Al Anbar",
        country="IQ",
        status=Status.REPORTED,
        fatalities=2,
        incident_date=now.date(),
    )
    outcome = await pipeline.process_extracted(article, extraction, push=True)
    assert outcome.created and outcome.queued == 1 and outcome.incident is not None
    async with db.conn.execute(
        "SELECT matched FROM incidents WHERE id = ?", (outcome.incident.id,)
    ) as cur:
        row = await cur.fetchone()
    assert row is not None and row[0] == 1
    [alert] = await AlertRepo(db).for_chat(chat_id=1)
    assert alert.incident_id == outcome.incident.id and alert.state == AlertState.PENDING
    assert await IncidentRepo(db).get(incident_id=outcome.incident.id) is not None
