"""Delivery inside the running application: jobs, my_chat_member, /start and /health."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from e2e.harness import make_settings, running_bot
from fakes import FakeBotAPI, FeedServer, rss

from bot.app import Services
from bot.domain.models import AlertState
from bot.storage.repos import AlertRepo, ChatRepo

from .helpers import make_incident, queue_incident

CHAT = 321


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def until(predicate: Callable[[], Awaitable[bool]], timeout: float = 10.0) -> None:  # noqa: ASYNC109
    async with asyncio.timeout(timeout):
        while not await predicate():  # noqa: ASYNC110 - the state lives in the database
            await asyncio.sleep(0.05)


async def say(api: FakeBotAPI, text: str) -> None:
    before = len(api.sent_messages(CHAT))
    api.inject_message(CHAT, text)
    await api.wait_for_messages(CHAT, before + 1)


async def chat_active(services: Services) -> bool:
    chat = await ChatRepo(services.db).get(chat_id=CHAT)
    assert chat is not None
    return chat.active


async def test_blocked_by_my_chat_member_then_back_with_start(
    tmp_path: Path, bot_api: FakeBotAPI, feed_server: FeedServer
) -> None:
    feed_server.set("/feed.xml", rss([]))
    port = free_port()
    settings = make_settings(
        bot_api,
        tmp_path / "vigie.db",
        VIGIE_FEEDS=feed_server.url("/feed.xml"),
        VIGIE_HEALTH_PORT=port,
    )
    async with running_bot(settings) as (_app, services):
        await say(bot_api, "/start")
        await say(bot_api, "/subscribe Iraq")
        assert CHAT in services.index.match(make_incident(), services.gazetteer)

        # The deliver job sends what is queued.
        replies = len(bot_api.sent_messages(CHAT))
        await queue_incident(services.db, [CHAT])
        await bot_api.wait_for_messages(CHAT, replies + 1)

        # An alert not due yet, then the person blocks the bot.
        await queue_incident(services.db, [CHAT], now=datetime.now(UTC) + timedelta(hours=1))
        bot_api.inject_my_chat_member(CHAT, "kicked")
        await until(lambda: _inactive(services))
        alerts = await AlertRepo(services.db).for_chat(chat_id=CHAT)
        assert [a.state for a in alerts] == [AlertState.SENT, AlertState.DROPPED]
        assert CHAT not in services.index.match(make_incident(), services.gazetteer)

        async with httpx.AsyncClient() as client:
            answer = await client.get(f"http://127.0.0.1:{port}/health")
            missing = await client.get(f"http://127.0.0.1:{port}/nothing")
        assert answer.status_code == 200 and missing.status_code == 404
        health = answer.json()
        assert health["status"] == "ok" and health["db"] is True
        assert health["queue"] == 0
        assert health["last_send"] is not None
        assert set(health) == {"status", "last_poll", "last_send", "queue", "db"}

        # Back with /start: active again, and matched again.
        await say(bot_api, "/start")
        await until(lambda: chat_active(services))
        assert CHAT in services.index.match(make_incident(), services.gazetteer)


async def _inactive(services: Services) -> bool:
    return not await chat_active(services)
