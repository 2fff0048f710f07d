"""The text of an article page, for feed items that only carry a teaser.

Polite by construction: robots.txt is honoured (cached per host), requests to one host are
serialised and spaced by ``per_host_interval``, pages are size-capped. The main text is found
by trafilatura, which drops navigation, share buttons and comments far better than any rule
written here would.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx
import trafilatura

from bot.ingest.rss import DEFAULT_USER_AGENT, MAX_REDIRECTS, TooLargeError, get_capped

__all__ = ["ArticleFetcher", "Page"]

log = logging.getLogger(__name__)

ROBOTS_TTL = 24 * 3600.0
#: A robots.txt that could not be read is retried sooner than a good one expires.
ROBOTS_ERROR_TTL = 600.0
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True, slots=True)
class Page:
    """The readable part of an article page."""

    url: str
    title: str
    text: str  # paragraphs separated by a blank line


@dataclass(slots=True)
class _Robots:
    parser: RobotFileParser | None  # None: everything allowed
    deny_all: bool
    expires: float


class ArticleFetcher:
    """Fetches article pages and extracts their main text.

    Args:
        client: the application's HTTP client.
        per_host_interval: the least number of seconds between two requests to one host.
        user_agent: sent with every request; its product token ("VigieBot") is the name
            looked up in robots.txt.
        timeout: seconds allowed for one request, body included.
        max_bytes: the largest page accepted, after decompression.
        min_chars: shorter extracted text is not an article (a menu, a cookie notice).
        clock: monotonic clock in seconds, for the robots.txt cache and the pacing.
    """

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        per_host_interval: float = 2.0,
        user_agent: str = DEFAULT_USER_AGENT,
        timeout: float = 20.0,
        max_bytes: int = 3_000_000,
        min_chars: int = 100,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._interval = per_host_interval
        self._user_agent = user_agent
        self._agent_token = user_agent.split("/", 1)[0].strip() or "*"
        self._timeout = timeout
        self._max_bytes = max_bytes
        self._min_chars = min_chars
        self._clock = clock
        self._locks: dict[str, asyncio.Lock] = {}
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, _Robots] = {}

    async def fetch_text(self, url: str) -> str | None:
        """The main text of an article page, its title as the first line.

        Args:
            url: the page address (http or https).

        Returns:
            ``title`` + blank line + paragraphs separated by blank lines (just the paragraphs
            when the page has no title), or None when robots.txt forbids the page, the fetch
            fails or no article text (``min_chars`` at least) is found.
        """
        page = await self.fetch_page(url)
        if page is None:
            return None
        return f"{page.title}\n\n{page.text}" if page.title else page.text

    async def fetch_page(self, url: str, *, _hops: int = 0) -> Page | None:
        """Like ``fetch_text`` but with the title and text apart.

        Args:
            url: the page address.

        Returns:
            The page, or None (see ``fetch_text``).
        """
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            log.warning("article %s: not an http(s) URL", url)
            return None
        origin = f"{parts.scheme}://{parts.netloc}"
        if not await self._allowed(origin, url):
            log.info("article %s: disallowed by robots.txt", url)
            return None
        try:
            response, data = await self._request(origin, url, accept_html=True)
        except TooLargeError:
            log.warning("article %s: too large (over %d bytes)", url, self._max_bytes)
            return None
        except (httpx.HTTPError, httpx.InvalidURL, TimeoutError) as exc:
            log.warning("article %s: %s", url, type(exc).__name__)
            return None
        if response.is_redirect and response.next_request is not None and _hops < MAX_REDIRECTS:
            return await self.fetch_page(str(response.next_request.url), _hops=_hops + 1)
        if response.status_code != 200:
            log.warning("article %s: HTTP %d", url, response.status_code)
            return None
        content_type = response.headers.get("content-type", "text/html").split(";")[0].strip()
        if content_type.lower() not in _PAGE_TYPES:
            log.warning("article %s: not a page (%s)", url, content_type)
            return None
        document = await asyncio.to_thread(
            trafilatura.bare_extraction,
            data,
            url=str(response.url),
            include_comments=False,
            include_tables=False,
            with_metadata=True,
        )
        text = getattr(document, "text", None) if document is not None else None
        if not text:
            log.info("article %s: no article text found", url)
            return None
        title = " ".join(str(getattr(document, "title", None) or "").split())
        paragraphs = [" ".join(line.split()) for line in str(text).splitlines()]
        body = "\n\n".join(p for p in paragraphs if p and p != title)
        if len(body) < self._min_chars:
            # What is left of a page without an article is a menu or a cookie notice.
            log.info("article %s: no article text found (%d characters)", url, len(body))
            return None
        return Page(url=str(response.url), title=title, text=body)

    async def _allowed(self, origin: str, url: str) -> bool:
        now = self._clock()
        robots = self._robots.get(origin)
        if robots is None or robots.expires <= now:
            robots = await self._load_robots(origin)
            self._robots[origin] = robots
        if robots.deny_all:
            return False
        return robots.parser is None or robots.parser.can_fetch(self._agent_token, url)

    async def _load_robots(self, origin: str) -> _Robots:
        robots_url = f"{origin}/robots.txt"
        try:
            response, data = await self._request(origin, robots_url, accept_html=False)
        except (httpx.HTTPError, httpx.InvalidURL, TimeoutError, TooLargeError) as exc:
            log.warning(
                "%s: robots.txt unreadable (%s); not fetching for now", origin, type(exc).__name__
            )
            return _Robots(None, deny_all=True, expires=self._clock() + ROBOTS_ERROR_TTL)
        expires = self._clock() + ROBOTS_TTL
        status = response.status_code
        # The conventions of urllib.robotparser.read(): 401/403 forbid everything, any other
        # 4xx allows everything; a server error is treated like an unreachable host.
        if status in (401, 403):
            return _Robots(None, deny_all=True, expires=expires)
        if 400 <= status < 500:
            return _Robots(None, deny_all=False, expires=expires)
        if status != 200:
            return _Robots(None, deny_all=True, expires=self._clock() + ROBOTS_ERROR_TTL)
        parser = RobotFileParser(robots_url)
        parser.parse(data.decode("utf-8", errors="replace").splitlines())
        return _Robots(parser, deny_all=False, expires=expires)

    async def _request(
        self, origin: str, url: str, *, accept_html: bool
    ) -> tuple[httpx.Response, bytes]:
        lock = self._locks.setdefault(origin, asyncio.Lock())
        async with lock:
            last = self._last_request.get(origin)
            if last is not None:
                wait = last + self._interval - self._clock()
                if wait > 0:
                    await asyncio.sleep(wait)
            try:
                async with asyncio.timeout(self._timeout):
                    return await self._get(url, accept_html=accept_html)
            finally:
                self._last_request[origin] = self._clock()

    async def _get(self, url: str, *, accept_html: bool) -> tuple[httpx.Response, bytes]:
        headers = {
            "User-Agent": self._user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
            if accept_html
            else "text/plain,*/*;q=0.5",
        }
        request = self._client.build_request("GET", url, headers=headers, timeout=self._timeout)
        # A redirect to another host is returned as is: that host needs its own robots.txt
        # check and pacing, which the caller does.
        return await get_capped(self._client, request, max_bytes=self._max_bytes, same_host=True)
