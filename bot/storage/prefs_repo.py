"""Storage of a chat's own settings, per-subscription filters and mutes, held incidents."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, time

import aiosqlite

from bot.domain.policy import DigestMode, Filter, QuietHours
from bot.storage.db import Database
from bot.storage.repos import iso, parse_dt

__all__ = ["ChatPrefs", "HeldRepo", "ManagedChannelRepo", "PrefsRepo", "SubscriptionPrefs"]


@dataclass(frozen=True, slots=True)
class ChatPrefs:
    """What a chat chose beyond its subscriptions; the defaults change nothing."""

    chat_id: int
    filter: Filter = field(default_factory=Filter)
    quiet: QuietHours | None = None
    digest: DigestMode = "off"
    digest_at: time | None = None
    last_digest_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class SubscriptionPrefs:
    subscription_id: int
    filter: Filter = field(default_factory=Filter)
    muted_until: datetime | None = None


def _filter(categories: str, min_fatalities: int) -> Filter:
    return Filter(categories=frozenset(json.loads(categories)), min_fatalities=min_fatalities)


def _time(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None


class PrefsRepo:
    """``chat_prefs`` and ``subscription_prefs``."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def _chat_row(row: aiosqlite.Row) -> ChatPrefs:
        start, end = _time(row["quiet_start"]), _time(row["quiet_end"])
        return ChatPrefs(
            chat_id=row["chat_id"],
            filter=_filter(row["categories"], row["min_fatalities"]),
            quiet=QuietHours(start, end) if start is not None and end is not None else None,
            digest=row["digest"],
            digest_at=_time(row["digest_at"]),
            last_digest_at=parse_dt(row["last_digest_at"]),
        )

    async def chat(self, *, chat_id: int) -> ChatPrefs:
        async with self._db.conn.execute(
            "SELECT * FROM chat_prefs WHERE chat_id = ?", (chat_id,)
        ) as cur:
            row = await cur.fetchone()
        return self._chat_row(row) if row else ChatPrefs(chat_id=chat_id)

    async def save_chat(self, *, prefs: ChatPrefs, now: datetime) -> None:
        quiet = prefs.quiet
        await self._db.write(
            "INSERT INTO chat_prefs (chat_id, categories, min_fatalities, quiet_start, quiet_end,"
            " digest, digest_at, last_digest_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (chat_id) DO UPDATE SET categories = excluded.categories,"
            " min_fatalities = excluded.min_fatalities, quiet_start = excluded.quiet_start,"
            " quiet_end = excluded.quiet_end, digest = excluded.digest,"
            " digest_at = excluded.digest_at, last_digest_at = excluded.last_digest_at,"
            " updated_at = excluded.updated_at",
            (
                prefs.chat_id,
                json.dumps(sorted(prefs.filter.categories)),
                prefs.filter.min_fatalities,
                quiet.start.isoformat("minutes") if quiet else None,
                quiet.end.isoformat("minutes") if quiet else None,
                prefs.digest,
                prefs.digest_at.isoformat("minutes") if prefs.digest_at else None,
                iso(prefs.last_digest_at),
                iso(now),
            ),
        )

    async def with_digest(self) -> list[ChatPrefs]:
        """Every chat that asked for a daily digest."""
        async with self._db.conn.execute(
            "SELECT p.* FROM chat_prefs p JOIN chats c ON c.id = p.chat_id"
            " WHERE p.digest != 'off' AND p.digest_at IS NOT NULL AND c.active = 1"
        ) as cur:
            rows = await cur.fetchall()
        return [self._chat_row(r) for r in rows]

    async def subscriptions(
        self, *, subscription_ids: Iterable[int]
    ) -> dict[int, SubscriptionPrefs]:
        ids = list(subscription_ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        async with self._db.conn.execute(
            f"SELECT * FROM subscription_prefs WHERE subscription_id IN ({marks})", ids
        ) as cur:
            rows = await cur.fetchall()
        return {
            r["subscription_id"]: SubscriptionPrefs(
                subscription_id=r["subscription_id"],
                filter=_filter(r["categories"], r["min_fatalities"]),
                muted_until=parse_dt(r["muted_until"]),
            )
            for r in rows
        }

    async def subscription(self, *, subscription_id: int) -> SubscriptionPrefs:
        found = await self.subscriptions(subscription_ids=[subscription_id])
        return found.get(subscription_id, SubscriptionPrefs(subscription_id=subscription_id))

    async def save_subscription(self, *, prefs: SubscriptionPrefs) -> None:
        await self._db.write(
            "INSERT INTO subscription_prefs (subscription_id, categories, min_fatalities,"
            " muted_until) VALUES (?, ?, ?, ?) ON CONFLICT (subscription_id) DO UPDATE SET"
            " categories = excluded.categories, min_fatalities = excluded.min_fatalities,"
            " muted_until = excluded.muted_until",
            (
                prefs.subscription_id,
                json.dumps(sorted(prefs.filter.categories)),
                prefs.filter.min_fatalities,
                iso(prefs.muted_until),
            ),
        )

    async def mute_subscriptions(
        self, *, subscription_ids: Iterable[int], until: datetime | None
    ) -> None:
        for sid in subscription_ids:
            current = await self.subscription(subscription_id=sid)
            await self.save_subscription(prefs=replace(current, muted_until=until))

    async def reset_subscription_filters(self, *, subscription_ids: Iterable[int]) -> None:
        ids = list(subscription_ids)
        if not ids:
            return
        marks = ",".join("?" * len(ids))
        await self._db.write(
            "UPDATE subscription_prefs SET categories = '[]', min_fatalities = 0"
            f" WHERE subscription_id IN ({marks})",
            ids,
        )


class HeldRepo:
    """Incidents held back for a chat: ``quiet`` (summary when quiet hours end) or ``digest``."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def hold(self, *, chat_id: int, incident_id: int, reason: str, now: datetime) -> None:
        await self._db.write(
            "INSERT OR IGNORE INTO held_incidents (chat_id, incident_id, reason, held_at)"
            " VALUES (?, ?, ?, ?)",
            (chat_id, incident_id, reason, iso(now)),
        )

    async def chats(self, *, reason: str) -> list[int]:
        async with self._db.conn.execute(
            "SELECT DISTINCT chat_id FROM held_incidents WHERE reason = ?", (reason,)
        ) as cur:
            return [int(r[0]) for r in await cur.fetchall()]

    async def incident_ids(self, *, chat_id: int, reason: str) -> list[int]:
        async with self._db.conn.execute(
            "SELECT incident_id FROM held_incidents WHERE chat_id = ? AND reason = ?"
            " ORDER BY held_at, incident_id",
            (chat_id, reason),
        ) as cur:
            return [int(r[0]) for r in await cur.fetchall()]

    async def release(self, *, chat_id: int, reason: str, incident_ids: Iterable[int]) -> None:
        ids = list(incident_ids)
        if not ids:
            return
        marks = ",".join("?" * len(ids))
        await self._db.write(
            f"DELETE FROM held_incidents WHERE chat_id = ? AND reason = ?"
            f" AND incident_id IN ({marks})",
            (chat_id, reason, *ids),
        )

    async def count(self, *, chat_id: int, reason: str) -> int:
        async with self._db.conn.execute(
            "SELECT COUNT(*) FROM held_incidents WHERE chat_id = ? AND reason = ?",
            (chat_id, reason),
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0


class ManagedChannelRepo:
    """``managed_channels``: the channel a private chat manages, and the channel's title."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, *, private_chat_id: int) -> tuple[int, str] | None:
        async with self._db.conn.execute(
            "SELECT channel_id, title FROM managed_channels WHERE private_chat_id = ?",
            (private_chat_id,),
        ) as cur:
            row = await cur.fetchone()
        return (int(row["channel_id"]), str(row["title"])) if row else None

    async def set(
        self, *, private_chat_id: int, channel_id: int, title: str, now: datetime
    ) -> None:
        await self._db.write(
            "INSERT INTO managed_channels (private_chat_id, channel_id, title, since)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (private_chat_id) DO UPDATE SET"
            " channel_id = excluded.channel_id, title = excluded.title, since = excluded.since",
            (private_chat_id, channel_id, title, iso(now)),
        )

    async def clear(self, *, private_chat_id: int) -> None:
        await self._db.write(
            "DELETE FROM managed_channels WHERE private_chat_id = ?", (private_chat_id,)
        )
