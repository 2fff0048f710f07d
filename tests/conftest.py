"""Shared fixtures. `fakes` is importable because pytest puts this directory on sys.path."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fakes import FakeBotAPI, FeedServer

__all__ = ["bot_api", "feed_server"]


@pytest.fixture
def bot_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeBotAPI]:
    """A running fake Bot API; use `bot_api.token` and `f"{bot_api.url}/bot"` as base_url.

    PTB 22 warns (an error here) whenever it builds a RetryAfter unless time periods are
    opted into `timedelta`, so this fixture opts in: `RetryAfter.retry_after` is a timedelta.
    """
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    with FakeBotAPI() as api:
        yield api
    assert not api.errors, f"fake Bot API failed while answering: {api.errors}"


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    """A running local feed server; `feed_server.set(path, body)` then fetch `.url(path)`."""
    with FeedServer() as server:
        yield server
    assert not server.errors, f"feed server failed while answering: {server.errors}"
