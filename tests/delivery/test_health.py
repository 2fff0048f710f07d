"""The /health endpoint on its own: the report, and 503 when the database is gone."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import httpx
from telegram import Bot

from bot.domain.gazetteer import get_gazetteer
from bot.health import HealthServer, HealthState, check_health
from bot.services.delivery import AlertDispatcher
from bot.storage.db import open_database
from bot.telegram.sender import TelegramTransport

from .helpers import make_chats, queue_incident


async def test_health_reports_the_queue_then_a_dead_database(tmp_path: Path) -> None:
    db = await open_database(tmp_path / "vigie.db")
    await make_chats(db, [1, 2])
    await queue_incident(db, [1, 2])
    unused = TelegramTransport(Bot("1:x", base_url="http://127.0.0.1:9/bot"))
    dispatcher = AlertDispatcher(db=db, gazetteer=get_gazetteer(), transport=unused)
    polled = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    state = HealthState(last_poll=polled)
    server = HealthServer(lambda: check_health(db=db, dispatcher=dispatcher, state=state))
    await server.start()
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{server.port}") as client:
            ok = await client.get("/health")
            assert ok.status_code == 200
            assert ok.json() == {
                "status": "ok",
                "last_poll": polled.isoformat(),
                "last_send": None,
                "queue": 2,
                "db": True,
            }
            assert (await client.post("/health")).status_code == 405
            await db.close()
            dead = await client.get("/health")
            assert dead.status_code == 503
            assert dead.json()["status"] == "error" and dead.json()["db"] is False
    finally:
        await server.close()
