"""Ingest benchmark: polling 200 unchanged feeds, importing a 100,000-row ACLED export.

Run: ``python bench/bench_ingest.py [--feeds 200] [--items 50] [--rows 100000]``

1. A feed server runs in a separate process (so its CPU does not count) and serves ``--feeds``
   RSS feeds of ``--items`` items each with an ETag. One round fetches and parses them all
   (cold), the next round gets 304 for every feed (the steady state): wall time (target < 2 s)
   and this process's CPU time (target < 0.5 s) of that round are printed.
2. A synthetic ACLED export of ``--rows`` rows in the real column format (places and actors
   drawn from the gazetteer, plus unknown names) is written to a temporary directory, then
   parsed and mapped with ``to_extraction``: times printed (target < 60 s in total).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import multiprocessing as mp
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from bot.domain.gazetteer import get_gazetteer
from bot.ingest.acled import ACLED_COLUMNS, iter_acled_csv, to_extraction
from bot.ingest.feeds import FeedSource
from bot.ingest.rss import FeedFetcher, FeedState

NOW = datetime(2024, 2, 15, 12, 0, tzinfo=UTC)


# --- feed server (child process) ------------------------------------------------------------


def _feed(n: int, items: int) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>',
        f"<title>Feed {n}</title><link>http://127.0.0.1/{n}</link><description>d</description>",
    ]
    for i in range(items):
        stamp = format_datetime(NOW - timedelta(minutes=10 * i))
        parts.append(
            f"<item><title>Clashes in district {i} of region {n}</title>"
            f"<link>https://news.example/{n}/{i}</link><guid>https://news.example/{n}/{i}</guid>"
            f"<pubDate>{stamp}</pubDate><description>&lt;p&gt;Fighting was reported in district "
            f"{i}; several people were killed, officials said.&lt;/p&gt;</description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def _serve(feeds: int, items: int, port_queue: Any) -> None:
    bodies = {f"/feed/{n}.xml": _feed(n, items) for n in range(feeds)}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            body = bodies.get(self.path)
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            etag = f'"{hash(self.path) & 0xFFFFFF:x}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 256

    server = Server(("127.0.0.1", 0), Handler)
    port_queue.put(server.server_address[1])
    server.serve_forever()


async def _poll_rounds(port: int, feeds: int, concurrency: int) -> None:
    sources = [
        FeedSource(url=f"http://127.0.0.1:{port}/feed/{n}.xml", name=f"Feed {n}")
        for n in range(feeds)
    ]
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits) as client:
        fetcher = FeedFetcher(client)
        states: dict[str, FeedState | None] = {s.url: None for s in sources}
        for label in ("first poll (200, parse)", "second poll (304)", "third poll (304)"):
            wall, cpu = time.perf_counter(), time.process_time()
            results = await fetcher.fetch_many(
                [(s, states[s.url]) for s in sources], now=NOW, concurrency=concurrency
            )
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            statuses: dict[str, int] = {}
            items = 0
            for source, result in results:
                states[source.url] = result.state
                statuses[result.status] = statuses.get(result.status, 0) + 1
                items += len(result.articles)
            print(
                f"  {label:<24} wall {wall:6.3f} s   cpu {cpu:6.3f} s   {statuses}  {items} items"
            )


def bench_feeds(feeds: int, items: int, concurrency: int) -> None:
    print(
        f"Polling {feeds} feeds x {items} items, concurrency {concurrency} "
        "(server in another process; targets for 304 rounds: wall < 2 s, cpu < 0.5 s)"
    )
    ctx = mp.get_context("spawn")
    ports = ctx.Queue()
    server = ctx.Process(target=_serve, args=(feeds, items, ports), daemon=True)
    server.start()
    try:
        port = ports.get(timeout=30)
        asyncio.run(_poll_rounds(port, feeds, concurrency))
    finally:
        server.terminate()
        server.join()


# --- ACLED import -----------------------------------------------------------------------------


_EVENTS = [
    ("Battles", "Armed clash", "Political violence"),
    ("Explosions/Remote violence", "Air/drone strike", "Political violence"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Political violence"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Political violence"),
    ("Violence against civilians", "Attack", "Political violence"),
    ("Protests", "Peaceful protest", "Demonstrations"),
    ("Riots", "Mob violence", "Political violence; Demonstrations"),
]
_COUNTRY_ISO = {
    "IQ": 368,
    "SY": 760,
    "YE": 887,
    "UA": 804,
    "CD": 180,
    "ML": 466,
    "BF": 854,
    "NE": 562,
    "SD": 729,
    "SO": 706,
    "NG": 566,
    "MM": 104,
    "AF": 4,
    "PS": 275,
    "LB": 422,
    "ET": 231,
}


def _write_acled(path: Path, rows: int, seed: int = 7) -> tuple[int, int]:
    rng = random.Random(seed)
    g = get_gazetteer()
    places = []
    for pid in g.places():
        place = g.place(pid)
        if (
            place is not None
            and place.level == "city"
            and place.country in _COUNTRY_ISO
            and place.lat is not None
            and place.lon is not None
        ):
            places.append(place)
    rng.shuffle(places)
    places = places[:3000]
    unknown = [(f"Village {i}", rng.choice(places)) for i in range(1000)]
    actors = [a.name for a in g.actors()][:300]
    actors += [f"Communal Militia ({i})" for i in range(200)]
    start = date(2023, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(ACLED_COLUMNS)
        for n in range(rows):
            if rng.random() < 0.2:
                location, place = rng.choice(unknown)
            else:
                place = rng.choice(places)
                location = place.name
            assert place.country is not None and place.lat is not None and place.lon is not None
            event_type, sub_event, disorder = rng.choice(_EVENTS)
            day = start + timedelta(days=rng.randrange(700))
            actor2 = rng.choice(actors) if rng.random() < 0.6 else f"Civilians ({place.country})"
            writer.writerow(
                [
                    f"{place.country}{n}",
                    day.isoformat(),
                    day.year,
                    1,
                    disorder,
                    event_type,
                    sub_event,
                    f"{rng.choice(actors)} (2021-)",
                    "",
                    "State forces",
                    actor2,
                    "",
                    "Civilians",
                    "State forces-Civilians",
                    "",
                    _COUNTRY_ISO[place.country],
                    "Region",
                    place.country,
                    place.admin1 or "",
                    "",
                    "",
                    location,
                    f"{place.lat + rng.uniform(-0.01, 0.01):.4f}",
                    f"{place.lon + rng.uniform(-0.01, 0.01):.4f}",
                    1,
                    "Local source",
                    "National",
                    f"On {day}, an event was reported near {location}.",
                    rng.choice((0, 0, 0, 1, 2, 5, 12)),
                    "",
                    1700000000 + n,
                ]
            )
    return len(places), len(actors)


def bench_acled(rows: int) -> None:
    print(f"ACLED import of {rows:,} rows (target: parse + to_extraction < 60 s)")
    started = time.perf_counter()
    g = get_gazetteer()
    print(f"  gazetteer load           {time.perf_counter() - started:6.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "acled.csv"
        started = time.perf_counter()
        n_places, n_actors = _write_acled(path, rows)
        size = path.stat().st_size / 1e6
        print(
            f"  generate CSV             {time.perf_counter() - started:6.2f} s   "
            f"({size:.1f} MB; {n_places} known places + 1000 unknown, {n_actors} actors)"
        )
        started = time.perf_counter()
        reader = iter_acled_csv(path)
        events = list(reader)
        parse = time.perf_counter() - started
        print(
            f"  parse                    {parse:6.2f} s   "
            f"({len(events):,} events, {reader.skipped} skipped, "
            f"{len(events) / parse:,.0f} rows/s)"
        )
        started = time.perf_counter()
        placed = with_actors = 0
        for event in events:
            extraction = to_extraction(event, g)
            placed += bool(extraction.place_id and extraction.place_id.startswith(("g:", "s:")))
            with_actors += bool(extraction.actors)
        mapped = time.perf_counter() - started
        print(
            f"  to_extraction            {mapped:6.2f} s   "
            f"({len(events) / mapped:,.0f} rows/s; {placed:,} placed on a city or site, "
            f"{with_actors:,} with a known actor)"
        )
        print(f"  total parse + map        {parse + mapped:6.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--concurrency", type=int, default=10)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--skip-acled", action="store_true")
    args = parser.parse_args()
    bench_feeds(args.feeds, args.items, args.concurrency)
    if not args.skip_acled:
        bench_acled(args.rows)


if __name__ == "__main__":
    main()
