"""The incidents a run of many reports deduplicates against, held between its batches.

An import of 100,000 ACLED rows would otherwise read (and build) the incidents of a row's dates
once per row. Here each is read once, and the dedup of every row sees exactly what
``IncidentRepo.candidates`` would have returned, in the same order: dedup takes the first of
equally close incidents, so the order decides ties.
"""

from __future__ import annotations

from bisect import insort
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from datetime import date

from bot.domain.models import Incident

__all__ = ["CandidateCache", "Entry"]


def _lean(incident: Incident) -> Incident:
    """``incident`` without its reports, when merging a report into it does not need them.

    Of its reports, merging only reads the tolls, and only to keep the highest: when the
    incident's own tolls are at least as high, as those it merged always are, the reports change
    nothing, and a cache of many incidents is a third smaller without them.
    """
    if incident.reports and all(
        _covers(incident.fatalities, r.fatalities) and _covers(incident.injured, r.injured)
        for r in incident.reports
    ):
        return incident.model_copy(update={"reports": ()})
    return incident


def _covers(toll: int | None, other: int | None) -> bool:
    return other is None or (toll is not None and toll >= other)


class Entry:
    """An incident held by ``CandidateCache``; ``rank`` orders it as its id will."""

    __slots__ = ("incident", "rank")

    def __init__(self, incident: Incident, rank: tuple[int, int]) -> None:
        self.incident = _lean(incident)
        self.rank = rank

    @property
    def stored(self) -> bool:
        return self.rank[0] == 0

    @property
    def id(self) -> int:
        assert self.incident.id is not None
        return self.incident.id


def _rank(entry: Entry) -> tuple[int, int]:
    return entry.rank


def _null_first(country: str | None) -> tuple[bool, str]:
    return (country is not None, country or "")


class CandidateCache:
    """The incidents of the dates a run of reports needs, each read from storage once.

    For every date it holds, it holds exactly the incidents stored with that date, plus those
    the current batch is about to store (ranked after every stored one, as their ids will be),
    by country, each list in id order. The caller clears it when a batch is rolled back, and
    when the database was written by anyone else since ``stamp`` (``Database.write_stamp``).
    """

    def __init__(self, *, max_incidents: int, keep_batches: int = 2) -> None:
        # least recently used first
        self._days: OrderedDict[date, dict[str | None, list[Entry]]] = OrderedDict()
        self._used: dict[date, int] = {}  # the batch that last needed a date
        self._size = 0
        self._max = max_incidents
        self._keep = keep_batches
        self._batch = 0
        self._new = 0
        self.stamp: tuple[int, int] | None = None

    def __len__(self) -> int:
        return self._size

    def clear(self) -> None:
        self._days.clear()
        self._used.clear()
        self._size = 0
        self.stamp = None

    def missing(self, days: Iterable[date]) -> set[date]:
        return {d for d in days if d not in self._days}

    def fill(self, days: Iterable[date], incidents: Iterable[Incident]) -> None:
        """Hold ``days``, with their ``incidents`` in storage order (date, country, id)."""
        for day in days:
            self._days[day] = {}
            self._used[day] = self._batch
        for incident in incidents:
            assert incident.id is not None
            self._bucket(incident).append(Entry(incident, (0, incident.id)))
            self._size += 1

    def candidates(
        self, days: Sequence[date], countries: Sequence[str | None]
    ) -> list[Entry]:
        """What ``IncidentRepo.candidates`` would return for these dates and countries, in its
        order: date, country (NULL first), id."""
        wanted = sorted({c for c in countries if c})
        found: list[Entry] = []
        for day in days:
            self._days.move_to_end(day)
            self._used[day] = self._batch
            by_country = self._days[day]
            if wanted:
                found += by_country.get(None, ())
                for country in wanted:
                    found += by_country.get(country, ())
            else:
                for key in sorted(by_country, key=_null_first):
                    found += by_country[key]
        return found

    def add(self, incident: Incident) -> Entry:
        """A new incident, stored at the end of the batch."""
        self._new += 1
        entry = Entry(incident, (1, self._new))
        self._bucket(incident).append(entry)
        self._size += 1
        return entry

    def replace(self, entry: Entry, incident: Incident) -> None:
        """``entry`` merged into ``incident``, which may be dated earlier or placed better.

        The new date is the report's own, whose days are held.
        """
        old = entry.incident
        entry.incident = incident = _lean(incident)
        if (incident.incident_date, incident.country) != (old.incident_date, old.country):
            self._bucket(old).remove(entry)
            insort(self._bucket(incident), entry, key=_rank)

    def stored(self, entry: Entry, incident_id: int) -> None:
        entry.incident = entry.incident.model_copy(update={"id": incident_id})
        entry.rank = (0, incident_id)

    def trim(self) -> None:
        """End a batch: forget the dates not needed by the last ``keep_batches`` batches (an
        export in date order moves on), then the least recently needed ones until at most
        ``max_incidents`` incidents are held."""
        self._batch += 1
        while self._days:
            day = next(iter(self._days))
            if self._size <= self._max and self._used[day] > self._batch - self._keep - 1:
                break
            by_country = self._days.pop(day)
            del self._used[day]
            self._size -= sum(len(entries) for entries in by_country.values())

    def _bucket(self, incident: Incident) -> list[Entry]:
        return self._days[incident.incident_date].setdefault(incident.country, [])
