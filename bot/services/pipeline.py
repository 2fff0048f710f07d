"""From an article to stored incidents and queued alerts.

fetch -> extract -> dedup -> store -> match -> outbox, the matching and the outbox rows written
in the same transaction as the incident, so a crash can never leave an incident half-alerted.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import islice

from bot.domain.dedup import (
    candidate_countries,
    candidate_days,
    find_duplicate,
    incident_from,
    merge,
)
from bot.domain.extract import extract
from bot.domain.gazetteer import Gazetteer
from bot.domain.matching import SubscriptionIndex
from bot.domain.models import Article, Extraction, Incident, Report, Status
from bot.services._candidates import CandidateCache, Entry
from bot.storage.db import Database
from bot.storage.repos import AlertRepo, IncidentRepo

__all__ = ["BatchSummary", "IncidentPipeline", "ProcessOutcome", "alert_priority"]

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


def _storable(extraction: Extraction) -> bool:
    """Whether a report tells of an incident of a known kind (or follows one up), the only
    ones stored."""
    return (extraction.is_incident or extraction.follow_up) and extraction.event_type is not None


@dataclass(frozen=True, slots=True)
class _Decision:
    """A report's incident, new (``existing`` None) or merged into ``existing``."""

    incident: Incident
    existing: Incident | None
    updated: bool

    @property
    def verb(self) -> str:
        if self.existing is None:
            return "created"
        return "updated" if self.updated else "confirmed by another report"


@dataclass(slots=True)
class BatchSummary:
    """What ``IncidentPipeline.process_many`` did with its reports."""

    reports: int = 0
    created: int = 0
    merged: int = 0
    known: int = 0  # a report with the same URL was already stored
    not_incidents: int = 0
    failed: int = 0  # could not be stored (logged)
    queued: int = 0

    def add(self, other: BatchSummary) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


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
        if not _storable(extraction):
            log.info("article %s: not an incident", article.url)
            return ProcessOutcome(incident=None, extraction=extraction)
        now = self._clock()
        report = Report.of(article, extraction)
        # (the days around the report's date, as the batch's cache reads them)
        window = self._window(article, extraction)
        half = len(window) // 2
        candidates = await self._incidents.candidates(
            around=window[half], days=half, countries=candidate_countries(extraction),
        )
        decision = self._decide(article, extraction, report, candidates, now=now)
        if decision is None:
            log.info("article %s: not an incident (a follow-up of none stored)", article.url)
            return ProcessOutcome(incident=None, extraction=extraction)
        incident, existing = decision.incident, decision.existing
        async with self._db.transaction() as conn:
            incident_id = await self._incidents.save(conn, incident=incident)
            incident = incident.model_copy(update={"id": incident_id})
            if existing is not None:
                # New facts call for an edit or an update message; a new source alone for an
                # edit of a recent alert (its "+N" sources).
                await self._alerts.flag_updates(
                    conn, incident_id=incident_id, sources_only=not decision.updated
                )
            await self._incidents.add_report(
                conn, incident_id=incident_id, article_id=article.id, report=report
            )
            queued = 0
            if existing is None and push:
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
            decision.verb,
            incident.event_type,
            incident.sub_event_type,
            incident.place or incident.country,
            article.url,
            queued,
        )
        return ProcessOutcome(
            incident=stored,
            created=existing is None,
            updated=decision.updated,
            queued=queued,
            extraction=extraction,
        )

    def _decide(
        self,
        article: Article,
        extraction: Extraction,
        report: Report,
        candidates: Sequence[Incident],
        *,
        now: datetime,
    ) -> _Decision | None:
        """The report's incident; None for a follow-up of no stored incident."""
        existing = find_duplicate(
            extraction,
            published=article.published,
            candidates=candidates,
            gazetteer=self._gazetteer,
        )
        if existing is None and extraction.follow_up:
            return None
        if existing is None:
            incident = incident_from(extraction, report, key=secrets.token_hex(8), now=now)
            return _Decision(incident=incident, existing=None, updated=False)
        incident = merge(existing, extraction, report)
        incident = incident.model_copy(update={"id": existing.id, "updated_at": now})
        return _Decision(
            incident=incident, existing=existing, updated=_facts(incident) != _facts(existing)
        )

    async def process_many(
        self,
        items: Iterable[tuple[Article, Extraction]],
        *,
        push: bool | Callable[[Extraction], bool],
        batch_size: int = 1000,
        max_cached: int = 100_000,
    ) -> BatchSummary:
        """Store many already-structured reports (an ACLED export), a batch per transaction.

        Each report is handled as ``process_extracted`` would, in order: skipped if a report
        with its URL is stored (so an import run again adds nothing), deduplicated against
        the stored incidents and those of the reports before it, its alerts queued with the
        incident when ``push``. A batch that fails is rolled back and its reports stored one
        by one, so that only the faulty ones are lost, and logged.

        Args:
            items: ``(article, extraction)`` pairs, read as they are needed.
            push: queue alerts for the incidents created; a function decides report by report
                (an ACLED row alerts only while it is recent).
            batch_size: reports per transaction.
            max_cached: incidents kept in memory between batches for deduplication, about
                2.5 kB each (the dates least recently needed are dropped first, and read again
                when needed: an export in date order needs only a few days at a time).

        Returns:
            What became of the reports.
        """
        total = BatchSummary()
        cache = CandidateCache(max_incidents=max_cached)
        rows = iter(items)
        while batch := list(islice(rows, batch_size)):
            try:
                done = await self._store_batch(batch, push=push, cache=cache)
            except Exception:
                cache.clear()  # it may hold what the rollback undid
                log.warning(
                    "a batch of %d reports failed; storing them one by one",
                    len(batch),
                    exc_info=True,
                )
                done = await self._store_one_by_one(batch, push=push)
            cache.trim()
            total.add(done)
            log.info(
                "%d reports: %d new incident(s), %d merged, %d already stored,"
                " %d not incidents, %d failed",
                total.reports,
                total.created,
                total.merged,
                total.known,
                total.not_incidents,
                total.failed,
            )
        return total

    async def _store_batch(
        self,
        batch: Sequence[tuple[Article, Extraction]],
        *,
        push: bool | Callable[[Extraction], bool],
        cache: CandidateCache,
    ) -> BatchSummary:
        done = BatchSummary()
        created: list[Entry] = []
        updated: dict[Entry, None] = {}  # stored before this batch, in order of first merge
        reports: list[tuple[Entry, str, Report]] = []
        flags: list[tuple[Entry, bool]] = []
        alerts: list[tuple[Entry, set[int], int, datetime]] = []
        pushed: list[Entry] = []
        async with self._db.transaction() as conn:
            # The write lock is held from here on: what the cache holds cannot change under it.
            if await self._db.write_stamp() != cache.stamp:
                cache.clear()
            known = await self._incidents.known_urls(urls=(a.url for a, _ in batch))
            days: set[date] = set()
            for article, extraction in batch:
                if article.url not in known and _storable(extraction):
                    days.update(self._window(article, extraction))
            missing = cache.missing(days)
            if missing:
                cache.fill(missing, await self._incidents.on_dates(days=missing))
            for article, extraction in batch:
                done.reports += 1
                if article.url in known:
                    done.known += 1
                    continue
                if not _storable(extraction):
                    log.debug("article %s: not an incident", article.url)
                    done.not_incidents += 1
                    continue
                now = self._clock()
                report = Report.of(article, extraction)
                entries = cache.candidates(
                    self._window(article, extraction), candidate_countries(extraction)
                )
                decision = self._decide(
                    article, extraction, report, [e.incident for e in entries], now=now
                )
                if decision is None:
                    log.debug("article %s: a follow-up of none stored", article.url)
                    done.not_incidents += 1
                    continue
                known.add(article.url)
                if decision.existing is None:
                    entry = cache.add(decision.incident)
                    created.append(entry)
                    if push(extraction) if callable(push) else push:
                        pushed.append(entry)
                        recipients = self._index.match(decision.incident, self._gazetteer)
                        alerts.append((entry, recipients, alert_priority(decision.incident), now))
                    done.created += 1
                else:
                    entry = next(e for e in entries if e.incident is decision.existing)
                    cache.replace(entry, decision.incident)
                    if entry.stored:
                        updated[entry] = None
                        flags.append((entry, not decision.updated))
                    done.merged += 1
                reports.append((entry, article.id, report))
                log.debug(
                    "incident %s: %s / %s at %s (%s)",
                    decision.verb,
                    decision.incident.event_type,
                    decision.incident.sub_event_type,
                    decision.incident.place or decision.incident.country,
                    article.url,
                )
            ids = await self._incidents.insert_many(conn, incidents=[e.incident for e in created])
            for entry, incident_id in zip(created, ids, strict=True):
                cache.stored(entry, incident_id)
            await self._incidents.update_many(conn, incidents=[e.incident for e in updated])
            await self._alerts.flag_updates_many(
                conn, flags=[(e.id, sources_only) for e, sources_only in flags]
            )
            await self._incidents.add_reports(
                conn, reports=[(e.id, article_id, report) for e, article_id, report in reports]
            )
            for entry, recipients, priority, now in alerts:
                done.queued += await self._alerts.enqueue(
                    conn, incident_id=entry.id, chat_ids=recipients, priority=priority, now=now
                )
            await self._incidents.mark_matched_many(conn, incident_ids=[e.id for e in pushed])
            cache.stamp = await self._db.write_stamp()
        return done

    async def _store_one_by_one(
        self,
        batch: Sequence[tuple[Article, Extraction]],
        *,
        push: bool | Callable[[Extraction], bool],
    ) -> BatchSummary:
        done = BatchSummary()
        for article, extraction in batch:
            done.reports += 1
            try:
                outcome = await self.process_extracted(
                    article, extraction, push=push(extraction) if callable(push) else push
                )
            except Exception:
                log.exception("report %s could not be stored", article.url)
                done.failed += 1
                continue
            if outcome.created:
                done.created += 1
            elif outcome.incident is not None:
                done.merged += 1
            elif _storable(extraction):
                done.known += 1
            else:
                done.not_incidents += 1
            done.queued += outcome.queued
        return done

    def _window(self, article: Article, extraction: Extraction) -> list[date]:
        """The days whose incidents may be this report's."""
        return candidate_days(
            extraction, published=article.published, at_least=self._dedup_days
        )

    def is_fresh(self, article: Article, *, max_age: timedelta) -> bool:
        """Whether an article is recent enough to alert on when first seen."""
        return self._clock() - article.published <= max_age
