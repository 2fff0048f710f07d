"""The dispatcher against the fake Bot API: limits, errors, order, edits and updates."""

from __future__ import annotations

import itertools
import logging
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fakes import FakeBotAPI
from telegram import Bot

from bot.domain.gazetteer import Gazetteer, get_gazetteer
from bot.domain.matching import SubscriptionIndex
from bot.domain.models import AlertState, Subscription
from bot.services.delivery import AlertDispatcher
from bot.services.subscriptions import SubscriptionService
from bot.storage.db import Database, open_database
from bot.storage.repos import AlertRepo, ChatRepo, SubscriptionRepo
from bot.telegram.sender import TelegramTransport

from .helpers import (
    Clock,
    make_bot,
    make_chats,
    make_incident,
    queue_incident,
    states,
    update_facts,
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await open_database(tmp_path / "vigie.db")
    yield database
    await database.close()


@pytest.fixture
async def bot(bot_api: FakeBotAPI) -> AsyncIterator[Bot]:
    async with make_bot(bot_api.url, bot_api.token) as b:
        yield b


def dispatcher(db: Database, gazetteer: Gazetteer, bot: Bot, **options: Any) -> AlertDispatcher:
    return AlertDispatcher(db=db, gazetteer=gazetteer, transport=TelegramTransport(bot), **options)


async def drain_all(d: AlertDispatcher, db: Database, *, rounds: int = 20) -> None:
    for _ in range(rounds):
        await d.drain()
        if not await AlertRepo(db).pending_count():
            return
    raise AssertionError("the outbox did not empty")


def delivery_order(alerts: list[Any]) -> list[int]:
    """Incident ids of a chat's sent alerts in the order Telegram received them."""
    sent = [a for a in alerts if a.state == AlertState.SENT]
    return [a.incident_id for a in sorted(sent, key=lambda a: a.message_id)]


async def test_fan_out_reaches_every_chat_once_within_limits(
    db: Database, gazetteer: Gazetteer, bot: Bot, bot_api: FakeBotAPI
) -> None:
    chats = list(range(5001, 5201))
    await make_chats(db, chats)
    await queue_incident(db, chats)
    bot_api.rate_limit(per_second=250, per_chat_per_second=1, per_group_per_minute=20)

    stats = await dispatcher(db, gazetteer, bot, rate_per_second=200).drain()

    ok = [c for c in bot_api.calls("sendMessage") if c.ok]
    assert Counter(c.params["chat_id"] for c in ok) == Counter(chats)
    assert bot_api.count_429 == 0
    assert stats.sent == 200
    assert await states(db) == {"sent": 200}
    order = [c.params["chat_id"] for c in ok]
    assert order != sorted(order) and order != sorted(order, reverse=True)
    # No burst at start-up: the first 20 sends are spread over about 20 slots of 1/200 s.
    times = [c.time for c in ok]
    assert times[20] - times[0] >= 20 / 200 * 0.7


async def test_urgent_and_newer_incidents_first_and_chat_order_kept(
    db: Database, gazetteer: Gazetteer, bot: Bot, bot_api: FakeBotAPI
) -> None:
    await make_chats(db, [1])
    old_minor = await queue_incident(db, [1], priority=20)
    old_deadly = await queue_incident(db, [1], priority=70)
    new_deadly = await queue_incident(db, [1], priority=70)

    await dispatcher(db, gazetteer, bot, private_interval=0.05).drain()

    alerts = await AlertRepo(db).for_chat(chat_id=1)
    assert delivery_order(alerts) == [new_deadly, old_deadly, old_minor]


async def test_one_private_chat_gets_one_message_per_second(
    db: Database, gazetteer: Gazetteer, bot: Bot, bot_api: FakeBotAPI
) -> None:
    await make_chats(db, [7])
    for _ in range(3):
        await queue_incident(db, [7])
    bot_api.rate_limit(per_second=30, per_chat_per_second=1, per_group_per_minute=20)

    await drain_all(dispatcher(db, gazetteer, bot), db)

    times = [c.time for c in bot_api.calls("sendMessage") if c.ok]
    assert len(times) == 3
    assert all(b - a >= 0.95 for a, b in itertools.pairwise(times))
    assert bot_api.count_429 == 0


async def test_group_limit_is_a_sliding_window(
    db: Database, gazetteer: Gazetteer, bot: Bot, bot_api: FakeBotAPI
) -> None:
    group = -100_555
    await make_chats(db, [group], chat_type="supergroup")
    for _ in range(5):
        await queue_incident(db, [group])
    d = dispatcher(db, gazetteer, bot, private_interval=0.05, group_limit=2, group_window=1.0)

    await drain_all(d, db)

    times = [c.time for c in bot_api.calls("sendMessage") if c.ok]
    assert len(times) == 5
    # Any two sends two apart are a full window apart: never 3 in one window.
    assert all(times[i + 2] - times[i] >= 0.95 for i in range(len(times) - 2))


async def test_429_pauses_everything_and_keeps_the_chat_order(
    db: Database, gazetteer: Gazetteer, bot: Bot, bot_api: FakeBotAPI
) -> None:
    await make_chats(db, [1, 2])
    first = await queue_incident(db, [1], priority=30)
    second = await queue_incident(db, [1], priority=20)
    other = await queue_incident(db, [2], priority=10)
    bot_api.fail_chat(1, 429, retry_after=1, times=1)
    d = dispatcher(db, gazetteer, bot, private_interval=0.05, concurrency=1)

    await drain_all(d, db)

    calls = bot_api.calls("sendMessage")
    refused = [c for c in calls if c.status == 429]
    assert len(refused) == 1 and bot_api.count_429 == 1
    assert delivery_order(await AlertRepo(db).for_chat(chat_id=1)) == [first, second]
    assert delivery_order(await AlertRepo(db).for_chat(chat_id=2)) == [other]
    after = [c for c in calls if c.ok]
    assert all(c.time >= refused[0].time + 0.95 for c in after)
    assert await states(db) == {"sent": 3}


@pytest.mark.parametrize(("code", "description"), [(403, None), (400, None)])
async def test_a_chat_that_left_is_deactivated_and_comes_back_with_start(
    db: Database,
    gazetteer: Gazetteer,
    bot: Bot,
    bot_api: FakeBotAPI,
    code: int,
    description: str | None,
) -> None:
    now = datetime.now(UTC)
    await make_chats(db, [1, 2])
    for chat in (1, 2):
        await SubscriptionRepo(db).add(
            subscription=Subscription(chat_id=chat, kind="place", target_id="c:IQ", label="Iraq"),
            now=now,
        )
    index = SubscriptionIndex.build(await SubscriptionRepo(db).all_active())
    service = SubscriptionService(db=db, gazetteer=gazetteer, index=index)
    first = await queue_incident(db, [1, 2], priority=60)
    await queue_incident(db, [2], priority=10)
    bot_api.fail_chat(2, code, description)
    d = dispatcher(db, gazetteer, bot, index=index, private_interval=0.05)

    await drain_all(d, db)

    chat = await ChatRepo(db).get(chat_id=2)
    assert chat is not None and not chat.active
    assert [a.state for a in await AlertRepo(db).for_chat(chat_id=2)] == [
        AlertState.DROPPED,
        AlertState.DROPPED,
    ]
    assert len(bot_api.calls("sendMessage")) == 2  # one delivered, one refused, no retry
    assert index.match(make_incident(), gazetteer) == {1}

    # The person sends /start again.
    assert await service.reactivate(chat_id=2)
    bot_api.clear_failures()
    assert index.match(make_incident(), gazetteer) == {1, 2}
    later = await queue_incident(db, index.match(make_incident(), gazetteer))
    await drain_all(d, db)
    assert delivery_order(await AlertRepo(db).for_chat(chat_id=2)) == [later]
    assert delivery_order(await AlertRepo(db).for_chat(chat_id=1)) == [first, later]


async def test_server_errors_are_retried_with_backoff_then_given_up(
    db: Database,
    gazetteer: Gazetteer,
    bot: Bot,
    bot_api: FakeBotAPI,
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = Clock()
    await make_chats(db, [1, 2])
    flaky = await queue_incident(db, [1], now=clock())
    broken = await queue_incident(db, [2], now=clock())
    bot_api.fail_chat(1, 500, times=2)
    bot_api.fail_chat(2, 502)
    d = dispatcher(db, gazetteer, bot, clock=clock, give_up_after=timedelta(hours=1))

    await d.drain()
    assert await states(db) == {"pending": 2}
    await d.drain()  # not due yet: nothing is tried again at once
    assert len(bot_api.calls("sendMessage")) == 2
    for _ in range(3):
        clock.advance(minutes=20)
        await d.drain()
    [sent] = await AlertRepo(db).for_chat(chat_id=1)
    assert sent.state == AlertState.SENT and sent.attempts == 3 and sent.incident_id == flaky

    clock.advance(hours=2)
    with caplog.at_level(logging.ERROR, logger="bot.services.delivery"):
        await d.drain()
    [failed] = await AlertRepo(db).for_chat(chat_id=2)
    assert failed.state == AlertState.FAILED and failed.incident_id == broken
    assert any("given up" in r.getMessage() for r in caplog.records)
    await d.drain()
    assert await AlertRepo(db).pending_count() == 0


async def test_network_errors_are_retried(
    db: Database, gazetteer: Gazetteer, caplog: pytest.LogCaptureFixture
) -> None:
    await make_chats(db, [1])
    await queue_incident(db, [1])
    # Nothing listens on port 9 of 127.0.0.1: the connection is refused.
    nowhere = Bot("1:x", base_url="http://127.0.0.1:9/bot")
    d = dispatcher(db, gazetteer, nowhere)
    with caplog.at_level(logging.WARNING, logger="bot.services.delivery"):
        stats = await d.drain()
    await nowhere.shutdown()
    assert stats.retried == 1
    [alert] = await AlertRepo(db).for_chat(chat_id=1)
    assert alert.state == AlertState.PENDING and alert.attempts == 1
    assert any("retry in" in r.getMessage() for r in caplog.records)


async def test_new_facts_edit_a_recent_alert_and_reply_to_an_old_one(
    db: Database, gazetteer: Gazetteer, bot: Bot, bot_api: FakeBotAPI
) -> None:
    clock = Clock()
    await make_chats(db, [1])
    incident = await queue_incident(db, [1], now=clock(), fatalities=0)
    d = dispatcher(db, gazetteer, bot, clock=clock, edit_window=timedelta(hours=6))
    await d.drain()
    [alert] = await AlertRepo(db).for_chat(chat_id=1)
    assert alert.message_id is not None

    clock.advance(hours=1)
    await update_facts(db, incident, now=clock(), fatalities=5)
    stats = await d.drain()
    assert stats.edited == 1
    [edit] = bot_api.edits(1, alert.message_id)
    assert "5" in edit["text"]
    assert len(bot_api.sent_messages(1)) == 1

    clock.advance(hours=7)
    await update_facts(db, incident, now=clock(), fatalities=9)
    stats = await d.drain()
    assert stats.updates == 1
    messages = bot_api.sent_messages(1)
    assert len(messages) == 2  # the alert and one short update, never a second alert
    update = messages[1]
    assert update["reply_parameters"]["message_id"] == alert.message_id
    assert "9" in update["text"] and update["text"] != messages[0]["text"]
    await d.drain()
    assert len(bot_api.sent_messages(1)) == 2 and len(bot_api.edits(1)) == 1


async def test_a_new_source_alone_edits_a_recent_alert_and_sends_nothing_later(
    db: Database, gazetteer: Gazetteer, bot: Bot, bot_api: FakeBotAPI
) -> None:
    clock = Clock()
    await make_chats(db, [1])
    incident = await queue_incident(db, [1], now=clock(), fatalities=0)
    d = dispatcher(db, gazetteer, bot, clock=clock, edit_window=timedelta(hours=6))
    await d.drain()
    [alert] = await AlertRepo(db).for_chat(chat_id=1)
    assert alert.message_id is not None

    clock.advance(hours=1)
    await update_facts(db, incident, now=clock(), sources_only=True)
    assert (await d.drain()).edited == 1

    clock.advance(hours=7)
    await update_facts(db, incident, now=clock(), sources_only=True)
    stats = await d.drain()
    assert stats.updates == 0 and stats.edited == 0
    # One edit request (same text here, so Telegram answers "not modified"), no new message.
    assert len(bot_api.sent_messages(1)) == 1 and len(bot_api.calls("editMessageText")) == 1
    [alert] = await AlertRepo(db).for_chat(chat_id=1)
    assert not alert.needs_update

    # New facts still win over a pending "new source" flag.
    await update_facts(db, incident, now=clock(), sources_only=True)
    await update_facts(db, incident, now=clock(), fatalities=4)
    await update_facts(db, incident, now=clock(), sources_only=True)
    assert (await d.drain()).updates == 1
    assert len(bot_api.sent_messages(1)) == 2


async def test_an_edit_of_a_deleted_message_becomes_an_update(
    db: Database, gazetteer: Gazetteer, bot: Bot, bot_api: FakeBotAPI
) -> None:
    await make_chats(db, [1])
    incident = await queue_incident(db, [1], fatalities=0)
    d = dispatcher(db, gazetteer, bot)
    await d.drain()
    bot_api.fail_chat(1, 400, "Bad Request: message to edit not found", times=1)
    await update_facts(db, incident, now=datetime.now(UTC), fatalities=3)
    stats = await d.drain()
    assert stats.updates == 1
    assert len(bot_api.sent_messages(1)) == 2
    [alert] = await AlertRepo(db).for_chat(chat_id=1)
    assert not alert.needs_update


async def test_a_pending_alert_is_sent_with_the_newest_facts(
    db: Database, gazetteer: Gazetteer, bot: Bot, bot_api: FakeBotAPI
) -> None:
    await make_chats(db, [1])
    incident = await queue_incident(db, [1], fatalities=0)
    await update_facts(db, incident, now=datetime.now(UTC), fatalities=12)
    await dispatcher(db, gazetteer, bot).drain()
    [message] = bot_api.sent_messages(1)
    assert "12" in message["text"]
    assert bot_api.edits() == []


async def test_a_message_telegram_refuses_is_given_up_at_once(
    db: Database, gazetteer: Gazetteer, bot: Bot, bot_api: FakeBotAPI
) -> None:
    await make_chats(db, [1])
    await queue_incident(db, [1])
    bot_api.fail_chat(1, 400, "Bad Request: message is too long", times=1)
    stats = await dispatcher(db, gazetteer, bot).drain()
    assert stats.failed == 1
    [alert] = await AlertRepo(db).for_chat(chat_id=1)
    assert alert.state == AlertState.FAILED
    chat = await ChatRepo(db).get(chat_id=1)
    assert chat is not None and chat.active


async def test_stopping_finishes_the_sends_in_flight_and_leaves_the_rest_queued(
    db: Database, gazetteer: Gazetteer, bot: Bot, bot_api: FakeBotAPI
) -> None:
    chats = list(range(1, 41))
    await make_chats(db, chats)
    await queue_incident(db, chats)
    d = dispatcher(db, gazetteer, bot, rate_per_second=100)
    stats = await d.drain(keep_going=lambda: len(bot_api.calls("sendMessage")) < 10)
    counts = await states(db)
    assert "sending" not in counts
    assert counts["sent"] == stats.sent == len(bot_api.sent_messages())
    assert 10 <= counts["sent"] < 40
    assert counts["pending"] == 40 - counts["sent"]


async def test_messages_outside_the_outbox_share_the_limits(
    db: Database, gazetteer: Gazetteer, bot: Bot, bot_api: FakeBotAPI
) -> None:
    await make_chats(db, [1])
    await queue_incident(db, [1])
    d = dispatcher(db, gazetteer, bot)
    await d.drain()
    chat = await ChatRepo(db).get(chat_id=1)
    assert chat is not None
    await d.send_paced(chat, "Daily digest")
    first, second = (c.time for c in bot_api.calls("sendMessage"))
    assert second - first >= 0.95
