"""Matching benchmark: 1,000,000 subscriptions over 100,000 chats, on real gazetteer ids.

Builds (once, cached) a SQLite database of chats and subscriptions — countries, first-level
divisions, cities, actors and radius circles around cities, popular targets more often — then
loads the subscription index from it as the bot does at start-up and matches incidents.

    .venv/bin/python bench/bench_matching.py                  # the bot's start-up path
    .venv/bin/python bench/bench_matching.py --loader models  # one model object per row

Run each loader in its own process: resident memory is the process's, peak included.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import bot.app  # noqa: E402, F401  (the whole bot's modules count in its memory)
from bot.domain.gazetteer import Gazetteer, get_gazetteer  # noqa: E402
from bot.domain.matching import SubscriptionIndex  # noqa: E402
from bot.domain.models import Incident, Status  # noqa: E402
from bot.services.subscriptions import SubscriptionService  # noqa: E402
from bot.storage.db import Database, open_database  # noqa: E402
from bot.storage.repos import SubscriptionRepo  # noqa: E402

KINDS = (("country", 0.30), ("admin1", 0.25), ("city", 0.25), ("actor", 0.12), ("radius", 0.08))
RADII = (25.0, 50.0, 100.0, 250.0, 500.0)


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MB."""
    fields: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields["VmRSS"], fields["VmHWM"]


def skewed(count: int) -> list[float]:
    """Cumulative Zipf-like weights: the first items are the popular ones."""
    return list(itertools.accumulate(1.0 / (rank + 1) ** 0.9 for rank in range(count)))


class Targets:
    def __init__(self, g: Gazetteer, rng: random.Random) -> None:
        by_level: dict[str, list[str]] = {"country": [], "admin1": [], "city": []}
        for pid in g.places():
            place = g.place(pid)
            if place is not None and place.level in by_level:
                by_level[place.level].append(pid)
        for ids in by_level.values():
            rng.shuffle(ids)
        self.cities = [p for p in (g.place(i) for i in by_level["city"]) if p is not None]
        self.cities.sort(key=lambda p: -p.population)
        self.ids = by_level
        self.weights = {
            "country": skewed(len(by_level["country"])),
            "admin1": skewed(len(by_level["admin1"])),
            "city": list(itertools.accumulate(max(1.0, p.population) ** 0.5 for p in self.cities)),
        }
        self.actors = [a.id for a in g.actors()]
        rng.shuffle(self.actors)
        self.actor_weights = skewed(len(self.actors))


def subscription_rows(targets: Targets, rng: random.Random, chats: int, total: int) -> list[Any]:
    kinds = [k for k, _ in KINDS]
    kind_weights = [w for _, w in KINDS]
    rows: list[Any] = []
    stamp = "2024-01-01T00:00:00.000000Z"
    per_chat = total // chats
    for chat in range(1, chats + 1):
        seen: set[tuple[str, str, float | None]] = set()
        while len(seen) < per_chat:
            kind = rng.choices(kinds, kind_weights)[0]
            km = lat = lon = None
            if kind in ("country", "admin1"):
                target = rng.choices(targets.ids[kind], cum_weights=targets.weights[kind])[0]
                kind = "place"
            elif kind == "city":
                target = rng.choices(targets.cities, cum_weights=targets.weights["city"])[0].id
                kind = "place"
            elif kind == "actor":
                target = rng.choices(targets.actors, cum_weights=targets.actor_weights)[0]
            else:
                city = rng.choices(targets.cities, cum_weights=targets.weights["city"])[0]
                target, km, lat, lon = city.id, rng.choice(RADII), city.lat, city.lon
            key = (kind, target, km)
            if key in seen:
                continue
            seen.add(key)
            rows.append((chat, kind, target, target, km, lat, lon, stamp))
    return rows


async def build_database(path: Path, g: Gazetteer, chats: int, total: int) -> None:
    rng = random.Random(7)
    started = time.perf_counter()
    rows = subscription_rows(Targets(g, rng), rng, chats, total)
    db = await open_database(path)
    stamp = "2024-01-01T00:00:00.000000Z"
    async with db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO chats (id, created_at, updated_at) VALUES (?, ?, ?)",
            [(c, stamp, stamp) for c in range(1, chats + 1)],
        )
        await conn.executemany(
            "INSERT INTO subscriptions (chat_id, kind, target_id, label, km, lat, lon,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    await db.close()
    print(f"database built: {len(rows):,} subscriptions in {time.perf_counter() - started:.1f} s")


async def load_rows(db: Database, g: Gazetteer) -> SubscriptionIndex:
    """The bot's own start-up path: SubscriptionService.load_index (streamed rows)."""
    index = SubscriptionIndex()
    await SubscriptionService(db=db, gazetteer=g, index=index).load_index()
    return index


def incidents(g: Gazetteer, n: int, rng: random.Random) -> list[Incident]:
    targets = Targets(g, rng)
    out = []
    now = datetime.now(UTC)
    for i in range(n):
        city = rng.choices(targets.cities, cum_weights=targets.weights["city"])[0]
        actors = tuple(rng.sample(targets.actors[:200], rng.choice((0, 1, 2))))
        out.append(
            Incident(
                key=f"b{i}",
                event_type="Explosions/Remote violence",
                place_id=city.id,
                place=city.name,
                country=city.country,
                lat=city.lat,
                lon=city.lon,
                actors=actors,
                status=Status.REPORTED,
                incident_date=now.date(),
                first_seen=now,
                updated_at=now,
            )
        )
    return out


async def run(args: argparse.Namespace) -> None:
    started = time.perf_counter()
    g = get_gazetteer()
    print(f"gazetteer loaded in {time.perf_counter() - started:.1f} s; RSS {rss_mb()[0]:.0f} MB")
    path = Path(args.database)
    if args.build:
        await build_database(path, g, args.chats, args.subscriptions)
    probes = incidents(g, args.incidents, random.Random(11))
    before = rss_mb()[0]
    db = await open_database(path)
    started = time.perf_counter()
    if args.loader == "models":
        index = SubscriptionIndex.build(await SubscriptionRepo(db).all_active())
    else:
        index = await load_rows(db, g)
    load = time.perf_counter() - started
    await db.close()
    now_mb, peak_mb = rss_mb()
    print(
        f"index load ({args.loader}): {len(index):,} subscriptions in {load:.2f} s; "
        f"RSS {now_mb:.0f} MB (index {now_mb - before:.0f} MB), peak {peak_mb:.0f} MB"
    )

    timings: list[float] = []
    recipients: list[int] = []
    for incident in probes:
        t0 = time.perf_counter()
        found = index.match(incident, g)
        timings.append((time.perf_counter() - t0) * 1000)
        recipients.append(len(found))
    timings.sort()
    p = statistics.quantiles(timings, n=100)
    print(
        f"match over {len(probes):,} incidents: p50 {p[49]:.3f} ms, p99 {p[98]:.3f} ms, "
        f"max {timings[-1]:.3f} ms; recipients mean {statistics.mean(recipients):,.0f}, "
        f"max {max(recipients):,}"
    )
    now_mb, peak_mb = rss_mb()
    print(f"resident memory of the process: {now_mb:.0f} MB now, {peak_mb:.0f} MB peak")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=100_000)
    parser.add_argument("--subscriptions", type=int, default=1_000_000)
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--loader", choices=("models", "rows"), default="rows")
    parser.add_argument("--database", default="/tmp/vigie-bench-subscriptions.db")
    args = parser.parse_args()
    args.build = not Path(args.database).exists()
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
