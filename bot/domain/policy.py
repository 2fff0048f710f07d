"""Pure rules for a chat's own settings: event-type filters, severity, quiet hours, digests."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.domain.models import Incident

__all__ = [
    "CATEGORIES",
    "DigestMode",
    "Filter",
    "QuietHours",
    "category_of",
    "digest_due",
    "last_occurrence",
    "parse_clock",
    "parse_quiet",
    "passes",
    "resolve_timezone",
    "zone",
]

DigestMode = Literal["off", "only", "both"]

#: What a person can toggle, each a group of ACLED (sub-)event types, in display order.
CATEGORIES: tuple[str, ...] = (
    "battles",
    "strikes",
    "explosions",
    "civilians",
    "protests",
    "other",
)
_STRIKES = {"Air/drone strike", "Shelling/artillery/missile attack"}
_BY_EVENT_TYPE = {
    "Battles": "battles",
    "Explosions/Remote violence": "explosions",
    "Violence against civilians": "civilians",
    "Protests": "protests",
    "Riots": "protests",
}
_CLOCK = re.compile(r"^(\d{1,2})(?:[:h.](\d{2})?)?$", re.IGNORECASE)


def category_of(incident: Incident) -> str:
    """The toggle an incident falls under: air and artillery strikes apart from other blasts."""
    if incident.sub_event_type in _STRIKES:
        return "strikes"
    return _BY_EVENT_TYPE.get(incident.event_type, "other")


@dataclass(frozen=True, slots=True)
class Filter:
    """Which incidents a chat (or one subscription) wants: empty ``categories`` = all."""

    categories: frozenset[str] = frozenset()
    min_fatalities: int = 0

    @property
    def is_default(self) -> bool:
        return not self.categories and self.min_fatalities == 0

    def toggled(self, category: str) -> Filter:
        """The filter with one category switched; switching the last one off means all."""
        current = set(self.categories or CATEGORIES)
        current ^= {category}
        chosen = frozenset(current & set(CATEGORIES))
        if chosen == frozenset(CATEGORIES):
            chosen = frozenset()
        return Filter(categories=chosen, min_fatalities=self.min_fatalities)

    def wants(self, category: str) -> bool:
        return not self.categories or category in self.categories


def passes(incident: Incident, rule: Filter) -> bool:
    """Whether an incident gets through a filter (unknown fatalities pass only a zero bar)."""
    if not rule.wants(category_of(incident)):
        return False
    if rule.min_fatalities > 0:
        return (incident.fatalities or 0) >= rule.min_fatalities
    return True


def zone(name: str) -> ZoneInfo:
    """The IANA zone, or UTC when the name is unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def resolve_timezone(text: str) -> str | None:
    """``europe/paris`` -> ``Europe/Paris``; ``UTC+2`` -> ``Etc/GMT-2``; unknown -> None."""
    cleaned = text.strip().replace(" ", "_")
    if not cleaned or len(cleaned) > 64:
        return None
    offset = re.fullmatch(r"(?:UTC|GMT)?([+-])(\d{1,2})", cleaned, re.IGNORECASE)
    if offset:
        hours = int(offset.group(2))
        if hours > 14:
            return None
        if hours == 0:
            return "UTC"
        # POSIX zone names invert the sign: UTC+2 is Etc/GMT-2.
        return f"Etc/GMT{'-' if offset.group(1) == '+' else '+'}{hours}"
    if cleaned.upper() in {"UTC", "GMT", "Z"}:
        return "UTC"
    wanted = cleaned.casefold()
    for name in _zone_names():
        if name.casefold() == wanted:
            return name
    cities = [n for n in _zone_names() if n.rsplit("/", 1)[-1].casefold() == wanted]
    return cities[0] if len(cities) == 1 else None


def _zone_names() -> Iterable[str]:
    return sorted(available_timezones())


def parse_clock(text: str) -> time | None:
    """``22:00``, ``7h``, ``07.30``, ``8`` -> a time of day; anything else -> None."""
    match = _CLOCK.match(text.strip())
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


@dataclass(frozen=True, slots=True)
class QuietHours:
    """A daily quiet period in local time; it may cross midnight (22:00-07:00)."""

    start: time
    end: time

    def contains(self, local: time) -> bool:
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end

    def active(self, now: datetime, tz: str) -> bool:
        """Whether ``now`` (aware) falls in the quiet period of zone ``tz``."""
        local = now.astimezone(zone(tz))
        return self.contains(local.time().replace(tzinfo=None))

    def ends_after(self, now: datetime, tz: str) -> datetime:
        """The next end of the quiet period after ``now``, in UTC."""
        local = now.astimezone(zone(tz))
        candidate = datetime.combine(local.date(), self.end, tzinfo=local.tzinfo)
        if candidate <= local:
            candidate += timedelta(days=1)
        return candidate.astimezone(UTC)

    def text(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


def parse_quiet(text: str) -> QuietHours | None:
    """``22:00-07:00`` (also ``22h-7h``, ``22 - 7``) -> quiet hours; anything else -> None."""
    parts = re.split(r"\s*[-–—à]\s*|\s+to\s+|\s+", text.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    start, end = parse_clock(parts[0]), parse_clock(parts[1])
    if start is None or end is None or start == end:
        return None
    return QuietHours(start=start, end=end)


def last_occurrence(now: datetime, at: time, tz: str) -> datetime:
    """The latest moment <= ``now`` whose local time in ``tz`` is ``at``, in UTC."""
    local = now.astimezone(zone(tz))
    candidate = datetime.combine(local.date(), at, tzinfo=local.tzinfo)
    if candidate > local:
        candidate -= timedelta(days=1)
    return candidate.astimezone(UTC)


def digest_due(now: datetime, at: time, tz: str, last_sent: datetime | None) -> bool:
    """Whether the daily digest at local ``at`` is due (one per day, none missed twice)."""
    scheduled = last_occurrence(now, at, tz)
    return last_sent is None or last_sent < scheduled
