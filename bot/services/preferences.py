"""A chat's own settings: filters, per-subscription mutes, quiet hours and daily digests.

``PreferenceService`` is the dispatcher's ``AlertGate``. An alert that the chat's settings
turn into a summary is recorded in ``held_incidents`` and skipped by the dispatcher; the
``run_due`` job later sends one message per chat: when its quiet hours end, or at its digest
time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

from bot.domain.gazetteer import Gazetteer
from bot.domain.matching import SubscriptionIndex
from bot.domain.models import Chat, Incident, Subscription
from bot.domain.policy import DigestMode, Filter, QuietHours, digest_due, passes, zone
from bot.domain.render import render_summary
from bot.i18n import get_translator
from bot.services.delivery import (
    AlertDispatcher,
    ChatGoneError,
    GateDecision,
    MessageTransport,
    RetryAfterError,
    TransientSendError,
)
from bot.storage.db import Database
from bot.storage.prefs_repo import ChatPrefs, HeldRepo, PrefsRepo, SubscriptionPrefs
from bot.storage.repos import ChatRepo, IncidentRepo, SubscriptionRepo

__all__ = ["PreferenceService"]

log = logging.getLogger(__name__)

QUIET = "quiet"
DIGEST = "digest"


class PreferenceService:
    """Reads and changes a chat's settings, decides per alert, and sends the summaries."""

    def __init__(
        self,
        *,
        db: Database,
        gazetteer: Gazetteer,
        transport: MessageTransport | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._gazetteer = gazetteer
        self._transport = transport
        self._clock = clock
        self._prefs = PrefsRepo(db)
        self._held = HeldRepo(db)
        self._chats = ChatRepo(db)
        self._subs = SubscriptionRepo(db)
        self._incidents = IncidentRepo(db)
        self._dispatcher: AlertDispatcher | None = None

    def pace_with(self, dispatcher: AlertDispatcher) -> None:
        """Send summaries through the dispatcher, within the same Telegram limits as alerts."""
        self._dispatcher = dispatcher

    # Settings ------------------------------------------------------------------------------

    async def chat_prefs(self, *, chat_id: int) -> ChatPrefs:
        return await self._prefs.chat(chat_id=chat_id)

    async def subscription_prefs(self, *, subscription_ids: list[int]) -> dict[int, Filter]:
        found = await self._prefs.subscriptions(subscription_ids=subscription_ids)
        return {sid: p.filter for sid, p in found.items()}

    async def set_filter(
        self, *, chat_id: int, rule: Filter, subscription_id: int | None = None
    ) -> None:
        """The chat-wide filter, or one subscription's own (which then overrides it)."""
        if subscription_id is None:
            prefs = await self._prefs.chat(chat_id=chat_id)
            await self._prefs.save_chat(prefs=replace(prefs, filter=rule), now=self._clock())
            return
        current = await self._prefs.subscription(subscription_id=subscription_id)
        await self._prefs.save_subscription(prefs=replace(current, filter=rule))

    async def filter_of(self, *, chat_id: int, subscription_id: int | None = None) -> Filter:
        if subscription_id is None:
            return (await self._prefs.chat(chat_id=chat_id)).filter
        return (await self._prefs.subscription(subscription_id=subscription_id)).filter

    async def reset_filters(self, *, chat_id: int) -> None:
        await self.set_filter(chat_id=chat_id, rule=Filter())
        subs = await self._subs.for_chat(chat_id=chat_id)
        await self._prefs.reset_subscription_filters(
            subscription_ids=[s.id for s in subs if s.id is not None]
        )

    async def set_quiet(self, *, chat_id: int, quiet: QuietHours | None) -> None:
        prefs = await self._prefs.chat(chat_id=chat_id)
        await self._prefs.save_chat(prefs=replace(prefs, quiet=quiet), now=self._clock())

    async def set_digest(self, *, chat_id: int, mode: DigestMode, at: time | None) -> None:
        """``at`` local time; the first digest comes at the next such time, not at once."""
        prefs = await self._prefs.chat(chat_id=chat_id)
        now = self._clock()
        updated = replace(
            prefs,
            digest=mode,
            digest_at=at if mode != "off" else None,
            last_digest_at=now if mode != "off" else None,
        )
        await self._prefs.save_chat(prefs=updated, now=now)
        if mode == "off":
            held = await self._held.incident_ids(chat_id=chat_id, reason=DIGEST)
            await self._held.release(chat_id=chat_id, reason=DIGEST, incident_ids=held)

    async def set_timezone(self, *, chat_id: int, timezone: str) -> None:
        await self._chats.update(chat_id=chat_id, now=self._clock(), timezone=timezone)

    async def held_count(self, *, chat_id: int) -> int:
        return await self._held.count(chat_id=chat_id, reason=QUIET)

    async def matching_subscriptions(
        self, *, chat_id: int, incident: Incident
    ) -> list[Subscription]:
        """The chat's subscriptions that this incident matches."""
        subs = [s for s in await self._subs.for_chat(chat_id=chat_id) if s.id is not None]
        # Keyed by subscription id instead of chat id, the index tells which ones matched.
        index = SubscriptionIndex.build(s.model_copy(update={"chat_id": s.id}) for s in subs)
        matched = index.match(incident, self._gazetteer)
        return [s for s in subs if s.id in matched]

    async def mute_matching(
        self, *, chat_id: int, incident: Incident, until: datetime
    ) -> list[Subscription]:
        """Mute, until ``until``, the chat's subscriptions that brought this incident."""
        matched = await self.matching_subscriptions(chat_id=chat_id, incident=incident)
        await self._prefs.mute_subscriptions(
            subscription_ids=[s.id for s in matched if s.id is not None], until=until
        )
        return matched

    async def unmute_subscriptions(self, *, chat_id: int) -> int:
        """Lift every per-subscription mute of the chat; returns how many were muted."""
        muted = await self.muted_subscriptions(chat_id=chat_id)
        await self._prefs.mute_subscriptions(subscription_ids=list(muted), until=None)
        return len(muted)

    async def muted_subscriptions(self, *, chat_id: int) -> dict[int, datetime]:
        subs = await self._subs.for_chat(chat_id=chat_id)
        found = await self._prefs.subscriptions(
            subscription_ids=[s.id for s in subs if s.id is not None]
        )
        now = self._clock()
        return {
            sid: p.muted_until
            for sid, p in found.items()
            if p.muted_until is not None and p.muted_until > now
        }

    # The gate ------------------------------------------------------------------------------

    async def __call__(self, chat: Chat, incident: Incident, now: datetime) -> GateDecision:
        """Decide for one alert: send it, skip it, or keep it for a summary."""
        assert incident.id is not None
        prefs = await self._prefs.chat(chat_id=chat.id)
        if not await self._wanted(chat, incident, prefs, now):
            return GateDecision(action="skip", reason="filtered or muted")
        if prefs.digest != "off":
            await self._held.hold(chat_id=chat.id, incident_id=incident.id, reason=DIGEST, now=now)
            if prefs.digest == "only":
                return GateDecision(action="skip", reason="in the daily digest")
        if prefs.quiet is not None and prefs.quiet.active(now, chat.timezone):
            await self._held.hold(chat_id=chat.id, incident_id=incident.id, reason=QUIET, now=now)
            return GateDecision(action="skip", reason="held for the quiet-hours summary")
        return GateDecision(action="send")

    async def _wanted(
        self, chat: Chat, incident: Incident, prefs: ChatPrefs, now: datetime
    ) -> bool:
        matched = await self.matching_subscriptions(chat_id=chat.id, incident=incident)
        if not matched:
            return passes(incident, prefs.filter)
        own = await self._prefs.subscriptions(
            subscription_ids=[s.id for s in matched if s.id is not None]
        )
        for sub in matched:
            sp = own.get(sub.id or 0, SubscriptionPrefs(subscription_id=sub.id or 0))
            if sp.muted_until is not None and sp.muted_until > now:
                continue
            rule = prefs.filter if sp.filter.is_default else sp.filter
            if passes(incident, rule):
                return True
        return False

    # Summaries -----------------------------------------------------------------------------

    async def run_due(self) -> int:
        """Send the quiet-hours summaries and digests that are due; returns messages sent."""
        now = self._clock()
        sent = 0
        for chat_id in await self._held.chats(reason=QUIET):
            sent += await self._flush_quiet(chat_id, now)
        for prefs in await self._prefs.with_digest():
            sent += await self._flush_digest(prefs, now)
        return sent

    async def _flush_quiet(self, chat_id: int, now: datetime) -> int:
        chat = await self._chats.get(chat_id=chat_id)
        ids = await self._held.incident_ids(chat_id=chat_id, reason=QUIET)
        if chat is None or not chat.active:
            await self._held.release(chat_id=chat_id, reason=QUIET, incident_ids=ids)
            return 0
        prefs = await self._prefs.chat(chat_id=chat_id)
        if prefs.quiet is not None and prefs.quiet.active(now, chat.timezone):
            return 0
        if chat.muted_until is not None and chat.muted_until > now:
            return 0
        t = get_translator(chat.language)
        title = t.ngettext(
            "While you were in quiet hours: %(n)d incident",
            "While you were in quiet hours: %(n)d incidents",
            len(ids),
        ) % {"n": len(ids)}
        return await self._send_summary(chat, QUIET, ids, title)

    async def _flush_digest(self, prefs: ChatPrefs, now: datetime) -> int:
        chat = await self._chats.get(chat_id=prefs.chat_id)
        if chat is None or prefs.digest_at is None:
            return 0
        if not digest_due(now, prefs.digest_at, chat.timezone, prefs.last_digest_at):
            return 0
        await self._prefs.save_chat(prefs=replace(prefs, last_digest_at=now), now=now)
        ids = await self._held.incident_ids(chat_id=chat.id, reason=DIGEST)
        if not ids:
            return 0
        t = get_translator(chat.language)
        title = t._("Daily digest — %(date)s") % {
            "date": t.date(now.astimezone(zone(chat.timezone)).date(), fmt="d MMMM")
        }
        return await self._send_summary(chat, DIGEST, ids, title)

    async def _send_summary(self, chat: Chat, reason: str, ids: list[int], title: str) -> int:
        incidents = [i for i in [await self._incidents.get(incident_id=x) for x in ids] if i]
        if not incidents or self._transport is None:
            await self._held.release(chat_id=chat.id, reason=reason, incident_ids=ids)
            return 0
        t = get_translator(chat.language)
        text = render_summary(title, incidents, t=t, names=self._gazetteer)
        try:
            if self._dispatcher is not None:
                await self._dispatcher.send_paced(chat, text)
            else:
                await self._transport.send(chat.id, text)
        except ChatGoneError as exc:
            if self._dispatcher is not None:
                await self._dispatcher.deactivate_chat(chat.id, reason=str(exc))
            else:
                await self._chats.update(chat_id=chat.id, now=self._clock(), active=False)
        except (RetryAfterError, TransientSendError) as exc:
            log.warning("summary to chat %s not sent yet: %s", chat.id, exc)
            if reason == DIGEST:  # try again at the next run rather than tomorrow
                prefs = await self._prefs.chat(chat_id=chat.id)
                earlier = self._clock() - timedelta(days=1)
                await self._prefs.save_chat(
                    prefs=replace(prefs, last_digest_at=earlier), now=self._clock()
                )
            return 0
        await self._held.release(chat_id=chat.id, reason=reason, incident_ids=ids)
        return 1
