"""Repositories: the only code that writes SQL. Parameterised queries, domain models out."""

from __future__ import annotations

import json
import random
from collections.abc import AsyncIterator, Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import aiosqlite

from bot.domain.models import (
    Alert,
    AlertState,
    Chat,
    Incident,
    Report,
    Status,
    Subscription,
)
from bot.storage.db import Database

__all__ = [
    "AlertRepo",
    "ChatRepo",
    "IncidentRepo",
    "SeenRepo",
    "SourceRecord",
    "SourceRepo",
    "SubscriptionRepo",
    "iso",
    "parse_dt",
]


def iso(value: datetime | None) -> str | None:
    """A UTC ISO-8601 string for storage."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetimes are not stored")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


#: Values bound in one ``IN (...)`` list, well under SQLite's limit on bound variables.
_IN_CHUNK = 500


async def _select_in(
    conn: aiosqlite.Connection, sql: str, values: Sequence[Any]
) -> list[aiosqlite.Row]:
    """The rows of ``sql`` for every one of ``values``, which fill its ``{marks}`` IN list a
    chunk at a time; the chunks' rows follow one another in the order of ``values``."""
    rows: list[aiosqlite.Row] = []
    for start in range(0, len(values), _IN_CHUNK):
        chunk = list(values[start : start + _IN_CHUNK])
        async with conn.execute(sql.format(marks=",".join("?" * len(chunk))), chunk) as cur:
            rows.extend(await cur.fetchall())
    return rows


def parse_dt(value: str | None) -> datetime | None:
    if value is None:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _must_dt(value: str) -> datetime:
    parsed = parse_dt(value)
    assert parsed is not None
    return parsed


class ChatRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def _row(row: aiosqlite.Row) -> Chat:
        return Chat(
            id=row["id"],
            type=row["type"],
            language=row["language"],
            timezone=row["timezone"],
            active=bool(row["active"]),
            muted_until=parse_dt(row["muted_until"]),
            created_at=parse_dt(row["created_at"]),
        )

    async def get(self, *, chat_id: int) -> Chat | None:
        async with self._db.conn.execute("SELECT * FROM chats WHERE id = ?", (chat_id,)) as cur:
            row = await cur.fetchone()
        return self._row(row) if row else None

    async def ensure(
        self, *, chat_id: int, chat_type: str, language: str, now: datetime
    ) -> tuple[Chat, bool]:
        """The chat, created with ``language`` if new. Returns (chat, created)."""
        existing = await self.get(chat_id=chat_id)
        if existing is not None:
            return existing, False
        await self._db.write(
            "INSERT OR IGNORE INTO chats (id, type, language, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (chat_id, chat_type, language, iso(now), iso(now)),
        )
        chat = await self.get(chat_id=chat_id)
        assert chat is not None
        return chat, True

    async def update(self, *, chat_id: int, now: datetime, **fields: Any) -> None:
        allowed = {"language", "timezone", "active", "muted_until", "type"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"unknown chat fields: {sorted(unknown)}")
        if not fields:
            return
        values = [iso(v) if isinstance(v, datetime) else v for v in fields.values()]
        assignments = ", ".join(f"{name} = ?" for name in fields)
        await self._db.write(
            f"UPDATE chats SET {assignments}, updated_at = ? WHERE id = ?",
            (*values, iso(now), chat_id),
        )

    async def languages(self, *, chat_ids: Iterable[int]) -> dict[int, Chat]:
        rows = await _select_in(
            self._db.conn, "SELECT * FROM chats WHERE id IN ({marks})", list(chat_ids)
        )
        return {row["id"]: self._row(row) for row in rows}

    async def delete(self, *, chat_id: int) -> None:
        """Forget everything stored about a chat."""
        async with self._db.transaction() as conn:
            await conn.execute("DELETE FROM alerts WHERE chat_id = ?", (chat_id,))
            await conn.execute("DELETE FROM subscriptions WHERE chat_id = ?", (chat_id,))
            await conn.execute("DELETE FROM chats WHERE id = ?", (chat_id,))

    async def count(self) -> int:
        async with self._db.conn.execute("SELECT COUNT(*) FROM chats WHERE active = 1") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0


class SubscriptionRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def _row(row: aiosqlite.Row) -> Subscription:
        return Subscription(
            id=row["id"],
            chat_id=row["chat_id"],
            kind=row["kind"],
            target_id=row["target_id"],
            label=row["label"],
            km=row["km"],
            lat=row["lat"],
            lon=row["lon"],
            created_at=parse_dt(row["created_at"]),
        )

    async def add(self, *, subscription: Subscription, now: datetime) -> tuple[Subscription, bool]:
        """Store a subscription. Returns (stored, created); an identical one is not repeated."""
        s = subscription
        cur = await self._db.write(
            "INSERT OR IGNORE INTO subscriptions"
            " (chat_id, kind, target_id, label, km, lat, lon, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (s.chat_id, s.kind, s.target_id, s.label, s.km, s.lat, s.lon, iso(now)),
        )
        created = cur.rowcount == 1
        async with self._db.conn.execute(
            "SELECT * FROM subscriptions WHERE chat_id = ? AND kind = ? AND target_id = ?"
            " AND km IS ?",
            (s.chat_id, s.kind, s.target_id, s.km),
        ) as c:
            row = await c.fetchone()
        assert row is not None
        return self._row(row), created

    async def for_chat(self, *, chat_id: int) -> list[Subscription]:
        async with self._db.conn.execute(
            "SELECT * FROM subscriptions WHERE chat_id = ? ORDER BY id", (chat_id,)
        ) as cur:
            return [self._row(r) for r in await cur.fetchall()]

    async def remove(self, *, chat_id: int, subscription_id: int) -> Subscription | None:
        async with self._db.conn.execute(
            "SELECT * FROM subscriptions WHERE id = ? AND chat_id = ?",
            (subscription_id, chat_id),
        ) as cur:
            row = await cur.fetchone()
        if row is None:
            return None
        await self._db.write("DELETE FROM subscriptions WHERE id = ?", (subscription_id,))
        return self._row(row)

    async def iter_active_rows(
        self, *, chunk: int = 50_000
    ) -> AsyncIterator[list[tuple[int, str, str, float | None, float | None, float | None]]]:
        """Active chats' subscriptions as plain ``(chat_id, kind, target_id, km, lat, lon)``
        rows, in chunks: a million subscriptions load without a million model objects."""
        async with self._db.conn.execute(
            "SELECT s.chat_id, s.kind, s.target_id, s.km, s.lat, s.lon FROM subscriptions s"
            " JOIN chats c ON c.id = s.chat_id WHERE c.active = 1"
        ) as cur:
            while rows := await cur.fetchmany(chunk):
                yield [tuple(r) for r in rows]

    async def all_active(self) -> list[Subscription]:
        async with self._db.conn.execute(
            "SELECT s.* FROM subscriptions s JOIN chats c ON c.id = s.chat_id WHERE c.active = 1"
        ) as cur:
            return [self._row(r) for r in await cur.fetchall()]

    async def count(self) -> int:
        async with self._db.conn.execute("SELECT COUNT(*) FROM subscriptions") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0


class SourceRecord:
    """A feed's bookkeeping row (plain attributes; not a domain concept)."""

    __slots__ = (
        "error_count",
        "etag",
        "failures",
        "first_polled_at",
        "id",
        "language",
        "last_error",
        "last_modified",
        "last_success",
        "name",
        "next_poll_at",
        "url",
    )

    def __init__(self, row: aiosqlite.Row) -> None:
        self.id: int = row["id"]
        self.url: str = row["url"]
        self.name: str = row["name"]
        self.language: str | None = row["language"]
        self.etag: str | None = row["etag"]
        self.last_modified: str | None = row["last_modified"]
        self.failures: int = row["failures"]
        self.error_count: int = row["error_count"]
        self.next_poll_at = parse_dt(row["next_poll_at"])
        self.last_success = parse_dt(row["last_success"])
        self.last_error: str | None = row["last_error"]
        self.first_polled_at = parse_dt(row["first_polled_at"])


class SourceRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def ensure(self, *, url: str, name: str, language: str | None) -> SourceRecord:
        await self._db.write(
            "INSERT INTO sources (url, name, language) VALUES (?, ?, ?)"
            " ON CONFLICT(url) DO UPDATE SET name = excluded.name, language = excluded.language",
            (url, name, language),
        )
        async with self._db.conn.execute("SELECT * FROM sources WHERE url = ?", (url,)) as cur:
            row = await cur.fetchone()
        assert row is not None
        return SourceRecord(row)

    async def all(self) -> list[SourceRecord]:
        async with self._db.conn.execute("SELECT * FROM sources ORDER BY id") as cur:
            return [SourceRecord(r) for r in await cur.fetchall()]

    async def record_poll(
        self,
        *,
        source_id: int,
        ok: bool,
        now: datetime,
        etag: str | None,
        last_modified: str | None,
        failures: int,
        next_poll_at: datetime | None,
        error: str | None,
    ) -> None:
        await self._db.write(
            "UPDATE sources SET etag = ?, last_modified = ?, failures = ?, next_poll_at = ?,"
            " last_success = CASE WHEN ? THEN ? ELSE last_success END,"
            " last_error = CASE WHEN ? THEN last_error ELSE ? END,"
            " error_count = error_count + CASE WHEN ? THEN 0 ELSE 1 END,"
            " first_polled_at = COALESCE(first_polled_at, CASE WHEN ? THEN ? END)"
            " WHERE id = ?",
            (
                etag,
                last_modified,
                failures,
                iso(next_poll_at),
                ok,
                iso(now),
                ok,
                error,
                ok,
                ok,
                iso(now),
                source_id,
            ),
        )


class SeenRepo:
    """Feed items already read: by GUID, then link, then content fingerprint."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def is_seen(self, *, guid: str, link: str | None, fingerprint: str | None) -> bool:
        async with self._db.conn.execute(
            "SELECT 1 FROM seen_items WHERE guid = ?"
            " OR (? IS NOT NULL AND link = ?) OR (? IS NOT NULL AND fingerprint = ?) LIMIT 1",
            (guid, link, link, fingerprint, fingerprint),
        ) as cur:
            return await cur.fetchone() is not None

    async def mark(
        self,
        *,
        source_id: int | None,
        guid: str,
        link: str | None,
        fingerprint: str | None,
        now: datetime,
    ) -> None:
        await self._db.write(
            "INSERT OR IGNORE INTO seen_items (source_id, guid, link, fingerprint, seen_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (source_id, guid, link, fingerprint, iso(now)),
        )

    async def expire(self, *, older_than: datetime) -> int:
        cur = await self._db.write(
            "DELETE FROM seen_items WHERE seen_at < ?", (iso(older_than),)
        )
        return cur.rowcount


class IncidentRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def _row(row: aiosqlite.Row, reports: Sequence[Report] = ()) -> Incident:
        return Incident(
            id=row["id"],
            key=row["key"],
            event_type=row["event_type"],
            sub_event_type=row["sub_event_type"],
            place_id=row["place_id"],
            place=row["place"],
            admin1=row["admin1"],
            country=row["country"],
            lat=row["lat"],
            lon=row["lon"],
            actors=tuple(json.loads(row["actors"])),
            claimed_by=row["claimed_by"],
            status=Status(row["status"]),
            fatalities=row["fatalities"],
            injured=row["injured"],
            incident_date=date.fromisoformat(row["incident_date"]),
            first_seen=_must_dt(row["first_seen"]),
            updated_at=_must_dt(row["updated_at"]),
            reports=tuple(reports),
        )

    @staticmethod
    def _report(row: aiosqlite.Row) -> Report:
        return Report(
            id=row["id"],
            incident_id=row["incident_id"],
            source=row["source"],
            url=row["url"],
            title=row["title"],
            language=row["language"],
            published=_must_dt(row["published"]),
            fatalities=row["fatalities"],
            injured=row["injured"],
            status=Status(row["status"]) if row["status"] else None,
        )

    async def _reports(self, incident_ids: Sequence[int]) -> dict[int, list[Report]]:
        out: dict[int, list[Report]] = {i: [] for i in incident_ids}
        rows = await _select_in(
            self._db.conn,
            "SELECT * FROM reports WHERE incident_id IN ({marks}) ORDER BY published, id",
            incident_ids,
        )
        for r in rows:
            out[r["incident_id"]].append(self._report(r))
        return out

    async def _hydrate(self, rows: Iterable[aiosqlite.Row]) -> list[Incident]:
        rows = list(rows)
        reports = await self._reports([r["id"] for r in rows])
        return [self._row(r, reports[r["id"]]) for r in rows]

    async def get(self, *, incident_id: int) -> Incident | None:
        async with self._db.conn.execute(
            "SELECT * FROM incidents WHERE id = ?", (incident_id,)
        ) as cur:
            row = await cur.fetchone()
        if row is None:
            return None
        return (await self._hydrate([row]))[0]

    async def candidates(
        self, *, around: date, days: int = 2, countries: Sequence[str | None] = (),
    ) -> list[Incident]:
        """The dedup window: incidents within ``days`` of ``around``, in ``countries`` (and of
        no known country) if any is given.

        Served by the ``(incident_date, country)`` index, so a report meets a handful of
        incidents, never the whole table.
        """
        lo = (around - timedelta(days=days)).isoformat()
        hi = (around + timedelta(days=days)).isoformat()
        wanted = [c for c in countries if c]
        # Ordered as the index stores them, so that among equally close incidents dedup always
        # picks the same one, here and in ``on_dates``.
        if wanted:
            marks = ", ".join("?" for _ in wanted)
            sql = (
                "SELECT * FROM incidents WHERE incident_date BETWEEN ? AND ?"
                f" AND (country IN ({marks}) OR country IS NULL)"
                " ORDER BY incident_date, country, id"
            )
            args: tuple[str, ...] = (lo, hi, *dict.fromkeys(wanted))
        else:
            sql = (
                "SELECT * FROM incidents WHERE incident_date BETWEEN ? AND ?"
                " ORDER BY incident_date, country, id"
            )
            args = (lo, hi)
        async with self._db.conn.execute(sql, args) as cur:
            rows = await cur.fetchall()
        return await self._hydrate(rows)

    async def on_dates(self, *, days: Iterable[date]) -> list[Incident]:
        """Every incident dated on one of ``days``, in the order of ``candidates``."""
        rows = await _select_in(
            self._db.conn,
            "SELECT * FROM incidents WHERE incident_date IN ({marks})"
            " ORDER BY incident_date, country, id",
            sorted({d.isoformat() for d in days}),  # sorted: the chunks follow the date order
        )
        return await self._hydrate(rows)

    async def report_exists(self, *, url: str) -> bool:
        async with self._db.conn.execute(
            "SELECT 1 FROM reports WHERE url = ? LIMIT 1", (url,)
        ) as cur:
            return await cur.fetchone() is not None

    async def known_urls(self, *, urls: Iterable[str]) -> set[str]:
        """Those of ``urls`` that a stored report already has."""
        rows = await _select_in(
            self._db.conn,
            "SELECT DISTINCT url FROM reports WHERE url IN ({marks})",
            list(dict.fromkeys(urls)),
        )
        return {row[0] for row in rows}

    @staticmethod
    def _values(i: Incident) -> tuple[Any, ...]:
        return (
            i.key,
            i.event_type,
            i.sub_event_type,
            i.place_id,
            i.place,
            i.admin1,
            i.country,
            i.lat,
            i.lon,
            json.dumps(list(i.actors)),
            i.claimed_by,
            i.status.value,
            i.fatalities,
            i.injured,
            i.incident_date.isoformat(),
            iso(i.first_seen),
            iso(i.updated_at),
        )

    _INSERT = (
        "INSERT INTO incidents (key, event_type, sub_event_type, place_id, place,"
        " admin1, country, lat, lon, actors, claimed_by, status, fatalities, injured,"
        " incident_date, first_seen, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    _UPDATE = (
        "UPDATE incidents SET key = ?, event_type = ?, sub_event_type = ?, place_id = ?,"
        " place = ?, admin1 = ?, country = ?, lat = ?, lon = ?, actors = ?, claimed_by = ?,"
        " status = ?, fatalities = ?, injured = ?, incident_date = ?, first_seen = ?,"
        " updated_at = ? WHERE id = ?"
    )

    async def save(self, conn: aiosqlite.Connection, *, incident: Incident) -> int:
        """Insert or update ``incident`` inside the caller's transaction; returns its id."""
        values = self._values(incident)
        if incident.id is None:
            cur = await conn.execute(self._INSERT, values)
            assert cur.lastrowid is not None
            return cur.lastrowid
        await conn.execute(self._UPDATE, (*values, incident.id))
        return incident.id

    async def insert_many(
        self, conn: aiosqlite.Connection, *, incidents: Sequence[Incident]
    ) -> list[int]:
        """Insert new incidents inside the caller's transaction; returns their ids, in order."""
        if not incidents:
            return []
        await conn.executemany(self._INSERT, [self._values(i) for i in incidents])
        keys = [i.key for i in incidents]
        rows = await _select_in(conn, "SELECT key, id FROM incidents WHERE key IN ({marks})", keys)
        ids: dict[str, int] = {row[0]: row[1] for row in rows}
        return [ids[key] for key in keys]

    async def update_many(
        self, conn: aiosqlite.Connection, *, incidents: Sequence[Incident]
    ) -> None:
        """Update stored incidents inside the caller's transaction."""
        if incidents:
            await conn.executemany(
                self._UPDATE, [(*self._values(i), i.id) for i in incidents if i.id is not None]
            )

    @staticmethod
    def _report_values(incident_id: int, article_id: str, report: Report) -> tuple[Any, ...]:
        return (
            incident_id,
            article_id,
            report.source,
            report.url,
            report.title,
            report.language,
            iso(report.published),
            report.fatalities,
            report.injured,
            report.status.value if report.status else None,
        )

    _INSERT_REPORT = (
        "INSERT OR IGNORE INTO reports (incident_id, article_id, source, url, title,"
        " language, published, fatalities, injured, status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )

    async def add_report(
        self, conn: aiosqlite.Connection, *, incident_id: int, article_id: str, report: Report
    ) -> None:
        await conn.execute(
            self._INSERT_REPORT, self._report_values(incident_id, article_id, report)
        )

    async def add_reports(
        self, conn: aiosqlite.Connection, *, reports: Sequence[tuple[int, str, Report]]
    ) -> None:
        """``add_report`` for many ``(incident_id, article_id, report)``, in order."""
        if reports:
            await conn.executemany(self._INSERT_REPORT, [self._report_values(*r) for r in reports])

    async def mark_matched(self, conn: aiosqlite.Connection, *, incident_id: int) -> None:
        await conn.execute("UPDATE incidents SET matched = 1 WHERE id = ?", (incident_id,))

    async def mark_matched_many(
        self, conn: aiosqlite.Connection, *, incident_ids: Sequence[int]
    ) -> None:
        if incident_ids:
            await conn.executemany(
                "UPDATE incidents SET matched = 1 WHERE id = ?", [(i,) for i in incident_ids]
            )

    async def recent(
        self,
        *,
        since: datetime,
        limit: int,
        offset: int = 0,
        place_ids: Sequence[str] | None = None,
        countries: Sequence[str] | None = None,
    ) -> list[Incident]:
        """Newest first, optionally restricted to places or countries."""
        sql = "SELECT * FROM incidents WHERE updated_at >= ?"
        args: list[Any] = [iso(since)]
        if countries is not None:
            sql += f" AND country IN ({','.join('?' * len(countries))})"
            args.extend(countries)
        if place_ids is not None:
            sql += f" AND place_id IN ({','.join('?' * len(place_ids))})"
            args.extend(place_ids)
        sql += " ORDER BY incident_date DESC, first_seen DESC, id DESC LIMIT ? OFFSET ?"
        args.extend([limit, offset])
        async with self._db.conn.execute(sql, args) as cur:
            rows = await cur.fetchall()
        return await self._hydrate(rows)

    async def since(self, *, since: datetime, limit: int = 2000) -> list[Incident]:
        return await self.recent(since=since, limit=limit)

    async def count_since(self, *, since: datetime) -> int:
        async with self._db.conn.execute(
            "SELECT COUNT(*) FROM incidents WHERE first_seen >= ?", (iso(since),)
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0


class AlertRepo:
    """The outbox: one row per (incident, chat), ever, moved through its states by delivery.

    pending -> sending -> sent, or dropped (the chat left) or failed (given up). ``sending``
    is written before the request, so after a crash only those rows can be sent twice.

    Each write goes through ``Database.write`` or the caller's transaction, never a bare
    ``commit()``: the connection is shared, and a commit would also commit a transaction another
    task (the pipeline) has open on it, half done.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def _row(row: aiosqlite.Row) -> Alert:
        return Alert(
            id=row["id"],
            incident_id=row["incident_id"],
            chat_id=row["chat_id"],
            state=AlertState(row["state"]),
            message_id=row["message_id"],
            priority=row["priority"],
            attempts=row["attempts"],
            created_at=_must_dt(row["created_at"]),
            sent_at=parse_dt(row["sent_at"]),
            needs_update=bool(row["needs_update"]),
            sources_only=row["needs_update"] == 2,
        )

    async def enqueue(
        self,
        conn: aiosqlite.Connection,
        *,
        incident_id: int,
        chat_ids: Iterable[int],
        priority: int,
        now: datetime,
    ) -> int:
        """Queue one alert per active chat inside the caller's transaction; never a second one.

        The chats are shuffled first: rows are sent in id order within an incident, so no chat
        is always served first (not the oldest subscriber, not the smallest id).
        """
        chats = list(chat_ids)
        if not chats:
            return 0
        random.shuffle(chats)
        stamp = iso(now)
        before = conn.total_changes
        await conn.executemany(
            "INSERT OR IGNORE INTO alerts (incident_id, chat_id, priority, created_at,"
            " next_attempt_at) SELECT ?, id, ?, ?, ? FROM chats WHERE id = ? AND active = 1",
            [(incident_id, priority, stamp, stamp, c) for c in chats],
        )
        return conn.total_changes - before

    async def due(self, *, now: datetime, limit: int) -> list[Alert]:
        """Pending alerts ready to send: most urgent, then newest incident, then queue order."""
        async with self._db.conn.execute(
            "SELECT * FROM alerts WHERE state = 'pending' AND next_attempt_at <= ?"
            " ORDER BY priority DESC, incident_id DESC, id LIMIT ?",
            (iso(now), limit),
        ) as cur:
            return [self._row(r) for r in await cur.fetchall()]

    async def mark_sending(self, *, alert_id: int) -> None:
        await self._db.write(
            "UPDATE alerts SET state = 'sending', attempts = attempts + 1 WHERE id = ?",
            (alert_id,),
        )

    async def mark_sent(
        self,
        *,
        alert_id: int,
        message_id: int | None,
        now: datetime,
        facts_of: datetime | None = None,
    ) -> None:
        """Record a delivered alert.

        Args:
            alert_id: The alert.
            message_id: Telegram's id of the message (edited later when facts change).
            now: When it was sent.
            facts_of: ``updated_at`` of the incident as rendered; if the incident changed
                since (while the alert was being sent), the alert is flagged for an update.
        """
        await self._db.write(
            "UPDATE alerts SET state = 'sent', message_id = ?, sent_at = ?, last_error = NULL,"
            " needs_update = CASE WHEN ? IS NOT NULL AND (SELECT updated_at FROM incidents"
            " WHERE id = alerts.incident_id) > ? THEN 1 ELSE 0 END WHERE id = ?",
            (message_id, iso(now), iso(facts_of), iso(facts_of), alert_id),
        )

    async def release(self, *, alert_id: int) -> None:
        """An alert marked ``sending`` whose request never left goes back to the queue."""
        await self._db.write(
            "UPDATE alerts SET state = 'pending', attempts = MAX(0, attempts - 1)"
            " WHERE id = ? AND state = 'sending'",
            (alert_id,),
        )

    async def retry_later(self, *, alert_id: int, at: datetime, error: str) -> None:
        await self._db.write(
            "UPDATE alerts SET state = 'pending', next_attempt_at = ?, last_error = ?"
            " WHERE id = ?",
            (iso(at), error[:500], alert_id),
        )

    async def defer_chat(self, *, chat_id: int, until: datetime) -> int:
        """Hold every pending alert of a chat until ``until``, so its queue keeps its order."""
        cur = await self._db.write(
            "UPDATE alerts SET next_attempt_at = ? WHERE chat_id = ? AND state = 'pending'"
            " AND next_attempt_at < ?",
            (iso(until), chat_id, iso(until)),
        )
        return cur.rowcount

    async def give_up(self, *, alert_id: int, error: str) -> None:
        await self._db.write(
            "UPDATE alerts SET state = 'failed', last_error = ? WHERE id = ?",
            (error[:500], alert_id),
        )

    async def drop_pending_for_chat(self, *, chat_id: int) -> int:
        """The chat left: its queued alerts are dropped and no update of sent ones is due."""
        await self._db.write(
            "UPDATE alerts SET needs_update = 0 WHERE chat_id = ? AND needs_update > 0",
            (chat_id,),
        )
        cur = await self._db.write(
            "UPDATE alerts SET state = 'dropped' WHERE chat_id = ? AND state IN"
            " ('pending', 'sending')",
            (chat_id,),
        )
        return cur.rowcount

    async def recover_in_flight(self) -> int:
        """After a crash, alerts caught mid-send go back to the queue (those may repeat)."""
        cur = await self._db.write(
            "UPDATE alerts SET state = 'pending' WHERE state = 'sending'"
        )
        return cur.rowcount

    _FLAG = (
        "UPDATE alerts SET needs_update = CASE WHEN ? THEN"
        " (CASE WHEN needs_update = 1 THEN 1 ELSE 2 END) ELSE 1 END"
        " WHERE incident_id = ? AND state = 'sent'"
    )

    async def flag_updates(
        self, conn: aiosqlite.Connection, *, incident_id: int, sources_only: bool = False
    ) -> None:
        """Sent alerts of an incident whose facts changed get an edit or an update message.

        With ``sources_only`` (another outlet reported the same facts) a recent alert is edited
        to show the new source, but no update message is sent for an old one: ``needs_update``
        is 2 then, and a later change of facts (1) wins over it.

        Pending ones need nothing: they are rendered with the newest facts when sent, and one
        caught mid-send is flagged by ``mark_sent``.
        """
        await conn.execute(self._FLAG, (sources_only, incident_id))

    async def flag_updates_many(
        self, conn: aiosqlite.Connection, *, flags: Sequence[tuple[int, bool]]
    ) -> None:
        """``flag_updates`` for many ``(incident_id, sources_only)``, applied in order."""
        if flags:
            await conn.executemany(self._FLAG, [(only, i) for i, only in flags])

    async def updates_due(self, *, now: datetime, limit: int) -> list[Alert]:
        async with self._db.conn.execute(
            "SELECT * FROM alerts WHERE needs_update > 0 AND state = 'sent'"
            " AND next_attempt_at <= ? ORDER BY priority DESC, id LIMIT ?",
            (iso(now), limit),
        ) as cur:
            return [self._row(r) for r in await cur.fetchall()]

    async def postpone_update(self, *, alert_id: int, at: datetime) -> None:
        """Try the update of a sent alert again at ``at``."""
        await self._db.write(
            "UPDATE alerts SET next_attempt_at = ? WHERE id = ?", (iso(at), alert_id)
        )

    async def clear_update(self, *, alert_id: int) -> None:
        await self._db.write("UPDATE alerts SET needs_update = 0 WHERE id = ?", (alert_id,))

    async def for_chat(self, *, chat_id: int) -> list[Alert]:
        async with self._db.conn.execute(
            "SELECT * FROM alerts WHERE chat_id = ? ORDER BY id", (chat_id,)
        ) as cur:
            return [self._row(r) for r in await cur.fetchall()]

    async def pending_count(self) -> int:
        async with self._db.conn.execute(
            "SELECT COUNT(*) FROM alerts WHERE state IN ('pending', 'sending')"
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0
