"""Article pages: robots.txt, per-host pacing, size cap, main-text extraction."""

from __future__ import annotations

import time

import httpx
from fakes import FeedServer

from bot.ingest.fulltext import ArticleFetcher

PARAGRAPHS = [
    "BAGHDAD — A drone struck the Ain al-Asad air base in Iraq's western Anbar province on "
    "Saturday, wounding two US service members, officials said.",
    "The Islamic Resistance in Iraq, an umbrella of Iran-aligned armed groups, claimed the "
    "attack in a statement posted on Telegram late in the evening.",
    "It was the third attack on the base this week, according to a defence official who "
    "spoke on condition of anonymity because he was not authorised to brief reporters.",
]

PAGE = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Drone strikes Ain al-Asad base | Wire</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
</header>
<main><article>
<h1>Drone strikes Ain al-Asad base</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/x">Celebrity news</a></li></ul></aside>
<footer>Copyright Wire 2024. Share this article on social media. Subscribe.</footer>
</body></html>"""


async def test_extracts_main_text_with_title(
    feed_server: FeedServer, http: httpx.AsyncClient
) -> None:
    url = feed_server.set("/world/drone", PAGE, content_type="text/html")
    fetcher = ArticleFetcher(http, per_host_interval=0.0)
    text = await fetcher.fetch_text(url)
    assert text is not None
    title, _, body = text.partition("\n\n")
    assert "Drone strikes Ain al-Asad base" in title
    assert body.split("\n\n") == PARAGRAPHS
    assert "Celebrity" not in text
    assert "Copyright" not in text


async def test_robots_disallow_is_honoured_and_cached(
    feed_server: FeedServer, http: httpx.AsyncClient
) -> None:
    feed_server.set(
        "/robots.txt",
        "User-agent: *\nDisallow: /private/\n\nUser-agent: VigieBot\nDisallow: /nobots/\n",
        content_type="text/plain",
    )
    feed_server.set("/private/a", PAGE, content_type="text/html")
    feed_server.set("/nobots/a", PAGE, content_type="text/html")
    allowed = feed_server.set("/world/a", PAGE, content_type="text/html")
    fetcher = ArticleFetcher(http, per_host_interval=0.0)
    assert await fetcher.fetch_text(feed_server.url("/nobots/a")) is None
    assert await fetcher.fetch_text(allowed) is not None
    # The bot has its own group, so the generic one does not apply to it.
    assert await fetcher.fetch_text(feed_server.url("/private/a")) is not None
    assert feed_server.hits("/nobots/a") == 0
    assert feed_server.hits("/robots.txt") == 1
    assert feed_server.requests("/robots.txt")[0]["user-agent"].startswith("VigieBot/")


async def test_forbidden_robots_blocks_the_host(
    feed_server: FeedServer, http: httpx.AsyncClient
) -> None:
    feed_server.set("/robots.txt", "no", status=403, content_type="text/plain")
    url = feed_server.set("/world/a", PAGE, content_type="text/html")
    assert await ArticleFetcher(http, per_host_interval=0.0).fetch_text(url) is None
    assert feed_server.hits("/world/a") == 0


async def test_missing_robots_allows(feed_server: FeedServer, http: httpx.AsyncClient) -> None:
    url = feed_server.set("/world/a", PAGE, content_type="text/html")
    assert await ArticleFetcher(http, per_host_interval=0.0).fetch_text(url) is not None
    assert feed_server.hits("/robots.txt") == 1


async def test_requests_to_one_host_are_spaced(
    feed_server: FeedServer, http: httpx.AsyncClient
) -> None:
    urls = [feed_server.set(f"/world/{i}", PAGE, content_type="text/html") for i in range(2)]
    fetcher = ArticleFetcher(http, per_host_interval=0.4)
    started = time.monotonic()
    for url in urls:
        assert await fetcher.fetch_text(url) is not None
    # robots.txt, page 0, page 1: two waits of the interval at least.
    assert time.monotonic() - started >= 0.8


async def test_oversized_and_non_html_pages_give_none(
    feed_server: FeedServer, http: httpx.AsyncClient
) -> None:
    big = feed_server.set("/big", PAGE + "<p>filler</p>" * 20_000, content_type="text/html")
    pdf = feed_server.set("/doc.pdf", b"%PDF-1.4 ...", content_type="application/pdf")
    missing = feed_server.url("/gone")
    fetcher = ArticleFetcher(http, per_host_interval=0.0, max_bytes=50_000)
    assert await fetcher.fetch_text(big) is None
    assert await fetcher.fetch_text(pdf) is None
    assert await fetcher.fetch_text(missing) is None
    assert await fetcher.fetch_text("ftp://example.org/x") is None


async def test_follows_redirects(feed_server: FeedServer, http: httpx.AsyncClient) -> None:
    feed_server.set("/world/final", PAGE, content_type="text/html")
    url = feed_server.redirect("/short/1", "/world/final")
    page = await ArticleFetcher(http, per_host_interval=0.0).fetch_page(url)
    assert page is not None
    assert page.url == feed_server.url("/world/final")
    assert page.text.split("\n\n") == PARAGRAPHS


async def test_page_without_article_text(feed_server: FeedServer, http: httpx.AsyncClient) -> None:
    url = feed_server.set(
        "/empty", "<html><body><nav>Home</nav></body></html>", content_type="text/html"
    )
    assert await ArticleFetcher(http, per_host_interval=0.0).fetch_text(url) is None
