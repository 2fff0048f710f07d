"""Polling the feeds: what is new goes through the pipeline, what was seen is skipped."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.domain.models import Article
from bot.ingest.feeds import FeedSource
from bot.ingest.fulltext import ArticleFetcher
from bot.ingest.rss import FeedFetcher, FeedState, FetchResult, article_fingerprint
from bot.services.pipeline import IncidentPipeline
from bot.storage.db import Database
from bot.storage.repos import SeenRepo, SourceRecord, SourceRepo

__all__ = ["TEASER_CHARS", "FeedPoller", "PollSummary"]

#: A feed item with less text than this is a teaser: the article page is read instead.
TEASER_CHARS = 400

log = logging.getLogger(__name__)


@dataclass(slots=True)
class PollSummary:
    feeds: int = 0
    failed: int = 0
    not_modified: int = 0
    items: int = 0
    new_items: int = 0
    incidents: int = 0
    queued: int = 0


class FeedPoller:
    """Polls every due feed concurrently and feeds new items to the pipeline."""

    def __init__(
        self,
        *,
        db: Database,
        fetcher: FeedFetcher,
        pipeline: IncidentPipeline,
        sources: Sequence[FeedSource],
        poll_seconds: int,
        max_age: timedelta,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        seen_retention: timedelta = timedelta(days=30),
        pages: ArticleFetcher | None = None,
    ) -> None:
        self._pages = pages
        self._fetcher = fetcher
        self._pipeline = pipeline
        self._sources = list(sources)
        self._poll_seconds = poll_seconds
        self._max_age = max_age
        self._clock = clock
        self._source_repo = SourceRepo(db)
        self._seen = SeenRepo(db)
        self._seen_retention = seen_retention
        # A scheduled poll and a manual one must not read the same items at the same time.
        self._lock = asyncio.Lock()

    @property
    def sources(self) -> list[FeedSource]:
        return list(self._sources)

    async def poll(self) -> PollSummary:
        """One round: fetch the feeds that are due, process what is new."""
        async with self._lock:
            return await self._poll()

    async def _poll(self) -> PollSummary:
        now = self._clock()
        summary = PollSummary()
        records: dict[str, SourceRecord] = {}
        due: list[tuple[FeedSource, FeedState | None]] = []
        for source in self._sources:
            record = await self._source_repo.ensure(
                url=source.url, name=source.name, language=source.language
            )
            records[source.url] = record
            if record.next_poll_at is not None and record.next_poll_at > now:
                continue
            state = FeedState(
                etag=record.etag,
                last_modified=record.last_modified,
                failures=record.failures,
                next_poll_at=record.next_poll_at,
                last_success=record.last_success,
                last_error=record.last_error,
            )
            due.append((source, state))
        results = await self._fetcher.fetch_many(due, now=now, poll_seconds=self._poll_seconds)
        for source, result in results:
            summary.feeds += 1
            await self._handle(source, records[source.url], result, summary, now)
        await self._seen.expire(older_than=now - self._seen_retention)
        log.info(
            "poll: %d feeds (%d failed, %d unchanged), %d items, %d new, %d incidents, "
            "%d alerts queued",
            summary.feeds,
            summary.failed,
            summary.not_modified,
            summary.items,
            summary.new_items,
            summary.incidents,
            summary.queued,
        )
        return summary

    async def _handle(
        self,
        source: FeedSource,
        record: SourceRecord,
        result: FetchResult,
        summary: PollSummary,
        now: datetime,
    ) -> None:
        first_read = record.first_polled_at is None
        ok = result.status != "error"
        if not ok:
            summary.failed += 1
        elif result.status == "not_modified":
            summary.not_modified += 1
        for article in result.articles:
            summary.items += 1
            await self._take(source, record, article, summary, push=not first_read)
        await self._source_repo.record_poll(
            source_id=record.id,
            ok=ok,
            now=now,
            etag=result.state.etag,
            last_modified=result.state.last_modified,
            failures=result.state.failures,
            next_poll_at=result.state.next_poll_at,
            error=result.error,
        )

    async def _take(
        self,
        source: FeedSource,
        record: SourceRecord,
        article: Article,
        summary: PollSummary,
        *,
        push: bool,
    ) -> None:
        fingerprint = article_fingerprint(article)
        if await self._seen.is_seen(guid=article.id, link=article.url, fingerprint=fingerprint):
            return
        summary.new_items += 1
        fresh = self._pipeline.is_fresh(article, max_age=self._max_age)
        article = await self._full_text(article)
        try:
            outcome = await self._pipeline.process(article, push=push and fresh)
        except Exception:
            # One broken article must not stop the feed; it is marked seen so it is not retried
            # forever, and the log keeps its address.
            log.exception("feed %s: article %s could not be processed", source.url, article.url)
            outcome = None
        await self._seen.mark(
            source_id=record.id,
            guid=article.id,
            link=article.url,
            fingerprint=fingerprint,
            now=self._clock(),
        )
        if outcome is not None and outcome.incident is not None:
            summary.incidents += 1
            summary.queued += outcome.queued

    async def _full_text(self, article: Article) -> Article:
        """Where the feed gives only a teaser, read the article page (robots.txt permitting)."""
        if self._pages is None or len(article.summary) + len(article.body) >= TEASER_CHARS:
            return article
        try:
            page = await self._pages.fetch_page(article.url)
        except Exception:
            log.exception("article %s: the page could not be read", article.url)
            return article
        if page is None or len(page.text) <= len(article.summary) + len(article.body):
            return article
        return article.model_copy(update={"body": page.text})
