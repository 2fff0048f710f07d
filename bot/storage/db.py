"""Opening the SQLite database and migrating it to the latest schema."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import aiosqlite

__all__ = ["Database", "migrations", "open_database"]

log = logging.getLogger(__name__)


def migrations() -> list[tuple[int, str, str]]:
    """The bundled migrations as ``(version, name, sql)``, in order."""
    found: list[tuple[int, str, str]] = []
    for entry in resources.files("bot.storage.migrations").iterdir():
        name = entry.name
        if not name.endswith(".sql"):
            continue
        version = int(name.split("_", 1)[0])
        found.append((version, name, entry.read_text(encoding="utf-8")))
    found.sort()
    return found


class Database:
    """One aiosqlite connection, used by every repository.

    SQLite allows one writer at a time; the bot is one process, so a single connection with
    explicit transactions is both the simplest and the fastest choice.
    """

    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._lock = asyncio.Lock()
        self._owner: asyncio.Task[Any] | None = None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """A write transaction: committed on success, rolled back on any error.

        The connection is shared by every task, so writes take turns: without the lock, a
        statement from another task would join (and be committed or rolled back with) a
        transaction that is waiting on an await. A transaction opened inside another one by the
        same task is part of the outer one.
        """
        task = asyncio.current_task()
        if task is not None and self._owner is task:
            yield self.conn
            return
        async with self._lock:
            self._owner = task
            try:
                await self.conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self.conn
                except BaseException:
                    await self.conn.rollback()
                    raise
                else:
                    await self.conn.commit()
            finally:
                self._owner = None

    async def write(self, sql: str, params: Sequence[Any] = ()) -> aiosqlite.Cursor:
        """One write statement, in its own transaction (or the caller's, if it has one)."""
        async with self.transaction() as conn:
            return await conn.execute(sql, params)

    async def write_stamp(self) -> tuple[int, int]:
        """A value that changes whenever the database is written, here or by another process.

        Lets a caller keep what it read across transactions and know when to read it again:
        SQLite's ``data_version`` counts other connections' commits, ``total_changes`` this
        connection's writes.
        """
        async with self.conn.execute("PRAGMA data_version") as cur:
            row = await cur.fetchone()
        assert row is not None
        return int(row[0]), self.conn.total_changes

    async def schema_version(self) -> int:
        async with self.conn.execute("SELECT MAX(version) FROM schema_version") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    async def migrate(self) -> int:
        """Apply every pending migration, each in its own transaction."""
        await self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_version ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        await self.conn.commit()
        current = await self.schema_version()
        for version, name, sql in migrations():
            if version <= current:
                continue
            log.info("migrating database to version %d (%s)", version, name)
            # executescript commits implicitly, so the version row travels inside the script.
            script = (
                "BEGIN;\n" + sql + "\nINSERT INTO schema_version (version, name, applied_at)"
                f" VALUES ({version}, '{name}', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));\n"
                "COMMIT;"
            )
            try:
                await self.conn.executescript(script)
            except Exception:
                await self.conn.rollback()
                raise
            current = version
        return current

    async def close(self) -> None:
        await self.conn.close()


async def open_database(path: Path | str) -> Database:
    """Open (creating if needed) and migrate the database at ``path``."""
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = await aiosqlite.connect(path, isolation_level=None)
    conn.row_factory = aiosqlite.Row
    await conn.execute("PRAGMA journal_mode=WAL")
    await conn.execute("PRAGMA synchronous=NORMAL")
    await conn.execute("PRAGMA foreign_keys=ON")
    await conn.execute("PRAGMA busy_timeout=5000")
    db = Database(conn, path)
    await db.migrate()
    return db
