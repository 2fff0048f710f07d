"""Fan-out benchmark: one incident to N subscribers of one region, against Telegram's limits.

The fake Bot API on 127.0.0.1 (in a process of its own) answers 429 beyond 30 messages per
second overall, 1 per second per chat and 20 per minute per group. The real dispatcher and
PTB transport drain the outbox; the figures come from the fake's own record of what it
accepted.

    .venv/bin/python bench/bench_fanout.py                 # 10,000 chats at 28.5/s (~6 min)
    .venv/bin/python bench/bench_fanout.py --chats 1000    # a quicker look
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import itertools
import multiprocessing
import os
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "tests"))  # after site-packages: tests/telegram is not PTB
os.environ.setdefault("PTB_TIMEDELTA", "1")

from delivery.helpers import make_bot, make_chats, make_incident  # noqa: E402
from fakes import FakeBotAPI  # noqa: E402

from bot.domain.gazetteer import get_gazetteer  # noqa: E402
from bot.domain.matching import SubscriptionIndex  # noqa: E402
from bot.services.delivery import AlertDispatcher  # noqa: E402
from bot.storage.db import open_database  # noqa: E402
from bot.storage.repos import AlertRepo, IncidentRepo, SubscriptionRepo  # noqa: E402
from bot.telegram.sender import TelegramTransport  # noqa: E402

REGION = "a:IQ-AN"


def serve_fake_api(conn: Connection) -> None:
    """The fake Bot API in its own process, so it does not share the bot's interpreter lock."""
    os.environ["PTB_TIMEDELTA"] = "1"
    # The fake records every call; its own garbage collections (tens of ms once thousands of
    # calls are kept) would hold requests back and stamp them together, bunching arrivals the
    # way Telegram's servers do not.
    gc.disable()
    with FakeBotAPI() as api:
        api.rate_limit(per_second=30, per_chat_per_second=1, per_group_per_minute=20)
        conn.send((api.url, api.token))
        conn.recv()
        calls = [(c.params.get("chat_id"), c.time, c.status) for c in api.calls("sendMessage")]
        conn.send((calls, api.count_429))


def max_in_window(times: list[float], window: float) -> int:
    """Most events in any half-open window of ``window`` seconds."""
    best, lo = 0, 0
    for hi, t in enumerate(times):
        while t - times[lo] >= window:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


async def run(chats: int, rate: float, workdir: Path) -> None:
    gazetteer = get_gazetteer()
    db = await open_database(workdir / "fanout.db")
    chat_ids = list(range(10_000_001, 10_000_001 + chats))
    await make_chats(db, chat_ids)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    async with db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO subscriptions (chat_id, kind, target_id, label, created_at)"
            " VALUES (?, 'place', ?, 'Al Anbar', ?)",
            [(c, REGION, stamp) for c in chat_ids],
        )
    index = SubscriptionIndex.build(await SubscriptionRepo(db).all_active())
    now = datetime.now(UTC)
    async with db.transaction() as conn:
        incident = make_incident(first_seen=now, updated_at=now, fatalities=4)
        incident_id = await IncidentRepo(db).save(conn, incident=incident)
        recipients = index.match(incident, gazetteer)
        queued = await AlertRepo(db).enqueue(
            conn, incident_id=incident_id, chat_ids=recipients, priority=60, now=now
        )
    print(f"{len(recipients)} recipients matched, {queued} alerts queued; sending at {rate}/s")

    gc.freeze()  # as the bot does once its gazetteer and index are loaded
    parent, child = multiprocessing.Pipe()
    server = multiprocessing.get_context("spawn").Process(target=serve_fake_api, args=(child,))
    server.start()
    url, token = parent.recv()
    async with make_bot(url, token) as bot:
        dispatcher = AlertDispatcher(
            db=db,
            gazetteer=gazetteer,
            transport=TelegramTransport(bot),
            index=index,
            rate_per_second=rate,
        )
        started = time.monotonic()
        drains = 0
        while await AlertRepo(db).pending_count():
            await dispatcher.drain()
            drains += 1
        elapsed = time.monotonic() - started
    parent.send("stop")
    calls, count_429 = parent.recv()
    server.join()
    await db.close()

    ok = [(chat, t) for chat, t, status in calls if status == 200]
    per_chat = Counter(chat for chat, _ in ok)
    times = [t for _, t in ok]
    duplicates = sum(n - 1 for n in per_chat.values() if n > 1)
    span = times[-1] - times[0] if len(times) > 1 else 0.0
    print(f"delivered            {len(per_chat)} of {chats} chats ({len(ok)} messages)")
    print(f"429 responses        {count_429}")
    print(f"duplicates           {duplicates}")
    print(f"missing              {chats - len(per_chat)}")
    print(
        f"sustained rate       {(len(ok) - 1) / span if span else 0:.2f} msg/s over {span:.1f} s"
    )
    print(f"max in any 1 s       {max_in_window(times, 1.0)}")
    print(f"wall time            {elapsed:.1f} s in {drains} drain(s)")
    print(f"first 30 sends took  {times[min(29, len(times) - 1)] - times[0]:.3f} s")
    for chat, t, status in calls:
        if status == 429:
            window = [u for _, u in ok if t - 1.0 < u <= t]
            gaps = [round((b - a) * 1000) for a, b in itertools.pairwise(window)]
            print(
                f"429 to chat {chat}: {len(window)} accepted in the second before; gaps ms {gaps}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=28.5, help="VIGIE_SEND_RATE to use")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(run(args.chats, args.rate, Path(tmp)))


if __name__ == "__main__":
    main()
