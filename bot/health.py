"""A ``/health`` HTTP endpoint for monitors and container health checks.

Hand-written on ``asyncio.start_server``: one read-only JSON route does not justify a web
framework as a dependency. Off by default (``VIGIE_HEALTH_PORT``), bound to 127.0.0.1 unless
``VIGIE_HEALTH_HOST`` says otherwise.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.services.delivery import AlertDispatcher
from bot.storage.db import Database
from bot.storage.repos import AlertRepo

__all__ = ["HealthServer", "HealthState", "check_health"]

log = logging.getLogger(__name__)

_REASONS = {200: "OK", 404: "Not Found", 405: "Method Not Allowed", 503: "Service Unavailable"}


@dataclass
class HealthState:
    """What the jobs report as they run."""

    last_poll: datetime | None = None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


async def check_health(
    *, db: Database, dispatcher: AlertDispatcher, state: HealthState
) -> dict[str, Any]:
    """The health report: status, last poll, last successful send, queue length, database.

    Returns:
        A JSON-ready mapping; ``status`` is ``ok`` or ``error`` (the database does not answer).
    """
    db_ok = True
    queue: int | None = None
    try:
        async with db.conn.execute("SELECT 1") as cur:
            await cur.fetchone()
        queue = await AlertRepo(db).pending_count()
    except Exception as exc:
        log.warning("health: database check failed: %s", exc)
        db_ok = False
    return {
        "status": "ok" if db_ok else "error",
        "last_poll": _iso(state.last_poll),
        "last_send": _iso(dispatcher.last_sent_at),
        "queue": queue,
        "db": db_ok,
    }


class HealthServer:
    """Serves ``GET /health`` (and ``GET /``) with the JSON of ``report()``.

    Args:
        report: Builds the report; a ``status`` other than ``ok`` answers 503.
        host: Address to bind.
        port: Port to bind (0 picks a free one; see ``port`` once started).
    """

    def __init__(
        self,
        report: Callable[[], Awaitable[dict[str, Any]]],
        *,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self._report = report
        self._host = host
        self._port = port
        self._server: asyncio.Server | None = None

    @property
    def port(self) -> int:
        """The bound port."""
        if self._server is None or not self._server.sockets:
            return self._port
        return int(self._server.sockets[0].getsockname()[1])

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, self._host, self._port)
        log.info("health endpoint on http://%s:%d/health", self._host, self.port)

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            async with asyncio.timeout(5):
                request = await reader.readline()
                while (line := await reader.readline()) not in (b"\r\n", b"\n", b""):
                    del line  # headers are not needed
                status, body = await self._answer(request.decode("latin-1").split())
            payload = json.dumps(body).encode()
            writer.write(
                f"HTTP/1.1 {status} {_REASONS[status]}\r\n"
                "Content-Type: application/json\r\n"
                f"Content-Length: {len(payload)}\r\n"
                "Connection: close\r\n\r\n".encode()
                + payload
            )
            await writer.drain()
        except (TimeoutError, ConnectionError) as exc:
            log.debug("health request abandoned: %s", exc)
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    async def _answer(self, parts: list[str]) -> tuple[int, dict[str, Any]]:
        if len(parts) < 2:
            return 405, {"error": "bad request"}
        method, target = parts[0], parts[1].split("?", 1)[0]
        if method != "GET":
            return 405, {"error": "method not allowed"}
        if target not in ("/health", "/"):
            return 404, {"error": "not found"}
        report = await self._report()
        return (200 if report.get("status") == "ok" else 503), report
