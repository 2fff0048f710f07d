"""A local HTTP server serving feeds and pages, plus RSS/Atom builders.

Also home of `LocalServer`, the threaded-server lifecycle shared with the fake Bot API.
"""

from __future__ import annotations

import contextlib
import gzip as gzip_module
import html
import socket
import sys
import threading
import traceback
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

__all__ = [
    "SEED_PATH",
    "FeedServer",
    "LocalServer",
    "atom",
    "rss",
    "seed_item",
    "seed_lines",
]

SEED_PATH = (
    Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "drone-attack-iraq.txt"
)
SEED_ARTICLE_PATH = "/articles/drone-ain-al-asad"


class _Handler(BaseHTTPRequestHandler):
    # A silent client must not pin a handler thread (and so stop()) forever.
    timeout = 15
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        self.server.owner._track(self.connection, add=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.owner._track(self.connection, add=False)

    def do_GET(self) -> None:
        self.server.owner._dispatch(self)

    do_POST = do_GET
    do_HEAD = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _HTTPServer(ThreadingHTTPServer):
    # server_close() joins only the handler threads that are not daemons, so handlers are not
    # daemons: stop() wakes them and shuts their sockets, then waits for every one to end.
    daemon_threads = False
    block_on_close = True
    # The default backlog of 5 drops SYNs (1 s client retry) when a test sends in bursts.
    request_queue_size = 256

    def __init__(self, owner: LocalServer) -> None:
        self.owner = owner
        super().__init__(("127.0.0.1", 0), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        self.owner._record_error()


class LocalServer:
    """A `ThreadingHTTPServer` on 127.0.0.1 (free port) run in a thread, stopped cleanly.

    Subclasses implement `_dispatch(handler)`. Exceptions raised while answering are
    collected in `errors` (a client that went away is not an error).
    """

    def __init__(self) -> None:
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._connections: set[socket.socket] = set()
        self._conn_lock = threading.Lock()
        self.stopping = threading.Event()
        self.errors: list[str] = []

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:<port>` of the running server."""
        if self._httpd is None:
            raise RuntimeError(f"{type(self).__name__} is not started")
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> Self:
        """Bind a free port and serve in a background thread."""
        if self._httpd is not None:
            return self
        self.stopping.clear()
        self._httpd = _HTTPServer(self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"{type(self).__name__}-serve",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, wake waiting handlers, close every socket and join every thread."""
        if self._httpd is None:
            return
        self.stopping.set()
        self._wake()
        self._httpd.shutdown()
        with self._conn_lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join()
        self._httpd = None
        self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _wake(self) -> None:
        """Hook: wake handlers blocked on a condition so that stop() is prompt."""

    def _dispatch(self, handler: BaseHTTPRequestHandler) -> None:
        raise NotImplementedError

    def _track(self, conn: socket.socket, *, add: bool) -> None:
        with self._conn_lock:
            if add:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)

    def _record_error(self) -> None:
        exc = sys.exception()
        if isinstance(exc, OSError):
            return
        self.errors.append("".join(traceback.format_exception(exc)) if exc else "unknown")


@dataclass
class _Resource:
    body: bytes
    content_type: str
    status: int
    etag: str | None
    last_modified: datetime | None
    delay: float
    gzip: bool
    headers: dict[str, str] = field(default_factory=dict)


class FeedServer(LocalServer):
    """Serves what the test sets, with conditional GET, delays, gzip and redirects.

    Example:
        with FeedServer() as feeds:
            feeds.set("/feed.xml", rss([...]), etag='"v1"')
            url = feeds.url("/feed.xml")
    """

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._resources: dict[str, _Resource] = {}
        self._hits: defaultdict[str, int] = defaultdict(int)
        self._requests: defaultdict[str, list[dict[str, str]]] = defaultdict(list)

    def url(self, path: str = "/") -> str:
        """Absolute URL of `path` on this server."""
        return f"{self.base_url}{path}"

    def set(
        self,
        path: str,
        body: bytes | str,
        *,
        content_type: str = "application/rss+xml",
        status: int = 200,
        etag: str | None = None,
        last_modified: datetime | None = None,
        delay: float = 0.0,
        gzip: bool = False,
        headers: Mapping[str, str] | None = None,
    ) -> str:
        """Serve `body` at `path` (replacing what was there). Returns the absolute URL.

        Args:
            path: Path with leading slash; a query string may be included to match exactly.
            body: Response body; str is encoded as UTF-8.
            content_type: Content-Type header (`; charset=utf-8` is added for str bodies).
            status: HTTP status to answer.
            etag: ETag to send; a matching If-None-Match gets 304.
            last_modified: Aware datetime for Last-Modified; If-Modified-Since >= it gets 304.
            delay: Seconds to wait before answering.
            gzip: Send the body gzip-compressed with Content-Encoding: gzip.
            headers: Extra response headers.
        """
        if last_modified is not None and last_modified.tzinfo is None:
            raise ValueError("last_modified must be timezone-aware")
        if isinstance(body, str):
            data = body.encode()
            if "charset" not in content_type:
                content_type = f"{content_type}; charset=utf-8"
        else:
            data = body
        with self._lock:
            self._resources[path] = _Resource(
                body=data,
                content_type=content_type,
                status=status,
                etag=etag,
                last_modified=last_modified,
                delay=delay,
                gzip=gzip,
                headers=dict(headers or {}),
            )
        return self.url(path)

    def redirect(self, path: str, to: str, *, status: int = 301) -> str:
        """Answer `path` with a redirect to `to` (a path on this server or an absolute URL)."""
        return self.set(
            path, b"", content_type="text/plain", status=status, headers={"Location": to}
        )

    def remove(self, path: str) -> None:
        """Stop serving `path` (it answers 404 afterwards)."""
        with self._lock:
            self._resources.pop(path, None)

    def hits(self, path: str) -> int:
        """How many requests reached `path` (query string ignored)."""
        with self._lock:
            return self._hits[path]

    def requests(self, path: str) -> list[dict[str, str]]:
        """Headers of each request to `path`, in order, with lower-case names."""
        with self._lock:
            return [dict(h) for h in self._requests[path]]

    def seed_item(self, published: datetime | None = None) -> dict[str, Any]:
        """`seed_item()` with links on this server."""
        return seed_item(self.base_url, published=published)

    def serve_seed(
        self, feed_path: str = "/feed.xml", *, published: datetime | None = None
    ) -> str:
        """Serve an RSS feed holding the seed item, and the article page it links to.

        Returns:
            The feed URL.
        """
        item = self.seed_item(published)
        page = (
            f"<html><head><title>{html.escape(item['title'])}</title></head><body>"
            f"<h1>{html.escape(item['title'])}</h1>{item['description']}</body></html>"
        )
        self.set(SEED_ARTICLE_PATH, page, content_type="text/html")
        return self.set(feed_path, rss([item], title="Seed feed", link=self.url("/")))

    def _dispatch(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        headers = {k.lower(): v for k, v in handler.headers.items()}
        with self._lock:
            self._hits[parts.path] += 1
            self._requests[parts.path].append(headers)
            resource = self._resources.get(handler.path) or self._resources.get(parts.path)
        if resource is None:
            _respond(handler, 404, b"not found", {"Content-Type": "text/plain"})
            return
        if resource.delay and self.stopping.wait(resource.delay):
            return
        out_headers = {"Content-Type": resource.content_type, **resource.headers}
        if resource.etag is not None:
            out_headers["ETag"] = resource.etag
        if resource.last_modified is not None:
            out_headers["Last-Modified"] = format_datetime(
                resource.last_modified.astimezone(UTC), usegmt=True
            )
        if resource.status == 200 and _not_modified(resource, headers):
            out_headers.pop("Content-Type")
            _respond(handler, 304, b"", out_headers)
            return
        body = resource.body
        if resource.gzip:
            body = gzip_module.compress(body)
            out_headers["Content-Encoding"] = "gzip"
        _respond(handler, resource.status, body, out_headers)


def _not_modified(resource: _Resource, headers: Mapping[str, str]) -> bool:
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        # RFC 9110 13.1.2: If-None-Match takes precedence; weak comparison.
        if resource.etag is None:
            return False
        wanted = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in wanted or resource.etag.removeprefix("W/") in wanted
    if_modified_since = headers.get("if-modified-since")
    if if_modified_since is None or resource.last_modified is None:
        return False
    try:
        since = parsedate_to_datetime(if_modified_since)
    except (TypeError, ValueError):
        return False
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return resource.last_modified.replace(microsecond=0) <= since


def _respond(
    handler: BaseHTTPRequestHandler, status: int, body: bytes, headers: Mapping[str, str]
) -> None:
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    if handler.command != "HEAD" and status != 304:
        handler.wfile.write(body)


# --- builders -------------------------------------------------------------------------------


def _rfc822(value: datetime | str) -> str:
    if isinstance(value, str):
        return value
    if value.tzinfo is None:
        raise ValueError("feed dates must be timezone-aware")
    return format_datetime(value.astimezone(UTC))


def _rfc3339(value: datetime | str) -> str:
    if isinstance(value, str):
        return value
    if value.tzinfo is None:
        raise ValueError("feed dates must be timezone-aware")
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def rss(
    items: Sequence[Mapping[str, Any]],
    *,
    title: str = "Test feed",
    link: str = "http://127.0.0.1/",
    description: str = "Feed served by the test feed server",
    language: str | None = None,
) -> str:
    """Build an RSS 2.0 document.

    Args:
        items: Dicts with any of `title`, `link`, `guid`, `description` (HTML allowed),
            `content` (HTML, emitted as content:encoded), `pubDate` (aware datetime or a
            ready RFC 822 string), `author`, `categories` (list of str).
        title: Channel title.
        link: Channel link.
        description: Channel description.
        language: Channel language such as "fr" or "en-us".

    Returns:
        The XML document as a string.
    """
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
        "<channel>",
        f"<title>{escape(title)}</title>",
        f"<link>{escape(link)}</link>",
        f"<description>{escape(description)}</description>",
    ]
    if language:
        out.append(f"<language>{escape(language)}</language>")
    for item in items:
        out.append("<item>")
        for key in ("title", "link", "description", "author"):
            if item.get(key) is not None:
                out.append(f"<{key}>{escape(str(item[key]))}</{key}>")
        if item.get("guid") is not None:
            guid = str(item["guid"])
            permalink = "true" if guid.startswith(("http://", "https://")) else "false"
            out.append(f'<guid isPermaLink="{permalink}">{escape(guid)}</guid>')
        for category in item.get("categories") or ():
            out.append(f"<category>{escape(category)}</category>")
        if item.get("pubDate") is not None:
            out.append(f"<pubDate>{escape(_rfc822(item['pubDate']))}</pubDate>")
        if item.get("content") is not None:
            out.append(f"<content:encoded>{escape(str(item['content']))}</content:encoded>")
        out.append("</item>")
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def atom(
    items: Sequence[Mapping[str, Any]],
    *,
    title: str = "Test feed",
    link: str = "http://127.0.0.1/",
    feed_id: str = "urn:vigie:test-feed",
    updated: datetime | None = None,
) -> str:
    """Build an Atom 1.0 document from the same item dicts as `rss()`.

    `guid` becomes the entry id (the link if absent), `description` the HTML summary,
    `content` the HTML content, `pubDate` both published and updated.

    Returns:
        The XML document as a string.
    """
    stamp = updated or datetime.now(UTC)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{escape(title)}</title>",
        f'<link href="{escape(link)}"/>',
        f"<id>{escape(feed_id)}</id>",
        f"<updated>{_rfc3339(stamp)}</updated>",
    ]
    for index, item in enumerate(items):
        entry_id = item.get("guid") or item.get("link") or f"{feed_id}:{index}"
        published = _rfc3339(item["pubDate"]) if item.get("pubDate") else _rfc3339(stamp)
        out.append("<entry>")
        out.append(f"<id>{escape(str(entry_id))}</id>")
        out.append(f"<title>{escape(str(item.get('title', '')))}</title>")
        if item.get("link") is not None:
            out.append(f'<link rel="alternate" href="{escape(str(item["link"]))}"/>')
        out.append(f"<published>{published}</published>")
        out.append(f"<updated>{published}</updated>")
        if item.get("author") is not None:
            out.append(f"<author><name>{escape(str(item['author']))}</name></author>")
        if item.get("description") is not None:
            out.append(f'<summary type="html">{escape(str(item["description"]))}</summary>')
        if item.get("content") is not None:
            out.append(f'<content type="html">{escape(str(item["content"]))}</content>')
        out.append("</entry>")
    out += ["</feed>", ""]
    return "\n".join(out)


def seed_lines() -> list[str]:
    """Non-empty lines of the seed article; raises FileNotFoundError if it is missing."""
    if not SEED_PATH.is_file():
        raise FileNotFoundError(
            f"seed article not found at {SEED_PATH}; the end-to-end fixtures need "
            "shared/seed/drone-attack-iraq.txt next to the repository"
        )
    return [
        line.strip() for line in SEED_PATH.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def seed_item(base_url: str, *, published: datetime | None = None) -> dict[str, Any]:
    """RSS item dict for the seed article, as a scraped page would give it.

    The title is the first line (the English headline). The description is every
    following paragraph as `<p>`, French body and trailing share/comment boilerplate
    included; the repeated headline that opens the body is dropped.

    Args:
        base_url: Server root such as `http://127.0.0.1:8080`.
        published: Aware publication time; defaults to now.
    """
    lines = seed_lines()
    title, body = lines[0], lines[1:]
    while body and body[0] == title:
        body = body[1:]
    link = f"{base_url.rstrip('/')}{SEED_ARTICLE_PATH}"
    return {
        "title": title,
        "link": link,
        "guid": link,
        "description": "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in body),
        "pubDate": published or datetime.now(UTC),
    }
