"""Which chats an incident alerts: an index of subscriptions, not a scan."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from typing import Protocol

from bot.domain.models import Incident, Subscription

__all__ = ["GRID_DEGREES", "AncestorSource", "SubscriptionIndex", "haversine_km"]

#: Cell size of the spatial grid for radius subscriptions (about 111 km of latitude).
GRID_DEGREES = 1.0
_EARTH_KM = 6371.0088


class AncestorSource(Protocol):
    def place_ancestors(self, place_id: str) -> tuple[str, ...]: ...

    def actor_ancestors(self, actor_id: str) -> tuple[str, ...]: ...


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return (math.floor(lat / GRID_DEGREES), math.floor(lon / GRID_DEGREES))


class SubscriptionIndex:
    """Subscriptions indexed by place id, by actor id and by grid cell (radius).

    Matching one incident looks up its place and every ancestor, its actors and every umbrella,
    and the grid cells within reach of the largest radius — so its cost follows the number of
    recipients, not the number of subscriptions.
    """

    def __init__(self) -> None:
        self._by_place: dict[str, set[int]] = defaultdict(set)
        self._by_actor: dict[str, set[int]] = defaultdict(set)
        self._by_cell: dict[tuple[int, int], dict[int, list[tuple[float, float, float]]]] = (
            defaultdict(lambda: defaultdict(list))
        )
        self._max_km = 0.0
        self._count = 0

    @classmethod
    def build(cls, subscriptions: Iterable[Subscription]) -> SubscriptionIndex:
        index = cls()
        for sub in subscriptions:
            index.add(sub)
        return index

    def __len__(self) -> int:
        return self._count

    def add(self, sub: Subscription) -> None:
        self._count += 1
        if sub.kind == "place":
            self._by_place[sub.target_id].add(sub.chat_id)
        elif sub.kind == "actor":
            self._by_actor[sub.target_id].add(sub.chat_id)
        elif sub.lat is not None and sub.lon is not None and sub.km:
            self._by_cell[_cell(sub.lat, sub.lon)][sub.chat_id].append((sub.lat, sub.lon, sub.km))
            self._max_km = max(self._max_km, sub.km)

    def remove(self, sub: Subscription) -> None:
        self._count = max(0, self._count - 1)
        if sub.kind == "place":
            self._by_place[sub.target_id].discard(sub.chat_id)
        elif sub.kind == "actor":
            self._by_actor[sub.target_id].discard(sub.chat_id)
        elif sub.lat is not None and sub.lon is not None:
            cell = self._by_cell.get(_cell(sub.lat, sub.lon))
            if cell and sub.chat_id in cell:
                entries = cell[sub.chat_id]
                entry = (sub.lat, sub.lon, sub.km or 0.0)
                if entry in entries:
                    entries.remove(entry)
                if not entries:
                    del cell[sub.chat_id]

    def remove_chat(self, chat_id: int) -> None:
        for chats in self._by_place.values():
            chats.discard(chat_id)
        for chats in self._by_actor.values():
            chats.discard(chat_id)
        for cell in self._by_cell.values():
            cell.pop(chat_id, None)

    def match(self, incident: Incident, ancestors: AncestorSource) -> set[int]:
        """Chat ids whose subscriptions cover ``incident``."""
        chats: set[int] = set()
        if incident.place_id:
            for place_id in ancestors.place_ancestors(incident.place_id):
                found = self._by_place.get(place_id)
                if found:
                    chats |= found
        elif incident.country:
            found = self._by_place.get(f"c:{incident.country}")
            if found:
                chats |= found
        for actor_id in incident.actors:
            for ancestor in ancestors.actor_ancestors(actor_id):
                found = self._by_actor.get(ancestor)
                if found:
                    chats |= found
        if incident.lat is not None and incident.lon is not None and self._by_cell:
            chats |= self._match_radius(incident.lat, incident.lon)
        return chats

    def _match_radius(self, lat: float, lon: float) -> set[int]:
        chats: set[int] = set()
        reach_lat = math.ceil(self._max_km / (111.0 * GRID_DEGREES))
        cos_lat = max(0.05, math.cos(math.radians(lat)))
        reach_lon = math.ceil(self._max_km / (111.0 * GRID_DEGREES * cos_lat))
        c_lat, c_lon = _cell(lat, lon)
        for dy in range(-reach_lat, reach_lat + 1):
            for dx in range(-reach_lon, reach_lon + 1):
                cell = self._by_cell.get((c_lat + dy, c_lon + dx))
                if not cell:
                    continue
                for chat_id, entries in cell.items():
                    if chat_id in chats:
                        continue
                    for s_lat, s_lon, km in entries:
                        if haversine_km(lat, lon, s_lat, s_lon) <= km:
                            chats.add(chat_id)
                            break
        return chats
