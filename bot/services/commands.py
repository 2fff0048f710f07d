"""Every chat command, as text in and replies out; shared by Telegram and the demo chat."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta
from html import escape
from typing import Literal

from anyascii import anyascii

from bot.domain.gazetteer import Gazetteer
from bot.domain.matching import SubscriptionIndex
from bot.domain.models import Candidate, Incident, Subscription
from bot.domain.policy import (
    CATEGORIES,
    DigestMode,
    Filter,
    parse_clock,
    parse_quiet,
    resolve_timezone,
)
from bot.domain.render import place_label, render_card, render_line
from bot.i18n import Translator, get_translator
from bot.services.maps import MapRequest, render_map
from bot.services.preferences import PreferenceService
from bot.services.replies import Button, ChatContext, Reply
from bot.services.subscriptions import SubscriptionService, candidate_label
from bot.storage.db import Database
from bot.storage.prefs_repo import ManagedChannelRepo
from bot.storage.repos import IncidentRepo, SourceRepo

__all__ = ["CATEGORY_LABELS", "COMMANDS", "ChannelOutcome", "CommandService"]

#: What the front end found when a person asked to manage a channel.
ChannelOutcome = Literal[
    "usage", "not_private", "unknown", "not_channel", "not_admin", "bot_cannot_post",
    "managing", "back",
]

log = logging.getLogger(__name__)


def N_(message: str) -> str:
    return message


#: Command name -> description, shown by ``setMyCommands`` in each language.
COMMANDS: dict[str, str] = {
    "start": N_("Start and get help"),
    "subscribe": N_("Follow a place or an armed group"),
    "near": N_("Follow everything within a distance of a place"),
    "unsubscribe": N_("Stop following something"),
    "subscriptions": N_("What this chat follows"),
    "recent": N_("Latest incidents"),
    "incident": N_("Full card of one incident"),
    "map": N_("Map of recent incidents"),
    "filter": N_("Only some kinds of incidents, or the deadliest"),
    "mute": N_("Pause alerts for a while"),
    "unmute": N_("Resume alerts"),
    "quiet": N_("Quiet hours, e.g. /quiet 22:00-07:00"),
    "timezone": N_("Your time zone, e.g. /timezone Europe/Paris"),
    "digest": N_("One summary a day instead of (or besides) alerts"),
    "language": N_("English or French"),
    "channel": N_("Manage a channel's alerts from this chat"),
    "help": N_("How to use Vigie"),
    "stop": N_("Delete everything stored about this chat"),
}

DEFAULT_KM = 50.0
MAX_KM = 1000.0
RECENT_DAYS = 7
RECENT_DEFAULT = 5
RECENT_MAX = 20
MAP_DAYS = 7
MAP_MAX_DAYS = 90
POPULAR = ("c:UA", "c:IQ", "c:SD", "c:CD", "c:ML", "c:YE")
_MUTE_RE = re.compile(r"^(\d{1,3})\s*([hdmj]?)$", re.IGNORECASE)

#: Event-type toggles of /filter, as a person reads them.
CATEGORY_LABELS: dict[str, str] = {
    "battles": N_("Fighting"),
    "strikes": N_("Air strikes and shelling"),
    "explosions": N_("Bombings and explosives"),
    "civilians": N_("Violence against civilians"),
    "protests": N_("Protests and riots"),
    "other": N_("Other developments"),
}
#: Words people type after /filter, English and French (compared without accents).
_WORDS_BY_CATEGORY: dict[str, str] = {
    "battles": "battle battles fighting clash clashes combat combats affrontement affrontements",
    "strikes": "strike strikes airstrike airstrikes drone drones shelling missile missiles "
    "frappe frappes bombardement bombardements",
    "explosions": "attack attacks attaque attaques bomb bombs bombing bombings explosion "
    "explosions ied attentat attentats explosif explosifs",
    "civilians": "civilian civilians civil civils",
    "protests": "protest protests riot riots manifestation manifestations emeute emeutes",
    "other": "other others autre autres",
}
_CATEGORY_WORDS: dict[str, str] = {
    word: category for category, words in _WORDS_BY_CATEGORY.items() for word in words.split()
}


_BIDI = dict.fromkeys(
    [*range(0x202A, 0x202F), *range(0x2066, 0x206A), *range(0x00, 0x20), 0x7F], " "
)


def _echo(text: str, limit: int = 60) -> str:
    """What a person typed, shown back short, escaped, and unable to reorder the message.

    Angle brackets become ‹ ›: no place or group name contains them, so the reply keeps no
    markup-like text at all. Direction overrides and control characters are dropped.
    """
    cleaned = " ".join(text.translate(_BIDI).split())
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1] + "…"
    return escape(cleaned.replace("<", "‹").replace(">", "›"))


class CommandService:
    """Answers commands, button presses and shared locations."""

    def __init__(
        self,
        *,
        db: Database,
        gazetteer: Gazetteer,
        subscriptions: SubscriptionService,
        admin_ids: frozenset[int] = frozenset(),
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        ingest_url: Callable[[str], Awaitable[str]] | None = None,
        preferences: PreferenceService | None = None,
    ) -> None:
        self._db = db
        self._gazetteer = gazetteer
        self._subs = subscriptions
        self._admin_ids = admin_ids
        self._clock = clock
        self._incidents = IncidentRepo(db)
        self._sources = SourceRepo(db)
        self._managed = ManagedChannelRepo(db)
        self._ingest_url = ingest_url
        self._prefs = preferences or PreferenceService(db=db, gazetteer=gazetteer, clock=clock)
        #: chats in the middle of a guided /subscribe: chat id -> "place" | "actor"
        self._pending: dict[int, str] = {}

    @property
    def index(self) -> SubscriptionIndex:
        return self._subs.index

    async def _translator(self, ctx: ChatContext) -> Translator:
        chat, _ = await self._subs.ensure_chat(
            chat_id=ctx.chat_id, chat_type=ctx.chat_type, language_code=ctx.language_code
        )
        return get_translator(chat.language)

    # Entry points --------------------------------------------------------------------------

    async def on_command(self, ctx: ChatContext, name: str, args: str) -> list[Reply]:
        name = name.lower().lstrip("/").split("@", 1)[0]
        args = " ".join(args.split())
        handler = getattr(self, f"cmd_{name}", None)
        t = await self._translator(ctx)
        if name.startswith("incident_") and name[9:].isdigit():
            return await self.cmd_incident(ctx, name[9:])
        if handler is None:
            return [Reply(t._("I don't know that command. Send /help to see what I can do."))]
        self._pending.pop(ctx.chat_id, None)
        result: list[Reply] = await handler(ctx, args)
        return result

    async def on_text(self, ctx: ChatContext, text: str) -> list[Reply]:
        """Plain text: the second step of a guided flow, or a gentle hint."""
        kind = self._pending.pop(ctx.chat_id, None)
        if kind is not None:
            return await self._subscribe_query(ctx, text, kind=kind)
        if not ctx.is_private:
            return []
        t = await self._translator(ctx)
        return [Reply(t._("Send /subscribe followed by a place or an armed group, or /help."))]

    async def on_location(self, ctx: ChatContext, lat: float, lon: float) -> list[Reply]:
        t = await self._translator(ctx)
        if not self._may_manage(ctx):
            return [self._admins_only(t)]
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return [Reply(t._("That location is not valid."))]
        label = t._("around %(lat).2f, %(lon).2f") % {"lat": lat, "lon": lon}
        sub, created = await self._subs.subscribe_point(
            chat_id=ctx.chat_id, lat=lat, lon=lon, km=DEFAULT_KM, label=label
        )
        return [self._subscribed(t, f"{sub.label} ({int(DEFAULT_KM)} km)", created)]

    async def on_callback(self, ctx: ChatContext, data: str) -> list[Reply]:
        t = await self._translator(ctx)
        verb, _, arg = data.partition(":")
        if verb == "lang" and arg in {"en", "fr"}:
            return await self.cmd_language(ctx, arg)
        if verb == "sub":
            return await self._subscribe_id(ctx, arg)
        if verb == "near":
            target, _, km = arg.partition("|")
            try:
                distance = float(km or DEFAULT_KM)
            except ValueError:
                distance = DEFAULT_KM
            return await self._near_id(ctx, target, distance)
        if verb == "guide" and arg in {"place", "actor"}:
            if not self._may_manage(ctx):
                return [self._admins_only(t)]
            self._pending[ctx.chat_id] = arg
            prompt = (
                t._("Which place? Type a country, province, city or site.")
                if arg == "place"
                else t._("Which armed group or force? Type its name.")
            )
            return [Reply(prompt, ask=True)]
        if verb == "unsub":
            if arg == "list":
                return await self.cmd_unsubscribe(ctx, "")
            if arg.isdigit():
                return await self._unsubscribe_id(ctx, int(arg))
            if arg.startswith("i") and arg[1:].isdigit():
                return await self._unsubscribe_incident(ctx, int(arg[1:]))
        if verb == "src" and arg.isdigit():
            return await self.cmd_incident(ctx, arg)
        if verb == "mute" and arg.isdigit():
            return await self.cmd_mute(ctx, f"{arg}h")
        if verb == "mreg" and arg.isdigit():
            return await self._mute_region(ctx, int(arg))
        if verb == "flt":
            return await self._filter_button(ctx, arg)
        if verb == "recent":
            return await self._recent_page(ctx, arg)
        if verb == "stop" and arg == "yes":
            return await self._stop_confirmed(ctx)
        if verb == "stop" and arg == "no":
            return [Reply(t._("Nothing was deleted."), edit=True)]
        return [Reply(t._("This button has expired."), toast=t._("This button has expired."))]

    # Helpers -------------------------------------------------------------------------------

    def _may_manage(self, ctx: ChatContext) -> bool:
        return ctx.is_private or ctx.is_chat_admin

    @staticmethod
    def _admins_only(t: Translator) -> Reply:
        return Reply(t._("Only the administrators of this group can change its subscriptions."))

    @staticmethod
    def _subscribed(t: Translator, label: str, created: bool) -> Reply:
        if created:
            return Reply(t._("Subscribed: %(label)s") % {"label": escape(label)})
        return Reply(t._("Already subscribed: %(label)s") % {"label": escape(label)})

    def _label(self, candidate: Candidate, t: Translator) -> str:
        return candidate_label(candidate, self._gazetteer, t.language)

    async def _timezone(self, ctx: ChatContext) -> str:
        chat = await self._subs.chat(chat_id=ctx.chat_id)
        return chat.timezone if chat else "UTC"

    def _resolve_target(
        self, query: str, t: Translator
    ) -> tuple[SubscriptionIndex, str, Candidate] | Reply:
        """One place or actor for /recent and /map, or the reply that asks which."""
        resolution = self._subs.resolve(query)
        target = resolution.chosen or (resolution.candidates[0] if resolution.ambiguous else None)
        if target is None:
            return self._choices(t, resolution.query, resolution.candidates, False)
        single = SubscriptionIndex()
        single.add(
            Subscription(
                chat_id=0,
                kind="place" if target.kind == "place" else "actor",
                target_id=target.id,
                label="",
            )
        )
        return single, self._label(target, t), target

    # Commands ------------------------------------------------------------------------------

    async def cmd_start(self, ctx: ChatContext, args: str) -> list[Reply]:
        await self._subs.reactivate(chat_id=ctx.chat_id)
        t = await self._translator(ctx)
        text = "\n".join(
            [
                t._("<b>Vigie</b> alerts you to armed-conflict incidents reported in the news."),
                t._("Follow a place or an armed group: /subscribe Iraq, /subscribe Hezbollah."),
                t._("Each incident reaches you once, with its sources. /help for everything."),
            ]
        )
        rows: list[tuple[Button, ...]] = []
        popular = [self._subs.candidate(pid) for pid in POPULAR]
        buttons = [
            Button(c.name_fr if t.language == "fr" else c.name, data=f"sub:{c.id}")
            for c in popular
            if c is not None
        ]
        for i in range(0, len(buttons), 3):
            rows.append(tuple(buttons[i : i + 3]))
        rows.append((Button("English", data="lang:en"), Button("Français", data="lang:fr")))
        return [Reply(text, buttons=tuple(rows))]

    async def cmd_help(self, ctx: ChatContext, args: str) -> list[Reply]:
        t = await self._translator(ctx)
        lines = [t._("<b>What I can do</b>")]
        for name, description in COMMANDS.items():
            lines.append(f"/{name} — {escape(t._(description))}")
        lines.append("")
        lines.append(t._("Examples: /subscribe Irak · /near Erbil 100 · /recent Hezbollah 10"))
        lines.append(t._("Share a location to follow everything within 50 km of it."))
        lines.append(
            t._(
                "In a group, only its administrators change what it follows; anyone can use "
                "/recent and /map."
            )
        )
        lines.append(
            t._(
                "For a channel: make the bot an administrator allowed to post, then send "
                "/channel @name here (or post /subscribe Iraq in the channel itself)."
            )
        )
        if ctx.user_id in self._admin_ids:
            lines.append(t._("Admin: /stats · /sources · /ingest URL"))
        return [Reply("\n".join(lines))]

    async def cmd_channel(self, ctx: ChatContext, args: str) -> list[Reply]:
        """Where no front end manages channels (the terminal demo), the usage only."""
        return await self.channel_notice(ctx, "usage" if ctx.is_private else "not_private")

    async def managed_channel(self, private_chat_id: int) -> tuple[int, str] | None:
        """The channel a private chat manages (``/channel @name``) and its title, if any."""
        return await self._managed.get(private_chat_id=private_chat_id)

    async def manage_channel(
        self, private_chat_id: int, channel: tuple[int, str] | None
    ) -> None:
        """Record which channel a private chat manages (the caller checked the rights), or
        ``None`` to go back to the chat itself."""
        if channel is None:
            await self._managed.clear(private_chat_id=private_chat_id)
        else:
            await self._managed.set(
                private_chat_id=private_chat_id,
                channel_id=channel[0],
                title=channel[1],
                now=self._clock(),
            )

    async def channel_notice(
        self, ctx: ChatContext, outcome: ChannelOutcome, name: str = ""
    ) -> list[Reply]:
        """What ``/channel`` answers in a private chat; the front end checks the rights."""
        t = await self._translator(ctx)
        # a title comes from Telegram and is only escaped; a name typed here is echoed
        shown = f"<b>{_echo(name) if outcome == 'unknown' else escape(name)}</b>"
        texts: dict[ChannelOutcome, str] = {
            "usage": t._(
                "Send /channel @name to manage a channel's alerts from this chat: make the bot "
                "an administrator of the channel, allowed to post, first. /channel off comes "
                "back to this chat."
            ),
            "not_private": t._("Send /channel in a private chat with me."),
            "unknown": t._(
                "I can't find the channel %(name)s. Check its @name, and add me to it as an "
                "administrator first."
            ),
            "not_channel": t._(
                "%(name)s is not a channel. For a group, send the commands in the group itself."
            ),
            "not_admin": t._("Only the administrators of %(name)s can manage its alerts."),
            "bot_cannot_post": t._(
                "Make me an administrator of %(name)s, allowed to post messages, then send "
                "/channel again."
            ),
            "managing": t._(
                "📢 Now managing %(name)s: /subscribe, /near, /unsubscribe, /subscriptions, "
                "/filter, /language and the others sent here apply to the channel, and its "
                "alerts are posted there. /channel off comes back to this chat."
            ),
            "back": t._("Back to this chat: commands apply to it again."),
        }
        return [Reply(texts[outcome] % {"name": shown})]

    async def cmd_language(self, ctx: ChatContext, args: str) -> list[Reply]:
        t = await self._translator(ctx)
        choice = args.strip().lower()[:2]
        if choice not in {"en", "fr"}:
            return [
                Reply(
                    t._("Choose a language: /language en or /language fr"),
                    buttons=(
                        (Button("English", data="lang:en"), Button("Français", data="lang:fr")),
                    ),
                )
            ]
        if not self._may_manage(ctx):
            return [self._admins_only(t)]
        await self._subs.set_language(chat_id=ctx.chat_id, language=choice)
        t = get_translator(choice)
        return [Reply(t._("Language set to English."))]

    async def cmd_subscribe(self, ctx: ChatContext, args: str) -> list[Reply]:
        t = await self._translator(ctx)
        if not self._may_manage(ctx):
            return [self._admins_only(t)]
        if not args:
            return [
                Reply(
                    t._(
                        "What do you want to follow? Or type /subscribe followed by a name, "
                        "e.g. /subscribe Irak."
                    ),
                    buttons=(
                        (
                            Button(t._("A place"), data="guide:place"),
                            Button(t._("An armed group"), data="guide:actor"),
                        ),
                    ),
                )
            ]
        return await self._subscribe_query(ctx, args, kind=None)

    async def _subscribe_query(
        self, ctx: ChatContext, query: str, *, kind: str | None
    ) -> list[Reply]:
        t = await self._translator(ctx)
        resolution = self._subs.resolve(query, kind=kind)
        if resolution.chosen is not None:
            sub, created = await self._subs.subscribe(
                chat_id=ctx.chat_id, candidate=resolution.chosen, language=t.language
            )
            return [self._subscribed(t, sub.label, created)]
        return [self._choices(t, resolution.query, resolution.candidates, resolution.ambiguous)]

    def _choices(
        self,
        t: Translator,
        query: str,
        candidates: tuple[Candidate, ...],
        ambiguous: bool,
        *,
        km: float | None = None,
    ) -> Reply:
        if not candidates:
            return Reply(
                t._(
                    "I don't know “%(query)s”. Check the spelling, or try a country, a "
                    "province, a city or an armed group."
                )
                % {"query": _echo(query)}
            )
        prefix = "sub:" if km is None else "near:"
        suffix = "" if km is None else f"|{km:g}"
        rows = tuple(
            (Button(self._label(c, t), data=f"{prefix}{c.id}{suffix}"),) for c in candidates[:5]
        )
        if ambiguous:
            text = t._("Several places or groups are called “%(query)s”. Which one?")
        else:
            text = t._("I don't know “%(query)s”. Did you mean:")
        return Reply(text % {"query": _echo(query)}, buttons=rows)

    async def _subscribe_id(self, ctx: ChatContext, target_id: str) -> list[Reply]:
        t = await self._translator(ctx)
        if not self._may_manage(ctx):
            return [self._admins_only(t)]
        candidate = self._subs.candidate(target_id)
        if candidate is None:
            return [Reply(t._("This button has expired."))]
        sub, created = await self._subs.subscribe(
            chat_id=ctx.chat_id, candidate=candidate, language=t.language
        )
        reply = self._subscribed(t, sub.label, created)
        return [Reply(reply.text, edit=True)]

    async def cmd_near(self, ctx: ChatContext, args: str) -> list[Reply]:
        t = await self._translator(ctx)
        if not self._may_manage(ctx):
            return [self._admins_only(t)]
        if not args:
            return [
                Reply(
                    t._(
                        "Usage: /near followed by a place and a distance in km, e.g. "
                        "/near Erbil 100 — or share a location."
                    )
                )
            ]
        km = DEFAULT_KM
        words = args.split(" ")
        tail = words[-1].lower().removesuffix("km")
        if len(words) > 1 and tail.replace(".", "", 1).isdigit():
            km = float(tail)
            args = " ".join(words[:-1])
        if not 1 <= km <= MAX_KM:
            return [Reply(t._("Choose a distance between 1 and %(max)d km.") % {"max": MAX_KM})]
        resolution = self._subs.resolve(args, kind="place", centre=True)
        if resolution.chosen is None:
            return [
                self._choices(
                    t, resolution.query, resolution.candidates, resolution.ambiguous, km=km
                )
            ]
        return await self._near_id(ctx, resolution.chosen.id, km)

    async def _near_id(self, ctx: ChatContext, target_id: str, km: float) -> list[Reply]:
        t = await self._translator(ctx)
        if not self._may_manage(ctx):
            return [self._admins_only(t)]
        candidate = self._subs.candidate(target_id)
        if candidate is None or candidate.kind != "place" or candidate.lat is None:
            return [Reply(t._("This button has expired."))]
        km = min(max(km, 1.0), MAX_KM)
        sub, created = await self._subs.subscribe(
            chat_id=ctx.chat_id, candidate=candidate, language=t.language, km=km
        )
        return [self._subscribed(t, f"{sub.label} — {km:g} km", created)]

    async def cmd_subscriptions(self, ctx: ChatContext, args: str) -> list[Reply]:
        t = await self._translator(ctx)
        subs = await self._subs.subscriptions(chat_id=ctx.chat_id)
        if not subs:
            return [Reply(t._("This chat follows nothing yet. Try /subscribe Iraq."))]
        chat = await self._subs.chat(chat_id=ctx.chat_id)
        tz = chat.timezone if chat else "UTC"
        prefs = await self._prefs.chat_prefs(chat_id=ctx.chat_id)
        own = await self._prefs.subscription_prefs(
            subscription_ids=[s.id for s in subs if s.id is not None]
        )
        muted = await self._prefs.muted_subscriptions(chat_id=ctx.chat_id)
        lines = [t._("<b>This chat follows:</b>")]
        for sub in subs:
            extra = f" — {sub.km:g} km" if sub.kind == "radius" and sub.km else ""
            line = f"• {escape(sub.label)}{extra}"
            rule = own.get(sub.id or 0)
            if rule is not None and not rule.is_default:
                line += f" ({escape(self._describe_filter(t, rule))})"
            if sub.id in muted:
                line += " — " + t._("muted until %(when)s") % {
                    "when": escape(t.datetime(muted[sub.id], tz=tz))
                }
            lines.append(line)
        lines.append("")
        lines.append(
            t._("Filter: %(filter)s") % {"filter": escape(self._describe_filter(t, prefs.filter))}
        )
        if prefs.quiet is not None:
            lines.append(
                t._("Quiet hours: %(hours)s (%(tz)s)")
                % {"hours": prefs.quiet.text(), "tz": escape(tz)}
            )
        if prefs.digest != "off" and prefs.digest_at is not None:
            lines.append(self._describe_digest(t, prefs.digest, prefs.digest_at.strftime("%H:%M")))
        if chat is not None and chat.muted_until and chat.muted_until > self._clock():
            lines.append(
                t._("Alerts paused until %(when)s.")
                % {"when": escape(t.datetime(chat.muted_until, tz=tz))}
            )
        return [Reply("\n".join(lines))]

    @staticmethod
    def _describe_filter(t: Translator, rule: Filter) -> str:
        if rule.is_default:
            return t._("every kind of incident")
        parts = []
        if rule.categories:
            parts.append(
                ", ".join(t._(CATEGORY_LABELS[c]) for c in CATEGORIES if c in rule.categories)
            )
        else:
            parts.append(t._("every kind of incident"))
        if rule.min_fatalities:
            parts.append(
                t.ngettext("at least %(n)d killed", "at least %(n)d killed", rule.min_fatalities)
                % {"n": rule.min_fatalities}
            )
        return "; ".join(parts)

    @staticmethod
    def _describe_digest(t: Translator, mode: str, at: str) -> str:
        if mode == "only":
            return t._("Daily digest at %(time)s, instead of instant alerts.") % {"time": at}
        return t._("Daily digest at %(time)s, as well as instant alerts.") % {"time": at}

    async def cmd_unsubscribe(self, ctx: ChatContext, args: str) -> list[Reply]:
        t = await self._translator(ctx)
        if not self._may_manage(ctx):
            return [self._admins_only(t)]
        subs = await self._subs.subscriptions(chat_id=ctx.chat_id)
        if not subs:
            return [Reply(t._("This chat follows nothing yet. Try /subscribe Iraq."))]
        if args:
            resolution = self._subs.resolve(args)
            ids = {c.id for c in resolution.candidates if c.score >= 0.8}
            wanted = args.casefold()
            for sub in subs:
                if sub.target_id in ids or sub.label.casefold().startswith(wanted):
                    assert sub.id is not None
                    return await self._unsubscribe_id(ctx, sub.id)
            return [
                Reply(
                    t._("This chat does not follow “%(query)s”. Pick one:")
                    % {"query": _echo(args)},
                    buttons=tuple(
                        (Button(s.label[:60], data=f"unsub:{s.id}"),) for s in subs[:20]
                    ),
                )
            ]
        return [self._unsubscribe_picker(t, subs[:20])]

    @staticmethod
    def _unsubscribe_picker(t: Translator, subs: Sequence[Subscription]) -> Reply:
        return Reply(
            t._("Which one should I stop?"),
            buttons=tuple((Button(s.label[:60], data=f"unsub:{s.id}"),) for s in subs),
        )

    async def _unsubscribe_id(self, ctx: ChatContext, subscription_id: int) -> list[Reply]:
        t = await self._translator(ctx)
        if not self._may_manage(ctx):
            return [self._admins_only(t)]
        removed = await self._subs.unsubscribe(
            chat_id=ctx.chat_id, subscription_id=subscription_id
        )
        if removed is None:
            return [Reply(t._("That subscription was already removed."))]
        return [Reply(t._("Unsubscribed: %(label)s") % {"label": escape(removed.label)})]

    async def cmd_recent(self, ctx: ChatContext, args: str) -> list[Reply]:
        return await self._recent_page(ctx, f"0|{args}")

    async def _recent_page(self, ctx: ChatContext, arg: str) -> list[Reply]:
        t = await self._translator(ctx)
        offset_text, _, args = arg.partition("|")
        offset = int(offset_text) if offset_text.isdigit() else 0
        count = RECENT_DEFAULT
        words = args.split(" ") if args else []
        if words and words[-1].isdigit():
            count = max(1, min(RECENT_MAX, int(words[-1])))
            words = words[:-1]
        query = " ".join(words)
        since = self._clock() - timedelta(days=RECENT_DAYS)
        incidents = await self._incidents.since(since=since)
        if query:
            resolved = self._resolve_target(query, t)
            if isinstance(resolved, Reply):
                return [resolved]
            single, label, _target = resolved
            title = t._("Latest incidents — %(what)s") % {"what": escape(label)}
        else:
            subs = await self._subs.subscriptions(chat_id=ctx.chat_id)
            if not subs:
                return [
                    Reply(
                        t._("This chat follows nothing yet. Try /recent Iraq, or /subscribe Iraq.")
                    )
                ]
            single = SubscriptionIndex.build(s.model_copy(update={"chat_id": 0}) for s in subs)
            title = t._("Latest incidents for this chat")
        found = [i for i in incidents if single.match(i, self._gazetteer)]
        page = found[offset : offset + count]
        if not page:
            return [Reply(t._("No incident in the last %(days)d days.") % {"days": RECENT_DAYS})]
        lines = [f"<b>{title}</b>"]
        lines += [render_line(i, t=t, names=self._gazetteer) for i in page]
        buttons: tuple[tuple[Button, ...], ...] = ()
        if offset + count < len(found):
            more = f"recent:{offset + count}|{query} {count}".strip()
            if len(more.encode()) <= 64:
                buttons = ((Button(t._("More"), data=more),),)
        return [Reply("\n".join(lines), buttons=buttons)]

    async def cmd_incident(self, ctx: ChatContext, args: str) -> list[Reply]:
        t = await self._translator(ctx)
        ident = args.strip().lstrip("#")
        if not ident.isdigit():
            return [
                Reply(
                    t._(
                        "Usage: /incident followed by a number shown by /recent, "
                        "e.g. /incident 12."
                    )
                )
            ]
        incident: Incident | None = await self._incidents.get(incident_id=int(ident))
        if incident is None:
            return [Reply(t._("No incident has the number %(id)s.") % {"id": escape(ident[:12])})]
        tz = await self._timezone(ctx)
        return [Reply(render_card(incident, t=t, names=self._gazetteer, tz=tz))]

    async def cmd_mute(self, ctx: ChatContext, args: str) -> list[Reply]:
        t = await self._translator(ctx)
        if not self._may_manage(ctx):
            return [self._admins_only(t)]
        match = _MUTE_RE.match(args.strip() or "24h")
        if match is None:
            return [Reply(t._("Usage: /mute 8h, /mute 2d or /mute 30m."))]
        amount, unit = int(match.group(1)), (match.group(2) or "h").lower()
        delta = {
            "m": timedelta(minutes=amount),
            "h": timedelta(hours=amount),
            "d": timedelta(days=amount),
            "j": timedelta(days=amount),
        }[unit]
        if not timedelta(minutes=1) <= delta <= timedelta(days=30):
            return [Reply(t._("Choose between 1 minute and 30 days."))]
        until = self._clock() + delta
        await self._subs.set_muted(chat_id=ctx.chat_id, until=until)
        chat = await self._subs.chat(chat_id=ctx.chat_id)
        tz = chat.timezone if chat else "UTC"
        return [
            Reply(
                t._(
                    "Alerts paused until %(when)s. They will arrive after that; /unmute to "
                    "resume now."
                )
                % {"when": escape(t.datetime(until, tz=tz))},
                toast=t._("Muted"),
            )
        ]

    async def cmd_unmute(self, ctx: ChatContext, args: str) -> list[Reply]:
        t = await self._translator(ctx)
        if not self._may_manage(ctx):
            return [self._admins_only(t)]
        await self._subs.set_muted(chat_id=ctx.chat_id, until=None)
        await self._prefs.unmute_subscriptions(chat_id=ctx.chat_id)
        return [Reply(t._("Alerts resumed."))]

    async def cmd_stop(self, ctx: ChatContext, args: str) -> list[Reply]:
        t = await self._translator(ctx)
        if not self._may_manage(ctx):
            return [self._admins_only(t)]
        return [
            Reply(
                t._("Delete this chat's subscriptions and settings? This cannot be undone."),
                buttons=(
                    (
                        Button(t._("Yes, delete everything"), data="stop:yes"),
                        Button(t._("Cancel"), data="stop:no"),
                    ),
                ),
            )
        ]

    async def _stop_confirmed(self, ctx: ChatContext) -> list[Reply]:
        t = await self._translator(ctx)
        if not self._may_manage(ctx):
            return [self._admins_only(t)]
        await self._subs.forget_chat(chat_id=ctx.chat_id)
        return [
            Reply(t._("Everything about this chat was deleted. /start to begin again."), edit=True)
        ]

    # Alert buttons ---------------------------------------------------------------------

    async def _mute_region(self, ctx: ChatContext, incident_id: int) -> list[Reply]:
        t = await self._translator(ctx)
        if not self._may_manage(ctx):
            return [self._admins_only(t)]
        incident = await self._incidents.get(incident_id=incident_id)
        if incident is None:
            return [Reply(t._("This button has expired."), toast=t._("This button has expired."))]
        until = self._clock() + timedelta(hours=24)
        muted = await self._prefs.mute_matching(
            chat_id=ctx.chat_id, incident=incident, until=until
        )
        if not muted:
            return await self.cmd_mute(ctx, "24h")
        tz = await self._timezone(ctx)
        labels = ", ".join(escape(s.label) for s in muted[:5])
        return [
            Reply(
                t._("No alerts about %(what)s until %(when)s. /unmute to hear them again.")
                % {"what": labels, "when": escape(t.datetime(until, tz=tz))},
                toast=t._("Muted for 24 h"),
            )
        ]

    async def _unsubscribe_incident(self, ctx: ChatContext, incident_id: int) -> list[Reply]:
        t = await self._translator(ctx)
        if not self._may_manage(ctx):
            return [self._admins_only(t)]
        incident = await self._incidents.get(incident_id=incident_id)
        matched = (
            await self._prefs.matching_subscriptions(chat_id=ctx.chat_id, incident=incident)
            if incident is not None
            else []
        )
        if not matched:
            return await self.cmd_unsubscribe(ctx, "")
        return [self._unsubscribe_picker(t, matched[:10])]

    # Filters, quiet hours, digest, time zone ---------------------------------------------

    async def cmd_filter(self, ctx: ChatContext, args: str) -> list[Reply]:
        t = await self._translator(ctx)
        if not self._may_manage(ctx):
            return [self._admins_only(t)]
        words = anyascii(args).casefold().replace(",", " ").split()
        if not words:
            return [await self._filter_keyboard(ctx, t, None)]
        current = await self._prefs.filter_of(chat_id=ctx.chat_id)
        if words[0] in {"reset", "off", "all", "tout", "aucun", "rien"}:
            await self._prefs.reset_filters(chat_id=ctx.chat_id)
            return [Reply(t._("Filters removed: every kind of incident will reach you."))]
        if words[0] in {"min", "minimum", "severity", "gravite"}:
            if len(words) != 2 or not words[1].isdigit() or int(words[1]) > 10000:
                return [
                    Reply(t._("Usage: /filter min 5 (at least 5 killed), /filter min 0 for all."))
                ]
            rule = Filter(categories=current.categories, min_fatalities=int(words[1]))
        else:
            chosen = {
                _CATEGORY_WORDS.get(w)
                for w in words
                if w not in {"and", "et", "only", "seulement"}
            }
            if None in chosen or not chosen:
                return [
                    Reply(
                        t._(
                            "I understand: fighting, strikes, bombings, civilians, protests, "
                            "other — e.g. /filter strikes bombings, /filter min 5, /filter reset. "
                            "Or /filter alone for buttons."
                        )
                    )
                ]
            categories = frozenset(c for c in chosen if c is not None)
            if categories == frozenset(CATEGORIES):
                categories = frozenset()
            rule = Filter(categories=categories, min_fatalities=current.min_fatalities)
        await self._prefs.set_filter(chat_id=ctx.chat_id, rule=rule)
        return [
            Reply(
                t._("This chat now receives: %(filter)s.")
                % {"filter": escape(self._describe_filter(t, rule))}
            )
        ]

    async def _filter_keyboard(
        self,
        ctx: ChatContext,
        t: Translator,
        subscription: Subscription | None,
        *,
        edit: bool = False,
    ) -> Reply:
        sid = subscription.id if subscription is not None else None
        scope = "c" if sid is None else str(sid)
        rule = await self._prefs.filter_of(chat_id=ctx.chat_id, subscription_id=sid)
        rows: list[tuple[Button, ...]] = []
        for category in CATEGORIES:
            mark = "✅" if rule.categories and category in rule.categories else "▫️"
            if not rule.categories:
                mark = "✅"
            rows.append(
                (
                    Button(
                        f"{mark} {t._(CATEGORY_LABELS[category])}",
                        data=f"flt:{scope}:t:{category}",
                    ),
                )
            )
        minimum = []
        for n in (0, 1, 5, 10):
            label = (
                t._("Any toll")
                if n == 0
                else t.ngettext("%(n)d+ killed", "%(n)d+ killed", n) % {"n": n}
            )
            if rule.min_fatalities == n:
                label = f"• {label}"
            minimum.append(Button(label, data=f"flt:{scope}:m:{n}"))
        rows.append(tuple(minimum))
        last = [Button(t._("Reset"), data=f"flt:{scope}:r")]
        if sid is None:
            last.append(Button(t._("Per subscription…"), data="flt:c:s"))
        rows.append(tuple(last))
        if subscription is None:
            head = t._("<b>What should reach this chat?</b> Tap to switch a kind on or off.")
        else:
            head = t._("<b>What should reach this chat about %(what)s?</b>") % {
                "what": escape(subscription.label)
            }
        text = (
            head
            + "\n"
            + t._("Now: %(filter)s") % {"filter": escape(self._describe_filter(t, rule))}
        )
        return Reply(text, buttons=tuple(rows), edit=edit)

    async def _filter_button(self, ctx: ChatContext, arg: str) -> list[Reply]:
        t = await self._translator(ctx)
        if not self._may_manage(ctx):
            return [self._admins_only(t)]
        scope, _, rest = arg.partition(":")
        op, _, value = rest.partition(":")
        subscription: Subscription | None = None
        if scope != "c":
            subs = {s.id: s for s in await self._subs.subscriptions(chat_id=ctx.chat_id)}
            subscription = subs.get(int(scope)) if scope.isdigit() else None
            if subscription is None:
                return [
                    Reply(t._("This button has expired."), toast=t._("This button has expired."))
                ]
        sid = subscription.id if subscription is not None else None
        if op == "s":
            subs_list = await self._subs.subscriptions(chat_id=ctx.chat_id)
            if not subs_list:
                return [Reply(t._("This chat follows nothing yet. Try /subscribe Iraq."))]
            return [
                Reply(
                    t._("Which subscription?"),
                    buttons=tuple(
                        (Button(s.label[:60], data=f"flt:{s.id}:v"),) for s in subs_list[:20]
                    ),
                    edit=True,
                )
            ]
        rule = await self._prefs.filter_of(chat_id=ctx.chat_id, subscription_id=sid)
        if op == "t" and value in CATEGORIES:
            rule = rule.toggled(value)
        elif op == "m" and value.isdigit():
            rule = Filter(categories=rule.categories, min_fatalities=min(int(value), 10000))
        elif op == "r":
            rule = Filter()
        elif op != "v":
            return [Reply(t._("This button has expired."), toast=t._("This button has expired."))]
        if op != "v":
            await self._prefs.set_filter(chat_id=ctx.chat_id, rule=rule, subscription_id=sid)
        reply = await self._filter_keyboard(ctx, t, subscription, edit=True)
        return [Reply(reply.text, buttons=reply.buttons, edit=True, toast=t._("Saved"))]

    async def cmd_quiet(self, ctx: ChatContext, args: str) -> list[Reply]:
        t = await self._translator(ctx)
        if not self._may_manage(ctx):
            return [self._admins_only(t)]
        tz = await self._timezone(ctx)
        if not args:
            prefs = await self._prefs.chat_prefs(chat_id=ctx.chat_id)
            now = (
                t._("Quiet hours: %(hours)s (%(tz)s)")
                % {"hours": prefs.quiet.text(), "tz": escape(tz)}
                if prefs.quiet
                else t._("No quiet hours.")
            )
            return [
                Reply(
                    now
                    + "\n"
                    + t._(
                        "Usage: /quiet 22:00-07:00 (alerts are held, then sent as one summary), "
                        "/quiet off. Set your time zone with /timezone Europe/Paris."
                    )
                )
            ]
        if args.casefold() in {"off", "none", "stop", "non", "aucun"}:
            await self._prefs.set_quiet(chat_id=ctx.chat_id, quiet=None)
            return [Reply(t._("Quiet hours removed."))]
        quiet = parse_quiet(args)
        if quiet is None:
            return [Reply(t._("Write the hours like this: /quiet 22:00-07:00, or /quiet off."))]
        await self._prefs.set_quiet(chat_id=ctx.chat_id, quiet=quiet)
        return [
            Reply(
                t._(
                    "Quiet hours: %(hours)s (%(tz)s). Alerts in that time are held and sent "
                    "as one summary when it ends."
                )
                % {"hours": quiet.text(), "tz": escape(tz)}
                + (
                    "\n" + t._("Time zone still UTC? /timezone Europe/Paris")
                    if tz == "UTC"
                    else ""
                )
            )
        ]

    async def cmd_timezone(self, ctx: ChatContext, args: str) -> list[Reply]:
        t = await self._translator(ctx)
        if not args:
            tz = await self._timezone(ctx)
            return [
                Reply(
                    t._(
                        "Time zone: %(tz)s. Change it with /timezone Europe/Paris or "
                        "/timezone UTC+3."
                    )
                    % {"tz": escape(tz)}
                )
            ]
        if not self._may_manage(ctx):
            return [self._admins_only(t)]
        zone_name = resolve_timezone(args)
        if zone_name is None:
            return [
                Reply(
                    t._(
                        "I don't know the time zone “%(tz)s”. Try Europe/Paris, Asia/Baghdad "
                        "or UTC+3."
                    )
                    % {"tz": _echo(args, 40)}
                )
            ]
        await self._prefs.set_timezone(chat_id=ctx.chat_id, timezone=zone_name)
        now = t.datetime(self._clock(), tz=zone_name, fmt="HH:mm")
        return [
            Reply(
                t._("Time zone set to %(tz)s (it is %(time)s there).")
                % {"tz": escape(zone_name), "time": escape(now)}
            )
        ]

    async def cmd_digest(self, ctx: ChatContext, args: str) -> list[Reply]:
        t = await self._translator(ctx)
        if not self._may_manage(ctx):
            return [self._admins_only(t)]
        words = args.casefold().split()
        usage = t._(
            "Usage: /digest daily 08:00 (one summary a day instead of alerts), "
            "/digest both 08:00 (alerts and the summary), /digest off."
        )
        if not words:
            prefs = await self._prefs.chat_prefs(chat_id=ctx.chat_id)
            if prefs.digest != "off" and prefs.digest_at is not None:
                return [
                    Reply(
                        self._describe_digest(t, prefs.digest, prefs.digest_at.strftime("%H:%M"))
                        + "\n"
                        + usage
                    )
                ]
            return [Reply(usage)]
        if words[0] in {"off", "stop", "non", "aucun"} and len(words) == 1:
            await self._prefs.set_digest(chat_id=ctx.chat_id, mode="off", at=None)
            return [Reply(t._("No more daily digest; alerts arrive as they come."))]
        mode: DigestMode = "only"
        if words[0] in {"daily", "only", "quotidien", "jour", "seul"}:
            words = words[1:]
        elif words[0] in {"both", "les deux", "deux", "aussi"}:
            mode = "both"
            words = words[1:]
        at = parse_clock(words[0]) if len(words) == 1 else None
        if at is None:
            return [Reply(usage)]
        await self._prefs.set_digest(chat_id=ctx.chat_id, mode=mode, at=at)
        tz = await self._timezone(ctx)
        return [
            Reply(
                self._describe_digest(t, mode, at.strftime("%H:%M"))
                + " "
                + t._("(time zone %(tz)s)") % {"tz": escape(tz)}
            )
        ]

    # Pictures ----------------------------------------------------------------------------

    async def cmd_map(self, ctx: ChatContext, args: str) -> list[Reply]:
        t = await self._translator(ctx)
        days = MAP_DAYS
        words = args.split(" ") if args else []
        if words and words[-1].lower().rstrip("dj").isdigit():
            days = int(words[-1].lower().rstrip("dj"))
            words = words[:-1]
            if not 1 <= days <= MAP_MAX_DAYS:
                return [Reply(t._("Choose between 1 and %(max)d days.") % {"max": MAP_MAX_DAYS})]
        query = " ".join(words)
        since = self._clock() - timedelta(days=days)
        incidents = await self._incidents.since(since=since)
        centre: tuple[float, float] | None = None
        if query:
            resolved = self._resolve_target(query, t)
            if isinstance(resolved, Reply):
                return [resolved]
            index, what, target = resolved
            if target.lat is not None and target.lon is not None:
                centre = (target.lat, target.lon)
        else:
            subs = await self._subs.subscriptions(chat_id=ctx.chat_id)
            if not subs:
                return [
                    Reply(t._("This chat follows nothing yet. Try /map Iraq, or /subscribe Iraq."))
                ]
            index = SubscriptionIndex.build(s.model_copy(update={"chat_id": 0}) for s in subs)
            what = t._("this chat's subscriptions")
        found = [i for i in incidents if index.match(i, self._gazetteer)]
        title = t.ngettext("%(what)s — last %(n)d day", "%(what)s — last %(n)d days", days) % {
            "what": what,
            "n": days,
        }
        request = MapRequest(
            title=title[:90],
            incidents=found,
            labels={c: t._(CATEGORY_LABELS[c]) for c in CATEGORIES},
            chart_title=t._("Incidents per day"),
            today=self._clock().date(),
            days=days,
            centre=centre,
            no_data=t._("No incident"),
            place_names={
                i.id: place_label(i, self._gazetteer, t.language).split(", ")[0]
                for i in found
                if i.id is not None
            },
        )
        png = await asyncio.to_thread(render_map, request)
        caption = (
            escape(title)
            + " · "
            + t.ngettext("%(n)d incident", "%(n)d incidents", len(found)) % {"n": len(found)}
        )
        return [Reply(caption, photo=png)]

    # Admin -----------------------------------------------------------------------------

    async def cmd_stats(self, ctx: ChatContext, args: str) -> list[Reply]:
        t = await self._translator(ctx)
        if ctx.user_id not in self._admin_ids:
            return [Reply(t._("This command is for the bot's administrators."))]
        chats, subs, pending = await self._subs.counts()
        today = self._clock().replace(hour=0, minute=0, second=0, microsecond=0)
        incidents = await self._incidents.count_since(since=today)
        sources = await self._sources.all()
        failing = sum(1 for s in sources if s.failures)
        text = t._(
            "Chats: %(chats)d · subscriptions: %(subs)d · incidents today: %(incidents)d · "
            "queued alerts: %(pending)d · sources: %(sources)d (%(failing)d failing)"
        ) % {
            "chats": chats,
            "subs": subs,
            "incidents": incidents,
            "pending": pending,
            "sources": len(sources),
            "failing": failing,
        }
        return [Reply(text)]

    async def cmd_sources(self, ctx: ChatContext, args: str) -> list[Reply]:
        t = await self._translator(ctx)
        if ctx.user_id not in self._admin_ids:
            return [Reply(t._("This command is for the bot's administrators."))]
        sources = await self._sources.all()
        if not sources:
            return [Reply(t._("No source has been polled yet."))]
        lines = [t._("<b>Sources</b>")]
        never = t._("never")
        tz = await self._timezone(ctx)
        for s in sources[:50]:
            ok = t.datetime(s.last_success, tz=tz) if s.last_success else never
            icon = "✅" if not s.failures else "⚠️"
            lines.append(
                f"{icon} {escape(s.name[:40])} — "
                + t._("last success: %(when)s, errors: %(errors)d")
                % {"when": escape(ok), "errors": s.error_count}
            )
        return [Reply("\n".join(lines))]

    async def cmd_ingest(self, ctx: ChatContext, args: str) -> list[Reply]:
        t = await self._translator(ctx)
        if ctx.user_id not in self._admin_ids:
            return [Reply(t._("This command is for the bot's administrators."))]
        url = args.strip()
        if not re.match(r"^https?://\S+$", url):
            return [Reply(t._("Usage: /ingest https://…"))]
        if self._ingest_url is None:
            return [Reply(t._("Fetching single articles is not available here."))]
        outcome = await self._ingest_url(url)
        return [Reply(escape(outcome))]
