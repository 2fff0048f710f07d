"""Domain models shared by every layer.

All models are frozen pydantic models; datetimes are timezone-aware UTC.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.domain._geofold import fold_key

__all__ = [
    "AREA_SITE_TYPES",
    "EVENT_TYPES",
    "UNIDENTIFIED_GROUP",
    "VICTIMS",
    "Actor",
    "Alert",
    "AlertState",
    "Article",
    "Candidate",
    "Chat",
    "Extraction",
    "Incident",
    "Mention",
    "Place",
    "PlaceLevel",
    "Report",
    "Status",
    "Subscription",
    "SubscriptionKind",
]

Language = Literal["en", "fr"]
PlaceLevel = Literal["country", "admin1", "city", "site"]
#: Kinds of named site that are areas, not spots.
AREA_SITE_TYPES = frozenset({
    "region", "corridor", "mountains", "mountain", "forest", "river", "lake", "sea",
    "strait", "island", "park", "province", "admin2",
})
#: How precise each level is, the country least.
PLACE_LEVEL_RANK: dict[str, int] = {"country": 0, "admin1": 1, "city": 2, "site": 3}

#: Id prefix of the unidentified armed group of a country ("gunmen"): a side not yet known.
UNIDENTIFIED_GROUP = "unidentified-armed-group-"
#: Id prefixes of the generated actors that stand for an event's victims, no side of it:
#: "civilians-iq", "prisoners-ec".
VICTIMS = ("civilians-", "prisoners-")

#: ACLED event types and their sub-event types.
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Grenade",
        "Chemical weapon",
    ),
    "Violence against civilians": (
        "Attack",
        "Abduction/forced disappearance",
        "Sexual violence",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
#: The kinds of event in which armed sides fight or strike.
VIOLENT_EVENT_TYPES = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians"}
)


class Status(StrEnum):
    """How well an incident is established."""

    REPORTED = "reported"
    CLAIMED = "claimed"
    UNCONFIRMED = "unconfirmed"
    CONFIRMED = "confirmed"
    DENIED = "denied"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Place(_Frozen):
    """A place of the gazetteer.

    Ids are stable strings: ``c:IQ`` (country), ``a:IQ-AN`` (first-level division, ISO 3166-2),
    ``g:98182`` (city, GeoNames id), ``s:ain-al-asad-air-base`` (named site).
    """

    id: str
    name: str
    name_fr: str
    level: PlaceLevel
    country: str | None  # ISO 3166-1 alpha-2; None only for international waters / sea areas
    admin1: str | None = None  # English name of the first-level division
    parent_id: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    site_type: str | None = None  # a named site's kind: "air base", "neighbourhood", "port"...

    @property
    def is_area(self) -> bool:
        """A named site that is an area (a region, a forest, a corridor), not a spot."""
        return self.level == "site" and (
            self.admin1 is None or self.site_type in AREA_SITE_TYPES
        )

    def bears(self, name: str) -> bool:
        """Whether ``name`` is this place's own English or French name (after folding): a
        village the gazetteer lacks, placed at this town, bears another."""
        key = fold_key(name)
        return key in (fold_key(self.name), fold_key(self.name_fr))


class Actor(_Frozen):
    """An armed group, militia or state force of the actor registry."""

    id: str
    name: str
    name_fr: str
    kind: str
    aliases: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()  # ids of umbrella organisations / successors it belongs to
    #: provinces (admin1 ids) where reports leave this group unnamed as the insurgency they all
    #: know ("the insurgents" in Cabo Delgado), and the words that tell it (empty: any unnamed
    #: attacker)
    unnamed_in: tuple[str, ...] = ()
    unnamed_as: tuple[str, ...] = ()
    #: provinces (admin1 ids) of a country where several branches of its network act, where
    #: this one is the branch reports mean by the network's name (the Islamic State in
    #: Niger's Tillabéri is its Sahel Province, in Diffa its West Africa Province)
    branch_in: tuple[str, ...] = ()
    #: a unit of its organisation (its first parent), which the news names for it: an event
    #: of "Hezbollah's elite Radwan force" is Hezbollah's
    unit: bool = False

    @property
    def is_state(self) -> bool:
        """A state's armed forces or police (not an armed group, nor an international force)."""
        return self.kind.startswith("state")

    @property
    def is_named_group(self) -> bool:
        """An armed group, a militia or an alliance of them, by its name (not the registry's
        unnamed group of a country, nor a state's forces)."""
        return self.kind in ("armed group", "militia", "militia umbrella")

    @property
    def is_police(self) -> bool:
        """A state's police (the registry names them "Police Forces of ...")."""
        return self.is_state and self.name.startswith("Police")


class Candidate(_Frozen):
    """One ranked answer of the resolver."""

    kind: Literal["place", "actor"]
    id: str
    name: str
    name_fr: str
    level: PlaceLevel | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    score: float = Field(ge=0.0, le=1.0)


class Mention(_Frozen):
    """A place or actor found in a text by the gazetteer scanner."""

    kind: Literal["place", "actor"]
    id: str
    start: int
    end: int
    surface: str
    #: other entities of the same name, most important first ("Marawi": a town of Sudan and a
    #: city of the Philippines)
    alternatives: tuple[str, ...] = ()


class Article(_Frozen):
    """A news report as ingested (corpus format)."""

    id: str
    source: str
    url: str
    published: datetime
    language: str | None = None
    title: str = ""
    summary: str = ""
    body: str = ""


class Extraction(_Frozen):
    """What extraction found in one article."""

    is_incident: bool
    language: Language = "en"
    event_type: str | None = None
    sub_event_type: str | None = None
    place_id: str | None = None
    place: str | None = None
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    actors: tuple[str, ...] = ()  # actor ids
    claimed_by: str | None = None  # actor id
    status: Status | None = None
    fatalities: int | None = None
    injured: int | None = None
    incident_date: date | None = None
    #: The headline tells of a new strike after another ("nouvelle frappe sur Kharkiv",
    #: "another attack"): with a different toll it is not the earlier one reported again.
    fresh: bool = False
    #: The place of an earlier event the report says this one came after ("a day after the
    #: deadly rampage in al-Mughayyir"), or of another it tells beside it (« Le même jour, un
    #: camion avait sauté ... près de Barsalogho »): an incident there is not this one.
    after_place: str | None = None
    #: Not news of a new event (``is_incident`` false) but an analysis, reaction or aftermath
    #: telling a recent one ("what we know about the rebels' push"), its fields read: a source
    #: of that event if it is stored, never an incident of its own.
    follow_up: bool = False
    #: The report tells no day for the event (no date, weekday or "yesterday" in its lead):
    #: its ``incident_date`` is the publication day, and the event may be days older.
    undated: bool = False


class Report(_Frozen):
    """One article linked to the incident it reports."""

    id: int | None = None
    incident_id: int | None = None
    source: str
    url: str
    title: str
    language: str
    published: datetime
    fatalities: int | None = None
    injured: int | None = None
    status: Status | None = None

    @classmethod
    def of(cls, article: Article, extraction: Extraction) -> Report:
        """The report an article makes, with the figures and status read in it."""
        return cls(
            source=article.source,
            url=article.url,
            title=article.title,
            language=extraction.language,
            published=article.published,
            fatalities=extraction.fatalities,
            injured=extraction.injured,
            status=extraction.status,
        )


class Incident(_Frozen):
    """One real-world event, possibly fed by several reports."""

    id: int | None = None
    key: str
    event_type: str
    sub_event_type: str | None = None
    place_id: str | None = None
    place: str | None = None
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    actors: tuple[str, ...] = ()
    claimed_by: str | None = None
    status: Status = Status.REPORTED
    fatalities: int | None = None
    injured: int | None = None
    incident_date: date
    first_seen: datetime
    updated_at: datetime
    reports: tuple[Report, ...] = ()


SubscriptionKind = Literal["place", "actor", "radius"]


class Subscription(_Frozen):
    """What one chat asked to follow."""

    id: int | None = None
    chat_id: int
    kind: SubscriptionKind
    target_id: str  # place id for place/radius, actor id for actor
    label: str  # what the person sees, e.g. "Al Anbar, Iraq (province)"
    km: float | None = None
    lat: float | None = None
    lon: float | None = None
    created_at: datetime | None = None


class Chat(_Frozen):
    """A private chat, group or channel that talks to the bot."""

    id: int
    type: str = "private"
    language: Language = "en"
    timezone: str = "UTC"
    active: bool = True
    muted_until: datetime | None = None
    created_at: datetime | None = None


class AlertState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    DROPPED = "dropped"
    FAILED = "failed"


class Alert(_Frozen):
    """One alert of one incident for one chat (at most one per pair, ever)."""

    id: int | None = None
    incident_id: int
    chat_id: int
    state: AlertState = AlertState.PENDING
    message_id: int | None = None
    priority: int = 0
    attempts: int = 0
    created_at: datetime
    sent_at: datetime | None = None
    needs_update: bool = False
    sources_only: bool = False  # the pending update only adds sources: edit, never reply
