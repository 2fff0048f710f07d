"""Feed polling against a local HTTP server: conditional GET, failures, parsing, dedup."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from fakes import FeedServer, atom, rss

from bot.domain.models import Article
from bot.ingest.feeds import FeedSource
from bot.ingest.rss import (
    MAX_BACKOFF,
    FeedFetcher,
    FetchResult,
    article_fingerprint,
    html_to_text,
)

if TYPE_CHECKING:
    from conftest import ScriptedServer

DATA = Path(__file__).resolve().parent.parent / "data"
NOW = datetime(2024, 2, 15, 12, 0, tzinfo=UTC)
POLL = 600


def _items(n: int, *, prefix: str = "story") -> list[dict[str, Any]]:
    return [
        {
            "title": f"Clashes reported in district {i}",
            "link": f"https://news.example/{prefix}/{i}",
            "guid": f"https://news.example/{prefix}/{i}",
            "description": f"<p>Fighting in district {i}.</p>",
            "pubDate": NOW - timedelta(hours=i + 1),
        }
        for i in range(n)
    ]


def _source(url: str, **kw: object) -> FeedSource:
    return FeedSource.model_validate({"url": url, "name": "Test wire", **kw})


async def _fetch(
    http: httpx.AsyncClient,
    url: str,
    *,
    language: str | None = None,
    limit_s: float = 20.0,
    max_bytes: int = 5_000_000,
) -> FetchResult:
    fetcher = FeedFetcher(http, timeout=limit_s, max_bytes=max_bytes)
    return await fetcher.fetch(_source(url, language=language), None, now=NOW, poll_seconds=POLL)


async def test_etag_then_not_modified_sends_conditional_headers(
    feed_server: FeedServer, http: httpx.AsyncClient
) -> None:
    modified = NOW - timedelta(hours=2)
    url = feed_server.set("/feed.xml", rss(_items(3)), etag='"v1"', last_modified=modified)
    fetcher = FeedFetcher(http)
    source = _source(url)

    first = await fetcher.fetch(source, None, now=NOW, poll_seconds=POLL)
    assert first.status == "ok"
    assert [a.url for a in first.articles] == [f"https://news.example/story/{i}" for i in range(3)]
    assert first.state.etag == '"v1"'
    assert first.state.last_modified == "Thu, 15 Feb 2024 10:00:00 GMT"
    assert first.state.last_success == NOW

    second = await fetcher.fetch(source, first.state, now=NOW + timedelta(minutes=10))
    assert second.status == "not_modified"
    assert second.articles == []
    assert second.state.etag == '"v1"'
    assert second.state.failures == 0
    sent = feed_server.requests("/feed.xml")
    assert "if-none-match" not in sent[0]
    assert sent[1]["if-none-match"] == '"v1"'
    assert sent[1]["if-modified-since"] == "Thu, 15 Feb 2024 10:00:00 GMT"
    assert sent[1]["user-agent"].startswith("VigieBot/")


async def test_timeout_is_an_error_with_backoff(
    feed_server: FeedServer, http: httpx.AsyncClient
) -> None:
    url = feed_server.set("/slow.xml", rss(_items(1)), delay=2.0)
    result = await _fetch(http, url, limit_s=0.3)
    assert result.status == "error"
    assert result.error == "timed out"
    assert result.state.failures == 1
    assert result.state.next_poll_at == NOW + timedelta(seconds=POLL)


async def test_server_error_backs_off_then_recovery_resets(
    feed_server: FeedServer, http: httpx.AsyncClient
) -> None:
    url = feed_server.set("/feed.xml", "oops", status=500, content_type="text/plain")
    fetcher = FeedFetcher(http)
    source = _source(url)
    state = None
    waits = []
    for round_ in range(3):
        now = NOW + timedelta(hours=round_)
        result = await fetcher.fetch(source, state, now=now, poll_seconds=POLL)
        assert result.status == "error"
        assert result.error == "HTTP 500"
        state = result.state
        assert state.next_poll_at is not None
        waits.append(state.next_poll_at - now)
    assert state is not None
    assert state.failures == 3
    assert state.last_error == "HTTP 500"
    assert waits == [timedelta(seconds=POLL * k) for k in (1, 2, 4)]

    many = state.model_copy(update={"failures": 20})
    capped = await fetcher.fetch(source, many, now=NOW, poll_seconds=POLL)
    assert capped.state.next_poll_at == NOW + MAX_BACKOFF

    feed_server.set("/feed.xml", rss(_items(2)))
    recovered = await fetcher.fetch(source, state, now=NOW, poll_seconds=POLL)
    assert recovered.status == "ok"
    assert len(recovered.articles) == 2
    assert recovered.state.failures == 0
    assert recovered.state.last_error is None
    assert recovered.state.next_poll_at is None


async def test_retry_after_is_honoured(feed_server: FeedServer, http: httpx.AsyncClient) -> None:
    url = feed_server.set(
        "/busy.xml",
        "slow down",
        status=429,
        content_type="text/plain",
        headers={"Retry-After": "7200"},
    )
    result = await _fetch(http, url)
    assert result.state.next_poll_at == NOW + timedelta(hours=2)


async def test_per_feed_interval_sets_next_poll(
    feed_server: FeedServer, http: httpx.AsyncClient
) -> None:
    url = feed_server.set("/feed.xml", rss(_items(1)))
    result = await FeedFetcher(http).fetch(
        _source(url, poll_seconds=3600), None, now=NOW, poll_seconds=POLL
    )
    assert result.state.next_poll_at == NOW + timedelta(hours=1)


async def test_html_page_is_not_a_feed(feed_server: FeedServer, http: httpx.AsyncClient) -> None:
    page = "<!doctype html><html><head><title>Home</title></head><body><p>Hi</p></body></html>"
    url = feed_server.set("/index.html", page, content_type="text/html")
    result = await _fetch(http, url)
    assert result.status == "error"
    assert result.error == "not a feed: the server sent an HTML page"
    assert result.state.failures == 1


async def test_garbage_is_not_a_feed(feed_server: FeedServer, http: httpx.AsyncClient) -> None:
    url = feed_server.set("/feed.xml", b"\x00\x01 this is not xml", content_type="text/xml")
    result = await _fetch(http, url)
    assert result.status == "error"
    assert (result.error or "").startswith("not a feed")


async def test_truncated_xml_keeps_what_parsed(
    feed_server: FeedServer, http: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    document = rss(_items(3))
    cut = document.index("<item>", document.index("/story/1"))  # inside the third item
    url = feed_server.set("/feed.xml", document[: cut + 30])
    with caplog.at_level(logging.WARNING, logger="bot.ingest.rss"):
        result = await _fetch(http, url)
    assert result.status == "ok"
    urls = [a.url for a in result.articles]
    assert urls[:2] == ["https://news.example/story/0", "https://news.example/story/1"]
    assert any("malformed" in r.getMessage() for r in caplog.records)


async def test_declared_oversize_is_refused(
    feed_server: FeedServer, http: httpx.AsyncClient
) -> None:
    url = feed_server.set("/big.xml", rss(_items(2000)))
    result = await _fetch(http, url, max_bytes=100_000)
    assert result.status == "error"
    assert result.error == "too large"


async def test_endless_feed_is_cut_without_reading_it_all(
    scripted: ScriptedServer, http: httpx.AsyncClient
) -> None:
    limit = 200_000_000
    chunk = b"<item><title>x</title></item>" * 2000

    def endless(handler: BaseHTTPRequestHandler, _query: dict[str, list[str]]) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.end_headers()  # no Content-Length: the size is only known by reading
        handler.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
        sent = 0
        while sent < limit and not scripted.stopping.is_set():
            try:
                handler.wfile.write(chunk)
            except OSError:
                return
            sent += len(chunk)
            scripted.count(len(chunk))

    scripted.routes["/endless.xml"] = endless
    result = await _fetch(http, scripted.url("/endless.xml"), max_bytes=1_000_000)
    assert result.status == "error"
    assert result.error == "too large"
    await asyncio.sleep(0.2)
    assert scripted.bytes_sent < limit // 10


async def test_undated_and_future_items(
    feed_server: FeedServer, http: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    items: list[dict[str, Any]] = [
        {"title": "Undated", "link": "https://news.example/a", "description": "a"},
        {
            "title": "From the future",
            "link": "https://news.example/b",
            "pubDate": NOW + timedelta(days=2),
        },
        {
            "title": "A little ahead",
            "link": "https://news.example/c",
            "pubDate": NOW + timedelta(minutes=30),
        },
    ]
    url = feed_server.set("/feed.xml", rss(items))
    with caplog.at_level(logging.INFO, logger="bot.ingest.rss"):
        result = await _fetch(http, url)
    published = {a.title: a.published for a in result.articles}
    assert published == {
        "Undated": NOW,
        "From the future": NOW,
        "A little ahead": NOW + timedelta(minutes=30),
    }
    assert any("in the future" in r.getMessage() for r in caplog.records)


async def test_duplicate_guids_are_kept_once(
    feed_server: FeedServer, http: httpx.AsyncClient
) -> None:
    items = [
        {"title": "First", "link": "https://news.example/1", "guid": "id-1"},
        {"title": "First again", "link": "https://news.example/1b", "guid": "id-1"},
        {"title": "Second", "link": "https://news.example/2", "guid": "id-2"},
    ]
    url = feed_server.set("/feed.xml", rss(items))
    result = await _fetch(http, url)
    assert [(a.id, a.title) for a in result.articles] == [
        ("id-1", "First"),
        ("id-2", "Second"),
    ]


async def test_ids_fall_back_to_link_then_content_hash(
    feed_server: FeedServer, http: httpx.AsyncClient
) -> None:
    items = [
        {"title": "Linked", "link": "https://news.example/linked", "description": "x"},
        {"title": "Bare item", "description": "Neither guid nor link."},
    ]
    url = feed_server.set("/feed.xml", rss(items))
    result = await _fetch(http, url)
    linked, bare = result.articles
    assert linked.id == "https://news.example/linked"
    assert bare.id == f"sha256:{article_fingerprint(bare)}"
    assert bare.url == url


async def test_same_story_under_two_links_has_one_fingerprint(
    feed_server: FeedServer, http: httpx.AsyncClient
) -> None:
    story = {
        "title": "Drone strike kills three in Jordan",
        "description": "<p>Three soldiers were killed.</p>",
    }
    items = [
        {**story, "link": "https://news.example/a?utm=rss"},
        {
            "title": "Drone strike kills three in  JORDAN",
            "description": "Three soldiers were killed",
            "link": "https://news.example/b",
        },
        {"title": "Another story", "link": "https://news.example/c", "description": "x"},
    ]
    url = feed_server.set("/feed.xml", rss(items))
    result = await _fetch(http, url)
    a, b, c = result.articles
    assert a.id != b.id
    assert article_fingerprint(a) == article_fingerprint(b)
    assert article_fingerprint(a) != article_fingerprint(c)


async def test_gzip(feed_server: FeedServer, http: httpx.AsyncClient) -> None:
    url = feed_server.set("/feed.xml", rss(_items(4)), gzip=True)
    result = await _fetch(http, url)
    assert result.status == "ok"
    assert len(result.articles) == 4
    assert "gzip" in feed_server.requests("/feed.xml")[0]["accept-encoding"]


async def test_redirects_are_followed_and_bounded(
    feed_server: FeedServer, http: httpx.AsyncClient
) -> None:
    feed_server.set("/new.xml", rss(_items(2)))
    feed_server.redirect("/moved.xml", "/hop.xml", status=301)
    url = feed_server.redirect("/old.xml", "/moved.xml", status=302)
    feed_server.redirect("/hop.xml", "/new.xml", status=307)
    result = await _fetch(http, url)
    assert result.status == "ok"
    assert len(result.articles) == 2

    loop = feed_server.redirect("/loop-a", "/loop-b")
    feed_server.redirect("/loop-b", "/loop-a")
    looped = await _fetch(http, loop)
    assert looped.status == "error"
    assert looped.error == "too many redirects"
    assert feed_server.hits("/loop-a") + feed_server.hits("/loop-b") == 6


async def test_connection_refused_is_an_error(http: httpx.AsyncClient) -> None:
    with FeedServer() as server:
        url = server.url("/feed.xml")
    result = await _fetch(http, url)
    assert result.status == "error"
    assert (result.error or "").startswith("ConnectError")


async def test_rss20_fixture(feed_server: FeedServer, http: httpx.AsyncClient) -> None:
    url = feed_server.set("/rss20.xml", (DATA / "feeds" / "rss20.xml").read_bytes())
    result = await _fetch(http, url, language="en")
    first, second = result.articles
    assert first.id == "news-example-48211"
    assert first.url == "https://news.example/monde/rdc-combats-sake"
    assert first.title == "RDC : des combats entre le M23 et l’armée près de Saké"
    assert first.summary == (
        "De violents combats ont opposé mercredi les rebelles du M23 aux FARDC."
    )
    paragraphs = first.body.split("\n\n")
    assert paragraphs[0].startswith("GOMA — De violents combats")
    assert paragraphs[1] == "Selon des sources locales, au moins douze personnes ont été tuées."
    assert "track()" not in first.body
    assert first.published.isoformat() == "2024-02-07T13:05:00+00:00"
    assert first.language == "fr"  # the channel's language wins over the source's
    assert first.source == "Test wire"
    assert second.id == second.url == "https://news.example/monde/yemen-frappes-hodeida"
    assert second.body == ""


async def test_atom_fixture(feed_server: FeedServer, http: httpx.AsyncClient) -> None:
    url = feed_server.set(
        "/atom.xml",
        (DATA / "feeds" / "atom.xml").read_bytes(),
        content_type="application/atom+xml",
    )
    result = await _fetch(http, url)
    en, fr = result.articles
    assert en.id == "tag:wire.example,2024:world/10931"
    assert en.title == "Three US soldiers killed in drone strike on base in Jordan"
    assert en.language == "en"
    assert en.published.isoformat() == "2024-01-28T19:40:00+00:00"
    assert en.body == (
        "AMMAN — Three American service members were killed on Sunday.\n\n"
        "The Islamic Resistance in Iraq claimed the attack."
    )
    assert fr.language == "fr"
    assert fr.published.isoformat() == "2024-01-28T21:15:00+00:00"
    assert fr.url == feed_server.url("/world/tour-22-fr")


async def test_rss10_fixture(feed_server: FeedServer, http: httpx.AsyncClient) -> None:
    url = feed_server.set(
        "/rss10.rdf",
        (DATA / "feeds" / "rss10.rdf").read_bytes(),
        content_type="application/rdf+xml",
    )
    result = await _fetch(http, url, language="fr")
    sudan, somalia = result.articles
    assert sudan.id == sudan.url == "https://broadcaster.example/sudan-omdurman/a-68150001"
    assert sudan.title == "Sudan: army and RSF fight for control of Omdurman"
    assert sudan.published.isoformat() == "2024-02-01T16:12:00+00:00"
    assert sudan.language == "en"
    assert somalia.summary == "Al-Shabaab said it planted the device."


async def test_atom_builder_and_source_language_fallback(
    feed_server: FeedServer, http: httpx.AsyncClient
) -> None:
    url = feed_server.set("/atom.xml", atom(_items(2)), content_type="application/atom+xml")
    result = await _fetch(http, url, language="fr")
    assert [a.language for a in result.articles] == ["fr", "fr"]
    assert result.articles[0].summary == "Fighting in district 0."


async def test_fetch_many_keeps_order_and_isolates_failures(
    feed_server: FeedServer, http: httpx.AsyncClient
) -> None:
    sources = []
    for i in range(6):
        if i == 3:
            url = feed_server.set(f"/f{i}.xml", "down", status=503, content_type="text/plain")
        else:
            url = feed_server.set(f"/f{i}.xml", rss(_items(2, prefix=f"f{i}")), delay=0.05)
        sources.append((_source(url), None))
    results = await FeedFetcher(http).fetch_many(sources, now=NOW, concurrency=2)
    assert [s.url for s, _ in results] == [s.url for s, _ in sources]
    assert [r.status for _, r in results] == ["ok", "ok", "ok", "error", "ok", "ok"]
    assert results[4][1].articles[0].url == "https://news.example/f4/0"


def test_html_to_text() -> None:
    markup = (
        "<div><h2>Title</h2><p>One &amp; two<br/>three</p>"
        "<script>var x = 1;</script><ul><li>a</li><li>b</li></ul>tail</div>"
    )
    assert html_to_text(markup) == "Title\n\nOne & two three\n\na\n\nb\n\ntail"
    assert html_to_text("") == ""
    assert html_to_text("plain text, no tags") == "plain text, no tags"


def test_fingerprint_ignores_case_punctuation_and_spacing() -> None:
    base = {"source": "s", "published": NOW}
    a = Article(id="1", url="u1", title="Attack in Goma!", summary="Five killed.", **base)
    b = Article(id="2", url="u2", title="attack in  goma", summary="five killed", **base)
    c = Article(id="3", url="u3", title="Attack in Goma", summary="Six killed.", **base)
    assert article_fingerprint(a) == article_fingerprint(b) != article_fingerprint(c)


async def test_unusable_url_is_an_error(http: httpx.AsyncClient) -> None:
    result = await _fetch(http, "http://exa mple.org/feed")
    assert result.status == "error"
    assert result.state.failures == 1
