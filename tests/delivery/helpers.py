"""Building an outbox in a real database, and a real Bot pointed at the fake Bot API."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from telegram import Bot
from telegram.request import HTTPXRequest

from bot.domain.models import Incident, Status
from bot.storage.db import Database
from bot.storage.repos import AlertRepo, IncidentRepo

__all__ = [
    "Clock",
    "chat_ids_of_alerts",
    "make_bot",
    "make_chats",
    "make_incident",
    "queue_incident",
    "states",
    "update_facts",
]

NOW = datetime(2024, 1, 28, 20, 0, tzinfo=UTC)


@dataclass
class Clock:
    """A wall clock the test moves by hand (the dispatcher's ``clock`` argument)."""

    now: datetime = field(default_factory=lambda: datetime.now(UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def make_incident(**overrides: Any) -> Incident:
    fields: dict[str, Any] = {
        "key": secrets.token_hex(8),
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "place_id": "s:ain-al-asad-air-base",
        "place": "Ain al-Asad",
        "admin1": "Al Anbar",
        "country": "IQ",
        "lat": 33.8,
        "lon": 42.44,
        "actors": ("islamic-resistance-in-iraq",),
        "claimed_by": "islamic-resistance-in-iraq",
        "status": Status.CLAIMED,
        "fatalities": 0,
        "injured": 2,
        "incident_date": date(2024, 1, 28),
        "first_seen": NOW,
        "updated_at": NOW,
    }
    fields.update(overrides)
    return Incident.model_validate(fields)


async def make_chats(
    db: Database, chat_ids: Iterable[int], *, chat_type: str = "private", language: str = "en"
) -> None:
    """Insert chats in one transaction (fast for thousands)."""
    stamp = "2024-01-01T00:00:00.000000Z"
    async with db.transaction() as conn:
        await conn.executemany(
            "INSERT OR IGNORE INTO chats (id, type, language, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?)",
            [(c, chat_type, language, stamp, stamp) for c in chat_ids],
        )


async def queue_incident(
    db: Database,
    chat_ids: Iterable[int],
    *,
    priority: int = 50,
    now: datetime | None = None,
    **incident: Any,
) -> int:
    """Store an incident and queue its alerts in one transaction, as the pipeline does."""
    now = now or datetime.now(UTC)
    async with db.transaction() as conn:
        incident_id = await IncidentRepo(db).save(
            conn, incident=make_incident(updated_at=now, first_seen=now, **incident)
        )
        await AlertRepo(db).enqueue(
            conn, incident_id=incident_id, chat_ids=chat_ids, priority=priority, now=now
        )
        await IncidentRepo(db).mark_matched(conn, incident_id=incident_id)
    return incident_id


async def update_facts(
    db: Database, incident_id: int, *, now: datetime, sources_only: bool = False, **facts: Any
) -> None:
    """New facts (or only a new source) for an incident, its sent alerts flagged, as the
    pipeline does."""
    incidents = IncidentRepo(db)
    current = await incidents.get(incident_id=incident_id)
    assert current is not None
    async with db.transaction() as conn:
        await incidents.save(
            conn, incident=current.model_copy(update={**facts, "updated_at": now})
        )
        await AlertRepo(db).flag_updates(
            conn, incident_id=incident_id, sources_only=sources_only
        )


def make_bot(api_url: str, token: str, *, pool: int = 64) -> Bot:
    """A PTB ``Bot`` on the fake Bot API, with room for concurrent sends."""
    return Bot(
        token,
        base_url=f"{api_url}/bot",
        base_file_url=f"{api_url}/file/bot",
        request=HTTPXRequest(connection_pool_size=pool),
    )


async def chat_ids_of_alerts(db: Database, state: str) -> list[int]:
    async with db.conn.execute(
        "SELECT chat_id FROM alerts WHERE state = ? ORDER BY id", (state,)
    ) as cur:
        return [int(r[0]) for r in await cur.fetchall()]


async def states(db: Database) -> dict[str, int]:
    async with db.conn.execute("SELECT state, COUNT(*) FROM alerts GROUP BY state") as cur:
        return {str(r[0]): int(r[1]) for r in await cur.fetchall()}
