"""Test doubles for the outside world: a fake Telegram Bot API and a local feed server."""

from __future__ import annotations

from .bot_api import (
    DEFAULT_GROUP_USER_ID,
    DEFAULT_TOKEN,
    FakeBotAPI,
    RecordedCall,
    UploadedFile,
)
from .feed_server import SEED_PATH, FeedServer, atom, rss, seed_item, seed_lines

__all__ = [
    "DEFAULT_GROUP_USER_ID",
    "DEFAULT_TOKEN",
    "SEED_PATH",
    "FakeBotAPI",
    "FeedServer",
    "RecordedCall",
    "UploadedFile",
    "atom",
    "rss",
    "seed_item",
    "seed_lines",
]
