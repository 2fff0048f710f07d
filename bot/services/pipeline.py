"""From an article to stored incidents and queued alerts.

fetch -> extract -> dedup -> store -> match -> outbox, the matching and the outbox rows written
in the same transaction as the incident, so a crash can never leave an incident half-alerted.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.domain.dedup import find_duplicate, incident_from, merge
from bot.domain.extract import extract
from bot.domain.gazetteer import Gazetteer
from bot.domain.matching import SubscriptionIndex
from bot.domain.models import Article, Extraction, Incident, Report, Status
from bot.storage.db import Database
from bot.storage.repos import AlertRepo, IncidentRepo

__all__ = ["IncidentPipeline", "ProcessOutcome", "alert_priority"]

log = logging.getLogger(__name__)

#: Articles longer than this are cut before extraction (a page scrape gone wrong, not news).
MAX_ARTICLE_CHARS = 200_000


@dataclass(frozen=True, slots=True)
class ProcessOutcome:
    incident: Incident | None
    created: bool = False
    updated: bool = False
    queued: int = 0
    extraction: Extraction | None = None


def alert_priority(incident: Incident) -> int:
    """Higher first: deadly incidents before the rest."""
    base = 50 if incident.event_type in {"Battles", "Explosions/Remote violence"} else 20
    return base + min(49, incident.fatalities or 0)


def _facts(incident: Incident) -> tuple[Status, int | None, int | None, str | None]:
    return (incident.status, incident.fatalities, incident.injured, incident.claimed_by)


class IncidentPipeline:
    """Turns articles into incidents and queues the alerts they call for."""

    def __init__(
        self,
        *,
        db: Database,
        gazetteer: Gazetteer,
        index: SubscriptionIndex,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        dedup_days: int = 2,
    ) -> None:
        self._db = db
        self._gazetteer = gazetteer
        self._index = index
        self._clock = clock
        self._incidents = IncidentRepo(db)
        self._alerts = AlertRepo(db)
        self._dedup_days = dedup_days

    @property
    def index(self) -> SubscriptionIndex:
        return self._index

    async def process(self, article: Article, *, push: bool) -> ProcessOutcome:
        """Extract, deduplicate, store; queue alerts when ``push`` and the incident is new."""
        oversized = {
            name: value[:MAX_ARTICLE_CHARS]
            for name, value in (("summary", article.summary), ("body", article.body))
            if len(value) > MAX_ARTICLE_CHARS
        }
        if oversized:
            log.warning(
                "article %s: %s cut to %d characters",
                article.url,
                " and ".join(oversized),
                MAX_ARTICLE_CHARS,
            )
            article = article.model_copy(update={**oversized, "title": article.title[:1000]})
        if await self._incidents.report_exists(url=article.url):
            return ProcessOutcome(incident=None)
        return await self.process_extracted(article, extract(article, self._gazetteer), push=push)

    async def process_extracted(
        self, article: Article, extraction: Extraction, *, push: bool
    ) -> ProcessOutcome:
        """Store an already-structured report (an ACLED row, or an extracted article)."""
        if await self._incidents.report_exists(url=article.url):
            return ProcessOutcome(incident=None, extraction=extraction)
        if not extraction.is_incident or extraction.event_type is None:
            log.info("article %s: not an incident", article.url)
            return ProcessOutcome(incident=None, extraction=extraction)
        now = self._clock()
        report = Report(
            source=article.source,
            url=article.url,
            title=article.title,
            language=extraction.language,
            published=article.published,
            fatalities=extraction.fatalities,
            injured=extraction.injured,
            status=extraction.status,
        )
        around = extraction.incident_date or article.published.date()
        candidates = await self._incidents.candidates(
            around=around, days=self._dedup_days, country=extraction.country
        )
        existing = find_duplicate(
            extraction,
            published=article.published,
            candidates=candidates,
            gazetteer=self._gazetteer,
        )
        async with self._db.transaction() as conn:
            if existing is None:
                incident = incident_from(extraction, report, key=secrets.token_hex(8), now=now)
                incident_id = await self._incidents.save(conn, incident=incident)
                incident = incident.model_copy(update={"id": incident_id})
                created, updated = True, False
            else:
                incident = merge(existing, extraction, report)
                incident = incident.model_copy(update={"id": existing.id, "updated_at": now})
                incident_id = await self._incidents.save(conn, incident=incident)
                created, updated = False, _facts(incident) != _facts(existing)
                # New facts call for an edit or an update message; a new source alone for an
                # edit of a recent alert (its "+N" sources).
                await self._alerts.flag_updates(
                    conn, incident_id=incident_id, sources_only=not updated
                )
            await self._incidents.add_report(
                conn, incident_id=incident_id, article_id=article.id, report=report
            )
            queued = 0
            if created and push:
                recipients = self._index.match(incident, self._gazetteer)
                queued = await self._alerts.enqueue(
                    conn,
                    incident_id=incident_id,
                    chat_ids=recipients,
                    priority=alert_priority(incident),
                    now=now,
                )
                await self._incidents.mark_matched(conn, incident_id=incident_id)
        stored = await self._incidents.get(incident_id=incident_id)
        log.info(
            "incident %s %s: %s / %s at %s (%s); %d alert(s) queued",
            incident_id,
            "created" if created else ("updated" if updated else "confirmed by another report"),
            incident.event_type,
            incident.sub_event_type,
            incident.place or incident.country,
            article.url,
            queued,
        )
        return ProcessOutcome(
            incident=stored, created=created, updated=updated, queued=queued, extraction=extraction
        )

    def is_fresh(self, article: Article, *, max_age: timedelta) -> bool:
        """Whether an article is recent enough to alert on when first seen."""
        return self._clock() - article.published <= max_age
