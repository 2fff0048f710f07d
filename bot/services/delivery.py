"""Draining the outbox: rendering each alert in its chat's language and sending it politely.

Delivery is at-least-once for the messages in flight and exactly-once for everything else: an
alert is written ``sending`` before its request and ``sent`` after it,
and on start-up alerts left ``sending`` by a crash go back to the queue. Only those can arrive
twice; with ``concurrency=1`` that is at most one message.

Telegram's limits are kept on our side, before Telegram enforces them: one global pace (no
burst at start-up), at least ``private_interval`` between two messages to one chat, and for
groups at most ``group_limit`` messages in any ``group_window``. A 429 pauses every send for
the time Telegram names; the chat's queue keeps its order because all its pending alerts wait.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal, Protocol

from bot.domain.gazetteer import Gazetteer
from bot.domain.matching import SubscriptionIndex
from bot.domain.models import Alert, Chat, Incident
from bot.domain.render import render_alert, render_update
from bot.i18n import get_translator
from bot.services.alert_actions import alert_buttons
from bot.services.replies import Button
from bot.storage.db import Database
from bot.storage.repos import AlertRepo, ChatRepo, IncidentRepo

__all__ = [
    "AlertDispatcher",
    "AlertGate",
    "ChatGoneError",
    "ChatPacer",
    "DeliveryStats",
    "GateDecision",
    "GlobalPace",
    "MessageTransport",
    "RejectedError",
    "RetryAfterError",
    "TransientSendError",
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


class RejectedError(TransientSendError):
    """Telegram refused this one message (a 400 other than a missing chat): retrying is useless.

    A subclass of ``TransientSendError`` so that callers which do not tell them apart still
    treat it as "this send failed"; the dispatcher gives such an alert up at once.
    """


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


@dataclass(frozen=True, slots=True)
class GateDecision:
    """What a chat's own settings say about one alert right now."""

    action: Literal["send", "hold", "skip"] = "send"
    until: datetime | None = None  # for "hold": when to look again
    reason: str = ""


class AlertGate(Protocol):
    """A chat's filters, quiet hours and digest choice, consulted before each send."""

    async def __call__(self, chat: Chat, incident: Incident, now: datetime) -> GateDecision: ...


@dataclass(slots=True)
class DeliveryStats:
    sent: int = 0
    edited: int = 0
    updates: int = 0
    retried: int = 0
    dropped: int = 0
    failed: int = 0
    held: int = 0

    @property
    def busy(self) -> bool:
        return any(
            (
                self.sent,
                self.edited,
                self.updates,
                self.retried,
                self.dropped,
                self.failed,
                self.held,
            )
        )


def _is_group(chat: Chat) -> bool:
    return chat.type != "private"


class ChatPacer:
    """Per-chat pacing: a minimum interval, and for groups a true sliding-window limit.

    Hand-written because a token bucket (aiolimiter's ``AsyncLimiter(20, 60)``) lets a full
    burst through and then refills, so some 60-second windows would hold up to 40 messages;
    Telegram counts messages per group in a window. Times are event-loop seconds.

    Args:
        interval: Minimum seconds between two messages to one chat (Telegram: about 1 s).
        group_limit: Messages allowed per group in any ``group_window``.
        group_window: Window length in seconds (Telegram: 60).
    """

    def __init__(self, *, interval: float, group_limit: int, group_window: float) -> None:
        self._interval = interval
        self._group_limit = group_limit
        self._group_window = group_window
        self._last: dict[int, float] = {}
        self._recent: dict[int, deque[float]] = {}

    def delay(self, chat_id: int, *, group: bool, now: float) -> float:
        """Seconds to wait before the next message to ``chat_id`` may go."""
        wait = 0.0
        last = self._last.get(chat_id)
        if last is not None:
            wait = last + self._interval - now
        if group:
            recent = self._recent.get(chat_id)
            if recent is not None:
                while recent and now - recent[0] >= self._group_window:
                    recent.popleft()
                if len(recent) >= self._group_limit:
                    wait = max(wait, recent[0] + self._group_window - now)
        return max(0.0, wait)

    def record(self, chat_id: int, *, group: bool, now: float) -> None:
        """A message to ``chat_id`` is leaving now."""
        self._last[chat_id] = now
        if group:
            recent = self._recent.setdefault(chat_id, deque(maxlen=self._group_limit))
            recent.append(now)

    def prune(self, now: float) -> None:
        """Forget chats whose history no longer limits anything (keeps memory flat)."""
        self._last = {c: t for c, t in self._last.items() if now - t < self._interval}
        self._recent = {
            c: q for c, q in self._recent.items() if q and now - q[-1] < self._group_window
        }


class GlobalPace:
    """Send slots ``1/rate`` apart on a fixed schedule, handed out in the order asked for.

    Hand-written rather than aiolimiter's ``AsyncLimiter(1, 1/rate)``: that bucket measures
    each interval from the moment a waiter wakes, so the event loop's wake-up latency adds up
    and the sustained rate fell about 2 % short (28.4/s for 29/s, measured with
    bench/bench_fanout.py). Slots on a schedule do not drift, and there is no burst at
    start-up: the first slot is now, the next one ``1/rate`` later. After a stall of the event
    loop (a garbage collection, a slow query) the late slots are not granted all at once:
    two grants stay at least ``min_gap`` of an interval apart, so the schedule is caught up
    slowly and no second ever holds more than the rate allows.
    """

    def __init__(self, rate_per_second: float, *, min_gap: float = 0.98) -> None:
        self._interval = 1.0 / rate_per_second
        self._min_gap = self._interval * min_gap
        self._next = 0.0
        self._last = -1e9

    async def acquire(self) -> None:
        """Wait for the next free slot."""
        loop = asyncio.get_running_loop()
        slot = max(loop.time(), self._next)
        self._next = slot + self._interval
        # A time to reach, not an event to wait for.
        while (wait := max(slot, self._last + self._min_gap) - loop.time()) > 0:  # noqa: ASYNC110
            await asyncio.sleep(wait)
        self._last = loop.time()

    def delay(self, seconds: float) -> None:
        """No slot before ``seconds`` from now (Telegram said to wait)."""
        loop = asyncio.get_running_loop()
        self._next = max(self._next, loop.time() + seconds)


class _Stop(Exception):
    """Raised inside a drain when the application is shutting down."""


class AlertDispatcher:
    """Sends due alerts within Telegram's limits and records every outcome.

    Args:
        db: The database holding the outbox.
        gazetteer: Names for rendering.
        transport: Where messages go.
        index: The live subscription index (chats that leave are removed from it).
        clock: Wall-clock time, for the outbox's bookkeeping.
        rate_per_second: Global pace of messages (Telegram: about 30/s; paid up to 1,000/s).
        private_interval: Minimum seconds between two messages to one chat.
        group_limit: Messages per group in any ``group_window`` seconds.
        group_window: Length of the group window.
        edit_window: An alert sent less than this long ago is edited when its facts change;
            an older one gets a short update message replying to it.
        give_up_after: An alert that still fails this long after it was queued is given up.
        concurrency: Requests in flight at once (also the most messages a crash may repeat);
            by default enough to keep the global pace with half a second of latency.
        budget: Seconds one drain may run before it yields (it resumes on the next tick).
        batch: Alerts read from the outbox at a time.
        max_chat_wait: A chat that must wait longer than this is set aside for later rather
            than holding a worker.
        gate: A chat's filters, quiet hours and digest choice.
    """

    def __init__(
        self,
        *,
        db: Database,
        gazetteer: Gazetteer,
        transport: MessageTransport,
        index: SubscriptionIndex | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        rate_per_second: float = 25.0,
        private_interval: float = 1.05,
        group_limit: int = 20,
        group_window: float = 61.0,
        edit_window: timedelta = timedelta(hours=6),
        give_up_after: timedelta = timedelta(hours=24),
        concurrency: int | None = None,
        budget: float = 30.0,
        batch: int = 500,
        max_chat_wait: float = 2.0,
        gate: AlertGate | None = None,
    ) -> None:
        self._gate = gate
        self._db = db
        self._gazetteer = gazetteer
        self._transport = transport
        self._index = index
        self._clock = clock
        self._alerts = AlertRepo(db)
        self._chats = ChatRepo(db)
        self._incidents = IncidentRepo(db)
        self._global = GlobalPace(rate_per_second)
        self._pacer = ChatPacer(
            interval=private_interval, group_limit=group_limit, group_window=group_window
        )
        self._paused_until = 0.0
        self._edit_window = edit_window
        self._give_up_after = give_up_after
        self._concurrency = concurrency or max(4, min(256, round(rate_per_second / 2)))
        self._budget = budget
        self._batch = batch
        self._max_chat_wait = max_chat_wait
        self._lock = asyncio.Lock()
        self._keep_going: Callable[[], bool] = lambda: True
        self.last_sent_at: datetime | None = None

    @property
    def concurrency(self) -> int:
        return self._concurrency

    # -- pacing ------------------------------------------------------------------------------

    def _running(self) -> bool:
        return self._keep_going()

    async def _sleep(self, seconds: float) -> None:
        """Sleep, but wake within half a second when the application stops."""
        loop = asyncio.get_running_loop()
        end = loop.time() + seconds
        while (left := end - loop.time()) > 0:
            if not self._running():
                raise _Stop
            await asyncio.sleep(min(0.5, left))

    def _chat_wait(self, chat: Chat) -> float:
        """Seconds before this chat may get another message."""
        loop = asyncio.get_running_loop()
        return self._pacer.delay(chat.id, group=_is_group(chat), now=loop.time())

    async def _chat_turn(self, chat: Chat) -> float | None:
        """Wait for this chat's turn; the wait instead when it is too long to hold a worker."""
        delay = self._chat_wait(chat)
        if delay > self._max_chat_wait:
            return delay
        if delay > 0:
            await self._sleep(delay)
        return None

    async def _global_turn(self, chat: Chat) -> None:
        """Wait out a 429 pause, then take the next global slot, just before the request.

        Nothing slow (no database write) may come between the slot and the request: a stall
        there would let several messages leave together.
        """
        loop = asyncio.get_running_loop()
        while True:
            while (wait := self._paused_until - loop.time()) > 0:  # a 429 paused every send
                await self._sleep(wait)
            await self._global.acquire()
            if self._paused_until <= loop.time():  # no 429 arrived while this slot was awaited
                break
        if not self._running():
            raise _Stop
        self._pacer.record(chat.id, group=_is_group(chat), now=loop.time())

    def _pause(self, seconds: float) -> None:
        loop = asyncio.get_running_loop()
        self._paused_until = max(self._paused_until, loop.time() + seconds)
        self._global.delay(seconds)

    async def send_paced(
        self,
        chat: Chat,
        text: str,
        *,
        buttons: tuple[tuple[Button, ...], ...] = (),
        reply_to: int | None = None,
    ) -> int | None:
        """Send one message outside the outbox (a digest, a summary) within the same limits.

        Returns:
            Telegram's message id.

        Raises:
            ChatGoneError, RetryAfterError, RejectedError, TransientSendError: as the
                transport does (a 429 also pauses the outbox).
        """
        try:
            delay = self._chat_wait(chat)
            if delay > 0:
                await self._sleep(delay)
            await self._global_turn(chat)
        except _Stop:
            raise TransientSendError("shutting down") from None
        try:
            return await self._transport.send(chat.id, text, buttons=buttons, reply_to=reply_to)
        except RetryAfterError as exc:
            self._pause(exc.seconds)
            raise

    # -- the queue ---------------------------------------------------------------------------

    async def recover(self) -> int:
        """Put alerts left mid-send by a crash back in the queue."""
        recovered = await self._alerts.recover_in_flight()
        if recovered:
            log.warning("%d alert(s) left mid-send by an unclean stop are queued again", recovered)
        return recovered

    async def drain(
        self,
        *,
        limit: int | None = None,
        keep_going: Callable[[], bool] | None = None,
    ) -> DeliveryStats:
        """Send what is due, batch after batch, until the queue is empty or the budget is spent.

        Args:
            limit: At most this many alerts (default: no limit but the time budget).
            keep_going: Checked before every send; when it turns false (the application is
                stopping) the sends in flight finish, their outcome is recorded and the drain
                returns.

        Returns:
            What happened. A drain already running makes this call return at once, empty.
        """
        if self._lock.locked():
            return DeliveryStats()
        async with self._lock:
            self._keep_going = keep_going or (lambda: True)
            stats = DeliveryStats()
            loop = asyncio.get_running_loop()
            started = loop.time()
            self._pacer.prune(started)
            left = limit
            try:
                while self._running() and (left is None or left > 0):
                    size = self._batch if left is None else min(self._batch, left)
                    alerts = await self._alerts.due(now=self._clock(), limit=size)
                    if not alerts:
                        break
                    await self._send_batch(alerts, stats)
                    if left is not None:
                        left -= len(alerts)
                    if loop.time() - started >= self._budget:
                        break
                await self._send_updates(stats)
            except _Stop:
                log.info("delivery stopped for shutdown")
            finally:
                self._keep_going = lambda: True
            if stats.busy:
                log.info(
                    "delivery: %d sent, %d edited, %d updates, %d retried, %d dropped, "
                    "%d failed, %d held in %.1f s",
                    stats.sent,
                    stats.edited,
                    stats.updates,
                    stats.retried,
                    stats.dropped,
                    stats.failed,
                    stats.held,
                    loop.time() - started,
                )
            return stats

    async def _send_batch(self, alerts: list[Alert], stats: DeliveryStats) -> None:
        chats = await self._chats.languages(chat_ids={a.chat_id for a in alerts})
        incidents: dict[int, Incident] = {}
        for incident_id in {a.incident_id for a in alerts}:
            incident = await self._incidents.get(incident_id=incident_id)
            if incident is not None:
                incidents[incident_id] = incident
        # Chats are served in the order of their most urgent alert; one worker per chat at a
        # time keeps each chat's own order.
        per_chat: dict[int, list[Alert]] = {}
        for alert in alerts:
            per_chat.setdefault(alert.chat_id, []).append(alert)
        queue = iter(per_chat.items())

        async def worker() -> None:
            for chat_id, chat_alerts in queue:
                await self._run_chat(chats.get(chat_id), chat_alerts, incidents, stats)

        workers = [
            asyncio.create_task(worker()) for _ in range(min(self._concurrency, len(per_chat)))
        ]
        results = await asyncio.gather(*workers, return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                raise result

    async def _run_chat(
        self,
        chat: Chat | None,
        alerts: list[Alert],
        incidents: dict[int, Incident],
        stats: DeliveryStats,
    ) -> None:
        for alert in alerts:
            assert alert.id is not None
            incident = incidents.get(alert.incident_id)
            if chat is None or incident is None or not chat.active:
                await self._alerts.give_up(alert_id=alert.id, error="chat or incident gone")
                stats.dropped += 1
                continue
            if not await self._send_one(alert, chat, incident, stats):
                return  # the rest of this chat's queue waits with it

    async def _send_one(
        self, alert: Alert, chat: Chat, incident: Incident, stats: DeliveryStats
    ) -> bool:
        """Send one alert; False when the rest of the chat's queue must wait."""
        assert alert.id is not None
        now = self._clock()
        if chat.muted_until is not None and chat.muted_until > now:
            await self._alerts.defer_chat(chat_id=chat.id, until=chat.muted_until)
            stats.held += 1
            return False
        if self._gate is not None:
            decision = await self._gate(chat, incident, now)
            if decision.action == "skip":
                await self._alerts.give_up(alert_id=alert.id, error=f"skipped: {decision.reason}")
                stats.dropped += 1
                return True
            if decision.action == "hold":
                until = decision.until or now + timedelta(minutes=15)
                await self._alerts.retry_later(
                    alert_id=alert.id, at=until, error=f"held: {decision.reason}"
                )
                stats.held += 1
                return True
        try:
            text = render_alert(incident, t=get_translator(chat.language), names=self._gazetteer)
            buttons = alert_buttons(incident, chat.language)
        except Exception as exc:
            # A rendering bug must not block the queue behind this alert forever.
            log.exception("alert %s for incident %s cannot be rendered", alert.id, incident.id)
            await self._alerts.give_up(alert_id=alert.id, error=f"render: {exc}")
            stats.failed += 1
            return True
        wait = await self._chat_turn(chat)
        if wait is not None:
            await self._alerts.defer_chat(
                chat_id=chat.id, until=self._clock() + timedelta(seconds=wait)
            )
            return False
        await self._alerts.mark_sending(alert_id=alert.id)
        try:
            await self._global_turn(chat)
        except _Stop:
            await self._alerts.release(alert_id=alert.id)  # never sent: simply queued again
            raise
        try:
            message_id = await self._transport.send(chat.id, text, buttons=buttons)
        except ChatGoneError as exc:
            await self.deactivate_chat(chat.id, reason=str(exc))
            stats.dropped += 1
            return False
        except RetryAfterError as exc:
            self._pause(exc.seconds)
            until = self._clock() + timedelta(seconds=exc.seconds)
            await self._alerts.retry_later(alert_id=alert.id, at=until, error=str(exc))
            await self._alerts.defer_chat(chat_id=chat.id, until=until)
            stats.retried += 1
            log.warning("send to chat %s: told to wait %.1f s", chat.id, exc.seconds)
            return False
        except RejectedError as exc:
            await self._alerts.give_up(alert_id=alert.id, error=str(exc))
            log.error("alert %s to chat %s refused by Telegram: %s", alert.id, chat.id, exc)
            stats.failed += 1
            return True
        except TransientSendError as exc:
            await self._retry_or_give_up(alert, str(exc), stats)
            return False
        sent_at = self._clock()
        await self._alerts.mark_sent(
            alert_id=alert.id, message_id=message_id, now=sent_at, facts_of=incident.updated_at
        )
        self.last_sent_at = sent_at
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
        # attempts was raised by mark_sending; jitter spreads a wave of retries out.
        delay = min(600.0, 5.0 * 2 ** max(0, alert.attempts)) * random.uniform(0.8, 1.2)
        until = now + timedelta(seconds=delay)
        await self._alerts.retry_later(alert_id=alert.id, at=until, error=error)
        await self._alerts.defer_chat(chat_id=alert.chat_id, until=until)
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

    # -- updates of alerts already sent ------------------------------------------------------

    async def _send_updates(self, stats: DeliveryStats) -> None:
        for alert in await self._alerts.updates_due(now=self._clock(), limit=200):
            if not self._running():
                return
            assert alert.id is not None
            chat = await self._chats.get(chat_id=alert.chat_id)
            incident = await self._incidents.get(incident_id=alert.incident_id)
            if chat is None or incident is None or not chat.active:
                await self._alerts.clear_update(alert_id=alert.id)
                continue
            wait = await self._chat_turn(chat)
            if wait is not None:
                await self._alerts.postpone_update(
                    alert_id=alert.id, at=self._clock() + timedelta(seconds=wait)
                )
                continue
            await self._global_turn(chat)
            try:
                kind = await self._send_update(alert, chat, incident)
            except ChatGoneError as exc:
                await self.deactivate_chat(chat.id, reason=str(exc))
                continue
            except RetryAfterError as exc:
                self._pause(exc.seconds)
                await self._alerts.postpone_update(
                    alert_id=alert.id, at=self._clock() + timedelta(seconds=exc.seconds)
                )
                continue
            except (TransientSendError, RejectedError) as exc:
                await self._retry_update_or_give_up(alert, incident, str(exc))
                continue
            await self._alerts.clear_update(alert_id=alert.id)
            if kind == "edited":
                stats.edited += 1
            elif kind == "update":
                stats.updates += 1

    async def _send_update(self, alert: Alert, chat: Chat, incident: Incident) -> str:
        """Edit the alert when recent, else reply to it with a short update."""
        t = get_translator(chat.language)
        now = self._clock()
        if (
            alert.message_id is not None
            and alert.sent_at is not None
            and now - alert.sent_at <= self._edit_window
        ):
            try:
                await self._transport.edit(
                    chat.id,
                    alert.message_id,
                    render_alert(incident, t=t, names=self._gazetteer),
                    buttons=alert_buttons(incident, chat.language),
                )
                return "edited"
            except RejectedError as exc:
                if alert.sources_only:
                    return "skipped"
                # The message was deleted or can no longer be edited: say it as an update.
                log.info("alert %s cannot be edited (%s); sending an update", alert.id, exc)
        if alert.sources_only:
            return "skipped"  # one more outlet is not worth a new message
        await self._transport.send(
            chat.id, render_update(incident, t=t, names=self._gazetteer), reply_to=alert.message_id
        )
        return "update"

    async def _retry_update_or_give_up(self, alert: Alert, incident: Incident, error: str) -> None:
        assert alert.id is not None
        now = self._clock()
        if now - incident.updated_at > self._give_up_after:
            await self._alerts.clear_update(alert_id=alert.id)
            log.error("update of alert %s to chat %s given up: %s", alert.id, alert.chat_id, error)
            return
        delay = 60.0 * random.uniform(0.8, 1.2)
        await self._alerts.postpone_update(alert_id=alert.id, at=now + timedelta(seconds=delay))
        log.warning("update of alert %s to chat %s failed (%s)", alert.id, alert.chat_id, error)
