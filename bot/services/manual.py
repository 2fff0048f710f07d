"""Reports that do not come from the feed poller: JSON Lines files, one URL, ACLED exports."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from bot.app import USER_AGENT, Services, open_services
from bot.config import Settings
from bot.demo import ConsoleTransport
from bot.domain.models import Article, Extraction
from bot.ingest.acled import acled_article, iter_acled_csv, to_extraction
from bot.ingest.fulltext import ArticleFetcher
from bot.ingest.jsonl import iter_articles_jsonl

__all__ = ["fetch_and_process", "import_acled", "ingest_source"]

log = logging.getLogger(__name__)


async def fetch_and_process(services: Services, url: str, *, push: bool) -> str:
    """Fetch one article page, extract and store it. Returns a one-line outcome."""
    from datetime import UTC, datetime

    fetcher = ArticleFetcher(services.http, user_agent=USER_AGENT)
    text = await fetcher.fetch_text(url)
    if not text:
        return f"{url}: no article text could be read"
    title, _, body = text.partition("\n")
    article = Article(
        id=url,
        source=url.split("/")[2],
        url=url,
        published=datetime.now(UTC),
        title=title.strip()[:300],
        body=body.strip(),
    )
    outcome = await services.pipeline.process(article, push=push)
    if outcome.incident is None:
        return f"{url}: not an incident (or already known)"
    return (
        f"{url}: incident #{outcome.incident.id} "
        f"({'new' if outcome.created else 'merged'}), {outcome.queued} alert(s) queued"
    )


async def ingest_source(settings: Settings, source: str, *, push: bool) -> int:
    """``vigie ingest FILE.jsonl|URL``: process and report; alerts go out with the bot."""
    import sys

    services = await open_services(settings, transport=ConsoleTransport(sys.stdout))
    try:
        if source.startswith(("http://", "https://")):
            print(await fetch_and_process(services, source, push=push))
            return 0
        path = Path(source)
        if not path.is_file():  # noqa: ASYNC240 - one stat at start-up of a CLI command
            print(f"vigie: {source}: no such file", file=sys.stderr)
            return 2
        created = merged = skipped = 0
        for article in iter_articles_jsonl(path):
            outcome = await services.pipeline.process(article, push=push)
            if outcome.incident is None:
                skipped += 1
            elif outcome.created:
                created += 1
            else:
                merged += 1
        print(f"{path}: {created} new incident(s), {merged} merged report(s), {skipped} skipped")
        return 0
    finally:
        await services.close()


async def import_acled(
    settings: Settings, path: Path, *, push: bool, batch_size: int = 1000
) -> int:
    """``vigie import-acled FILE.csv``: ACLED rows straight to incidents.

    The file is streamed and stored ``batch_size`` rows per transaction; an interrupted import
    keeps its finished batches, and running it again stores only what is missing.
    """
    import sys

    if not path.is_file():  # noqa: ASYNC240 - one stat at start-up of a CLI command
        print(f"vigie: {path}: no such file", file=sys.stderr)
        return 2
    services = await open_services(settings, transport=ConsoleTransport(sys.stdout))
    try:
        reader = iter_acled_csv(path)
        unmapped = 0

        def reports() -> Iterator[tuple[Article, Extraction]]:
            nonlocal unmapped
            for event in reader:
                try:
                    yield acled_article(event), to_extraction(event, services.gazetteer)
                except Exception:
                    log.exception("%s: ACLED event %s skipped", path, event.event_id_cnty)
                    unmapped += 1

        summary = await services.pipeline.process_many(
            reports(), push=push, batch_size=batch_size
        )
        failed = summary.failed + unmapped
        print(
            f"{path}: {summary.created} new incident(s), {summary.merged} merged into known"
            f" incidents, {summary.known} already imported"
            + (f", {reader.skipped} malformed row(s) skipped" if reader.skipped else "")
            + (f", {failed} row(s) failed (see the log)" if failed else "")
        )
        return 0
    finally:
        await services.close()
