"""Chats and what they follow; keeps the in-memory subscription index in step with storage."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.domain.gazetteer import Gazetteer, is_ambiguous, resolve_typed
from bot.domain.matching import SubscriptionIndex
from bot.domain.models import Candidate, Chat, Subscription
from bot.i18n import get_translator, normalize_language
from bot.storage.db import Database
from bot.storage.repos import AlertRepo, ChatRepo, SubscriptionRepo

__all__ = ["Resolution", "SubscriptionService", "candidate_label"]

log = logging.getLogger(__name__)

#: A best candidate at least this good is taken without asking.
ACCEPT_SCORE = 0.88
MAX_QUERY = 200


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a typed name resolved to."""

    query: str
    candidates: tuple[Candidate, ...]
    chosen: Candidate | None  # set when unambiguous and good enough
    ambiguous: bool


def candidate_label(candidate: Candidate, gazetteer: Gazetteer, language: str) -> str:
    """``Anbar, Iraq (province)`` / ``Kata'ib Hezbollah (armed group)``."""
    t = get_translator(language)
    fr = language == "fr"
    name = candidate.name_fr if fr and candidate.name_fr else candidate.name
    if candidate.kind == "actor":
        kind = t._("armed group or force")
        return f"{name} ({kind})"
    parts = [name]
    if candidate.level in {"city", "site"} and candidate.admin1:
        parts.append(candidate.admin1)
    if candidate.level != "country" and candidate.country:
        country = gazetteer.place(f"c:{candidate.country}")
        if country is not None:
            parts.append(country.name_fr if fr else country.name)
    level_names = {
        "country": t._("country"),
        "admin1": t._("province"),
        "city": t._("city"),
        "site": t._("site"),
    }
    level = level_names.get(candidate.level or "", "")
    if candidate.level == "site" and (
        (place := gazetteer.place(candidate.id)) is not None and place.site_type == "region"
    ):
        level = t._("region")  # the Kurdistan Region, Darfur, Puntland: followed with its parts
    return f"{', '.join(parts)} ({level})" if level else ", ".join(parts)


class SubscriptionService:
    """Use cases around chats and subscriptions."""

    def __init__(
        self,
        *,
        db: Database,
        gazetteer: Gazetteer,
        index: SubscriptionIndex,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._gazetteer = gazetteer
        self._index = index
        self._clock = clock
        self._chats = ChatRepo(db)
        self._subs = SubscriptionRepo(db)
        self._alerts = AlertRepo(db)

    @property
    def index(self) -> SubscriptionIndex:
        return self._index

    async def load_index(self) -> int:
        """Fill the index from storage (at start-up)."""
        async for rows in self._subs.iter_active_rows():
            self._index.add_all(rows)
        return len(self._index)

    # Chats -------------------------------------------------------------------------------

    async def chat(self, *, chat_id: int) -> Chat | None:
        return await self._chats.get(chat_id=chat_id)

    async def ensure_chat(
        self, *, chat_id: int, chat_type: str, language_code: str | None
    ) -> tuple[Chat, bool]:
        return await self._chats.ensure(
            chat_id=chat_id,
            chat_type=chat_type,
            language=normalize_language(language_code),
            now=self._clock(),
        )

    async def reactivate(self, *, chat_id: int) -> bool:
        """A chat that had blocked the bot is back: deliver to it again."""
        chat = await self._chats.get(chat_id=chat_id)
        if chat is None or chat.active:
            return False
        await self._chats.update(chat_id=chat_id, now=self._clock(), active=True)
        for sub in await self._subs.for_chat(chat_id=chat_id):
            self._index.add(sub)
        log.info("chat %s active again", chat_id)
        return True

    async def set_language(self, *, chat_id: int, language: str) -> None:
        await self._chats.update(chat_id=chat_id, now=self._clock(), language=language)

    async def set_muted(self, *, chat_id: int, until: datetime | None) -> None:
        await self._chats.update(chat_id=chat_id, now=self._clock(), muted_until=until)

    async def forget_chat(self, *, chat_id: int) -> None:
        """``/stop``: everything stored about the chat is deleted."""
        self._index.remove_chat(chat_id)
        await self._chats.delete(chat_id=chat_id)
        log.info("chat %s deleted at its request", chat_id)

    # Resolution and subscriptions ------------------------------------------------------

    def resolve(self, query: str, *, kind: str | None = None, centre: bool = False) -> Resolution:
        """What a typed name stands for: an area to follow (a province before the town named
        like it), or with ``centre`` the centre of a radius (the town before the province)."""
        cleaned = " ".join(query.split())[:MAX_QUERY]
        if not cleaned:
            return Resolution(query="", candidates=(), chosen=None, ambiguous=False)
        wanted = kind if kind in {"place", "actor"} else None
        candidates = tuple(
            resolve_typed(self._gazetteer, cleaned, kind=wanted, centre=centre)  # type: ignore[arg-type]
        )
        if not centre:
            candidates = self._followable(candidates)
        if not candidates:
            return Resolution(query=cleaned, candidates=(), chosen=None, ambiguous=False)
        ambiguous = is_ambiguous(list(candidates))
        top = candidates[0]
        chosen = top if not ambiguous and top.score >= ACCEPT_SCORE else None
        return Resolution(query=cleaned, candidates=candidates, chosen=chosen, ambiguous=ambiguous)

    def _followable(self, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
        """The areas incidents are placed in: a second-level division (a province of Burkina
        Faso) gives way to its region, where incidents inside it are placed."""
        out: dict[str, Candidate] = {}
        for c in candidates:
            region_id = self._gazetteer.region_of_division(c.id) if c.kind == "place" else None
            if region_id is not None and (region := self.candidate(region_id)) is not None:
                c = region.model_copy(update={"score": c.score})
            out.setdefault(c.id, c)
        return tuple(out.values())

    def candidate(self, target_id: str) -> Candidate | None:
        """The resolver's view of one known id (for buttons carrying an id)."""
        place = self._gazetteer.place(target_id)
        if place is not None:
            return Candidate(
                kind="place",
                id=place.id,
                name=place.name,
                name_fr=place.name_fr,
                level=place.level,
                country=place.country,
                admin1=place.admin1,
                lat=place.lat,
                lon=place.lon,
                score=1.0,
            )
        actor = self._gazetteer.actor(target_id)
        if actor is not None:
            return Candidate(
                kind="actor", id=actor.id, name=actor.name, name_fr=actor.name_fr, score=1.0
            )
        return None

    async def subscribe(
        self,
        *,
        chat_id: int,
        candidate: Candidate,
        language: str,
        km: float | None = None,
    ) -> tuple[Subscription, bool]:
        label = candidate_label(candidate, self._gazetteer, language)
        if km is not None:
            if candidate.kind != "place" or candidate.lat is None or candidate.lon is None:
                raise ValueError("a radius needs a place with coordinates")
            sub = Subscription(
                chat_id=chat_id,
                kind="radius",
                target_id=candidate.id,
                label=label,
                km=km,
                lat=candidate.lat,
                lon=candidate.lon,
            )
        else:
            sub = Subscription(
                chat_id=chat_id,
                kind="place" if candidate.kind == "place" else "actor",
                target_id=candidate.id,
                label=label,
            )
        stored, created = await self._subs.add(subscription=sub, now=self._clock())
        if created:
            self._index.add(stored)
        return stored, created

    async def subscribe_point(
        self, *, chat_id: int, lat: float, lon: float, km: float, label: str
    ) -> tuple[Subscription, bool]:
        sub = Subscription(
            chat_id=chat_id,
            kind="radius",
            target_id=f"pt:{lat:.4f},{lon:.4f}",
            label=label,
            km=km,
            lat=lat,
            lon=lon,
        )
        stored, created = await self._subs.add(subscription=sub, now=self._clock())
        if created:
            self._index.add(stored)
        return stored, created

    async def subscriptions(self, *, chat_id: int) -> list[Subscription]:
        return await self._subs.for_chat(chat_id=chat_id)

    async def unsubscribe(self, *, chat_id: int, subscription_id: int) -> Subscription | None:
        removed = await self._subs.remove(chat_id=chat_id, subscription_id=subscription_id)
        if removed is not None:
            self._index.remove(removed)
        return removed

    async def counts(self) -> tuple[int, int, int]:
        """(active chats, subscriptions, pending alerts)."""
        return (
            await self._chats.count(),
            await self._subs.count(),
            await self._alerts.pending_count(),
        )
