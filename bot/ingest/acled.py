"""ACLED events (CSV exports and the API) -> incidents.

An ACLED row is already a coded incident, so it bypasses text extraction: ``to_extraction``
maps it straight to an ``Extraction`` and ``acled_article`` gives the report it stands for.
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import AsyncIterator, Iterator, Mapping
from datetime import UTC, date, datetime, time
from functools import lru_cache
from pathlib import Path
from typing import Any, Self

import httpx
from babel.core import get_global
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from bot.domain.gazetteer import Gazetteer, haversine_km
from bot.domain.models import Article, Candidate, Extraction, Status

__all__ = [
    "ACLED_API_URL",
    "ACLED_COLUMNS",
    "VIOLENT_EVENT_TYPES",
    "AcledClient",
    "AcledCsvReader",
    "AcledError",
    "AcledEvent",
    "acled_article",
    "country_code",
    "iter_acled_csv",
    "to_extraction",
]

log = logging.getLogger(__name__)

ACLED_API_URL = "https://acleddata.com/api/acled/read"

#: The header of ACLED's CSV export, in order.
ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
_REQUIRED = frozenset(
    ("event_id_cnty", "event_date", "event_type", "country", "latitude", "longitude")
)

#: Event types that are incidents for people following a conflict; peaceful protests and most
#: strategic developments are coded by ACLED but are not what an alert is for.
VIOLENT_EVENT_TYPES = frozenset(
    ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")
)
_VIOLENT_SUB_EVENTS = frozenset(("Excessive force against protesters",))

#: Actor names that are categories rather than groups ("Civilians (Iraq)").
_GENERIC_ACTORS = ("civilians", "protesters", "rioters", "unidentified")
#: ACLED dates state forces by government: "Military Forces of Iraq (2022-)".
_PERIOD = re.compile(r"\s*\((?:\d{4})?\s*-\s*(?:\d{4})?\)\s*$")
#: A place from the gazetteer is only trusted within this distance of ACLED's coordinates.
_PLACE_KM = 50.0
_MIN_SCORE = 0.9


class AcledError(Exception):
    """The ACLED API refused a request or answered something unexpected."""


class AcledEvent(BaseModel):
    """One row of an ACLED export (the columns Vigie uses; others are ignored)."""

    model_config = ConfigDict(frozen=True, extra="ignore", str_strip_whitespace=True)

    event_id_cnty: str
    event_date: date
    year: int | None = None
    time_precision: int | None = None
    disorder_type: str = ""
    event_type: str
    sub_event_type: str = ""
    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: str = ""
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: str = ""
    interaction: str = ""
    civilian_targeting: str = ""
    iso: int | None = None  # ISO 3166-1 numeric
    region: str = ""
    country: str
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float
    longitude: float
    geo_precision: int | None = None
    source: str = ""
    source_scale: str = ""
    notes: str = ""
    fatalities: int = 0
    tags: str = ""
    timestamp: int | None = None  # Unix time of the row's last change

    @model_validator(mode="before")
    @classmethod
    def _blanks(cls, data: Any) -> Any:
        # CSV cells and API values are strings; an empty one means "not given".
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if v not in ("", None)}
        return data

    @field_validator("event_id_cnty")
    @classmethod
    def _id(cls, value: str) -> str:
        if not value:
            raise ValueError("empty event id")
        return value

    @field_validator("latitude")
    @classmethod
    def _lat(cls, value: float) -> float:
        if not -90.0 <= value <= 90.0:
            raise ValueError(f"latitude out of range: {value}")
        return value

    @field_validator("longitude")
    @classmethod
    def _lon(cls, value: float) -> float:
        if not -180.0 <= value <= 180.0:
            raise ValueError(f"longitude out of range: {value}")
        return value

    @field_validator("fatalities")
    @classmethod
    def _fatalities(cls, value: int) -> int:
        if value < 0:
            raise ValueError(f"negative fatalities: {value}")
        return value

    @property
    def country_code(self) -> str | None:
        """ISO 3166-1 alpha-2 code of the row's country (from the numeric ``iso``)."""
        return country_code(self.iso)


@lru_cache(maxsize=1)
def _numeric_to_alpha2() -> dict[int, str]:
    # Babel (already a dependency) carries CLDR's numeric territory aliases, which cover every
    # ISO 3166-1 country; pycountry would add ~10 MB for one table.
    aliases: Mapping[str, Any] = get_global("territory_aliases")
    table = {
        int(code): targets[0]
        for code, targets in aliases.items()
        if code.isdigit() and len(targets) == 1 and len(targets[0]) == 2 and targets[0] != "ZZ"
    }
    table[0] = "XK"  # ACLED codes Kosovo, which has no ISO number, as 0.
    return table


def country_code(iso: int | None) -> str | None:
    """ISO 3166-1 alpha-2 code for an ISO numeric code.

    Args:
        iso: numeric code as ACLED gives it (368 for Iraq; 0 for Kosovo).

    Returns:
        "IQ", "XK"…, or None when unknown.
    """
    return None if iso is None else _numeric_to_alpha2().get(iso)


class AcledCsvReader:
    """Streams an ACLED CSV export; bad rows are logged, counted in ``skipped`` and skipped."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.read = 0
        self.skipped = 0
        self._rows = self._events()

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> AcledEvent:
        return next(self._rows)

    def _events(self) -> Iterator[AcledEvent]:
        with self.path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = _REQUIRED.difference(reader.fieldnames or ())
            if missing:
                raise ValueError(
                    f"{self.path}: not an ACLED export, missing columns: "
                    + ", ".join(sorted(missing))
                )
            for row in reader:
                self.read += 1
                line = reader.line_num
                if None in row:
                    self._skip(line, f"{len(row[None]) if row[None] else 0} extra cell(s)")
                    continue
                try:
                    yield AcledEvent.model_validate(row)
                except ValidationError as exc:
                    self._skip(line, _problems(exc))
        if self.skipped:
            log.warning("%s: %d of %d rows skipped", self.path, self.skipped, self.read)

    def _skip(self, line: int, why: str) -> None:
        self.skipped += 1
        log.warning("%s: row ending on line %d skipped: %s", self.path, line, why)


def iter_acled_csv(path: Path | str) -> AcledCsvReader:
    """Read an ACLED CSV export row by row.

    Args:
        path: the CSV file (ACLED's export header; extra columns are ignored).

    Returns:
        An iterator of events; its ``read`` and ``skipped`` counters tell how many rows were
        seen and how many were malformed.

    Raises:
        ValueError: when iterated, if the header lacks ACLED's essential columns.
    """
    return AcledCsvReader(Path(path))


def _problems(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or 'row'}: {err['msg']}" for err in exc.errors()
    )


class AcledClient:
    """Reads events from the ACLED API, page by page.

    Args:
        client: the application's HTTP client.
        key: ACLED access key (sent as the ``key`` parameter).
        email: the e-mail address of the ACLED account (``email`` parameter).
        base_url: the ``read`` endpoint.
        access_token: an OAuth access token, sent as ``Authorization: Bearer``, for accounts
            on ACLED's token-based access.
        timeout: seconds allowed per page.
    """

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        key: str,
        email: str,
        base_url: str = ACLED_API_URL,
        access_token: str | None = None,
        timeout: float = 60.0,
    ) -> None:
        self._client = client
        self._key = key
        self._email = email
        self._base_url = base_url
        self._token = access_token
        self._timeout = timeout
        self.skipped = 0

    async def fetch(
        self, *, since: date, until: date, page_size: int = 5000
    ) -> AsyncIterator[AcledEvent]:
        """Every event dated from ``since`` to ``until`` inclusive.

        Args:
            since: first event date.
            until: last event date.
            page_size: rows per request (``limit``).

        Yields:
            Events in the API's order; malformed rows are logged and counted in ``skipped``.

        Raises:
            AcledError: the API answered an error, or not JSON in ACLED's shape.
            httpx.HTTPError: the network failed.
        """
        headers = {"Accept": "application/json"}
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        page = 1
        while True:
            params: dict[str, str | int] = {
                "key": self._key,
                "email": self._email,
                "event_date": f"{since.isoformat()}|{until.isoformat()}",
                "event_date_where": "BETWEEN",
                "limit": page_size,
                "page": page,
            }
            response = await self._client.get(
                self._base_url, params=params, headers=headers, timeout=self._timeout
            )
            rows = _page_rows(response, page)
            if not rows:
                return
            for row in rows:
                try:
                    yield AcledEvent.model_validate(row)
                except ValidationError as exc:
                    self.skipped += 1
                    ident = row.get("event_id_cnty") if isinstance(row, dict) else None
                    log.warning("ACLED page %d: row %s skipped: %s", page, ident, _problems(exc))
            if len(rows) < page_size:
                return
            page += 1


def _page_rows(response: httpx.Response, page: int) -> list[Any]:
    if response.status_code != 200:
        raise AcledError(f"ACLED API page {page}: HTTP {response.status_code}")
    try:
        payload = response.json()
    except ValueError as exc:
        raise AcledError(f"ACLED API page {page}: not JSON") from exc
    if not isinstance(payload, dict):
        raise AcledError(f"ACLED API page {page}: unexpected answer")
    if payload.get("success") is False or payload.get("status") not in (200, "200", None):
        error = payload.get("error") or payload.get("message") or payload.get("status")
        raise AcledError(f"ACLED API page {page}: {error}")
    rows = payload.get("data")
    if rows is None:
        return []
    if not isinstance(rows, list):
        raise AcledError(f"ACLED API page {page}: 'data' is not a list")
    return rows


# --- rows -> incidents ------------------------------------------------------------------------


def acled_article(event: AcledEvent) -> Article:
    """The report an ACLED row stands for, so the pipeline can store it like an article.

    Args:
        event: the row.

    Returns:
        An article with id and url ``acled:<event_id_cnty>``, the row's sources as source and
        its notes as summary and body.
    """
    ident = f"acled:{event.event_id_cnty}"
    if event.timestamp is not None:
        published = datetime.fromtimestamp(event.timestamp, tz=UTC)
    else:
        published = datetime.combine(event.event_date, time(), tzinfo=UTC)
    kind = event.sub_event_type or event.event_type
    where = ", ".join(part for part in (event.location, event.country) if part)
    return Article(
        id=ident,
        source=event.source or "ACLED",
        url=ident,
        published=published,
        language="en",
        title=f"{kind} in {where}" if where else kind,
        summary=event.notes,
        body=event.notes,
    )


def to_extraction(event: AcledEvent, gazetteer: Gazetteer) -> Extraction:
    """An ACLED row as an extraction: coded fields copied, names resolved in the gazetteer.

    Args:
        event: the row.
        gazetteer: resolves the location (within the row's country and near its coordinates)
            and the actors.

    Returns:
        A confirmed extraction dated on the event date, with ACLED's coordinates; the place id
        falls back to the first-level division, then the country, when the location is not in
        the gazetteer. ACLED does not count injured, so ``injured`` is None.
    """
    country = event.country_code or _resolve_country(event.country, gazetteer)
    place = _resolve_place(event, country, gazetteer)
    admin1_id = None
    if place is None and event.admin1:
        admin1_id = _resolve_admin1(event.admin1, country, gazetteer)
    place_id = place.id if place else admin1_id or (f"c:{country}" if country else None)
    return Extraction(
        is_incident=event.event_type in VIOLENT_EVENT_TYPES
        or event.sub_event_type in _VIOLENT_SUB_EVENTS,
        language="en",
        event_type=event.event_type,
        sub_event_type=event.sub_event_type or None,
        place_id=place_id,
        place=event.location or event.admin1 or event.country,
        admin1=event.admin1 or None,
        country=country,
        lat=event.latitude,
        lon=event.longitude,
        actors=_resolve_actors(event, gazetteer),
        status=Status.CONFIRMED,
        fatalities=event.fatalities,
        injured=None,
        incident_date=event.event_date,
    )


# Exports repeat the same locations and actors over and over, and a name the gazetteer does
# not know costs a fuzzy search: every lookup is cached per gazetteer and name.


@lru_cache(maxsize=4096)
def _resolve_country(name: str, gazetteer: Gazetteer) -> str | None:
    for candidate in gazetteer.resolve(name, kind="place", limit=3, partial=False):
        if candidate.level == "country" and candidate.score >= _MIN_SCORE:
            return candidate.country
    return None


@lru_cache(maxsize=65536)
def _place_candidates(
    name: str, country: str | None, gazetteer: Gazetteer
) -> tuple[Candidate, ...]:
    return tuple(
        c
        for c in gazetteer.resolve(name, kind="place", limit=10, partial=False)
        if c.score >= _MIN_SCORE
        and (country is None or c.country == country)
        and c.lat is not None
        and c.lon is not None
    )


def _resolve_place(
    event: AcledEvent, country: str | None, gazetteer: Gazetteer
) -> Candidate | None:
    if not event.location:
        return None
    best: tuple[float, Candidate] | None = None
    for candidate in _place_candidates(event.location, country, gazetteer):
        assert candidate.lat is not None and candidate.lon is not None
        km = haversine_km(event.latitude, event.longitude, candidate.lat, candidate.lon)
        if km <= _PLACE_KM and (best is None or km < best[0]):
            best = (km, candidate)
    return best[1] if best else None


@lru_cache(maxsize=16384)
def _resolve_admin1(name: str, country: str | None, gazetteer: Gazetteer) -> str | None:
    for candidate in gazetteer.resolve(name, kind="place", limit=10, partial=False):
        if (
            candidate.level == "admin1"
            and candidate.score >= _MIN_SCORE
            and (country is None or candidate.country == country)
        ):
            return candidate.id
    return None


def _actor_names(event: AcledEvent) -> Iterator[str]:
    for field in (event.actor1, event.assoc_actor_1, event.actor2, event.assoc_actor_2):
        for name in field.split(";"):
            name = _PERIOD.sub("", name).strip()
            if name and not name.casefold().startswith(_GENERIC_ACTORS):
                yield name


@lru_cache(maxsize=65536)
def _resolve_actor(name: str, gazetteer: Gazetteer) -> str | None:
    # ACLED writes many groups "ACRONYM: Full Name" ("JNIM: Group for Support of Islam and
    # Muslims"); the registry may know either half.
    queries = [name]
    if ":" in name:
        queries += [part.strip() for part in name.split(":", 1)]
    for query in queries:
        candidates = gazetteer.resolve(query, kind="actor", limit=1, partial=False)
        if candidates and candidates[0].score >= _MIN_SCORE:
            return candidates[0].id
    return None


def _resolve_actors(event: AcledEvent, gazetteer: Gazetteer) -> tuple[str, ...]:
    found: dict[str, None] = {}
    for name in _actor_names(event):
        actor_id = _resolve_actor(name, gazetteer)
        if actor_id is not None:
            found.setdefault(actor_id, None)
    return tuple(found)
