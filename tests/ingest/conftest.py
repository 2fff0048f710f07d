"""Fixtures for the ingest tests: an HTTP client and a scripted local server.

Test modules import ``ScriptedServer`` for annotations only: at run time several ``conftest``
modules exist and a plain ``import conftest`` could pick the wrong one.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Callable, Iterator
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from fakes.feed_server import LocalServer

Route = Callable[[BaseHTTPRequestHandler, dict[str, list[str]]], None]


class ScriptedServer(LocalServer):
    """Answers each path with a function of the request; records every query string."""

    def __init__(self) -> None:
        super().__init__()
        self.routes: dict[str, Route] = {}
        self.queries: list[dict[str, list[str]]] = []
        self.bytes_sent = 0
        self._lock = threading.Lock()

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    def count(self, n: int) -> None:
        with self._lock:
            self.bytes_sent += n

    def _dispatch(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        query = parse_qs(parts.query)
        with self._lock:
            self.queries.append(query)
        route = self.routes.get(parts.path)
        if route is None:
            handler.send_response(404)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        route(handler, query)


@pytest.fixture
def scripted() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        yield server
    assert not server.errors, server.errors


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient() as client:
        yield client
