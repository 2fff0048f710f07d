"""Composition root: Settings -> database -> services -> PTB Application -> jobs."""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from telegram import BotCommand
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, ContextTypes, Defaults

from bot.config import Settings
from bot.domain.gazetteer import Gazetteer, get_gazetteer
from bot.domain.matching import SubscriptionIndex
from bot.health import HealthServer, HealthState, check_health
from bot.i18n import get_translator
from bot.ingest.acled import AcledClient
from bot.ingest.feeds import load_feeds
from bot.ingest.fulltext import ArticleFetcher
from bot.ingest.rss import FeedFetcher
from bot.services.acled_sync import AcledSync
from bot.services.commands import COMMANDS, CommandService
from bot.services.delivery import AlertDispatcher, MessageTransport
from bot.services.pipeline import IncidentPipeline
from bot.services.polling import FeedPoller
from bot.services.preferences import PreferenceService
from bot.services.subscriptions import SubscriptionService
from bot.storage.db import Database, open_database
from bot.telegram.handlers import TelegramFrontEnd
from bot.telegram.sender import TelegramTransport

__all__ = ["USER_AGENT", "Services", "build_application", "open_services"]

log = logging.getLogger(__name__)

USER_AGENT = "VigieBot/0.1 (+https://github.com/vigie-bot/vigie)"


@dataclass
class Services:
    """Everything the front ends use, wired once."""

    settings: Settings
    db: Database
    gazetteer: Gazetteer
    index: SubscriptionIndex
    subscriptions: SubscriptionService
    commands: CommandService
    pipeline: IncidentPipeline
    dispatcher: AlertDispatcher
    poller: FeedPoller
    http: httpx.AsyncClient
    preferences: PreferenceService | None = None
    acled: AcledSync | None = None

    async def close(self) -> None:
        await self.http.aclose()
        await self.db.close()


async def open_services(
    settings: Settings,
    *,
    transport: MessageTransport,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Services:
    """Open the database, load the gazetteer and wire every service."""
    db = await open_database(settings.database)
    gazetteer = get_gazetteer()
    index = SubscriptionIndex()
    subscriptions = SubscriptionService(db=db, gazetteer=gazetteer, index=index, clock=clock)
    loaded = await subscriptions.load_index()
    # The gazetteer and the index live as long as the process: out of the collector's sight,
    # a full collection no longer stalls the event loop for ~100 ms (the sender's pacing).
    gc.freeze()
    pipeline = IncidentPipeline(db=db, gazetteer=gazetteer, index=index, clock=clock)
    http = httpx.AsyncClient(
        headers={"User-Agent": USER_AGENT},
        follow_redirects=True,
        timeout=httpx.Timeout(20.0),
        limits=httpx.Limits(max_connections=20),
    )
    poller = FeedPoller(
        db=db,
        fetcher=FeedFetcher(http, user_agent=USER_AGENT),
        pages=ArticleFetcher(http, user_agent=USER_AGENT),
        pipeline=pipeline,
        sources=load_feeds(settings.feeds),
        poll_seconds=settings.poll_seconds,
        max_age=timedelta(hours=settings.max_age_hours),
        clock=clock,
    )
    preferences = PreferenceService(db=db, gazetteer=gazetteer, transport=transport, clock=clock)
    dispatcher = AlertDispatcher(
        gate=preferences,
        db=db,
        gazetteer=gazetteer,
        transport=transport,
        index=index,
        clock=clock,
        rate_per_second=settings.send_rate_per_second,
        group_limit=settings.send_group_per_minute,
        edit_window=timedelta(hours=settings.edit_window_hours),
        give_up_after=timedelta(hours=settings.give_up_hours),
        concurrency=settings.send_concurrency,
    )
    preferences.pace_with(dispatcher)
    recovered = await dispatcher.recover()
    commands = CommandService(
        db=db,
        gazetteer=gazetteer,
        subscriptions=subscriptions,
        admin_ids=settings.admin_ids,
        clock=clock,
        preferences=preferences,
    )
    log.info(
        "ready: database %s, %d subscriptions indexed, %d feeds, %d alert(s) recovered",
        settings.database,
        loaded,
        len(poller.sources),
        recovered,
    )
    return Services(
        settings=settings,
        db=db,
        gazetteer=gazetteer,
        index=index,
        subscriptions=subscriptions,
        commands=commands,
        pipeline=pipeline,
        dispatcher=dispatcher,
        poller=poller,
        http=http,
        preferences=preferences,
        acled=_acled_sync(
            settings, http=http, pipeline=pipeline, gazetteer=gazetteer, clock=clock
        ),
    )


def _acled_sync(
    settings: Settings,
    *,
    http: httpx.AsyncClient,
    pipeline: IncidentPipeline,
    gazetteer: Gazetteer,
    clock: Callable[[], datetime],
) -> AcledSync | None:
    if settings.acled_key is None or not settings.acled_email:
        return None
    client = AcledClient(
        http, key=settings.acled_key.get_secret_value(), email=settings.acled_email
    )
    return AcledSync(
        client=client,
        pipeline=pipeline,
        gazetteer=gazetteer,
        max_age=timedelta(hours=settings.max_age_hours),
        clock=clock,
    )


async def _set_commands(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    for language in ("en", "fr"):
        t = get_translator(language)
        commands = [BotCommand(name, t._(description)) for name, description in COMMANDS.items()]
        await app.bot.set_my_commands(
            commands, language_code=language if language != "en" else None
        )


def build_application(settings: Settings) -> Application[Any, Any, Any, Any, Any, Any]:
    """The PTB application, with services opened in ``post_init`` and closed on shutdown."""
    token = settings.require_token()
    # Time periods as timedelta (PTB 22's announced default); ints are deprecated there.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    holder: dict[str, Services] = {}
    health = HealthState()
    servers: list[HealthServer] = []

    async def poll_job(context: ContextTypes.DEFAULT_TYPE) -> None:
        await holder["services"].poller.poll()
        health.last_poll = datetime.now(UTC)

    async def drain_job(context: ContextTypes.DEFAULT_TYPE) -> None:
        # Stops between two sends once the application is stopping (SIGTERM/SIGINT).
        app = context.application
        await holder["services"].dispatcher.drain(keep_going=lambda: app.running)

    async def summaries_job(context: ContextTypes.DEFAULT_TYPE) -> None:
        preferences = holder["services"].preferences
        if preferences is not None:
            await preferences.run_due()

    async def acled_job(context: ContextTypes.DEFAULT_TYPE) -> None:
        acled = holder["services"].acled
        if acled is not None:
            await acled.run()

    async def post_init(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        services = await open_services(settings, transport=TelegramTransport(app.bot))
        holder["services"] = services
        app.bot_data["services"] = services
        TelegramFrontEnd(commands=services.commands, dispatcher=services.dispatcher).register(app)
        await _set_commands(app)
        if settings.health_port is not None:
            server = HealthServer(
                lambda: check_health(db=services.db, dispatcher=services.dispatcher, state=health),
                host=settings.health_host,
                port=settings.health_port,
            )
            await server.start()
            servers.append(server)
        queue = app.job_queue
        assert queue is not None, "python-telegram-bot[job-queue] is required"
        # Feeds keep their own schedules (backoff, per-feed intervals); the job only wakes
        # often enough to honour them and polls those that are due.
        queue.run_repeating(
            poll_job,
            interval=min(settings.poll_seconds, 60),
            first=1.0,
            name="poll",
            job_kwargs={"max_instances": 1, "coalesce": True},
        )
        queue.run_repeating(
            drain_job,
            interval=settings.send_interval_seconds,
            first=0.5,
            name="deliver",
            # A drain runs until the queue is empty or its budget is spent; a tick arriving
            # meanwhile returns at once (not APScheduler's "skipped" warning every tick).
            job_kwargs={"max_instances": 2, "coalesce": True},
        )
        if services.acled is not None:
            queue.run_repeating(
                acled_job,
                interval=settings.acled_poll_hours * 3600,
                first=30.0,
                name="acled",
                job_kwargs={"max_instances": 1, "coalesce": True},
            )
        # Quiet-hours summaries and daily digests: checked each minute, sent when due.
        queue.run_repeating(
            summaries_job,
            interval=60,
            first=5.0,
            name="summaries",
            job_kwargs={"max_instances": 1, "coalesce": True},
        )

    async def post_shutdown(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        while servers:
            await servers.pop().close()
        services = holder.pop("services", None)
        if services is not None:
            await services.close()
            log.info("database closed")

    return (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_api_base_file_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
