"""Many structured reports (ACLED exports) stored batch by batch, exactly as one by one."""

from __future__ import annotations

import logging
import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.domain.gazetteer import get_gazetteer
from bot.domain.matching import SubscriptionIndex
from bot.domain.models import Article, Extraction, Status, Subscription
from bot.ingest.acled import acled_article, iter_acled_csv, to_extraction
from bot.services.manual import import_acled
from bot.services.pipeline import IncidentPipeline
from bot.storage.db import Database, open_database
from bot.storage.repos import IncidentRepo

CSV = Path(__file__).resolve().parents[1] / "data" / "acled" / "events.csv"
NOW = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
CHATS = {1: "c:UA", 2: "c:CD", 3: "c:ML", 4: "c:IQ"}

_KINDS = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
]

Item = tuple[Article, Extraction]


def _acled(name: str = "") -> list[Item]:
    gazetteer = get_gazetteer()
    return [
        (acled_article(e), to_extraction(e, gazetteer))
        for e in iter_acled_csv(CSV)
        if e.event_id_cnty.startswith(name)
    ]


def _dense(n: int, seed: int) -> list[Item]:
    """ACLED-like rows crowded on a few places and days, with news reports among them (some
    knowing neither country nor date), and rows repeated: many merges, many ties."""
    gazetteer = get_gazetteer()
    templates = list(iter_acled_csv(CSV))
    rng = random.Random(seed)
    items: list[Item] = []
    for i in range(n):
        if items and rng.random() < 0.03:
            items.append(rng.choice(items))  # the same row twice in one export
            continue
        t = rng.choice(templates)
        event_type, sub_event = rng.choice(_KINDS)
        event = t.model_copy(
            update={
                "event_id_cnty": f"{t.event_id_cnty}-{i}",
                "event_date": t.event_date + timedelta(days=rng.randrange(-3, 4)),
                "event_type": event_type,
                "sub_event_type": sub_event,
                "fatalities": rng.choice((0, 0, 1, 3, 5, 12)),
                "latitude": t.latitude + rng.uniform(-0.3, 0.3),
                "longitude": t.longitude + rng.uniform(-0.3, 0.3),
                "timestamp": 1_700_000_000 + i,
            }
        )
        article, extraction = acled_article(event), to_extraction(event, gazetteer)
        if rng.random() < 0.15:
            # a news report: vaguer, and sometimes without country or date
            published = datetime.combine(event.event_date, time(9), tzinfo=UTC)
            article = Article(
                id=f"news-{i}", source="Wire", url=f"https://news.example/{i}",
                published=published, title=article.title,
            )
            vague = rng.random() < 0.5
            extraction = extraction.model_copy(
                update={
                    "status": Status.REPORTED,
                    "place_id": None if vague else extraction.place_id,
                    "country": None if vague else extraction.country,
                    "lat": None if vague else extraction.lat,
                    "lon": None if vague else extraction.lon,
                    "incident_date": None if rng.random() < 0.5 else extraction.incident_date,
                    "fatalities": rng.choice((None, extraction.fatalities)),
                    "injured": rng.choice((None, 2)),
                }
            )
        items.append((article, extraction))
    return items


async def _pipeline(db: Database) -> IncidentPipeline:
    stamp = "2024-01-01T00:00:00.000000Z"
    async with db.transaction() as conn:
        await conn.executemany(
            "INSERT OR IGNORE INTO chats (id, type, language, created_at, updated_at)"
            " VALUES (?, 'private', 'en', ?, ?)",
            [(c, stamp, stamp) for c in CHATS],
        )
    index = SubscriptionIndex.build(
        Subscription(chat_id=c, kind="place", target_id=t, label=t) for c, t in CHATS.items()
    )
    return IncidentPipeline(db=db, gazetteer=get_gazetteer(), index=index, clock=lambda: NOW)


async def _news_already_alerted(pipeline: IncidentPipeline, db: Database) -> None:
    """News-derived incidents stored before the import, their alerts sent."""
    for article, extraction in [*_dense(40, seed=99), _lone_report("wire")]:
        await pipeline.process_extracted(article, extraction, push=True)
    await db.write("UPDATE alerts SET state = 'sent'")
    # Tolls lowered by hand below their reports': merging must still read the reports.
    await db.write("UPDATE incidents SET fatalities = NULL, injured = 0 WHERE id % 3 = 0")


def _lone_report(outlet: str) -> Item:
    """A report of an incident far from every other one in time, as an outlet gives it."""
    article, extraction = _acled("UKR")[0]
    day = date(2023, 6, 1)
    return (
        Article(id=f"lone-{outlet}", source=outlet, url=f"https://{outlet}.example/lone",
                published=datetime.combine(day, time(9), tzinfo=UTC), title=article.title),
        extraction.model_copy(update={"incident_date": day}),
    )


async def _dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    tables = {
        # every column but the random key
        "incidents": "SELECT id, event_type, sub_event_type, place_id, place, admin1, country,"
        " lat, lon, actors, claimed_by, status, fatalities, injured, incident_date,"
        " first_seen, updated_at, matched FROM incidents ORDER BY id",
        "reports": "SELECT * FROM reports ORDER BY id",
        # queued in a random order within an incident
        "alerts": "SELECT incident_id, chat_id, state, priority, needs_update FROM alerts"
        " ORDER BY incident_id, chat_id",
    }
    out = {}
    for name, sql in tables.items():
        async with db.conn.execute(sql) as cur:
            out[name] = [tuple(row) for row in await cur.fetchall()]
    return out


@pytest.mark.parametrize(("batch_size", "max_cached"), [(1000, 200_000), (7, 3)])
@pytest.mark.parametrize("push", [True, False])
async def test_batches_store_what_one_by_one_stores(
    tmp_path: Path, batch_size: int, max_cached: int, push: bool
) -> None:
    # the lone incident alerted before, then reported by another outlet: a source is added
    items = _dense(600, seed=1) + _acled() + [_lone_report("other")]
    one_db = await open_database(tmp_path / "one.db")
    many_db = await open_database(tmp_path / "many.db")
    try:
        one, many = await _pipeline(one_db), await _pipeline(many_db)
        await _news_already_alerted(one, one_db)
        await _news_already_alerted(many, many_db)
        created = merged = 0
        for article, extraction in items:
            outcome = await one.process_extracted(article, extraction, push=push)
            created += outcome.created
            merged += outcome.incident is not None and not outcome.created
        summary = await many.process_many(
            items, push=push, batch_size=batch_size, max_cached=max_cached
        )
        assert (summary.created, summary.merged) == (created, merged)
        assert summary.reports == len(items) and summary.failed == 0
        assert summary.known > 0 and summary.not_incidents > 0  # repeated rows, protests
        expected = await _dump(one_db)
        assert await _dump(many_db) == expected
        assert merged > 100
        assert any(row[2] == "pending" for row in expected["alerts"]) is push  # queued now
        assert any(row[4] == 1 for row in expected["alerts"])  # sent alerts to update
        assert any(row[4] == 2 for row in expected["alerts"])  # ... or just to add a source
    finally:
        await one_db.close()
        await many_db.close()


async def test_import_again_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings(_env_file=None, VIGIE_DATABASE=str(tmp_path / "v.db"))  # type: ignore[call-arg]
    assert await import_acled(settings, CSV, push=False, batch_size=4) == 0
    first = capsys.readouterr().out
    db = await open_database(tmp_path / "v.db")
    before = await _dump(db)
    await db.close()
    assert await import_acled(settings, CSV, push=True, batch_size=4) == 0
    second = capsys.readouterr().out
    db = await open_database(tmp_path / "v.db")
    after = await _dump(db)
    await db.close()
    assert after == before
    stored = len(before["reports"])
    assert f"{len(before['incidents'])} new incident(s)" in first
    assert "0 new incident(s), 0 merged into known incidents" in second
    assert f"{stored} already imported" in second
    assert "2 malformed row(s) skipped" in second


async def test_acled_row_merges_into_the_news_incident_of_the_same_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gazetteer = get_gazetteer()
    kharkiv = gazetteer.resolve("Kharkiv", kind="place", limit=5)
    city = next(c for c in kharkiv if c.level == "city" and c.country == "UA")
    db = await open_database(tmp_path / "v.db")
    pipeline = IncidentPipeline(db=db, gazetteer=gazetteer, index=SubscriptionIndex())
    article = Article(
        id="kyiv-independent-1",
        source="Kyiv Independent",
        url="https://kyivindependent.example/kharkiv-strike",
        published=datetime(2024, 2, 14, 18, 0, tzinfo=UTC),
        title="Russian missiles hit Kharkiv, killing two",
    )
    news = Extraction(
        is_incident=True,
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        place_id=city.id,
        place="Kharkiv",
        country="UA",
        lat=city.lat,
        lon=city.lon,
        status=Status.REPORTED,
        fatalities=2,
        incident_date=article.published.date(),
    )
    outcome = await pipeline.process_extracted(article, news, push=False)
    assert outcome.incident is not None and outcome.incident.id is not None
    await db.close()

    settings = Settings(_env_file=None, VIGIE_DATABASE=str(tmp_path / "v.db"))  # type: ignore[call-arg]
    assert await import_acled(settings, CSV, push=False) == 0
    assert "1 merged into known incidents" in capsys.readouterr().out
    db = await open_database(tmp_path / "v.db")
    try:
        incident = await IncidentRepo(db).get(incident_id=outcome.incident.id)
        assert incident is not None
        assert [r.url for r in incident.reports] == [article.url, "acled:UKR150001"]
        assert incident.fatalities == 3 and incident.status is Status.CONFIRMED
    finally:
        await db.close()


async def test_a_failing_row_is_logged_and_the_rest_of_its_batch_stored(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = await open_database(tmp_path / "v.db")
    try:
        await db.conn.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON reports WHEN NEW.url = 'acled:MLI30001'"
            " BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
        pipeline = await _pipeline(db)
        items = _acled()
        with caplog.at_level(logging.WARNING, logger="bot.services.pipeline"):
            summary = await pipeline.process_many(items, push=True, batch_size=4)
        assert summary.failed == 1
        assert summary.created + summary.merged == len(items) - summary.not_incidents - 1
        async with db.conn.execute("SELECT url FROM reports") as cur:
            urls = {row[0] for row in await cur.fetchall()}
        assert "acled:MLI30001" not in urls
        assert {"acled:COD40001", "acled:YEM90001"} <= urls  # of its batch, of the next
        failures = [r for r in caplog.records if r.levelno == logging.ERROR]
        assert len(failures) == 1 and "acled:MLI30001" in failures[0].getMessage()
        async with db.conn.execute(
            "SELECT COUNT(*) FROM incidents WHERE id NOT IN (SELECT incident_id FROM reports)"
        ) as cur:
            row = await cur.fetchone()
        assert row is not None and row[0] == 0  # no incident left without its report
    finally:
        await db.close()


class Crash(BaseException):
    """The process dies: nothing in the pipeline may catch this."""


async def test_an_interrupted_import_finishes_when_run_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = _dense(60, seed=5) + _acled()
    clean_db = await open_database(tmp_path / "clean.db")
    db = await open_database(tmp_path / "v.db")
    try:
        await (await _pipeline(clean_db)).process_many(items, push=True, batch_size=20)
        expected = await _dump(clean_db)

        add_reports = IncidentRepo.add_reports
        calls = 0

        async def dying(self: IncidentRepo, *args: Any, **kwargs: Any) -> None:
            nonlocal calls
            calls += 1
            await add_reports(self, *args, **kwargs)
            if calls == 2:
                raise Crash

        monkeypatch.setattr(IncidentRepo, "add_reports", dying)
        with pytest.raises(Crash):
            await (await _pipeline(db)).process_many(items, push=True, batch_size=20)
        half = await _dump(db)
        assert 0 < len(half["reports"]) < len(expected["reports"])  # the first batch only
        assert half["reports"] == expected["reports"][: len(half["reports"])]

        monkeypatch.undo()
        summary = await (await _pipeline(db)).process_many(items, push=True, batch_size=20)
        assert summary.known == len(half["reports"]) + sum(  # plus rows repeated in the file
            1 for i, (a, _) in enumerate(items) if any(a.url == b.url for b, _ in items[:i])
        )
        assert await _dump(db) == expected
    finally:
        await clean_db.close()
        await db.close()


async def test_incidents_stored_by_another_process_meanwhile_are_seen(tmp_path: Path) -> None:
    [(article, extraction)] = _acled("UKR150001")
    assert extraction.incident_date is not None
    day = extraction.incident_date + timedelta(days=4)
    later = extraction.model_copy(update={"incident_date": day})
    db = await open_database(tmp_path / "v.db")
    try:
        pipeline = await _pipeline(db)

        def items() -> Iterator[Item]:
            yield article, extraction  # reads the days around Feb 14 into the cache
            # The bot, in its own process, stores a news report of Feb 16 in between.
            other = sqlite3.connect(tmp_path / "v.db")
            with other:
                other.execute(
                    "INSERT INTO incidents (key, event_type, sub_event_type, place_id, place,"
                    " country, lat, lon, status, fatalities, incident_date, first_seen,"
                    " updated_at) VALUES ('news', ?, ?, ?, 'Kharkiv', 'UA', ?, ?, 'reported',"
                    " 3, '2024-02-16', '2024-02-16T00:00:00Z', '2024-02-16T00:00:00Z')",
                    (
                        extraction.event_type,
                        extraction.sub_event_type,
                        extraction.place_id,
                        extraction.lat,
                        extraction.lon,
                    ),
                )
            other.close()
            yield article.model_copy(update={"id": "acled:x", "url": "acled:x"}), later

        summary = await pipeline.process_many(items(), push=False, batch_size=1)
        assert (summary.created, summary.merged) == (1, 1)
        async with db.conn.execute(
            "SELECT i.key FROM reports r JOIN incidents i ON i.id = r.incident_id"
            " WHERE r.url = 'acled:x'"
        ) as cur:
            row = await cur.fetchone()
        assert row is not None and row[0] == "news"
    finally:
        await db.close()
