"""Importing ACLED's API on a schedule: its rows become incidents like any report."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.domain.gazetteer import Gazetteer
from bot.domain.models import Article, Extraction
from bot.ingest.acled import AcledClient, acled_article, to_extraction
from bot.services.pipeline import IncidentPipeline

__all__ = ["AcledSync", "SyncSummary"]

log = logging.getLogger(__name__)

_BATCH = 1000


@dataclass(slots=True)
class SyncSummary:
    rows: int = 0
    created: int = 0
    merged: int = 0
    skipped: int = 0


class AcledSync:
    """Reads the last days of ACLED events; known rows are skipped, new ones deduplicated."""

    def __init__(
        self,
        *,
        client: AcledClient,
        pipeline: IncidentPipeline,
        gazetteer: Gazetteer,
        max_age: timedelta,
        days_back: int = 14,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._client = client
        self._pipeline = pipeline
        self._gazetteer = gazetteer
        self._max_age = max_age
        self._days_back = days_back
        self._clock = clock

    async def run(self) -> SyncSummary:
        # ACLED publishes with a delay of days, so a window well behind "now" is read again
        # each time; rows already stored are recognised by their ACLED id.
        now = self._clock()
        until = now.date()
        since = until - timedelta(days=self._days_back)
        summary = SyncSummary()

        def fresh(extraction: Extraction) -> bool:
            return (
                extraction.incident_date is not None
                and now.date() - extraction.incident_date <= self._max_age
            )

        async def store(rows: list[tuple[Article, Extraction]]) -> None:
            done = await self._pipeline.process_many(rows, push=fresh, batch_size=_BATCH)
            summary.created += done.created
            summary.merged += done.merged
            summary.skipped += done.known + done.not_incidents + done.failed
            rows.clear()

        # stored a batch per transaction as the rows arrive, as `vigie import-acled` does
        pending: list[tuple[Article, Extraction]] = []
        try:
            async for event in self._client.fetch(since=since, until=until):
                summary.rows += 1
                pending.append((acled_article(event), to_extraction(event, self._gazetteer)))
                if len(pending) >= _BATCH:
                    await store(pending)
        except Exception:
            log.exception("ACLED import stopped after %d rows", summary.rows)
        try:
            await store(pending)
        except Exception:
            log.exception("ACLED import: the last %d rows could not be stored", len(pending))
        log.info(
            "ACLED import %s..%s: %d rows, %d new incidents, %d merged, %d skipped",
            since,
            until,
            summary.rows,
            summary.created,
            summary.merged,
            summary.skipped,
        )
        return summary
