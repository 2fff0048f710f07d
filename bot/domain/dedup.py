"""Which reports are the same incident, across sources, languages and spellings.

Two reports are the same incident when all of these hold:

* same kind of event: the same ACLED event type, or a battle and an attack on civilians (one
  outlet's "attack" is another's "clashes"); for explosions and remote violence the weapon family
  must agree too (ground explosives — IED, suicide bomb, grenade — versus air/drone strikes
  versus shelling/missiles): two strikes by different means are two strikes, unless both
  reports give the same death toll (within half again), when they describe one strike;
* same or nearby place: same place id, one inside the other, or within ``NEAR_KM``; a report that
  only knows the country matches any place of that country;
* close in time: incident dates at most ``WINDOW_DAYS`` apart;
* compatible actors: their armed actors (with umbrellas) overlap, or one side names none;
* not clearly different tolls: "no one was killed" and a deadly strike are two events.

Among compatible incidents the closest (place, then date, then actors) wins. Storage only has to
offer the incidents of the same country whose date is within the window: ``dedup_keys`` lists the
(date, country) keys to index and to look up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Protocol

from rapidfuzz import fuzz

from bot.domain._geofold import fold_key
from bot.domain.matching import haversine_km, km_apart
from bot.domain.models import (
    UNIDENTIFIED_GROUP,
    VICTIMS,
    VIOLENT_EVENT_TYPES,
    Actor,
    Extraction,
    Incident,
    Place,
    Report,
    Status,
)

__all__ = [
    "NEAR_KM",
    "WINDOW_DAYS",
    "DedupKey",
    "candidate_countries",
    "candidate_days",
    "dedup_keys",
    "find_duplicate",
    "incident_from",
    "incident_keys",
    "merge",
]

#: Places closer than this are "the same place" (a town and its outskirts, a base and its town).
NEAR_KM = 50.0
#: Incident dates further apart than this are different incidents.
WINDOW_DAYS = 2

#: A town taken or a mass abduction is told for days, often dated by each report's own day:
#: reports of one such event at one town this far apart are still the same event.
LASTING_WINDOW_DAYS = 5
_LASTING = frozenset({
    "Non-state actor overtakes territory", "Government regains territory",
    "Abduction/forced disappearance",
})
#: "One town": the reports of a lasting event name the same place.
_LASTING_KM = 10.0

#: One key of the storage index: (incident date, ISO country code or "").
DedupKey = tuple[str, str]

_STATUS_RANK = {
    Status.REPORTED: 0,
    Status.UNCONFIRMED: 1,
    Status.CLAIMED: 2,
    Status.DENIED: 3,
    Status.CONFIRMED: 4,
}
_FAMILY = {
    "Remote explosive/landmine/IED": "ground",
    "Suicide bomb": "ground",
    "Grenade": "ground",
    "Air/drone strike": "air",
    "Shelling/artillery/missile attack": "fire",
    "Chemical weapon": "chemical",
}
_DEADLY = 5
#: A crowd's event, as a protest or as a riot.
_CROWD_EVENTS = frozenset({"Protests", "Riots"})
#: Violence done at close quarters: one outlet's clash is another's attack, and a crowd's day
#: may be read as either.
_HAND_TO_HAND = frozenset({"Battles", "Violence against civilians"})


class Gazetteer(Protocol):
    """What deduplication needs of the gazetteer."""

    def place(self, place_id: str) -> Place | None: ...

    def place_ancestors(self, place_id: str) -> tuple[str, ...]: ...

    def actor_ancestors(self, actor_id: str) -> tuple[str, ...]: ...

    def group_family(self, actor_id: str) -> frozenset[str]: ...

    def actor(self, actor_id: str) -> Actor | None: ...


#: Two countries whose gazetteer entries split one city between them.
_ONE_CITY_TWO_STATES = frozenset({"IL", "PS"})


def dedup_keys(extraction: Extraction, *, published: datetime | None = None) -> list[DedupKey]:
    """The index keys under which candidates for this extraction are stored.

    Storage indexes every incident under ``(incident_date, country)`` (see ``incident_keys``)
    and looks up these keys — the incident date ± ``WINDOW_DAYS`` in the same country — so a new
    report meets a handful of incidents, never the whole table.

    Args:
        extraction: the new report's extraction.
        published: publication time, used when the extraction has no date.

    Returns:
        ``(YYYY-MM-DD, country)`` keys, country ``""`` when unknown.
    """
    days = candidate_days(extraction, published=published)
    countries = candidate_countries(extraction)
    return [(d.isoformat(), c or "") for d in days for c in countries]


def candidate_days(
    extraction: Extraction, *, published: datetime | None = None, at_least: int = 0
) -> list[date]:
    """The days whose incidents may be this report's: its date ± ``window_days`` (at least
    ``at_least``).

    Args:
        extraction: the new report's extraction.
        published: publication time, used when the extraction has no date.
        at_least: a wider window the caller asks for.

    Returns:
        The days, earliest first; none when the report has no date at all.
    """
    day = extraction.incident_date or (published.date() if published else None)
    if day is None:
        return []
    days = max(at_least, window_days(extraction))
    return [day + timedelta(days=d) for d in range(-days, days + 1)]


def candidate_countries(extraction: Extraction) -> tuple[str | None, ...]:
    """The countries whose incidents may be this report's: its own (None when unknown), and
    the other of two countries whose gazetteer entries split one city (Jerusalem)."""
    country = extraction.country
    if country in _ONE_CITY_TWO_STATES:
        return tuple(sorted(_ONE_CITY_TWO_STATES))
    return (country,)


def window_days(extraction: Extraction) -> int:
    """How many days around its date a report's incident may lie (a report that tells no day
    may come days after the event: "Nigeria says 110 girls missing after attack on school")."""
    lasting = extraction.sub_event_type in _LASTING or extraction.undated
    return LASTING_WINDOW_DAYS if lasting else WINDOW_DAYS


def incident_keys(incident: Incident) -> list[DedupKey]:
    """The key under which storage indexes an incident (one per incident)."""
    return [(incident.incident_date.isoformat(), incident.country or "")]


_TAKEN_AND_RETAKEN = frozenset(
    {"Non-state actor overtakes territory", "Government regains territory"}
)


def _event_compatible(ext: Extraction, inc: Incident) -> bool:
    a, b = ext.event_type, inc.event_type
    if {a, b} == _CROWD_EVENTS:
        # one outlet's rioters are another's protesters fired on: one crowd, read two ways
        return True
    if a != b and {a, b} != _HAND_TO_HAND:
        # one outlet's "attack on a camp" is another's "shelling of a camp": violent types
        # differ by reading, and the same death toll still tells it is one event
        if {a, b} <= VIOLENT_EVENT_TYPES:
            return _same_toll(ext.fatalities, inc.fatalities)
        # a crowd's deadly day, read as a riot by one outlet and as a clash with the police by
        # another: one exact toll of several dead tells it is one event
        # (not a strike from afar: shells on a camp are no crowd's doing; nor a peaceful march)
        return (
            {a, b} <= _HAND_TO_HAND | _CROWD_EVENTS and ext.fatalities is not None
            and ext.fatalities >= 2 and ext.fatalities == inc.fatalities
            and "Peaceful protest" not in (ext.sub_event_type, inc.sub_event_type)
        )
    if {ext.sub_event_type, inc.sub_event_type} == _TAKEN_AND_RETAKEN:
        return False  # a town seized, then won back: two events, whatever the toll
    if a == b == "Explosions/Remote violence":
        fa = _FAMILY.get(ext.sub_event_type or "")
        fb = _FAMILY.get(inc.sub_event_type or "")
        if fa and fb and fa != fb:
            # (a weapon named otherwise and one dead apart: one toll told by two outlets,
            # "Israeli strike kills two in Gaza City", then "shelling kills one")
            return _same_toll(ext.fatalities, inc.fatalities) or _toll_updated(
                ext.fatalities, inc.fatalities
            )
    return True


def _one_spot(
    ext: Extraction, inc: Incident, gap: int, shared: int, gazetteer: Gazetteer
) -> bool:
    """One outlet's "helicopter fired on" is another's "air strike": at one precise spot (a
    site, or a village the gazetteer lacks, named alike), within a day, between the same armed
    sides, two violent readings are one event. A town is too large for that: two strikes of
    different kinds on one city the same day are often two events."""
    if gap > 1 or not {ext.event_type, inc.event_type} <= VIOLENT_EVENT_TYPES:
        return False
    if shared < 1 and not (
        # (a report that names no armed side at all shares none, and denies none: "Rann camp
        # toll rises to 90" beside "air force jet bombs Rann camp", on the day itself, both
        # strikes from afar)
        gap == 0 and ext.place_id is not None and ext.place_id == inc.place_id
        and not (_armed(ext.actors, gazetteer) and _armed(inc.actors, gazetteer))
        and _remote_readings(ext, inc)
    ):
        return False
    if ext.place_id is not None and ext.place_id == inc.place_id and ext.place_id.startswith("s:"):
        return True
    if gap == 0 and ext.place_id is not None and ext.place_id == inc.place_id and (
        # "Russian attack on Kyiv" / "missile and drone barrage on Kyiv", "bombs" / "shelling":
        # one night's strikes on a city, told by their weapon or not at all
        _remote_readings(ext, inc)
        # a bomb that opens an assault ("suicide car bomb, then gunmen stormed the hotel"):
        # one outlet tells the blast, another the siege
        or _complex(ext, inc)
    ):
        return True
    if _foreign_civilians(ext) & _foreign_civilians(inc):
        # the same foreigners hit by the same side within a day: one ship's crew, one
        # convoy's workers, whichever weapon each outlet names ("a Houthi missile hits a
        # ship, Filipino crew hurt" / "Houthi drone strikes vessel off Hodeidah")
        return True
    return bool(
        ext.place and inc.place and _same_place_name(ext.place, inc.place)
        and _unlisted(ext.place, ext.place_id, gazetteer)
        and _unlisted(inc.place, inc.place_id, gazetteer)
    )


def _foreign_civilians(x: Extraction | Incident) -> set[str]:
    """The civilians of other countries than the incident's among a report's actors."""
    own = f"civilians-{(x.country or '').lower()}"
    return {a for a in x.actors if a.startswith("civilians-") and a != own}


def _complex(ext: Extraction, inc: Incident) -> bool:
    """One report tells a ground explosion (a bomb, a suicide bomber), the other a battle or
    an attack on civilians."""
    kinds = {x.event_type for x in (ext, inc)}
    ground = [
        x for x in (ext, inc)
        if x.event_type == "Explosions/Remote violence"
        and _FAMILY.get(x.sub_event_type or "") == "ground"
    ]
    return len(ground) == 1 and bool(kinds & _HAND_TO_HAND)


def _remote_readings(ext: Extraction, inc: Incident) -> bool:
    """One remote violence by air or fire and the other an "attack", or both remote and the
    later toll no lower (guided bombs killing 12 and then a missile killing 2 are two
    strikes; 15 dead and then 28 is the toll rising)."""
    kinds = {
        (x.event_type, _FAMILY.get(x.sub_event_type or "")) for x in (ext, inc)
    }
    remote = {("Explosions/Remote violence", "air"), ("Explosions/Remote violence", "fire")}
    if not kinds & remote or not kinds <= remote | {("Violence against civilians", None)}:
        return False
    return (
        not kinds <= remote or ext.fatalities is None or inc.fatalities is None
        or ext.fatalities >= inc.fatalities  # the toll has risen since
    )


def _unlisted(name: str, place_id: str | None, gazetteer: Gazetteer) -> bool:
    """A village the gazetteer lacks, named by the report and placed at a town or province."""
    anchor = gazetteer.place(place_id) if place_id else None
    return anchor is not None and not anchor.bears(name)


def _toll_updated(a: int | None, b: int | None) -> bool:
    """Two tolls one dead apart: one toll updated ("one contractor killed", then "two")."""
    return a is not None and b is not None and min(a, b) >= 1 and abs(a - b) <= 1


def _same_toll(a: int | None, b: int | None) -> bool:
    """Outlets may name different weapons for one strike ("missile" / "drone"); the same
    death toll then still tells it is one strike."""
    if a is None or b is None or min(a, b) < 1:
        return False
    return max(a, b) <= 1.5 * min(a, b)


#: How far apart two reports naming the same village may have placed it.
_NAMED_KM = 150.0
#: How far from a wide region's centre (a valley, a desert, "Waziristan") a town of it may lie.
_AREA_KM = 150.0


def _same_place_name(a: str, b: str) -> bool:
    fa, fb = _spelling_key(a), _spelling_key(b)
    return fa == fb or (min(len(fa), len(fb)) >= 5 and fuzz.ratio(fa, fb) >= 88)


#: French transliterations of Slavic and Arabic names and their English forms: « Lioubetchane »
#: is Lyubechane, « Koupiansk » Kupiansk, « Tarqoumiya » Tarqumiya. (No library maps one
#: romanisation onto another; these few letter groups cover the news's French spellings.)
_FRENCH_SPELLING = re.compile(r"tch|iou|ou|dj|ï")
_ENGLISH_SPELLING = {"tch": "ch", "iou": "yu", "ou": "u", "dj": "j", "ï": "i"}
#: ... and the sounds both write differently: French "ch" is English "sh" (« Hoch », Hawsh;
#: « Chebaa », Shebaa), and the Arabic article is "el-" or "al-" (both keys take "sh", "al").
_SH_SOUND = re.compile(r"s?ch|sh")
_ARABIC_ARTICLE = re.compile(r"\b[ae]l[- ]")


@lru_cache(maxsize=8192)
def _spelling_key(name: str) -> str:
    """A place name's key with its French transliteration undone."""
    english = _FRENCH_SPELLING.sub(lambda m: _ENGLISH_SPELLING[m.group()], name.lower())
    return fold_key(_ARABIC_ARTICLE.sub("al ", _SH_SOUND.sub("sh", english)))


def _place_distance(ext: Extraction, inc: Incident, gazetteer: Gazetteer) -> float | None:
    """0 for the same place, a distance in km when near, None when not the same place."""
    # (Jerusalem's neighbourhoods beyond the 1967 line are Israel's in one gazetteer entry and
    # Palestine's in another: "Jerusalem" / "Neve Yaakov")
    if ext.country and inc.country and ext.country != inc.country and (
        {ext.country, inc.country} != _ONE_CITY_TWO_STATES
    ):
        return None
    if ext.place_id and inc.place_id:
        if ext.place_id == inc.place_id:
            if (
                ext.place and inc.place and not _same_place_name(ext.place, inc.place)
                and _unlisted(ext.place, ext.place_id, gazetteer)
                and _unlisted(inc.place, inc.place_id, gazetteer)
            ):
                # two villages the gazetteer lacks, both placed at the province or town they
                # lie in ("Mai Tsebri", "Dedebit" in Tigray): near, not one place
                return NEAR_KM
            return 0.0
        if inc.place_id in gazetteer.place_ancestors(ext.place_id) or (
            ext.place_id in gazetteer.place_ancestors(inc.place_id)
        ):
            return 1.0
    if ext.place and inc.place and _same_place_name(ext.place, inc.place) and (
        None in (ext.lat, ext.lon, inc.lat, inc.lon)
        or haversine_km(ext.lat or 0.0, ext.lon or 0.0, inc.lat or 0.0, inc.lon or 0.0)
        <= _NAMED_KM
        # (a village the gazetteer lacks in both, placed at whatever town each report names:
        # "Nassoumbou" at the capital of a dateline and at its province)
        or (
            ext.country == inc.country
            and _unlisted(ext.place, ext.place_id, gazetteer)
            and _unlisted(inc.place, inc.place_id, gazetteer)
        )
    ):
        # one village spelt two ways ("Bulo Marer", "Boulo Marer"), that the gazetteer lacks
        # and so places at different towns or provinces nearby
        return 1.0
    if None not in (ext.lat, ext.lon, inc.lat, inc.lon):
        assert ext.lat is not None and ext.lon is not None
        assert inc.lat is not None and inc.lon is not None
        if _other_province(ext, inc, gazetteer):
            return None
        km = haversine_km(ext.lat, ext.lon, inc.lat, inc.lon)
        if km <= NEAR_KM:
            return max(km, 1.0)
        if km <= _AREA_KM and all(" off " in (x.place or "") for x in (ext, inc)):
            # a ship hit at sea, placed off the nearest port each report names ("Red Sea off
            # Hodeidah", "Red Sea off Salif"): one stretch of sea
            return NEAR_KM
        if km <= _AREA_KM and any(
            (p := gazetteer.place(pid)) is not None and p.is_area
            for pid in (ext.place_id, inc.place_id) if pid
        ):
            # one report names the region ("Waziristan"), the other the town in it ("Mir Ali")
            return NEAR_KM
        # two precise places far apart are two places, whatever the country says
        return None
    if ext.country and ext.country == inc.country:
        return NEAR_KM  # only the country is known on one side
    return None


def _other_province(ext: Extraction, inc: Incident, gazetteer: Gazetteer) -> bool:
    """One report places the event in a province only, the other in a town of another province
    ("the Bekaa" and Beirut's southern suburbs): two places, however near their centres (unless
    both tell one toll: a village near a provincial border is placed on either side of it)."""
    if not ext.admin1 or not inc.admin1 or ext.admin1 == inc.admin1:
        return False
    if ext.fatalities is not None and ext.fatalities == inc.fatalities:
        return False
    return any(
        pid is not None and (p := gazetteer.place(pid)) is not None and p.level == "admin1"
        for pid in (ext.place_id, inc.place_id)
    )


def _armed(actors: Sequence[str], gazetteer: Gazetteer) -> set[str]:
    out: set[str] = set()
    for actor_id in actors:
        if actor_id.startswith(
            (*VICTIMS, "protesters-", "rioters-", UNIDENTIFIED_GROUP)
        ):
            continue  # unidentified attackers may be anyone another report names
        out.update(gazetteer.actor_ancestors(actor_id) or (actor_id,))
    return out


def _actors_compatible(
    ext: Extraction, inc: Incident, gazetteer: Gazetteer, gap: int = 0
) -> int | None:
    a = _armed(ext.actors, gazetteer)
    b = _armed(inc.actors, gazetteer)
    if not a or not b:
        return 0
    # (on one day only: a crackdown by the police one day and by the Guards the next are two)
    shared = len(a & b) or (len(_one_state(a) & _one_state(b)) if gap == 0 else 0)
    if shared:
        return shared
    # the country's own forces named on one side only are whom an armed group hit or who
    # answered, not another culprit: "TTP bomber strikes mosque" / "five killed in blast at
    # police mosque" (but against another state's forces they are the other side: "Russian
    # strike on Kharkiv" / "Ukrainian strike")
    home = _home_forces(ext, inc)
    for one, other in ((a, b), (b, a)):
        if home and _only_forces_of(one, home) and not any(
            _is_state(x, gazetteer) for x in other
        ):
            return 0
    if home and _only_forces_of(a, home) and _only_forces_of(b, home):
        # the country's police in one report, its army in the other: one side, the state's
        # ("policeman killed in Modergam gunfight" / "para commando among five dead")
        return 0
    return None


def _one_state(actors: set[str]) -> set[str]:
    """The actors, a state's police counted as its forces ("-police"): one side, the state's
    ("army kills Hizbul commander" / "policeman hurt in the gunfight")."""
    return {a.removesuffix("-police") for a in actors}


def _home_forces(ext: Extraction, inc: Incident) -> set[str]:
    """The armed forces of the countries the two reports place the event in."""
    return {f"military-forces-{c.lower()}" for c in (ext.country, inc.country) if c}


def _of_countries(actor_id: str, countries: set[str | None], gazetteer: Gazetteer) -> bool:
    """Whether an actor belongs to these countries only."""
    actor = gazetteer.actor(actor_id)
    return actor is not None and bool(actor.countries) and set(actor.countries) <= countries


def _is_state(actor_id: str, gazetteer: Gazetteer) -> bool:
    actor = gazetteer.actor(actor_id)
    return actor is not None and actor.is_state


def _only_forces_of(actors: set[str], forces: set[str]) -> bool:
    """Whether every actor is one of these state forces or a branch of them ("-police")."""
    return all(x in forces or x.rsplit("-", 1)[0] in forces for x in actors)


def _tolls_compatible(ext: Extraction, inc: Incident) -> bool:
    a, b = ext.fatalities, inc.fatalities
    if a is None or b is None:
        return True
    return not ((a == 0 and b >= _DEADLY) or (b == 0 and a >= _DEADLY))


def _same_spot_same_day(
    ext: Extraction, inc: Incident, distance: float, gap: int, gazetteer: Gazetteer
) -> bool:
    """One town or site (not a province), at most a day apart, compatible kinds of event
    and, when both give one, a toll of the same order."""
    if distance > 1.0 or gap > 1 or not _event_compatible(ext, inc) or not ext.place_id:
        return False
    home = _home_forces(ext, inc)
    # (one kind of strike from afar with one exact toll is one strike, whichever state a
    # report blames or names as the target's patron: "Turkish drone kills two journalists at
    # Tishrin dam" / "two reporters killed near the dam held by Syrian factions")
    one_strike = (
        ext.sub_event_type == inc.sub_event_type
        and _FAMILY.get(ext.sub_event_type or "") in ("air", "fire")
        and ext.fatalities is not None and ext.fatalities == inc.fatalities
    )
    for actor_id in () if one_strike else _armed(ext.actors, gazetteer) ^ _armed(
        inc.actors, gazetteer
    ):
        if _is_state(actor_id, gazetteer) and not _only_forces_of({actor_id}, home) and not (
            _of_countries(actor_id, {ext.country, inc.country}, gazetteer)
        ):
            # "Russian strike" against "Ukrainian strike": two stories (but the country's own
            # forces, hit or answering, are named by one report and not the other, its
            # regional states' among them: Puntland's forces in Bosaso)
            return False
    place = gazetteer.place(ext.place_id)
    if place is None or place.level not in ("city", "site"):
        return False
    a, b = ext.fatalities, inc.fatalities
    return a is None or b is None or _same_toll(a, b) or a == b == 0 or _toll_updated(a, b)


def _same_wounded(ext: Extraction, inc: Incident) -> bool:
    """Both reports count the same wounded, several of them: one event, whichever of its dead
    each counts (one side's, or all) and wherever each places it (the camp, or its town)."""
    return ext.injured is not None and ext.injured >= 2 and ext.injured == inc.injured


def _one_count_two_readings(ext: Extraction, inc: Incident) -> bool:
    """One count of the wounded read as a riot by one outlet and as a clash by another
    ("54 police officers wounded" in Nouméa, told the night it began and the next day):
    events of different types, both violent or of crowds, with no two death tolls."""
    return (
        ext.event_type != inc.event_type and _same_wounded(ext, inc)
        and {ext.event_type, inc.event_type} <= VIOLENT_EVENT_TYPES | _CROWD_EVENTS
        # (no two death tolls: "23 killed in the attack on Kharkiv" the next night is another)
        and (ext.fatalities is None or inc.fatalities is None
             or ext.fatalities == inc.fatalities)
    )


def _two_towns_two_tolls(ext: Extraction, inc: Incident, gazetteer: Gazetteer) -> bool:
    """Two towns or villages a few kilometres apart, each with its own death toll: two strikes
    of one day, not one strike placed twice."""
    if _same_wounded(ext, inc):
        return False
    a, b = ext.fatalities, inc.fatalities
    # (one more dead is a toll updated where both towns are the gazetteer's: a bomb placed at
    # Pattani, one dead, and at Nong Chik next to it, two; two villages it lacks are two
    # places, whose tolls tell nothing)
    if a is not None and b is not None and min(a, b) >= 1 and not _same_toll(a, b) and (
        not _toll_updated(a, b) or any(
            x.place is not None and _unlisted(x.place, x.place_id, gazetteer) for x in (ext, inc)
        )
    ):
        return _two_named_towns(ext, inc, gazetteer)
    # one told unharmed, the other with its wounded: a refinery hit with no casualties, and a
    # dormitory 20 km away with 12 hurt
    unharmed = [x.fatalities == 0 and x.injured == 0 for x in (ext, inc)]
    harmed = [bool(x.fatalities) or bool(x.injured) for x in (ext, inc)]
    if (unharmed[0] and harmed[1]) or (unharmed[1] and harmed[0]):
        return _two_named_towns(ext, inc, gazetteer)
    if all(unharmed) and _other_groups(ext, inc, gazetteer):
        # both unharmed, each strike on another group's men: Hezbollah's drone workshop in
        # Beirut's suburbs and a Palestinian faction's base in the Bekaa the same night
        return _two_named_towns(ext, inc, gazetteer)
    return False


def _other_groups(ext: Extraction, inc: Incident, gazetteer: Gazetteer) -> bool:
    """Whether each report names a non-state armed group, and no family is shared."""
    groups = [frozenset().union(*(gazetteer.group_family(a) for a in x.actors))
              for x in (ext, inc)]
    return all(groups) and not groups[0] & groups[1]


#: Ground that changes hands: each town or village taken is an event of its own.
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def _two_grounds_taken(ext: Extraction, inc: Incident, gazetteer: Gazetteer) -> bool:
    """Two towns or villages a few kilometres apart, each taken or retaken: two advances, not
    one placed twice (on other days: two towns taken the same day are one offensive, told by
    one outlet at the town and by another at its neighbour, as Rutshuru and Kiwanja)."""
    if ext.sub_event_type not in _TERRITORY or inc.sub_event_type not in _TERRITORY:
        return False
    return _two_named_towns(ext, inc, gazetteer)


def _village_of_the_town(ext: Extraction, inc: Incident, gazetteer: Gazetteer) -> bool:
    """Strikes from afar on two named places, one a village the gazetteer lacks placed at
    the other town: two places, though placed at one point."""
    if not _both_from_afar(ext, inc) or ext.place_id != inc.place_id:
        return False
    town = gazetteer.place(ext.place_id) if ext.place_id else None
    if town is None or town.level != "city" or ext.fatalities == inc.fatalities:
        return False  # (a district's village, or one toll: one strike told two ways)
    return _two_named_towns(ext, inc, gazetteer) and any(
        x.place is not None and _unlisted(x.place, x.place_id, gazetteer) for x in (ext, inc)
    )


def _two_provinces_two_towns(ext: Extraction, inc: Incident, gazetteer: Gazetteer) -> bool:
    """Two named towns or villages of two provinces, without one toll (on two days, two events:
    a village near a provincial border, or a town misspelt and placed at a namesake, tells the
    same dead: "Tomboctou" in Mopti, a day off, and Timbuktu, 14 dead each)."""
    if ext.fatalities is not None and ext.fatalities == inc.fatalities:
        return False
    return bool(ext.admin1 and inc.admin1 and ext.admin1 != inc.admin1) and _two_named_towns(
        ext, inc, gazetteer
    )


def _two_named_towns(ext: Extraction, inc: Incident, gazetteer: Gazetteer) -> bool:
    """Whether the two reports name two towns or villages, not one spelt two ways."""
    if not ext.place or not inc.place or _same_place_name(ext.place, inc.place):
        return False
    if _same_consonants(ext.place, inc.place):
        return False  # (a village's Arabic name written with other vowels: Esseylel, Assaylal)
    if _spot_of_the_town(ext, inc, gazetteer) or _spot_of_the_town(inc, ext, gazetteer):
        return False  # "Port of Gwadar" / Gwadar: a spot of the town, not another town
    return all(_town_or_village(x.place, x.place_id, gazetteer) for x in (ext, inc))


#: How close to a town a port, a base or a hotel lies to be one of its spots.
_SPOT_KM = 10.0


def _spot_of_the_town(
    spot: Extraction | Incident, town: Extraction | Incident, gazetteer: Gazetteer
) -> bool:
    """Whether one report's place is a spot (a port, a base, an airport, not a settlement) a
    few kilometres from the town the other names."""
    site = gazetteer.place(spot.place_id) if spot.place_id else None
    city = gazetteer.place(town.place_id) if town.place_id else None
    return (
        site is not None and city is not None and site.level == "site" and not site.is_area
        and site.site_type not in _SETTLEMENT_TYPES and city.level == "city"
        and (km := km_apart(site, city)) is not None and km <= _SPOT_KM
    )


#: Sites that are settlements of their own, not spots of a town.
_SETTLEMENT_TYPES = frozenset({"town", "village", "kibbutz", "camp", "neighbourhood"})


#: Vowels, and the letters transliterations put for them.
_VOWELS = re.compile(r"[aeiouwy]")


def _same_consonants(a: str, b: str) -> bool:
    """Whether two names share their consonants, four at least, in order: one name transliterated
    with other vowels ("Esseylel" and "Assaylal", "Abu Hujar" and "Abou Houjar")."""
    ca, cb = (_VOWELS.sub("", _spelling_key(x).replace(" ", "")) for x in (a, b))
    return len(ca) >= 4 and ca == cb


def _town_or_village(name: str | None, place_id: str | None, gazetteer: Gazetteer) -> bool:
    place = gazetteer.place(place_id) if place_id else None
    if place is None:
        return False
    if place.level == "city" or (place.level == "site" and not place.is_area):
        return True
    return name is not None and _unlisted(name, place_id, gazetteer)


def _toll_fallen(ext: Extraction, inc: Incident) -> bool:
    """A later strike's toll far below the one already known: another strike (tolls are
    revised up, seldom to a quarter; a battle's later report may count one side only)."""
    a, b = ext.fatalities, inc.fatalities
    return (
        a is not None and b is not None and b >= 5 and 4 * a < b
        and ext.event_type == inc.event_type == "Explosions/Remote violence"
        and not _same_wounded(ext, inc)
    )


def _both_from_afar(ext: Extraction, inc: Incident) -> bool:
    """Whether both reports tell a strike from afar (from the air, or by shells and missiles)."""
    return all(
        _FAMILY.get(x.sub_event_type or "") in ("air", "fire") for x in (ext, inc)
    )


def _another_days_strike(ext: Extraction, inc: Incident, gap: int) -> bool:
    """Strikes from afar days apart, the later toll lower, or no higher by other weapons: a
    city struck again (one strike told later has a risen toll, or the same toll and weapon)."""
    if gap < 2 or not _both_from_afar(ext, inc):
        return False
    a, b = _FAMILY.get(ext.sub_event_type or ""), _FAMILY.get(inc.sub_event_type or "")
    if ext.fatalities is None or inc.fatalities is None:
        return False
    return ext.fatalities < inc.fatalities or (a != b and ext.fatalities == inc.fatalities)


def _next_days_lesser_strike(ext: Extraction, inc: Incident) -> bool:
    """A strike from afar on a later day than the stored one, with a toll told in full (dead
    and hurt) and lower on one count and higher on none: another strike (a strike told again
    the next day has its toll risen or the same)."""
    if not _both_from_afar(ext, inc):
        return False
    if ext.incident_date is None or ext.incident_date <= inc.incident_date:
        return False
    if None in (ext.fatalities, inc.fatalities, ext.injured, inc.injured):
        return False
    pairs = [(x or 0, y or 0) for x, y in ((ext.fatalities, inc.fatalities),
                                          (ext.injured, inc.injured))]
    return all(x <= y for x, y in pairs) and any(x < y for x, y in pairs)


def _other_toll(ext: Extraction, inc: Incident) -> bool:
    """Both tell a toll, and not the same one."""
    return any(
        a is not None and b is not None and a != b
        for a, b in ((ext.fatalities, inc.fatalities), (ext.injured, inc.injured))
    )


#: The distance given two reports of one toll in one province that name towns far apart.
_PROVINCE_KM = 100.0
#: Below this many dead, two same-day events of one province may well have the same toll.
_PROVINCE_TOLL = 3


def _one_province_one_toll(ext: Extraction, inc: Incident, gap: int) -> bool:
    """One province, the same day or the next, one kind of event and one deadly toll (within
    two dead, or a fifth of a large toll: 17, then 21): outlets that place it at towns far
    apart ("near Odesa" / Serhiivka, a district town / its village the gazetteer places
    elsewhere) tell one event."""
    if gap > 1 or not ext.admin1 or ext.admin1 != inc.admin1 or ext.country != inc.country:
        return False
    if ext.event_type != inc.event_type:
        return False
    a, b = ext.fatalities, inc.fatalities
    return a is not None and b is not None and min(a, b) >= _PROVINCE_TOLL and (
        _same_toll(a, b) and abs(a - b) <= max(2, max(a, b) // 5)
    )


#: The distance given two reports of one country that tell the same large toll by the same
#: sides, a day apart at most, and place it in towns far apart.
_COUNTRY_KM = 200.0
#: From this many dead, one exact toll told of the same sides is one event.
_COUNTRY_TOLL = 5


def _one_country_one_toll(
    ext: Extraction, inc: Incident, gap: int, gazetteer: Gazetteer
) -> bool:
    """One country, the same day or the next, one kind of event, the same named sides and the
    same toll of five dead or more, where one report names a village the gazetteer lacks or a
    province only: outlets that place it far apart ("Tombouctou" placed at another town,
    Artibonite and its Liancourt) tell one event. (Two towns the gazetteer knows, far apart,
    are two strikes: Kharkiv and Odesa on one day.)"""
    if gap > 1 or not ext.country or ext.country != inc.country:
        return False
    if not any(
        (x.place is not None and _unlisted(x.place, x.place_id, gazetteer))
        or _level(x.place_id) <= 1
        for x in (ext, inc)
    ):
        return False
    if ext.event_type != inc.event_type or ext.sub_event_type != inc.sub_event_type:
        # (shells on a village near Vinnytsia and an air strike on Sumy the next day, nine
        # dead each: two strikes)
        return False
    if ext.fatalities is None or ext.fatalities < _COUNTRY_TOLL or (
        ext.fatalities != inc.fatalities
    ):
        return False
    named = _named_sides(ext.actors)
    return bool(named) and named == _named_sides(inc.actors)


def _named_sides(actors: Sequence[str]) -> set[str]:
    """The sides a report names: its actors but the civilians, the prisoners and the unnamed
    gunmen."""
    return {a for a in actors if not a.startswith((*VICTIMS, "unidentified-"))}


def _told_apart(
    ext: Extraction, inc: Incident, distance: float, gap: int, gazetteer: Gazetteer
) -> bool:
    """Whether the tolls tell two events at one place and time apart."""
    if not _tolls_compatible(ext, inc):
        return True
    if distance > 1.0 and _two_towns_two_tolls(ext, inc, gazetteer):
        return True  # "a woman and two children killed in Sawaneh", "seven killed in Nabatieh"
    if distance > 1.0 and gap >= 1 and _two_grounds_taken(ext, inc, gazetteer):
        return True  # Andriivka retaken, and three days later Klishchiivka next to it
    if _toll_fallen(ext, inc):
        return True  # "shelling hits Kherson supermarket, 12 dead", then "rail station, one"
    if _another_days_strike(ext, inc, gap):
        return True  # a missile on a Kharkiv printing house, two days later glide bombs
    if _next_days_lesser_strike(ext, inc):
        return True  # drones on Semenivka's hospital, one hurt; the next day on its train, none
    if gap >= 1 and _village_of_the_town(ext, inc, gazetteer):
        return True  # shells on Kostiantynivka, and the next day on Viroliubivka of its area
    if gap >= 1 and distance > 1.0 and _two_provinces_two_towns(ext, inc, gazetteer):
        return True  # a bombing at Lafoole near the capital, and the next day one at Balad
    # "nouvelle frappe sur Kharkiv, un mort" after the night's three dead; "second Jerusalem
    # shooting in 24 hours", the day after the first
    return ext.fresh and (gap >= 1 or _other_toll(ext, inc))


def find_duplicate(
    extraction: Extraction,
    *,
    published: datetime,
    candidates: Sequence[Incident],
    gazetteer: Gazetteer,
) -> Incident | None:
    """The stored incident this extraction reports again, if any.

    Args:
        extraction: a new report's extraction (an incident, or a follow-up of one).
        published: the report's publication time (date fallback).
        candidates: incidents offered by storage for ``dedup_keys(extraction)``.
        gazetteer: for place and actor hierarchies.

    Returns:
        The best matching incident, or None for a new incident.
    """
    if not (extraction.is_incident or extraction.follow_up) or not extraction.event_type:
        return None
    day: date = extraction.incident_date or published.date()
    best: tuple[tuple[float, int, int, bool, int, float], Incident] | None = None
    for inc in candidates:
        gap = abs((inc.incident_date - day).days)
        if gap > window_days(extraction):
            continue
        if extraction.after_place and inc.place and _same_place_name(
            extraction.after_place, inc.place
        ):
            continue  # "a day after the deadly rampage in al-Mughayyir": that one is another
        distance = _place_distance(extraction, inc, gazetteer)
        if distance is None and _one_province_one_toll(extraction, inc, gap):
            distance = _PROVINCE_KM
        if distance is None and _one_country_one_toll(extraction, inc, gap, gazetteer):
            distance = _COUNTRY_KM
        if distance is None:
            continue
        if gap > WINDOW_DAYS and not (
            distance <= _LASTING_KM and extraction.sub_event_type == inc.sub_event_type
            and (extraction.sub_event_type in _LASTING or inc.incident_date < day)
        ):
            continue  # (a lasting event told days apart, or later with no day: one town, one kind)
        shared = _actors_compatible(extraction, inc, gazetteer, gap)
        if shared is None and extraction.follow_up:
            shared = 0  # a reaction names who speaks, not who fought
        elif shared is None and _same_spot_same_day(extraction, inc, distance, gap, gazetteer):
            # outlets name different culprits ("Boko Haram" / "ISWAP", "JNIM" / "jihadists of
            # the Islamic State") for one attack on one town on one day
            shared = 0
        if shared is None:
            continue
        # (an analysis's figures may be the war's or the month's: they tell nothing apart)
        if not extraction.follow_up and _told_apart(extraction, inc, distance, gap, gazetteer):
            continue
        if not _event_compatible(extraction, inc) and not _one_spot(
            extraction, inc, gap, shared, gazetteer
        ) and not (gap <= 1 and _one_count_two_readings(extraction, inc)):
            continue
        same_sub = int(extraction.sub_event_type == inc.sub_event_type)
        apart = _toll_apart(extraction, inc)
        # (tolls far apart outweigh the kind of event, which outlets read differently: a
        # bombing told as a roadside bomb first and as a suicide attack after)
        rank = (distance, gap, -shared, apart > _TOLLS_FAR, -same_sub, apart)
        if best is None or rank < best[0]:
            best = (rank, inc)
    return best[1] if best else None


#: Tolls this many times apart (plus one) tell two events more surely than their kinds.
_TOLLS_FAR = 5.0


def _toll_apart(ext: Extraction, inc: Incident) -> float:
    """How far apart two tolls are, as the ratio of the larger to the smaller (1.0 the same;
    unknown on either side: between): two attacks in one city on one day are told apart by
    their tolls ("35 morts" is the bombing that killed 24 before, not the siege that killed
    one)."""
    if ext.fatalities is None or inc.fatalities is None:
        return 2.0
    low, high = sorted((ext.fatalities, inc.fatalities))
    return (high + 1) / (low + 1)


def _max_known(values: Sequence[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return max(known) if known else None


def _united_actors(incident: Incident, extraction: Extraction) -> tuple[str, ...]:
    """Both reports' actors; "gunmen" are no longer unidentified once a group claims it."""
    actors = tuple(dict.fromkeys((*incident.actors, *extraction.actors)))
    if incident.claimed_by or extraction.claimed_by:
        actors = tuple(a for a in actors if not a.startswith(UNIDENTIFIED_GROUP))
    return actors


def merge(incident: Incident, extraction: Extraction, report: Report) -> Incident:
    """Fold one more report into an incident.

    Casualties are the highest figure any report gave (tolls rise as bodies are found; reports
    are never added up), the status moves up reported < unconfirmed < claimed < denied <
    confirmed, the most precise place is kept, actors are united.

    Args:
        incident: the stored incident.
        extraction: the new report's extraction.
        report: the new report.

    Returns:
        The updated incident (a new object).
    """
    reports = incident.reports
    if extraction.follow_up:
        # an analysis or an aftermath is one more source, not one more reading of the facts
        # (its figures may be the war's or the month's)
        if any(r.url == report.url for r in reports):
            return incident
        quiet = report.model_copy(update={"fatalities": None, "injured": None, "status": None})
        return incident.model_copy(update={
            "reports": (*reports, quiet),
            "updated_at": max(incident.updated_at, report.published),
        })
    if all(r.url != report.url for r in reports):
        reports = (*reports, report)
    fatalities = _max_known([incident.fatalities, extraction.fatalities,
                             *(r.fatalities for r in reports)])
    injured = _max_known([incident.injured, extraction.injured, *(r.injured for r in reports)])
    status = incident.status
    if extraction.status and _STATUS_RANK[extraction.status] > _STATUS_RANK[status]:
        status = extraction.status
    update: dict[str, object] = {
        "reports": reports,
        "fatalities": fatalities,
        "injured": injured,
        "status": status,
        "actors": _united_actors(incident, extraction),
        "claimed_by": incident.claimed_by or extraction.claimed_by,
        "updated_at": max(incident.updated_at, report.published),
        "sub_event_type": incident.sub_event_type or extraction.sub_event_type,
    }
    if extraction.incident_date and extraction.incident_date < incident.incident_date:
        update["incident_date"] = extraction.incident_date
    if _more_precise(extraction, incident):
        update.update(
            place_id=extraction.place_id,
            place=extraction.place,
            admin1=extraction.admin1 or incident.admin1,
            country=extraction.country or incident.country,
            lat=extraction.lat,
            lon=extraction.lon,
        )
    return incident.model_copy(update=update)


def _level(place_id: str | None) -> int:
    if not place_id:
        return -1
    prefix = place_id.split(":", 1)[0]
    return {"c": 0, "a": 1, "g": 2, "s": 3}.get(prefix, -1)


def _more_precise(extraction: Extraction, incident: Incident) -> bool:
    if extraction.country and incident.country and extraction.country != incident.country:
        return False
    return _level(extraction.place_id) > _level(incident.place_id)


def incident_from(
    extraction: Extraction, report: Report, *, key: str, now: datetime
) -> Incident:
    """A new incident from its first report.

    Args:
        extraction: the report's extraction (``is_incident`` true).
        report: the report.
        key: a stable unique key chosen by the caller.
        now: creation time (UTC).

    Returns:
        The incident, not yet stored (``id`` None).
    """
    return Incident(
        key=key,
        event_type=extraction.event_type or "Violence against civilians",
        sub_event_type=extraction.sub_event_type,
        place_id=extraction.place_id,
        place=extraction.place,
        admin1=extraction.admin1,
        country=extraction.country,
        lat=extraction.lat,
        lon=extraction.lon,
        actors=extraction.actors,
        claimed_by=extraction.claimed_by,
        status=extraction.status or Status.REPORTED,
        fatalities=extraction.fatalities,
        injured=extraction.injured,
        incident_date=extraction.incident_date or report.published.date(),
        first_seen=now,
        updated_at=now,
        reports=(report,),
    )
