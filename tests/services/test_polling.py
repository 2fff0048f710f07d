"""Polling real feeds served on 127.0.0.1: first read, new items, broken feeds."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from fakes import FeedServer, rss

from bot.domain.gazetteer import get_gazetteer
from bot.domain.matching import SubscriptionIndex
from bot.ingest.feeds import FeedSource
from bot.ingest.rss import FeedFetcher
from bot.services.pipeline import IncidentPipeline
from bot.services.polling import FeedPoller
from bot.storage.db import Database, open_database
from bot.storage.repos import IncidentRepo, SourceRepo


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await open_database(tmp_path / "v.db")
    yield database
    await database.close()


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(timeout=2.0) as c:
        yield c


def _item(
    server: FeedServer, slug: str, title: str, body: str, hours_ago: float = 1
) -> dict[str, object]:
    return {
        "title": title,
        "link": server.url(f"/a/{slug}"),
        "guid": server.url(f"/a/{slug}"),
        "description": f"<p>{body}</p>",
        "pubDate": datetime.now(UTC) - timedelta(hours=hours_ago),
    }


def _poller(db: Database, client: httpx.AsyncClient, urls: list[str]) -> FeedPoller:
    pipeline = IncidentPipeline(db=db, gazetteer=get_gazetteer(), index=SubscriptionIndex())
    return FeedPoller(
        db=db,
        fetcher=FeedFetcher(client, timeout=1.0),
        pipeline=pipeline,
        sources=[FeedSource(url=u, name=f"feed {i}", language="en") for i, u in enumerate(urls)],
        poll_seconds=60,
        max_age=timedelta(hours=48),
    )


async def test_a_broken_feed_does_not_stop_the_others(
    db: Database, client: httpx.AsyncClient, feed_server: FeedServer
) -> None:
    good = feed_server.set("/good.xml", rss([]))
    down = feed_server.set("/down.xml", "oops", status=500, content_type="text/plain")
    html = feed_server.set(
        "/html.xml", "<html><body>Not a feed</body></html>", content_type="text/html"
    )
    slow = feed_server.set("/slow.xml", rss([]), delay=3.0)
    poller = _poller(db, client, [down, html, slow, good])
    first = await poller.poll()
    assert first.feeds == 4 and first.failed == 3

    feed_server.set(
        "/good.xml",
        rss(
            [
                _item(
                    feed_server,
                    "kharkiv",
                    "Russian strike on Kharkiv kills at least 12",
                    "KYIV — Two Russian guided bombs struck a hardware store in Kharkiv on "
                    "Saturday, "
                    "killing at least 12 people and injuring 43, the regional governor said.",
                )
            ]
        ),
    )
    second = await poller.poll()
    assert second.new_items == 1 and second.incidents == 1
    records = {r.url: r for r in await SourceRepo(db).all()}
    assert records[down].error_count >= 1 and records[down].last_error
    assert records[good].failures == 0 and records[good].last_success is not None
    # The failing feed is backed off, not hammered: it is not due again at once.
    assert records[down].next_poll_at is not None
    assert records[down].next_poll_at > datetime.now(UTC)


async def test_huge_articles_and_oversized_feeds(
    db: Database,
    client: httpx.AsyncClient,
    feed_server: FeedServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = feed_server.set("/f.xml", rss([]))
    poller = _poller(db, client, [url])
    await poller.poll()
    kharkiv = _item(
        feed_server,
        "kharkiv",
        "Russian strike on Kharkiv kills at least 12",
        "KYIV — Two Russian guided bombs struck a hardware store in Kharkiv on Saturday, "
        "killing at least 12 people, officials said.",
    )
    four_mb = "Le marché a progressé. " * 170_000
    feed_server.set("/f.xml", rss([_item(feed_server, "huge", "Markets", four_mb), kharkiv]))
    summary = await poller.poll()
    assert summary.failed == 0 and summary.new_items == 2 and summary.incidents == 1
    assert any("cut to" in r.getMessage() for r in caplog.records)

    # A feed past the size cap is refused whole, logged, and nothing stored is lost.
    feed_server.set("/f.xml", rss([_item(feed_server, "huger", "Markets", four_mb * 2)]))
    refused = await poller.poll()
    assert refused.failed == 1
    assert any("too large" in r.getMessage() for r in caplog.records)
    stored = await IncidentRepo(db).since(since=datetime.now(UTC) - timedelta(days=7))
    assert len(stored) == 1
