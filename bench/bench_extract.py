"""Extraction throughput and deduplication cost.

Run: ``python bench/bench_extract.py``. Prints:

* articles per second on one core for ~800-word articles (target >= 200/s): each labelled
  article of tests/data/corpus padded with paragraphs of the others up to about 800 words;
* milliseconds per report to find its duplicate among 100,000 stored incidents (target < 5 ms).

Storage must index incidents on ``(incident_date, country)`` (``dedup.incident_keys``) and, for
a new report, fetch the incidents under ``dedup.dedup_keys(extraction)`` — the five days around
its date in its country. The benchmark simulates that index with a dict.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.domain.dedup import dedup_keys, find_duplicate, incident_keys  # noqa: E402
from bot.domain.extract import extract  # noqa: E402
from bot.domain.gazetteer import get_gazetteer  # noqa: E402
from bot.domain.models import EVENT_TYPES, Article, Extraction, Incident, Status  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus" / "articles.jsonl"


def _articles(words: int = 800) -> list[Article]:
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    paragraphs = [p for r in records for p in r["body"].split("\n\n")]
    out: list[Article] = []
    rng = random.Random(1)
    for r in records:
        body = r["body"]
        while len(body.split()) < words:
            body += "\n\n" + rng.choice(paragraphs)
        out.append(
            Article.model_validate({**{k: v for k, v in r.items() if k != "gold"}, "body": body})
        )
    return out


def bench_extract() -> None:
    gazetteer = get_gazetteer()
    articles = _articles()
    extract(articles[0], gazetteer)  # build the scanner once
    words = statistics.mean(len(a.body.split()) for a in articles)
    rounds = 5
    rates: list[float] = []
    for _ in range(5):  # five timed passes: a busy machine slows some, the median tells
        start = time.perf_counter()
        for _ in range(rounds):
            for article in articles:
                extract(article, gazetteer)
        rates.append(rounds * len(articles) / (time.perf_counter() - start))
    n = rounds * len(articles)
    print(
        f"extract: {n} articles of ~{words:.0f} words a pass, 5 passes -> median "
        f"{statistics.median(rates):.0f} articles/s (slowest {min(rates):.0f}, fastest "
        f"{max(rates):.0f}; one core)"
    )


def bench_dedup(stored: int = 100_000, reports: int = 2_000) -> None:
    gazetteer = get_gazetteer()
    rng = random.Random(7)
    countries = [
        "UA",
        "RU",
        "SD",
        "CD",
        "SO",
        "ML",
        "BF",
        "NE",
        "NG",
        "SY",
        "IQ",
        "YE",
        "PS",
        "IL",
        "LB",
        "MM",
        "PK",
        "AF",
        "HT",
        "ET",
        "MZ",
        "CM",
        "CF",
        "LY",
        "CO",
    ]
    cities: dict[str, list[tuple[str, float, float]]] = {c: [] for c in countries}
    for pid in gazetteer.places():
        place = gazetteer.place(pid)
        if (
            place is not None and place.level == "city" and place.country in cities
            and place.lat is not None and place.lon is not None
        ):
            cities[place.country].append((pid, place.lat, place.lon))
    subs = [
        (et, s)
        for et, ss in EVENT_TYPES.items()
        for s in ss
        if et in ("Battles", "Explosions/Remote violence", "Violence against civilians")
    ]
    first = date(2024, 1, 1)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    index: dict[tuple[str, str], list[Incident]] = defaultdict(list)
    for i in range(stored):
        country = rng.choice(countries)
        pid, lat, lon = rng.choice(cities[country])
        et, sub = rng.choice(subs)
        inc = Incident(
            key=f"k{i}",
            event_type=et,
            sub_event_type=sub,
            place_id=pid,
            country=country,
            lat=lat,
            lon=lon,
            incident_date=first + timedelta(days=rng.randrange(730)),
            first_seen=now,
            updated_at=now,
            status=Status.REPORTED,
            fatalities=rng.randrange(30),
        )
        for key in incident_keys(inc):
            index[key].append(inc)
    exts: list[Extraction] = []
    for _ in range(reports):
        country = rng.choice(countries)
        pid, lat, lon = rng.choice(cities[country])
        et, sub = rng.choice(subs)
        exts.append(
            Extraction(
                is_incident=True,
                event_type=et,
                sub_event_type=sub,
                place_id=pid,
                country=country,
                lat=lat,
                lon=lon,
                incident_date=first + timedelta(days=rng.randrange(730)),
                fatalities=3,
            )
        )
    sizes: list[int] = []
    matched = 0
    start = time.perf_counter()
    for ext in exts:
        candidates = [inc for key in dedup_keys(ext) for inc in index.get(key, ())]
        sizes.append(len(candidates))
        if find_duplicate(ext, published=now, candidates=candidates, gazetteer=gazetteer):
            matched += 1
    elapsed = time.perf_counter() - start
    print(
        f"dedup: {reports} reports against {stored} stored incidents: "
        f"{1000 * elapsed / reports:.3f} ms/report (index lookup + comparison), "
        f"{statistics.mean(sizes):.1f} candidates on average (max {max(sizes)}), "
        f"{matched} matched"
    )


if __name__ == "__main__":
    bench_extract()
    bench_dedup()
