"""Draining the outbox: rendering each alert in its chat's language and sending it politely.

Delivery is at-least-once for the one message in flight and exactly-once for everything else:
an alert is marked ``sending`` before the request and ``sent`` after it, and on start-up alerts
left ``sending`` by a crash go back to the queue (that single message may then arrive twice).
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from aiolimiter import AsyncLimiter

from bot.domain.gazetteer import Gazetteer
from bot.domain.matching import SubscriptionIndex
from bot.domain.models import Alert, Chat, Incident
from bot.domain.render import render_alert, render_update
from bot.i18n import get_translator
from bot.services.replies import Button
from bot.storage.db import Database
from bot.storage.repos import AlertRepo, ChatRepo, IncidentRepo

__all__ = [
    "AlertDispatcher",
    "ChatGoneError",
    "DeliveryStats",
    "MessageTransport",
    "RetryAfterError",
    "TransientSendError",
    "alert_buttons",
]

log = logging.getLogger(__name__)


class ChatGoneError(Exception):
    """The chat can no longer be written to (blocked, kicked, deleted)."""


class RetryAfterError(Exception):
    """Telegram asked us to slow down."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds} s")
        self.seconds = seconds


class TransientSendError(Exception):
    """A network error or a server error: worth trying again later."""


class MessageTransport(Protocol):
    """Where messages go: Telegram in production, the terminal in the demo."""

    async def send(
        self,
        chat_id: int,
        text: str,
        *,
        buttons: tuple[tuple[Button, ...], ...] = (),
        reply_to: int | None = None,
    ) -> int | None: ...

    async def edit(
        self,
        chat_id: int,
        message_id: int,
        text: str,
        *,
        buttons: tuple[tuple[Button, ...], ...] = (),
    ) -> None: ...


@dataclass(slots=True)
class DeliveryStats:
    sent: int = 0
    edited: int = 0
    updates: int = 0
    retried: int = 0
    dropped: int = 0
    failed: int = 0
    held: int = 0


def alert_buttons(incident: Incident, language: str) -> tuple[tuple[Button, ...], ...]:
    t = get_translator(language)
    return (
        (
            Button(t._("Sources"), data=f"src:{incident.id}"),
            Button(t._("Mute 24 h"), data="mute:24"),
            Button(t._("Unsubscribe"), data="unsub:list"),
        ),
    )


class AlertDispatcher:
    """Sends due alerts within Telegram's limits and records every outcome."""

    def __init__(
        self,
        *,
        db: Database,
        gazetteer: Gazetteer,
        transport: MessageTransport,
        index: SubscriptionIndex | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        rate_per_second: float = 25.0,
        private_interval: float = 1.0,
        group_interval: float = 3.0,
        edit_window: timedelta = timedelta(hours=6),
        give_up_after: timedelta = timedelta(hours=24),
        concurrency: int = 16,
    ) -> None:
        self._db = db
        self._gazetteer = gazetteer
        self._transport = transport
        self._index = index
        self._clock = clock
        self._alerts = AlertRepo(db)
        self._chats = ChatRepo(db)
        self._incidents = IncidentRepo(db)
        # One message per 1/rate seconds: no burst at start-up, unlike a full bucket.
        self._global = AsyncLimiter(1, 1.0 / rate_per_second)
        self._private_interval = private_interval
        self._group_interval = group_interval
        self._per_chat: dict[int, AsyncLimiter] = {}
        self._paused_until = 0.0
        self._edit_window = edit_window
        self._give_up_after = give_up_after
        self._concurrency = concurrency
        self._lock = asyncio.Lock()

    def _chat_limiter(self, chat: Chat) -> AsyncLimiter:
        limiter = self._per_chat.get(chat.id)
        if limiter is None:
            interval = self._private_interval if chat.type == "private" else self._group_interval
            limiter = AsyncLimiter(1, interval)
            self._per_chat[chat.id] = limiter
        return limiter

    async def _throttle(self, chat: Chat) -> None:
        await self._chat_limiter(chat).acquire()
        loop = asyncio.get_running_loop()
        wait = self._paused_until - loop.time()
        if wait > 0:  # a 429 paused every send; later pauses are honoured on the next message
            await asyncio.sleep(wait)
        await self._global.acquire()

    def _pause(self, seconds: float) -> None:
        loop = asyncio.get_running_loop()
        self._paused_until = max(self._paused_until, loop.time() + seconds)

    async def recover(self) -> int:
        """Put alerts left mid-send by a crash back in the queue."""
        return await self._alerts.recover_in_flight()

    async def drain(self, *, limit: int = 1000) -> DeliveryStats:
        """Send what is due now (bounded by ``limit``), then the pending updates."""
        async with self._lock:
            stats = DeliveryStats()
            alerts = await self._alerts.due(now=self._clock(), limit=limit)
            if alerts:
                await self._send_batch(alerts, stats)
            await self._send_updates(stats)
            if alerts or stats.updates or stats.edited:
                log.info(
                    "delivery: %d sent, %d edited, %d updates, %d retried, %d dropped, "
                    "%d failed, %d held",
                    stats.sent,
                    stats.edited,
                    stats.updates,
                    stats.retried,
                    stats.dropped,
                    stats.failed,
                    stats.held,
                )
            return stats

    async def _send_batch(self, alerts: list[Alert], stats: DeliveryStats) -> None:
        chats = await self._chats.languages(chat_ids={a.chat_id for a in alerts})
        incidents: dict[int, Incident] = {}
        for incident_id in {a.incident_id for a in alerts}:
            incident = await self._incidents.get(incident_id=incident_id)
            if incident is not None:
                incidents[incident_id] = incident
        per_chat: dict[int, list[Alert]] = defaultdict(list)
        for alert in alerts:
            per_chat[alert.chat_id].append(alert)
        semaphore = asyncio.Semaphore(self._concurrency)

        async def run_chat(chat_id: int, queue: list[Alert]) -> None:
            async with semaphore:
                for alert in queue:
                    chat = chats.get(chat_id)
                    incident = incidents.get(alert.incident_id)
                    if chat is None or incident is None or not chat.active:
                        assert alert.id is not None
                        await self._alerts.give_up(
                            alert_id=alert.id, error="chat or incident gone"
                        )
                        stats.dropped += 1
                        continue
                    if not await self._send_one(alert, chat, incident, stats):
                        return  # chat gone or asked to wait: the rest of its queue waits too

        await asyncio.gather(*(run_chat(c, q) for c, q in per_chat.items()))

    async def _send_one(
        self, alert: Alert, chat: Chat, incident: Incident, stats: DeliveryStats
    ) -> bool:
        assert alert.id is not None
        now = self._clock()
        if chat.muted_until is not None and chat.muted_until > now:
            await self._alerts.retry_later(alert_id=alert.id, at=chat.muted_until, error="muted")
            stats.held += 1
            return False
        text = render_alert(incident, t=get_translator(chat.language), names=self._gazetteer)
        await self._throttle(chat)
        await self._alerts.mark_sending(alert_id=alert.id)
        try:
            message_id = await self._transport.send(
                chat.id, text, buttons=alert_buttons(incident, chat.language)
            )
        except ChatGoneError as exc:
            await self.deactivate_chat(chat.id, reason=str(exc))
            stats.dropped += 1
            return False
        except RetryAfterError as exc:
            self._pause(exc.seconds)
            await self._alerts.retry_later(
                alert_id=alert.id, at=now + timedelta(seconds=exc.seconds), error=str(exc)
            )
            stats.retried += 1
            log.warning("send to chat %s: told to wait %.1f s", chat.id, exc.seconds)
            return False
        except TransientSendError as exc:
            await self._retry_or_give_up(alert, str(exc), stats)
            return False
        await self._alerts.mark_sent(alert_id=alert.id, message_id=message_id, now=self._clock())
        stats.sent += 1
        return True

    async def _retry_or_give_up(self, alert: Alert, error: str, stats: DeliveryStats) -> None:
        assert alert.id is not None
        now = self._clock()
        if now - alert.created_at > self._give_up_after:
            await self._alerts.give_up(alert_id=alert.id, error=error)
            log.error("alert %s to chat %s given up: %s", alert.id, alert.chat_id, error)
            stats.failed += 1
            return
        delay = min(600.0, 5.0 * 2 ** max(0, alert.attempts))
        await self._alerts.retry_later(
            alert_id=alert.id, at=now + timedelta(seconds=delay), error=error
        )
        log.warning(
            "alert %s to chat %s failed (%s); retry in %.0f s",
            alert.id,
            alert.chat_id,
            error,
            delay,
        )
        stats.retried += 1

    async def deactivate_chat(self, chat_id: int, *, reason: str) -> None:
        """The chat blocked or removed the bot: stop writing to it until it comes back."""
        await self._chats.update(chat_id=chat_id, now=self._clock(), active=False)
        dropped = await self._alerts.drop_pending_for_chat(chat_id=chat_id)
        if self._index is not None:
            self._index.remove_chat(chat_id)
        log.info("chat %s inactive (%s); %d pending alert(s) dropped", chat_id, reason, dropped)

    async def _send_updates(self, stats: DeliveryStats) -> None:
        for alert in await self._alerts.updates_due(limit=200):
            assert alert.id is not None
            chat = await self._chats.get(chat_id=alert.chat_id)
            incident = await self._incidents.get(incident_id=alert.incident_id)
            if chat is None or incident is None or not chat.active:
                await self._alerts.clear_update(alert_id=alert.id)
                continue
            t = get_translator(chat.language)
            now = self._clock()
            await self._throttle(chat)
            try:
                if (
                    alert.message_id is not None
                    and alert.sent_at is not None
                    and now - alert.sent_at <= self._edit_window
                ):
                    await self._transport.edit(
                        chat.id,
                        alert.message_id,
                        render_alert(incident, t=t, names=self._gazetteer),
                        buttons=alert_buttons(incident, chat.language),
                    )
                    stats.edited += 1
                else:
                    await self._transport.send(
                        chat.id,
                        render_update(incident, t=t, names=self._gazetteer),
                        reply_to=alert.message_id,
                    )
                    stats.updates += 1
            except ChatGoneError as exc:
                await self.deactivate_chat(chat.id, reason=str(exc))
            except RetryAfterError as exc:
                self._pause(exc.seconds)
                return
            except TransientSendError as exc:
                log.warning("update of alert %s failed: %s", alert.id, exc)
                return
            await self._alerts.clear_update(alert_id=alert.id)
