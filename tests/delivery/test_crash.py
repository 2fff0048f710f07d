"""Kill the bot mid fan-out, start it again: every chat gets its alert, only in-flight repeats."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from pathlib import Path

from fakes import FakeBotAPI, FeedServer, rss

from bot.storage.db import open_database

from .helpers import chat_ids_of_alerts, make_chats, queue_incident, states

ROOT = Path(__file__).resolve().parents[2]
CHATS = list(range(9001, 9301))


def bot_env(api: FakeBotAPI, feeds: FeedServer, database: Path) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "PTB_TIMEDELTA": "1",
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_BASE_URL": f"{api.url}/bot",
        "TELEGRAM_API_BASE_FILE_URL": f"{api.url}/file/bot",
        "VIGIE_DATABASE": str(database),
        "VIGIE_FEEDS": feeds.url("/feed.xml"),
        "VIGIE_POLL_SECONDS": "3600",
        "VIGIE_SEND_RATE": "100",
        "VIGIE_SEND_INTERVAL": "0.2",
        # One request in flight at a time: then at most one message may repeat.
        "VIGIE_SEND_CONCURRENCY": "1",
    }


async def start_bot(env: dict[str, str], cwd: Path, log: Path) -> asyncio.subprocess.Process:
    with log.open("ab") as err:
        return await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            cwd=cwd,
            env=env,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=err,
        )


def delivered(api: FakeBotAPI) -> Counter[int]:
    return Counter(int(m["chat_id"]) for m in api.sent_messages())


async def test_sigkill_mid_fan_out_then_restart(
    tmp_path: Path, bot_api: FakeBotAPI, feed_server: FeedServer
) -> None:
    database = tmp_path / "vigie.db"
    db = await open_database(database)
    await make_chats(db, CHATS)
    await queue_incident(db, CHATS)
    await db.close()
    feed_server.set("/feed.xml", rss([]))
    env = bot_env(bot_api, feed_server, database)
    log = tmp_path / "bot.log"

    first = await start_bot(env, tmp_path, log)
    try:
        await bot_api.wait_for(lambda: len(bot_api.sent_messages()) >= 80, timeout=60)
    finally:
        first.send_signal(signal.SIGKILL)
        await first.wait()
    before = delivered(bot_api)
    assert len(before) < len(CHATS), "the fan-out finished before the kill; nothing tested"

    db = await open_database(database)
    in_flight = set(await chat_ids_of_alerts(db, "sending"))
    pending = set(await chat_ids_of_alerts(db, "pending"))
    await db.close()
    assert len(in_flight) <= 1
    # Every chat not yet served is still queued, the one in flight included.
    assert set(CHATS) - set(before) <= pending | in_flight

    second = await start_bot(env, tmp_path, log)
    try:
        await bot_api.wait_for(lambda: set(delivered(bot_api)) >= set(CHATS), timeout=60)
        await asyncio.sleep(0.5)  # anything extra would show up now
    finally:
        second.send_signal(signal.SIGTERM)
        code = await second.wait()
    text = log.read_text(encoding="utf-8", errors="replace")
    assert code == 0, text[-3000:]
    assert "database closed" in text

    counts = delivered(bot_api)
    assert set(counts) == set(CHATS)
    repeated = {chat for chat, n in counts.items() if n > 1}
    assert repeated <= in_flight
    assert max(counts.values()) <= 2
    db = await open_database(database)
    assert await states(db) == {"sent": len(CHATS)}
    await db.close()
