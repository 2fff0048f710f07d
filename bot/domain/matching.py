"""Which chats an incident alerts: an index of subscriptions, not a scan."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Protocol

from bot.domain.models import Incident, Place, Subscription

__all__ = ["GRID_DEGREES", "AncestorSource", "SubscriptionIndex", "haversine_km", "km_apart"]

#: Cell size of the spatial grid for radius subscriptions (about 111 km of latitude).
GRID_DEGREES = 1.0
_EARTH_KM = 6371.0088
_KM_PER_DEGREE = 111.0
_LON_CELLS = round(360 / GRID_DEGREES)

# cell -> chat id -> (lat, lon, km) of each of that chat's circles whose centre is in the cell
_Grid = dict[tuple[int, int], dict[int, list[tuple[float, float, float]]]]


class AncestorSource(Protocol):
    def place_ancestors(self, place_id: str) -> tuple[str, ...]: ...
    def regions_over(self, place_id: str) -> tuple[str, ...]: ...

    def actor_ancestors(self, actor_id: str) -> tuple[str, ...]: ...


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (mean Earth radius).

    Args:
        lat1: latitude of the first point, degrees.
        lon1: longitude of the first point, degrees.
        lat2: latitude of the second point, degrees.
        lon2: longitude of the second point, degrees.
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def km_apart(a: Place, b: Place) -> float | None:
    """The distance between two places, None when either lacks coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return (math.floor(lat / GRID_DEGREES), math.floor(lon / GRID_DEGREES))


def _reach(km: float) -> int:
    """Cells of latitude a circle of ``km`` can span from its own cell."""
    return max(1, math.ceil(km / (_KM_PER_DEGREE * GRID_DEGREES)))


class SubscriptionIndex:
    """Subscriptions indexed by place id, by actor id and by grid cell (radius).

    Matching one incident looks up its place and every ancestor, its actors and every umbrella,
    and the grid cells within reach of the radius subscriptions — so its cost follows the
    number of recipients, not the number of subscriptions. Radius subscriptions are grouped by
    reach, so one very wide circle does not make every lookup scan a wide area.

    Only chat ids are kept (in sets, one shared ``int`` per chat), never the subscriptions
    themselves: a million subscriptions take tens of megabytes.
    """

    def __init__(self) -> None:
        self._by_place: dict[str, set[int]] = {}
        self._by_actor: dict[str, set[int]] = {}
        self._grids: dict[int, _Grid] = {}  # reach in cells -> grid
        self._count = 0

    @classmethod
    def build(cls, subscriptions: Iterable[Subscription]) -> SubscriptionIndex:
        """An index of ``subscriptions`` (any iterable, consumed once)."""
        index = cls()
        index.add_all((s.chat_id, s.kind, s.target_id, s.km, s.lat, s.lon) for s in subscriptions)
        return index

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[tuple[int, str, str, float | None, float | None, float | None]],
    ) -> SubscriptionIndex:
        """An index of raw ``(chat_id, kind, target_id, km, lat, lon)`` rows.

        The fast path for loading a large database: no model object per subscription.
        """
        index = cls()
        index.add_all(rows)
        return index

    def __len__(self) -> int:
        return self._count

    def add_all(
        self,
        rows: Iterable[tuple[int, str, str, float | None, float | None, float | None]],
    ) -> int:
        """Add ``(chat_id, kind, target_id, km, lat, lon)`` rows; returns how many."""
        shared: dict[int, int] = {}
        added = 0
        for chat_id, kind, target_id, km, lat, lon in rows:
            # One int object per chat instead of one per row: a tenth of the memory.
            chat = shared.setdefault(chat_id, chat_id)
            self._add(chat, kind, target_id, km, lat, lon)
            added += 1
        return added

    def add(self, sub: Subscription) -> None:
        self._add(sub.chat_id, sub.kind, sub.target_id, sub.km, sub.lat, sub.lon)

    def _add(
        self,
        chat_id: int,
        kind: str,
        target_id: str,
        km: float | None,
        lat: float | None,
        lon: float | None,
    ) -> None:
        if kind == "place":
            self._by_place.setdefault(target_id, set()).add(chat_id)
        elif kind == "actor":
            self._by_actor.setdefault(target_id, set()).add(chat_id)
        elif lat is not None and lon is not None and km:
            grid = self._grids.setdefault(_reach(km), {})
            entries = grid.setdefault(_cell(lat, lon), {}).setdefault(chat_id, [])
            if (lat, lon, km) in entries:
                return
            entries.append((lat, lon, km))
        else:
            return
        self._count += 1

    def remove(self, sub: Subscription) -> None:
        if sub.kind == "place":
            self._discard(self._by_place, sub.target_id, sub.chat_id)
        elif sub.kind == "actor":
            self._discard(self._by_actor, sub.target_id, sub.chat_id)
        elif sub.lat is not None and sub.lon is not None and sub.km:
            grid = self._grids.get(_reach(sub.km))
            cell = grid.get(_cell(sub.lat, sub.lon)) if grid is not None else None
            entries = cell.get(sub.chat_id) if cell is not None else None
            if cell is None or entries is None:
                return
            entry = (sub.lat, sub.lon, sub.km)
            if entry not in entries:
                return
            entries.remove(entry)
            self._count -= 1
            if not entries:
                del cell[sub.chat_id]

    def _discard(self, table: dict[str, set[int]], key: str, chat_id: int) -> None:
        chats = table.get(key)
        if chats is not None and chat_id in chats:
            chats.discard(chat_id)
            self._count -= 1
            if not chats:
                del table[key]

    def remove_chat(self, chat_id: int) -> None:
        """Forget every subscription of a chat (it left or blocked the bot).

        A walk over the keys, not the subscriptions: rare, and cheaper than keeping a reverse
        index for every chat in memory.
        """
        for table in (self._by_place, self._by_actor):
            for key in [k for k, chats in table.items() if chat_id in chats]:
                self._discard(table, key, chat_id)
        for grid in self._grids.values():
            for cell in grid.values():
                entries = cell.pop(chat_id, None)
                if entries:
                    self._count -= len(entries)

    def match(self, incident: Incident, ancestors: AncestorSource) -> set[int]:
        """Chat ids whose subscriptions cover ``incident``."""
        chats: set[int] = set()
        places = (
            (*ancestors.place_ancestors(incident.place_id),
             *ancestors.regions_over(incident.place_id))
            if incident.place_id else ()
        )
        if incident.country and f"c:{incident.country}" not in places:
            places = (*places, f"c:{incident.country}")
        for place_id in places:
            found = self._by_place.get(place_id)
            if found:
                chats |= found
        for actor_id in incident.actors:
            for ancestor in ancestors.actor_ancestors(actor_id):
                found = self._by_actor.get(ancestor)
                if found:
                    chats |= found
        if incident.lat is not None and incident.lon is not None and self._grids:
            self._match_radius(incident.lat, incident.lon, chats)
        return chats

    def _match_radius(self, lat: float, lon: float, chats: set[int]) -> None:
        c_lat, c_lon = _cell(lat, lon)
        for reach, grid in self._grids.items():
            if not grid:
                continue
            # Longitude degrees shrink towards the poles: take the narrowest within reach.
            edge = min(89.9, abs(lat) + (reach + 1) * GRID_DEGREES)
            reach_lon = min(
                _LON_CELLS // 2, math.ceil(reach / max(0.01, math.cos(math.radians(edge))))
            )
            for dy in range(-reach, reach + 1):
                for dx in range(-reach_lon, reach_lon + 1):
                    # Wrap around the antimeridian.
                    x = (c_lon + dx + _LON_CELLS // 2) % _LON_CELLS - _LON_CELLS // 2
                    cell = grid.get((c_lat + dy, x))
                    if not cell:
                        continue
                    for chat_id, entries in cell.items():
                        if chat_id in chats:
                            continue
                        for s_lat, s_lon, km in entries:
                            if haversine_km(lat, lon, s_lat, s_lon) <= km:
                                chats.add(chat_id)
                                break
