"""RSS 2.0, RSS 1.0 and Atom feeds -> articles, with conditional GET and backoff.

The bytes are fetched with httpx (streamed, size-capped, redirects followed by hand so the bound
does not depend on the client's settings) and parsed by feedparser; ``feedparser.parse(url)``
would block the event loop and ignore every limit set here.
"""

from __future__ import annotations

import asyncio
import calendar
import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any, Literal

import feedparser
import httpx
from pydantic import BaseModel, ConfigDict, Field

from bot.domain.models import Article
from bot.ingest.feeds import FeedSource

__all__ = [
    "DEFAULT_POLL_SECONDS",
    "DEFAULT_USER_AGENT",
    "MAX_BACKOFF",
    "MAX_REDIRECTS",
    "FeedFetcher",
    "FeedState",
    "FetchResult",
    "TooLargeError",
    "article_fingerprint",
    "get_capped",
    "html_to_text",
    "read_capped",
]

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "VigieBot/0.1 (+https://github.com/vigie-bot/vigie)"
DEFAULT_POLL_SECONDS = 900
MAX_BACKOFF = timedelta(hours=6)
MAX_REDIRECTS = 5
#: How far ahead of the fetch time an item may be dated before it is treated as a clock error.
FUTURE_TOLERANCE = timedelta(hours=1)
_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
#: Complaints feedparser makes about feeds that parsed fine (a wrong charset or media type).
_HARMLESS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


class TooLargeError(Exception):
    """The response is bigger than the configured cap."""


class FeedState(BaseModel):
    """What is remembered about a feed between two polls."""

    etag: str | None = None
    last_modified: str | None = None
    failures: int = Field(default=0, ge=0)
    next_poll_at: datetime | None = None
    last_success: datetime | None = None
    last_error: str | None = None


class FetchResult(BaseModel):
    """The outcome of one poll of one feed; ``state`` is the feed's new state."""

    model_config = ConfigDict(frozen=True)

    status: Literal["ok", "not_modified", "error"]
    articles: list[Article] = Field(default_factory=list)
    state: FeedState
    error: str | None = None


class FeedFetcher:
    """Polls feeds over a shared ``httpx.AsyncClient``.

    Network, HTTP and parse problems never raise: they give a ``FetchResult`` with status
    ``"error"``, one log line and a backed-off ``next_poll_at``.

    Args:
        client: the application's HTTP client (its connection pool is shared).
        timeout: seconds allowed for one feed, redirects and body included.
        max_bytes: the largest feed accepted, after decompression.
        user_agent: sent with every request.
    """

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        timeout: float = 20.0,
        max_bytes: int = 5_000_000,
        user_agent: str = DEFAULT_USER_AGENT,
    ) -> None:
        self._client = client
        self._timeout = timeout
        self._max_bytes = max_bytes
        self._user_agent = user_agent

    async def fetch(
        self,
        source: FeedSource,
        state: FeedState | None = None,
        *,
        now: datetime,
        poll_seconds: int = DEFAULT_POLL_SECONDS,
    ) -> FetchResult:
        """Poll one feed once.

        Args:
            source: the feed.
            state: what the previous poll left (validators, failure count); None the first time.
            now: the time of this poll (aware UTC); also the date of undated items.
            poll_seconds: the normal poll interval, the base of the error backoff; the
                source's own ``poll_seconds`` wins when set.

        Returns:
            ``ok`` with the feed's articles (duplicates dropped), ``not_modified`` with none,
            or ``error`` with a one-line reason.
        """
        state = state or FeedState()
        interval = source.poll_seconds or poll_seconds
        headers = {"User-Agent": self._user_agent, "Accept": _ACCEPT}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        try:
            async with asyncio.timeout(self._timeout):
                response, body = await self._get(source.url, headers)
        except TooLargeError:
            return self._failed(source, state, "too large", now=now, interval=interval)
        except (TimeoutError, httpx.TimeoutException):
            return self._failed(source, state, "timed out", now=now, interval=interval)
        except httpx.TooManyRedirects:
            return self._failed(source, state, "too many redirects", now=now, interval=interval)
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            return self._failed(source, state, reason, now=now, interval=interval)

        etag = response.headers.get("etag") or state.etag
        last_modified = response.headers.get("last-modified") or state.last_modified
        if response.status_code == 304:
            return FetchResult(
                status="not_modified",
                state=self._succeeded(source, etag, last_modified, now=now),
            )
        if response.status_code != 200:
            retry_after = _retry_after(response.headers.get("retry-after"), now)
            return self._failed(
                source,
                state,
                f"HTTP {response.status_code}",
                now=now,
                interval=interval,
                not_before=retry_after,
            )
        parsed = await asyncio.to_thread(
            feedparser.parse,
            body,
            response_headers={
                "content-type": response.headers.get("content-type", "application/xml"),
                "content-location": str(response.url),
                **(
                    {"content-language": response.headers["content-language"]}
                    if "content-language" in response.headers
                    else {}
                ),
            },
        )
        entries = parsed.get("entries") or []
        if not entries and (parsed.get("bozo") or not parsed.get("version")):
            return self._failed(
                source,
                state,
                _not_a_feed(parsed, response.headers.get("content-type", "")),
                now=now,
                interval=interval,
            )
        problem = parsed.get("bozo_exception")
        if parsed.get("bozo") and not isinstance(problem, _HARMLESS):
            log.warning(
                "feed %s: malformed (%s); keeping the %d items that parsed",
                source.url,
                _short(problem),
                len(entries),
            )
        feed_language = _language(parsed.get("feed", {}).get("language"))
        articles = list(
            _unique(
                _article(entry, source, feed_language, now=now, base_url=str(response.url))
                for entry in entries
            )
        )
        return FetchResult(
            status="ok",
            articles=articles,
            state=self._succeeded(source, etag, last_modified, now=now),
        )

    async def fetch_many(
        self,
        sources_with_states: Iterable[tuple[FeedSource, FeedState | None]],
        *,
        now: datetime,
        concurrency: int = 10,
        poll_seconds: int = DEFAULT_POLL_SECONDS,
    ) -> list[tuple[FeedSource, FetchResult]]:
        """Poll several feeds concurrently, at most ``concurrency`` at a time.

        Args:
            sources_with_states: the feeds with their previous states.
            now: the time of this poll round.
            concurrency: the most requests in flight.
            poll_seconds: the normal poll interval (see ``fetch``).

        Returns:
            One result per feed, in the order given.
        """
        semaphore = asyncio.Semaphore(max(1, concurrency))

        async def one(
            source: FeedSource, state: FeedState | None
        ) -> tuple[FeedSource, FetchResult]:
            async with semaphore:
                return source, await self.fetch(source, state, now=now, poll_seconds=poll_seconds)

        return list(await asyncio.gather(*(one(s, st) for s, st in sources_with_states)))

    async def _get(self, url: str, headers: dict[str, str]) -> tuple[httpx.Response, bytes]:
        request = self._client.build_request("GET", url, headers=headers, timeout=self._timeout)
        return await get_capped(self._client, request, max_bytes=self._max_bytes)

    @staticmethod
    def _succeeded(
        source: FeedSource, etag: str | None, last_modified: str | None, *, now: datetime
    ) -> FeedState:
        # Without a per-feed interval the scheduler's own rhythm decides: the feed is due at
        # every round. With one, the feed waits for it.
        next_poll = now + timedelta(seconds=source.poll_seconds) if source.poll_seconds else None
        return FeedState(
            etag=etag,
            last_modified=last_modified,
            failures=0,
            next_poll_at=next_poll,
            last_success=now,
            last_error=None,
        )

    @staticmethod
    def _failed(
        source: FeedSource,
        state: FeedState,
        reason: str,
        *,
        now: datetime,
        interval: int,
        not_before: datetime | None = None,
    ) -> FetchResult:
        failures = state.failures + 1
        delay = min(timedelta(seconds=interval * 2 ** min(failures - 1, 30)), MAX_BACKOFF)
        next_poll = now + delay
        if not_before is not None:
            next_poll = max(next_poll, min(not_before, now + MAX_BACKOFF))
        log.warning(
            "feed %s: %s (failure %d, next poll %s)",
            source.url,
            reason,
            failures,
            next_poll.isoformat(timespec="seconds"),
        )
        new_state = state.model_copy(
            update={"failures": failures, "next_poll_at": next_poll, "last_error": reason}
        )
        return FetchResult(status="error", state=new_state, error=reason)


async def get_capped(
    client: httpx.AsyncClient,
    request: httpx.Request,
    *,
    max_bytes: int,
    same_host: bool = False,
) -> tuple[httpx.Response, bytes]:
    """GET with redirects followed by hand (at most ``MAX_REDIRECTS``) and the body capped.

    Args:
        client: the shared client.
        request: the first request.
        max_bytes: the most body bytes read (``TooLargeError`` past it).
        same_host: stop at a redirect to another host (it would need its own robots.txt
            check and pacing); the redirect response is returned with an empty body.

    Returns:
        The last response (closed) and its body, empty unless the status is 200.
    """
    for _ in range(MAX_REDIRECTS + 1):
        response = await client.send(request, stream=True, follow_redirects=False)
        try:
            if response.is_redirect and response.next_request is not None:
                if same_host and response.next_request.url.host != request.url.host:
                    return response, b""
                request = response.next_request
                continue
            if response.status_code != 200:
                return response, b""
            return response, await read_capped(response, max_bytes)
        finally:
            await response.aclose()
    raise httpx.TooManyRedirects(f"more than {MAX_REDIRECTS} redirects", request=request)


async def read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    """The body of a streamed response, refused past ``max_bytes``.

    Args:
        response: a response opened with ``stream=True``.
        max_bytes: the most decoded bytes accepted.

    Returns:
        The decoded body.

    Raises:
        TooLargeError: the declared or actual size is over the cap; reading stops there.
    """
    declared = response.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > max_bytes:
        raise TooLargeError
    chunks: list[bytes] = []
    size = 0
    # aiter_bytes yields decoded bytes, so the cap also stops a gzip bomb.
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise TooLargeError
        chunks.append(chunk)
    return b"".join(chunks)


def _retry_after(value: str | None, now: datetime) -> datetime | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return now + timedelta(seconds=int(value))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _not_a_feed(parsed: Any, content_type: str) -> str:
    if content_type.split(";")[0].strip().lower() in _HTML_TYPES:
        return "not a feed: the server sent an HTML page"
    problem = parsed.get("bozo_exception")
    return f"not a feed: {_short(problem)}" if problem else "not a feed: no RSS or Atom found"


def _short(exc: object) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


# --- entries -> articles -----------------------------------------------------------------------


def _article(
    entry: Any, source: FeedSource, feed_language: str | None, *, now: datetime, base_url: str
) -> Article:
    title = _clean(entry.get("title", ""), entry.get("title_detail"))
    summary = _clean(entry.get("summary", ""), entry.get("summary_detail"))
    body = "\n\n".join(
        text
        for content in entry.get("content") or ()
        if (text := _clean(content.get("value", ""), content))
    )
    if body == summary:
        body = ""
    guid = (entry.get("id") or "").strip()
    link = (entry.get("link") or "").strip()
    if not link and guid.startswith(("http://", "https://")):
        link = guid
    article = Article(
        id="",
        source=source.name,
        url=link or base_url,
        published=_published(entry, source, now=now),
        language=_language(_entry_language(entry)) or feed_language or source.language,
        title=title,
        summary=summary,
        body=body,
    )
    return article.model_copy(
        update={"id": guid or link or f"sha256:{article_fingerprint(article)}"}
    )


def _entry_language(entry: Any) -> str | None:
    for key in ("title_detail", "summary_detail"):
        detail = entry.get(key)
        if detail and detail.get("language"):
            return str(detail["language"])
    for content in entry.get("content") or ():
        if content.get("language"):
            return str(content["language"])
    return None


def _published(entry: Any, source: FeedSource, *, now: datetime) -> datetime:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if stamp is None:
        return now
    # feedparser normalises every date to a UTC struct_time.
    published = datetime.fromtimestamp(calendar.timegm(stamp), tz=UTC)
    if published > now + FUTURE_TOLERANCE:
        log.info(
            "feed %s: item %r dated %s, in the future; dated now instead",
            source.url,
            entry.get("id") or entry.get("link"),
            published.isoformat(),
        )
        return now
    return published


def _language(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    primary = value.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def _unique(articles: Iterable[Article]) -> Iterable[Article]:
    seen: set[str] = set()
    for article in articles:
        if article.id not in seen:
            seen.add(article.id)
            yield article


def _clean(value: str, detail: Any) -> str:
    if detail and detail.get("type") == "text/plain":
        return _squash(value)
    return html_to_text(value)


_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2009\u202f]+")


def _squash(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


# A word list reads better than 35 quoted strings.
_BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer form h1 h2 h3 "  # noqa: SIM905
    "h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
_SKIP = frozenset(("script", "style", "noscript", "template", "iframe", "svg", "head"))


class _TextParser(HTMLParser):
    # The stdlib parser is enough for feed fragments (already sanitised by feedparser) and
    # never fails on broken markup; a full HTML library would add nothing here.
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skipping = 0

    def _flush(self) -> None:
        text = _SPACES.sub(" ", "".join(self._current).replace("\n", " ")).strip()
        if text:
            self.paragraphs.append(text)
        self._current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCKS:
            self._flush()
        elif tag == "br":
            self._current.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._flush()
        elif tag == "br":
            self._current.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._current.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment, block elements as paragraphs.

    Args:
        markup: HTML (or plain text with entities).

    Returns:
        The text, whitespace collapsed, paragraphs separated by a blank line.
    """
    if not markup:
        return ""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    parser._flush()
    return "\n\n".join(parser.paragraphs)


_NON_WORD = re.compile(r"[\W_]+")


def _normalise(text: str) -> str:
    return _NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def article_fingerprint(article: Article) -> str:
    """A hash of what a reader sees of an item, to spot one story under several links.

    Args:
        article: a feed item.

    Returns:
        The hex sha256 of the normalised title and summary (case, punctuation and spacing
        ignored); of the body, then the link, when both are empty.
    """
    text = f"{_normalise(article.title)}\n{_normalise(article.summary)}"
    if not text.strip():
        text = _normalise(article.body) or article.url
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
