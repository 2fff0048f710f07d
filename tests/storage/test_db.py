from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.domain.models import AlertState, Incident, Report, Status, Subscription
from bot.storage.db import migrations, open_database
from bot.storage.repos import (
    AlertRepo,
    ChatRepo,
    IncidentRepo,
    SeenRepo,
    SourceRepo,
    SubscriptionRepo,
)

NOW = datetime(2024, 1, 28, 20, 0, tzinfo=UTC)


def make_incident(**overrides: object) -> Incident:
    fields: dict[str, object] = {
        "key": "k1",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "place_id": "s:tower-22",
        "place": "Tower 22",
        "admin1": "Mafraq",
        "country": "JO",
        "lat": 33.32,
        "lon": 38.69,
        "actors": ("islamic-resistance-in-iraq", "united-states"),
        "claimed_by": "islamic-resistance-in-iraq",
        "status": Status.CLAIMED,
        "fatalities": 3,
        "injured": 34,
        "incident_date": date(2024, 1, 28),
        "first_seen": NOW,
        "updated_at": NOW,
    }
    fields.update(overrides)
    return Incident.model_validate(fields)


async def test_fresh_database_migrates_to_head(tmp_path: Path) -> None:
    db = await open_database(tmp_path / "v.db")
    try:
        head = migrations()[-1][0]
        assert await db.schema_version() == head
        async with db.conn.execute("PRAGMA journal_mode") as cur:
            row = await cur.fetchone()
        assert row is not None and row[0] == "wal"
        tables = {
            r[0]
            for r in await (
                await db.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            ).fetchall()
        }
        assert {
            "chats",
            "subscriptions",
            "sources",
            "seen_items",
            "incidents",
            "reports",
            "alerts",
            "schema_version",
        } <= tables
    finally:
        await db.close()


async def test_reopening_does_not_migrate_twice(tmp_path: Path) -> None:
    db = await open_database(tmp_path / "v.db")
    await ChatRepo(db).ensure(chat_id=5, chat_type="private", language="fr", now=NOW)
    await db.close()
    db = await open_database(tmp_path / "v.db")
    try:
        chat = await ChatRepo(db).get(chat_id=5)
        assert chat is not None and chat.language == "fr"
        async with db.conn.execute("SELECT COUNT(*) FROM schema_version") as cur:
            row = await cur.fetchone()
        assert row is not None and row[0] == len(migrations())
    finally:
        await db.close()


async def test_chat_and_subscription_round_trip(tmp_path: Path) -> None:
    db = await open_database(tmp_path / "v.db")
    try:
        chats, subs = ChatRepo(db), SubscriptionRepo(db)
        chat, created = await chats.ensure(chat_id=7, chat_type="group", language="en", now=NOW)
        assert created and chat.type == "group" and chat.active
        _, created_again = await chats.ensure(chat_id=7, chat_type="group", language="fr", now=NOW)
        assert not created_again
        await chats.update(chat_id=7, now=NOW, language="fr", muted_until=NOW)
        chat2 = await chats.get(chat_id=7)
        assert chat2 is not None and chat2.language == "fr" and chat2.muted_until == NOW

        sub = Subscription(chat_id=7, kind="place", target_id="c:IQ", label="Iraq (country)")
        stored, created = await subs.add(subscription=sub, now=NOW)
        assert created and stored.id is not None and stored.label == "Iraq (country)"
        again, created = await subs.add(subscription=sub, now=NOW)
        assert not created and again.id == stored.id
        radius = Subscription(
            chat_id=7, kind="radius", target_id="g:1", label="Erbil", km=100, lat=36.19, lon=44.01
        )
        await subs.add(subscription=radius, now=NOW)
        listed = await subs.for_chat(chat_id=7)
        assert [s.kind for s in listed] == ["place", "radius"]
        assert listed[1].km == 100 and listed[1].lat == pytest.approx(36.19)
        assert stored.id is not None
        removed = await subs.remove(chat_id=7, subscription_id=stored.id)
        assert removed is not None and removed.target_id == "c:IQ"
        assert await subs.remove(chat_id=99, subscription_id=stored.id) is None

        await chats.delete(chat_id=7)
        assert await chats.get(chat_id=7) is None
        assert await subs.for_chat(chat_id=7) == []
    finally:
        await db.close()


async def test_incident_report_and_outbox_round_trip(tmp_path: Path) -> None:
    db = await open_database(tmp_path / "v.db")
    try:
        incidents, alerts, chats = IncidentRepo(db), AlertRepo(db), ChatRepo(db)
        await chats.ensure(chat_id=1, chat_type="private", language="en", now=NOW)
        await chats.ensure(chat_id=2, chat_type="private", language="fr", now=NOW)
        report = Report(
            source="Wire",
            url="https://x/1",
            title="T",
            language="en",
            published=NOW,
            fatalities=3,
            injured=34,
            status=Status.CLAIMED,
        )
        async with db.transaction() as conn:
            incident_id = await incidents.save(conn, incident=make_incident())
            await incidents.add_report(
                conn, incident_id=incident_id, article_id="a1", report=report
            )
            queued = await alerts.enqueue(
                conn, incident_id=incident_id, chat_ids=[1, 2, 3], priority=60, now=NOW
            )
        assert queued == 2  # chat 3 is unknown: nothing is queued for it
        got = await incidents.get(incident_id=incident_id)
        assert got is not None
        assert got.actors == ("islamic-resistance-in-iraq", "united-states")
        assert got.status is Status.CLAIMED and got.incident_date == date(2024, 1, 28)
        assert [r.url for r in got.reports] == ["https://x/1"]
        assert await incidents.report_exists(url="https://x/1")
        near = await incidents.candidates(around=date(2024, 1, 29))
        far = await incidents.candidates(around=date(2024, 2, 10))
        assert [i.id for i in near] == [incident_id] and far == []

        async with db.transaction() as conn:
            again = await alerts.enqueue(
                conn, incident_id=incident_id, chat_ids=[1, 2], priority=60, now=NOW
            )
        assert again == 0  # one alert per incident per chat, ever

        due = await alerts.due(now=NOW, limit=10)
        assert {a.chat_id for a in due} == {1, 2}
        first = due[0]
        assert first.id is not None
        await alerts.mark_sending(alert_id=first.id)
        assert await alerts.recover_in_flight() == 1
        await alerts.mark_sending(alert_id=first.id)
        await alerts.mark_sent(alert_id=first.id, message_id=42, now=NOW)
        assert {a.chat_id for a in await alerts.due(now=NOW, limit=10)} == {due[1].chat_id}
        sent = [a for a in await alerts.for_chat(chat_id=first.chat_id)]
        assert sent[0].state is AlertState.SENT and sent[0].message_id == 42
    finally:
        await db.close()


async def test_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    db = await open_database(tmp_path / "v.db")
    try:
        incidents = IncidentRepo(db)
        with pytest.raises(RuntimeError):
            async with db.transaction() as conn:
                await incidents.save(conn, incident=make_incident())
                raise RuntimeError("crash mid-way")
        assert await incidents.candidates(around=date(2024, 1, 28)) == []
    finally:
        await db.close()


async def test_seen_items_and_sources(tmp_path: Path) -> None:
    db = await open_database(tmp_path / "v.db")
    try:
        seen, sources = SeenRepo(db), SourceRepo(db)
        src = await sources.ensure(url="http://f/rss", name="F", language="fr")
        assert src.first_polled_at is None
        await seen.mark(source_id=src.id, guid="g1", link="http://a/1", fingerprint="h1", now=NOW)
        assert await seen.is_seen(guid="g1", link=None, fingerprint=None)
        assert await seen.is_seen(guid="other", link="http://a/1", fingerprint=None)
        assert await seen.is_seen(guid="other", link="http://b", fingerprint="h1")
        assert not await seen.is_seen(guid="other", link="http://b", fingerprint="h2")
        assert await seen.expire(older_than=NOW + timedelta(days=1)) == 1
        assert not await seen.is_seen(guid="g1", link=None, fingerprint=None)

        await sources.record_poll(
            source_id=src.id,
            ok=False,
            now=NOW,
            etag=None,
            last_modified=None,
            failures=1,
            next_poll_at=NOW + timedelta(minutes=5),
            error="HTTP 500",
        )
        (rec,) = await sources.all()
        assert rec.failures == 1 and rec.error_count == 1 and rec.last_error == "HTTP 500"
        assert rec.first_polled_at is None
        await sources.record_poll(
            source_id=src.id,
            ok=True,
            now=NOW,
            etag='"e"',
            last_modified=None,
            failures=0,
            next_poll_at=None,
            error=None,
        )
        (rec,) = await sources.all()
        assert rec.failures == 0 and rec.etag == '"e"' and rec.last_success == NOW
        assert rec.first_polled_at == NOW
    finally:
        await db.close()


async def test_a_write_from_another_task_never_joins_an_open_transaction(tmp_path: Path) -> None:
    import asyncio

    db = await open_database(tmp_path / "v.db")
    try:
        chats, incidents = ChatRepo(db), IncidentRepo(db)
        started = asyncio.Event()

        async def failing_transaction() -> None:
            async with db.transaction() as conn:
                await incidents.save(conn, incident=make_incident())
                started.set()
                await asyncio.sleep(0.05)  # another task runs meanwhile
                raise RuntimeError("crash mid-way")

        async def meanwhile() -> None:
            await started.wait()
            await chats.ensure(chat_id=9, chat_type="private", language="en", now=NOW)

        results = await asyncio.gather(failing_transaction(), meanwhile(), return_exceptions=True)
        assert isinstance(results[0], RuntimeError)
        # The other task's write survived the rollback; the rolled-back incident is gone.
        assert await chats.get(chat_id=9) is not None
        assert await incidents.candidates(around=date(2024, 1, 28)) == []
    finally:
        await db.close()


@pytest.mark.parametrize(
    ("version", "old", "new"),
    [
        (6, "rwanda-defence-force", "military-forces-rw"),
        (8, "fact-chad", "fact"),
        (8, "sbu", "military-forces-ua-sbu"),
    ],
)
async def test_renamed_actor_ids_follow_in_stored_data(
    tmp_path: Path, version: int, old: str, new: str
) -> None:
    """Migrations 6 and 8: what was stored under an actor's old id moves to its new one."""
    db = await open_database(tmp_path / "v.db")
    chats = ChatRepo(db)
    for chat_id in (1, 2):
        await chats.ensure(chat_id=chat_id, chat_type="private", language="en", now=NOW)
    for chat_id, target in ((1, old), (2, old), (2, new)):
        await db.conn.execute(
            "INSERT INTO subscriptions (chat_id, kind, target_id, label, created_at)"
            " VALUES (?, 'actor', ?, 'label', ?)",
            (chat_id, target, NOW.isoformat()),
        )
    async with db.transaction() as conn:
        incident_id = await IncidentRepo(db).save(
            conn, incident=make_incident(actors=("m23", old), claimed_by=old)
        )
    await db.conn.execute(  # as before the migration
        "DELETE FROM schema_version WHERE version >= ?", (version,)
    )
    await db.conn.commit()
    await db.close()

    db = await open_database(tmp_path / "v.db")
    try:
        targets = [
            (s.chat_id, s.target_id)
            for chat_id in (1, 2)
            for s in await SubscriptionRepo(db).for_chat(chat_id=chat_id)
        ]
        assert sorted(targets) == [(1, new), (2, new)]
        incident = await IncidentRepo(db).get(incident_id=incident_id)
        assert incident is not None
        assert incident.actors == ("m23", new)
        assert incident.claimed_by == new
    finally:
        await db.close()


async def test_candidates_of_several_countries_within_the_window(tmp_path: Path) -> None:
    db = await open_database(tmp_path / "v.db")
    try:
        incidents = IncidentRepo(db)
        async with db.transaction() as conn:
            il = await incidents.save(conn, incident=make_incident(key="il", country="IL"))
            ps = await incidents.save(conn, incident=make_incident(key="ps", country="PS"))
            await incidents.save(conn, incident=make_incident(key="jo", country="JO"))
        both = await incidents.candidates(around=date(2024, 1, 28), countries=["IL", "PS"])
        assert [i.id for i in both] == [il, ps]
        # three days either side: the 28th is within reach from the 31st, not two
        back = await incidents.candidates(around=date(2024, 1, 31), days=3, countries=["PS"])
        assert [i.id for i in back] == [ps]
        assert await incidents.candidates(
            around=date(2024, 1, 31), days=2, countries=["PS"]
        ) == []
    finally:
        await db.close()
