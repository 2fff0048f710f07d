"""Article -> incident fields, with EN/FR rules, lexicons and the gazetteer.

The text is cut into weighted sentences: headline and lead weigh most, later paragraphs less,
background sentences (earlier attacks, the war's toll, history) almost nothing. Every field is
then read from those sentences:

* ``is_incident``: violence cues against cues of talks, verdicts, anniversaries, economy, sport.
* event type: weighted cues per ACLED sub-event type (remote weapons, territory, clashes, attacks
  on civilians...), then a target rule (armed opponents -> battle, civilians -> violence against
  civilians).
* place: gazetteer mentions vote for a country; within it the most precise well-supported place
  wins. Datelines and governments speaking ("Washington said") are not locations.
* actors: gazetteer mentions of the lead or of the claim, nationality + force nouns ("Russian
  missile", "frappe israélienne"), implied state forces and civilians; umbrellas give way to
  their members.
* status: a claim establishes the perpetrator only when the reporting itself does not; official
  attribution confirms; a denial by the accused or the authorities wins.
* casualties and date: see ``_numbers`` and ``_dates``.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Literal, Protocol

from rapidfuzz import fuzz

from bot.domain import _lexicon as lx
from bot.domain._alternation import lower_same_length, lowered
from bot.domain._dates import date_mentions, incident_date, is_calendar_word, old_event_date
from bot.domain._geofold import fold_key
from bot.domain._numbers import KIN, Casualties, casualties, find_numbers, nil_toll
from bot.domain.matching import km_apart
from bot.domain.models import (
    PLACE_LEVEL_RANK,
    UNIDENTIFIED_GROUP,
    VICTIMS,
    VIOLENT_EVENT_TYPES,
    Actor,
    Article,
    Candidate,
    Extraction,
    Mention,
    Place,
    Status,
)
from bot.domain.textclean import clean_text, detect_language, paragraphs

__all__ = ["Gazetteer", "clean_text", "detect_language", "extract"]

logger = logging.getLogger(__name__)


class Gazetteer(Protocol):
    """What extraction needs of the gazetteer (``bot.domain.gazetteer.Gazetteer``)."""

    def scan(self, text: str) -> list[Mention]: ...

    def place(self, place_id: str) -> Place | None: ...

    def actor(self, actor_id: str) -> Actor | None: ...

    def actor_ancestors(self, actor_id: str) -> tuple[str, ...]: ...

    def group_family(self, actor_id: str) -> frozenset[str]: ...

    def place_ancestors(self, place_id: str) -> tuple[str, ...]: ...

    def admin1_of(self, place_id: str) -> str | None: ...

    def region_of_division(self, place_id: str) -> str | None: ...

    def demonym_country(self, word: str) -> str | None: ...

    def country_word(self, name: str) -> str | None: ...

    def is_common_word(self, word: str) -> bool: ...

    def named(self, name: str) -> list[str]: ...

    def capital(self, country: str) -> str | None: ...

    def at_war(self, place_id: str) -> bool: ...

    def resolve(
        self, query: str, *, kind: Literal["place", "actor"] | None = None, limit: int = 5,
        partial: bool = True,
    ) -> list[Candidate]: ...

    def actor_members(self, actor_id: str, country: str) -> list[str]: ...

    def insurgents(self, province_id: str) -> list[str]: ...

    def branch_in(self, actor_id: str, province_id: str) -> str | None: ...

    def __hash__(self) -> int: ...  # (per-text results are cached with the gazetteer)


#: Only this much of a body is read: stories put the facts first, and it bounds the cost.
_MAX_BODY_CHARS = 12_000
_MAX_PARAGRAPHS = 10

_CAPS_PLACE = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+){0,3}"
_TITLE_PLACE = r"[A-ZÀ-ÖØ-Þ][\w'’.]+(?:[\s-][A-ZÀ-ÖØ-Þ][\w'’.]+){0,2}"
_DATELINE = re.compile(
    r"^\s*(?:\((?:[^)]{2,40})\)\s*[—–-]?\s*"
    # "GAZA/JERUSALEM, Oct 31 —", "KYIV, April 5 (Wire EN) -"
    r"|(?:" + _CAPS_PLACE + r")(?:/" + _CAPS_PLACE + r")?"
    r"(?:\s*\([^)]{2,40}\))?(?:,\s*[^,—–\n]{2,40}?){0,2}\s+[—–-]{1,2}\s+"
    # "RAIPUR:" (Indian and Pakistani papers)
    r"|" + _CAPS_PLACE + r"(?:,\s*[^,:\n]{2,30})?:\s+"
    # "Port-Soudan, 26 mars —", "Lagos, 24 novembre 2018 -", "Kyiv (Reuters) -": the town in
    # title case, then a date or an agency, then the dash
    r"|" + _TITLE_PLACE + r"(?:\s*\([^)]{2,30}\))?,\s*(?:\d{1,2}(?:er)?\s+[a-zéû]{3,9}\.?"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?(?:\s*\([^)]{2,30}\))?\s+[—–-]{1,2}\s+"
    r"|" + _TITLE_PLACE + r"\s*\([A-Z][^)]{1,29}\)\s*[—–-]{1,2}\s+"
    # "N'Djamena — Des éléments ...": the town in title case alone, a dash, then a sentence
    r"|" + _TITLE_PLACE + r"\s+[—–]\s+(?=[A-ZÀ-Þ][a-zà-ÿ'’]))"
)
#: A stop, or a closing quotation mark (which ends a sentence only after a stop: see
#: ``_split_sentences``).
_SENTENCE_END = re.compile(r"(?<=[.!?…»”\"])\s+(?=[«“\"A-ZÀ-ÖØ-Þ0-9])")
_STOPS = frozenset(".!?…")
_ABBREV = re.compile(
    r"(?:\b[A-Z]\.|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Gen|Lt|Col|Maj|Sgt|"
    r"Mr|Mrs|Ms|Dr|St|Mt|No|Gov|Sen|Rep|Capt|Adm|Brig|Cpl|Pvt|vs|approx)\.)$"
)
_WORD = re.compile(r"[\w'’-]+")
_LEVEL_FACTOR = {"site": 1.35, "city": 1.0, "admin1": 0.55, "country": 0.0}
_WIDE_SITE_FACTOR = 0.5
#: Weapons that explosions are put down to (a suicide bomber or a chemical weapon is named as
#: such, not by the blast).
_BLAST_WEAPONS = (
    "Remote explosive/landmine/IED",
    "Grenade",
    "Shelling/artillery/missile attack",
    "Air/drone strike",
)
_REMOTE = (
    "Suicide bomb",
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
    "Chemical weapon",
)


@dataclass(slots=True)
class _Sentence:
    text: str
    weight: float
    zone: str  # "title" | "summary" | "lead" | "body"
    paragraph: int
    background: bool
    mentions: list[Mention] = field(default_factory=list)
    low: str = ""

    def __post_init__(self) -> None:
        self.low = lower_same_length(self.text)


def _split_sentences(paragraph: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(paragraph):
        head = paragraph[start : m.start()]
        if _ABBREV.search(head):
            continue
        if head[-1:] in ("»", "”", '"') and head[-2:-1] not in _STOPS and not (
            head[-2:-1] == " " and head[-3:-2] in _STOPS
        ):
            continue  # a word quoted mid-sentence: "de « neutraliser » 58 terroristes"
        out.append(head.strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


def _strip_dateline(paragraph: str) -> tuple[str, str]:
    m = _DATELINE.match(paragraph)
    if m and m.end() < len(paragraph) - 20:
        return paragraph[: m.end()], paragraph[m.end() :]
    return "", paragraph


def _paragraph_weight(index: int) -> float:
    return (2.0, 1.0, 0.6, 0.4)[index] if index < 4 else 0.25


#: The time a live blog's entry opens on: "14:51", « 14 h 30 ».
_ENTRY_CLOCK = r"^\s*\d{1,2}\s*[h:.]\s*\d{2}"
#: A live blog's timed entry: "06:30 — The IDF says", "11h05 : La Russie convoque".
_LIVE_ENTRY = re.compile(_ENTRY_CLOCK + r"(?:\s*(?:GMT|UTC|CET|HNE))?\s*[:—–-]\s")


#: A live blog entry's heading alone in its paragraph: a time, a zone, a few words and no
#: stop ("15:05 EAT - No let-up in North Darfur capital").
_ENTRY_HEADING = re.compile(
    _ENTRY_CLOCK + r"(?:\s*(?:[ap]\.?m\.?|[AP]M))?"
    r"(?:\s*(?:[A-Z]{2,5}|local(?: time)?|heure locale|[A-Z][a-z]+ time))?\s*[:—–-]\s+"
    r"(?:[^\s.!?;]+\s+){0,11}[^\s.!?;]+\s*$"
)


def _headline_entry_first(title: str, body_paragraphs: list[str]) -> list[str]:
    """A live blog whose first timed entry is other news: the entry that tells the headline's
    story ("three staff killed in strike on state broadcaster") is the lead."""
    if not title or not body_paragraphs or not _LIVE_ENTRY.match(body_paragraphs[0]):
        return body_paragraphs
    words = {w for w in _WORD.findall(title.lower()) if len(w) > 3}
    # (a headline listing its stories leads with the main one: "missiles hit Dnipro;
    # Zelensky condemns Vinnytsia strike")
    first = {w for w in _WORD.findall(title.split(";")[0].lower()) if len(w) > 3}

    def overlap(paragraph: str) -> int:
        found = {w for w in _WORD.findall(paragraph.lower()) if len(w) > 3}
        return len(words & found) + len(first & found)

    scores = {i: overlap(p) for i, p in enumerate(body_paragraphs) if _LIVE_ENTRY.match(p)}
    best = max(scores, key=lambda i: (scores[i], -i))
    if scores[best] <= scores[0]:
        return body_paragraphs
    out = list(body_paragraphs)
    out[0], out[best] = out[best], out[0]
    return out


#: A suicide bomber told as the one who set off the blast (on lower-cased text).
_BOMBER_SET_IT_OFF = re.compile(
    r"\b(?:kamikazes?|suicide bombers?)\b[^.;]{0,40}?\b(?:(?:avait|a|ont|avaient) fait "
    r"exploser|s['’]est fait exploser|detonated|blew (?:himself|herself|up)|drove|rammed|"
    r"(?:avait|a) (?:lancé|précipité|conduit))\b"
)


#: The French pluperfect of reported speech: "a admis lundi que 63 militaires avaient été
#: tués" tells this event, as "said 63 soldiers had been killed" does (on lower-cased text).
_REPORTED_PLUPERFECT = re.compile(
    r"\b(?:a|ont)\s+(?:[\w'’-]+\s+){0,2}?(?:admis|annoncé|indiqué|déclaré|affirmé|précisé|"
    r"confirmé|reconnu|rapporté|expliqué|assuré|fait savoir)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:que|qu['’])\s*[^.;]{0,80}?$|"
    # ... told with a participle: « a revendiqué l'attentat, affirmant qu'un kamikaze avait
    # fait exploser son véhicule »
    r"\b(?:affirmant|indiquant|précisant|assurant|expliquant|déclarant|ajoutant|soulignant)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:que|qu['’])\s*[^.;]{0,80}?$"
)


def _background(text: str) -> bool:
    """Whether a sentence speaks of other times: earlier attacks, the war's toll, history."""
    low = text.lower()
    found = lx.BACKGROUND_LOW.search(low)
    while found is not None and (
        (found.group(0) in ("avait", "avaient") and _REPORTED_PLUPERFECT.search(
            low, max(0, found.start() - 160), found.start()
        ))
        # another time told of someone in a relative clause: "a soldier who had deserted his
        # unit in July last year" (the main clause tells today's event)
        or _in_relative_clause(low, found.start())
        # a relative clause that tells how today's people came to be there: « des enfants qui
        # avaient obtenu de monter à bord »
        or (found.group(0) in ("avait", "avaient")
            and low.endswith(" qui ", 0, found.start())
            and _PRESENT_SETTING.search(low, 0, found.start()) is not None)
        # this attack's attacker told in the narrative pluperfect: « Le kamikaze avait franchi
        # un premier point de contrôle avant de faire exploser son véhicule »
        or (found.group(0) in ("avait", "avaient")
            and _THE_ATTACKER_BEFORE.search(low, max(0, found.start() - 30), found.start())
            is not None)
        # the source's own earlier count: « (MSF), qui avait d'abord fait état de 52 morts »,
        # "which had earlier put the toll at 52"
        or (found.group(0) in ("avait", "avaient", "earlier")
            and _EARLIER_COUNT.search(low, max(0, found.start() - 12), found.end() + 40)
            is not None)
        # forces told when they came: "units sent to the town in recent weeks", « des unités
        # acheminées ces dernières semaines »: the setting of today's event, not another time
        or _SENT_LATELY_BEFORE.search(low, max(0, found.start() - 30), found.start()) is not None
        # "des renforts dépêchés depuis Diabaly": from a place, not since a time
        or (found.group(0) == "depuis" and len(low) == len(text)
            and (_FROM_PLACE.match(text, found.end()) is not None
                 # "menée depuis une voiture": from a thing, not since a time
                 or _FROM_THING.match(low, found.end()) is not None
                 # « opérait depuis l'enceinte de l'hôpital »: from a spot
                 or _FROM_SPOT.match(low, found.end()) is not None))
        # a record it set: "the deadliest attack since 2022", « la plus massive depuis
        # février 2022 » (today's event measured against the past)
        or (found.group(0) in ("since", "depuis")
            and _RECORD_BEFORE.search(low, max(0, found.start() - 40), found.start()) is not None
            and _A_DATE_AFTER.match(low, found.end()) is not None)
        # a state a thing has been in, told of the thing: "the blockade imposed on the
        # territory since 2007", « le blocus imposé au territoire depuis plus de dix ans »
        or (found.group(0) in ("since", "depuis")
            and _STATE_HELD_BEFORE.search(low, max(0, found.start() - 50), found.start())
            is not None)
    ):
        found = lx.BACKGROUND_LOW.search(low, found.end())
    return found is not None


#: The attacker, told with the definite article, as the subject of the verb that follows
#: (on lower-cased text): « le kamikaze », « les assaillants ».
_THE_ATTACKER_BEFORE = re.compile(
    r"\b(?:le|la|les|l['’])\s*(?:kamikazes?|assaillants?|tireurs?|agresseurs?|"
    r"auteurs? de l['’](?:attaque|attentat))\s+(?:[\w'’-]+\s+){0,2}?$"
)
#: A superlative before "since", « depuis » (on lower-cased text): "the biggest since".
_RECORD_BEFORE = re.compile(
    r"\b(?:(?:la|le|les) plus (?:[\w'’-]+\s+){1,2}?|(?:the )?(?:biggest|largest|deadliest|"
    r"heaviest|worst|bloodiest|most (?:[\w-]+)|first|highest)\s+(?:[\w'’-]+\s+){0,2}?)$"
)
#: ... and a date after it: a month, a year (on lower-cased text).
_A_DATE_AFTER = re.compile(
    r"\s+(?:(?:early|late|mid-?|début|fin|mi-)\s*)?(?:(?:" + lx.MONTHS.lower() + r")\b|"
    r"(?:19|20)\d\d\b)"
)
#: A participle of a state a thing is kept in, told of the thing and not by a main verb's
#: perfect (on lower-cased text): "the blockade imposed on the territory", « le couvre-feu en
#: vigueur » (not "has controlled the town", « a occupé »).
_STATE_HELD_BEFORE = re.compile(
    r"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\ba )(?<!\bont )(?<!\bavait )(?<!\bbeen )(?<!\bété )"
    r"\b(?:imposed|in place|in force|imposée?s?|en vigueur|en place|décrétée?s?|declared)"
    r"\s+(?:[\w'’-]+\s+){0,3}?$"
)
#: A participle of forces sent or posted, before a recent time (on lower-cased text).
_SENT_LATELY_BEFORE = re.compile(
    r"\b(?:sent|deployed|dispatched|brought in|flown in|moved|stationed|posted|"
    r"acheminée?s?|déployée?s?|dépêchée?s?|envoyée?s?|arrivée?s?|positionnée?s?|"
    r"stationnée?s?)\s+(?:[\w'’-]+\s+){0,3}?$"
)


def _in_relative_clause(low: str, at: int) -> bool:
    """Whether a relative clause about someone set off after a comma is still open at ``at``:
    "..., a soldier who had deserted his unit in July last year" (one to five words between the
    comma and the pronoun; no comma, stop, bracket or quotation mark since the pronoun). Read
    with string searches, not a pattern: it is asked of every marker of another time."""
    who = max(low.rfind(" who ", 0, at), low.rfind(" qui ", 0, at))
    which = low.rfind(", which ", 0, at)
    if which > who and not any(c in low[which + 2 : at] for c in ",;:.()«»\""):
        # (a clause about a thing or a group, right after its name: "officials blamed
        # remnants of the Islamic State group, which has stepped up raids in recent weeks")
        return True
    if who < 0 or any(c in low[who:at] for c in ",;:.()«»\""):
        return False
    comma = low.rfind(",", 0, who)
    if comma < 1 or not low[comma - 1].strip():
        return False
    words = low[comma + 1 : who].split()
    return 1 <= len(words) <= 5 and all(_WORD.fullmatch(w) for w in words)


#: A main clause told in the imperfect, the time of the event: « le camion transportait ».
_PRESENT_SETTING = re.compile(r"\b(?!avai)\w{3,}(?:ait|aient)\b")
_EARLIER_COUNT = re.compile(
    r"\b(?:qui|which|who) (?:avai(?:t|ent) (?:d['’]abord |initialement |auparavant )?"
    r"(?:fait état|annoncé|évoqué|parlé|donné|avancé|rapporté)|had (?:earlier|initially|first) "
    r"(?:reported|put|said|given|counted))\b"
)
_FROM_THING = re.compile(
    r"\s+(?:un|une)\s+(?!(?:an|année|mois|semaine|jour|journée|heure|décennie|siècle|moment|"
    r"instant|temps|dizaine|vingtaine|trentaine|quinzaine|centaine|bonne|longue|petite)s?\b)"
    r"[a-zà-ÿ]"
)
_FROM_SPOT = re.compile(
    r"\s+(?:le|la|les|l['’])\s*(?:enceinte|bâtiment|hôpital|toit|intérieur|extérieur|sol|"
    r"côté|autre côté|zone|secteur|quartier|village|ville|camp|base|maison|immeuble|mosquée|"
    r"école|frontière|territoire)s?\b"
)
_FROM_PLACE = re.compile(
    r"\s+(?:(?:le|la|les)\s+|l['’])?(?!(?:Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|"
    r"Septembre|Octobre|Novembre|Décembre|Noël|Pâques)\b)[A-ZÀ-ÖØ-Þ]"
)


def _sentences(title: str, summary: str, body_paragraphs: list[str]) -> list[_Sentence]:
    out: list[_Sentence] = []
    body_paragraphs = _headline_entry_first(title, body_paragraphs)
    if len(body_paragraphs) > 1 and _ENTRY_HEADING.match(body_paragraphs[0]):
        # a live blog's entry told under its own heading ("15:05 EAT - No let-up in North
        # Darfur capital"): the entry's first paragraph is the lead (the heading repeats the
        # headline)
        body_paragraphs = body_paragraphs[1:]
    if title:
        out.append(_Sentence(title, 3.0, "title", -2, False))
    for text in _split_sentences(summary):
        out.append(_Sentence(text, 1.5, "summary", -1, _background(text)))
    for p, paragraph in enumerate(body_paragraphs):
        # a live blog's later timed entries tell other news ("06:30 — The IDF says it struck
        # more targets in Tehran")
        other_news = p > 0 and bool(_LIVE_ENTRY.match(paragraph))
        for s, text in enumerate(_split_sentences(paragraph)):
            lead = p == 0 and s == 0
            weight = 3.0 if lead else _paragraph_weight(p)
            # the lead sentence tells the news even when it says "since" or "the war"
            background = other_news or (not lead and _background(text))
            if p > 0 and s == 0 and (
                lx.ANOTHER_EVENT_OPENING.match(text) or _CAME_AFTER_OTHERS.match(text)
            ):
                # a paragraph that opens on the events this one came after goes on telling
                # them: « Cette offensive intervient au lendemain d'attaques meurtrières
                # contre des villages de Bara. Le Réseau des médecins a accusé les FSR d'avoir
                # tué samedi onze civils »
                other_news = True
            out.append(_Sentence(text, weight, "lead" if p == 0 else "body", p, background))
    return out


#: A paragraph's opening on what this event came after: « Cette offensive intervient au
#: lendemain d'attaques meurtrières », "The raid came two days after a string of attacks".
_CAME_AFTER_OTHERS = re.compile(
    r"^(?:[\w'’-]+\s+){0,4}?(?:intervien\w*|survien\w*|came|comes|follows|followed|fait suite)"
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:après|au lendemain|after)\s+(?:d['’]|de\s+|des\s+|an?\s+|"
    r"the\s+)?(?:[\w'’-]+\s+){0,3}?(?:attaques?|attacks?|strikes?|frappes?|raids?|massacres?|"
    r"bombings?|attentats?|assauts?|assaults?|ambush\w*|embuscades?|killings?|tueries?)\b",
    re.IGNORECASE,
)


def _effective(sentence: _Sentence) -> float:
    return sentence.weight * (0.15 if sentence.background else 1.0)


# -- is it an incident, and of which kind --------------------------------------------------------


#: A clause that places the event in time by another ("days after a peace deal was signed",
#: "quelques heures avant le sommet"): what it names is not the news.
_TIME_AFTER = re.compile(  # (on lower-cased text)
    r"\b(?:days?|weeks?|hours?|months?|shortly|just|only|moments?|jours?|semaines?|heures?|"
    r"mois|peu) (?:after|before|après|avant)\b[^.;]{0,60}|"
    # a truce that ended dates the attack: "in an escalation after the expiry of a U.N.-brokered
    # truce", « après l'expiration de la trêve »
    r"\b(?:after|après) (?:the |a |l['’]|la |le )?(?:expiry|end|collapse|lapse|breakdown|"
    r"expiration|fin|rupture|échec) (?:of|de|du|d['’])\b[^.;]{0,60}"
)


#: Words without which no time is told from a deal (a cheap test before ``_SINCE_DEAL``;
#: "spite" stands for "despite" and "in spite of").
_DEAL_WORDS = ("since", "depuis", "spite", "malgré", "dépit")
#: A time told from a truce or a deal: "the first strike since the ceasefire".
_SINCE_DEAL = re.compile(  # (on lower-cased text)
    # (or in spite of it: « dynamite des maisons malgré la trêve », "despite the ceasefire")
    r"\b(?:since|depuis|despite|in spite of|malgré|en dépit d[eu])\s+"
    r"(?:the\s+|le\s+|la\s+|l['’])?(?:entrée en vigueur d[uel']+\s*|"
    r"signing of\s+(?:the\s+)?|signature d[uel']+\s*)?(?:[\w-]+\s+){0,2}?(?:ceasefire|truce|"
    r"cessez-le-feu|trêve|accord|agreement|deal)\b[^.;,]{0,40}"
)


#: Violence threatened or remembered: what follows the threat or the anniversary.
_NOT_TODAY = re.compile(  # (on lower-cased text)
    r"\b(?:menac(?:e|ent|é|ait|aient|ant)|threaten(?:s|ed|ing)?|promet(?:tent)? de|"
    # attacks to come: "Houthis say they will resume attacks", "BLA warns of more attacks"
    r"(?:will|would) (?:resume|launch|step up|expand|intensify|widen)|vow(?:s|ed)? to|"
    r"warn(?:s|ed)? of (?:more|new|further|fresh)|vont reprendre|reprendront|"
    r"(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|\d+) ans? "
    r"(?:après|jour pour jour après)|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d+) years? (?:after|since)|"
    # "trains run again, eight months after gunmen blew up the track"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|several|\d+) months (?:after|since)|"
    r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|plusieurs|\d+) mois après|"
    # "to mark the third anniversary of the bombings", « l'anniversaire de l'attentat »
    r"anniversary of|anniversaire (?:de|du|des)|"
    # the dead remembered: "commemorates victims of railway station missile strike", « rend
    # hommage aux victimes de l'attentat » (not a town mourning yesterday's dead: "Odesa
    # buries its dead as toll from weekend drone strike rises")
    r"(?:commemorat\w*|commémor\w*|honou?rs?|remembers?|rend(?:ent)? hommage aux) "
    r"(?:the |les )?(?:victims|victimes|dead|morts) (?:of|de|du|des)|"
    # ... and the fallen paid tribute to: "Mali pays tribute to ten soldiers killed in Guiré
    # ambush", « rend un dernier hommage aux dix militaires tués »
    r"(?:pa(?:y|ys|id|ying) (?:a )?(?:last |final )?(?:tribute|homage)|tributes? paid|"
    r"rend(?:ent|u)? (?:un )?(?:dernier )?hommage) (?:to|à|aux) (?:the |les |des )?"
    r"(?:[\w-]+ ){0,2}?(?:victims|victimes|dead|morts|soldiers|soldats|militaires|troops|"
    r"policemen|police officers|policiers|gendarmes|civilians|civils|peacekeepers|casques "
    r"bleus)|"
    # violence feared: "schools go online because of the risk of shelling", « par crainte
    # des frappes »
    r"(?:risk|threat|fear|danger)s? of|for fear of|(?:risques?|crainte|menace|danger) "
    r"(?:de|d['’]|des|du))\b"
    # (a time measured, not an anniversary: "deux ans après en avoir été chassée")
    r"(?!\s+(?:en avoir|avoir|s['’]être|en être|being|having)\b)([^.;,]{0,80}"
    # (and the toll told after it: "after gunmen attacked a train, killing at least seven")
    r"(?:,\s+(?:killing|wounding|injuring|leaving|tuant|blessant|faisant)\b[^.;,]{0,60})?)"
)
#: A headline that opens on the time gone by: "One year after Solhan, ...", « Un an après
#: l'attaque de Solhan, ... », "Five years on, ..." (on lower-cased text).
_REMEMBERED_TITLE = re.compile(
    # (after the place it remembers: « Halabja, trente ans après : les survivants ... »)
    r"(?:[^,:;]{1,40},\s*)?(?:"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|\d+) years? (?:after|on)\b|"
    r"(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|trente|quarante|cinquante|"
    r"soixante|\d+) ans? (?:après|jour pour jour)\b)"
)
_ASIDE_WORDS = ("menac", "threaten", "promet", " an ", " ans ", "year", "will", "would",
                 "vow", "warn", "reprendr", "commemor", "commémor", "honor", "honour",
                 "remember", "hommage", "anniversa", "risk", "threat", "fear", "danger",
                 "tribute", "homage",
                 "risque", "crainte", "months", " mois ")


#: An explosion said to be an accident (on lower-cased text): "seized explosives go off
#: accidentally", « une explosion accidentelle ».
_BY_ACCIDENT = re.compile(
    r"\baccidental(?:ly)?\b|\baccidentel(?:le|lement)\b|\bpar accident\b"
)
#: The setting of a violent event: "amid an election dispute", "sur fond de crise".
_AMID = re.compile(  # (on lower-cased text)
    r"\b(?:amid|amidst|as tensions (?:rose|rise|mounted|grew) over|en pleine?|sur fond de|"
    r"dans un contexte de|as (?:anger|fury|outrage|discontent) (?:over|at)|"
    r"(?:sur fond de |dans un climat de )?colère contre)\b[^.;,]{0,60}|"
    # the verdict or vote that set it off: "neuf morts dans les émeutes après la condamnation
    # d'Ousmane Sonko", "protests following the sentencing of"
    r"\b(?:après|after|following|suite à) (?:la |le |l['’]|the |a |an )?(?:condamnation|verdict|"
    r"sentencing|conviction|arrestation|arrest|élection|election|vote|scrutin)\b[^.;,]{0,40}|"
    # what a crowd demands: "stormed the parliament, demanding the resignation of the region's
    # leader, Aslan Bzhania, over a contested investment agreement"
    r"\b(?:demanding|calling for|to demand|réclamant|exigeant|pour (?:réclamer|exiger))\b"
    r"[^.;]{0,100}|"
    # the backdrop: « Alors que Washington et Moscou doivent discuter d'un cessez-le-feu, »,
    # « L'attaque intervient alors que les insurgés disent être proches d'un accord. »
    r"\balors que\b[^.;]{0,120}?,|(?:,|\b(?:intervient|survient)) alors que\b[^;]{0,200}$"
)
_AMID_WORDS = ("amid", "tensions", "en plein", "sur fond", "contexte", "après", "after",
               "following", "suite à", "anger", "fury", "outrage", "discontent", "colère",
               "demand", "calling for", "réclam", "exige", "alors que")
_FREED_WORDS = ("free", "release", "libéré", "libère", "relâch", "liberté", "liberty", "hostage",
                "otage")
#: Who the victim was, told before the violence: "activist who helped make Oscar-winning film
#: shot dead", « le militant qui avait participé au documentaire … a été tué » (on lower-cased
#: text; the clause runs to the violence that follows it).
_WHO_CLAUSE = re.compile(r"\b(?:who|whose|qui)\b")


#: A headline's arrest (on lower-cased text).
_ARREST_TITLE = re.compile(
    # (not an arrest that failed: "police, PTI supporters clash as arrest bid stalls"; nor the
    # victim of the violence taken after it: "director beaten by settlers, then detained")
    r"(?<!\bthen )(?<!\bpuis )(?<!\bbefore being )(?<!\bavant d'être )"
    r"\b(?:arrests?(?! (?:bid|attempt|attempts|try)\b)|arrested|arresting|detains?|detained|"
    r"nabs?|nabbed|held (?:over|for)|"
    # (and brought before a judge: "five suspects arraigned", "charged over the attack")
    r"arraign\w*|indicted|charged (?:with|over|in)|remanded|"
    # (or give themselves up: "five suspects in cathedral bombing surrender", "7 Abu Sayyaf
    # members surrender")
    # (not those who had given up their arms, killed: "most of them surrendered soldiers";
    # nor a surrender refused or demanded: "killed after refusing to surrender")
    r"(?<!\bto )surrender(?:s|ed)?(?! (?:soldiers|fighters|troops|militants|members|men|"
    r"combatants|policemen|officers)\b)|"
    r"arrêtée?s?|arrête|arrêtent|interpellée?s?|interpelle|mise? en examen|inculpée?s?|"
    # (or sentenced: "seven Islamists sentenced to death for the bakery attack")
    r"sentenced|condamnée?s? (?:à|pour)|jailed|convicted|reconnue?s? coupables?|"
    r"écrouée?s?)\b"
)
#: A killing told in the present, or its toll, the news itself (on lower-cased text): "mob kills
#: man", « le bilan s'alourdit, des suspects arrêtés ».
_KILLS_NOW = re.compile(
    r"\b(?:kills?|killing|shoots? dead|shot dead|guns? down|tue|tuent|tuant|abat|abattent|"
    r"toll|bilan)\b|"
    # (the hurt told before the arrests: "Two hurt, 14 detained after Bunia protest")
    r"(?:^|: )(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|quatre|"
    r"cinq|six|sept|huit|neuf|dix) (?:hurt|injured|wounded|blessés)\b|"
    # (not the dead a ceremony is for: "funerals of the three men killed", « aux funérailles
    # des trois hommes tués »)
    r"(?<!\bdes )(?<!\bof the )(?<!\bfor the )"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|quatre|"
    r"cinq|six|sept|huit|neuf|dix) (?:[\w-]+ )?(?:killed|dead|morts|tués|tuée?|tuées|"
    # (an attacker shot in the attack: « un assaillant abattu, deux suspects arrêtés »)
    r"abattue?s?|neutralisée?s?|shot dead|gunned down)\b"
)
#: The dead a headline's news is about, told by a participle (on lower-cased text): "... to
#: Colonel Tripathi, wife and son killed in Manipur ambush".
_DEAD_DESCRIBED = re.compile(
    # (not "morts", a noun as often: « Kherson enterre ses morts au lendemain des bombardements »)
    r"\b(?:killed|slain|martyred|tués|tuées|tué|tuée|assassinés|assassinée?)\s+"
    r"(?:in|at|during|by|on|near|outside|dans|lors|par|à|au|en|près|last|yesterday|hier|"
    # ("aux funérailles des trois hommes tués mercredi")
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche)\b"
)
#: A headline that labels the piece as commentary (on lower-cased text).
_COMMENTARY_TITLE = re.compile(
    r"^(?:analysis|analyse|explainer|décryptage|opinion|editorial|éditorial|commentary|"
    r"comment|chronique|tribune|news analysis)\s*[:|-]\s"
)
#: A live blog's topic before its latest story (on lower-cased text): "kenya election live:",
#: « présidentielle au kenya, en direct : ».
_LIVE_TOPIC = re.compile(
    r"^(?:[^:;]{0,60}?\b(?:live|en direct|direct)"
    # (the mark first, then the topic: « EN DIRECT - Élections au Pakistan : un attentat »)
    r"|(?:live|en direct|direct)\s*[-–—|]\s*[^:;]{0,60}?)\s*:\s*"
)
#: A headline's news, then what set it off (on lower-cased text).
_NEWS_AFTER = re.compile(
    # (after a French headline's lead-in: « RDC : l'état de siège entre en vigueur après »)
    r"^(?:[^;:]{1,30}\s:\s)?[^;:]*?\s(after|following|après|suite à|over|in connection with)\s"
)


#: What a crowd contests, told beside it (on lower-cased text): "protesters contesting the
#: results of October's elections pulled down a statue". The vote is the crowd's grievance, no
#: news of its own.
_CROWD_CONTESTING = re.compile(
    r"\b(?:protesters|demonstrators|marchers|crowds?|youths|manifestants|protestataires|"
    r"foules?|jeunes) (?:(?:who|qui) (?:were |are )?)?(?:contesting|disputing|rejecting|"
    r"denouncing|protesting|contestant|dénonçant|rejetant|protestant contre) "
    r"(?:[\w'’-]+ ){0,6}[\w'’-]+"
)
#: Words without which no crowd is told contesting (a cheap test before the pattern).
_CONTESTING_WORDS = ("contest", "disput", "reject", "denounc", "protesting", "dénonç", "rejet",
                     "protestant")
#: Words without which no toll is told over a span of time (a cheap test before the pattern).
_SPAN_WORDS = ("year", "month", "decade", "since", "depuis", " ans", "année", "mois", "décennie",
               "between", " 19", " 20")


def _is_incident(sentences: list[_Sentence], protest: bool) -> bool:
    """Whether the report tells a new violent event (``protest``: whether it tells a protest as
    its news, ``_protest_told``)."""
    violence = nonincident = 0.0
    title_violence = title_non = 0
    lead_violence = lead_non = 0
    # an analysis whose headline names the event may tell it only a paragraph or two on
    # ("Soudan : l'armée reprend Wad Madani, un tournant dans la guerre ?")
    # (not one whose lead tells other news: "hundreds of mourners packed a cathedral")
    title = sentences[0] if sentences and sentences[0].zone == "title" else None
    depth = 2 if title is not None and _headline_event(title) and not any(
        lx.NON_INCIDENT_LOW.search(s.low) for s in sentences
        if s.zone in ("summary", "lead") and not s.background
    ) else 0
    for s in sentences:
        if s.zone == "body" and s.paragraph > depth:
            continue
        v = len(lx.VIOLENCE_LOW.findall(s.low))
        if v and any(w in s.low for w in _ASIDE_WORDS):
            # "les Houthis menacent de frapper de nouveau", "un an après la frappe sur sa gare":
            # violence threatened or remembered is none of today's
            v -= sum(
                len(lx.VIOLENCE_LOW.findall(m.group(1))) for m in _NOT_TODAY.finditer(s.low)
            )
        if v and s.zone == "title" and _REMEMBERED_TITLE.match(s.low):
            v = 0  # "One year after Solhan, survivors of the massacre still wait": a look back
        # "rebels seize Uvira days after a peace deal": the deal only dates the attack
        low = s.low
        if any(w in low for w in _AFTER_WORDS):
            low = _TIME_AFTER.sub(" ", low)
        if any(w in low for w in _DEAL_WORDS):
            # "Israël frappe la banlieue sud, une première depuis le cessez-le-feu": the truce
            # only dates the strike
            low = _SINCE_DEAL.sub(" ", low)
        if any(w in low for w in _AMID_WORDS):
            # "shot dead in the capital amid an election dispute": the setting, not the news
            low = _AMID.sub(" ", low)
        if " who" in low or " qui " in low:
            low = _without_who_clauses(low)
        if s.zone == "title" and ":" in low and (blog := _LIVE_TOPIC.match(low)):
            # a live blog's topic is no news of its own: "Kenya election live: girl killed by
            # stray bullet in Mathare"
            low = low[blog.end() :]
        if v and s.zone != "title" and any(w in low for w in _SPAN_WORDS):
            # the dead of a toll over months or years are none of today's: "10,217 people
            # killed in attacks in two years" (a headline's dead are its news, toll or not)
            v = max(0, v - sum(
                len(lx.VIOLENCE_LOW.findall(t.group(0)))
                for t in lx.TOLL_OVER_TIME_LOW.finditer(low)
            ))
        n_low = (
            _CROWD_CONTESTING.sub(" ", low) if any(w in low for w in _CONTESTING_WORDS) else low
        )
        if protest and s.zone in ("title", "summary", "lead"):
            # a protest told as the news: what it is against is no news of its own ("rally
            # against Trump's sovereignty pledge")
            n_low = _PROTESTED.sub(" ", n_low)
        n = len(lx.NON_INCIDENT_LOW.findall(n_low))
        accidents = len(lx.ACCIDENT_LOW.findall(low))
        if accidents:
            n += accidents
            if not lx.WEAPON_WORDS_LOW.search(low) or _BY_ACCIDENT.search(low):
                # "wedding hall fire kills more than 100": the dead are the accident's; so are
                # those of explosives said to go off by accident
                v = 0
        if any(w in low for w in _FREED_WORDS):
            # captives going home: no news of violence, and the abduction they come back from
            # is told in the same sentence
            freed = len(lx.RELEASE_LOW.findall(low))
            n += freed
            if v and freed:
                v = max(0, v - len(lx.CAPTIVE_LOW.findall(low)))
        if n and v:
            # "killed at a funeral": the ceremony is where the violence happened
            n = max(0, n - len(lx.NON_INCIDENT_VENUE_LOW.findall(s.low)))
        w = _effective(s)
        violence += w * min(v, 3)
        if s.zone == "body" and s.paragraph > 0:
            continue  # (an analysis's later paragraphs tell the event, and weigh it too)
        nonincident += w * min(n, 3)
        if s.zone == "title":
            # (what follows decides the headline's verdict only; its cues are counted above)
            if v and (arrest := _ARREST_TITLE.search(low)) and not _KILLS_NOW.search(low) and not (
                # (an arrest told after the violence, as a part of it: « la police disperse une
                # marche ..., un activiste arrêté »; not the arrested accused of it: « accusé
                # d'avoir commandité l'assassinat d'un gouverneur, arrêté au Timor »)
                (told := lx.VIOLENCE_LOW.search(low)) is not None
                and not _ACCUSED_OF.search(low, 0, told.start())
                and told.start() < arrest.start() and "," in low[told.end() : arrest.start()]
            ):
                # "Shin Bet arrests two brothers of Beersheba terrorist", "Syrian man held over
                # deadly Solingen knife attack": the arrest is the news, the attack its cause
                v, n = 0, max(n, 1)
            if n and v and (described := _DEAD_DESCRIBED.search(low)) and (
                news := lx.OTHER_NEWS_LOW.search(low, 0, described.start())
                or lx.REMEMBRANCE_LOW.search(low, 0, described.start())
            ) and not lx.VIOLENCE_LOW.search(low, 0, news.start()) and not _KILLS_NOW.search(low):
                # "Raigarh bids farewell to Colonel Tripathi, wife and son killed in Manipur
                # ambush": the news first, then the dead it is about (not "FEU football star,
                # cousin killed in Masbate landmine blast": who they were)
                v = 0
            if n and v and (cause := _NEWS_AFTER.search(low)) and not lx.VIOLENCE_LOW.search(
                low, 0, cause.start(1)
            ) and lx.OTHER_NEWS_LOW.search(low, 0, cause.start(1)):
                # "Petro freezes peace talks with ELN after deadly base attack": the attack
                # is why the talks stop, the talks are the news
                v = 0
            if n and v and ";" in low:
                # "Congo rebels seize two eastern towns; Kinshasa expels Rwandan envoy": the
                # headline tells the violence first, and the news after it comes second
                first = low.split(";")[0]
                if lx.VIOLENCE_LOW.search(first) and not lx.NON_INCIDENT_LOW.search(first):
                    n = 0
            title_violence, title_non = v, n
        elif s.zone == "lead" and s.weight >= 3.0:
            lead_violence, lead_non = v, n
    if title_non > title_violence:
        return False
    if not title_violence and protest:
        return True
    if title is not None and _COMMENTARY_TITLE.match(title.low):
        return False  # "Analysis: After Dhiban, the SDF's quiet victory ...": a follow-up at most
    if title_violence and lead_violence and not (title_non or lead_non):
        return True  # headline and lead tell violence and nothing else: a summary's aside
    if title_violence >= 2 and not title_non and lead_violence >= 2:
        # a headline of violence alone, and a lead that tells it before what it threatens
        # ("Russian missiles struck the port of Odesa ..., threatening a deal signed a day
        # earlier to unblock grain exports")
        return True
    return violence - 1.2 * nonincident >= 3.0


#: Those accused of a deed (on lower-cased text): "accused of", « soupçonné d'avoir ».
_ACCUSED_OF = re.compile(
    r"\b(?:accus\w+|suspect\w*|soupçonn\w+|charged|inculpé\w*|wanted|recherché\w*)\b"
)


#: A crowd protesting, told as what happens (on lower-cased text): "thousands rally in",
#: « des centaines de femmes manifestent », « ont marché contre l'insécurité ».
_PROTEST_NEWS = re.compile(
    r"\b(?:manifestent|manifestaient|ont manifesté|a manifesté|marchent|ont marché|"
    # (the day told between: "protested on Saturday in Majdal Shams")
    r"défilent|ont défilé|(?:protest(?:s|ed)?|demonstrat(?:e|es|ed))(?: on \w+)? "
    r"(?:in|against|outside|over)|"
    r"rall(?:y|ies|ied) (?:in|against|outside|for)|march(?:es|ed)? (?:in|against|through|to)|"
    r"took to the streets|take to the streets|descendus? dans la rue|sit-in|"
    # (a crowd named as one: « la société civile marche contre l'insécurité »)
    r"marche (?:contre|pour)|marches? (?:against|for)|"
    # (a headline's crowd and its cause: « un millier de manifestants contre la loi »)
    r"(?:manifestants|protesters|demonstrators) (?:contre|against)|"
    # (a gathering told by its purpose: « se sont rassemblés jeudi sur la place du Président
    # pour protester contre les coupures d'eau », "gathered outside the governor's office to
    # demand")
    r"rassembl\w*\b[^.;]{0,80}?\bpour (?:protester|dénoncer|réclamer|exiger)|"
    r"gathered\b[^.;]{0,80}?\bto (?:protest|denounce|demand))\b"
)


#: What a protest is against or follows (on lower-cased text), to the end of the clause.
_PROTESTED = re.compile(
    r"\b(?:contre|against|over|après|after|following|pour (?:dénoncer|protester|réclamer|"
    r"exiger)|to (?:protest|denounce|condemn|demand))\b[^.;]*"
)


#: A part of a toll told of one place (the place's name follows): "including 30 in", « dont une
#: trentaine à ».
_PART_AT = re.compile(
    r"\b(?:dont|including|among them|of whom)\s+(?P<n>[^,.;]{1,30}?)\s+(?:à|in|at)\s+$",
    re.IGNORECASE,
)


def _toll_at(sentences: list[_Sentence], place: Place, locality: str | None) -> int | None:
    """The part of a wider toll the headline or the lead tells of the place (or of the
    locality placed there)."""
    for s in sentences:
        if s.zone not in ("title", "summary", "lead") or s.background:
            continue
        starts = [m.start for m in s.mentions if m.kind == "place" and m.id == place.id]
        if locality and (at := s.text.find(locality)) > 0:
            starts.append(at)
        for at in starts:
            part = _PART_AT.search(s.text, max(0, at - 50), at)
            if part is not None:
                numbers = find_numbers(part.group("n"))
                if len(numbers) == 1:
                    return numbers[0].value
    return None


def _protest_told(sentences: list[_Sentence]) -> bool:
    """Whether the headline and the lead tell a protest as the news, and no violence: an event
    of its own (« des milliers de déplacés manifestent à Shire »; not a march that "passed off
    without incident", nor a protest told in a story of talks or an election)."""
    title = sentences[0] if sentences and sentences[0].zone == "title" else None
    if title is None or not _PROTEST_NEWS.search(title.low):
        return False
    head = [s for s in sentences if s.zone in ("title", "summary", "lead") and not s.background]
    # (what is protested against is not the protest's news, of violence or other: « manifestent
    # contre les tueries », "after a series of attacks", "against Trump's sovereignty pledge")
    return any(_PROTEST_NEWS.search(s.low) for s in head if s.zone != "title") and not any(
        lx.NON_INCIDENT_LOW.search(low) or lx.VIOLENCE_LOW.search(low)
        for low in (_PROTESTED.sub(" ", s.low) for s in head)
    )


def _without_who_clauses(low: str) -> str:
    """The sentence without what it tells of a victim before the violence done to them: the
    text from each "who" or « qui » to the next cue of violence, when there is one."""
    out, at = [], 0
    for who in _WHO_CLAUSE.finditer(low):
        if who.start() < at:
            continue
        violence = lx.VIOLENCE_LOW.search(low, who.end())
        if violence is None:
            break
        out.append(low[at : who.start()])
        at = violence.start()
    out.append(low[at:])
    return " ".join(out)


def _follows_up(sentences: list[_Sentence]) -> bool:
    """Whether a report that tells no new event may be a later report of a recent one.

    An analysis, a reaction or an aftermath whose headline or lead tells the violence ("Uvira
    falls: what we know about the rebels' push", « après la frappe sur le siège du
    gouvernement, Kiev … ») is one more source of that event, if it is stored. Captives freed,
    and talks, courts and arrests that the attack only sets off, are news of their own.
    """
    head = [s for s in sentences if s.zone != "body"]
    if not any(lx.VIOLENCE_LOW.search(s.low) for s in head):
        return False
    if any(lx.RELEASE_LOW.search(s.low) for s in head):
        return False
    # (a headline's news after a semicolon comes second: "un jeune Israélien succombe ; un
    # suspect arrêté")
    first = head[0].low.split(" ; ")[0]
    return not (head[0].zone == "title" and (
        lx.OTHER_NEWS_LOW.search(first) or lx.REMEMBRANCE_LOW.search(first)
    ))


def _headline_event(title: _Sentence) -> bool:
    """Whether a headline names a violent event and nothing else."""
    low = title.low
    return bool(lx.VIOLENCE_LOW.search(low)) and not (
        lx.NON_INCIDENT_LOW.search(low) or lx.ACCIDENT_LOW.search(low)
        or any(w in low for w in _AFTER_WORDS) or any(w in low for w in _FREED_WORDS)
    )


#: Firearms named beside grenades (on lower-cased text).
_GUNS = re.compile(
    r"\b(?:rifles?|guns?|gunfire|firearms|heavy weapons|automatic weapons|small arms|"
    r"kalachnikovs?|kalashnikovs?|ak-47s?|fusils?|armes (?:lourdes|automatiques|à feu))\b"
)
#: The dead of a protest, told with it (on lower-cased text).
_PROTEST_DEATHS = re.compile(
    r"\b(?:killed|shot dead|dead|deaths|morts?|tués?|tuées?|décès)\b"
)
#: After the forces, their taking ground (no rebel between: "fighting with the army, the M23
#: seized"; not an earlier capture: "the crossroads that the army had seized"; not booty: "and
#: captured vehicles").
_TAKES_AFTER_FORCES = (
    r"(?:(?!\b(?:M23|RSF|FSR|rebels?|rebelles?|militants?|jihadists?|insurgents?|fighters|"
    r"combattants|militias?|milices?)\b)[^.;]){0,60}?(?<!had )(?<!avait )(?<!avaient )"
    r"\b(?:seized|captured|took (?:full |total |complete )?control|"
    r"taken (?:full |total |complete )?control|retaken|regained|reclaimed|"
    r"entered|drove out|reprend|reprennent|sont entrées? (?:[\w-]+ ){0,2}?(?:dans|à)|"
    r"retook|recaptured|(?:s['’]|se )(?:est|sont|était|étaient) [«\"]?\s*emparée?s?|a pris|"
    r"ont pris|"
    r"pris le contrôle)"
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:vehicles?|weapons?|arms|ammunition|equipment|prisoners|"
    r"soldiers|fighters|men|drones?|tanks?|véhicules?|armes|munitions|prisonniers)\b)"
)
#: "Mali army says it has seized Kidal", "les forces armées se sont emparées de Kidal"
_STATE_TAKES_LOW = lowered(
    # (not an earlier capture the report recalls: "a month after the army recaptured it",
    # "the crossroads that the army had seized from them")
    r"(?<!rebel )(?<!rebels['’] )(?<!after the )(?<!since the )(?<!après l['’])"
    # (nor the army as an object: "after the flight of the remnants of the army and seized
    # weapons", "the army's 20th Division")
    r"(?<!of the )(?<!from the )(?<!de l['’])"
    r"\b(?:army|military|troops|government forces|soldiers|armée|"
    r"forces armées|forces gouvernementales|troupes gouvernementales|militaires|"
    r"soldats|FAMa|FARDC|SAF|FAS)\b(?!['’]s\b)" + _TAKES_AFTER_FORCES
)
#: Words without which no sentence tells ground taken (a cheap test before the patterns).
_TAKE_WORDS = ("seiz", "captur", "control", "retak", "regain", "reclaim", "enter", "drove out",
               "repren", "entré", "retook", "empar", "pris")
#: After a state's forces told by their nationality, their taking ground ("Iraqi forces entered
#: the city", « les forces irakiennes sont entrées dans Kirkouk »).
_NATION_TAKES_AFTER = re.compile(_TAKES_AFTER_FORCES, re.IGNORECASE)


#: A ship right after the verb of taking (on lower-cased text).
_SHIP_AFTER = re.compile(
    r"(?:\s+(?:of|d['’]|de|du|the|a|an|un|une|le|la|les|l['’]))*\s*(?:[\w-]+\s+){0,2}?"
    r"(?:ships?|vessels?|tankers?|freighters?|cargo ships?|boats?|navires?|cargos?|pétroliers?|"
    r"bateaux?|porte-conteneurs)\b"
)
#: A person seized, not ground (on lower-cased text after the verb): "seized the village chief
#: and the imam", « a capturé le chef du village »; or a person captured and then killed: "was
#: captured and executed".
_PERSON_TAKEN_AFTER = re.compile(
    r"\s+(?:(?:the|a|an|two|three|several|le|la|les|un|une|deux|trois|plusieurs)\s+)?"
    r"(?:(?!by\b|par\b)[\w-]+\s+){0,2}?(?:chiefs?|imams?|priests?|pastors?|chefs?(?!-)|men|"
    r"women|man|woman|"
    r"boys?|girls?|children|farmers?|herders?|traders?|teachers?|students?|villagers|hommes|"
    r"femmes|enfants|paysans|éleveurs|commerçants|enseignants|élèves|villageois|civilians|"
    r"civils|hostages|otages|journalists?|journalistes?|workers?|travailleurs|passengers|"
    r"passagers)\b|"
    r"\s+and\s+(?:later\s+|then\s+)?(?:executed|killed|beheaded|shot)\b|"
    r"\s+(?:puis|et)\s+(?:exécutée?s?|tuée?s?|décapitée?s?|abattue?s?)\b"
)
#: Someone beaten or lynched (a mob's victim is then a civilian): "dragged the driver from his
#: car and beat him", « roué de coups », « passé à tabac ».
_BEATEN = re.compile(
    lx.BEATEN_PERSON + r"|\bbeat(?:s|ing)? up\b|\bbeaten\b|\blynch\w*|\btabass\w+",
    re.IGNORECASE,
)
#: Fighters of a group told by their kind, retaking a place: « les combattants tigréens ont
#: repris le contrôle de Lalibela », "rebels retook the town" (on lower-cased text).
_FIGHTERS_RETAKE = re.compile(
    r"\b(?:rebels|fighters|insurgents|militants|jihadists|militiamen|rebelles|combattants|"
    r"insurgés|jihadistes|djihadistes|miliciens)\b(?:\s+[\w'’-]+){0,2}?\s+(?:ont repris|"
    r"a repris|reprennent|retook|recaptured|have retaken|had retaken)\b"
)
#: After an armed group's name, its retaking a place: "les FSR ont annoncé avoir repris".
_RETAKES_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:avoir repris|ont repris|a repris|reprennent|reprend|retook|recaptured|"
    r"retaken|regained|"
    # a group that claims a town's "liberation": « les FSR ont revendiqué ... la « libération »
    # de la ville »
    r"(?:ont|a|avoir) revendiqué[^.;]{0,80}?libération|claim(?:s|ed)? (?:the |to have )?"
    r"(?:[\w-]+ )?(?:liberat\w+|capture)(?: of)?)\b",
    re.IGNORECASE,
)
#: Before a town's name, its being entered or taken: "M23 rebels enter Sake".
_TAKES_TOWN = re.compile(
    # (not "occupied", which before a name describes it: "Russian-occupied Crimea")
    r"\b(?:enters?|entering|takes?|taking|occup(?:e|ent|y|ies|ying))\s+$", re.IGNORECASE
)


#: What set off a headline's event, or what the one it hit was behind (on lower-cased text).
_CAUSE_AFTER = re.compile(
    rf"\s(?:after|following|behind|après|{lx.REPRISAL_FOR})\s"
)
#: Killed, with what was killed to follow (on lower-cased text).
_KILLED_THEM_BEFORE_LOW = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|shot dead|shoot dead|gunned down|neutrali[sz]ed|neutralis\w*|"
    r"abattu\w*|tué\w*|tuent|tuant)\s+(?:at least\s+|au moins\s+)?"
    r"(?:(?!(?:when|as|after|by|while|lorsque|quand|par|après|alors|où)\b)[\w'’-]+\s+){0,4}$"
)
#: The fighting around an event, told after it (on lower-cased text).
_FIGHTING_GOES_ON = re.compile(
    r",?\s(?:as|alors que|tandis que|sur fond de)\s(?:the\s|les\s|des\s|de\s)?"
    r"(?:(?:fighting|clashes|battles?|combats?|affrontements)\b|"
    r"(?:army|troops|forces|[\w-]+\s+forces|rebels|armée|soldats)\s+(?:\w+\s+)?"
    r"(?:battles?|fights?|clash(?:es)?|combat(?:tent)?|affronte(?:nt)?)\b)"
)
#: The event cues that name a weapon or a way of fighting.
_WEAPON_KEYS = frozenset({
    "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
    "Suicide bomb", "Grenade", "Armed clash", "_strike", "_explosion",
})


#: People taken and then killed, or found dead (on lower-cased text).
_ABDUCTED_KILLED = re.compile(
    r"\b(?:abducted|kidnapped|enlevée?s?|kidnappée?s?)\b[^.;]{0,60}?\b(?:found dead|killed|slain|"
    r"executed|beheaded|retrouvée?s? morte?s?|tuée?s?|exécutée?s?|assassinée?s?|décapitée?s?)\b|"
    r"\b(?:bodies|corps)\s+(?:of\s+|de\s+|des\s+|d['’])(?:[\w'’-]+\s+){0,6}?(?:abducted|kidnapped|"
    r"enlevée?s?|kidnappée?s?)\b"
)


#: A headline's killing told before those taken: "Boko Haram kills 11, abducts priest",
#: « 81 villageois tués et sept enlevés ».
_KILLED_THEN_TAKEN = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|tu(?:e|ent|é|ée|és|ées)|massacr\w*|morts?)\b[^.;:?]{0,60}?"
    r"\b(?:abduct\w*|kidnap\w*|enl[eè]v\w*|otages?|hostages?)",
    re.IGNORECASE,
)


#: Riots named as such.
_RIOTS_TOLD = re.compile(r"\b(?:riots?|rioting|émeutes?)\b", re.IGNORECASE)
#: A prison's riot is its gangs' fight, no crowd's: "inmates killed in riot at Turi prison".
_PRISON_WORDS = re.compile(
    r"\b(?:prisons?|jails?|penitentiar\w+|inmates|prisoners|détenus|pénitenciers?|"
    r"centres? pénitentiaires?|maisons? d['’]arrêt)\b",
    re.IGNORECASE,
)


#: A Russian strike told without its weapon (on lower-cased text).
_RUSSIAN_STRIKE = re.compile(
    r"\b(?:russian|russia['’]s|moscow['’]s)\s+(?:[\w-]+\s+)?(?:strikes?|attacks?|bombardments?)\b|"
    r"\b(?:strikes?|frappes?|attaques?|bombardements?|bombardment)\s+(?:massive\s+|massives\s+)?"
    r"(?:russes?|by russia|by russian forces)\b"
)


#: How far into the body a bombing's bomber may be told.
_BOMBER_PARAGRAPHS = 5


def _bomber_told(sentences: list[_Sentence], gazetteer: Gazetteer) -> bool:
    """Whether a bombing's account tells of a bomber who died with the bomb, after the lead
    the event is read from ("one of its fighters had detonated an explosive vest among the
    officials", « le kamikaze avait franchi un premier point de contrôle »)."""
    cue = lx.EVENT_CUES["Suicide bomb"][0]
    return any(
        # (a group's word for it is its claim, which armies often doubt: "Islamic State said
        # two suicide bombers had carried out the attack. But military spokesmen ..."; a
        # group named beside the bomber may be telling it)
        cue.search(s.text) and not _OTHER_BOMBING.search(s.text)
        and "claim" not in s.low and "revendiq" not in s.low
        # (an armed group: not the European Union whose offices stood near)
        and not any(
            m.kind == "actor" and (actor := gazetteer.actor(m.id)) is not None
            and actor.is_named_group
            for m in s.mentions
        )
        for s in sentences
        if not s.background and s.zone == "body" and 0 < s.paragraph <= _BOMBER_PARAGRAPHS
    )


#: A vehicle bomb that opens an assault: "a car bomb blasted the gate before gunmen went in",
#: "car bombs and gunmen hit a Mogadishu hotel", « une voiture piégée a explosé avant que des
#: assaillants ne prennent d'assaut l'hôtel » (the car is driven in by its bomber).
_VEHICLE_BOMB = re.compile(
    r"\b(?:car|truck|vehicle|van|lorry)[- ]bomb(?:s|ings?)?\b|\bvoitures? piégées?|"
    r"\bcamions? piégés?|\bvéhicules? piégés?",
    re.IGNORECASE,
)
_ASSAULT_AFTER_BOMB = re.compile(
    r"\b(?:gunmen|attackers|fighters|militants|assailants|assaillants|hommes armés|"
    r"combattants)\b[^.;]{0,60}?\b(?:stormed|storming|went in|entered|burst|forced their way|"
    r"prennent d['’]assaut|ont pris d['’]assaut|ont pénétré|se sont introduits)|"
    r"\b(?:gun|armed) (?:assault|attack|battle)|\bsiege\b|\bassaut armé|"
    r"\b(?:car|truck|vehicle)[- ]bombs? and gunmen\b",
    re.IGNORECASE,
)


def _vehicle_bomb_then_assault(sentences: list[_Sentence]) -> bool:
    """Whether the headline, summary or lead tell of a vehicle bomb that opened an assault by
    gunmen (a complex attack, whose car is driven in by its bomber)."""
    lead = [s.text for s in sentences if s.zone in ("title", "summary", "lead")
            and not s.background]
    return any(_VEHICLE_BOMB.search(t) for t in lead) and any(
        _ASSAULT_AFTER_BOMB.search(t) for t in lead
    )


#: Words that set a bombing told later in a report beside this one: "three days after a
#: suicide bomber killed ANP leader Haroon Bilour", "a string of suicide bombings in Kampala".
_OTHER_BOMBING = re.compile(
    r"\b(?:after|before|earlier|previous|previously|last (?:week|month|year)|string of|"
    r"series of|spate of|wave of|another|second|other|hours later|since|(?:19|20)\d\d|"
    r"après|avant|précédente?s?|série|vague|autre|deuxième|second|depuis)\b"
    # (not a time of the day: "shortly after 11 p.m.", « peu après 23 heures »; nor the
    # assault that followed the blast: "before gunmen opened fire", « avant que des hommes
    # armés n'ouvrent le feu »)
    r"(?!\s+(?:\d|(?:midnight|minuit|midi|noon|dawn|l['’]aube|sunset|sunrise)\b))"
    r"(?<!\bbefore(?=\s(?:the\s)?(?:gunmen|attackers|assailants|militants|fighters)\b))"
    r"(?<!\bavant(?=\squ))"
    # (nor the bomber's next step: "before detonating his vest", « avant de faire exploser »)
    r"(?<!\bavant(?=\sde\s|\sd['’]))(?<!\bbefore(?=\s\w+ing\b))",
    re.IGNORECASE,
)


#: Weapons told as found or seized, after their name (on lower-cased text): "a homemade
#: explosive device were found in the flat", « des engins explosifs ont été saisis ».
_WEAPON_FOUND = re.compile(
    r"[^.;]{0,25}?\b(?:(?:was|were|had been|have been) (?:also )?(?:found|seized|recovered|"
    r"discovered|confiscated)|(?:a|ont) été (?:retrouvée?s?|saisie?s?|découverte?s?|"
    r"récupérée?s?))\b"
)
#: Inmates killed, told in the lead: "15 inmates killed in fight at Manaus prison", « au moins
#: 68 détenus tués dans des affrontements » (not prisoners of war, nor hostages).
_PRISONERS_KILLED = re.compile(
    r"\b(?:inmates|prisoners|détenus|détenues|prisonniers|prisonnières)\b"
    r"(?! (?:of war|de guerre|swap|exchange))"
    # (not those set free: « 900 détenus évadés et 11 morts », "300 inmates escaped, 5 dead")
    r"(?! (?:" + lx.SET_FREE + r"|en fuite)\b)"
    r"[^.;]{0,50}?\b(?:killed|dead|died|slain|massacred|tués|tuées|morts|massacrés|"
    r"ont péri)\b|\b(?:killing|killed|massacre of|massacre de|tuant)\s+(?:at least\s+|"
    r"au moins\s+)?(?:[\w-]+\s+){0,2}(?:inmates|prisoners|détenus|prisonniers)\b"
    r"(?! (?:of war|de guerre))|"
    # a prison riot's toll counted in inmates: "the death toll from a riot ... rose to 31
    # inmates", « le bilan de la mutinerie ... s'élève à 20 morts »
    r"\b(?:toll|bilan)\b[^.;]{0,100}?\b(?:rose|risen|climbed|reached|stood|at|to)\s+"
    r"(?:at least\s+)?\d+\s+(?:inmates|prisoners)\b|"
    r"\bbilan de la mutinerie\b|"
    # killed by their fellow inmates: "41 women were killed when inmates attacked a rival
    # cellblock"
    r"\b(?:killed|tués|tuées)\b[^.;]{0,40}?\b(?:when|as|after|lorsque|quand)\s+(?:rival\s+)?"
    r"(?:inmates|prisoners|détenus|détenues)(?:\s+[\w'’-]+){0,6}?\s+(?:attacked|stormed|rioted|"
    r"clashed|fought|set|opened|ont attaqué|ont pris d['’]assaut|se sont affronté)",
    re.IGNORECASE,
)
#: A weapon named as what was hit: "the drone hit a D-30 howitzer",
#: "destroying an artillery piece", « a détruit un lance-roquettes ».
_WEAPON_TARGETED = re.compile(
    r"(?:\b(?:destroy\w*|hit|hitting|struck|striking|détrui\w*)\s+(?:an?\s+|the\s+|its\s+|"
    r"their\s+|un\s+|une\s+|le\s+|la\s+|les\s+|des\s+)?(?:(?!by\b|par\b)[\w-]+\s+){0,3})$"
)


#: What a crowd is angry at: "angry over", "to protest against", « protestaient contre ».
_PROTESTED_BEFORE_LOW = re.compile(
    r"\b(?:angry|anger|outrage|fury|protest(?:s|ed|ing)?|rall(?:y|ied)|demonstrat\w+) "
    r"(?:over|against|at)\s+(?:the\s+|recent\s+|deadly\s+|a\s+wave\s+of\s+|a\s+spate\s+of\s+)*"
    r"(?:[\w-]+\s+){0,2}$|"
    r"\b(?:protest\w*|manifest\w*|en colère) contre\s+(?:les?\s+|la\s+|des\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
)


#: Force that kills, shoots or badly hurts (on lower-cased text, the protested cause left
#: out): what makes force against protesters excessive, not a protest broken up.
_HARD_FORCE = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?|shot|shoot(?:s|ing)?|gunfire|gunshots?|(?<!rubber )"
    r"bullets?|live (?:rounds|ammunition|fire)|opened fire|open fire|fired (?:on|at|into)|"
    r"tuée?s?|tuant|morts?|décès|balles? réelles?|par balles?|ouvert le feu|tir\w* sur|"
    r"beaten to death|seriously (?:injured|wounded|hurt)|critically|grièvement|"
    r"succomb\w*)\b"
)


#: Bombs that open an assault on a base (on lower-cased text): "detonated two car bombs before
#: storming the base", « avant d'attaquer la base par plusieurs côtés ».
_BOMBS_THEN_ASSAULT = re.compile(
    r"\b(?:before|then) (?:storming|attacking|assaulting|overrunning|stormed|attacked)\s+"
    r"(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:base|camp|barracks|garrison|post|outpost|position)s?\b|"
    r"\b(?:avant de prendre d['’]assaut|puis ont attaqué|(?:avant|puis) d['’](?:attaquer|"
    r"investir|assaillir))\s*(?:la |le |les |l['’])?(?:base|camp|caserne|poste|"
    r"position)s?\b"
)


def _force_used(lows: list[str], deaths: bool) -> str:
    """The sub-event of force used against protesters, told in these lower-cased sentences:
    excessive when it shot, killed or badly hurt (or protesters died), else a protest broken
    up."""
    hard = deaths or any(_HARD_FORCE.search(_PROTESTED.sub(" ", low)) for low in lows)
    return "Excessive force against protesters" if hard else "Protest with intervention"


def _event_type(sentences: list[_Sentence], gazetteer: Gazetteer) -> tuple[str, str]:
    score: dict[str, float] = defaultdict(float)
    attack = mil = civ = riot = crowd = mob = gunmen = ambush = 0.0
    riot_told = 0  # acts of rioting told (two a sentence at most)
    headline_civilians = headline_fight = title_ambush = title_suicide = title_gun = False
    title_forces_killed = False
    state_takes = False  # the army is the one that took the town
    protest_deaths = False  # people killed at a protest, told where the protest is
    # the first paragraphs as read, where live fire, the dead or the badly hurt make force
    # against protesters excessive (searched only for a protest's report: ``_force_used``)
    force_lows: list[str] = []
    crowd_clash = False  # protesters told fighting
    police_fight = crowd_named = armed_named = False  # (a crowd that fights the police)
    two_sided = False  # two armed sides told fighting each other in the headline or lead
    group_retakes = False
    for s in sentences:
        if s.zone == "body" and s.paragraph > 2:
            continue
        w = _effective(s)
        hits: dict[str, int] = defaultdict(int)
        struck = 0  # "struck", "frappé": the verb of whatever hit
        low = s.low
        if s.zone == "title" and ";" in low and "live" in low:
            # a live blog's headline lists its stories: the first is the one its lead tells
            # ("Ukraine war live: Russian strike on supermarket ...; Kursk fighting rages")
            low = low[: low.index(";")]
        if s.zone == "title" and (cause := _CAUSE_AFTER.search(low)) and any(
            m.lastgroup and lx.EVENT_SCAN_KEYS[m.lastgroup] in _WEAPON_KEYS
            for m in lx.EVENT_SCAN.finditer(low, 0, cause.start())
        ):
            # a headline's event, then what set it off or who was behind what: "US strikes
            # Kataib Hezbollah facilities after missile attack on base", "strike killed
            # commander behind rocket fire"
            low = low[: cause.start()]
        if (" as " in low or "alors que" in low or "tandis que" in low or "sur fond" in low) and (
            setting := _FIGHTING_GOES_ON.search(low)
        ) and any(
            m.lastgroup and lx.EVENT_SCAN_KEYS[m.lastgroup] in _WEAPON_KEYS
            for m in lx.EVENT_SCAN.finditer(low, 0, setting.start())
        ):
            # the event, then the war around it: "shell kills 19 in Mweso as army battles M23
            # rebels", "…, as fighting between the army and the M23 intensified"
            low = low[: setting.start()]
        # (an armed group's name takes no ground: "le Mouvement populaire de libération du
        # Soudan", "the Popular Front for the Liberation of Palestine")
        names = [
            (m.start, m.end) for m in s.mentions
            if m.kind == "actor" and not m.id.startswith(("military-forces-", "civilians-"))
        ]
        # (ground taken days before dates the event, it is not the event: "struck Kharkiv days
        # after Ukrainian troops recaptured swathes of territory")
        # (not hours or a day after, often the same fighting: "a day after the rebels said they
        # had captured it")
        earlier = [
            t.span() for t in _TIME_AFTER.finditer(low)
            if t.group(0).startswith(("days", "weeks", "months", "jours", "semaines", "mois"))
        ] if any(w in low for w in _AFTER_WORDS) else []
        for m in lx.EVENT_SCAN.finditer(low):
            if m.lastgroup:
                key = lx.EVENT_SCAN_KEYS[m.lastgroup]
                if key in _TERRITORY and any(
                    a <= m.start() < b for a, b in (*names, *earlier)
                ):
                    continue
                if key in _TERRITORY and _PERSON_TAKEN_AFTER.match(low, m.end()):
                    continue  # a person seized, no ground: "seized the village chief"
                if key in _TERRITORY and _SHIP_AFTER.match(low, m.end()):
                    # a ship seized is its crew taken: « s'emparent d'un cargo émirati »,
                    # "seized the tanker"
                    key = "Abduction/forced disappearance"
                if key in _REMOTE and _WEAPON_TARGETED.search(low, max(0, m.start() - 40),
                                                              m.start()):
                    continue  # the weapon hit, not the one that hit: "destroys a howitzer"
                if key in _REMOTE and _WEAPON_FOUND.match(low, m.end(), m.end() + 60):
                    continue  # "grenades and a homemade explosive device were found in the flat"
                if key in (*_REMOTE, "_strike", "Abduction/forced disappearance") and (
                    _PROTESTED_BEFORE_LOW.search(low, max(0, m.start() - 40), m.start())
                ):
                    # what a crowd protests is the cause, not the event: "demonstrators angry
                    # over Turkish air strikes", « pour protester contre les frappes »
                    continue
                if key == "_mil" and _forces_not_hit(low, m):
                    continue
                if key == "_gunmen" and _KILLED_THEM_BEFORE_LOW.search(
                    low, max(0, m.start() - 45), m.start()
                ):
                    # gunmen killed by the forces are a side of the fight, not attackers of
                    # civilians: "police kill eight suspected cartel gunmen in a gunfight"
                    continue
                if key == "_mil" and _FORCES_DID.match(low, m.end()):
                    # the forces that did it, not the side hit: "the army summarily executed
                    # 223 civilians", « les soldats ont abattu trois villageois »
                    hits["_attack"] += 1
                    continue
                hits[key] += 1
                struck += m.group(0) in ("struck", "frappé")
        if hits["Grenade"] and _GUNS.search(low):
            # grenades thrown among gunfire are the arms of an assault ("sniper rifles and
            # grenades", "heavy weapons and hand grenades")
            hits.pop("Grenade")
        if hits["Suicide bomb"] and hits["Remote explosive/landmine/IED"]:
            # the bomb is the bomber's: "un véhicule piégé conduit par un kamikaze"
            hits["Suicide bomb"] += hits.pop("Remote explosive/landmine/IED")
        if hits["Suicide bomb"] and _BOMBER_SET_IT_OFF.search(low):
            # the bomber told as the one who set off the blast: « un kamikaze avait fait
            # exploser son véhicule », "a suicide bomber drove the truck" (not only as who
            # carried out the attack, the claim's formula)
            hits["Suicide bomb"] += 2
        if hits["_explosion"] and struck == hits["_strike"]:
            # "l'explosion qui a frappé un minibus": the blast struck, no air strike
            hits.pop("_strike", None)
        if s.zone != "body" or s.paragraph <= 1:
            # (an armed group's own name is no army: "the Arakan Army captured Paletwa")
            state_takes = state_takes or bool(_STATE_TAKES_LOW.search(lower_same_length(
                _blank_actors(s, keep=lambda a: a.startswith("military-forces-"))
            ))) or (any(w in s.low for w in _TAKE_WORDS) and any(
                _NATION_TAKES_AFTER.match(s.text, end) is not None
                for _, _, end in _demonym_forces(s.text, gazetteer, lx.FORCE_NOUN_EN,
                                                 lx.FORCE_NOUN_FR)
            ))
            # an armed group that retakes a town is still no government ("les FSR ont annoncé
            # avoir repris la ville de Bara")
            group_retakes = group_retakes or any(
                m.kind == "actor" and not m.id.startswith(("military-forces-", "civilians-"))
                and _RETAKES_AFTER.match(s.text, m.end) is not None
                for m in s.mentions
            ) or (
                # (told as fighters: « les combattants tigréens ont repris le contrôle »)
                any(w in low for w in ("repris", "retook", "recaptured", "retaken"))
                and _FIGHTERS_RETAKE.search(low) is not None
            )
            acts = min(len(lx.RIOT_ACT.findall(s.text)), 2)
            riot += w * acts
            riot_told += acts
            crowd += w * min(len(lx.CROWD.findall(s.text)), 2)
            mob += w * min(len(lx.MOB.findall(s.text)), 2)
        if s.zone == "title":
            title_ambush = hits["Armed clash"] > 0
            title_gun = bool(_SHOT_DEAD.search(low))
            title_forces_killed = bool(_FORCES_KILLED.search(low))
            title_suicide = any(hits[k] for k in (*_REMOTE, "_explosion", "_strike"))
            headline_civilians = bool(lx.CIV_VICTIMS_LOW.search(s.low))
            headline_fight = any(
                hits[k] for k in ("Armed clash", "Non-state actor overtakes territory",
                                  "Government regains territory", *_REMOTE, "_explosion")
            )
        if any(
            m.kind == "place" and _TAKES_TOWN.search(s.text, max(0, m.start - 16), m.start)
            for m in s.mentions
        ):
            # a town named as entered or taken: "M23 rebels enter Sake", "le M23 occupe Saké"
            hits["Non-state actor overtakes territory"] += 1
        for key, count in hits.items():
            if key in lx.EVENT_CUES:
                score[key] += w * lx.EVENT_CUES[key][1] * min(count, 2)
        if (
            hits["Peaceful protest"] and not s.background and s.zone != "body"
            and _PROTEST_DEATHS.search(low)
        ):
            protest_deaths = True  # "dix morts à Bogotá lors de manifestations"
        if not s.background and s.zone != "body" and not two_sided:
            two_sided = bool(_TWO_SIDES.search(low))
        if not s.background and (s.zone != "body" or s.paragraph <= 1):
            force_lows.append(low)
            if hits["Peaceful protest"] and _CROWD_CLASH.search(low):
                # "heurts entre manifestants et un convoi", "protesters clashed"
                crowd_clash = True
            # a crowd, a fight with the police, and no armed group, told in the first
            # paragraphs: "supporters clash with police", « affrontements entre des jeunes et
            # les forces de l'ordre »
            police_fight = police_fight or bool(
                _CROWD_CLASH.search(low) and _POLICE_SIDE.search(low)
            )
            crowd_named = crowd_named or bool(
                lx.CROWD.search(s.text) or _LOCAL_CROWD.search(low)
            )
            armed_named = armed_named or bool(_ARMED_SIDE.search(low)) or any(
                m.kind == "actor" and not m.id.startswith(("military-forces-", "civilians-"))
                for m in s.mentions
            )
        gunmen += w * min(hits["_gunmen"], 2)
        if hits["Armed clash"] and ("ambush" in low or "embuscade" in low):
            ambush += w * min(hits["Armed clash"], 2, len(_AMBUSH.findall(low)))
        attack += w * min(hits["_attack"], 2)
        mil += w * min(hits["_mil"], 2)
        civ += w * min(hits["_civ"], 2)
    # a strike is the named weapon's ("frappes russes ... une roquette a touché un train"), an
    # air strike's when none is named
    strikes = score.pop("_strike", 0.0)
    fired = max(("Air/drone strike", "Shelling/artillery/missile attack"), key=lambda k: score[k])
    if score[fired] < 1.0:
        # (Russia's strikes on Ukraine's towns are its missiles' unless aircraft or drones
        # are named: « la frappe russe sur Sviatochynsky », "Russian strike on supermarket")
        fired = "Shelling/artillery/missile attack" if any(
            _RUSSIAN_STRIKE.search(s.low) for s in sentences
            if not s.background and (s.zone != "body" or s.paragraph <= 1)
        ) else "Air/drone strike"
    score[fired] += strikes
    # blasts and explosions are the named weapon's ("explosions ... attributed to grenades",
    # "missiles ... explosions"), a planted bomb's when no weapon is named
    blasts = score.pop("_explosion", 0.0)
    named = max(_BLAST_WEAPONS, key=lambda k: score[k])
    if score[named] < 1.0:
        # no weapon named but a suicide bomber: the blasts are his ("an explosion ripped
        # through a mosque ... appeared to be the work of a suicide bomber")
        named = "Suicide bomb" if score["Suicide bomb"] >= 1.0 else "Remote explosive/landmine/IED"
    score[named] += blasts
    if score["Suicide bomb"] >= 1.5 and not (title_ambush and not title_suicide):
        if any(
            _BOMBS_THEN_ASSAULT.search(s.low) for s in sentences
            if not s.background and (s.zone != "body" or s.paragraph <= 1)
        ):
            # bombers who opened the way for an assault on a base: the fight is the event
            # (« ont fait exploser deux voitures piégées ... avant d'attaquer la base »)
            return "Battles", "Armed clash"
        # (an ambush in the headline that used suicide bombers is still an ambush)
        return "Explosions/Remote violence", "Suicide bomb"
    remote = max(_REMOTE, key=lambda k: score[k])
    r = score[remote]
    territory = score["Non-state actor overtakes territory"]
    regain = score["Government regains territory"]
    clash = score["Armed clash"]
    vac = score["Attack"] + gunmen
    abduction = score["Abduction/forced disappearance"]
    # taking ground is the event when the report tells of it more than of the fighting
    # (people "seized" are abducted: the abduction tells it then)
    if max(territory, regain) >= 3.0 and max(territory, regain) >= max(r, 0.75 * clash) and (
        max(territory, regain) > abduction
    ):
        sub = "Government regains territory" if state_takes or (
            regain > territory and not group_retakes
        ) else "Non-state actor overtakes territory"
        return "Battles", sub
    if r >= 2.0 and r >= 0.5 * max(vac, clash, abduction) and not (
        title_ambush and not title_suicide
    ) and not (
        # a headline that tells a shooting and no weapon from afar, the shells told less:
        # "Junta troops shoot dead Baptist pastor" (as shelling went on in the town)
        title_gun and not title_suicide and r < vac
    ) and not (
        # an assault on soldiers that opens with shells or car bombs and goes on with fighting
        # told at least as much ("une attaque complexe ... des combats au sol ont suivi")
        (clash >= r or (clash > 0 and attack >= 2 * r)) and mil > civ
    ):
        return "Explosions/Remote violence", remote
    # (gunmen who abduct are no other attack: "Gunmen abduct 27 students, kill one"; but an
    # attack told as such outweighs the few it took away: "24 morts dans l'attaque d'une
    # église ... trois autres enlevées")
    if mob >= 2.0 and mob >= 0.5 * max(abduction, clash, r):
        # a crowd that kills those it accuses of an abduction: the lynching is the event ("Mob
        # kills woman accused in abduction and murder of girl")
        return "Riots", "Mob violence"
    if abduction >= 2.0 and abduction >= max(vac - gunmen, clash, 0.5 * attack):
        if any(
            _ABDUCTED_KILLED.search(s.low) for s in sentences
            if not s.background and s.zone != "body"
        ):
            # the abducted found dead: their killing is the event ("Bodies of two abducted
            # village defence guards found", « deux gardes enlevés puis tués »)
            return "Violence against civilians", "Attack"
        if any(
            (taken := _KILLED_THEN_TAKEN.search(s.text)) is not None
            and any(n.value >= 2 for n in find_numbers(s.text[: taken.end()]))
            for s in sentences if s.zone == "title"
        ):
            # a headline that tells the killing of several first and those taken after: a raid
            # whose dead are its news ("Bandits kill nine, abduct dozens in Katsina community";
            # not "Gunmen kill student, abduct 42 from college")
            return "Violence against civilians", "Attack"
        return "Violence against civilians", "Abduction/forced disappearance"
    if score["Sexual violence"] >= 2.0:
        return "Violence against civilians", "Sexual violence"
    protest = score["Peaceful protest"]
    if riot < 1.5 and crowd >= 1.5 and any(
        _RIOTS_TOLD.search(s.text) and not _PRISON_WORDS.search(s.text)
        for s in sentences if s.zone == "title"
    ):
        # a headline that names the riots whose toll it counts: « le bilan des émeutes de
        # Wamena s'alourdit à 23 morts »
        riot = 1.5
    rioting = riot >= 1.5 and crowd >= 1.5 and riot >= 0.5 * max(clash, r, vac)
    if crowd_clash and max(protest, score["Excessive force against protesters"]) >= 3.0 and (
        protest > max(vac, r)
    ):
        # protesters who clash with those they met riot, whoever fired ("Two killed as
        # protesters clashed with a French convoy", « heurts entre manifestants et policiers »)
        return "Riots", "Violent demonstration"
    if score["Excessive force against protesters"] >= 2.0 and not (rioting and riot_told >= 2):
        # (protesters who burn, stone or loot, two such acts told, are rioters, whoever
        # fired on them: « ont incendié des pneus et saccagé des boutiques », "a crowd tried
        # to take over a government building ... hurled stones at police"; not "police opened
        # fire on protesters who stormed parliament")
        # (a protest put down with tear gas, batons or arrests, and no one shot, killed or
        # badly hurt, is one broken up: ACLED's protest with intervention)
        return "Protests", _force_used(force_lows, protest_deaths)
    if mob >= 1.5 and mob >= 0.5 * max(clash, r):
        return "Riots", "Mob violence"
    if rioting and protest == 0 and civ > 0:
        # a crowd that falls on people, told with no protest: "rioters target Sudanese traders
        # in Juba", « des émeutiers s'en prennent aux commerçants »
        return "Riots", "Mob violence"
    if rioting:
        # a crowd storming, burning or looting ("supporters ransack a general's house")
        return "Riots", "Violent demonstration"
    if protest >= 3.0 and (
        protest > max(vac, clash, r)
        # (people killed at the protest, told as much as the killing: « un jeune homme tué par
        # balle lors des manifestations »)
        or (protest_deaths and protest >= max(vac, clash, r))
    ):
        if score["Excessive force against protesters"] >= 1.0 or protest_deaths:
            # (protesters do not die of a peaceful protest)
            return "Protests", _force_used(force_lows, protest_deaths)
        return "Protests", "Peaceful protest"
    if police_fight and crowd_named and not armed_named and (
        # (the clash told, « heurts », weighs one even where no armed clash is scored)
        max(clash, 1.0) >= max(vac, r)
        # (or the crowd rioted, whatever the police fired: "security forces opened fire on
        # youths who barricaded the streets")
        or (clash > 0 and riot >= 1.5 and r < vac)
    ) and score["Excessive force against protesters"] < 2.0:
        # a crowd that fights the police or the gendarmes riots: no armed group is a side
        # ("Saakashvili supporters clash with police", « affrontements entre gendarmes et
        # villageois »)
        return "Riots", "Violent demonstration"
    if headline_civilians and not headline_fight and not (clash > 0 and mil > civ):
        # "Troops killed at least 45 civilians in Amhara town": the fighting the story goes on
        # to tell of is its setting (unless soldiers escorting them fought back: "convoi mixte
        # ... 30 civils, quatorze militaires ... la riposte des forces")
        return "Violence against civilians", "Attack"
    if clash == 0 and attack + vac > 0 and any(
        lx.LONE_ATTACKER_DOWN.search(s.text) for s in sentences
        if not s.background and (s.zone != "body" or s.paragraph <= 2)
    ):
        # the police or troops of a lone attacker's report are the ones who stopped him
        return "Violence against civilians", "Attack"
    if clash + vac + attack >= 0.5 and not (
        # an attack told by no assault of its own, and a weapon from afar named: the weapon's
        # ("Russian attack on Kostiantynivka market" ... "Russia's missile attack")
        vac == 0 and clash == 0 and r >= 1.0 and civ > mil
    ):  # (not a cue of the background alone)
        # who was attacked decides: armed opponents make it a battle, civilians an attack
        # (an ambush on civilians alone is no battle: "tourists killed as rebels ambushed
        # their vehicle")
        if (clash > vac + civ * 0.3 and not (
            # (civilians the many dead, unless two armed sides are told fighting: "two women
            # killed ... after rival factions exchanged gunfire")
            mil == 0 and civ >= 2 * clash and not two_sided
        ) and not (
            # an ambush of people no report calls fighters: "Six aid workers killed in
            # South Sudan ambush"
            mil == 0 and civ > 0 and clash <= ambush and not any(
                _ARMED_GUARDS.search(s.text) for s in sentences
                if s.zone != "body" or s.paragraph <= 1
            )
        )) or (
            mil > civ and clash + mil >= vac
        ) or (
            # the forces alone were hit by a band of gunmen, as the headline says, civilians
            # not at all: "gunmen kill five police officers exercising at a sports complex"
            # (not a lone assailant's stabbing of a soldier, nor the people queuing at a
            # checkpoint)
            title_forces_killed and mil >= 2.0 and civ == 0 and gunmen > 0
        ):
            return "Battles", "Armed clash"
        return "Violence against civilians", "Attack"
    if r > 0:
        return "Explosions/Remote violence", remote
    if mil > civ:
        # "ten soldiers and nineteen cartel members were killed": armed men died on both sides
        return "Battles", "Armed clash"
    return "Violence against civilians", "Attack"


#: The forces told killed (on a lower-cased headline): "gunmen kill five police officers",
#: « quatre soldats tués ».
_FORCES_KILLED = re.compile(
    r"\b(?:kills?|killed|shoots? dead|shot dead|guns? down|gunned down|tuent|abattent)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:police(?:men| officers)?|policemen|soldiers|troops|gendarmes|"
    r"policiers|soldats|militaires|agents)\b|"
    r"\b(?:policemen|police officers|soldiers|troops|gendarmes|policiers|soldats|militaires)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:killed|tués|shot dead|abattus)\b"
)
#: Armed men who are no army: rangers, guards, vigilantes, a convoy's escort.
_ARMED_GUARDS = re.compile(
    r"\b(?:rangers?|écogardes?|gardes? (?:du parc|forestiers?)|park guards?|guards?|gardes?|"
    r"vigilan\w+|autodéfense|self-defen[cs]e|militia\w*|milicien\w*|escort\w*|"
    r"comités? de vigilance|dozos?|volunteers|volontaires|forces de sécurité|"
    r"security forces|forces du ministère)\b",
    re.IGNORECASE,
)
#: Missiles only Ukraine fires at Russia and the ground it holds.
_UKRAINE_S_MISSILES = re.compile(r"\b(?:ATACMS|Storm Shadows?|SCALP|Neptunes?)\b")


#: An ambush (on lower-cased text).
_AMBUSH = re.compile(r"\bambush\w*|\bembuscades?\b")
#: People shot dead, told by the verb (on lower-cased text).
_SHOT_DEAD = re.compile(
    r"\bshoot(?:s|ing)? dead\b|\bshot dead\b|\bgunned down\b|\bguns? down\b|"
    r"\bshot and killed\b|\btuée?s? par balles?\b|\babattue?s? par balles?\b"
)


#: After a word for the forces, what they did to others (on lower-cased text): "soldiers
#: rounded up and killed the men", "troops fired at", « l'armée a exécuté ».
_FORCES_DID = re.compile(
    r"(?:['’]s?)?\s+(?:(?:have|had|has|allegedly|reportedly|summarily|then|also|who|"
    r"auraient|avaient|ont|a|sommairement)\s+){0,3}"
    r"(?:killed|executed|shot|gunned down|fired (?:at|on|into)|opened fire|rounded up|"
    r"burn(?:ed|t)|massacred|tortured|raped|tied up|beat|tué|exécuté|abattu|massacré|"
    r"brûlé|ouvert le feu|tiré sur|torturé|violé|rassemblé)\b"
    # (an object follows: "soldiers killed 44 people", not "soldiers killed in an ambush")
    r"(?=\s+(?:and\s+[\w-]+\s+)?(?:[\w-]+\s+dead\b|\d|at least|more than|some|about|dozens|"
    r"hundreds|the|"
    r"a|an|two|three|four|five|six|seven|eight|nine|ten|[\w-]+ (?:villagers|civilians|"
    r"people|men|women|children)|villagers|civilians|people|men|women|children|residents|"
    r"des|les|au moins|plus de|deux|trois|quatre|cinq|six|sept|huit|neuf|dix))"
)


#: Protesters told fighting (on lower-cased text).
_CROWD_CLASH = re.compile(
    r"\bheurts\b|\bclash(?:ed|es|ing)?\b|\baffrontements?\b|\bs['’]affront\w+|"
    r"\b(?:ont|a|avaient|avait) affronté\b|\bscuffl\w+|\baccrochages?\b"
)


#: Two armed sides told fighting each other (on lower-cased text): "rival factions exchanged
#: gunfire", « un échange de tirs entre ».
_TWO_SIDES = re.compile(
    r"\brival (?:factions|groups|clans|gangs|militias|armed groups)\b|"
    r"\b(?:exchang\w+|trad(?:e|es|ed|ing)) (?:of )?(?:heavy )?(?:gun)?fire\b|"
    r"\béchanges? de tirs\b|\bgun ?battles?\b|\bgunfights?\b|\bfactions rivales\b"
)
#: The police side of a crowd's fight (on lower-cased text).
_POLICE_SIDE = re.compile(
    r"\b(?:police\w*|policiers?|gendarmes?|gendarmerie|forces de l['’]ordre|forces de sécurité|"
    r"security forces|national guard|garde nationale|riot police|anti-?riot|anti-émeutes?)\b"
)
#: People of a place who make a crowd when they fight (on lower-cased text).
_LOCAL_CROWD = re.compile(
    r"\b(?:des jeunes|les jeunes|youths?|villageois|villagers|habitants en colère|"
    r"angry (?:residents|villagers|locals))\b"
)
#: An armed side that makes the fight no crowd's (on lower-cased text).
_ARMED_SIDE = re.compile(
    r"\b(?:rebels?|rebelles?|militants?|gunmen|jihadists?|jihadistes?|djihadistes?|insurgents?|"
    r"insurgés?|bandits?|hommes armés|armed men|terroristes?|terrorists?|militias?|"
    r"milices?|miliciens?|fighters|combattants|assaillants|attackers|separatists?|"
    r"séparatistes?|amba|gangs?|gang members|gangsters?|armed groups?|groupes? armés?)\b|"
    # (and police fighting soldiers: « affrontements entre policiers et militaires »)
    r"\b(?:entre|between) (?:des |les |the )?(?:policiers|police(?:men)?|gendarmes|militaires|"
    r"soldats|soldiers|troops) (?:et|and) (?:des |les |the )?(?:policiers|police(?:men)?|"
    r"gendarmes|militaires|soldats|soldiers|troops|army|armée)\b"
)


def _militia_crowd(sentences: list[_Sentence], gazetteer: Gazetteer) -> bool:
    """Whether the crowd that burnt and stoned is a militia the headline or lead names
    (« l'attaque d'une centaine de colons israéliens contre le village »): no demonstrators,
    a mob, or the attackers of whoever it killed."""
    for s in sentences:
        if s.background or s.zone not in ("title", "summary", "lead"):
            continue
        for m in s.mentions:
            actor = gazetteer.actor(m.id) if m.kind == "actor" else None
            if actor is not None and actor.kind == "militia":
                return True
    return False


#: A killing told in a headline or lead, for a militia's crowd: its attack, or a mob's riot.
_KILLED = re.compile(
    r"\b(?:kill(?:ed|s|ing)?|shot dead|tu(?:é|ée|és|ées|ant)|abattu)\b", re.IGNORECASE
)


def _property_only(
    sentences: list[_Sentence], event: tuple[str, str], dead: int | None, hurt: int | None
) -> bool:
    """Buildings burnt or looted and nobody hurt ("insurgents torch a district office"): the
    headline tells of property, not people, and no toll is given (or it is nil)."""
    if dead or hurt:
        return False
    title = next((s.text for s in sentences if s.zone == "title"), "")
    if event == ("Explosions/Remote violence", "Remote explosive/landmine/IED"):
        # homes blown up by the troops that hold the village, nobody hurt: a demolition, no
        # bomb attack (« l'armée israélienne dynamite plusieurs maisons à Hanine »)
        return bool(_DEMOLISHED.search(title)) and not lx.CASUALTY_WORDS.search(title)
    if event != ("Violence against civilians", "Attack"):
        return False  # (people taken away are the news, not the plane they torched)
    return bool(lx.PROPERTY.search(title) or _DEMOLISHED.search(title)) and not (
        lx.CASUALTY_WORDS.search(title)
    )


#: Buildings blown up on purpose: "troops blow up homes", « dynamite plusieurs maisons ».
_DEMOLISHED = re.compile(
    r"\b(?:dynamit\w+|(?:fait|font) (?:sauter|exploser)|blew up|blows? up|blowing up|"
    r"demolish\w*|démoli\w*)\s+(?:[\w-]+\s+){0,2}?(?:" + lx.HOMES + r")\b",
    re.IGNORECASE,
)


# -- place -------------------------------------------------------------------------------------


def _is_speaker(sentence: _Sentence, mention: Mention) -> bool:
    before = sentence.text[max(0, mention.start - 30) : mention.start]
    if lx.SOURCE_BEFORE.search(before) or (
        re.match(r"\s*(?:[.,;:»\")]|$)", sentence.text[mention.end : mention.end + 3])
        and lx.VERB_BEFORE_SPEAKER.search(before)
    ):
        return True
    # "Moscow said" speaks; "in south-east Moscow, the investigators said" does not
    return bool(lx.SPEECH_AFTER.match(sentence.text[mention.end :])) and not (
        _PREPOSITION_BEFORE.search(before)
    )


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:de|du|des|d['’]|à|au|aux|dans|en|sur|près de|in|at|of|near|from|on|outside)\s+"
    r"(?:la\s+|le\s+|les\s+|l['’]|the\s+)?$",
    re.IGNORECASE,
)


#: A place named as where the train was going, the wounded were taken, officials met.
_ELSEWHERE_AFTER = re.compile(r"^-?\s?bound\b", re.IGNORECASE)
#: A street named after a town, told as a name ("Ferozepur Road", "Kabul Street").
_STREET_WORDS = ("Road", "Street", "Avenue", "Boulevard")
_STREET_AFTER = re.compile(r"^\s+(?:" + "|".join(_STREET_WORDS) + r")\b")
#: A road named after the towns it links: "the Jammu-Srinagar highway"
_ROAD = (
    r"\s+(?:national\s+)?(?:passenger\s+)?(?:highway|road|railway|expressway|motorway|train|"
    r"rail\s+line|bus|coach|autocar|service)\b"
)
#: "the train between Abuja and Kaduna", "l'axe reliant Gao à Ansongo": both towns are ends.
#: ... and "a convoy from Quetta to the border town of Taftan": both towns are ends too.
_ROUTE_NOUN = (
    r"\b(?:trains?|road|highway|railway|route|bus|buses|coach|autocar|convoy|axe|trajet|ligne|"
    r"autoroute|voie ferrée|rail line)\s*,?\s+(?:[\w'’-]+\s+){0,2}?(?:between|entre|reliant|"
    r"reliait|relie|linking|links|from)\s+"
)
_ROUTE_WORD = re.compile(r"\b(?:between|entre|reliant|reliait|relie|linking|links|from)\b")
_ROUTE_FROM = re.compile(_ROUTE_NOUN + r"$", re.IGNORECASE)
_ROUTE_TO = re.compile(
    _ROUTE_NOUN + r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:and|et|à|to)\s+"
    r"(?:the\s+(?:[\w-]+\s+){0,3}?of\s+)?$", re.IGNORECASE
)


def _route_end(before: str) -> bool:
    """Whether the text before a town makes it an end of a line: "un train entre Abuja et"."""
    return _ROUTE_WORD.search(before) is not None and (
        _ROUTE_FROM.search(before) is not None or _ROUTE_TO.search(before) is not None
    )


#: "the Jammu-Srinagar highway", "a Quetta-to-Taftan coach"
_ROUTE_AFTER = re.compile(r"^(?:[-–]|-to-)[A-ZÀ-Þ][\w'’]+(?:\s+[A-Z][\w'’]+)?" + _ROAD)
_ROUTE_BEFORE = re.compile(r"[A-ZÀ-Þ][\w'’]+(?:[-–]|-to-)$")
_ROUTE_END = re.compile("^" + _ROAD)
#: A ship named after a town: "the cruiser Moskva", "le croiseur Moskva"
_VESSEL_BEFORE_LOW = lowered(
    r"\b(?:cruiser|flagship|warship|ship|vessel|frigate|destroyer|tanker|carrier|navire|"
    r"croiseur|frégate|bâtiment|pétrolier|porte-avions)\s+(?:the\s+|le\s+)?$",
)
_ELSEWHERE_BEFORE_LOW = lowered(
    r"\b(?:bound for|heading (?:for|to)|en route to|on its way to|à destination de|"
    # where travellers were going: "a bus carrying passengers to Kaduna", "sur la route de
    # Kaduna", "qui se rendait à Kano"
    r"(?:travell?ing|headed|going|carrying [\w-]+|transportait (?:des )?[\w-]+|se rendant|"
    r"(?:qui )?se rendai(?:en)?t) (?:to|vers|à|for|pour)|(?:the )?road (?:to|leading to)|"
    r"(?:la )?route (?:de|menant à|vers)|"
    # where the displaced came from: "des familles de déplacés venues de Nabatiyé"
    r"(?:venue?s?|venus|originaires?|en provenance) (?:de|d['’]|du)|"
    r"(?:fled|displaced|who came|fleeing) from|"
    # where people fled to: "thousands flee to Thailand", « des réfugiés au Tchad »
    r"(?:fled|flee|flees|fleeing|sought refuge|took refuge|seeking refuge|refugees)"
    r"(?: across the border| over the border)? (?:to|into|in)|"
    r"(?:ont fui|fuient|fuyant|se sont réfugiée?s|se réfugient|réfugiée?s) "
    r"(?:vers|au|en|à|dans)|"
    # (the wounded taken elsewhere, not "the hospital in Mrauk-U" that was struck)
    r"(?:taken|rushed|flown|transferred|evacuated|airlifted|moved)(?: [\w-]+){0,4}? "
    r"(?:to|in|at)|"
    r"(?:transportée?s?|évacuée?s?|transférée?s?|hospitalisée?s?)(?: [\w'’-]+){0,4}? "
    r"(?:à|vers|de|d['’])|"
    r"(?:meeting|talks|conference|summit|réunion|sommet) (?:in|at|à)|visit(?:ed|ing)?|"
    r"en visite à|buried in|inhumée?s? à|"
    # "the highway linking Jammu to Srinagar", "l'autoroute reliant Jammu à Srinagar"
    r"(?:highway|road|railway|autoroute|route|axe|voie ferrée) (?:linking|connecting|"
    r"between|from|reliant|entre)|(?:linking|connecting|between|reliant|entre)\s+"
    r"[A-ZÀ-Þ][\w'’-]+\s+(?:à|et|and|to|with))"
    # (the second of two: "venues de Nabatiyé et de Tyr")
    r"(?:\s+[A-ZÀ-Þ][\w'’-]+\s+(?:et|and|or|ou)(?:\s+(?:de|du|from|to|à))?)?"
    r"\s+(?:the\s+|la\s+|le\s+|l['’])?$",
)


#: An earlier event that dates this one: "a day after the Boulkessi raid", "au lendemain de
#: l'attaque de Boulkessi", "days after fighting in Sake".
_AFTER_EVENT_BEFORE = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|\d+) )?(?:days?|weeks?|hours?|months?) (?:after|before) "
    r"(?:the |a |an |its |last (?:week|month)['’]s )?(?:[\w'’-]+ ){0,5}$|"
    # the earlier event told at length: "two days after a rocket attack that killed an American
    # civilian contractor near Kirkuk"
    r"\b(?:(?:a|one|two|three|four|five|\d+) )?(?:days?|weeks?|hours?) (?:after|before) "
    r"(?:the |a |an )?(?:[\w'’-]+ ){0,3}?(?:attack|strike|raid|bombing|ambush)s? "
    r"(?:that|which|who) (?:[\w'’-]+ ){0,8}$|"
    # ... or a visit it came before or after: "hours before Pope Francis arrived in the
    # capital Juba"
    r"\b(?:hours?|days?) (?:after|before) (?:[\w'’-]+ ){1,4}?(?:arrived|arrives|landed|lands|"
    r"visited|visits) (?:[\w'’-]+ ){0,4}$|"
    # ... or by its dead: "hours after five people were killed by a rocket in the northern
    # border town of Metula"
    r"\b(?:(?:a|one|two|three|four|five|\d+) )?(?:days?|weeks?|hours?) (?:after|before) "
    r"(?:[\w'’-]+ ){1,4}?(?:(?:were|was|had been) )?(?:killed|died|wounded|injured) "
    r"(?:[\w'’-]+ ){0,10}$|"
    r"\b(?:au lendemain|la veille|quelques (?:jours|heures|semaines)|(?:un|deux|trois|\d+) "
    r"(?:jours?|semaines?|heures?)) (?:après|avant|de|d['’]|du) ?(?:l['’]|la |le |les )?"
    r"(?:[\w'’-]+ ){0,5}(?:de |d['’]|à |contre )?$",
    re.IGNORECASE,
)


_AFTER_WORDS = ("after", "before", "après", "avant", "lendemain", "veille")
#: A distance measured from a town: "about 160 km north of Mogadishu", « à 80 km au sud de ».
_FAR_FROM_BEFORE_LOW = lowered(
    r"\b(\d{2,4}|(?:une\s+)?(?:trentaine|quarantaine|cinquantaine|soixantaine|centaine)\s+de|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|(?:a|one)\s+hundred)\s?"
    r"(?:km|kilom[eè]t\w+|miles)\s+(?:\([^)]{0,20}\)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:of|from|de|du|d['’])\s*(?:the\s+|la\s+|le\s+|l['’])?"
    # (a capital told so: "20 km north of the economic capital Bujumbura")
    r"(?:(?:[\w-]+\s+)?capitale?\s+(?:[\w-]+\s+)?)?$",
)
#: From this many kilometres, the town measured from is not where it happened.
_FAR_KM = 30


def _km(figure: str) -> int:
    """A distance's figure, in digits or in words ("une soixantaine de" is 60)."""
    if figure.isdigit():
        return int(figure)
    words = figure.lower().split()
    return _KM_WORDS.get(words[-2] if words[-1] == "de" else words[-1], 0)


_KM_WORDS = {
    "dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100,
}
#: What an attack avenges: "in retaliation for the killing of South Sudanese in Gezira".
_REPRISAL_FOR = re.compile(
    # (and what a raid was: "the raids were a response to rocket attacks on the K1 base")
    rf"\b(?:{lx.REPRISAL_FOR}|an? (?:retaliation|reprisal|revenge|response) (?:for|to))\b"
    r"[^.;]{0,130}$",
    re.IGNORECASE,
)
#: ... told right before, in the same clause: "retaliating for a Ukrainian strike".
_ANSWERED_BEFORE = re.compile(rf"\b{lx.REPRISAL_FOR}\b[^.;,]{{0,60}}$", re.IGNORECASE)
_REPRISAL_WORDS = ("retaliat", "reprisal", "revenge", "response", "avenge", "représaille",
                   "venger", "riposte")


#: Whence a weapon was fired: "rockets fired from Ethiopia's rebellious Tigray region",
#: « des roquettes tirées depuis la bande de Gaza ».
_ORIGIN_BEFORE_LOW = lowered(
    r"\b(?:fired|firing|launched|launching|shot|tirée?s?|tirant|lancée?s?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:from|depuis|à partir d[eu]|en provenance d[eu])\s+(?:the\s+|la\s+|le\s+|l['’])?"
    # ("firing from the Syrian town of Qamishli")
    r"(?:[\w'’-]+['’]s\s+)?(?:[\w-]+\s+){0,3}?$",
)
#: Whence the attackers or their weapons came over a border: "saboteurs who crossed from
#: Ukraine", "gunmen from Somalia", "drone from Yemen", « des assaillants venus du Mali » (the
#: other side of the border, not the place nor its country).
_CROSSED_FROM = (
    r"\b(?:(?:crossed|crossing|came|coming|infiltrated|infiltrating|sneaked|slipped)\s+"
    r"(?:in\s+|over\s+|into\s+\w+\s+)?from|(?:saboteurs?|attackers?|gunmen|raiders?|"
    r"commandos?|assailants?|infiltrators?|militants|fighters|drones?|uavs?|missiles?|"
    r"rockets?|projectiles?|barrages?|salvos?)\s+from|(?:venus?|venant|"
    r"arrivés?|infiltrés?|assaillants|saboteurs|commandos?)\s+(?:de|du|des|d['’]|depuis)|"
    r"(?:passé|franchi) la frontière depuis)\s+(?:the\s+|la\s+|le\s+|l['’])?"
    r"(?:neighbouring\s+|neighboring\s+|voisine?\s+)?"
)
_CROSSED_FROM_BEFORE_LOW = lowered(_CROSSED_FROM + "$")
#: ... and the provinces over the border they came from: "crossed from Afghanistan's Nuristan
#: and Kunar provinces", "crossed from the Afghan provinces of Nuristan and Kunar".
_CROSSED_FROM_AREA_LOW = lowered(
    _CROSSED_FROM
    + r"(?:[\w'’-]+['’]s\s+|[\w-]+\s+(?:provinces?|regions?|states?|districts?)\s+of\s+|"
    r"(?:provinces?|régions?|districts?)\s+[\w-]+\s+(?:de|du|d['’])\s*)"
    r"(?:[\w'’-]+\s+(?:and|et)\s+)?$"
)
#: A person named by the town they come from: "Sydney man, his brother and his wife killed in
#: Israeli strike on southern Lebanon home" (their home, not the scene).
_HOMETOWN_AFTER = re.compile(
    r"\s+(?:man|woman|teen|teenager|boy|girl|couple|family|father|mother|dad|mum|mom|"
    r"grandfather|grandmother|pensioner|student|nurse|doctor|businessman|businesswoman)\b"
)
#: People told by where they come from: "elders and young men from Achin district", « des
#: pèlerins venus de Bamako » (their home, not the scene).
_HOME_BEFORE_LOW = lowered(
    r"\b(?:men|women|people|elders|residents|villagers|youths?|families|pilgrims|workers|"
    r"students|migrants|tribesmen|hommes|femmes|habitants|villageois|jeunes|familles|"
    r"pèlerins|ouvriers|étudiants)\s+(?:who (?:had )?(?:came|come|travelled) )?"
    r"(?:from|originaires? d[eu]|venus? d[eu]|venues? d[eu])\s+(?:the\s+|la\s+|le\s+|l['’])?$"
)
#: Observers far from the scene, by where they sit: "Diplomats in Mogadishu said", « des
#: diplomates à Bamako ».
_OBSERVERS_IN_BEFORE_LOW = lowered(
    r"\b(?:diplomats?|analysts?|observers?|envoys?|embass(?:y|ies)|diplomates?|analystes?|"
    r"observateurs?|ambassades?|chancelleries)\s+(?:based\s+)?(?:in|à|en)\s+$",
)
#: Whom a speaker told: "told The Irrawaddy", « a déclaré au Kyiv Independent ».
_TOLD_BEFORE = re.compile(
    r"\b(?:told|telling|said to|in an interview with|(?:a |ont )?(?:déclaré|dit|confié|indiqué|"
    r"affirmé|expliqué) (?:à|au))\s+(?:the\s+|The\s+|la\s+|le\s+|l['’])?$"
)
#: A news agency named by a place's name: « l'agence officielle Petra », "the Petra news
#: agency" (on lower-cased text before the name; after it).
_AGENCY_BEFORE_LOW = re.compile(
    r"\bagence (?:de presse )?(?:officielle |d['’]état |publique |nationale )?(?:de presse )?$"
)
_AGENCY_AFTER = re.compile(r"^\s+(?:state\s+)?news\s+agency\b", re.IGNORECASE)
#: Where a convoy or a traveller was going: "un convoi qui roulait vers Bamako", "heading to
#: Bamako", "the road from Kayes to Bamako" (the attack was on the way).
_BOUND_FOR_BEFORE_LOW = lowered(
    r"\b(?:heading|headed|bound|travell?ing|on (?:its|their|the) way|en route)\s+(?:to|for|"
    r"towards)\s+$|"
    # where marchers were going: "a march towards Islamabad", « marcher sur Bamako »
    r"\bmarch(?:ing|ed|es)?\s+(?:on|to|towards?)\s+$|\bmarch\w*\s+(?:vers|sur|jusqu['’]à)\s+$|"
    # where the attackers fled: "opened fire and fled toward the Hebron area", « l'assaillant a
    # pris la fuite vers Hébron » (not the people who fled the fighting: "thousands have fled
    # towards Paoua")
    r"\b(?:gunm[ae]n|attackers?|assailants?|suspects?|militants|shooters?|he|they|and|then|"
    r"before)\s+(?:had\s+|have\s+)?(?:fled|escaped|retreated|withdrew)\s+(?:back\s+)?"
    r"(?:toward|towards|to|into|in the direction of)\s+(?:the\s+)?$|"
    r"\b(?:assaillants?|tireurs?|suspects?|agresseurs?|et|puis)\s+"
    r"(?:se sont |s['’]est |ont |a )?(?:enfuie?s?|pris la fuite|repliée?s?|retirée?s?)\s+"
    r"(?:vers|en direction d[eu])\s+(?:la\s+|le\s+|l['’])?$|"
    r"\b(?:road|route|highway|convoy|journey|trip|trains?|bus(?:es)?|flights?)\s+"
    r"(?:(?:no\.?\s*)?\d+\s+)?from\s+(?:[\w'’ -]{2,30}?\s+to\s+)?$|"
    # (« le train n° 86 reliant Klimovo à Moscou »)
    r"\b(?:trains?|bus|vols?|routes?|axes?)\s+(?:n°\s*\d+\s+)?(?:reliant|qui reliait|qui relie|"
    r"entre)\s+(?:[\w'’ -]{2,30}?\s+(?:à|et)\s+)?$|"
    r"\b(?:roulai(?:t|ent)|se rendai(?:t|ent)|allai(?:t|ent)|en route|faisai(?:t|ent) "
    r"route)\s+(?:vers|pour)\s+$|\b(?:en direction|à destination) d[eu]\s+$|"
    # (the second town of a road's name: "l'axe Gao-Ansongo", "la route de Kayes à Bamako")
    r"\b(?:axe|route)\s+(?:de\s+|d['’])?[\w'’]+(?:-|\s+à\s+)$|"
    # a road told by where it goes: « sur la route qui mène à la réserve forestière de Pama »,
    # "on the road leading to"
    r"\b(?:road|route|highway|track|axe|piste)\s+(?:qui mène|menant|qui conduit|conduisant|"
    r"leading|that leads|which leads)\s+(?:à|au|aux|vers|to|towards?)\s+(?:la\s+|le\s+|l['’]|"
    r"les\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?$",
)
#: An office named by its seat: « l'évêque de Dori », "the emir of Kano" (a mayor's town is
#: often where he was attacked).
_OFFICE_OF_BEFORE_LOW = lowered(
    r"\b(?:bishop|archbishop|emir|sultan|évêque|archevêque|émir)\s+"
    r"(?:of|de|du|d['’])\s*$"
)
#: Where somebody spoke about it: "lors d'une allocution à Maputo", "told reporters in Kabul".
_SPOKE_IN_BEFORE_LOW = lowered(
    r"\b(?:allocution|discours|conférence de presse|point de presse|press conference|speech|"
    r"address|briefing|told reporters|speaking|s['’]exprimant)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:à|au|in|at|from|depuis)\s+$",
)
#: A venue and the Arabic article of its name (on lower-cased text): « le café al-Baqa », "the
#: hospital al-Shifa" name a venue; "the hospital in Khan Younis" names a town.
_VENUE_BEFORE = re.compile(
    r"\b(?:café|cafe|restaurant|hotel|hôtel|mosque|mosquée|school|école|hospital|hôpital|"
    r"market|marché|stadium|stade|cinema|cinéma|bakery|boulangerie|clinic|clinique)\s+"
    r"(?:al|el|an|ash|as|ad|ar|at|az)-$"
)
_SERVICE_AFTER = re.compile(
    r"^(?:-bound)?\s+(?:trains?|bus(?:es)?|flights?|coaches)\b(?!\s+(?:station|stop|terminal|depot))"
    # (a route's first end: "a Klimovo–Moscow train")
    r"|^\s*[-–—]\s*(?-i:[A-ZÀ-Þ])[\w'’-]*\s+(?:trains?|bus(?:es)?|flights?|highway|motorway)\b",
    re.IGNORECASE,
)


_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}")
#: Before a place, the feeling an event stirred there: "Anger in", « Colère à ».
_REACTION_IN_BEFORE = re.compile(
    r"\b(?:anger|outrage|fury|grief|shock|dismay|mourning|tributes?|colère|indignation|émoi|"
    r"stupeur|consternation|deuil|hommages?)\s+(?:in|à|au|at)\s+$"
)
#: Before a place, a landmark across from the scene: "facing the Lebanese village of", « face
#: au village libanais de », "across the border from".
_FACING_BEFORE = re.compile(
    r"\b(?:facing|opposite|across (?:the (?:border|frontier|valley|river) )?from|overlooking|"
    r"(?<!-)face (?:à|au|aux)|en face d[eu']|surplombant)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?"
    r"(?:(?!(?:in|at|near|à|dans|en)\b)[\w'’-]+\s+){0,3}?$"
)


#: A place that names a clock, not a scene: "Moscow time", « heure de Moscou ».
_CLOCK_AFTER = re.compile(r"\s+time\b(?!\s+(?:in|to|for|since))")
_CLOCK_BEFORE_LOW = re.compile(r"\bheure (?:de |d['’])$")
#: A city's quarter named like a town elsewhere: "the Jacarezinho favela", « la favela de
#: Maré », "the Petare slum", "the Kibera slum".
_QUARTER_WORDS = ("favela", "slum", "shanty", "bidonville", "barrio", "comuna", "quartier",
                  "neighbo")
_QUARTER_AFTER = re.compile(
    r"\s+(?:favelas?|slums?|shanty ?towns?|barrio|comuna|neighbou?rhoods?)\b", re.IGNORECASE
)
_QUARTER_BEFORE_LOW = re.compile(
    r"\b(?:favelas?|slums?|bidonvilles?|barrio|comuna) (?:de |do |da |of |d['’])?$|"
    # (« le quartier de Chevtchenko », not « certains quartiers de Goma »: the city)
    r"\bquartier (?:de |d['’])$"
)
#: Before a country, the border the scene lies on: "on the border with Burkina Faso", « à la
#: frontière avec le Mali », « ce village frontalier du Nigeria », "a town bordering Kenya": the
#: country over it, not the scene's.
_BORDER_WITH_BEFORE = re.compile(
    r"(?:\b(?:borders?|frontiers?|frontières?) (?:with|avec)|\bfrontali(?:er|ère)s? "
    r"(?:du|des|de)|\bbordering)"
    r"\s+(?:the\s+|le\s+|la\s+|l['’]|les\s+)?$"
)
#: After a country's name, its border ("near Ukraine border"), on whichever side.
_BORDER_AFTER = re.compile(r"^\s+(?:border|frontier)\b(?!\s+(?:town|city|village|post|"
                           r"crossing|district|province|region)s?\b)")


def _not_a_location(
    sentence: _Sentence, mention: Mention, gazetteer: Gazetteer | None = None
) -> bool:
    """Mentions of a place name that do not say where something happened."""
    text = sentence.text
    low = sentence.low
    before = text[max(0, mention.start - 40) : mention.start]
    before_low = low[max(0, mention.start - 40) : mention.start]
    after = text[mention.end : mention.end + 30]
    if lx.FLAG_AFTER.match(after) or lx.FLAG_BEFORE.search(before):
        return True
    if _SERVICE_AFTER.match(after):
        return True  # "passengers waiting for the Kyiv train": where it goes
    if _HOMETOWN_AFTER.match(after):
        return True  # "Sydney man killed in Israeli strike on southern Lebanon home"
    if ("from" in before_low or "venu" in before_low or "originaire" in before_low) and (
        _HOME_BEFORE_LOW.search(before_low)
    ):
        return True  # "the protesters, mostly elders and young men from Achin district": home
    if _VENUE_BEFORE.search(before_low):
        return True  # « le café al-Baqa », "the al-Deira hotel": a venue's name
    if _BOUND_FOR_BEFORE_LOW.search(low[max(0, mention.start - 60) : mention.start]):
        return True  # "un convoi qui roulait vers Bamako": where it was going
    if _SPOKE_IN_BEFORE_LOW.search(before_low):
        return True  # "lors d'une allocution à Maputo": where it was told
    if _OFFICE_OF_BEFORE_LOW.search(before_low):
        return True  # « l'évêque de Dori »: an office's seat
    if _TOLD_BEFORE.search(before):
        return True  # "the spokesman told The Irrawaddy": a newspaper spoken to
    if _AGENCY_BEFORE_LOW.search(before_low) or _AGENCY_AFTER.match(after):
        return True  # « l'agence officielle Petra », "the Petra news agency": a news agency
    if _OBSERVERS_IN_BEFORE_LOW.search(before_low) and lx.SPEECH_AFTER.match(after):
        return True  # "Diplomats in Mogadishu said": where those who speak sit
    if _ORIGIN_BEFORE_LOW.search(low[max(0, mention.start - 70) : mention.start]):
        return True  # "rockets fired from Ethiopia's Tigray region struck Asmara": whence
    if _REACTION_IN_BEFORE.search(before_low):
        return True  # "Anger in Baghdad as toll from U.S. strikes rises": where it was felt
    if _FACING_BEFORE.search(before_low):
        return True  # « une localité israélienne située face au village libanais de Houla »
    if _STREET_AFTER.match(after):
        return True  # "a suicide bombing on Ferozepur Road" in Lahore: a street's name
    if _CLOCK_AFTER.match(after) or _CLOCK_BEFORE_LOW.search(before_low):
        return True  # "at 6:07 a.m. Moscow time", « vers 6 h 07 heure de Moscou »: a clock
    if mention.id.startswith("c:") and _BORDER_WITH_BEFORE.search(before_low):
        return True  # "an army post at Kafolo, on the border with Burkina Faso": the neighbour
    if mention.id.startswith("c:") and _BORDER_AFTER.match(after):
        return True  # "Russian air base near Ukraine border": either side of it
    wide = text[max(0, mention.start - 90) : mention.start]
    if any(w in wide for w in _AFTER_WORDS) and _AFTER_EVENT_BEFORE.search(wide):
        return True  # "attack on Timbuktu a day after the Boulkessi raid": an earlier event
    wider = text[max(0, mention.start - 150) : mention.start]
    if any(w in wider for w in _REPRISAL_WORDS) and _REPRISAL_FOR.search(
        # (initials with stops end no sentence: "bases hosting U.S. troops")
        _INITIALISM.sub("XX", wider)
    ):
        return True  # "in retaliation for the killing of citizens in Gezira": what it avenges
    if lx.BLAME.search(before[-14:]) or _ACCUSED.search(before):
        return True
    elsewhere = _ELSEWHERE_BEFORE_LOW.search(before_low)
    road = elsewhere is not None and bool(
        _ROUTE_WORD.search(before, elsewhere.start(), elsewhere.end())
    )
    if (
        _ELSEWHERE_AFTER.match(after) or (elsewhere and not road)
        or _VESSEL_BEFORE_LOW.search(before_low) or _ROUTE_AFTER.match(after)
        or (_ROUTE_BEFORE.search(before) and _ROUTE_END.match(after))
    ):
        return True  # "the Peshawar-bound train", "taken to hospitals in Quetta"
    if (
        road or _route_end(text[max(0, mention.start - 80) : mention.start])
    ) and not (gazetteer is not None and _local_road(sentence, mention, gazetteer)):
        return True  # "the train between Abuja and Kaduna", "the highway linking Jammu to"
    # a first name: "Vladimir Putin", "Mohammed Deif" (not in Title Case headlines)
    return " " not in mention.surface and bool(
        lx.PERSON_BEFORE.search(before)
        or (
            _SURNAME_AFTER.match(after)
            and not lx.PLACE_SUFFIX.match(after)
            and not _title_case(text)
        )
        or _given_name_before(sentence, mention, before, gazetteer)
    )


#: A capitalised word right before a name, in the middle of a sentence (after a word in
#: lower case or a comma): a given name when it is no place word ("killed Burhan Wani").
_CAPITALISED_BEFORE = re.compile(r"(?<=[a-zà-ÿ,]\s)([A-ZÀ-Þ][a-zà-ÿ]{2,})\s+$")
#: A kind of settlement named right before the capitalised word.
_SETTLEMENT_OF_BEFORE = re.compile(
    r"\b(?:town|village|city|ville|localité|commune) (?:of|de|d['’])\s*$",
    re.IGNORECASE,
)
#: Words that open a place's name ("North Waziristan", « Haut-Mbomou »), not a person's.
_PLACE_OPENERS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "upper", "lower", "greater", "old", "new", "nord", "sud", "est", "ouest", "haut", "haute",
    "bas", "basse", "grand", "grande", "petit", "petite", "saint", "sainte", "san", "santa",
    "mount", "mont", "lake", "lac", "port", "fort", "camp", "cape", "cap", "gulf", "golfe",
    "river", "wadi", "jebel", "jabal", "tel", "tell", "ras", "kafr", "beit", "bir", "deir",
    "ain", "khan", "bab", "sidi",
})


def _given_name_before(
    sentence: _Sentence, mention: Mention, before: str, gazetteer: Gazetteer | None
) -> bool:
    """Whether a town's one-word name follows a given name ("the encounter that killed Burhan
    Wani"): a surname. (Not a place word, a people or a name the gazetteer knows: "in
    Upper Dir", "Kenyan Mandera", "Mogadishu Lido".)"""
    found = _CAPITALISED_BEFORE.search(before)
    if found is None or gazetteer is None or _title_case(sentence.text):
        return False
    place = gazetteer.place(mention.id)
    if place is None or place.level != "city":
        return False
    word = found.group(1)
    start = mention.start - len(before) + found.start(1)
    if _SETTLEMENT_OF_BEFORE.search(before, 0, found.start(1)):
        return False  # "the Druze town of Ashrafiyat Sahnaya": a town's name of two words
    if fold_key(word) in _PLACE_OPENERS or gazetteer.is_common_word(word):
        return False
    if gazetteer.demonym_country(word) or gazetteer.country_word(word):
        return False
    return not any(m.start <= start < m.end for m in sentence.mentions)


#: A surname after a first name that is also a town's: "Vladimir Putin", "Ismaïl al-Ghoul",
#: "Rami al-Rifi", "Ahmed ould Abdallah".
_SURNAME_AFTER = re.compile(
    r"^\s+(?:(?:al|el|ad|ar|as|az|ash|bin|ben|ibn|ould|ag)-|(?:bin|ben|ibn|ould|ag)\s+)?"
    r"[A-Z][a-zà-ÿ]+\b"
)


#: The other end of a road: "between Aynata and" (before), "and Aitaroun" (after).
_OTHER_END_BEFORE = re.compile(
    r"\b(?:between|entre)\s+([A-ZÀ-Þ][\w'’-]+)\s+(?:and|et)\s+$", re.IGNORECASE
)
_OTHER_END_AFTER = re.compile(r"\s+(?:and|et)\s+([A-ZÀ-Þ][\w'’-]+)")
#: Two villages this close are the ends of a local road, the spot where it happened.
_LOCAL_ROAD_KM = 15.0


def _local_road(sentence: _Sentence, mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a town named as an end of a road lies a few kilometres from the other end ("the
    road between Aynata and Aitaroun"): the road is there."""
    here = gazetteer.place(mention.id)
    if here is None or here.lat is None or here.lon is None:
        return False
    text = sentence.text
    other_end = _OTHER_END_BEFORE.search(text, max(0, mention.start - 40), mention.start) or (
        _OTHER_END_AFTER.match(text, mention.end)
    )
    if (
        other_end is not None
        and (here.level == "site" or here.population < _VILLAGE_SIZE)
        and not any(
            m.kind == "place" and m.start <= other_end.start(1) < m.end
            for m in sentence.mentions
        )
    ):
        # a village, and the other end a village the gazetteer lacks: a local road (a city
        # at one end is the start of a long one: "the road between Abuja and Kachia")
        return True
    for other in sentence.mentions:
        if other.kind != "place" or other is mention or abs(other.start - mention.start) > 60:
            continue
        there = gazetteer.place(other.id)
        if (
            there is not None and there.level in ("city", "site") and there.id != here.id
            and (km := km_apart(here, there)) is not None and km <= _LOCAL_ROAD_KM
        ):
            return True
    return False


def _title_case(text: str) -> bool:
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


#: No container phrase is longer (« , une localité du département du X, dans la région de l' »).
_CONTAINER_GAP_MAX = 90
_CONTAINER_GAP = re.compile(
    r"^\s*(?:village|town|community|settlement|district|area|county|municipality|"
    r"territory)?\s*,?\s*(?:in|inside|within|dans|en|au)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’])?[\w'’-]*(?:\s+[\w'’-]+)?\s*$|"
    # a part of it: "Blahodatne in the southern part of Donetsk region", « dans le sud de la
    # région de »
    r"^\s*(?:village|town)?\s*,?\s*(?:in|dans)\s+(?:the\s+|le\s+|la\s+)?(?:(?:north|south|"
    r"east|west)(?:ern|-eastern|-western)?|central|nord|sud|est|ouest|centre|nord-est|"
    r"nord-ouest|sud-est|sud-ouest)\s+(?:part\s+of\s+(?:the\s+)?|de\s+la\s+|du\s+|"
    r"de\s+l['’])(?:(?:région|oblast)\s+(?:de\s+|d['’]))?$|"
    # a district between them: "Mafa village in Tarmuwa Local Government Area of Yobe State"
    r"^\s*(?:village|town|community|settlement)?\s*,?\s*(?:in|dans)\s+(?:the\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:local government area|LGA|district|county|tehsil|"
    r"municipality|commune|territoire|cercle|département)\s*,?\s*(?:of|in|du|de|dans)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’])?[\w'’-]*\s*$|"
    # "Nabatiyé, la principale ville du Liban-Sud", "Kidal, the main town of the north"
    r"^\s*,\s*(?:the|a|la|le|une?|l['’])\s*(?:[\w'’-]+\s+){0,2}(?:town|city|village|capital|"
    r"ville|localité|capitale|chef-lieu)\s+(?:of|in|du|de|des|de la|d['’])\s*(?:the\s+|la\s+)?$|"
    # the district the gazetteer lacks, named between: « Bodo, une localité du département du
    # Logone-et-Chari, dans la région de l'Extrême-Nord », "Bodo, a village in the Logone-et-Chari
    # department of the Far North region"
    r"^\s*,\s*(?:an?|une?|the|la|le)\s+(?:[\w'’-]+\s+){0,2}?(?:town|village|community|locality|"
    r"localité|commune|bourgade|hameau)\s+(?:in|of|du|de|dans)\s+(?:the\s+|le\s+|la\s+|l['’])?"
    r"(?:(?:district|département|department|county|cercle|commune|territoire|LGA)\s+"
    r"(?:of\s+|du\s+|de\s+|d['’])?)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s*,?\s+"
    r"(?:(?:district|department|county|LGA)\s+)?(?:in|of|dans)\s+(?:the\s+|la\s+|le\s+|l['’])?"
    r"(?:(?:région|region|province|state|état)\s*(?:of\s+(?:the\s+)?|de\s+l['’]|de\s+la\s+|"
    r"du\s+|de\s+|d['’])?)?$",
    re.IGNORECASE,
)
#: A town told to be a village: « Bodo, une localité du département », "Bodo, a village in".
_TOLD_VILLAGE = re.compile(
    r"\s*,\s*(?:an?|une?|the|la|le)\s+(?:small\s+|petite\s+)?(?:village|hamlet|locality|"
    r"localité|hameau|bourgade)\b",
    re.IGNORECASE,
)


_THE_CAPITAL = re.compile(
    r"(?<!provincial )(?<!regional )(?<!state )(?<!district )(?<!economic )"
    r"\b(?:[Tt]he|[Ii]ts) (?:[A-Z][a-z]+ )?capital\b(?!['’]s? of| of| city of)|"
    r"\b[Ll]a capitale\b(?! (?:de |du |des |d['’]|régionale|provinciale|économique))"
    r"(?: [a-zé]+(?:aise|ienne|ise|ane|aine|ote)s?\b)?",
)
#: A town told as "the city" (« la ville »), by a report whose dateline names it.
_THE_CITY = re.compile(r"\b(?:[Tt]he|[Ll]a) (?:city|ville)\b(?! of| de| d['’]| du)")
_OWNER_AFTER = re.compile(r"^['’]s\s")
_STRIKES_AFTER = re.compile(
    r"^\s+(?:pound\w*|strikes|struck|hits|hit|attacks|attacked|shell\w*|bomb\w*|launch\w*|"
    r"fired|fires|targets|targeted|frappe|a frappé|bombarde|a bombardé|pilonne|a pilonné|"
    r"attaque|a attaqué|vise|a visé|a tiré|tire|a lancé|lance|a ciblé|cible)\b",
    re.IGNORECASE,
)
_KILLS_AFTER = re.compile(
    r"^\s+(?:kills|killed|assassinates|assassinated|tue|a tué|élimine|a éliminé)\b",
    re.IGNORECASE,
)
_RULERS_BEFORE = re.compile(
    r"\b(?:régime|pouvoir|gouvernement|government|regime) (?:de |d['’]|of )$|"
    # its forces: « les forces de Bagdad entrent dans Kirkouk », "the troops of Kinshasa"
    r"\b(?:forces|troupes|soldats|armée|army|troops) (?:de |d['’]|of )$|"
    # "la coalition dirigée par Riyad", "the coalition led by Riyadh"
    r"\b(?:dirigée?s? par|menée?s? par|conduite?s? par|led by|backed by|soutenue?s? par) $",
    re.IGNORECASE,
)
_RULERS_AFTER = re.compile(
    r"^(?:-led)?\s+(?:regime|government|riposte|ripostes|retaliates|responds|répond|"
    r"réplique|hits back|strikes back|"
    # its voice: "Kyiv calls it fake news", "Moscou dément"
    r"calls|called|dismiss(?:es|ed)|denies|denied|rejects|rejected|brands|branded|accuses|"
    r"accused|blames|blamed|dément|démentent|rejette|accuse|dénonce|qualifie)\b",
    re.IGNORECASE,
)
#: "Tehran's allied militias", "Gaza's health ministry": the town stands for its rulers
_INSTITUTION_AFTER = re.compile(
    # (and "the Tripoli-based government": where it sits)
    r"^-based\b|"
    r"^['’]s\s+(?:[\w-]+\s+){0,2}(?:allied|allies|proxies|proxy|government|army|military|forces|"
    r"militias?|ministry|mayor|governor|president|officials?|leaders?|leadership|embassy|"
    r"consulate|police|authorities|regime|rulers|envoy|ambassador|spokes\w+)\b",
    re.IGNORECASE,
)

#: A country name that news use for its namesake too: "Congo" is most often the Democratic
#: Republic of Congo.
_NAMESAKE_COUNTRIES = {"CG": ("CD",), "CD": ("CG",)}


def _areas_named_as_such(sentences: list[_Sentence], gazetteer: Gazetteer) -> None:
    """A town's name told as a province's, where a province bears it too, is the province:
    « la région russe de Koursk » (the scanner reads « région de Koursk » whole, not with an
    adjective between)."""
    for s in sentences:
        for i, m in enumerate(s.mentions):
            if m.kind != "place" or not m.alternatives or not _named_as_area(s, m):
                continue
            place = gazetteer.place(m.id)
            if place is None or place.level != "city":
                continue
            alt = next((
                a for a in m.alternatives
                if (p := gazetteer.place(a)) is not None and p.level == "admin1"
                and p.country == place.country
            ), None)
            if alt is not None:
                s.mentions[i] = m.model_copy(
                    update={"id": alt, "alternatives": (m.id, *(a for a in m.alternatives
                                                               if a != alt))}
                )


#: A business named after a town, the word of its kind first: "Le Campement Kangaba" (a resort
#: outside Bamako), "Hotel Kigali".
_ESTABLISHMENTS = (
    "Campement", "Hotel", "Hôtel", "Restaurant", "Café", "Cafe", "Lodge", "Resort", "Motel",
    "Auberge", "Guesthouse", "Cinema", "Cinéma", "Supermarket", "Supermarché",
)
_ESTABLISHMENT_BEFORE = re.compile(
    r"(?:^|[^\w'’-])(?:" + "|".join(_ESTABLISHMENTS) + r")\s+$|"
    # (or its kind in lower case before a name of two words: « le restaurant Aziz Istanbul »)
    r"\b(?:restaurant|café|hôtel|hotel|maquis)\s+[A-Z][\w'’-]+\s+$"
)
#: ... or after it, a name of two words: "the Aziz Istanbul restaurant".
_ESTABLISHMENT_AROUND = re.compile(r"[A-Z][\w'’-]+\s+$")
_ESTABLISHMENT_AFTER = re.compile(r"\s+(?:restaurant|café|cafe|hotel|lodge|bar|nightclub)\b")
#: (a cheap test: the words of every business kind above, in lower case)
_BUSINESS_WORDS = (*(w.lower() for w in _ESTABLISHMENTS), "maquis", "bar", "nightclub")
_NOT_A_NAME = frozenset({"The", "Le", "La", "Les", "A", "An", "In", "At", "À", "Au", "Un", "Une"})


#: An acronym, as the registry's short names are written: "SDF", "UPDF".
_ACRONYM = re.compile(r"[A-Z]{3,6}")
#: A capitalised word right before (a longer name goes on to the left).
_LONGER_NAME_LEFT = re.compile(r"\b[A-Z][\w'’-]*\s+$")
#: Short words a spelled-out name may hold between its initials: "Front for the Liberation of".
_LINK_WORDS = ("of", "the", "for", "and", "de", "du", "des", "la", "le", "et", "pour")
_NAME_LINKS = r"(?:\s+(?:" + "|".join(_LINK_WORDS) + r"|l['’]))*\s+"


@lru_cache(maxsize=512)
def _spelled_out(acronym: str) -> re.Pattern[str]:
    """A name whose words begin with the acronym's letters, alone: no capitalised word after
    it (not "Iraqi Security Forces" for "IS" and two more letters)."""
    return re.compile(
        r"\b" + _NAME_LINKS.join(rf"{letter}[a-zà-ÿ'’-]+" for letter in acronym)
        + r"\b(?!\s+[A-Z])"
    )


def _acronyms_of_others(sentences: list[_Sentence]) -> None:
    """An acronym the report spells out as another body's name is that body's, not the
    registry's group: "SDF" beside "Social Democratic Front", Cameroon's opposition party,
    is not Syria's Democratic Forces."""
    acronyms = {
        s.text[m.start : m.end] for s in sentences for m in s.mentions
        if m.kind == "actor" and _ACRONYM.fullmatch(s.text, m.start, m.end)
    }
    if not acronyms:
        return
    named = {s.text[m.start : m.end] for s in sentences for m in s.mentions if m.kind == "actor"}
    others: set[str] = set()
    for acronym in acronyms:
        # (its own name spelled out is no other body: "Allied Democratic Forces (ADF)")
        if any(
            not any(found.group(0) in name for name in named)
            and not _LONGER_NAME_LEFT.search(s.text, max(0, found.start() - 30), found.start())
            for s in sentences for found in _spelled_out(acronym).finditer(s.text)
        ):
            others.add(acronym)
    if others:
        for s in sentences:
            s.mentions = [
                m for m in s.mentions
                if not (m.kind == "actor" and s.text[m.start : m.end] in others)
            ]


#: A short form in brackets right after a name: "Forces démocratiques syriennes (FDS)".
_GLOSS_AFTER = re.compile(r"\s*\(([A-Z]{2,6})\)")
_CAPITALS = re.compile(r"\b[A-Z]{2,6}\b")


def _glossed_short_forms(sentences: list[_Sentence]) -> None:
    """A short form a report glosses a group's name with stands for that group wherever the
    report uses it again, though the registry does not know it so: "les Forces démocratiques
    syriennes (FDS) ... un commandant des FDS"."""
    glossed: dict[str, str] = {}
    for s in sentences:
        for m in s.mentions:
            if (
                m.kind == "actor" and (g := _GLOSS_AFTER.match(s.text, m.end))
                # (the short form of the name said, not of a longer one around it)
                and "".join(
                    w[0] for w in m.surface.split() if w.lower() not in _LINK_WORDS
                ).upper() == g.group(1)
            ):
                glossed.setdefault(g.group(1), m.id)
    if not glossed:
        return
    for s in sentences:
        added = [
            Mention(kind="actor", id=glossed[c.group(0)], start=c.start(), end=c.end(),
                    surface=c.group(0))
            for c in _CAPITALS.finditer(s.text)
            if c.group(0) in glossed
            and not any(m.start < c.end() and c.start() < m.end for m in s.mentions)
        ]
        if added:
            s.mentions = sorted([*s.mentions, *added], key=lambda m: (m.start, m.kind))


#: A province's name used for its people: "ethnic Amhara", « d'ethnie amhara », "the Amhara
#: Association of America".
_PEOPLE_BEFORE = re.compile(r"\b(?:ethnic|ethnie)\s+$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(
    r"\s+(?:Association|ethnic\b|community\b|communities\b|communauté\b)"
)
#: ... and its people in another province: "Amhara civilians in western Oromia".
_PEOPLE_IN_AFTER = re.compile(
    r"\s+(?:civilians|people|farmers|villagers|residents|settlers|migrants|civils|paysans|"
    r"habitants)\s+(?:in|dans)\s+(?:(?:the|la|le|l['’])\s*)?(?:(?:western|eastern|northern|"
    r"southern|central|north-western|south-western|l['’]ouest de|l['’]est de|le nord de|le sud "
    r"de)\s+(?:la\s+|l['’])?)?(?=[A-ZÀ-Þ])"
)


def _peoples_not_provinces(sentences: list[_Sentence], gazetteer: Gazetteer) -> None:
    """A province named for its people is no place of the report: "a massacre of ethnic Amhara
    civilians", "Amhara civilians in western Oromia" (the killing was in Oromia)."""
    for s in sentences:
        provinces = [
            m for m in s.mentions
            if m.kind == "place" and (p := gazetteer.place(m.id)) is not None
            and p.level == "admin1"
        ]
        if not provinces:
            continue
        drop = {
            id(m) for m in provinces
            if _PEOPLE_BEFORE.search(s.text, max(0, m.start - 12), m.start)
            or _PEOPLE_AFTER.match(s.text, m.end)
            or ((after := _PEOPLE_IN_AFTER.match(s.text, m.end)) is not None and any(
                o is not m and o.start == after.end() for o in provinces
            ))
        }
        if drop:
            s.mentions = [m for m in s.mentions if id(m) not in drop]


def _establishments_out(sentences: list[_Sentence]) -> None:
    """A town's name that is part of a business's ("Le Campement Kangaba") is not the town: the
    report tells where the business is apart ("on the eastern outskirts of Bamako")."""
    for s in sentences:
        if not any(word in s.low for word in _BUSINESS_WORDS) or not any(
            m.kind == "place" for m in s.mentions
        ):
            continue  # (a cheap test first: most sentences name no business)
        s.mentions = [
            m for m in s.mentions
            if m.kind != "place" or not (
                _ESTABLISHMENT_BEFORE.search(s.text, max(0, m.start - 30), m.start)
                or _business_named(s.text, m.start, m.end)
            )
        ]


#: Two forces told with one noun: "Puntland and Galmudug forces", "the forces of Puntland and
#: Galmudug", « les forces du Puntland et du Galmudug ».
_SHARED_FORCES = re.compile(
    r"\b(?P<a>[A-Z][\w'’-]+)\s+and\s+[A-Z][\w'’-]+\s+(?P<noun>forces|troops)\b|"
    r"\b(?P<noun2>forces|troops) of\s+(?:[A-Z][\w-]+['’]s\s+)?(?P<a2>[A-Z][\w'’-]+)\s+and\s+"
    r"(?P<b2>[A-Z][\w'’-]+)|"
    r"\b(?P<noun3>forces|troupes) (?:du|de la|de l['’]|de)\s*(?P<a3>[A-Z][\w'’-]+)\s+et\s+"
    r"(?:du|de la|de l['’]|de)\s*(?P<b3>[A-Z][\w'’-]+)"
)


def _shared_forces(sentences: list[_Sentence], gazetteer: Gazetteer) -> None:
    """Each of two forces told with one noun is named: "Puntland and Galmudug forces" names
    Puntland's forces as well as Galmudug's (the registry knows "Puntland forces")."""
    for s in sentences:
        if "forces" not in s.low and "troop" not in s.low:
            continue  # (a cheap test first)
        for m in _SHARED_FORCES.finditer(s.text):
            noun = m.group("noun") or m.group("noun2") or m.group("noun3")
            for group in ("a", "a2", "b2", "a3", "b3"):
                if not m.group(group):
                    continue
                name = m.group(group)
                start, end = m.span(group)
                told = f"{name} {noun}" if group in ("a", "a2", "b2") else f"forces du {name}"
                _mention_as(s, gazetteer, told, start, end)
        s.mentions.sort(key=lambda x: (x.start, x.end))


def _mention_as(s: _Sentence, gazetteer: Gazetteer, told: str, start: int, end: int) -> bool:
    """Adds to the sentence, at ``start:end``, the actor the registry knows by the whole of
    ``told`` (with its namesakes in other countries), unless an actor is named there already;
    whether it added one."""
    if any(x.kind == "actor" and x.start <= start < x.end for x in s.mentions):
        return False
    found = [
        x for x in gazetteer.scan(told)
        if x.kind == "actor" and x.start == 0 and x.end == len(told)
    ]
    if found:
        s.mentions.append(
            found[0].model_copy(update={"start": start, "end": end, "surface": s.text[start:end]})
        )
    return bool(found)


#: Two communities at odds: "clashes between Nuba and Misseriya communities", "fighting
#: between members of the Dinka and Nuer tribes", "clashes between Fulani herders and Tiv
#: farmers", "pitted Hausa residents against Hamaj", « des affrontements entre membres des
#: communautés nouba et misseriya », « entre éleveurs arabes choa et pêcheurs mousgoum ».
_EN_PEOPLE = r"[A-Z][\w'’-]+"
_EN_FOLK_WORDS = r"herders|herdsmen|farmers|fishermen|residents|villagers|youths?|tribesmen"
_EN_FOLK = rf"(?:{_EN_FOLK_WORDS})"
_FR_PEOPLE = r"[\w'’-]+(?:\s+(?!et\b|armés\b)[\w'’-]+)?"
_FR_FOLK = (
    r"(?:éleveurs|agriculteurs|cultivateurs|pêcheurs|jeunes|habitants|membres de la (?:tribu|"
    r"communauté))"
)
_COMMUNITIES_AT_ODDS = re.compile(
    # (the fight told to break out first: "fighting broke out on Saturday between")
    r"\b(?:clash(?:es)?|fighting|violence|battles?|feud)(?:\s+(?:broke\s+out|erupted|flared"
    r"(?:\s+up)?|raged)(?:\s+[\w'’-]+){0,3}?)?\s+between\s+(?:members\s+of\s+)?"
    rf"(?:the\s+)?(?P<a>{_EN_PEOPLE})\s+and\s+(?:the\s+)?(?P<b>{_EN_PEOPLE})\s+"
    rf"(?:communities|tribes|ethnic groups|clans|militias|{_EN_FOLK_WORDS})\b|"
    rf"\bbetween\s+(?P<a2>{_EN_PEOPLE})\s+{_EN_FOLK}\s+and\s+(?P<b2>{_EN_PEOPLE})\s+"
    rf"{_EN_FOLK}\b|"
    rf"\bpitted\s+(?:the\s+)?(?P<a3>{_EN_PEOPLE})\s+(?:{_EN_FOLK}\s+)?against\s+(?:the\s+)?"
    rf"(?P<b3>{_EN_PEOPLE})\b|"
    r"\b(?:affrontements?|heurts|combats|violences|accrochages)\s+(?:intercommunautaires\s+|"
    r"tribaux\s+|ethniques\s+)?entre\s+(?:des\s+|les\s+)?(?:membres\s+des\s+)?"
    rf"(?:communautés|tribus|ethnies|clans)\s+(?P<fa>{_FR_PEOPLE})\s+et\s+(?P<fb>{_FR_PEOPLE})|"
    rf"\bentre\s+(?:des\s+)?{_FR_FOLK}\s+(?P<fa2>{_FR_PEOPLE})(?:\s+armés)?\s+et\s+(?:des\s+)?"
    rf"{_FR_FOLK}\s+(?P<fb2>{_FR_PEOPLE})",
    re.IGNORECASE,
)
_COMMUNITY_GROUPS = ("a", "b", "a2", "b2", "a3", "b3", "fa", "fb", "fa2", "fb2")


def _communities_at_odds(sentences: list[_Sentence], gazetteer: Gazetteer) -> None:
    """The militias of two communities at odds, where the registry knows them: "clashes
    between Nuba and Misseriya communities" names both peoples' militias (two French words by
    their whole name, « éleveurs arabes choa », else by the first or the last: « les
    communautés nouba et misseriya à Lagawa », « éleveurs arabes armés »)."""
    for s in sentences:
        if "between" not in s.low and "entre" not in s.low and "pitted" not in s.low:
            continue  # (a cheap test first)
        for m in _COMMUNITIES_AT_ODDS.finditer(s.text):
            for group in _COMMUNITY_GROUPS:
                if not m.group(group):
                    continue
                start, end = m.span(group)
                name = m.group(group)
                for told_name in dict.fromkeys((name, name.split()[0], name.split()[-1])):
                    told = (
                        f"milice {told_name.lower()}" if group.startswith("f")
                        else f"{told_name} militia"
                    )
                    if _mention_as(s, gazetteer, told, start, end):
                        break
        s.mentions.sort(key=lambda x: (x.start, x.end))


def _quarters_out(sentences: list[_Sentence], gazetteer: Gazetteer) -> None:
    """A town's name that the report gives a quarter of a city of another province ("the
    Jacarezinho favela in Rio de Janeiro", not the town of Paraná) is not the town, wherever
    the report names it ("Jacarezinho raid death toll"); the city's own quarter stays ("the
    Mathare slum" of Nairobi)."""
    if not any(w in s.low for s in sentences for w in _QUARTER_WORDS):
        return  # (a cheap test first: most reports name no favela)
    title = [s for s in sentences if s.zone == "title"]
    quarters: set[str] = set()
    for s in sentences:
        for m in s.mentions:
            if m.kind != "place" or not m.id.startswith("g:") or not (
                _QUARTER_AFTER.match(s.text, m.end)
                or _QUARTER_BEFORE_LOW.search(s.low[max(0, m.start - 20) : m.start])
            ):
                continue
            town = gazetteer.place(m.id)
            if town is not None and any(
                (city := gazetteer.place(x.id)) is not None and city.level == "city"
                and x.id != m.id and city.admin1 != town.admin1
                for t in (s, *title) for x in t.mentions if x.kind == "place"
            ):
                quarters.add(m.id)
    if quarters:
        for s in sentences:
            s.mentions = [m for m in s.mentions if m.id not in quarters]


def _short_forms_of_told_names(sentences: list[_Sentence], gazetteer: Gazetteer) -> None:
    """A town named in short that the report names in full elsewhere is the full name's town
    ("assassiné à San Cristóbal" in a report of San Cristóbal de las Casas: not the San
    Cristóbal of another state; not Abu Dhabi, told beside Abu Dhabi International Airport)."""
    full: dict[str, str] = {}
    for s in sentences:
        for m in s.mentions:
            if m.kind == "place" and m.surface.count(" ") >= 2 and (
                (p := gazetteer.place(m.id)) is not None and p.level == "city"
            ):
                full.setdefault(fold_key(m.surface), m.id)
    if not full:
        return
    for s in sentences:
        for i, m in enumerate(s.mentions):
            if m.kind != "place" or " " not in m.surface:
                continue
            short = fold_key(m.surface) + " "
            ids = {pid for name, pid in full.items() if name.startswith(short)}
            if len(ids) == 1 and (pid := next(iter(ids))) != m.id:
                s.mentions[i] = m.model_copy(update={"id": pid, "alternatives": ()})


def _business_named(text: str, start: int, end: int) -> bool:
    """Whether a town's name ends a business's name of two words told before its kind: "the
    Aziz Istanbul restaurant" (not "the Kabul restaurant", a restaurant in Kabul)."""
    if not _ESTABLISHMENT_AFTER.match(text, end):
        return False
    before = _ESTABLISHMENT_AROUND.search(text, max(0, start - 20), start)
    return before is not None and before.group(0).split()[0] not in _NOT_A_NAME


def _prefer_named_countries(sentences: list[_Sentence], gazetteer: Gazetteer) -> set[str]:
    """A name several places bear is the one in a country the report names ("Marawi" in a
    report on the Philippines is the Philippine city, not the Sudanese town). Returns the
    countries the report names."""
    named = _named_countries(sentences, gazetteer)
    if not named:
        return named

    def in_countries(codes: set[str]) -> Callable[[str], bool]:
        def inside(place_id: str) -> bool:
            place = gazetteer.place(place_id)
            return place is not None and place.country in codes
        return inside

    # the country a headline names by name first, when the report names several ("Yémen : 31
    # civils tués ... dans la province d'Al-Jouf", the coalition "dirigée par l'Arabie saoudite":
    # Yemen's Al Jawf, not Saudi Arabia's Al-Jouf)
    headline = {
        m.id[2:] for s in sentences if s.zone == "title" and not s.background
        for m in s.mentions if m.kind == "place" and m.id.startswith("c:")
    }
    if len(headline) == 1 and len(named) > 1:
        _prefer_alternatives(sentences, "place", in_countries(headline))
    _prefer_alternatives(sentences, "place", in_countries(named))
    return named


def _prefer_where_its_places_lie(
    sentences: list[_Sentence], gazetteer: Gazetteer, named: set[str]
) -> None:
    """A name several places bear is the one in the country where two or more of the report's
    places that have one bearer only lie, unless the report names its own country: « la région
    du Sud-Ouest » beside Mamfe and Bamenda is Cameroon's, not Burkina Faso's."""
    sure: dict[str | None, set[str]] = {}  # country -> the names with one bearer placed in it
    provinces: set[str | None] = set()  # the provinces they lie in
    for m, place in _told_places(sentences, gazetteer):
        if not m.alternatives:
            sure.setdefault(place.country, set()).add(m.surface.lower())
            provinces.add(gazetteer.admin1_of(place.id))
    if not any(len(names) >= 2 for names in sure.values()):
        return

    def home(place_id: str) -> bool:
        place = gazetteer.place(place_id)
        return place is not None and (
            place.country in named or len(sure.get(place.country, ())) >= 2
        )

    # (the namesake taken lies in a province where one of them lies: "the Kandi forest of
    # Rajouri district" is no town of West Bengal)
    _prefer_alternatives(
        sentences, "place",
        lambda place_id: home(place_id) and gazetteer.admin1_of(place_id) in provinces,
        keep=lambda _, m: home(m.id),
    )


def _province_crossed_from(s: _Sentence, m: Mention, place: Place) -> bool:
    """Whether a province is named as over the border the attackers came from ("crossed from
    Afghanistan's Nuristan and Kunar provinces")."""
    return place.level == "admin1" and bool(
        _CROSSED_FROM_AREA_LOW.search(s.low[max(0, m.start - 80) : m.start])
    )


def _told_places(
    sentences: list[_Sentence], gazetteer: Gazetteer
) -> list[tuple[Mention, Place]]:
    """The places below a country named outside the background, with their mentions (not the
    provinces over a border the attackers came from)."""
    return [
        (m, place) for s in sentences if not s.background for m in s.mentions
        if m.kind == "place" and not m.id.startswith("c:")
        and (place := gazetteer.place(m.id)) is not None and place.country
        and not _province_crossed_from(s, m, place)
    ]


def _namesake_where_its_places_lie(sentences: list[_Sentence], gazetteer: Gazetteer) -> None:
    """Bare "Congo" is the Congo the report's places lie in: "a church in eastern Congo ...
    Kasindi, a town in North Kivu province" is the Democratic Republic's, as wire copy names it,
    when no place of the other Congo is told."""
    lying = {place.country for _, place in _told_places(sentences, gazetteer)}
    for s in sentences:
        s.mentions = [
            m.model_copy(update={"id": f"c:{namesakes[0]}"})
            if m.kind == "place" and m.id.startswith("c:") and m.id[2:] not in lying
            and len(namesakes := [c for c in _NAMESAKE_COUNTRIES.get(m.id[2:], ()) if c in lying])
            == 1 and _BARE_NAMESAKE.fullmatch(m.surface)
            else m
            for m in s.mentions
        ]


#: Below this many people, a town abroad alone among a report's places may be an unlisted
#: village of the country where the others lie.
_LONE_TOWN_SIZE = 100_000


def _lone_namesake_abroad(
    sentences: list[_Sentence], gazetteer: Gazetteer, named: set[str]
) -> Place | None:
    """A small town alone in its country among a report's places, in a country the report
    never names, while two or more of its other places lie in one other country, is an
    unlisted village of that country that bears the town's name: "l'attaque contre le village
    de Pansi" beside Sebba and Dori is Burkina Faso's, not Pasni in Pakistan. The mention is
    dropped, and the village is read as an unlisted locality.

    Returns the area where the other places lie (their province if they share one, else
    their country), for a report whose only other places say nothing of where it happened
    ("the wounded were taken to Sebba and Dori"); None if no mention was dropped."""
    where: dict[str, Place] = {}  # surface -> place, of the places told outside the background
    for m, place in _told_places(sentences, gazetteer):
        # (a name several places bear says nothing of the country: « la région du Sud-Ouest »
        # is Burkina Faso's or Cameroon's)
        if not m.alternatives:
            where.setdefault(m.surface.lower(), place)
    countries = Counter(p.country for p in where.values())
    if not countries:
        return None
    home, most = countries.most_common(1)[0]
    if most < 2:
        return None
    lone: set[str] = set()
    for s in sentences:
        for m in s.mentions:
            town = gazetteer.place(m.id) if m.kind == "place" else None
            if (
                town is not None and town.level == "city" and town.country != home
                and town.country not in named and countries.get(town.country, 0) <= 1
                and town.population < _LONE_TOWN_SIZE
                and not any((alt := gazetteer.place(a)) is not None and alt.country == home
                            for a in m.alternatives)
            ):
                lone.add(m.id)
    if not lone:
        return None
    for s in sentences:
        s.mentions = [m for m in s.mentions if m.id not in lone]
    provinces = {
        p.id if p.level == "admin1" else p.parent_id
        for p in where.values() if p.country == home
    }
    province = provinces.pop() if len(provinces) == 1 else None
    area = gazetteer.place(province) if province else None
    return area if area is not None and area.level == "admin1" else gazetteer.place(f"c:{home}")


#: A town farther than this from the centre of the one province a report names is in
#: another province (not a town over the province's edge).
_OUTSIDE_PROVINCE_KM = 100.0


def _namesake_outside_named_province(sentences: list[_Sentence], gazetteer: Gazetteer) -> None:
    """A small town far outside the one province the headline and lead name, told beside it,
    when no other place of the report lies in the town's province, is an unlisted village of
    the named province that bears the town's name: « Liban-Sud : … près d'Aïnata » is not the
    Ainata of the Bekaa, "Bilozerka in the Kherson region" not a Bilozerka of Donetsk. The
    mention is dropped, and the village is read as an unlisted locality."""
    early = {
        m.id for s in sentences
        if not s.background and (s.zone != "body" or s.paragraph <= 1)
        for m in s.mentions
        if m.kind == "place" and (p := gazetteer.place(m.id)) is not None and p.level == "admin1"
    }
    if len(early) != 1:
        return
    province = gazetteer.place(next(iter(early)))
    if province is None or province.lat is None:
        return
    told = _told_places(sentences, gazetteer)
    # (told beside the province: not a town the headline's province only mourns, "Bodies of bus
    # victims reach Punjab" over "gunned down near Vitakri, in Barkhan district")
    beside = {
        id(m) for s in sentences if any(p.id == province.id for p in s.mentions)
        for m in s.mentions
    }
    far: set[str] = set()
    for m, town in told:
        if (
            id(m) in beside and town.level == "city" and town.country == province.country
            and town.population < _LONE_TOWN_SIZE
            and (where := gazetteer.admin1_of(town.id)) is not None and where != province.id
            and (km := km_apart(town, province)) is not None and km > _OUTSIDE_PROVINCE_KM
            and not any(
                gazetteer.admin1_of(other.id) == where or other.id == where
                for n, other in told if n.surface.lower() != m.surface.lower()
            )
        ):
            far.add(m.id)
    if far:
        for s in sentences:
            s.mentions = [m for m in s.mentions if m.id not in far]


def _named_countries(sentences: list[_Sentence], gazetteer: Gazetteer) -> set[str]:
    """The countries a report names, by name or nationality, outside its background."""
    named: set[str] = set()
    for s in sentences:
        if s.background:
            continue
        for m in s.mentions:
            if m.kind == "place" and m.id.startswith("c:"):
                named.add(m.id[2:])
                named.update(_NAMESAKE_COUNTRIES.get(m.id[2:], ()))
        # (not the attacker's: "Russian missiles hit village on edge of Pokrovsk", « une
        # frappe russe »)
        named.update(
            code for start, end, code in _nationalities(s.text, gazetteer)
            if end - start > 3 and _armed_span(
                s.text, start, end, lx.FORCE_OR_ATTACK_NOUN_EN, lx.FORCE_NOUN_FR
            ) is None
        )
    return named


def _contained(text: str, end: int, start: int) -> bool:
    """Whether the words between two places say the first lies in the second ("Owo, in Ondo
    state", "Nabatiyé, la principale ville du Liban-Sud")."""
    return start - end <= _CONTAINER_GAP_MAX and bool(_CONTAINER_GAP.match(text[end:start]))


#: A village (below this many people) farther than this from the town it is told to lie
#: near is a namesake of the village there. (A town of some size is the town: "the border town
#: of Taftan, near Noshki" speaks loosely.)
_NEAR_TOWN_FAR_KM = 100.0
_HAMLET_SIZE = 10_000
#: Below this many people, a town named in another province may be a village of that name.
_VILLAGE_SIZE = 20_000


#: Between a country and its province: "Ukraine's eastern", « de l'Ukraine, dans la ».
_COUNTRY_S_AREA = re.compile(
    r"^['’]s?\s+(?:(?:north|south|east|west)(?:ern|-eastern|-western)?|central|"
    r"occupied|frontline|front-line|border)?\s*$",
    re.IGNORECASE,
)


#: Between a village and a town it lies near: ", south of the Russian-held city of", ", some
#: 10 km east of", « , un hameau situé au sud de ».
_NEAR_GAP = re.compile(
    r"^,?\s+(?:[\w'’-]+\s+){0,4}?(?:\d+\s*(?:km|kilom\w+|miles)\s+)?"
    r"(?:near|outside|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|près\s+de|"
    r"au\s+(?:nord|sud)(?:-(?:est|ouest))?\s+de|à\s+l['’](?:est|ouest)\s+de)\b[^,.;()]{0,50}$",
    re.IGNORECASE,
)
#: Between a village and the town it lies close to, without a distance: "Krasna Hora near
#: Bakhmut", « Krasna Hora, aux portes de Bakhmout ».
_CLOSE_TO_GAP = re.compile(
    r"^,?\s+(?:[\w'’-]+\s+){0,3}?(?:near|close\s+to|(?:outskirts|edge)\s+of|près\s+de|"
    r"aux\s+(?:portes|abords)\s+de|à\s+la\s+lisière\s+de|non\s+loin\s+de)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _fit_containers(sentences: list[_Sentence], gazetteer: Gazetteer) -> None:
    """A town named with the province or country it is in ("Serhiivka in Odesa Oblast",
    "Tripoli, in Lebanon", "Yobe's Mafa") is its namesake there, wherever the report names it;
    with none there, it is a village the gazetteer lacks, and its name is not taken for the town
    elsewhere."""
    fitted: dict[str, str | None] = {}
    for s in sentences:
        places = [m for m in s.mentions if m.kind == "place"]
        for j, (first, second) in enumerate(itertools.pairwise(places)):
            close = False
            if _contained(s.text, first.end, second.start):
                inner_m, outer_m = first, second
                # "Mykhailivka in Ukraine's Zaporizhzhia region": the country's province
                # named next is the container
                if (
                    second.id.startswith("c:") and j + 2 < len(places)
                    and places[j + 2].id.startswith(f"a:{second.id[2:]}-")
                    and _COUNTRY_S_AREA.match(s.text[second.end : places[j + 2].start])
                ):
                    outer_m = places[j + 2]
            elif (
                j + 2 < len(places)
                and _NEAR_GAP.match(s.text[first.end : second.start])
                and _contained(s.text, second.end, places[j + 2].start)
            ):
                # "Andriivka, south of the Russian-held city of Bakhmut in the Donetsk region":
                # the province of the town it lies near holds it too
                inner_m, outer_m = first, places[j + 2]
            elif _CLOSE_TO_GAP.match(s.text[first.end : second.start]) and (
                (near := gazetteer.place(second.id)) is not None and near.level == "city"
            ):
                # "Krasna Hora near Bakhmut": a namesake far from the town it lies near is not it
                inner_m, outer_m, close = first, second, True
            elif _POSSESSIVE.match(s.text[first.end : second.start]) and first.id.startswith(
                "a:"
            ):
                # "Yobe's Mafa" (a country owns: "Iran's Damascus consulate")
                inner_m, outer_m = second, first
            else:
                continue
            if inner_m.id in fitted:
                continue
            inner, outer = gazetteer.place(inner_m.id), gazetteer.place(outer_m.id)
            if (
                inner is not None and outer is not None and inner.level == "country"
                and outer.level == "admin1" and outer.country != inner.country
            ):
                # a country's name told inside another country's province is a village there:
                # "in Tonga, in Upper Nile State's Panyikang County"
                fitted[inner_m.id] = None
                continue
            if inner is not None and outer is not None and outer.level == "city":
                if close and inner.level == "city" and inner.population < _HAMLET_SIZE and (
                    (km := km_apart(inner, outer)) is not None and km > _NEAR_TOWN_FAR_KM
                ):
                    nearby = sorted(
                        (d, a) for a in inner_m.alternatives
                        if (namesake := gazetteer.place(a)) is not None
                        and (d := km_apart(namesake, outer)) is not None
                        and d <= _NEAR_TOWN_FAR_KM
                    )
                    fitted[inner_m.id] = nearby[0][1] if nearby else None
                elif (
                    not close and inner.level == "city"
                    and (where := gazetteer.admin1_of(outer.id)) is not None
                    and gazetteer.admin1_of(inner.id) != where
                    and (alt := next((
                        a for a in inner_m.alternatives if gazetteer.admin1_of(a) == where
                    ), None)) is not None
                ):
                    # "Banki in Bama Local Government Area of Borno State": the namesake in
                    # the town's province (Nigeria's Banki, not India's)
                    fitted[inner_m.id] = alt
                continue
            if inner is None or outer is None or inner.level != "city" or (
                outer.level not in ("admin1", "country")
            ) or any(
                # "Kagara, dans l'État du Niger": the container is a namesake too
                alt in gazetteer.place_ancestors(inner_m.id)
                for alt in outer_m.alternatives
            ):
                continue

            def inside(place_id: str, outer: Place = outer) -> bool:
                if outer.level == "country":
                    found = gazetteer.place(place_id)
                    return found is not None and found.country == outer.country
                return outer.id in gazetteer.place_ancestors(place_id)

            if not inside(inner_m.id):
                alt = next((a for a in inner_m.alternatives if inside(a)), None)
                if alt is not None or inner.population < _VILLAGE_SIZE or (
                    # (a town of any size is not the village the report says it names)
                    _TOLD_VILLAGE.match(s.text, inner_m.end)
                ) or (
                    # a district there of the town's name ("Manipur's Bishnupur district",
                    # "le district de Bishnupur, au Manipur"), not the town elsewhere
                    _AREA_AFTER.match(s.text, inner_m.end)
                    or _AREA_BEFORE.search(s.text[max(0, inner_m.start - 30) : inner_m.start])
                ):
                    # (a town of some size is not mistaken for a village: "Nabatieh, the
                    # largest city in south Lebanon" speaks loosely)
                    fitted[inner_m.id] = alt
    if not fitted:
        return
    for s in sentences:
        s.mentions = [
            m if m.kind != "place" or m.id not in fitted
            else m.model_copy(update={"id": fitted[m.id]})
            for m in s.mentions
            if m.kind != "place" or fitted.get(m.id, m.id) is not None
        ]


def _prefer_neighbours(sentences: list[_Sentence], gazetteer: Gazetteer) -> None:
    """A town that shares its name with another of the same country is the one in the
    province where the report's other places lie ("Bishnupur district" beside Moreh and
    Ningthoukhong is Manipur's Bishnupur, not West Bengal's)."""
    mentions = [m for s in sentences for m in s.mentions if m.kind == "place"]

    def namesakes_at_home(m: Mention) -> bool:
        current = gazetteer.place(m.id)
        return current is not None and current.level == "city" and any(
            (alt := gazetteer.place(a)) is not None and alt.country == current.country
            for a in m.alternatives
        )

    if not any(m.alternatives and namesakes_at_home(m) for m in mentions):
        return  # (most names are shared, if at all, with towns of other countries)
    provinces: dict[str, set[str]] = {}  # province -> the other names placed in it
    seen: dict[str, str | None] = {}

    def province(place_id: str) -> str | None:
        if place_id not in seen:
            seen[place_id] = gazetteer.admin1_of(place_id)
        return seen[place_id]

    for m in mentions:
        if not m.alternatives and (where := province(m.id)) is not None:
            provinces.setdefault(where, set()).add(m.surface.lower())

    def support(place_id: str, surface: str) -> int:
        where = province(place_id)
        return len(provinces.get(where, set()) - {surface}) if where else 0

    fitted: dict[tuple[str, str], str] = {}
    for m in mentions:
        if not m.alternatives or (m.id, m.surface) in fitted:
            continue
        current = gazetteer.place(m.id)
        if current is None or current.level != "city" or support(m.id, m.surface.lower()):
            continue
        backed = [
            a for a in m.alternatives
            if (alt := gazetteer.place(a)) is not None and alt.country == current.country
            and support(a, m.surface.lower())
        ]
        if len(backed) == 1:
            fitted[(m.id, m.surface)] = backed[0]
    if fitted:
        for s in sentences:
            s.mentions = [
                m.model_copy(update={
                    "id": (new := fitted[(m.id, m.surface)]),
                    "alternatives": tuple(a for a in (m.id, *m.alternatives) if a != new),
                })
                if m.kind == "place" and (m.id, m.surface) in fitted else m
                for m in s.mentions
            ]


def _prefer_alternatives(
    sentences: list[_Sentence], kind: str, fits: Callable[[str], bool],
    keep: Callable[[_Sentence, Mention], bool] | None = None,
) -> None:
    """Replace each mention of this kind that does not fit by its first namesake that does
    (unless ``keep`` says the mention keeps its sense where it stands)."""
    for s in sentences:
        for i, m in enumerate(s.mentions):
            if m.kind != kind or not m.alternatives or fits(m.id):
                continue
            if keep is not None and keep(s, m):
                continue
            alt = next((a for a in m.alternatives if fits(a)), None)
            if alt is not None:
                s.mentions[i] = m.model_copy(update={"id": alt})


def _prefer_local_actors(
    sentences: list[_Sentence], country: str | None, gazetteer: Gazetteer
) -> None:
    """A name two groups bear is the group of the incident's country ("les shebab" in
    Mozambique are the Islamic State's Mozambique province, not Somalia's al-Shabaab)."""
    if country is None:
        return
    # (a name told as a state's keeps its first sense: "les gardes-frontières talibans",
    # "the Taliban government" are Afghanistan's, wherever they fire)
    _prefer_alternatives(
        sentences, "actor", lambda a: _serves(a, country, gazetteer),
        keep=lambda s, m: bool(
            _STATE_NOUN_AFTER.match(s.text, m.end)
            or _STATE_NOUN_BEFORE.search(s.text, max(0, m.start - 30), m.start)
        ),
    )
    # a country's ethnic militia is none of another country's ("armed Fulani" in Mali are not
    # Nigeria's Fulani militia, whose name they share)
    for s in sentences:
        s.mentions = [
            m for m in s.mentions
            if not (
                m.kind == "actor" and (actor := gazetteer.actor(m.id)) is not None
                and country not in actor.countries and (
                    _ETHNIC_MILITIA in actor.name
                    # (nor are a state's auxiliaries another state's: "Basij militia
                    # volunteers" in Iran are not Burkina Faso's VDP)
                    or (actor.kind == "militia" and bool(actor.parents) and all(
                        _is_state(p, gazetteer) for p in actor.parents
                    ))
                )
            )
        ]
    # a foreign group's name beside a local group's is a word for it ("la guérilla maoïste du
    # Sentier lumineux" in Peru is no Indian Maoists)
    for s in sentences:
        local = [
            m.id for m in s.mentions
            if m.kind == "actor" and (a := gazetteer.actor(m.id)) is not None
            and not a.is_state and country in a.countries
        ]
        if not local:
            continue
        s.mentions = [
            m for m in s.mentions
            if not (
                m.kind == "actor" and (actor := gazetteer.actor(m.id)) is not None
                and not actor.is_state and actor.countries and country not in actor.countries
                and not any(m.id in gazetteer.actor_ancestors(x) for x in local)
            )
        ]
    # "Congo's army said it foiled a coup in Kinshasa": the bare name is the incident's Congo
    for s in sentences:
        s.mentions = [
            m.model_copy(update={"id": f"c:{country}"})
            if m.kind == "place" and country in _NAMESAKE_COUNTRIES.get(m.id[2:], ())
            and m.id.startswith("c:") and _BARE_NAMESAKE.fullmatch(m.surface)
            else m
            for m in s.mentions
        ]


def _unnamed_foreign_forces_out(
    sentences: list[_Sentence], country: str | None, named: set[str], gazetteer: Gazetteer
) -> None:
    """A foreign state's police told by words that name no country ("the SDF and its internal
    security forces, known as the Asayish" in Raqqa) is none of that state's (Lebanon's
    Internal Security Forces) when the report names neither the state nor its people. (Not
    its troops nor a region's forces, which cross borders: Jubaland's in Kenya.)"""
    if country is None:
        return
    for s in sentences:
        s.mentions = [
            m for m in s.mentions
            if not (
                m.kind == "actor" and (actor := gazetteer.actor(m.id)) is not None
                and actor.is_police and country not in actor.countries
                and not named.intersection(actor.countries)
                and not _nationalities(m.surface, gazetteer)
                and not any(
                    o.kind == "place" and o.id.startswith("c:") and m.start <= o.start < m.end
                    for o in s.mentions
                )
            )
        ]


#: How the registry names an ethnic militia, each of one country ("Fulani Ethnic Militia
#: (Nigeria)", as ACLED names them).
_ETHNIC_MILITIA = " Ethnic Militia ("


#: A group's name told as a state's: "Taliban government", "forces talibanes".
_STATE_NOUN_AFTER = re.compile(
    r"\s+(?:government|regime|authorities|administration|border (?:guards|forces)|"
    r"security forces|forces|officials|ministry|gouvernement|régime|autorités)\b",
    re.IGNORECASE,
)
_STATE_NOUN_BEFORE = re.compile(
    r"\b(?:gouvernement|régime|autorités|gardes-frontières|forces|administration)\s+$",
    re.IGNORECASE,
)


#: A country named by the name it shares with its neighbour ("Congo", not "Republic of Congo"
#: nor "Congo-Brazzaville").
_BARE_NAMESAKE = re.compile(r"(?:the\s+|le\s+)?Congo", re.IGNORECASE)


#: A headline telling of one more strike after an earlier one.
_FRESH = re.compile(
    r"\b(?:new|another|second|fresh|renewed|nouvelle|nouvel|second|seconde|deuxième)\s+"
    r"(?:[\w-]+\s+)?(?:strikes?|attacks?|bombing|shelling|shootings?|frappes?|attaques?|"
    r"bombardements?|raids?|fusillades?|attentats?)\b|"
    r"\b(?:de|à) nouveau (?:frappée?s?|visée?s?|bombardée?s?|attaquée?s?|endeuillée?s?)\b|"
    # one more victim killed (not one more dying of the wounds: "a second soldier dies"):
    # "second teacher shot dead in Beoga", « un deuxième enseignant tué »
    r"\b(?:second|third|another|deuxième|troisième|nouvel|nouvelle|autre)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:teacher|soldier|policeman|police officer|journalist|worker|farmer|villager|civilian|"
    r"enseignant|instituteur|soldat|policier|journaliste|ouvrier|agriculteur|villageois|civil)e?"
    r"\s+(?:killed|shot dead|shot|murdered|gunned down|tuée?|abattue?|assassinée?)\b|"
    r"\b(?:attaquent|frappent|tuent|attaque|frappe|tue) (?:à|de) nouveau\b|"
    # "Again, gunmen attack Kajuru communities", "bandits strike again in Zamfara" (not a toll
    # that rises again)
    r"^again\b|\b(?:strike|strikes|struck|attack|attacks|attacked|hit|hits|kill|kills|"
    r"killed|bomb|bombs|bombed|raid|raids|raided)\s+"
    r"(?:(?!(?:rises?|rose|risen|climbs?|climbed|jumps?|jumped|grows?|grew)\b)[\w-]+\s+){0,3}?"
    r"again\b",
    re.IGNORECASE,
)
#: A headline telling its event came hours or days after another, named by its place or as
#: "an attack": "blast on bus kills bomber, two days after Kampala restaurant bombing", « un
#: enfant tué par une bombe au lendemain d'une attaque contre des civils » (not the event
#: itself, mourned or counted later: "three days after truck bombing, traders count their
#: losses", « au lendemain des bombardements du marché »).
#: A time after another event: "two days after", "hours after", « au lendemain de ».
_TIME_AFTER_EVENT = (
    r"(?:\b(?:a|one|two|three|four|five|six|\d+|un|deux|trois|quatre|cinq|six|quelques)\s+"
    r"(?:hours?|days?|weeks?|heures?|jours?|semaines?)\s+(?:after|après)|\bhours\s+after|"
    r"\bau\s+lendemain\s+(?:de|du|des|d['’]))"
)
_AFTER_ANOTHER = re.compile(
    _TIME_AFTER_EVENT + r"(?:(?<=['’])|\s+)"
    r"(?:(?:an?|une?)\s+(?:[\w'’-]+\s+){0,3}?|(?:[\w'’-]+\s+){0,3}?"
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*)\s+(?:[\w'’-]+\s+){0,2}?)"
    r"(?:strikes?|attacks?|bombings?|bombs?|blasts?|shelling|shootings?|raids?|encounters?|"
    r"ambush(?:es)?|clash(?:es)?|assaults?|massacres?|killings?|frappes?|attaques?|"
    r"attentats?|explosions?|bombardements?|fusillades?|embuscades?|assauts?|tueries?|"
    r"affrontements?|raids?)\b",
    re.IGNORECASE,
)


#: A toll that has risen: "the death toll rose to", « le bilan s'est alourdi ».
_TOLL_RISEN = re.compile(
    r"\b(?:toll|bilan)\b[^.;]{0,60}?\b(?:rose|risen|rises|climbed|climbs|s['’]est alourdi|"
    r"s['’]alourdit|est passé|est monté|a grimpé)\b",
    re.IGNORECASE,
)


def _fresh(title: str, gazetteer: Gazetteer) -> bool:
    """Whether the headline tells one more strike or attack after an earlier one."""
    if _FRESH.search(title):
        return True
    after = _AFTER_ANOTHER.search(title)
    # (a people's name is no other event's: "a day after Russian strike")
    return after is not None and not (
        after.group("name") and gazetteer.demonym_country(after.group("name"))
    )


def _after_place(
    title: str, summary: str, place: Place | None, locality: str | None, gazetteer: Gazetteer
) -> str | None:
    """The place of an earlier violent event the headline or the summary says this one came
    after, when it is not the report's own place."""
    return next((
        m.group("place") for text in (title, summary) for m in _AFTER_ELSEWHERE.finditer(text)
        if _elsewhere(m.group("place"), place, locality, gazetteer)
    ), None)


def _place_told_beside(
    sentences: list[_Sentence], place: Place | None, locality: str | None, gazetteer: Gazetteer
) -> str | None:
    """The town of another event the report tells beside this one in its first paragraphs
    (« Le même jour, un camion avait sauté sur un engin explosif près de Barsalogho »), when it
    is not the report's own place: an incident there is not this one."""
    if place is None or (place.level in ("country", "admin1") and not locality):
        return None  # (where this one happened is not known: it may be that town)
    for s in sentences:
        if s.zone != "body" or s.paragraph > 3 or not lx.ANOTHER_EVENT_OPENING.match(s.text):
            continue
        for m in s.mentions:
            town = gazetteer.place(m.id) if m.kind == "place" else None
            if town is None or town.level not in ("city", "site") or town.id == place.id:
                continue
            key = fold_key(town.name)
            if any(x and fuzz.ratio(fold_key(x), key) >= 85 for x in (locality, place.name)):
                continue  # (its own place in another spelling)
            return town.name
    return None


#: A time after a violent event at a named place, in the same clause: "a day after the deadly
#: rampage in al-Mughayyir", « au lendemain de l'attaque de Dablo » (not talks: « au lendemain
#: des pourparlers à Istanbul »).
_AFTER_ELSEWHERE = re.compile(
    _TIME_AFTER_EVENT + r"\b[^.;,:]{0,40}?"
    r"\b(?:attacks?|strikes?|rampage|raids?|bombings?|killings?|killed|ambush|assault|"
    r"massacre|shelling|blasts?|explosion|shooting|attaques?|frappes?|attentats?|tuerie|"
    r"embuscade|assaut|bombardements?|tués?|tuées?)\b[^.;,:]{0,50}?"
    r"\b(?:in|at|near|on|of|à|sur|de|du|d['’]|près de)\s*(?:the\s+)?"
    r"(?P<place>(?-i:(?:(?:al|el)-)?[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)?))",
    re.IGNORECASE,
)


def _elsewhere(
    name: str, place: Place | None, locality: str | None, gazetteer: Gazetteer
) -> bool:
    """Whether a name is a place other than the report's own (nor its province, its country or
    its village in another spelling)."""
    if place is None or gazetteer.demonym_country(name.split()[0]):
        return False
    key = fold_key(name)
    if any(
        x and (fold_key(x) == key or fuzz.ratio(fold_key(x), key) >= 85)
        for x in (locality, place.name)
    ):
        return False
    found = next(iter(gazetteer.resolve(name, kind="place", limit=1, partial=False)), None)
    if found is None or found.score < 0.9:
        return False  # (a word the gazetteer cannot place: "Ramadan", a person's name)
    return found.id != place.id and found.id not in gazetteer.place_ancestors(place.id) and (
        place.id not in gazetteer.place_ancestors(found.id)
    )


#: Mourning the dead: where the funerals are held is the victims' home, not the scene.
_MOURNING = re.compile(  # (on lower-cased text)
    r"\b(?:coffins?|funerals?|mourners?|buried|burial|laid to rest|cercueils?|funérailles|"
    r"obsèques|inhum\w+|enterr(?:é|és|ée|ées|ement)|cortège funèbre)\b"
)


#: How much a name that towns of several countries bear tells of the country, when the report
#: names none of them and its dateline is a town of another country.
_NAMESAKE_WEIGHT = 0.4
#: A namesake this much smaller than the town the name is read as shares its name for real.
_NAMESAKE_SIZE = 0.1


def _shared_name(place: Place, mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether towns of other countries of some size bear the name the report uses too
    ("Pamplona": Spain and Colombia), not just villages."""
    if place.level not in ("city", "site", "admin1"):
        return False
    for alt_id in mention.alternatives:
        alt = gazetteer.place(alt_id)
        if alt is None or alt.country == place.country:
            continue
        if place.level == "admin1":
            if alt.level in ("city", "admin1"):
                return True  # "San Vicente": a department of El Salvador, towns elsewhere
        elif alt.level == place.level and alt.population >= _NAMESAKE_SIZE * place.population:
            return True
    return False


#: Countries named in one sentence from which on they are a roll, not a place.
_ROLL = 4


def _choose_place(
    sentences: list[_Sentence], gazetteer: Gazetteer, dateline: str, named_first: set[str]
) -> tuple[Place | None, str | None]:
    """The incident's place and country; ``named_first`` are the countries the report names
    outside its background (``_named_countries``)."""
    country_score: dict[str, float] = defaultdict(float)
    place_score: dict[str, float] = defaultdict(float)
    first_seen: dict[str, int] = {}
    bare: set[str] = set()  # provinces named once without saying they are ("in Bamiyan")
    # countries named by name or nationality; unlike _prefer_named_countries this counts
    # background sentences too but not speakers, for it weighs towns of countries never named
    named: set[str] = set()
    town_votes: dict[str, float] = defaultdict(float)
    # towns named only as near ("near Bavispe, in Sonora state") in the lead: too weak to be the
    # place on their own, but they still narrow a province down
    located: set[str] = set()
    spoken_dateline: Place | None = None
    head_towns: set[str] = set()  # towns and sites the headline, summary or lead name
    early_provinces: set[str] = set()  # provinces the first two paragraphs name
    # where the armed groups the report names operate ("l'EI au Sahel": Mali, Niger, Burkina)
    group_lands: set[str] = set()
    order = 0
    in_capital = any(
        "capital" in s.low and _THE_CAPITAL.search(s.text) for s in sentences
        if not s.background and (s.zone != "body" or s.paragraph <= 1)
    )
    # (read only for a report that has a dateline, where it is used)
    in_city = bool(dateline) and any(
        ("city" in s.low or "ville" in s.low) and _THE_CITY.search(s.text) for s in sentences
        if not s.background and (s.zone != "body" or s.paragraph <= 1)
    )
    # a name that towns of several countries bear, none of them a country the report names nor
    # that of its dateline, is weak evidence of the country ("Pamplona" under a Dumaguete
    # dateline is a Philippine town the gazetteer lacks, not the Spanish city); a capital's
    # dateline says less (regional desks: Nairobi, Dakar, Beirut)
    namesake_votes: dict[str, float] = {}
    local_dateline: str | None = None  # the country of a dateline town that is no capital
    for m in gazetteer.scan(dateline) if dateline else []:
        place = gazetteer.place(m.id) if m.kind == "place" else None
        if place is not None and place.country:
            country_score[place.country] += 0.5
            if place.level in ("city", "admin1") and m.id != gazetteer.capital(place.country):
                local_dateline = place.country
            if in_capital and m.id == gazetteer.capital(place.country):
                spoken_dateline = place
            elif in_city and place.level == "city":
                # "LAHORE: ... rose to 26, with more than 50 people still treated in the city's
                # hospitals": the town the lead calls "the city" is the dateline's
                spoken_dateline = place
    for s in sentences:
        actor_spans = {(m.start, m.end) for m in s.mentions if m.kind == "actor"}
        w = _effective(s)
        if w < 0.05:
            continue  # background deep in the article: too light to move the place
        if s.zone == "body" and _MOURNING.search(s.low) and not lx.VIOLENCE_LOW.search(s.low):
            w *= 0.15  # "In Tuba-Zangariyye, hundreds walked behind the coffin": a hometown
        for k in _COUNTRY_SETTLEMENT.finditer(s.text):
            # a kind of settlement found in one country only: "near Moshav Dovev", « le
            # kibboutz de Manara », "Barangay Tumahubong" (the gazetteer lacks most of them)
            country_score[_SETTLEMENT_COUNTRY[k.group(1).casefold()]] += 0.5 * w
        previous: Place | None = None
        live_story_end = (
            s.text.find(";")
            if s.zone == "title" and ("live" in s.low or "direct" in s.low) else -1
        )
        previous_end = -1
        # a roll of countries ("diplomats from Indonesia, Portugal, Kazakhstan, Bosnia…") names
        # who, not where: no event happens in four countries at once
        roll = {m.id for m in s.mentions if m.id.startswith("c:")}
        if len(roll) < _ROLL:
            roll = set()
        for m in s.mentions:
            if m.kind == "actor":
                actor = gazetteer.actor(m.id)
                # (a state's police, unlike its army, works at home: "the Philippine National
                # Police said")
                if actor and (not actor.is_state or actor.is_police) and not s.background:
                    if len(actor.countries) == 1:
                        country_score[actor.countries[0]] += 0.3 * w
                    if 0 < len(actor.countries) <= _REGIONAL_GROUP:
                        group_lands.update(actor.countries)
                continue
            place = gazetteer.place(m.id)
            if place is None or place.country is None:
                continue
            if (m.start, m.end) in actor_spans and place.level != "country":
                continue
            if _is_speaker(s, m):
                # (a speaker is seldom where it happened, but a province's or a town's
                # authorities are of its country: "according to the Kaduna State Government";
                # not a capital, which speaks for a state at war: "Kyiv says")
                if place.level == "admin1" or (
                    place.level == "city" and m.id != gazetteer.capital(place.country)
                ):
                    country_score[place.country] += 0.1 * w
                continue
            if place.level == "country" and _CROSSED_FROM_BEFORE_LOW.search(
                s.low[max(0, m.start - 40) : m.start]
            ):
                continue
            if _province_crossed_from(s, m, place):
                continue
            if _ORIGIN_BEFORE_LOW.search(s.low[max(0, m.start - 70) : m.start]):
                # whence a weapon was fired is no place of the event, but its country is a fair
                # guess when the target lies at sea ("un missile tiré depuis le Yémen" on a ship;
                # not "a missile from Lebanon hits vehicles near Dovev": a land target lies over
                # the border)
                if _SEA_TARGET_LOW.search(s.low):
                    country_score[place.country] += 0.5 * w
                continue
            if _not_a_location(s, m, gazetteer):
                continue
            if m.id in roll:
                named.add(place.country)
                continue
            if (
                previous is not None
                and previous.country != place.country
                and previous.level != "country"  # "Iran's Damascus consulate" is in Damascus
                and re.search(r"['’]s\s+$", s.text[max(0, m.start - 4) : m.start])
            ):
                continue  # "Mogadishu's Lido beach": a place inside the one just named
            # "Majdal Shams in the occupied Golan", "Owo, in Ondo state": the second place only
            # locates the first, which is where it happened
            container = previous_end >= 0 and _contained(s.text, previous_end, m.start)
            previous = place
            previous_end = m.end
            near = lx.NEAR_BEFORE_LOW.search(s.low[max(0, m.start - 45) : m.start])
            far = _FAR_FROM_BEFORE_LOW.search(s.low[max(0, m.start - 60) : m.start])
            if far and _km(far.group(1)) >= _FAR_KM and place.level != "country":
                # "El Baraf, about 160 km north of Mogadishu": the town measured from is far
                # from where it happened; it tells the country only
                country_score[place.country] += 0.3 * w
                continue
            # (a short distance from it says near it: "a village about 20 km north of
            # Bujumbura")
            near = near or far
            # "Gaza's Jabalia camp", "Chhattisgarh's Dantewada": the first only locates
            container = container or _possessive_container(s, m, place, gazetteer)
            # a town or a province is better evidence of the country than an ambiguous
            # country name ("Congo")
            owner = (
                place.level == "country" and (
                    _OWNER_AFTER.match(s.text[m.end : m.end + 4])
                    # "Russia pounds Kyiv": the attacker, not where it happened
                    or _STRIKES_AFTER.match(s.text[m.end : m.end + 30])
                    # "Israel kills Islamic Jihad commander in Gaza" (not "a bombing in
                    # Afghanistan killed ten")
                    or (
                        _KILLS_AFTER.match(s.text[m.end : m.end + 30]) is not None
                        and not _PREPOSITION_BEFORE.search(s.text[max(0, m.start - 30) : m.start])
                    )
                    # "U.S. fighter jets struck two facilities in eastern Syria"
                    or _COUNTRY_WEAPON_AFTER.match(s.text[m.end : m.end + 30])
                )
            ) or _INSTITUTION_AFTER.match(s.text[m.end : m.end + 40]) or (
                # "attribuée au régime de Damas", "Ankara riposte": a capital standing for
                # those who rule from it
                place.level == "city" and m.id == gazetteer.capital(place.country)
                and (
                    _RULERS_BEFORE.search(s.text[max(0, m.start - 20) : m.start])
                    or _RULERS_AFTER.match(s.text[m.end : m.end + 30])
                    or _STRIKES_AFTER.match(s.text[m.end : m.end + 30])
                )
            )
            # "Iran's Damascus consulate": the country owns, it does not locate (its towns, if
            # it is the place, say so)
            vote = w * (
                (0.2 if owner else 1.0) if place.level == "country" else (0.3 if owner else 1.5)
            )
            namesake = (
                local_dateline is not None and place.country != local_dateline
                and place.country not in named_first and (
                    _shared_name(place, m, gazetteer)
                    # (or a town far from the wars, under a dateline where one is fought:
                    # "Kani township" under "SAGAING REGION" is no town of Japan)
                    or (place.level == "city" and not gazetteer.at_war(m.id)
                        and gazetteer.at_war(f"c:{local_dateline}"))
                )
            )
            if namesake:
                # (counted once, however often it is repeated)
                vote *= _NAMESAKE_WEIGHT
                namesake_votes[m.id] = max(namesake_votes.get(m.id, 0.0), vote)
            else:
                country_score[place.country] += vote
            if place.level == "country":
                named.add(place.country)
                named.update(_NAMESAKE_COUNTRIES.get(place.country, ()))
            else:
                town_votes[place.country] += vote
            place_score[m.id] += w * (0.1 if owner else 0.3 if near or container else 1.0) * (
                # a live blog's headline lists its stories: the later ones are other events
                # ("Live: Lebanon latest — Qana death toll rises; strikes overnight on Dahiyeh")
                0.3 if s.zone == "title" and 0 <= live_story_end < m.start else 1.0
            )
            if s.zone != "body" and not s.background and place.level in ("city", "site"):
                head_towns.add(m.id)
            if (s.zone != "body" or s.paragraph <= 1) and not s.background and (
                place.level == "admin1"
            ):
                early_provinces.add(m.id)
            if near and not owner and w >= 0.5:
                located.add(m.id)
            if place.level == "admin1" and not s.background and not _named_as_area(s, m):
                bare.add(m.id)
            first_seen.setdefault(m.id, order)
            order += 1
        nationalities = _nationalities(s.text, gazetteer)
        if not nationalities:
            continue
        forces = [
            (a, b) for _, a, b in _demonym_forces(
                s.text, gazetteer, lx.WEAPON_NOUN_EN, lx.WEAPON_NOUN_FR
            )
        ]
        # (nor the nationality of people caught up in it abroad: "mobs attack Sudanese traders
        # in Juba", "Chinese engineers killed in Balochistan")
        forces += [
            m.span(1) for m in itertools.chain(
                _NATIONALS_EN.finditer(s.text), _NATIONALS_FR_LOW.finditer(s.low)
            )
        ]
        for start, end, code in nationalities:
            if end - start > 3 and not any(a <= start < b for a, b in forces):
                # (the attacker's nationality, "frappe israélienne à Barja", does not say
                # where it happened)
                country_score[code] += 0.25 * w
                named.add(code)
    for pid, vote in namesake_votes.items():
        if (shared := gazetteer.place(pid)) is not None and shared.country:
            country_score[shared.country] += vote
    if spoken_dateline is not None and not any(
        (p := gazetteer.place(pid)) is not None and p.country == spoken_dateline.country
        and pid != spoken_dateline.id and not p.is_area
        for pid in head_towns
    ) and not any(
        # (nor a province away from the capital: "a village ... of Bubanza province, about
        # 20 km north of Bujumbura" under a Bujumbura dateline)
        (p := gazetteer.place(pid)) is not None and p.country == spoken_dateline.country
        and pid != gazetteer.admin1_of(spoken_dateline.id)
        for pid in early_provinces
    ):
        # "MOSCOW — ... outside an apartment block in the capital's southeast": the dateline
        # names the capital the lead only calls so (unless the lead names the town: "the
        # Libyan capital's Tajoura suburb")
        place_score[spoken_dateline.id] += 2.0
        first_seen.setdefault(spoken_dateline.id, 10_000)
    elif in_capital:
        # "Russia pounds Kyiv and Kharkiv; at least two dead in capital": the capital the
        # headline or lead names is the one they also call so
        for pid in head_towns:
            if (p := gazetteer.place(pid)) is not None and p.country and (
                pid == gazetteer.capital(p.country)
            ):
                place_score[pid] += 1.5
    if named or group_lands:
        # a report names the country it speaks of ("Nigeria", "Nigerian"), or groups that fight
        # in a few countries only; towns of another country are more likely namesakes ("Zike"
        # in Plateau, Syke in Germany; "Kobé" near Gao, not Kobe in Japan)
        for code, votes in town_votes.items():
            if code not in named and (named or code not in group_lands):
                country_score[code] -= 0.6 * votes
    if not country_score:
        return None, None
    country = max(country_score, key=lambda c: country_score[c])
    best: tuple[float, int, str] | None = None
    for pid, weight in place_score.items():
        place = gazetteer.place(pid)
        if place is None or place.country != country or place.level == "country":
            continue
        if weight < 0.25:
            continue
        factor = _LEVEL_FACTOR[place.level]
        if place.is_area:
            factor = _WIDE_SITE_FACTOR  # a region ("Kordofan", "Donbas", "the Golan Heights")
        value = weight * factor
        key = (value, -first_seen[pid], pid)
        if best is None or key > best:
            best = key
    capital = gazetteer.capital(country) if in_capital else None
    if best is None:
        # "explosions rock the Ugandan capital": the country's capital
        return gazetteer.place(capital or f"c:{country}"), country
    chosen = gazetteer.place(best[2])
    if chosen is not None and chosen.is_area and chosen.admin1 is None:
        # a region across provinces ("Kordofan", "the Sahel") named more often than the
        # province it happened in ("Al-Khiwai, a town in West Kordofan state"): the province
        within = _within_region(chosen, place_score, located, gazetteer)
        if within is not None:
            chosen = within
    if (
        capital is not None and chosen is not None and chosen.level == "admin1"
        and chosen.id in gazetteer.place_ancestors(capital)
    ):
        return gazetteer.place(capital), country
    if chosen is not None and chosen.level == "admin1":
        # "in Khyber Pakhtunkhwa province ... in the town of Khar": the town inside the
        # province, named as a location in the first paragraphs, is the more precise place
        inside = [
            (place_score[pid], -first_seen[pid], pid)
            for pid in place_score
            if (place_score[pid] >= 0.9 or pid in located)
            and (p := gazetteer.place(pid)) is not None
            and p.level in ("city", "site")
            and chosen.id in gazetteer.place_ancestors(pid)
        ]
        if inside:
            return gazetteer.place(max(inside)[2]), country
        if chosen.id in bare:
            return _capital_of_same_name(chosen, gazetteer) or chosen, country
    return chosen, country


#: How far from a region's centre a province or town named with it may lie to be inside it.
_REGION_KM = 250.0


def _within_region(
    region: Place, place_score: dict[str, float], located: set[str], gazetteer: Gazetteer
) -> Place | None:
    """The best-named province or town of the region's country near its centre, if any."""
    if region.lat is None or region.lon is None:
        return None
    inside = [
        (place_score[pid], pid) for pid in place_score
        if (place_score[pid] >= 0.9 or pid in located)
        and (p := gazetteer.place(pid)) is not None
        and p.country == region.country and p.level in ("admin1", "city", "site")
        and not p.is_area and (km := km_apart(region, p)) is not None and km <= _REGION_KM
    ]
    return gazetteer.place(max(inside)[1]) if inside else None


#: A country's weapons right after its name: "U.S. fighter jets", "Israel's drones" (not
#: "across Syria, with Israeli jets").
_COUNTRY_WEAPON_AFTER = re.compile(
    r"^(?:\.|['’]s)?\s+(?:[a-z][\w-]*\s+)?(?:jets?|missiles?|drones?|strikes?|air ?strikes?|"
    r"airstrikes?|warplanes?|artillery|rockets?|bombs?|shelling)\b"
)
#: A group active in this many countries or fewer says where a report is.
_REGIONAL_GROUP = 4

_POSSESSIVE = re.compile(r"^['’]s?\s+$")


def _possessive_container(
    sentence: _Sentence, mention: Mention, place: Place, gazetteer: Gazetteer
) -> bool:
    """Whether the place is named as the owner of the next one ("Gaza's Jabalia camp")."""
    after = [m for m in sentence.mentions if m.kind == "place" and m.start >= mention.end]
    if not after or not _POSSESSIVE.match(sentence.text[mention.end : after[0].start]):
        return False
    inner = gazetteer.place(after[0].id)
    return (
        inner is not None and inner.country == place.country
        and PLACE_LEVEL_RANK[inner.level] >= PLACE_LEVEL_RANK[place.level]
    )


def _named_as_area(sentence: _Sentence, mention: Mention) -> bool:
    """"Bamiyan province", "the province of Bamiyan", "la province de Bamiyan"."""
    text = sentence.text
    return bool(
        _AREA_WORD.search(mention.surface)
        or _AREA_AFTER.match(text[mention.end :])
        or _AREA_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
        or _AREA_OF.search(text[max(0, mention.start - 30) : mention.start])
    )


def _capital_of_same_name(province: Place, gazetteer: Gazetteer) -> Place | None:
    """The town that gives its name to a province ("Bamyan", "Kandahar", "Kherson"): a report
    that names the province without saying it is one ("in Bamiyan") means the town, as it would
    say "in Bamiyan province" otherwise. The town's own name is the province's, or spelt alike
    (the province of "Nabatiyeh", the town of "Nabatieh"); a town with a longer name that lists
    the province's among its other names ("Chiapa de Corzo", also "Chiapas") is another."""
    key = fold_key(province.name)

    def in_province(pids: Iterable[str]) -> Place | None:
        for pid in pids:
            town = gazetteer.place(pid)
            if (
                town is not None and town.level == "city"
                and province.id in gazetteer.place_ancestors(pid)
                and (
                    len(fold_key(town.name).split()) <= len(key.split())
                    or fuzz.ratio(fold_key(town.name), key) >= 100 * _SPELT_ALIKE
                )
            ):
                return town
        return None

    # (the fuzzy lookup only when no town bears the very name; by the French name too, which
    # an exact English name would stop short: « Soueïda » finds As-Suwayda, "As-Sweida" only
    # the province)
    return in_province(gazetteer.named(province.name)) or in_province(
        c.id for name in dict.fromkeys((province.name, province.name_fr))
        for c in gazetteer.resolve(name, kind="place", limit=5, partial=False)
        if c.level == "city" and c.score >= _SPELT_ALIKE
    )


#: How close a town's name must come to its province's to be the town it is named after.
_SPELT_ALIKE = 0.85


#: (letters only: "a base of Su-34 bombers" names an aircraft, not a village)
_NAME = r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’-])+(?![\w-])"
#: "the village of Hroza", "le village de Fambita", "Pazigyi village": a locality the
#: gazetteer may not hold (it lists towns of some size only).
_NAMES = (
    # (an Arabic article may open the name: "the village of al-Shaab")
    r"(?:(?:al|el|as|ad|ash|an|ar|at|az)-(?=[A-ZÀ-ÖØ-Þ]))?" + _NAME
    + r"(?:\s+(?:al-|el-|as-|ad-|(?:del|de la|de los|de las|do|da|dos|das)\s+)?" + _NAME
    + r"){0,2}"
)
#: One end of a road named by its two towns (a name without a hyphen).
_ROAD_END = r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’])+"
_LOCALITY = re.compile(
    r"\b(?:(?:village|hamlet|settlement|locality|town|municipality|port|police station|"
    r"(?:military |army )?(?:base|camp|outpost|post|garrison|position)|barracks)\s+"
    r"(?:of|at|in)|villages\s+of)\s+"
    r"(?P<en>" + _NAMES + r")"
    r"|\b(?:villages?|hameaux?|localités?|bourgade|ville|cité|commune(?:\s+rurale)?|municipalité|"
    r"secteur|zone|"
    r"groupement|(?:camp|poste) "
    r"(?:militaire|avancé)|base militaire|caserne|garnison|détachement(?: militaire)?|"
    r"commissariat|base|poste de police|brigade de gendarmerie|"
    r"position(?: militaire)?|point de passage|poste de contrôle|checkpoint|port|"
    # (a village told by its country or its setting: « le village russe de Jouravlevka », « le
    # village frontalier de »; not « le village voisin de »)
    r"(?:village|hameau|localité)\s+(?!voisine?\b|proches?\b)[a-zàâçéèêëîïôûù]+)\s+"
    r"(?:de\s+|d['’])(?P<fr>" + _NAMES + r")"
    # "near Tarqumiya checkpoint", "Zike community in Bassa Local Government Area"
    # ... and "in the Mutaibija area" (where only a province or a district is known: a city's
    # "areas" are its quarters)
    # « au village Kologbota », « le village Gbago »: the name set beside the word
    r"|\b(?:au|le)\s+(?:village|hameau)\s+(?P<apposedfr>" + _NAMES + r")"
    r"|(?P<before>(?!(?:Le|La|Les|The|This|That|Each|Every|Another|Un|Une|Ce|Cette|A|An)\b)"
    + _NAMES + r")\s+(?P<kind>village|kebele|checkpoint|area|woreda|district|upazila|tehsil|"
    r"community(?=\s+(?:in|of)\s+"
    r"(?:[A-Z][\w'’-]*\s+){1,3}(?:Local Government Area|LGA|local government|district|"
    r"county)\b))\b"
    # "Kyauk Ni Maw, a fishing village", "Kasindi, ville frontalière"
    # (a sentence may open on a preposition: "In Bumdoora, a village counts the cost")
    r"|(?P<apposed>(?!(?:In|At|Near|Inside|Dans|À|Près)\s)" + _NAMES
    + r"),\s+(?:an?\s+|une?\s+|la\s+|le\s+)?(?:(?!en\s)[\w-]+\s+)?"
    r"(?:village|hamlet|town|community|settlement|ville|localité|bourgade|communauté|"
    # (« Dablo, commune de la province du Sanmatenga »; not a city's own district: « Mezitli,
    # une commune de la grande ville portuaire de Mersin »)
    r"chef-lieu|hameau|commune(?!\s+(?:urbaine\s+)?de\s+la\s+(?:grande\s+)?ville))\b"
    # "à Boulo Marer, dans la région du Bas-Shabelle": a name placed inside a province
    # (not a person whose home town it is: « la ville natale de Mahsa Amini, dans la province
    # du Kurdistan »)
    r"|(?<!natale )(?<!natal )(?<!hometown )(?<!birthplace )(?<!native )"
    r"(?:\b(?:à|in|at|of|near|près de|de|contre|against|on)\s+|\bd['’])(?P<within>" + _NAMES
    + r"),\s+"
    r"(?:dans|in)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’])?(?:[\w-]+\s+){0,2}(?i:région|province|district|state|"
    r"region|county|préfecture|département|territoire|territory|governorate|gouvernorat|zone|"
    r"division|caza|local government area|local government|LGA|sub-?district|tehsil|upazila|"
    r"woreda|arrondissement|chefferie|cercle|comté|canton|kebele)\b"
    # a road told by the towns it joins: « sur l'axe Dablo-Kelbo », "on the Djibo-Bourzanga
    # road": the first end (a town the gazetteer lacks, or the pair would be mentions)
    r"|\b(?:l['’]axe|le tronçon|la route)\s+(?P<road>" + _ROAD_END + r")[-–](?=[A-ZÀ-ÖØ-Þ])"
    r"|\b(?P<road2>" + _ROAD_END + r")[-–][A-ZÀ-ÖØ-Þ][^\W\d_]+\s+(?:road|highway|axis)\b"
    # "at Lungala in Mpigi district", « à Kalunguta dans le territoire de Beni »: the same
    # without a comma, the area told by its kind of district
    r"|\b(?:à|in|at|on|near|près de)\s+(?P<inside>" + _NAMES + r")\s+(?:dans|in)\s+"
    r"(?:(?:the\s+)?(?:[A-ZÀ-ÖØ-Þ][\w'’-]+\s+){1,2}(?i:district|county|local government area|"
    r"LGA|sub-?district|tehsil|upazila|woreda|division|state|province|region)|"
    r"(?:le|la)\s+(?i:territoire|"
    r"chefferie|cercle|district|préfecture|commune)\s+(?:de\s+|d['’]|du\s+))\b"
)

#: A town's own hospital, market or school: « son hôpital d'Old Fangak ».
_VENUE_OF = re.compile(
    r"\b(?:hôpital|marché|dispensaire|centre de santé|mosquée|église|école|prison|"
    r"maison d['’]arrêt)\s+(?:civile\s+)?(?:de\s+|d['’])(?P<venue>" + _NAMES + r")"
    # "the prison at Koutoukale", "the market in Gamboru"
    r"|\b(?:hospital|market|clinic|mosque|church|school|prison|jail)\s+(?:at|in|of)\s+"
    r"(?P<venue2>" + _NAMES + r")"
)
#: "in Old Fangak, Jonglei State", "Borno's Dumba": a name the next or the previous name
#: places inside a province (checked against the gazetteer's mentions)
_BESIDE_AREA = re.compile(
    r"\b(?:à|in|at|on|near|près de)\s+(?P<beside>" + _NAMES + r"),\s+(?=[A-ZÀ-ÖØ-Þ])"
    r"|(?P<owner>" + _NAME + r")['’]s\s+(?P<owned>" + _NAMES + r")"
)
#: A village told beside the chosen town: "à Nyongoro, près de Witu", "in Kumbo, near Witu".
_BESIDE_TOWN = re.compile(
    r"\b(?:à|in|at)\s+(?P<besidetown>" + _NAMES + r"),\s+(?:près de|non loin de|near|close "
    r"to|outside)\s+(?=[A-ZÀ-ÖØ-Þ])"
)
_FIRED_FROM_BEFORE = re.compile(
    r"\b(?:launched|fired|shot|tirée?s?|lancée?s?)\s+(?:from|depuis)\s+"
    # (the place it came from, not the one it then hit: "une roquette tirée depuis la bande de
    # Gaza qui a détruit une maison à Michmeret")
    r"(?:(?!(?:qui|which|that|and|et|on|sur|at|to|into|towards?|vers|hit\w*|struck|"
    r"destroy\w*|détrui\w*)\b)[\w'’-]+\s+){0,8}$",
    re.IGNORECASE,
)
_NEIGHBOUR_BEFORE = re.compile(
    r"\b(?:nearby|neighbouring|neighboring|adjacent|voisine?s?)\s+\S?$", re.IGNORECASE
)
_NEAR_NAME = re.compile(
    r"\b(?:near|close to|outside|on the outskirts of|près de|non loin de|aux abords de|"
    r"à proximité de|à hauteur de)\s+(?:the village of\s+|la localité de\s+)?"
    r"(?P<near>" + _NAMES + r")"
)
_AT_NAME = re.compile(
    # (not whom something was aimed at, nor a faith: "drones aimed at Putin", "at Catholic
    # Mass"; nor a leader addressed: « Aliev présente ses excuses à Poutine »)
    r"\b(?<!aimed )(?<!directed )(?:à|in|at)\s+(?P<at>(?!(?:[A-Z][\w-]+['’]s\s|"
    r"(?:Catholic|Protestant|Christian|Muslim|Shia|Shiite|Sunni|Hindu|Sikh|Buddhist|Jewish|"
    r"Friday|Sunday|Putin|Poutine|Zelensky|Zelenskyy|Zelenski|Netanyahu|Netanyahou|Biden|"
    r"Trump|Erdogan|Erdoğan|Macron|Aliev|Aliyev|Pashinyan|Pachinian|Khamenei|Assad|"
    r"Lukashenko|Loukachenko|Lavrov|Guterres|Blinken)\b))" + _NAMES + r")"
)
#: The words after a name that make it an area's, no village's: where a town is known, an
#: area named beside it says less.
_AREA_KINDS = ("area", "woreda", "district", "upazila", "tehsil")
#: ... of them, the districts, which name the place only where no village is named.
_DISTRICT_KINDS = ("district", "upazila", "tehsil")
#: A district named as its province's capital district (Thai "Mueang", the provincial town).
_CAPITAL_DISTRICTS = frozenset({"Muang", "Mueang", "Amphoe Muang", "Amphoe Mueang"})
#: A headline that opens on the event and its place: « Attaque de Kobé : le bilan s'alourdit »,
#: « Massacre de Mayikengo : ... », "Kobe attack: ...".
_TITLE_EVENT_OF = re.compile(
    r"^(?:(?i:attaque|massacre|tuerie|embuscade|attentat|assaut|bombardement|frappe)s?\s+"
    r"(?:de\s+|d['’]|à\s+)(?P<titled>" + _NAMES + r")|(?P<titled2>" + _NAMES + r")\s+"
    r"(?i:attack|massacre|ambush|killings|bombing|raid))\s*:"
    # a toll that rises: « le bilan de l'attaque de Kologbota s'alourdit », "toll from the
    # attack on Yelwata rises"
    r"|\b(?i:bilan|toll)\s+(?:de\s+l['’]|du\s+|des\s+|(?:of|from)\s+the\s+)"
    r"(?i:attaque|massacre|tuerie|embuscade|attentat|assaut|attack|ambush|bombing|raid)s?\s+"
    r"(?:de\s+|d['’]|à\s+|in\s+|on\s+)(?P<titled3>" + _NAMES + r")"
)
#: An institution's or an area's word ending or following a name ("Bethel Baptist High
#: School", "Nganzai Local Government Area"): the name is not a village's.
_INSTITUTION_WORD = re.compile(
    r"\b(?:Local Government|High|School|College|University|Church|Mosque|Hospital|Market|"
    r"Prison|Airport|Station|Council|Area|State|Province|District|County|Division|LGA)\b"
)
#: An office held: a person's title, no village's name.
_OFFICE_WORD = re.compile(
    r"\b(?:Minister|Governor|President|Commissioner|Spokesman|Spokeswoman|Spokesperson|"
    r"Secretary|Mayor|Senator|Chief|Commander|Deputy|Director|Chairman|Speaker|Ambassador|"
    r"General|Colonel|Police|Army)\b"
)
#: Creeds, sects, peoples and doctrines: words that qualify a group, no village's name.
_CREED = re.compile(
    r"Islamist|Jihadist|Salafist|Salafi|Sunni|Shia|Shiite|Christian|Muslim|Catholic|Coptic|"
    r"Druze|Alawite|Kurdish|Arab|Tuareg|Fulani|Hausa|Baloch|Pashtun|Tamil|Hindu|Buddhist|"
    r"Marxist|Maoist|Islamic|Yazidi|Ismaili|Hazara"
)
#: A common noun right after a name: the name qualifies it ("IED blast", "Otukpo community").
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:on|in|near|as|after|amid|while|du|de|des|dans|près|après|alors|où|a|ont|the|"
    r"et|and|with|avec|par|by|to|au|aux|sur|for|pour|kills?|killed|tue|tuent|overnight|early|"
    r"late|last|yesterday|today|tonight|this|since|where|when|which|who|that|qui|où|lors|"
    r"hier|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|[a-z]+ing)\b)[a-zà-ÿ]"
)
#: Words that make a name an area ("Lubero territory", "la province du Yagha").
_AREA_EN = (
    "territory|district|region|province|county|state|governorate|oblast|department|"
    "prefecture|area"
)
_AREA_FR = (
    "territoire|région|province|district|département|cercle|préfecture|secteur|chefferie|"
    "gouvernorat|oblast|comté|wilaya"
)
_AREA_AFTER = re.compile(rf"\s+(?:{_AREA_EN})\b", re.IGNORECASE)
_AREA_WORD = re.compile(rf"\b(?:{_AREA_EN}|{_AREA_FR})\b", re.IGNORECASE)
_AREA_OF = re.compile(rf"\b(?:{_AREA_EN})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
#: (a nation's adjective may come between: « la région russe de Koursk »)
_AREA_BEFORE = re.compile(
    rf"\b(?:{_AREA_FR})\s+(?:(?:[a-zé]+(?:ais|aise|ien|ienne|ain|aine|sse|que|an|ane|ite|on|"
    rf"onne|ois|oise|ote|in|ine|ol|ole))\s+)?(?:de\s+|d['’]|du\s+)?$",
    re.IGNORECASE,
)


#: A name told as a province, district or village: « dans le district de Moudiyah, dans la
#: province d'Abyane », "the village of Kulajo".
_NAMED_AREA = re.compile(
    r"\b(?:province|provinces|région|region|district|gouvernorat|governorate|state|État|"
    r"wilaya|préfecture|département|county|cercle|village|town|ville|localité|commune)"
    r"\s+(?:of\s+|de\s+|d['’]|du\s+)?(?P<name>[A-Z][\w'’-]{3,}(?:[ -][A-Z][\w'’-]+)?)"
)
#: How close a name must be to the gazetteer's spelling of a place of the country.
_RESPELT_SCORE = 0.8


def _spelt_another_way(
    sentences: list[_Sentence], gazetteer: Gazetteer, country: str
) -> Place | None:
    """The town or province a report places the event in, spelt otherwise than the
    gazetteer knows it (« la province d'Abyane » is Abyan, « le district de Moudiyah » Mudiyah),
    when only the country was found: the closest name of a place of that country, a town
    before a province."""
    found: list[Place] = []
    for s in sentences:
        if s.background or s.zone == "body":
            continue
        for m in _NAMED_AREA.finditer(s.text):
            name = m.group("name")
            if any(x.start <= m.start("name") < x.end for x in s.mentions):
                continue  # a name the gazetteer knows was weighed already
            best = next(iter(gazetteer.resolve(name, kind="place", limit=1, partial=False)), None)
            if (
                best is not None and best.country == country and best.score >= _RESPELT_SCORE
                and best.level in ("city", "admin1")
                and (place := gazetteer.place(best.id)) is not None
            ):
                found.append(place)
    return next((p for p in found if p.level == "city"), found[0] if found else None)


def _unlisted_locality(
    sentences: list[_Sentence], gazetteer: Gazetteer, chosen: Place | None
) -> str | None:
    """The village or small town where it happened, when the gazetteer does not know it.

    Read in the headline, the summary and the first paragraphs only, and only where it comes
    no later than the place chosen from the gazetteer: "a strike on the village of Hroza, near
    Kupiansk" happened in Hroza, placed by the gazetteer near Kupiansk. A known place, a
    nationality ("a Sudanese village") or a common word is not taken.
    """
    if chosen is None:
        return None
    # (a site that is an area, a province, is read as a province is)
    spot = chosen.level in ("city", "site") and not chosen.is_area
    wide = chosen.level in ("admin1", "country") or chosen.is_area
    town_first = False
    # (a district named as such stands for the place only where no village is named: "hit
    # four locations in Barmal district", not "Naulala village, in Mecula district")
    district: str | None = None
    for s in sentences:
        if s.background or (s.zone == "body" and s.paragraph > 1):
            continue
        if spot and any(
            m.id == chosen.id and not _AREA_AFTER.match(s.text[m.end :])
            and not _AREA_BEFORE.search(s.text[max(0, m.start - 30) : m.start])
            for m in s.mentions
        ) and not _LOCALITY.search(s.text) and not any(
            _beside_chosen(s, m, chosen) for m in _BESIDE_TOWN.finditer(s.text)
        ):
            # the town is named first, on its own (not as a district): a village named later
            # is the place only where the violence is told ("the vehicle was blown up near
            # Ambeli village"), not where the victims came from
            town_first = True
            continue
        if town_first and (s.zone == "title" or not lx.VIOLENCE_LOW.search(s.low)):
            continue
        patterns = [_LOCALITY]
        if wide:
            # only a province is known: « son hôpital d'Old Fangak » (a city's markets are
            # named by their quarter, « le marché de Sabrine »)
            patterns.append(_VENUE_OF)
            if lx.VIOLENCE_LOW.search(s.low):
                # ... and "the blast took place near Aranpur" names the spot
                patterns.append(_NEAR_NAME)
                if s.zone in ("title", "summary", "lead"):
                    # ... and so does the headline's « attaque des ADF à Bandulu »
                    patterns.append(_AT_NAME)
        if spot and s.zone == "title":
            patterns.append(_AT_NAME)
        if s.zone == "title":
            patterns.append(_TITLE_EVENT_OF)
        if chosen.level in ("admin1", "city", "site"):
            patterns.append(_BESIDE_AREA)
        if spot:
            patterns.append(_BESIDE_TOWN)
        for m in (m for pattern in patterns for m in pattern.finditer(s.text)):
            group = next(g for g in ("en", "fr", "apposedfr", "before", "apposed", "within",
                                     "road", "road2",
                                     "inside", "venue", "venue2", "near", "at", "beside",
                                     "owned", "besidetown", "titled", "titled2", "titled3")
                         if g in m.re.groupindex and m.group(g))
            if group == "before" and m.group("kind") in _AREA_KINDS and (
                chosen.level == "city" or (chosen.level == "site" and not chosen.is_area)
            ):
                continue
            if group in ("beside", "owned") and not _placed_in(s, m, chosen, gazetteer):
                continue
            if group == "besidetown" and not _beside_chosen(s, m, chosen):
                continue
            name = m.group(group)
            if name.endswith(("'s", "’s")):
                continue  # "a village in Myanmar's Shan state": the name owns the place
            if group == "owned" and (
                _CREED.fullmatch(name) or gazetteer.demonym_country(name) is not None
                # (a province's office-holder: "Jonglei's Information Minister Nyamar")
                or _OFFICE_WORD.search(name)
            ):
                continue  # "Derna's Islamist council", "Gaza's Christian community": no village
            if group == "at" and (
                name.isupper() or _NOUN_AFTER.match(s.text[m.end(group) : m.end(group) + 25])
                or _INSTITUTION_WORD.search(s.text[m.end(group) - 12 : m.end(group) + 12])
            ):
                # a headline's name of a thing, not a place: "in IED blast", "at Protestant
                # church", "in Jaffar Express siege"
                continue
            if name.isupper() and len(name) <= 5:
                continue  # "the Sohana Khan FC check post": an acronym, no village
            if _title_case(s.text) and not s.text.startswith(",", m.end(group)):
                # "Village of Hroza Mourns": the first word only (a comma closes the name:
                # "Gunmen Kill 21 in Kukum Daji, Southern Kaduna")
                name = name.split()[0]
            start = m.start(group)
            end = start + len(name)
            if _NEIGHBOUR_BEFORE.search(s.text[max(0, m.start() - 25) : m.start() + 1]):
                continue  # "in the nearby village of Za'atara": next to where it happened
            if _FIRED_FROM_BEFORE.search(s.text[max(0, m.start() - 90) : m.start()]):
                continue  # "rockets launched from a truck parked near the village of X"
            if _EARLIER_EVENT_BEFORE.search(s.text[max(0, m.start() - 90) : m.start()]):
                continue  # "wanted over a May attack near the settlement of Hermesh"
            if any(
                x.start < end and start < x.end and not _namesake_part(x, start, end, chosen,
                                                                    gazetteer)
                for x in s.mentions
            ):
                continue  # a place or a group the gazetteer knows
            if _STREET_AFTER.match(s.text, end) or name.split()[-1] in _STREET_WORDS:
                continue  # "on Ferozepur Road": a street of the town, not a village
            words = name.replace("-", " ").split()
            if any(gazetteer.demonym_country(w) for w in words) or all(
                gazetteer.is_common_word(w) for w in words
            ):
                continue
            if words[0].lower() in _DETERMINERS or _is_people(words[0], sentences):
                continue  # "Le village de ...", "a Dogon village" (the people, not the place)
            if is_calendar_word(words[0]):
                continue  # "near the town of Bambari ... on Sunday"
            if (code := gazetteer.country_word(name)) is not None and not (
                # (a country's whole name told inside another country's province, its mention
                # dropped, is the village's: "in Tonga, in Upper Nile State")
                group == "within" and not any(
                    m.kind == "place" and m.id == f"c:{code}" for m in s.mentions
                ) and (country := gazetteer.place(f"c:{code}")) is not None
                and fold_key(country.name) == fold_key(name)
            ):
                continue  # "near Burkina border": a country told by its first word
            if _area_elsewhere(name, sentences):
                continue  # "in Benue's Gwer West" with "Gwer West Local Government Area" later
            if group == "before" and m.group("kind") in _DISTRICT_KINDS:
                # (not a Thai province's own capital district, "Muang district": the town)
                if name not in _CAPITAL_DISTRICTS:
                    district = district or name.strip("'’-")
                continue
            return name.strip("'’-")
    return district


#: An earlier event, told by its month or as what someone was wanted for: "wanted over
#: shootings including a May attack near ...", « recherché pour l'attaque de mai près de ».
_EARLIER_EVENT_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|last|its|their)\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+(?:\d{1,2}\s+)?(?:attacks?|bombings?|shootings?|"
    r"raids?|strikes?|ambush(?:es)?|assault)\b|\bwanted (?:over|for|in connection with)\b|"
    r"\brecherchée? (?:pour|dans le cadre de)\b)[^.;]*$"
)


def _area_elsewhere(name: str, sentences: list[_Sentence]) -> bool:
    """Whether the report tells the name, or a longer name it begins, as a Nigerian local
    government area's ("Gwer West Local Government Area", "Bakura LGA", « la zone de
    gouvernement local d'Agatu »): a county, not a village (the area of a town elsewhere is
    its surroundings: "the Shumy area")."""
    if not any(name in s.text for s in sentences):
        return False
    pattern = re.compile(
        rf"\b{re.escape(name)}(?:\s+[A-Z][\w'’-]+){{0,2}}\s+(?i:local government area|LGA|"
        rf"local government council)\b"
        # ... or in French, the kind of area first: « la zone de gouvernement local d'Agatu »
        rf"|\b(?i:zones?\s+(?:de\s+gouvernement\s+local|d['’]administration\s+locale)|LGA)"
        rf"\s+(?:de\s+|d['’]){re.escape(name)}\b"
    )
    return any(pattern.search(s.text) for s in sentences if name in s.text)


def _area_of(
    locality: str, sentences: list[_Sentence], gazetteer: Gazetteer, chosen: Place
) -> Place | None:
    """The district or province a locality is placed in right after its name ("near Rakhni,
    in Barkhan district"), when the gazetteer knows it, it lies in the chosen place's country,
    and neither holds the other; None otherwise."""
    for s, named, tail in _named_after(locality, sentences, _AREA_AFTER_NAME, 1, 40, False):
        if named is None:
            continue  # ("in Yatenga province", a province the gazetteer lacks)
        if chosen.level not in ("country", "admin1") and not tail.group(0).lstrip(
            ", "
        ).startswith(("dans", "in ")):
            # (a village told of an area, when a town is chosen already, stays near it: "Kofa
            # village near Maiduguri" ... "Kofa, a village in Konduga Local Government Area")
            return None
        area = gazetteer.place(named.id)
        if area is not None and (
            area.id == chosen.id or area.id in gazetteer.place_ancestors(chosen.id)
        ):
            # what is known already ("Bani, about 40 km from Dori in northern Burkina Faso"):
            # the town it lies near may say more
            break
        if (
            area is None or area.country != chosen.country
            or area.level not in ("admin1", "admin2", "city")
            # (a district's name that is also a province's: "in Ekiti local government area")
            or (area.level == "admin1" and _SUB_PROVINCE_AFTER.match(s.text, named.end))
            # (a province of the country, when only the country is known, says more)
            or (chosen.level != "country" and chosen.id in gazetteer.place_ancestors(area.id))
        ):
            return None
        return area
    return _town_near(locality, sentences, gazetteer, chosen)


def _town_near(
    locality: str, sentences: list[_Sentence], gazetteer: Gazetteer, chosen: Place
) -> Place | None:
    """The town a locality is told to lie a few kilometres from ("Koumbri lies about 20 km
    north of Ouahigouya"), when the gazetteer knows it in the chosen place's country and it is
    not the chosen place; None otherwise."""
    for s, named, tail in _named_after(locality, sentences, _NEAR_TOWN_AFTER_NAME, 3, 30, True):
        if named is None:
            return None
        if not tail.group("km") and _FROM_ONLY.match(tail.group(0)):
            return None  # "entered Pandogari from the Birnin Gwari axis": whence, not where
        town = gazetteer.place(named.id)
        if (
            town is not None and town.level == "city" and town.country == chosen.country
            # (not over a border: "in the municipality of Pinos, near the border with San Luis
            # Potosi", a state that bears its capital's name)
            and not _BORDER_WORDS.search(s.text, tail.end(), named.start)
            and town.id != chosen.id and _km(tail.group("km") or "0") <= _NEAR_TOWN_KM
            # (a chosen place already near that town stands: "le camp militaire de Taji, au
            # nord de Bagdad")
            and not (
                chosen.level in ("city", "site")
                and (km := km_apart(chosen, town)) is not None and km <= _NEAR_TOWN_KM
            )
        ):
            return town
        return None
    return None


def _named_after(
    locality: str, sentences: list[_Sentence], tail_rx: re.Pattern[str], last_paragraph: int,
    reach: int, after_tail: bool,
) -> Iterator[tuple[_Sentence, Mention | None, re.Match[str]]]:
    """For each sentence of the lead and the first paragraphs (up to ``last_paragraph``) that
    names the locality followed by ``tail_rx``, the first place the gazetteer knows within
    ``reach`` characters past the tail (or from its start), if any."""
    for s in sentences:
        at = s.text.find(locality)
        if at < 0 or s.background or (s.zone == "body" and s.paragraph > last_paragraph):
            continue
        tail = tail_rx.match(s.text, at + len(locality))
        if tail is None:
            continue
        start = tail.end() if after_tail else tail.start()
        yield s, next((
            m for m in sorted(s.mentions, key=lambda m: m.start)
            if m.kind == "place" and start <= m.start < tail.end() + reach
        ), None), tail


#: How far from a town a village told to lie near it may be.
_NEAR_TOWN_KM = 60
#: After a locality's name, the town it lies near: " lies about 20 km north of", « , à une
#: trentaine de kilomètres au nord de » (a figure of at most some tens of kilometres).
_NEAR_TOWN_AFTER_NAME = re.compile(
    r",?\s+(?:(?:lies|is located|is situated|sits|se trouve|est situé\w*|situé\w*|located)\s+)?"
    r"(?:(?:about|some|around|roughly|environ|à)\s+)?(?:(?P<km>\d+|(?:une\s+)?(?:dizaine|"
    r"quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)\s+de|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety)\s*(?:km|kilom\w+)\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|au\s+(?:nord|sud)"
    r"(?:-(?:est|ouest))?\s+de|à\s+l['’](?:est|ouest)\s+de|from|de|near|outside|près\s+de)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’])?(?:(?:town|city|ville|localité)\s+(?:of\s+|de\s+|d['’])?)?",
    re.IGNORECASE,
)


#: A town told after a locality by "from" alone, with no distance.
_FROM_ONLY = re.compile(r",?\s+(?:from|de)\s", re.IGNORECASE)


_BORDER_WORDS = re.compile(r"\b(?:borders?|frontières?|boundary|limite)\b", re.IGNORECASE)
_SUB_PROVINCE_AFTER = re.compile(
    r"\s+(?:local government|LGA|district|county|tehsil|sub-?district|upazila|woreda)\b",
    re.IGNORECASE,
)


_AREA_AFTER_NAME = re.compile(
    r"(?:,?\s+(?:dans|in)\s+"
    # (or told as a locality of the area: « Malende, une localité de l'arrondissement de
    # Muyuka », "Erat, a village in Mundemba subdivision")
    r"|,\s+(?:une?|an?)\s+(?:petite\s+|small\s+)?(?:localité|village|town|locality|community|"
    r"commune|bourgade)\s+(?:de\s+|du\s+|d['’]|of\s+|in\s+))"
    r"(?:the\s+|la\s+|le\s+|l['’])?(?:(?:far\s+|extreme\s+)?"
    r"(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|"
    r"north-?western|south-?eastern|south-?western)\s+)?(?:(?:district|province|région|"
    r"region|state|caza|territoire|territory|division|county|countryside|outskirts|"
    r"campagne|périphérie|arrondissement|département|subdivision|cercle|sous-préfecture|"
    r"préfecture|commune)\s+(?:of|de|du|d['’])\s*)?"
)


#: How close a locality's spelling must come to a known town's to be taken for it.
_SPELLING_SCORE = 0.84


def _spelt_otherwise(name: str, chosen: Place, gazetteer: Gazetteer) -> Place | None:
    """The known town of the chosen place's province that a locality the gazetteer lacks
    names in another spelling or transliteration ("Serguiïvka" for Serhiivka, "Boulo Marer"
    for Bulo Marer); None if there is none."""
    for candidate in _spellings(name, gazetteer):
        if (
            candidate.score >= _SPELLING_SCORE and candidate.level in ("city", "site")
            and candidate.id != chosen.id and candidate.country == chosen.country
            and (chosen.level == "country" or candidate.admin1 == chosen.admin1)
        ):
            town = gazetteer.place(candidate.id)
            if town is not None and not town.is_area:
                return town
    return None


def _names_the_chosen(name: str, chosen: Place, gazetteer: Gazetteer) -> bool:
    """Whether a locality the gazetteer lacks is the chosen town in another spelling
    ("Ourgoun" for Urgun, "Moudiyah" for Mudiyah)."""
    return chosen.level in ("city", "site") and any(
        candidate.id == chosen.id and candidate.score >= _SAME_TOWN_SCORE
        for candidate in _spellings(name, gazetteer)
    )


@lru_cache(maxsize=4096)
def _spellings(name: str, gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    """The known places a locality's name may be another spelling of (fuzzy, so costly:
    asked once per name)."""
    return tuple(gazetteer.resolve(name, kind="place", limit=3, partial=False))


#: How close a spelling must come to the chosen town's names to be that town.
_SAME_TOWN_SCORE = 0.75


_DETERMINERS = frozenset({
    "le", "la", "les", "l", "un", "une", "ce", "cette", "ces", "son", "sa", "ses", "leur",
    "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "the", "a", "an", "this",
    "that", "these", "those", "its", "their", "his", "her", "our", "your", "my", "each",
    "every", "another", "one",
})


#: Faiths and peoples that name a village's community, not the village: "an Alawite
#: village", « un village druze ».
_COMMUNITIES = frozenset({
    "alawite", "alaouite", "druze", "yazidi", "yezidi", "kurdish", "kurde", "christian",
    "chrétien", "sunni", "sunnite", "shia", "shiite", "chiite", "hindu", "hindou", "muslim",
    "musulman", "bedouin", "bédouin", "hazara", "ismaili", "assyrian", "assyrien", "armenian",
    "arménien", "jewish", "juif", "arab", "arabe", "turkmen", "turkmène", "shabak", "tribal",
    # peoples of the Sahel, Nigeria, Sudan and the Great Lakes whose villages are told by them
    "fulani", "peul", "peulh", "fulbe", "dogon", "bambara", "tuareg", "touareg", "hausa",
    "haoussa", "kanuri", "berom", "masalit", "massalit", "zaghawa", "nuer", "dinka", "murle",
    "lendu", "hema", "hutu", "tutsi", "banyamulenge", "bella", "mossi", "songhai", "zarma",
    "djerma", "misseriya", "nuba", "rizeigat", "pashtun", "baloch", "rohingya",
})


def _is_people(word: str, sentences: list[_Sentence]) -> bool:
    """A people's name used as an adjective: "a village of ethnic Dogon", "village dogon", "an
    Alawite village"."""
    low = word.lower()
    if low in _COMMUNITIES:
        return True
    pattern = re.compile(rf"\b(?:ethnic|ethnie|ethnies)\s+{re.escape(low)}\b|"
                         # "Sinda, a Fulani village": the village is named apart
                         rf"\w,\s+(?:a|an)\s+{re.escape(low)}\s+(?:village|hamlet|community)\b")
    # « village dogon », « la communauté peule »: the people in lower case after the word (not
    # a village's name set beside it: « au village Kologbota »)
    after_word = re.compile(
        rf"\b(?i:village|villages|peuple|communauté|ethnie)\s+{re.escape(low)}\b"
    )
    return any(
        pattern.search(s.low) or after_word.search(s.text) for s in sentences if low in s.low
    )


def _beside_chosen(s: _Sentence, m: re.Match[str], chosen: Place) -> bool:
    """Whether the town told right after "près de" is the chosen place ("à Nyongoro, près de
    Witu")."""
    return any(
        x.kind == "place" and x.start == m.end() and x.id == chosen.id for x in s.mentions
    )


def _placed_in(s: _Sentence, m: re.Match[str], province: Place, gazetteer: Gazetteer) -> bool:
    """Whether the province chosen (or the chosen town's) is the name right after the comma
    ("Old Fangak, Jonglei State") or the owner before the name ("Borno's Dumba")."""
    at = m.end() if m.group("beside") else m.start("owner")
    area = province.id if province.level == "admin1" else province.parent_id
    return area is not None and any(
        x.kind == "place" and x.start == at and x.id == area for x in s.mentions
    )


def _namesake_part(
    mention: Mention, start: int, end: int, chosen: Place, gazetteer: Gazetteer
) -> bool:
    """A foreign town named by a part of the locality's name ("Adan" in "Adan Yabaal", a
    Somali town, is not Aden in Yemen), or by the whole of it when it is a small town ("the
    town of Tora in North Darfur" is not Tora, another name of Bedesa in Ethiopia); a small
    town of another province named by a part of it."""
    if mention.kind != "place":
        return False
    place = gazetteer.place(mention.id)
    if place is None:
        return False
    if place.country == chosen.country:
        # (a small town of the country named by a part of a longer name: "Gora" of Katsina in
        # "Gora Gan village in Zangon Kataf Local Government Area of Kaduna State")
        # ... or by the whole of it when the chosen province is another: "the village of
        # Berezovka in the Borisovka district" of Belgorod is no Berezovka of Krasnoyarsk
        return (
            ((mention.start, mention.end) != (start, end) or chosen.level == "admin1")
            and place.level == "city" and (place.population or 0) < _SMALL_TOWN
            and place.admin1 != chosen.admin1
        )
    if (mention.start, mention.end) != (start, end):
        return True
    return place.level == "city" and (place.population or 0) < _SMALL_TOWN and not any(
        (alt := gazetteer.place(a)) is not None and alt.country == chosen.country
        for a in mention.alternatives
    )


#: Below this many people, a foreign town is a likely namesake of a local village.
_SMALL_TOWN = 100_000


#: Sites inside a town that stand for the town: an incident at a hospital or a port of Kyiv
#: happened in Kyiv (bases, camps, crossings and airports, often outside the town and struck
#: for what they are, are places of their own; so is a quarter, which lies in its town)
_INNER_SITES = frozenset({
    "district", "hospital", "embassy", "port", "prison", "market",
    "mosque", "church", "school", "university", "hotel", "stadium", "square", "shrine",
    "government building", "government complex", "holy site", "park", "bridge",
    "military school", "military headquarters",
})


def _settlement(place: Place | None, gazetteer: Gazetteer) -> Place | None:
    """The town a site inside it belongs to (a hospital of Kyiv is in Kyiv); the first-level
    division a second-level one lies in (Burkina Faso's provinces tell the region, whose area
    the report's village is placed in, not a spot of its own)."""
    if (
        place is not None and place.level == "site" and place.site_type in _INNER_SITES
        and place.parent_id and place.parent_id.startswith("g:")
    ):
        return gazetteer.place(place.parent_id) or place
    if place is not None and (region := gazetteer.region_of_division(place.id)) is not None:
        return gazetteer.place(region) or place
    return place


def _at_sea(sentences: list[_Sentence], place: Place | None, gazetteer: Gazetteer) -> str | None:
    """"<sea> off <port>" when the lead places the incident on a sea the gazetteer knows (a
    site of no country) and the port or coastal town chosen as the place is the reference."""
    if place is None or place.level not in ("city", "site") or place.country is None:
        return None
    for s in sentences:
        if s.background or (s.zone == "body" and s.paragraph > 1):
            continue
        for m in s.mentions:
            sea = gazetteer.place(m.id) if m.kind == "place" else None
            if (
                sea is not None and sea.country is None and sea.level == "site"
                # (a sea, not a lake, whose shore town is the place, a boat hit on Lake Chad
                # off Ngouboua; nor a river or a region of no country, the Sahel)
                and _SEA_NAME.search(sea.name) is not None
                and not _not_a_location(s, m)
                # "missiles launched from bombers over the Black Sea": where they came from
                and not _LAUNCHED_FROM.search(s.text[max(0, m.start - 60) : m.start])
                # "the Black Sea port city of Odesa", "Odessa, sur la mer Noire": the sea tells
                # of the town, and the town is where it happened
                and not _SEA_TOWN_AFTER.match(s.text, m.end)
                # "le grand port ukrainien de la mer Noire", "a port city on the Black Sea"
                and not _SEA_TOWN_BEFORE.search(s.text[max(0, m.start - 50) : m.start])
                # (a state named after the sea: « l'État de la mer Rouge », "Red Sea State")
                and not _SEA_STATE_BEFORE.search(s.text[max(0, m.start - 30) : m.start])
                and not _SEA_STATE_AFTER.match(s.text, m.end)
                and not any(
                    t.kind == "place" and t.id == place.id
                    and _ON_THE_SEA.fullmatch(s.text, t.end, m.start)
                    for t in s.mentions
                )
                and (km := km_apart(sea, place)) is not None and km <= _SEA_KM
            ):
                port = re.sub(r"^Port of ", "", place.name)  # "off Hodeidah", not "off Port of"
                return f"{sea.name} off {port}"
    return None


_SEA_STATE_BEFORE = re.compile(
    r"\b(?:(?:l['’])?état|celui|province|wilaya|gouvernorat)\s+(?:de\s+la|du|de)\s+$",
    re.IGNORECASE,
)
_SEA_STATE_AFTER = re.compile(r"\s+(?:State|state|province|governorate)\b")
_LAUNCHED_FROM = re.compile(
    r"\b(?:launched|fired|from|lancée?s?|tirée?s?|depuis)\b[^.;]*$", re.IGNORECASE
)
_SEA_TOWN_AFTER = re.compile(
    r"\s+(?:port|coastal|resort|seaside|city|town|naval base)\b", re.IGNORECASE
)
_SEA_TOWN_BEFORE = re.compile(
    r"\b(?:port|ports|ville portuaire|station balnéaire|coastal city|city|town|resort)"
    r"(?:\s+[\w'’-]+){0,2}\s+(?:de|du|sur|on|of)\s+(?:the\s+|la\s+|le\s+|l['’])?$",
    re.IGNORECASE,
)
_ON_THE_SEA = re.compile(
    r",?\s+(?:on|by|sur|au bord de)\s+(?:the\s+|la\s+|le\s+|l['’])?", re.IGNORECASE
)
#: Kinds of settlement, or of local division, that one country alone has.
_SETTLEMENT_COUNTRY = {
    "kibbutz": "IL", "kibboutz": "IL", "moshav": "IL", "barangay": "PH", "kebele": "ET",
    "woreda": "ET", "upazila": "BD",
}
_COUNTRY_SETTLEMENT = re.compile(
    r"\b(?i:(" + "|".join(_SETTLEMENT_COUNTRY) + r"))\b(?:\s+(?:de\s+|d['’]|of\s+))?\s*[A-Z]"
)
#: The gazetteer's seas, gulfs and straits (among its sites of no country).
_SEA_NAME = re.compile(r"\b(?:Sea|Gulf|Strait|Bab el-Mandeb)\b")
#: A target at sea: a ship, or the sea itself.
_SEA_TARGET_LOW = re.compile(
    r"\b(?:ships?|vessels?|tankers?|carriers?|freighters?|warships?|destroyers?|frigates?|"
    r"boats?|navires?|bateaux?|vraquiers?|pétroliers?|cargos?|porte-conteneurs|frégates?|"
    r"sea|mer|gulf|golfe|strait|détroit|coast|côtes?|au large|off the)\b"
)
#: How far a port may lie from the point that stands for a sea in the gazetteer.
_SEA_KM = 900.0


# -- actors, claim, status ---------------------------------------------------------------------


def _force_prefix(country: str) -> str:
    """The ids of a country's own forces begin so (its army, its police)."""
    return f"military-forces-{country.lower()}"


def _force_actor(code: str | None, gazetteer: Gazetteer) -> str | None:
    if not code:
        return None
    actor_id = _force_prefix(code)
    return actor_id if gazetteer.actor(actor_id) is not None else None


def _unnamed_group(code: str | None, gazetteer: Gazetteer) -> str | None:
    """The registry's armed group nobody has named in this country, if it lists one."""
    if not code:
        return None
    actor_id = f"{UNIDENTIFIED_GROUP}{code.lower()}"
    return actor_id if gazetteer.actor(actor_id) is not None else None


#: Countries whose insurgencies are fought by armed police (India's CRPF, DRG, STF and CoBRA
#: units, which ACLED codes as its police): their "security forces" are the police.
_POLICE_FIGHT = frozenset({"IN"})
#: The forces told without a name: "security forces", "jawans", "an encounter with police".
_SECURITY_FORCES = re.compile(
    r"\bsecurity (?:forces|personnel)\b|\bforces de (?:l['’]ordre|sécurité)\b|\bjawans?\b|"
    r"\bcommandos?\b|\bparamilitar\w+|\bencounters?\b",
    re.IGNORECASE,
)


def _police_actor(code: str, gazetteer: Gazetteer) -> str | None:
    """The state's police: its own entry, or the state force when that is a police."""
    police = f"{_force_prefix(code)}-police"
    if gazetteer.actor(police) is not None:
        return police
    forces = _force_actor(code, gazetteer)
    actor = gazetteer.actor(forces) if forces else None
    return forces if actor is not None and actor.is_police else None


#: Before a name, what a crowd marched against, or whose building it targeted: "pour dénoncer
#: ... l'avancée du M23", "anti-UN protest", "devant le siège de la Monusco".
_PROTESTED_BEFORE = re.compile(
    r"(?:\b(?:against|contre|denounc\w+|dénonc\w+|protest(?:s|ing|ed)? (?:over|at)|"
    r"hostiles? (?:à|aux?)|demand\w*|réclam\w+|exig\w+|(?:face|opposition|colère) (?:à|aux?))"
    r"\b[^.;:]{0,80}|\banti-|\b(?:siège|bases?|locaux|ambassade|embassy|headquarters|"
    r"compound|offices?) (?:de la |du |de l['’]|des |of (?:the )?)?|"
    # (nor who marched in or called the crowd: « une marche organisée par des Wazalendo »,
    # « parmi lesquels des miliciens Wazalendo », "a rally called by the PTI")
    r"\b(?:organisée?s? (?:[\w'’-]+ ){0,2}?par|à l['’]appel (?:de|des|du)|parmi lesquels|"
    r"parmi eux|organi[sz]ed (?:[\w'’-]+ ){0,2}?by|called by|among them|including) "
    r"(?:des |les |the |some )?"
    r"(?:(?:members|supporters|militants|miliciens|membres|partisans) (?:of |de |du |des )?"
    r"(?:the )?)?)$",
    re.IGNORECASE,
)


def _protested(sentences: list[_Sentence], actor_id: str) -> bool:
    """Whether a protest's report names this actor only as what the crowd rose against, or
    whose building it targeted ("manifestation contre la Monusco", "to denounce the M23's
    advance"); never as one who acts ("peacekeepers opened fire")."""
    named = [
        (s, m) for s in sentences if not s.background
        for m in s.mentions if m.kind == "actor" and m.id == actor_id
    ]
    return bool(named) and all(
        _PROTESTED_BEFORE.search(s.text, max(0, m.start - 110), m.start) for s, m in named
    )


_RECOGNISED_BY_BEFORE = re.compile(
    r"\b(?:(?:internationally\s+)?recogni[sz]ed|reconnue?s?(?:\s+internationalement)?)\s+"
    r"(?:by|par)\s+(?:the\s+|les?\s+|la\s+|l['’])?$",
    re.IGNORECASE,
)


def _setting_actor(sentence: _Sentence, mention: Mention) -> bool:
    """An actor named as the setting, not as a side: the target an attacker says it aimed at
    ("Israel said it targeted a Hamas commander") or who holds the ground ("a town held by
    the Arakan Army")."""
    before = sentence.text[max(0, mention.start - 110) : mention.start]
    after = sentence.text[mention.end : mention.end + 50]
    if before.endswith("("):
        # a short form in brackets is read as the name it glosses: "held by the Rapid Support
        # Forces (RSF)", « tenus par les Forces de soutien rapide (FSR) »
        named = next((
            m for m in sentence.mentions
            if m.id == mention.id and m.end < mention.start
            and not sentence.text[m.end : mention.start - 1].strip()
        ), None)
        if named is not None:
            return _setting_actor(sentence, named)
    return bool(
        lx.CLAIMED_TARGET.search(before)
        # (a headline's holder is the news: « Bambo sous contrôle du M23 »)
        or (
            sentence.zone != "title" and lx.CONTROLLED_BY.search(before)
            # (not the ground it was fired from: "fired from territory held by Islamic
            # State militants" names who fired)
            and not _fired_from_its_ground(before)
        )
        or lx.SOURCE_ORGAN_BEFORE.search(before[-60:])
        or lx.SOURCE_ORGAN_AFTER.match(after)
        or _HOLDER_AFTER.match(after)
        # who answered it is the side of another event: "Hezbollah fired rockets at northern
        # Israel in response", « le Hezbollah a riposté en tirant des roquettes »
        or _RETALIATES_AFTER.match(sentence.text, mention.end, mention.end + 120) is not None
        # a leaning, not a side: "the pro-Hezbollah broadcaster", "un média proche du Hezbollah"
        or _LEANING_BEFORE.search(before[-25:]) is not None
        # forces whose leaving dates the news: « depuis le retrait des troupes éthiopiennes »
        or _WITHDRAWAL_BEFORE.search(before[-45:]) is not None
        # a group's origin: "ISWAP, a breakaway faction of Boko Haram", « faction dissidente de
        # Boko Haram », "an offshoot of the TTP"
        or _ORIGIN_BEFORE.search(before[-50:]) is not None
        # who recognises a government: « le GNA, reconnu par les Nations unies »
        or _RECOGNISED_BY_BEFORE.search(before[-40:]) is not None
        # a subject of study: "one of Iraq's best-known experts on Islamic State", « un
        # spécialiste des groupes jihadistes »
        or _STUDIED_BEFORE.search(before[-40:]) is not None
        # a disguise: "militants disguised as Iraqi soldiers", "gunmen in Frontier Corps
        # uniforms", « des hommes armés vêtus d'uniformes de l'armée »
        or _DISGUISE_BEFORE.search(before[-45:]) is not None
        or _UNIFORM_AFTER.match(after) is not None
        # a time told by the group's history: "since the Taliban seized power", "depuis le
        # retour au pouvoir des talibans"
        or (_SINCE_BEFORE.search(before[-12:]) is not None and _RISE_AFTER.match(after))
        or _SINCE_RISE_BEFORE.search(before[-70:]) is not None
        # a time told by a war's start: "since cross-border fighting between Israel and
        # Hezbollah began", « depuis le début de la guerre entre Israël et le Hamas »
        or _SINCE_WAR_BEFORE.search(before[-90:]) is not None
        # an agency's school or shelter struck: "strike hits UN school", « une école de
        # l'UNRWA »
        or (_AGENCY.match(mention.surface) is not None and (
            _FACILITY_AFTER.match(after) is not None
            or _FACILITY_BEFORE.search(before[-30:]) is not None
        ))
        # a landmark the scene lies near: "situé près d'un barrage des rebelles houthis",
        # "located near a Houthi checkpoint"
        or _LANDMARK_NEAR_BEFORE.search(before[-70:]) is not None
        # told to have no part in it: « Le Hezbollah ne serait pas impliqué », "Hezbollah was
        # not believed to be involved"
        or (("involv" in after or "impliqu" in after or " no " in after)
            and _NOT_INVOLVED_AFTER.match(after) is not None)
        or _guessed(sentence.text, mention)
    )


def _guessed(text: str, mention: Mention) -> bool:
    """Whether a group is one of the guesses of who did it: "it is not yet clear whether al
    Shabaab or feuding herders were behind the killings", « on ignore si les shebab ou des
    éleveurs »."""
    before = text[max(0, mention.start - 110) : mention.start]
    return ("whether" in before or " si " in before) and (
        _UNSURE_WHO_BEFORE.search(before) is not None
    )


#: Before a group, a doubt over who did it (on the text up to the group).
_UNSURE_WHO_BEFORE = re.compile(
    r"\b(?:(?:not|n['’]t)\s+(?:yet\s+)?(?:clear|known)|unclear|unknown|uncertain|unsure|"
    r"(?:not|n['’]t)\s+(?:yet\s+)?(?:say|tell|know|determine[d]?|establish(?:ed)?))\s+"
    r"whether\s+(?:[\w'’(),-]+\s+){0,12}$|"
    r"\b(?:on ignore|ne sa(?:it|vent|vait|vaient) (?:toujours |encore )?pas|"
    r"pas (?:encore )?clair|ignorent|ignorait|ignoraient|incertain)\s+si\s+"
    r"(?:[\w'’(),-]+\s+){0,12}$",
    re.IGNORECASE,
)


#: After a group, that it took no part: "was not involved", « ne serait pas impliqué ».
_NOT_INVOLVED_AFTER = re.compile(
    r"\s+(?:(?:was|is|were|are)\s+not\s+(?:(?:believed|thought)\s+to\s+(?:be|have\s+been)\s+)?"
    r"involved|(?:had|has)\s+no\s+(?:role|part|involvement)|n['’](?:est|était|a|aurait)\s+pas\s+"
    r"(?:été\s+)?impliquée?s?|ne\s+(?:serait|seraient|sont|semble)\s+pas\s+(?:être\s+)?"
    r"impliquée?s?)\b",
    re.IGNORECASE,
)


#: Before a group, a landmark of theirs the scene lies near (on the sentence's text).
_LANDMARK_NEAR_BEFORE = re.compile(
    r"\b(?:situé\w*|located|lying|which lies|qui se trouv\w+)\s+(?:juste\s+|just\s+)?"
    r"(?:près d['’]une?|à proximité d['’]une?|non loin d['’]une?|near an?|next to an?|close to "
    r"an?)\s+(?:[\w'’-]+\s+){0,3}(?:(?:des|du|de la|de l['’]|of the|of)\s+)?"
    r"(?:(?:rebelles|rebels|milices|militia)\s+)?$",
    re.IGNORECASE,
)


#: Before a force's name, a disguise: "disguised as Iraqi soldiers", « vêtus d'uniformes de ».
_DISGUISE_BEFORE = re.compile(
    r"\b(?:disguised as|dressed as|posing as|impersonating|(?:in|wearing) (?:the )?uniforms? of|"
    r"déguisée?s? en|se faisant passer pour|(?:vêtus?|habillés?) (?:d['’]uniformes?|de tenues?)|"
    r"en (?:tenues?|uniformes?))\s+(?:de\s+|du\s+|des\s+|d['’])?(?:the\s+|les?\s+|la\s+|"
    r"l['’])?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
#: After a force's name, its uniforms worn by others: "gunmen in Frontier Corps uniforms".
_UNIFORM_AFTER = re.compile(r"(?:['’]s?)?\s+uniforms?\b", re.IGNORECASE)
#: Before a group's name, those who study it: "one of Iraq's best-known experts on".
_STUDIED_BEFORE = re.compile(
    r"\b(?:experts?|specialists?|analysts?|scholars?|researchers?|authority|spécialistes?|"
    r"experte?s?|chercheu(?:r|se)s?|connaisseurs?)\s+(?:on|of|in|de|du|des|d['’]|sur)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’]|les\s+)?(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
#: After an actor, its answer to the event: "fired rockets at northern Israel in response",
#: « a riposté ».
_RETALIATES_AFTER = re.compile(
    # (past a relative clause: « L'armée israélienne, qui accuse le Hezbollah, a riposté »)
    r"(?:,\s+(?:qui|which|who)\b[^,.;]{0,60},)?"
    r"\s+(?:(?:then|later|also|quickly|ensuite|aussitôt|alors)\s+)?(?:retaliated|responded|"
    r"hit back|struck back|a riposté|ont riposté|a répliqué|ont répliqué|"
    r"(?:fired|launched|a tiré|ont tiré|a lancé|ont lancé|struck|strikes|(?:is |are )?striking|"
    r"pounded|a frappé|ont frappé|(?:says|said) (?:it|its \w+(?: and \w+)?) (?:is |are |was |"
    r"were |had )?(?:striking|struck|hit))\b[^.;]{0,70}?\b(?:in (?:response|retaliation|revenge)|"
    r"en (?:riposte|représailles|réponse)))\b",
    re.IGNORECASE,
)


#: Agencies whose buildings shelter civilians (matched on the name as written).
_AGENCY = re.compile(
    r"(?:UN|U\.N\.|ONU|UNRWA|UNICEF|WFP|PAM|UNHCR|HCR|WHO|OMS|United Nations|Nations [Uu]nies)$"
)
_FACILITY_AFTER = re.compile(
    r"^(?:-run|-operated)?\s+(?:[\w-]+\s+)?(?:schools?|shelters?|clinics?|warehouses?|"
    r"compound|premises|facility|facilities|offices?|guesthouse|distribution (?:site|point|"
    r"centre|center))\b",
    re.IGNORECASE,
)
_FACILITY_BEFORE = re.compile(
    r"\b(?:écoles?|abris?|entrepôts?|locaux|bureaux|clinique|centre de distribution|"
    r"dispensaire)\s+(?:[\w-]+\s+)?"
    r"(?:de l['’]|du|des|gérée? par l['’])\s*$",
    re.IGNORECASE,
)


_SINCE_BEFORE = re.compile(r"\b(?:since|after)\s+(?:the\s+)?$", re.IGNORECASE)
_RISE_AFTER = re.compile(
    r"^(?:['’]s?)?\s*(?:seized|seizure|took|takeover|returned|return|came|rise|regained|"
    r"captured|swept)\b",
    re.IGNORECASE,
)
_SINCE_RISE_BEFORE = re.compile(
    r"\b(?:since|after|depuis|après)\s+(?:the\s+|le\s+|la\s+|l['’])?(?:retour|prise|arrivée|"
    r"chute|takeover|return|rise|seizure)\b(?:\s+[\w'’-]+){0,4}?\s+(?:des|du|de|par les|par le|"
    r"of the|by the|of)\s+$",
    re.IGNORECASE,
)


_SINCE_WAR_BEFORE = re.compile(
    r"\b(?:since|depuis)\s+(?:the\s+|le\s+|la\s+|l['’]|les\s+)?(?:(?:start|outbreak|beginning|"
    r"début|déclenchement)\s+(?:of\s+(?:the\s+)?|de\s+la\s+|du\s+|des\s+|de\s+l['’])?)?"
    r"(?:[\w-]+\s+){0,2}?(?:fighting|war|hostilities|conflict|clashes|exchanges of fire|"
    r"guerre|hostilités|conflit|affrontements|combats|échanges de tirs)\s+(?:between|with|"
    r"entre|avec)\s+(?:[\w'’-]+\s+(?:and|et)\s+)?(?:the\s+|le\s+|la\s+|l['’]|les\s+)?$",
    re.IGNORECASE,
)


_LEANING_BEFORE = re.compile(
    r"\b(?:pro|anti)-$|\bproches? (?:du|de la|des|de l['’])\s*$", re.IGNORECASE
)


#: What a group broke away from, told before it: "a splinter group of", « faction dissidente de ».
_ORIGIN_BEFORE = re.compile(
    r"\b(?:(?:breakaway|splinter|dissident) (?:faction|group|wing)s? (?:of|from)|offshoots? of|"
    r"(?:broke|split) (?:away )?from|(?:faction|branche|groupe|aile)s? dissidentes? (?:de|du|des|"
    r"d['’])|scission (?:de|du|d['’])|issue? d(?:e|u|es)|né(?:e|s|es)? d(?:e|u|es)|"
    r"dissidents? (?:de|du|d['’]))\s+(?:the\s+|la\s+|le\s+|l['’])?$",
    re.IGNORECASE,
)
#: "a Hezbollah stronghold", "in the RSF-held town", "Houthi-controlled Hodeidah"
_HOLDER_AFTER = re.compile(
    r"^(?:['’]s?)?(?:\s+|-)(?:strongholds?|heartland|bastions?|fiefs?|held|controlled|"
    r"run|occupied)\b",
    re.IGNORECASE,
)


_PREVIOUS_WORD = re.compile(r"([\w'’-]+)\s+$")
_NEXT_QUARTER = re.compile(r"^\s+(?:du|of the)\s+(?:sud|nord|south|north)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _nationalities(text: str, gazetteer: Gazetteer) -> tuple[tuple[int, int, str], ...]:
    """The nationality words of a text, ``(start, end, country)``: read once per sentence,
    though several steps look at them."""
    return tuple(
        (m.start(), m.end(), code)
        for m in _WORD.finditer(text)
        if len(m.group(0)) >= 3 and (code := _demonym_at(text, m, gazetteer)) is not None
    )


def _demonym_at(text: str, m: re.Match[str], gazetteer: Gazetteer) -> str | None:
    """The country of the nationality word ``m``, read with its neighbours."""
    return _demonym_between(text, m.start(), m.end(), gazetteer)


def _demonym_between(text: str, start: int, end: int, gazetteer: Gazetteer) -> str | None:
    """The country of the nationality word ``text[start:end]``, read with its neighbours:
    "South Sudanese" and "soudanais du Sud" are not "Sudanese"."""
    word = text[start:end]
    alone = gazetteer.demonym_country(word)
    if alone is None:
        return None  # (checked first: this runs on every word of the article)
    previous = _PREVIOUS_WORD.search(text[max(0, start - 20) : start])
    if previous:
        code = gazetteer.demonym_country(f"{previous.group(1)} {word}")
        if code:
            return code
    quarter = _NEXT_QUARTER.match(text[end : end + 16])
    if quarter:
        return gazetteer.demonym_country(f"{quarter.group(0).split()[-1]}-{word}") or alone
    return alone


#: Two countries joined as the sides of a fight: "clashes between Kyrgyzstan and
#: Tajikistan", « les affrontements entre le Kirghizstan et le Tadjikistan », a headline's
#: "Kirghizstan-Tadjikistan :".
_BETWEEN_BEFORE = re.compile(r"\b(?:between|entre)\s+(?:the\s+|le\s+|la\s+|l['’])?$",
                             re.IGNORECASE)
_JOINED = re.compile(r"^\s*(?:and|et|-|–|/)\s*(?:the\s+|le\s+|la\s+|l['’])?$", re.IGNORECASE)


def _states_at_war(sentence: _Sentence, gazetteer: Gazetteer) -> list[str]:
    """The armed forces of two countries a battle's report names as its sides."""
    countries = [m for m in sentence.mentions if m.kind == "place" and m.id.startswith("c:")]
    text = sentence.text
    for first, second in itertools.pairwise(countries):
        if first.id == second.id or not _JOINED.match(text[first.end : second.start]):
            continue
        between = _BETWEEN_BEFORE.search(text[max(0, first.start - 12) : first.start])
        headline = sentence.zone == "title" and text[second.end : second.end + 3].lstrip()[:1] in (
            ":", ""
        )
        if between or headline:
            forces = [_force_actor(m.id[2:], gazetteer) for m in (first, second)]
            return [f for f in forces if f]
    return []


def _demonym_forces(
    text: str, gazetteer: Gazetteer, noun_en: re.Pattern[str], noun_fr: re.Pattern[str]
) -> Iterator[tuple[str, int, int]]:
    """State forces named by a nationality next to a noun: "Russian missiles" (the noun
    after, English), "frappe israélienne" (the noun before, French), with the phrase's
    span."""
    for start, end, code in _nationalities(text, gazetteer):
        if lx.FAITH_BEFORE.search(text, max(0, start - 12), start):
            continue  # a people told by its faith: "Shi'ite Turkmen fighters" are Iraq's
        span = _armed_span(text, start, end, noun_en, noun_fr)
        if span is not None:
            actor = _force_actor(code, gazetteer)
            if actor:
                yield actor, *span


def _armed_span(
    text: str, start: int, end: int, noun_en: re.Pattern[str], noun_fr: re.Pattern[str]
) -> tuple[int, int] | None:
    """The span of a nationality and the noun of the forces or weapons it qualifies ("Russian
    missiles", "frappe israélienne"), or None when it qualifies none."""
    if text[start].isupper() and (after := noun_en.match(text[end:])):
        return start, end + after.end()
    # (French writes the adjective in lower case: "frappe israélienne"; not "Israeli forces
    # killed seven Palestinians", "un Palestinien")
    if text[start].islower() and (before := noun_fr.search(text[max(0, start - 40) : start])):
        return max(0, start - 40) + before.start(), end
    return None


#: Whence a weapon came: "a rocket fired from the Gaza Strip", « tirée depuis le Liban ».
_FIRED_FROM = re.compile(
    r"\b(?:fired|launched|tirée?s?|lancée?s?)\s+(?:from|depuis)\b", re.IGNORECASE
)
#: Forces that had gone before the attack, the words after their name: "troops had left the
#: town", « avaient quitté ».
_LEFT = (
    r"(?:had |have |avaient |ont |s['’]étaient |had already |avaient déjà )?(?:left|"
    r"withdrawn|withdrew|pulled out|quitté|retirés|partis)\b"
)
_LEFT_AFTER = re.compile(r"\s+" + _LEFT, re.IGNORECASE)
#: Forces absent from the attack, on lower-cased text: gone before it, with those words or by
#: the passive ("the army had left", « une ville quittée la veille par l'armée »), or come after
#: it to find its dead.
_FORCES_ABSENT_LOW = re.compile(
    r"\b(?:quitté|quittée|quittés|abandonnée?s?|évacuée?s?)\s+(?:[\w'’-]+\s+){0,3}?par\s+"
    r"(?:l['’]armée|les (?:militaires|soldats|troupes))\b|"
    r"\b(?:the army|troops|soldiers)\s+" + _LEFT + r"|"
    # forces who came after it to find its dead: "Troops recovered the bodies in the bush",
    # « des militaires ont retrouvé les corps »
    r"\b(?:the army|troops|soldiers|l['’]armée|les militaires|des militaires|les soldats|"
    r"des soldats)\s+(?:later\s+|ensuite\s+)?(?:recovered|retrieved|found|collected|"
    r"ont récupéré|ont retrouvé|a récupéré|a retrouvé|ont découvert|a découvert)\s+"
    r"(?:the\s+|les\s+|des\s+)?(?:[\w-]+\s+)?(?:bodies|body|corps|dépouilles)\b|"
    # ... or who hunted its authors down later, an operation of their own: "troops later
    # killed two suspects", « les militaires ont ensuite neutralisé deux suspects »
    r"\b(?:the army|troops|soldiers|l['’]armée|les militaires|des militaires|les soldats)\s+"
    r"(?:later|subsequently|afterwards|then|a ensuite|ont ensuite|ont plus tard)\s+"
    r"(?:killed|arrested|captured|tracked|pursued|neutralis\w+|neutraliz\w+|tué|arrêté|"
    r"interpellé|poursuivi)\b"
)
#: A soldier no longer serving, on lower-cased text: "a former British soldier", « un ancien
#: militaire »: a civilian, not a man of the forces.
_NOT_SERVING_HEAD = r"(?:\b(?:former|retired|anciens?)\s+|\bex-\s*)"
_NOT_SERVING = _NOT_SERVING_HEAD + r"(?:[a-zéèê]+\s+)?"
_NOT_SERVING_LOW = re.compile(
    _NOT_SERVING + r"(?:soldiers?|servicem[ae]n|army officers?|soldats?|militaires?)\b"
)
#: ... and the words before the forces' word.
_NOT_SERVING_BEFORE_LOW = re.compile(_NOT_SERVING + "$")
#: Forces asked about the attack that said nothing: "did not respond to a request for
#: comment", « n'a pas réagi ».
_NO_COMMENT_AFTER = re.compile(
    r"\s+(?:did not|didn['’]t|has not|had not|declined to|n['’]a pas|n['’]avait pas|n['’]ont pas)"
    r"\s+(?:immediately\s+|encore\s+|yet\s+)?(?:respond|responded|comment|commented|réagi|"
    r"répondu|commenté|souhaité)\b",
    re.IGNORECASE,
)


def _gone_or_silent(text: str, end: int) -> bool:
    """Whether the forces named just before ``end`` had left before the attack or did not
    answer for it: no side of it."""
    return bool(_LEFT_AFTER.match(text, end) or _NO_COMMENT_AFTER.match(text, end))


#: Blame laid on another after a state's confirmation: "... and blamed the ADF", « et a accusé
#: les rebelles ».
_BLAMES_ANOTHER = re.compile(
    r"\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing)|attribut(?:ed|es|ing)|a (?:accusé|imputé|"
    r"attribué)|accus(?:e|ent|ant)|imput(?:e|ent|ant)|attribu(?:e|ent|ant))\b",
    re.IGNORECASE,
)


#: A co-source named after the forces, up to its last word: "(the Israeli army) and rescue
#: services (said)", « (l'armée) et les secours (ont indiqué) ».
_CO_SOURCE = r"\s+(?:and|et)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
#: "a annoncé l'armée congolaise", "the Sudanese army said": forces only quoted as a source
_ANNOUNCED_AFTER = re.compile(
    # (with a co-source: "the Israeli army and rescue services said")
    r"^(?:" + _CO_SOURCE + r"\s+(?:said|say|ont (?:annoncé|indiqué|déclaré|précisé|affirmé))"
    r"\b)|"
    r"^\W{0,3}(?:said|says|announced|reported|stated|a (?:annoncé|indiqué|déclaré|précisé|"
    r"affirmé|rapporté)|annonce|indique|déclare|"
    # (who blames another for the attack tells of it: "Congo's army blamed M23 for the
    # strikes", « l'armée congolaise accuse les rebelles »)
    r"blamed|blames|accused|accuses|a accusé|accuse|a attribué|a imputé|attribue|impute)\b",
    re.IGNORECASE,
)


def _quoted_forces(sentence: _Sentence, gazetteer: Gazetteer) -> set[str]:
    """State forces named by nationality in this sentence only as the source of a statement,
    not as a side ("dix morts, a annoncé l'armée congolaise"); speaking of their own deed
    ("the Israeli military said it had struck") they are a side."""
    text = sentence.text
    quoted: set[str] = set()
    for actor, start, end in _demonym_forces(text, gazetteer, lx.FORCE_NOUN_EN,
                                             lx.FORCE_NOUN_FR):
        before = text[max(0, start - 80) : start]
        if _SELF_REPORT.match(text[end : end + 90]):
            continue
        if (
            _ANNOUNCED_AFTER.match(text[end:])
            or lx.SOURCE_BEFORE.search(before)
            or lx.SOURCE_INVERTED.search(before)
        ):
            quoted.add(actor)
    return quoted


def _weapon_forces(
    sentence: _Sentence, gazetteer: Gazetteer, *, answered_out: bool = False
) -> set[str]:
    """State forces named as the attacker through their weapon ("Russian missiles", "frappe
    israélienne"); with ``answered_out``, not the weapons of what the strike answered (« une
    riposte à l'utilisation par Kiev de missiles américains »)."""
    text = sentence.text
    return {
        actor for actor, start, _ in
        _demonym_forces(text, gazetteer, lx.WEAPON_NOUN_EN, lx.WEAPON_NOUN_FR)
        if not (answered_out and _REPRISAL_FOR.search(text, max(0, start - 130), start))
        and not _FIRES_BEFORE.search(text, max(0, start - 30), start)
    }


#: A verb of firing or using right before a weapon: the weapon is told by its maker, not by
#: who fires it.
_FIRES_BEFORE = re.compile(
    r"\b(?:fires?|fired|firing|launch(?:es|ed|ing)?|uses?|used|using|tire|tirent|tiré|"
    r"lance|lancent|lancé|utilise|utilisent|utilisé)\s+(?:(?:the|its|their|des|de|ses|leurs)\s+)?$",
    re.IGNORECASE,
)


def _civilian_victims(text: str, gazetteer: Gazetteer) -> bool:
    """Whether the text counts civilians among the dead or wounded, by name or by nationality
    ("killed at least 90 Palestinians")."""
    low = lower_same_length(text)
    if lx.CIV_VICTIMS_LOW.search(low) or lx.HARMED_NOT_FIGHTERS_LOW.search(low):
        return True
    if _others_than_forces(text):
        return True
    # people told by their nationality, not their arms: "An Israeli man and his elderly mother
    # were killed"
    return _killed_nationals(text, gazetteer) or any(
        gazetteer.demonym_country(m.group(1)) is not None
        and not _PERPETRATOR_AFTER.match(text, m.end())
        for m in _NATIONAL_PEOPLE_EN.finditer(text)
    )


#: A toll of people broken down into the forces among them: "at least eight people, including
#: two policemen, were killed", « au moins huit personnes, dont deux policiers, ont été tuées ».
_PEOPLE_INCLUDING_FORCES = re.compile(
    r"\b([\w,-]+) (?:people|persons|personnes|morts|dead|tués|victims|victimes)\b,?\s+"
    r"(?:including|among them|dont|parmi "
    r"lesquel(?:le)?s)\s+([\w-]+)\s+(?:[\w-]+\s+)?(?:police\w*|soldiers|troops|servicemen|"
    r"security (?:personnel|officials|officers)|officers|guards|policiers|soldats|militaires|"
    r"gendarmes|agents|membres des forces)\b",
    re.IGNORECASE,
)


def _others_than_forces(text: str) -> bool:
    """Whether a toll of people names fewer forces among them than it counts: the others
    are the bystanders the blast killed ("eight people, including two policemen")."""
    for m in _PEOPLE_INCLUDING_FORCES.finditer(text):
        whole, forces = find_numbers(m.group(1)), find_numbers(m.group(2))
        if whole and forces and whole[-1].value > forces[0].value:
            return True
    return False


def _killed_nationals(text: str, gazetteer: Gazetteer) -> bool:
    """Whether the text counts people killed by their nationality ("killed at least 90
    Palestinians"; not "92 Chadian soldiers")."""
    return any(
        gazetteer.demonym_country(m.group(1)) is not None
        for m in lx.KILLED_NATIONALS.finditer(text)
    )


#: What an attack avenged, to the end of its clause: « pour venger les civils peuls tués dans
#: le centre », "to avenge the killing of civilians".
_AVENGED = re.compile(
    r"\b(?:venger|avenge|in (?:revenge|retaliation|reprisal) for|en représailles? (?:à|aux|au|"
    r"de|des|du)|to avenge)\b[^.;]*",
    re.IGNORECASE,
)


def _civilians_killed(text: str, gazetteer: Gazetteer) -> bool:
    """Whether the text counts people who are no fighters among the dead, by kind or by
    nationality ("two Spanish journalists were killed"; not "three civilians wounded")."""
    low = lower_same_length(text)
    return any(
        _KILL_WORD.search(m.group(0)) for m in lx.HARMED_NOT_FIGHTERS_LOW.finditer(low)
    ) or _killed_nationals(text, gazetteer)


_KILL_WORD = re.compile(r"\b(?:kill\w*|tuant|tué\w*|dead|morts?|li(?:fe|ves) of|la vie)\b")


#: Victims the headline names by office, rank or force: a bomb aimed at them, not at
#: passers-by.
_VIP_VICTIM = re.compile(
    r"\b(?:minister|governor|commander|leader|chief|official|mayor|judge|general|observer|"
    r"monitor|ministre|gouverneur|commandant|chef|responsable|maire|juge|général|observateur|"
    r"personnel|paramilitaires?|gardiens|guards)\b",
    re.IGNORECASE,
)


#: A commander the headline names as the one a bomb killed: "Separatist militia chief killed by
#: car bomb", « un commandant tué dans l'explosion de sa voiture » (the bomb was his).
_COMMANDER = re.compile(
    r"\b(?:commander|militia chief|colonel|general|officer|commandant|chef militaire|général|"
    r"officier)\b",
    re.IGNORECASE,
)


#: The police killing the attackers: "police kill four attackers", "two gunmen were shot dead
#: by police", « les policiers ont abattu deux assaillants ».
_POLICE_KILLED_ATTACKERS = re.compile(
    r"\b(?:police(?:men)?|policiers|la police)\s+(?:[\w'’-]+\s+){0,3}?(?:kill(?:ed|s)?|shot dead|"
    r"shoot dead|gunned down|neutrali[sz]ed|ont (?:tué|abattu|neutralisé))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attackers?|gunm[ae]n|assailants?|assaillants?|tireurs?|agresseurs?)\b|"
    r"\b(?:attackers?|gunm[ae]n|assailants?|assaillants?|tireurs?)\s+(?:were|was|ont été|a été)\s+"
    r"(?:later\s+)?(?:killed|shot dead|gunned down|tués?|abattus?|neutralisés?)\s+(?:by|par)\s+"
    r"(?:the\s+|la\s+|les\s+)?(?:police|policiers)\b",
    re.IGNORECASE,
)
#: A group's commander named in a headline as the one a strike killed or aimed at.
_LEADER_HIT = re.compile(
    r"\b(?:commander|militia chief|(?:drone|military|intelligence|operations) chief|"
    r"(?:top|senior) (?:leader|official)|chef militaire|commandant|numéro deux|haut responsable|"
    r"haut dirigeant)\b",
    re.IGNORECASE,
)


#: People who are no fighters, by name.
_NON_FIGHTERS = re.compile(
    r"\b(?:civilians?|civils?|children|child|women|enfants?|femmes?|fillettes?)\b", re.IGNORECASE
)


#: Civilians counted among the dead, not the wounded ("53 dead, including 49 gendarmes and
#: four civilians"; not "eleven wounded, including three civilians").
_CIVILIANS_AMONG_DEAD = re.compile(
    r"\b(?:killed|dead|died|deaths|toll|tués?|tuées?|morts?|bilan)\b"
    r"(?:(?!\b(?:wound\w*|injur\w*|hurt|bless\w*)\b)[^.;]){0,160}?(?<!supplétifs )"
    r"(?<!auxiliaires )\b(?:civilians|civils)\b|"
    r"\b(?:civilians|civils)\s+(?:\w+\s+){0,2}(?:killed|died|dead|tués|morts)\b|"
    # a toll broken down in the next sentence: "80 dead ... Among them, 59 civilians",
    # « 80 morts. Parmi eux, 59 civils »
    r"\b(?:among (?:them|the dead|those killed)|parmi (?:eux|elles|les morts|les tués))\b,?"
    r"[^.;]{0,60}?\b(?:civilians|civils)\b|"
    # an officer's family killed with him: "a colonel, his wife and their six-year-old son
    # were among seven killed", « un colonel, son épouse et leur fils tués »
    r"\b(?:his|their|son|sa|leurs?)\s+(?:wife|son|daughter|children|family|épouse|femme|fils|"
    r"fille|enfants|famille)\b[^.;]{0,80}?\b(?:killed|dead|died|tués?|tuées?|morts?)\b|"
    r"\b(?:wife|épouse),?\s+(?:son|daughter|fils|fille)\b[^.;]{0,60}?\b(?:killed|tués)\b",
    re.IGNORECASE,
)


def _is_armed_group(actor_id: str, gazetteer: Gazetteer) -> bool:
    """A non-state side: an armed group, a militia, rebels (not civilians, not a state)."""
    actor = gazetteer.actor(actor_id)
    return actor is not None and actor.kind.startswith(
        ("armed group", "militia", "gang", "private military")
    )


#: Rebels told without a name.
_REBELS = re.compile(
    r"\b(?:rebels?|rebelles?|insurgents?|insurgés?|jihadists?|djihadistes?|jihadistes?)\b",
    re.IGNORECASE,
)


def _states_only(actors: list[str], gazetteer: Gazetteer) -> bool:
    """Whether the sides are the forces of two states or more, and no armed group."""
    sides = [a for a in actors if not a.startswith(VICTIMS)]
    states = {
        actor.countries[0] for a in sides
        if (actor := gazetteer.actor(a)) is not None and actor.is_state and actor.countries
    }
    return len(states) >= 2 and not any(
        _is_armed_group(a, gazetteer) or a.startswith(UNIDENTIFIED_GROUP) for a in sides
    )


def _has_attacker(actors: list[str], gazetteer: Gazetteer) -> bool:
    """Whether an armed group, named or not, is among the actors."""
    return any(_is_armed_group(a, gazetteer) or a.startswith(UNIDENTIFIED_GROUP) for a in actors)


def _state_militia(actor_id: str, gazetteer: Gazetteer) -> bool:
    """A militia that fights for a state, under its forces in the registry (Burkina Faso's
    VDP)."""
    return any(_is_state(a, gazetteer) for a in gazetteer.actor_ancestors(actor_id)[1:])


def _without_militia(lead: list[_Sentence], lead_low: str, gazetteer: Gazetteer) -> str:
    """The lead's lower-cased text (its sentences joined by one space) with the names of the
    militias that fight for a state blanked."""
    out = list(lead_low)
    offset = 0
    for s in lead:
        for m in s.mentions:
            if m.kind == "actor" and _state_militia(m.id, gazetteer):
                out[offset + m.start : offset + m.end] = " " * (m.end - m.start)
        offset += len(s.text) + 1
    return "".join(out)


def _is_authority(actor_id: str, gazetteer: Gazetteer) -> bool:
    """A state force or an international body (the UN, a peace mission)."""
    actor = gazetteer.actor(actor_id)
    return actor is not None and actor.kind.startswith(("state", "international"))


def _groups_at_war(chosen: list[str], gazetteer: Gazetteer) -> bool:
    """Whether two armed groups of no common family (not members of one alliance, nor one
    of the other, nor of a state's forces) are sides: ground taken from one by the other
    ("the SDF took Hajin from Islamic State") is theirs, not the state's."""
    families = [
        family for a in chosen
        if (family := gazetteer.group_family(a)) and not _state_militia(a, gazetteer)
    ]
    return any(not a & b for a, b in itertools.combinations(families, 2))


def _is_state(actor_id: str, gazetteer: Gazetteer) -> bool:
    actor = gazetteer.actor(actor_id)
    return actor is not None and actor.is_state


def _speaks_officially(actor_id: str, gazetteer: Gazetteer) -> bool:
    """Whether what the actor says of its own strikes is an official word: a state's forces,
    or an international force."""
    actor = gazetteer.actor(actor_id)
    return actor is not None and (actor.is_state or actor.kind == "international force")


def _serves(actor_id: str, country: str, gazetteer: Gazetteer) -> bool:
    """Whether an actor is of this country or active in it (its forces, its police, the groups
    that fight there)."""
    actor = gazetteer.actor(actor_id)
    return actor is not None and country in actor.countries


#: The leaving of forces that dates the news, told before them: « depuis le retrait des
#: troupes », "since the withdrawal of".
_WITHDRAWAL_BEFORE = re.compile(
    # (not "after" it: « reprise par les shebab après le départ des soldats de l'UA » tells
    # who left the town to them)
    r"\b(?:depuis|since)\s+(?:le|la|the)\s+(?:retrait|départ|withdrawal|"
    r"pull-?out|departure)\s+(?:des|du|de la|of|of the)\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)


def _nation_forces(sentence: _Sentence, gazetteer: Gazetteer) -> list[str]:
    """State forces named through a nationality or a country: "Russian missile", "frappe
    israélienne", "U.S. strikes", "accusing Ukraine", "Ukraine denied"."""
    text = sentence.text
    found = [
        a for a, start, end in _demonym_forces(
            text, gazetteer, lx.FORCE_OR_ATTACK_NOUN_EN, lx.FORCE_NOUN_FR
        )
        # (who answered the attack: « L'armée israélienne, qui accuse le Hezbollah, a riposté »)
        if not _RETALIATES_AFTER.match(text, end, end + 200)
        # "Moscow says it targeted a Ukrainian army deployment point": the attacker's account
        if not lx.CLAIMED_TARGET.search(text[max(0, start - 110) : start])
        # (a disguise: "militants disguised as Iraqi soldiers")
        and not _DISGUISE_BEFORE.search(text[max(0, start - 45) : start])
        # (what the attack answered: "said it was retaliating for a Ukrainian ATACMS strike")
        and not _ANSWERED_BEFORE.search(text, max(0, start - 80), start)
        # (a weapon another fires, told by its maker: "Ukraine fires British Storm Shadow
        # missiles", « Kiev a tiré des missiles américains »)
        and not _FIRES_BEFORE.search(text, max(0, start - 30), start)
        # (forces that had left: « les militaires nigérians avaient quitté la ville la veille »,
        # or that were asked: « l'armée nigériane n'a pas réagi à ces accusations »)
        and not _gone_or_silent(text, end)
        # (nor forces whose leaving dates the news: « tenue par les shebab depuis le retrait des
        # troupes éthiopiennes en 2016 », "since the withdrawal of Ethiopian troops")
        and not _WITHDRAWAL_BEFORE.search(text, max(0, start - 45), start)
        # (the source or the one who blames: « L'armée israélienne a attribué le tir au
        # Hezbollah », "the Israeli military said rockets were fired"; not its own account:
        # "the Israeli military said it struck")
        and not (
            _ANNOUNCED_AFTER.match(text[end : end + 40])
            and not _SELF_REPORT.match(text[end : end + 90])
        )
        # (a group's own name: « les Forces démocratiques syriennes »)
        and not any(
            m.kind == "actor" and m.id != a and m.start <= start and end <= m.end
            for m in sentence.mentions
        )
    ]
    if "soldier" in sentence.low or "soldat" in sentence.low or "militaire" in sentence.low:
        # one soldier of a nation hit: "an Israeli soldier was shot dead", « un soldat turc tué »
        for m in _ONE_SOLDIER_HIT.finditer(text):
            code = gazetteer.demonym_country(m.group(1) or m.group(2))
            actor = _force_actor(code, gazetteer) if code else None
            if actor:
                found.append(actor)
    if "police" in sentence.low:
        # a nation's police by its units: "Two Turkish special operations police officers"
        for start, end, code in _nationalities(text, gazetteer):
            if text[start].isupper() and _UNIT_POLICE_AFTER.match(text, end) and (
                police := _police_actor(code, gazetteer)
            ):
                found.append(police)
    for mention in sentence.mentions:
        if mention.kind != "place" or not mention.id.startswith("c:"):
            continue
        before = text[max(0, mention.start - 30) : mention.start]
        after = text[mention.end :]
        if after.startswith(".") and "." in mention.surface:
            after = after[1:]  # (the stop that ends initials: "U.S. jets struck")
        if _IN_COUNTRY_BEFORE.search(before):
            continue  # where it was: "a strike in northwest Syria"
        force = lx.FORCE_NOUN_EN.match(after)
        if force and _ANNOUNCED_AFTER.match(
            _COMMAND_WORDS.sub("", after[force.end() :], count=1)
        ) and not _SELF_REPORT.match(
            after[force.end() : force.end() + 90]
        ):
            continue  # "Ukraine's air force said ...": the source, not a side
        if force and _gone_or_silent(after, force.end()):
            continue  # "Nigerian troops had left the town", "the army did not respond"
        if (
            force
            # "Russia pounded the Ukrainian capital" (not "shortly before Iran fired missiles")
            or (
                _STRIKES_AFTER.match(after[:30]) and not _TIME_BEFORE.search(before)
                # ("rockets fired from Lebanon struck": where they came from)
                and not _FROM_BEFORE.search(before)
            )
            or (
                _ACCUSED.search(before)
                and not _SUPPORTING.match(after)
            )
            or _DENIES_AFTER.match(after)
        ):
            actor = _force_actor(mention.id[2:], gazetteer)
            if actor:
                found.append(actor)
    return found


#: After a country, its denial, alone or with another's: "Russia denied", « La Russie et le
#: régime syrien ont démenti », "Russia and the Syrian government denied".
_DENIES_AFTER = re.compile(
    r"^\s+(?:(?:and|et)\s+(?:[\w'’-]+\s+){1,3})?(?:denied|denies|deny|a démenti|ont démenti|"
    r"dément|démentent|nie|nient|a nié|ont nié)\b"
)
#: Before a country, where something happened: "in northwest Syria", « dans le nord de la
#: Syrie ».
_IN_COUNTRY_BEFORE = re.compile(
    r"\b(?:in|across|inside)\s+(?:(?:north|south|east|west|central)(?:ern)?(?:-?(?:east|west)"
    r"(?:ern)?)?\s+)?$|\bdans le (?:nord|sud|centre|nord-est|nord-ouest|sud-est|sud-ouest|"
    r"est|ouest) (?:de l['’]|de la |du |des )$",
    re.IGNORECASE,
)
#: After a nationality, its police named by a unit: " special operations police officers",
#: " riot police".
_UNIT_POLICE_AFTER = re.compile(
    r"\s+(?:special\s+operations|special\s+forces|special|riot|border|federal|national|"
    r"military|armed|traffic|counter-terrorism)\s+(?:police|policemen|policeman)\b"
)
#: One soldier of a nation, hit: "an Israeli soldier was shot dead", « un soldat turc tué ».
_ONE_SOLDIER_HIT = re.compile(
    r"\b(?i:an?|one)\s+([A-Z][a-z]+)\s+(?:soldier|serviceman|service member)\b[^.;]{0,30}?"
    r"\b(?:killed|wounded|injured|shot dead|shot)\b|"
    r"\b(?i:un|le)\s+(?:soldat|militaire)\s+([a-zé]+)\s+(?:a été\s+|avait été\s+)?"
    r"(?:tué|blessé|abattu)\b"
)
_FROM_BEFORE = re.compile(r"\b(?:from|depuis)\s+(?:the\s+|le\s+|la\s+|l['’])?$",
                          re.IGNORECASE)
_TIME_BEFORE = re.compile(r"\b(?:before|after|avant|après|since|depuis|when|lorsque)\s+$",
                          re.IGNORECASE)
#: "Ukraine's southern military command said": the command is the force's voice.
_COMMAND_WORDS = re.compile(
    r"^\s+(?:command|commands|spokes\w+|headquarters|staff|chief|officials?)\b", re.IGNORECASE
)
_ACCUSED = re.compile(r"(?:accus\w+|blam\w+)\s+(?:l['’]|la |le )?$", re.IGNORECASE)
_SUPPORTING = re.compile(
    r"^\s+(?:de |d['’]|of )(?:soutenir|supporting|backing|aider|helping|arming|armer|financ)",
    re.IGNORECASE,
)


#: "Mali rebels claim", "des jihadistes nigériens revendiquent": the country names where the
#: claimants come from, not a state that owns its strike.
_NON_STATE_SUBJECT = re.compile(
    r"\b(?:rebels?|militants?|insurgents?|jihadists?|gunmen|fighters|separatists|militias?|"
    r"groups?|gangs?|rebelles?|insurgés?|jihadistes?|djihadistes?|combattants|séparatistes|"
    r"milices?|miliciens|groupes?|terroristes?|terrorists?|rebellion|rébellion|insurgency|"
    r"insurrection|guerrillas?|guérilla|backed by|soutenue? par|appuyée? par)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Claim:
    claimant: str | None
    claimed: bool
    by_state: bool = False
    #: the state force that says it carried out the strike ("the IDF said it struck")
    state_claimant: str | None = None


#: A claim of fire aimed at a named place ("fired rockets at ...", "a tiré sur ..."): when that
#: place is in another country, the claim is of another attack.
_ELSEWHERE_AFTER_CLAIM = re.compile(
    r"^[^.;]{0,60}?\b(?:at|on|towards|toward|into|sur|vers|contre)\b[^.;]{0,50}$|"
    # ... or just in it: "its drones had hit the Lukoil refinery in Kstovo" (not "to bring in
    # weapons from Iran")
    r"^[^.;]{0,60}?\b(?:in|dans|à)\s+(?:(?!from\b|de\b|du\b|des\b)[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_FIRED = re.compile(
    r"\b(?:fired|launched|hit|struck|targeted|tiré|lancé|frappé|visé)\b", re.IGNORECASE
)
#: Before a side, the speaker's fight against it: "the coalition fighting Islamic State".
_FOUGHT_BEFORE = re.compile(
    r"\b(?:fighting|battling|against|combattant|luttant contre|contre)\s+(?:the\s+|le\s+|la\s+|"
    r"les\s+|l['’])?$",
    re.IGNORECASE,
)


#: Missiles or drones shot down: an air defence's count, no claim of the strike.
_AIR_DEFENCE = re.compile(
    r"\b(?:shot down|intercepted|downed|destroyed|abattu|abattus|intercepté|interceptés|"
    r"neutralisé|neutralisés|détruit|détruits)\b[^.;]{0,40}?\b(?:missiles?|drones?|rockets?|"
    r"roquettes?|projectiles?|Shaheds?)\b(?!-?\s*(?:launch(?:ers?|pads?|sites?)|sites?|depots?|"
    r"factor\w+|storage|production|lanceurs?|rampes?|de lancement|dépôts?|usines?))",
    re.IGNORECASE,
)
#: What a claimed act answered: "in response to the strike on", « en riposte à la frappe de ».
_CLAIMED_REPRISAL = re.compile(
    rf"\b{lx.REPRISAL_FOR}\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?(?:[\w-]+\s+)?"
    r"(?:strikes?|raids?|air ?strikes?|bombing|shelling|frappes?|bombardements?)\b",
    re.IGNORECASE,
)


def _avenges_here(s: _Sentence, start: int, country: str, gazetteer: Gazetteer) -> bool:
    """Whether a claim made in the sentence from ``start`` is of a reprisal for an event in
    the country itself, told by its place: that event is the report's, the claimed act another
    ("Hezbollah claimed rockets on Kiryat Shmona in response to the strike on Hebbariyeh")."""
    rep = _CLAIMED_REPRISAL.search(s.text, start, start + 220)
    if rep is None:
        return False
    avenged = next(
        (x for x in s.mentions if x.kind == "place" and rep.end() <= x.start <= rep.end() + 60),
        None,
    )
    return avenged is not None and (
        (p := gazetteer.place(avenged.id)) is not None and p.country == country
    )


#: The agent of a passive claim verb, next: "claimed by", « revendiquée par ».
_BY_AFTER = re.compile(r"\s+(?:by|par)\b", re.IGNORECASE)


#: A claim verb with a capital, inside a sentence: a word of a name.
_CLAIM_CAPITALISED = ("Claim", "Revendiqu")


def _claim(
    sentences: list[_Sentence], gazetteer: Gazetteer, country: str | None = None,
    event: tuple[str, str] | None = None,
) -> tuple[_Claim, set[int]]:
    """Who claims the attack: the subject before the claim verb ("X claimed", "X, linked to Y,
    said it had targeted"), or the agent of a passive ("revendiquée par X")."""
    claim = _Claim(None, False)
    claim_sentences: set[int] = set()
    unclaimed = False  # the report said no one claimed this attack
    for i, s in enumerate(sentences):
        claims_this = ("claim" in s.low or "revendiqu" in s.low) and bool(
            _THIS_CLAIMED.search(s.text)
        )
        if (s.background and not (
            # (a summary's claim of this attack holds beside another time: "Islamic Jihad's
            # armed wing claimed the barrage on the third day of fighting since ...")
            claims_this and (s.zone == "summary" or _WHO_CLAIMED.search(s.text))
        )) or (
            s.zone == "body" and s.paragraph > 5
        ):
            continue
        # a state owning its strike is often quoted after the victims' account; a group's
        # claim counts in the first paragraphs only, unless it claims this very attack
        # ("Hezbollah, which claimed the attack on Sunday, ...")
        late = s.zone == "body" and s.paragraph > 3 and not claims_this
        m = lx.CLAIM.search(s.text)
        if m is not None and m.start() > 0 and s.text.startswith(_CLAIM_CAPITALISED, m.start()):
            m = None  # a word of a name: the "Timbuktu Claims Its Rights" collective
        state_form = False
        if (
            not m and any(w in s.low for w in _STATE_CLAIM_WORDS)
            and any(w in s.low for w in _STATE_CLAIM_OBJECTS)
        ):
            m = lx.STATE_CLAIM.search(s.text)
            state_form = m is not None
        strike_told = False
        if not m and ("said" in s.low or "says" in s.low):
            m = lx.STRIKE_TOLD.search(s.text)
            state_form = strike_told = m is not None
        if not m or lx.CLAIM_NEGATED.search(s.text):
            unclaimed = unclaimed or (m is not None and not s.background)
            continue
        if _another_attack_claimed(s.text[m.start() : m.end() + 80], unclaimed):
            continue  # "ISKP, which claimed a 2021 suicide bombing in Kandahar"
        if _VICTORY_AFTER.match(s.text, m.end()):
            continue  # « les autorités du Jubaland revendiquent la victoire »: no author's claim
        if _EARLIER_BEFORE_CLAIM.search(s.text, max(0, m.start() - 70), m.start()):
            continue  # "targeted last October in an attack claimed by Islamic State"
        if _AIR_DEFENCE.search(s.text, m.start(), m.end() + 60):
            continue  # "Ukraine's air force said it had shot down 15 of the 18 cruise missiles"
        if event is not None and event[0] != "Battles" and _GROUND_TAKEN.search(
            s.text, m.start(), m.end() + 40
        ):
            continue  # "the RSF, which said it had taken control of the town": not the strike
        if lx.OWN_DEAD.search(s.text):
            claim_sentences.add(i)  # its members died: a side, named as such
            continue
        target = next((x for x in s.mentions if x.kind == "place" and x.start >= m.end()), None)
        if (
            country and target is not None and _FIRED.search(m.group(0))
            and _ELSEWHERE_AFTER_CLAIM.match(s.text[m.end() : target.start])
            and (p := gazetteer.place(target.id)) is not None and p.country not in (None, country)
        ):
            continue  # "Hezbollah said it fired rockets at a base in Kiryat Shmona": its reprisal
        if country and _avenges_here(s, m.end(), country, gazetteer):
            continue  # « le Hezbollah a revendiqué des tirs ... en riposte à la frappe de X »
        armed = [
            a for a in s.mentions
            if a.kind == "actor" and not a.id.startswith("civilians-")
        ]
        before = [
            a for a in armed if a.end <= m.start()
            # (not whom the speaker fights: "the U.S.-led coalition fighting Islamic State said
            # that its aircraft struck")
            and not _FOUGHT_BEFORE.search(s.text, max(0, a.start - 20), a.start)
            # (nor one of another clause: "Taliban accuse Pakistan of air strikes; Islamabad
            # says it hit militant hideouts")
            and ";" not in s.text[a.end : m.start()]
        ]
        after = [a for a in armed if a.start >= m.end()]
        claimant: str | None = None
        passive = re.search(r"\b(?:by|par)$", m.group(0))
        if passive and after:
            # "an assault claimed by the al-Qaeda-linked al-Shabaab group": the agent, and of
            # an umbrella and its member named together, the member
            near = [a.id for a in after if a.start - m.end() <= 60]
            claimant = (_members_first(near, gazetteer) or [after[0].id])[0]
        elif before:
            # "the al Qaeda-linked al Shabaab group claimed": the member, not the umbrella
            claimant = _members_first([a.id for a in before], gazetteer)[0]
        elif after and re.search(r"\b(?:par|by)\b", s.text[m.start() : after[0].start]):
            claimant = after[0].id
        if not passive and (bare := _BARE_COALITION.search(
            s.text, max(0, m.start() - 60), m.start()
        )) and not any(a.end > bare.start() for a in before):
            # « La coalition a affirmé avoir mené des frappes »: the coalition named before
            # ("la coalition menée par l'Arabie saoudite"), not a group named before it ("the
            # Houthi ministry said ...; the coalition said it struck Houthi targets")
            if (coalition := _coalition_named(sentences)) is None:
                continue
            claimant = coalition
        # the nearest before the verb ("Russia-Ukraine war: Ukraine says"); a passive's agent
        # comes after it, and a capital before it is where the attack was (« l'attaque contre
        # l'hôtel Splendid à Ouagadougou, également revendiquée par Aqmi »)
        subject_country = None if passive or _BY_AFTER.match(s.text, m.end()) else next(
            (code for p in reversed(s.mentions)
             if p.kind == "place" and p.end <= m.start()
             and (code := _state_named(p.id, gazetteer)) is not None
             and not _NON_STATE_SUBJECT.search(s.text[max(0, p.start - 40) : m.start()])),
            None,
        )
        if claimant is None and subject_country is None and country and _STATE_SUBJECT.search(
            s.text[max(0, m.start() - 60) : m.start()]
        ):
            # "La junte a reconnu avoir mené la frappe"; but "the military" of a strike whose
            # headline names another state's weapons is that state's ("Israeli strike hits
            # Hadath ... The military said it hit a drone site")
            title_forces = (
                sorted(_weapon_forces(sentences[0], gazetteer))
                if sentences[0].zone == "title" else []
            )
            foreign = next((
                actor.countries[0] for a in title_forces
                if (actor := gazetteer.actor(a)) is not None and actor.is_state
                and actor.countries and actor.countries[0] != country
            ), None)
            subject_country = foreign or country
        if state_form and not (
            (claimant and _is_state(claimant, gazetteer)) or (claimant is None and subject_country)
        ):
            continue  # a group saying what its weapons hit tells its target, not a claim
        if strike_told and (
            claimant is None or (country and claimant.startswith(_force_prefix(country)))
        ):
            continue  # (named forces only, and foreign ones: the struck country's tell its hurt)
        if state_form and _BLAMES_ANOTHER.search(s.text, m.end()):
            continue  # "the army confirmed the attack ... and blamed the ADF": not its deed
        if (claimant and _speaks_officially(claimant, gazetteer)) or (
            claimant is None and subject_country
        ):
            # a state force owning its strike is an official statement ("Russia's defence
            # ministry said it had carried out a precision strike"), and so is an international
            # force's ("the U.S.-led coalition said its aircraft struck a location in west
            # Mosul")
            claim.by_state = claim.by_state or not late
            if claimant is None and subject_country:
                claimant = _force_actor(subject_country, gazetteer)
            if claimant and claim.state_claimant is None:
                claim.state_claimant = claimant
            continue
        if late:
            continue
        claim.claimed = True
        claim_sentences.add(i)
        if claimant is None and _ANAPHOR_CLAIMANT.search(
            s.text[max(0, m.start() - 40) : m.start()]
        ):
            claimant = _group_told_before(sentences, i, gazetteer)
        if claim.claimant is None:
            claim.claimant = claimant
    if claim.claimed and claim.claimant is None:
        claim.claimant = _speaking_group(sentences, gazetteer)
    return claim, claim_sentences


#: A claim of an attack of another year ("which claimed a 2021 suicide bombing at a mosque").
_CLAIMED_YEAR = re.compile(r"^[^.;]*?\b(?:19|20)\d\d\b")
#: A victory claimed in a fight, not an attack owned: « revendiquent la victoire », "claimed
#: victory".
_VICTORY_AFTER = re.compile(r"\s+(?:la\s+|a\s+)?(?:victoire|victory)\b", re.IGNORECASE)
#: An earlier time told just before a claim: "a shrine targeted last October in an attack
#: claimed by Islamic State", « visé en octobre dernier par un attentat revendiqué ».
_MONTHS = lx.MONTHS
_EARLIER_BEFORE_CLAIM = re.compile(
    rf"\b(?:last (?:year|{_MONTHS})|(?:in|en) (?:19|20)\d\d|l['’]an(?:née)? dernière?|"
    rf"(?:en )?(?:{_MONTHS}) dernier)\b[^.;]{{0,50}}$",
    re.IGNORECASE,
)
#: ... or a group's habit: "which claims dozens of attacks every day", « qui revendique chaque
#: jour des dizaines d'attaques ».
_CLAIMED_MANY = re.compile(
    r"^[^.;]{0,30}?\b(?:every day|each day|daily|chaque jour|quotidiennement|"
    r"(?:(?:dozens|hundreds|scores) of|most(?: of the)?) (?:[\w-]+ )?(?:attacks|strikes|"
    r"operations|bombings)|(?:des (?:dizaines|centaines)|la plupart) d(?:es |['’])(?:attaques|"
    r"opérations|attentats|frappes))",
    re.IGNORECASE,
)
#: ... or of an attack further back, in a report that said this one was not claimed: "L'attaque
#: n'a pas été revendiquée. Les séparatistes ont revendiqué dimanche dernier l'attentat contre
#: un convoi".
_CLAIMED_BEFORE = re.compile(
    r"^[^.;]*?\b(?:last (?:week|month|year|" + lx.DAYS + r")|earlier|previous|previously|"
    # attacks by the many: "has claimed several recent attacks in Kabul"
    r"recent|several|numerous|similar|plusieurs|récent\w*|de nombreu\w+|"
    r"(?:" + lx.DAYS + r")\s+derni(?:er|ère)|la semaine dernière|le mois dernier|"
    r"précédent\w*|auparavant|(?:in|en) (?:" + lx.MONTHS + r")|"
    # a day of a month: "the suicide bombing at Kabul airport on Aug. 26", « le 26 août »
    r"on (?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)\w*\.? \d{1,2}|"
    r"le \d{1,2}(?:er)? (?:" + lx.MONTHS_FR + r"))\b",
    re.IGNORECASE,
)


#: ... or of an attack told by its own target, in a report that said this one was not claimed:
#: "No group claimed the attack. ... IS's local affiliate claimed the attack on the sports club".
_CLAIMED_ON_TARGET = re.compile(
    r"^[^.;]{0,40}?\b(?:attack|bombing|strike|assault|attaque|attentat|frappe|assaut)\s+"
    r"(?:on|against|at|contre|sur)\s+(?:the|a|an|le|la|les|l['’]|un|une|[A-Z]\w+)\b",
    re.IGNORECASE,
)


#: A claim of ground taken ("said it had taken", "affirme avoir pris").
_GROUND_TAKEN = re.compile(
    r"\b(?:taken|took|seized|captured|pris|conquis|emparés?)\s+(?:de\s+)?(?:full |total "
    r"|complete )?(?:control|over|le contrôle|the (?:town|city|village|base|camp|airport|area|"
    r"district)|la (?:ville|localité|commune|base)|le (?:village|camp|contrôle))\b",
    re.IGNORECASE,
)


def _another_attack_claimed(claim_text: str, unclaimed: bool) -> bool:
    """Whether a claim ("X claimed" and what follows) is of another attack than the report's."""
    return bool(_CLAIMED_YEAR.search(claim_text) or _CLAIMED_MANY.search(claim_text)) or (
        unclaimed and bool(
            _CLAIMED_BEFORE.search(claim_text) or _CLAIMED_ON_TARGET.search(claim_text)
        )
    )


#: Words one of which a state's claim holds (a cheap test before the pattern).
_STATE_CLAIM_WORDS = ("said", "say", "claim", "confirm", "acknowledg", "admitt", " dit", "disent",
                      "affirm", "assur", "annonc", "présent")
_STATE_CLAIM_OBJECTS = ("missile", "drone", "jet", "warplane", "forces", "troops", "artillery",
                        "navy", "visé", "frappé", "ciblé", "strike", "attack", "operation",
                        "raid", "targeted", "struck", "carried out", "conducted", "détruit",
                        "mené", "effectué", "eliminated", "killed", "neutrali", "recaptur",
                        "retak", "retook", "liberat", "regain", "repris", "libéré", "reconquis",
                        " hit", "bombed", "retaliating", "responding", "riposte",
                        "représailles", "réponse")
#: A coalition told by the word alone, as the subject of what follows.
_BARE_COALITION = re.compile(r"\b(?:the|la|cette|this) coalition\b[^.;]{0,40}$", re.IGNORECASE)


def _coalition_named(sentences: list[_Sentence]) -> str | None:
    """The actor a report first names as a coalition ("the Saudi-led coalition")."""
    return next(
        (m.id for s in sentences for m in s.mentions
         if m.kind == "actor" and "coalition" in m.surface.lower()),
        None,
    )


#: The state's forces as the subject of a claim verb, named without their country.
_STATE_SUBJECT = re.compile(
    r"\b(?:l['’]armée|la junte|les forces armées|l['’]aviation|l['’]état-major|"
    r"le ministère de la défense|(?:the |a |an )?(?:army|military|junta|air force|armed forces|"
    r"defen[cs]e ministry))\b[^.;]{0,40}$",
    re.IGNORECASE,
)
#: A claim of this very attack: "which claimed the attack", "a revendiqué l'attaque" (not
#: "have claimed more than 100 attacks").
_CLAIMED_THIS = (
    r"(?:claimed|claims|has claimed|have claimed|a revendiqué|ont revendiqué|revendique)\s+"
    r"(?:responsibility for\s+|la responsabilité de\s+)?(?:the|l['’]|la|le|this|cette|cet)\s*"
    r"(?:[\w-]+\s+)?(?:attack|strike|bombing|assault|ambush|raid|attaque|frappe|attentat|"
    r"assaut|embuscade|opération|operation|barrage|salvo|salve|shooting|fusillade|blast|"
    r"explosion|killing|assassination|assassinat|kidnapping|abduction|enlèvement)\b(?!s)"
    # bare: "claimed responsibility in a brief statement" (not "for two bombings last year")
    r"|(?:claimed|claims|has claimed|have claimed) responsibility(?=\s*(?:[,.;]|$|\s+(?:in|on|"
    r"via|through|with|shortly|soon|hours|later|late|within)\b))"
    # the passive: "The attack was claimed by", « L'attaque a été revendiquée par »
    r"|(?:the|this) (?:attack|strike|bombing|assault|ambush|raid|shooting|blast|explosion) "
    r"(?:was|has been) claimed by"
    r"|(?:l['’]|cette |cet )(?:attaque|attentat|frappe|embuscade|assaut|explosion|opération) "
    r"a été revendiquée? par"
)
_THIS_CLAIMED = re.compile(r"\b" + _CLAIMED_THIS, re.IGNORECASE)
#: ... in a relative clause, which holds in a sentence about other things too ("The Houthis,
#: who claimed the attack, have described it as part of their campaign").
_WHO_CLAIMED = re.compile(
    r"\b(?:who|which|qui)\s*,?\s+(?:[\w-]+\s+){0,2}?" + _CLAIMED_THIS, re.IGNORECASE
)


def _members_first(ids: list[str], gazetteer: Gazetteer) -> list[str]:
    """The actors named that are not the umbrella of another one named with them."""
    return [
        a for a in ids
        if not any(a in gazetteer.actor_ancestors(b)[1:] for b in ids if b != a)
    ]


def _state_named(place_id: str, gazetteer: Gazetteer) -> str | None:
    """The country a place name stands for as a speaker: the country itself, or its capital
    ("Moscow said its forces had hit a depot")."""
    if place_id.startswith("c:"):
        return place_id[2:]
    place = gazetteer.place(place_id)
    if place is not None and place.country and gazetteer.capital(place.country) == place_id:
        return place.country
    return None


#: A claimant named by what it is, as told before: "The group claimed responsibility", « Le
#: groupe jihadiste a revendiqué l'attaque », "the militants later claimed".
_ANAPHOR_CLAIMANT = re.compile(
    r"\b(?:the|le|la|les|ce|cette|ces|this)\s+(?:[\w-]+\s+)?(?:group|groupe|militants|"
    r"jihadists|jihadistes|djihadistes|insurgents|insurgés|rebels|rebelles|militia|milice|"
    r"movement|mouvement|organisation|organization)"
    # (not a habit: "the militant group often claims its attacks")
    r"(?:\s+(?!often|usually|typically|regularly|generally|souvent|généralement)[\w-]+)?"
    r"(?:\s+(?:later|then|"
    r"has|had|also|quickly|ensuite|a|ont|aussi|rapidement|déjà)){0,2}\s*$",
    re.IGNORECASE,
)


#: Words of a group blamed, not told as the author.
_BLAMED_WORDS = re.compile(
    r"\b(?:blam\w+|accus\w+|piste|attribu\w+|suspect\w*|soupçonn\w+|imputé\w*)\b",
    re.IGNORECASE,
)


def _group_told_before(
    sentences: list[_Sentence], index: int, gazetteer: Gazetteer
) -> str | None:
    """The one armed group the headline and the first paragraphs name before the sentence
    at ``index``, outside the background (of an umbrella and its member, the member)."""
    named = [
        m.id for s in sentences[:index]
        if not s.background and (s.zone != "body" or s.paragraph <= 2)
        # (not a group others blame: "Ankara maintient la piste du PKK")
        and not _BLAMED_WORDS.search(s.text)
        for m in s.mentions if m.kind == "actor" and _is_armed_group(m.id, gazetteer)
    ]
    groups = _members_first(list(dict.fromkeys(named)), gazetteer)
    return groups[0] if len(groups) == 1 else None


def _speaking_group(sentences: list[_Sentence], gazetteer: Gazetteer) -> str | None:
    """The armed group whose statement the first paragraphs quote, for a claim made by
    "separatist rebels" that the report names a paragraph later ("The CSP-DPA, a coalition
    of armed movements, said the clashes began on Thursday")."""
    return _first_armed_group(
        sentences, gazetteer, 2,
        lambda s, m: bool(lx.SPEECH_AFTER_LOOSE.match(s.text[m.end :])
                          or _APPOSED_SPEECH.match(s.text[m.end :])),
    )


def _first_armed_group(
    sentences: list[_Sentence], gazetteer: Gazetteer, last_paragraph: int,
    told: Callable[[_Sentence, Mention], bool],
) -> str | None:
    """The first armed group the report names, up to ``last_paragraph`` and outside its
    background, in a way ``told`` accepts."""
    for s in sentences:
        if s.background or (s.zone == "body" and s.paragraph > last_paragraph):
            continue
        for m in s.mentions:
            if m.kind == "actor" and _is_armed_group(m.id, gazetteer) and told(s, m):
                return m.id
    return None


#: "The CSP-DPA, a coalition of mostly Tuareg armed movements, said"
_APPOSED_SPEECH = re.compile(
    r"^\W{0,3}(?:\([^)]{1,30}\)\s*)?,\s+[^,;.]{3,90},\s+(?:said|says|announced|claimed|"
    r"a (?:déclaré|affirmé|annoncé|revendiqué)|affirme|revendique)\b"
)


#: A source speaking of its own deed ("the RSF said they had seized", "a affirmé avoir tué")
#: is a participant, not a mere source.
_SELF_REPORT = re.compile(
    r"^[^.;]{0,40}?\b(?:said|says|announced|stated)\s+(?:on \w+\s+)?(?:that\s+)?"
    # (not an investigation: "the FSB said it had detained a suspect")
    r"(?:it|they)\s+(?:had|have|has)\s+(?!(?:been|detained|arrested|identified|opened|launched "
    r"an|begun|started|found)\b)\w+"
    r"|^[^.;]{0,40}?\b(?:a|ont|affirme|affirment|dit|disent)\s+(?:affirmé\s+|dit\s+)?"
    r"avoir\s+(?!été\b)\w+",
    re.IGNORECASE,
)


#: What of an international organisation an attack hits, making it a side: "a UN convoy",
#: « un hélicoptère de l'ONU », "UN peacekeepers", "soldiers serving with the UN mission". Its
#: staff killed are civilians, its premises hit ("a UN school", « une base humanitaire de
#: l'ONU ») the people sheltering there, and its missions that report or verify ("UNAMA",
#: « la mission de l'ONU ») sources.
_ORGANISATION_HIT = re.compile(
    r"\b(?:convoys?|vehicles?|trucks?|helicopters?|aircraft|planes?|peacekeepers?|soldiers|"
    r"troops|serving with|soldats|militaires|"
    r"convois?|véhicules?|camions?|hélicoptères?|avions?|casques? bleus?)\b",
    re.IGNORECASE,
)


def _onlooker(actor_id: str, sentences: list[_Sentence], gazetteer: Gazetteer) -> bool:
    """An international organisation (the UN, NATO) that reports, counts or condemns, or whose
    staff or premises are hit: a side only when the attack hits its convoys, aircraft or
    peacekeepers."""
    actor = gazetteer.actor(actor_id)
    if actor is None or actor.kind != "international organisation":
        return False
    for s in sentences:
        if s.background or (s.zone == "body" and s.paragraph > 2):
            continue
        for m in s.mentions:
            if m.id == actor_id and _ORGANISATION_HIT.search(
                s.text[max(0, m.start - 25) : m.end + 25]
            ):
                return False
    return True


def _speaker_only(actor_id: str, sentences: list[_Sentence]) -> bool:
    """Whether an actor is only ever a source ("the UN mission said"), never a participant,
    where the report tells of the event (its history and settings are no part: "the Houthis
    have targeted shipping since November", "the Houthi-run health ministry")."""
    seen = False
    for s in sentences:
        if s.zone == "body" and s.paragraph > 3:
            continue
        for m in s.mentions:
            if m.kind == "actor" and m.id == actor_id and not _setting_actor(s, m) and not (
                # (but one blamed is a side, whatever else the sentence tells: "the government
                # blamed the LNA, which has been trying to capture Tripoli since April")
                s.background and not _BLAMED_BEFORE.search(s.text[max(0, m.start - 60) : m.start])
            ):
                seen = True
                before = s.text[max(0, m.start - 80) : m.start]
                if _SELF_REPORT.match(s.text[m.end : m.end + 90]):
                    return False
                if not (
                    _is_speaker(s, m)
                    or lx.SPEECH_AFTER_LOOSE.match(s.text[m.end :])
                    or lx.SOURCE_INVERTED.search(before)
                ):
                    return False
    return seen


#: Fire told to come from a side's ground: "the shells were fired from positions held by
#: Syrian government forces", « tirés depuis des positions tenues par l'armée »: that side
#: fired them.
_FIRED_FROM_HELD = re.compile(
    r"\b(?:fired|launched) from (?:the )?(?:positions|areas|territory|zones?|hills|heights|"
    r"highlands) (?:held|controlled) by\b|"
    r"\b(?:tirée?s?|lancée?s?) (?:depuis|de) (?:des |les |une |un )?(?:positions|zones?|"
    r"territoires?|collines|hauteurs) "
    r"(?:tenue?s?|contrôlée?s?) par\b",
    re.IGNORECASE,
)


def _fired_from_its_ground(before: str) -> bool:
    """Whether the text before a name ends on fire told to come from its ground, a few words
    of its men between: "fired from territory held by Islamic State militants", « tiré
    depuis une zone contrôlée par les jihadistes du groupe »."""
    ends = [m.end() for m in _FIRED_FROM_HELD.finditer(before)]
    return bool(ends) and len(before[ends[-1] :].split()) <= 4


#: Events whose weapons may fall from aircraft: air strikes, and chemical attacks (chlorine
#: barrels dropped by helicopters).
_FROM_THE_AIR = frozenset({"Air/drone strike", "Chemical weapon"})


#: The sides a sentence names as such: "clashes between X and Y", "troops, backed by X".
_SIDES = re.compile(  # (on lower-cased text, whose offsets are the text's)
    r"\b(?:clash\w*|fighting|fights?|battles?|gunfights?|firefights?|affrontements?|combats?|"
    # ("fighting broke out around midday near the central market between ...")
    r"heurts|accrochages?)\s+(?:[\w'’-]+\s+){0,9}?(?:between|entre)\s+[^.;]{3,220}|"
    r"\b(?:backed|supported|assisted|aided|appuyée?s?|soutenue?s?|épaulée?s?)\s+(?:by|par)\s+"
    r"[^.;]{3,80}|"
    # the attackers told by their group: « deux kamikazes de Boko Haram », "fighters of JNIM"
    r"\b(?:kamikazes|suicide bombers?|assaillants|attackers|gunmen|fighters|combattants|"
    r"militants|insurgés|insurgents|jihadistes|djihadistes)\s+(?:de|du|des|d['’]|of|from)\s+"
    r"[^.;,]{2,50}"
)
#: ... or fighting back: « les VDP présents sur place ont tenté de résister », "vigilantes
#: returned fire".
_FOUGHT_BACK_AFTER = re.compile(
    r"(?:\s*\([^)]{1,20}\))?(?:\s+[\w'’-]+){0,3}?\s+(?:(?:ont|a|avaient|avait|have|has|had)\s+)?"
    r"(?:tenté de (?:résister|riposter)|résisté|riposté|répliqué|fought back|returned fire|"
    r"resisted|repelled)\b",
    re.IGNORECASE,
)
#: ... or with the group before them: "Boko Haram suicide bombers", "ISWAP fighters".
_ATTACKERS_AFTER = re.compile(
    r"\s+(?:suicide bombers?|bombers|fighters|militants|gunmen|insurgents|jihadists)\b"
)


def _side_spans(sentence: _Sentence) -> list[tuple[int, int]]:
    if len(sentence.low) != len(sentence.text):
        return []
    return [m.span() for m in _SIDES.finditer(sentence.low)]


#: The state's forces told as the government's or the regime's: "government troops", « les
#: forces du régime », "fired from government-held areas".
_GOVERNMENT_FORCES = re.compile(
    r"\b(?<!pro-)(?:government|regime) (?:forces|troops|soldiers)\b|"
    r"\bforces (?:du régime|gouvernementales|loyalistes)\b|"
    r"\btroupes (?:du régime|gouvernementales)\b|"
    r"\b(?<!pro-)(?:government|regime)-(?:held|controlled) (?:areas?|positions|territory)\b|"
    r"\bpositions (?:du régime|gouvernementales)\b",
    re.IGNORECASE,
)
#: ... told only as blamed, or as present nearby: "The group says government forces were
#: responsible", « une zone où sont déployées des forces du régime ».
_BLAMED_AFTER = re.compile(
    r"(?:\s+(?:and|et)\s+[\w-]+(?:\s+[\w-]+){0,2}?)?\s+"
    r"(?:were|was|are|is|étaient|sont|seraient)\s+(?:\w+\s+)?(?:responsibles?|to blame|behind)\b",
    re.IGNORECASE,
)
_DEPLOYED_BEFORE = re.compile(r"\b(?:deployed|stationed|déployée?s?|stationnée?s?)\s+(?:des\s+)?$")


def _government_forces_acted(text: str) -> bool:
    """Whether the state's forces, told as the government's or the regime's, are a side in
    ``text``: not when only blamed, or only said to be nearby."""
    return any(
        not _BLAMED_AFTER.match(text, m.end())
        and not _DEPLOYED_BEFORE.search(text, max(0, m.start() - 30), m.start())
        for m in _GOVERNMENT_FORCES.finditer(text)
    )


#: The regime's aircraft: its own, whoever flies beside them ("Russian and regime warplanes").
_REGIME_AIRCRAFT = re.compile(
    r"\b(?:regime (?:aircraft|warplanes?|jets?|helicopters?|planes?)|"
    r"(?:avions?|aviation|hélicoptères?) du régime)\b"
)
#: Manned military aircraft, or the state flying them (on lower-cased text). (The regime's
#: are the country's before this is read: ``_REGIME_AIRCRAFT``.)
_STATE_AIRCRAFT = re.compile(
    r"\b(?:fighter jets?|warplanes?|military (?:aircraft|planes?|jets?|helicopters?)|"
    r"(?:helicopter )?gunships?|air force|junta|army (?:aircraft|helicopters?|jets?)|"
    r"avions? (?:de chasse|de combat|militaires?)|hélicoptères? (?:de combat|militaires?)|"
    r"aviation militaire|armée de l['’]air|junte|"
    # a paramotor or paraglider dropping bombs is the Myanmar army's; "l'aviation" alone is
    # the country's
    r"(?:military )?paramotors?|paraglid\w+|parapentes?|"
    r"l['’]aviation(?! \w+(?:ienne|aise|aine|ane|que|se|ote|ale)\b))\b"
)


def _own_army_answers(
    sentences: list[_Sentence], country: str, gazetteer: Gazetteer
) -> bool:
    """Whether the country's own forces are named, in the first paragraphs, only as answering
    for an air strike: asked, silent or denying."""
    forces = _force_actor(country, gazetteer)
    named = False
    for s in sentences:
        if s.zone == "body" and s.paragraph > 2:
            continue
        for m in s.mentions:
            if m.kind == "actor" and m.id == forces:
                if not _ANSWERS_AFTER.match(s.text[m.end : m.end + 80]):
                    return False
                named = True
        if any(m.kind == "actor" and m.id != forces and not m.id.startswith("civilians-")
               and _is_armed_group(m.id, gazetteer) for m in s.mentions
               if not _is_speaker(s, m)):
            return False  # another armed side is named: it may be theirs
    return named


#: What follows a force that answers for a strike: "'s spokesman did not respond",
#: "denied", "n'a pas répondu".
_ANSWERS_AFTER = re.compile(
    r"^(?:['’]s\s+)?(?:[\w-]+\s+){0,6}?(?:did not (?:respond|reply|comment)|declined to "
    r"comment|could not be reached|was not immediately available|denied|denies|has denied|"
    r"had carried out|n['’](?:a|ont) pas (?:répondu|réagi|commenté)|a démenti|dément|"
    r"n['’]était pas joignable)",
    re.IGNORECASE,
)
_UNKNOWN_AIRCRAFT = re.compile(
    r"\b(?:unidentified|unknown|foreign|non identifiée?s?|inconnue?s?|étrangère?s?)\b"
)


_TERRITORY = ("Non-state actor overtakes territory", "Government regains territory")
#: Whom the ground was taken from, told before its name: "retook the town from the" (its
#: holder told so otherwise, "held by", « aux mains des rebelles du », is ``CONTROLLED_BY``).
_TAKEN_FROM_BEFORE = re.compile(
    r"\b(?:re)?(?:took|taken|captured|seized|wrested|liberated|won)\b[^.;]{0,40}?\bfrom\s+"
    r"(?:the\s+)?(?:(?:rebels|fighters|militants)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
#: ... or after it: "which Tigrayan forces had held since August".
_HELD_AFTER = re.compile(r"\s+(?:had|have|has)\s+(?:held|controlled|occupied|seized)\b")


def _actors(
    sentences: list[_Sentence],
    claim: _Claim,
    claim_sentences: set[int],
    gazetteer: Gazetteer,
    country: str | None,
    event: tuple[str, str],
) -> list[str]:
    weight: dict[str, float] = defaultdict(float)
    in_lead: set[str] = set()
    via_nation: set[str] = set()  # named through a nationality, as a side at least once
    # a group named only to deny any part in it is no side ("Les talibans ont nié toute
    # implication", nobody blaming them)
    part_denials = [
        s for s in sentences
        if not s.background and (s.zone != "body" or s.paragraph <= 2)
        and _DENIED_PART_LOW.search(s.low)
    ]
    lone_deniers = _deniers_only(sentences, part_denials, gazetteer) if part_denials else set()
    mentioned: set[str] = set()  # named by the registry's names
    for i, s in enumerate(sentences):
        if s.zone == "body" and s.paragraph > 3:
            continue
        w = _effective(s)
        ids = [
            m.id for m in s.mentions
            if m.kind == "actor" and not _setting_actor(s, m) and m.id not in lone_deniers
        ]
        mentioned.update(ids)
        nation = _nation_forces(s, gazetteer)
        quoted = _quoted_forces(s, gazetteer) if nation else set()
        via_nation.update(a for a in nation if a not in quoted)
        ids += nation
        if event[0] == "Battles" and not s.background:
            war = _states_at_war(s, gazetteer)
            via_nation.update(war)
            ids += war
        if not ids:
            continue
        denial = lx.DENIAL_LOW.search(s.low)
        role = i in claim_sentences or bool(
            denial or lx.BLAME.search(s.text) or _FIRED_FROM_HELD.search(s.text)
        )
        sides = _side_spans(s) if s.zone == "body" and s.paragraph <= 2 else []
        # "M23 denied the accusation and blamed the Congolese army": a counter-accusation
        # names no side of the event
        countered = {
            m.id for m in s.mentions if m.kind == "actor" and denial and m.start > denial.end()
        }
        for actor_id in dict.fromkeys(ids):
            actor = gazetteer.actor(actor_id)
            if actor is None:
                continue
            weight[actor_id] += w
            if actor_id in countered and actor_id not in in_lead:
                continue
            if not s.background and (s.zone in ("title", "summary", "lead") or (role and not any(
                # (blamed for a series: "officials blamed Iran-backed militias for the attacks",
                # « des exactions répétées, le plus souvent attribuées à l'EIGS »)
                m.id == actor_id and _blamed_for_others(s.text, m) for m in s.mentions
            ))):
                in_lead.add(actor_id)
            elif not s.background and s.zone == "body" and s.paragraph <= 2 and any(
                any(a <= m.start < b for a, b in sides)
                or _ATTACKERS_AFTER.match(s.text, m.end)
                or _FOUGHT_BACK_AFTER.match(s.text, m.end)
                for m in s.mentions if m.id == actor_id
            ):
                in_lead.add(actor_id)  # "clashes between the 444 Brigade and Rada"
    chosen = [
        a for a in weight
        if (a in in_lead or weight[a] >= 2.5)
        and (a in via_nation or (a in mentioned and not _speaker_only(a, sentences)))
        and not _onlooker(a, sentences, gazetteer)
        # (what a crowd rose against is no side of its protest or riot)
        and not (event[0] in ("Protests", "Riots") and _protested(sentences, a))
    ]
    if event[1] in _TERRITORY:
        # who held the ground lost it, a side of its taking: "recaptured Lalibela from
        # Tigrayan forces", « était tombée aux mains des rebelles du TPLF »
        for s in sentences:
            if s.background or (s.zone == "body" and s.paragraph > 1):
                continue
            for m in s.mentions:
                if m.kind == "actor" and m.id not in chosen and _is_armed_group(
                    m.id, gazetteer
                ) and (
                    _TAKEN_FROM_BEFORE.search(s.text, max(0, m.start - 60), m.start)
                    or lx.CONTROLLED_BY.search(s.text[max(0, m.start - 110) : m.start])
                    or _HELD_AFTER.match(s.text, m.end)
                ):
                    chosen.append(m.id)
    if claim.claimant and claim.claimant not in chosen:
        chosen.append(claim.claimant)
    if claim.state_claimant and claim.state_claimant not in chosen:
        # "Iranian missile" named the state; the Revolutionary Guards said they fired it
        owners = gazetteer.actor_ancestors(claim.state_claimant)[1:]
        chosen = [claim.state_claimant if a in owners else a for a in chosen]
        chosen = list(dict.fromkeys(chosen))
        if claim.state_claimant not in chosen:
            chosen.append(claim.state_claimant)  # "Israël dit avoir visé un commandant"
    for blamed in _blamed(sentences, gazetteer) + _blamed_states(sentences, gazetteer):
        if blamed not in chosen:
            chosen.append(blamed)
    # an umbrella gives way to a member it names ("Islamic State claimed ... its Khorasan
    # branch"; "JNIM, al Qaeda's affiliate"): the member is the actor, the umbrella shorthand
    # The claimant stays unless the member is named in the claim itself: a claim by "the
    # Islamic Resistance in Iraq" is not Kata'ib Hezbollah's because it is named elsewhere.
    members = set(chosen)
    in_claim = {
        m.id for i in claim_sentences for m in sentences[i].mentions if m.kind == "actor"
    }
    chosen = [
        a for a in chosen
        if not any(
            a in gazetteer.actor_ancestors(b)[1:] and (a != claim.claimant or b in in_claim)
            for b in members if b != a
        )
    ]
    lead = [s for s in sentences if s.zone in ("title", "summary", "lead")]
    lead_text = " ".join(s.text for s in lead)
    lead_low = lower_same_length(lead_text)
    title_text = next((s.text for s in sentences if s.zone == "title"), "")
    title_military = _military_target(title_text)  # soldiers, bases or police hit, told there
    # names of armed groups ("Arakan Army") say nothing of who was targeted
    # (nor do the soldiers of an earlier attack: "came hours after a rocket killed a soldier")
    unnamed_lead = " ".join(_blank_actors(s) for s in lead if not s.background)
    # soldiers hit by a foreign state's weapons ("Russian missiles hit a military institute")
    # are the forces of the country where it happened
    attackers: set[str] = set()
    for s in lead:
        if not s.background:  # ("a day after the Wagner group's mutiny against the Kremlin")
            attackers |= _weapon_forces(s, gazetteer)
    if not attackers and event[1] in _REMOTE and not _FIRED_FROM.search(lead_text):
        # the lead says "a drone strike"; whose drone comes a paragraph later ("missiles
        # fired by an Israeli drone, the national news agency said"; not when the lead says
        # whence it came: "a rocket fired from the Gaza Strip", the other side's strikes told
        # after it)
        later: set[str] = set()
        for s in sentences:
            if s.zone == "body" and 1 <= s.paragraph <= 3 and not s.background:
                later |= _weapon_forces(s, gazetteer, answered_out=True)
        if len(later) == 1:
            attackers = later
            chosen.extend(a for a in later if a not in chosen)
    if country and event[1] in _FROM_THE_AIR and any(
        _REGIME_AIRCRAFT.search(s.low) for s in sentences
        if not s.background and (s.zone != "body" or s.paragraph <= 1)
    ):
        # "the raids were carried out by Russian and regime warplanes"
        forces = _force_actor(country, gazetteer)
        if forces and forces not in chosen:
            attackers.add(forces)
            chosen.append(forces)
    if country and any(
        _government_forces_acted(s.text) for s in lead if not s.background
    ) and (forces := _force_actor(country, gazetteer)) and forces not in chosen:
        # the state's forces told as the government's or the regime's, without the country
        # ("Rockets fired from Syrian government-held areas", « tiré par les forces du
        # régime »)
        chosen.append(forces)
    if (
        country and not attackers and event[1] in _FROM_THE_AIR
        and not any(_is_state(a, gazetteer) for a in chosen)
        and (
            any(
                _STATE_AIRCRAFT.search(s.low) and not _UNKNOWN_AIRCRAFT.search(s.low)
                for s in sentences
                if not s.background and (s.zone != "body" or s.paragraph <= 1)
            )
            # an air strike whose only suspect the report names is the country's own army,
            # asked for comment or denying ("the Ethiopian military's spokesman did not
            # respond"): in a civil war the state is the one that flies
            or _own_army_answers(sentences, country, gazetteer)
        )
    ):
        # "a fighter jet dropped bombs on the village": in a civil war only the state flies
        # jets and gunships (drones, which rebels fly too, say nothing)
        forces = _force_actor(country, gazetteer)
        if forces and forces not in chosen:
            attackers = {forces}
            chosen.append(forces)
    targets: set[str] = set()  # the forces of the country struck, named by their men
    # (none in a peaceful protest: the forces a crowd names are what it marched against)
    if country and event[1] != "Peaceful protest" and not any(
        _is_state(a, gazetteer) and a not in attackers for a in chosen
    ) and not any(
        # (a peace mission's soldiers are its own: "Irish peacekeeper killed in Lebanon")
        (actor := gazetteer.actor(_local_branch(a, country, gazetteer))) is not None
        and actor.kind == "international force"
        for a in chosen
    ):
        forces = None
        soldiers_low = lead_low
        if any(_state_militia(a, gazetteer) for a in chosen):
            # (a state's militiamen are its militia's, not its army's: "seven VDP killed")
            soldiers_low = _without_militia(lead, soldiers_low, gazetteer)
        if lx.SOLDIERS_LOW.search(
            _NOT_SERVING_LOW.sub(" ", _FORCES_ABSENT_LOW.sub(" ", soldiers_low))
        ):
            # (not forces gone before the attack: « une ville quittée la veille par l'armée »;
            # nor a soldier no longer serving: "a former British soldier")
            forces = _force_actor(country, gazetteer)
        elif lx.POLICE_TARGET_LOW.search(lead_low) or (
            country in _POLICE_FIGHT and _SECURITY_FORCES.search(lead_text)
        ):
            forces = _police_actor(country, gazetteer)
        if forces:
            chosen.append(forces)
            targets.add(forces)
    if country and event[1] in _TERRITORY and not any(
        # (another state's troops caught there are no owner of the ground: "video shows
        # captured Egyptian troops" at Merowe)
        _is_state(a, gazetteer) and a not in attackers and _serves(a, country, gazetteer)
        for a in chosen
    ) and not _groups_at_war(chosen, gazetteer):
        # ground changes hands between sides, and the state holds or wants it back: "M23
        # seizes Minova" is a battle with the army that lost the town
        forces = _force_actor(country, gazetteer)
        if forces and forces not in chosen:
            chosen.append(forces)
    if (
        country and event[0] in ("Protests", "Riots") and event[1] != "Mob violence"
        and _police_acting(lower_same_length(unnamed_lead))
        and (police := _police_actor(country, gazetteer)) is not None and police not in chosen
        and not any(a.endswith("-police") for a in chosen)
    ):
        # the police of a crowd's report are a side beside the army: "police fired tear gas",
        # « les policiers ont dispersé les manifestants » (``_CROWD_POLICE``: the police, the
        # security forces, the gendarmes or the forces of order named anywhere in the lead, a
        # source among them; not those who came after a mob's killing)
        chosen.append(police)
    police = _police_actor(country, gazetteer) if country in _POLICE_FIGHT else None
    if police is not None and police not in chosen and any(
        m.id == police for s in sentences
        if s.zone == "body" and s.paragraph <= 2 and not s.background
        for m in s.mentions if m.kind == "actor"
    ) and any(_is_state(a, gazetteer) for a in chosen):
        # where armed police fight the insurgents, their units named beside the army's in
        # the first paragraphs are a side too: "Jammu and Kashmir Police sub-inspector",
        # « la police de réserve centrale (CRPF) »
        chosen.append(police)
    if country and lx.POLICE_TARGET_LOW.search(lower_same_length(unnamed_lead)):
        # soldiers and gendarmes killed together: both forces are sides
        police = _police_actor(country, gazetteer)
        if police and police not in chosen and police not in attackers and any(
            _is_state(a, gazetteer) and a not in attackers for a in chosen
        ) and not any(
            # (the police of another nation, named: "Two Turkish police officers killed in
            # northern Syria")
            a.endswith("-police") for a in chosen
        ):
            chosen.append(police)
            targets.add(police)
    # (a grenade thrown, too: "a grenade was hurled into the hotel bar")
    bombing = event[1] in ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade")
    if (
        country
        and not attackers
        and event[1] != "Air/drone strike"
        # (a riot's attackers are its crowd: "youths attack UNIFIL patrol ... the attackers")
        and event[0] != "Riots"
        # (a state's own militia is no attacker: "six soldiers and 34 army auxiliaries died
        # when militants attacked")
        and not any(
            _is_armed_group(a, gazetteer) and not _state_militia(a, gazetteer) for a in chosen
        )
        # (a state's shelling has its author: "Israel said it targeted a suspect vehicle")
        and not (
            event[0] == "Explosions/Remote violence" and not bombing
            and any(_is_state(a, gazetteer) and a not in targets for a in chosen)
        )
        and (
            lx.UNIDENTIFIED_ATTACKERS.search(unnamed_lead)
            # (the attackers are often told of after the lead: "Les assaillants, arrivés à
            # moto, ont immobilisé le véhicule")
            or any(
                lx.UNIDENTIFIED_ATTACKERS.search(_blank_actors(s)) for s in sentences
                if s.zone == "body" and s.paragraph == 1 and not s.background
            )
            # a bomb planted or worn: someone set it off (a state plants none, unless named;
            # none sends a suicide bomber: "12 German soldiers wounded in suicide car bombing")
            or (bombing and (event[1] == "Suicide bomb" or not any(
                _is_state(a, gazetteer) and a not in targets
                # (the forces the bomb hit, named: "Two Malian soldiers killed as convoy hits
                # roadside bomb")
                and not (a not in attackers and _military_target(lead_text))
                for a in chosen
            )))
        )
    ):
        # "gunmen", "des hommes armés": a side nobody has named; "bandits" where the registry
        # knows the country's bandits as a side of their own
        # (told as bandits in the lead or in the paragraph after it: « Des "bandits armés" ont
        # fait irruption vers 23h30 dans le collège »)
        bandits = _local_bandits(country, gazetteer) if _BANDITS.search(
            _with_next_paragraph(unnamed_lead, sentences)
        ) or any(
            _THE_BANDITS.search(s.text) for s in sentences if s.zone == "body" and not s.background
        ) else None
        if bandits is not None:
            chosen.append(bandits)
        elif (unknown := _unnamed_group(
            _attackers_nation(lead, gazetteer) or country, gazetteer
        )) is not None:
            chosen.append(unknown)
    elif (
        country in _MILITIA_ROCKETS and not attackers
        and event[1] in ("Shelling/artillery/missile attack", "Air/drone strike")
        and not any(_is_armed_group(a, gazetteer) for a in chosen)
        and _UNOWNED_LAUNCH.search(lead_low) and not _STATE_WEAPONS.search(lead_low)
        and (unknown := _unnamed_group(country, gazetteer)) is not None
    ):
        # rockets or drones whose launchers the report does not know ("Rockets hit Erbil
        # airport", « des drones non identifiés frappent des radars »): where militias fire
        # them at bases, airports and oil fields, an armed group nobody has named
        chosen.append(unknown)
    armed = [a for a in chosen if not a.startswith("civilians-") and a not in targets]
    home_forces = _force_prefix(country or "")
    wants_civilians = event[0] == "Violence against civilians" or (
        # a mob's dead or beaten are civilians ("Mob kills woman accused of abduction"), unless
        # it fought the police or the army
        event[1] == "Mob violence" and bool(
            lx.CASUALTY_WORDS.search(lead_text) or _BEATEN.search(lead_text)
        )
        and not any(_is_authority(a, gazetteer) for a in chosen)
    ) or (
        # civilians counted among a battle's dead ("49 gendarmes and four civilians")
        event[0] == "Battles" and (
            bool(_CIVILIANS_AMONG_DEAD.search(fought_for := _AVENGED.sub(" ", lead_text)))
            # ... or told by kind or nationality ("two Spanish journalists were killed"; not
            # those the attack avenged: « pour venger les civils peuls tués »)
            or _civilians_killed(fought_for, gazetteer)
        )
    ) or (
        event[0] == "Explosions/Remote violence"
        and (
            # civilians counted among a blast's dead are victims whoever else was hit there,
            # told in the lead or in the paragraph after it, where the toll is often broken
            # down ("Most of the casualties are civilians ... and police officers")
            _civilian_victims(_with_next_paragraph(lead_text, sentences), gazetteer)
            or bool(_CIVILIANS_AMONG_DEAD.search(lead_text))
            or (
                # (a state's weapons named, the other sides are its targets' rulers or
                # allies: "US strike on Sanaa market", "Russian missiles hit Odesa")
                (
                    (len(armed) <= 1 and not (bombing and _COMMANDER.search(title_text)))
                    or bool(attackers) or (
                        # a bomb among people the headline does not name otherwise, whoever
                        # the suspects are ("FARC dissidents or the ELN")
                        bombing and not title_military and not _VIP_VICTIM.search(title_text)
                    )
                )
                and (
                    bombing or lx.CIV_TARGET_LOW.search(lead_low) or lx.VICTIMS.search(lead_text)
                    # a foreign state's strike that counts dead or wounded ("la frappe russe
                    # ... est passé à 24 morts et 112 blessés"), with no other side named but
                    # the country's own forces (a strike on a group's men, on Guards officers
                    # or on peacekeepers is none on civilians)
                    or (
                        bool(attackers) and bool(lx.CASUALTY_WORDS.search(lead_text))
                        and all(a in attackers or a.startswith(home_forces) for a in chosen)
                    )
                )
                # (a strike the headline says killed or aimed at a group's commander: the
                # others killed are his, as the labels of such strikes have it, unless told
                # as civilians: "Israeli strike on Beirut's Dahiyeh kills senior Hezbollah
                # commander", « la frappe qui a tué le numéro deux du Hamas »)
                and not (
                    bool(_LEADER_HIT.search(title_text))
                    and any(_is_armed_group(a, gazetteer) for a in chosen)
                    and not _NON_FIGHTERS.search(lead_text)
                )
                and not (
                    _military_target(unnamed_lead)
                    # (a state's strike whose headline names a market or a hospital, and no
                    # forces, tells what it hit: "Air strike on Tigray market kills at least 43")
                    and not (
                        bool(attackers) and bool(_CIVILIAN_SITE.search(title_text))
                        and not title_military
                    )
                    # (nor a bombing whose headline counts its dead without naming them as
                    # forces: "Suicide truck bomb kills at least 13 at checkpoint", « le bilan
                    # de l'attentat au camion piégé s'alourdit à 21 morts »: the crowd around
                    # the checkpoint died too)
                    and not (
                        bombing and not title_military and not _VIP_VICTIM.search(title_text)
                        and bool(_COUNTED_DEAD.search(title_text))
                    )
                )
            )
        )
    )
    if wants_civilians and country:
        civ = f"civilians-{country.lower()}"
        foreign = _foreign_victims(sentences, gazetteer, country)
        if gazetteer.actor(civ) is not None and civ not in chosen and not (
            foreign and _only_foreigners_hurt(sentences, gazetteer, country)
        ):
            chosen.append(civ)
        for other in foreign:
            if other not in chosen:
                chosen.append(other)
    if country and event[0] in ("Violence against civilians", "Battles") and any(
        _PRISONERS_KILLED.search(s.text) for s in lead if not s.background
    ):
        # inmates killed in their prison: the victims are prisoners ("Fifteen inmates were
        # killed in a fight between prisoners", « des détenus tués dans une mutinerie »)
        prisoners = f"prisoners-{country.lower()}"
        if gazetteer.actor(prisoners) is not None:
            chosen = [a for a in chosen if a != f"civilians-{country.lower()}"]
            if prisoners not in chosen:
                chosen.append(prisoners)
    if country and event[0] in ("Protests", "Riots"):
        crowd = f"{'protesters' if event[0] == 'Protests' else 'rioters'}-{country.lower()}"
        if gazetteer.actor(crowd) is not None and crowd not in chosen:
            chosen.insert(0, crowd)
        if event[1] in _FORCE_MET and not any(
            _is_authority(a, gazetteer) or _is_armed_group(a, gazetteer) for a in chosen
        ):
            # the crowd met by a state's forces told without a name ("police shot dead seven
            # protesters", « les forces de sécurité ont ouvert le feu sur des manifestants »):
            # its police, unless soldiers are told
            told = _with_next_paragraph(lead_text, sentences)
            forces = (
                _force_actor(country, gazetteer) if lx.SOLDIERS_LOW.search(lower_same_length(told))
                else _police_actor(country, gazetteer) if _police_acting(lower_same_length(told))
                else None
            )
            if forces:
                chosen.append(forces)
    if country and (unknown := _unnamed_group(country, gazetteer)) in chosen and (
        named := _slain_ones_group(sentences, gazetteer)
    ) is not None:
        # the militants nobody named in the lead, named by one of their dead further on: "one
        # of the slain militants was a Pakistani commander of the Lashkar-e-Taiba"
        chosen = [named if a == unknown else a for a in chosen]
    return list(dict.fromkeys(_local_branch(a, country, gazetteer) for a in chosen))


#: Attackers told by their nationality: "three Palestinian assailants", "a Palestinian gunman",
#: « deux assaillants palestiniens » (on the word after or before the nationality).
_ATTACKER_NOUN_AFTER = re.compile(
    r"\s+(?:assailants?|attackers?|gunm[ae]n|militants?|terrorists?)\b", re.IGNORECASE
)
_ATTACKER_NOUN_BEFORE = re.compile(
    r"\b(?:assaillants?|tireurs?|terroristes?)\s+$", re.IGNORECASE
)


def _attackers_nation(lead: list[_Sentence], gazetteer: Gazetteer) -> str | None:
    """The one country the unnamed attackers are told to be of in the headline, summary or lead
    paragraph, when it is told (Palestinian assailants in Jerusalem are a Palestinian group)."""
    found: set[str] = set()
    for s in lead:
        if s.background:
            continue
        for start, end, code in _nationalities(s.text, gazetteer):
            if _ATTACKER_NOUN_AFTER.match(s.text, end) or _ATTACKER_NOUN_BEFORE.search(
                s.text[max(0, start - 20) : start]
            ):
                found.add(code)
    return next(iter(found)) if len(found) == 1 else None


#: One of the slain attackers told as a group's man: "one of the slain militants was Haider,
#: a top commander of the", « l'un des assaillants tués était un chef du ».
_SLAIN_ONES_OF = re.compile(
    r"\b(?:one|two|some|all)\s+of\s+(?:the\s+)?(?:slain|dead|killed)\s+"
    r"(?:militants|attackers|gunmen|insurgents|rebels)\s+(?:was|were)\b[^.;]{0,90}?"
    r"\b(?:commanders?|members?|fighters?|militants?|operatives?|leaders?|chiefs?)\s+of\s+"
    r"(?:the\s+)?$|"
    r"\b(?:l['’]un|deux)\s+des\s+(?:assaillants|militants|insurgés|rebelles)\s+tués\s+"
    r"(?:était|étaient)\b[^.;]{0,90}?\b(?:chefs?|commandants?|membres?|combattants?)\s+"
    r"(?:du|de\s+la|de\s+l['’]|des)\s*$",
    re.IGNORECASE,
)


def _slain_ones_group(sentences: list[_Sentence], gazetteer: Gazetteer) -> str | None:
    """The armed group one of the slain attackers belonged to, told in the first paragraphs."""
    return _first_armed_group(
        sentences, gazetteer, 4,
        lambda s, m: _SLAIN_ONES_OF.search(s.text, max(0, m.start - 200), m.start) is not None,
    )


#: Countries where rockets and drones whose author is untold are militias' (Iraq's armed
#: factions fire them at bases, airports and oil fields, which its army and the foreign forces
#: there do not; elsewhere states fire them too: Syria's, Sudan's, Russia's, Israel's).
_MILITIA_ROCKETS = frozenset({"IQ"})
#: Countries whose wars only the state fights from the air (its rebels fly no aircraft and,
#: in the years the sets cover, few drones).
_STATE_ONLY_AIR = frozenset({"ET", "MM", "NG", "CM", "TD", "CF", "PH"})
#: Rockets, mortars and drones, the arms of groups too (on lower-cased text).
_UNOWNED_LAUNCH = re.compile(
    r"\b(?:rockets?|mortars?|drones?|projectiles?|katyushas?|roquettes?|obus de mortier|"
    r"tirs de mortier)\b"
)
#: Arms only states fly or fire (on lower-cased text): "air strike", "warplanes", « frappe
#: aérienne ».
_STATE_WEAPONS = re.compile(
    r"\b(?:air ?strikes?|airstrikes?|air raids?|warplanes?|fighter jets?|jets?|helicopters?|"
    r"gunships?|artillery|frappes? a[ée]riennes?|raids? a[ée]riens?|avions?|hélicoptères?|"
    r"artillerie|aviation)\b"
)


def _with_next_paragraph(lead_text: str, sentences: list[_Sentence]) -> str:
    """The lead's text and the paragraph after it (outside the background), where a report
    often breaks down its toll or tells who fired; and the toll's breakdown in the paragraph
    after that (« le bilan fait état de dix blessés : sept agents et trois civils »)."""
    return " ".join([lead_text] + [
        s.text for s in sentences
        if s.zone == "body" and not s.background and (
            s.paragraph == 1 or (s.paragraph == 2 and _TOLL_TOLD.search(s.low) is not None)
        )
    ])


#: A sentence that tells a toll (on lower-cased text).
_TOLL_TOLD = re.compile(r"\b(?:bilan|toll|casualties)\b")


#: Police told as the report's source before their word: "according to police", « selon la
#: police », "citing a police spokesman".
_SOURCE_BEFORE = re.compile(
    r"\b(?:according to|citing|selon|d['’]après|de source)\s+(?:the |la |les |des |a |an |un |"
    r"une |de )?(?:[\w'’-]+\s+){0,2}?$"
)
#: ... or after it, a few words on: "police said", "police in Garissa said", "a police
#: spokesman", « la police a indiqué » (``_SOURCE_AFTER_LOW`` keeps "police said they fired").
_SOURCE_NOUN_AFTER = re.compile(
    r"^\w*\s+(?:spokes(?:man|woman|person)|sources?|porte-parole|statement|communiqué)\b"
)


def _police_acting(low: str) -> bool:
    """Whether lower-cased ``low`` names the police, the security forces or the gendarmes
    (``_CROWD_POLICE``) otherwise than as the report's source only."""
    for m in _CROWD_POLICE.finditer(low):
        before, after = low[max(0, m.start() - 60):m.start()], low[m.end():m.end() + 80]
        if _SOURCE_BEFORE.search(before) or _SOURCE_NOUN_AFTER.match(after):
            continue
        if _POLICE_SAID_AFTER.match(after):
            continue
        return True
    return False


#: The kinds of crowd event in which the state's forces are a side.
_FORCE_MET = frozenset({
    "Excessive force against protesters", "Protest with intervention", "Violent demonstration"
})
#: A state's forces facing a crowd, told without a name.
_CROWD_POLICE = re.compile(
    r"\bpolice\w*|\bsecurity (?:forces|personnel)\b|\briot (?:police|squad)\b|"
    r"\bforces de (?:l['’]ordre|sécurité)\b|\bpolici\w+|\bgendarm\w+|\bCRS\b",
    re.IGNORECASE,
)


#: Where Russia has held the ground since 2014 or 2022: strikes there are not Russia's. The
#: provinces it holds whole, and the towns of those it holds in part (Donetsk oblast's
#: Kramatorsk and Pokrovsk are Ukraine's, its capital is not).
_RUSSIAN_HELD_PROVINCES = frozenset({"Crimea", "Sevastopol", "Luhansk"})
_RUSSIAN_HELD = frozenset({
    "Donetsk", "Makiivka", "Horlivka", "Yenakiieve", "Khartsyzk", "Snizhne", "Alchevsk",
    "Melitopol", "Berdiansk", "Enerhodar", "Tokmak", "Mariupol", "Nova Kakhovka", "Skadovsk",
    "Henichesk", "Oleshky", "Sievierodonetsk", "Lysychansk", "Debaltseve", "Dokuchaievsk",
    "Luhansk", "Sevastopol", "Simferopol",
})
#: A report from the Russian-held side: "Russian-installed officials", « les autorités
#: d'occupation », "pro-Russian separatists".
_HELD_SIDE = re.compile(
    r"\b(?:russian|moscow|kremlin)[- ](?:installed|appointed|backed)\b|\bpro-?russ\w*|"
    r"\bprorusse|\binstallée?s? par (?:moscou|la russie)\b|\boccupation (?:authorities|officials)|"
    r"\bautorités d['’]occupation\b|\bséparatistes\b|\bseparatists?\b|\bDPR\b|\bDNR\b|\bLNR\b|"
    r"\bLPR\b|"
    # the place itself told as held: "in the Russian-held part of Zaporizhzhia region" (not
    # whence the fire came: "shelled from Russian-occupied territory")
    r"\b(?=[rR])(?<!from )(?<!from the )(?<!fleeing )(?<!leaving )(?<!fled )"
    r"(?:russian|russia)-(?:held|occupied|controlled) "
    r"(?:part|parts|territory|area|areas|town|village|city|region|zone)\b|"
    r"\b(?:partie|zone|territoire)s? "
    r"(?:occupée?s?|contrôlée?s?) par (?:la russie|moscou|les russes)\b|\bsous contrôle russe\b",
    re.IGNORECASE,
)
#: What of Russia's army Ukraine strikes: "Saky air base", "an arsenal in Toropets", "bombers".
_RUSSIAN_MILITARY_TARGET = re.compile(
    r"\bair ?bases?\b|\bairfields?\b|\bair ?strips?\b|\bbases? a[ée]riennes?\b|"
    r"\ba[ée]rodromes?\b|\barsenals?\b|\bammunition (?:depots?|dumps?)|\barms depots?\b|"
    r"\bd[ée]p[ôo]ts? (?:de munitions|d['’]armes)|\bbombers?\b|\bbombardiers?\b|"
    r"\bwarships?\b|\bnavires? de guerre\b|\bfleet\b|\bflotte\b|\bnaval bases?\b|"
    r"\bbases? navales?\b|"
    r"\bmilitary (?:unit|base|depot)s?\b|\bbases? militaires?\b|"
    r"\bcommand (?:post|centre|center)\b|\bposte de commandement\b",
    re.IGNORECASE,
)
_RU, _UA = "military-forces-ru", "military-forces-ua"


def _russian_army_hit(actors: list[str], lead_text: str) -> list[str]:
    """Russia's army, when the lead tells of Ukraine's strike on its air bases, arsenals or
    ships and the actors do not hold it yet."""
    return [_RU] if _RU not in actors and _RUSSIAN_MILITARY_TARGET.search(lead_text) else []


#: Before Russia's full-scale invasion the other side in Donbas was the separatists' forces.
_FULL_SCALE_WAR = date(2022, 2, 24)
#: The Taliban took Kabul: from then on they are Afghanistan's rulers.
_TALIBAN_RULE = date(2021, 8, 15)


_PS_POLICE = "military-forces-ps-police"
#: The Palestinian police named as such: « la police palestinienne », "PA security forces".
_PALESTINIAN_POLICE = re.compile(
    r"\bPalestinian (?:Authority |security |police|forces)|\bPA (?:security|police)|"
    r"\bpolice palestinienne|\bpoliciers palestiniens|\bAutorité palestinienne|"
    r"\bforces de sécurité palestiniennes",
    re.IGNORECASE,
)


def _police_of_the_west_bank(actors: list[str], sentences: list[_Sentence]) -> list[str]:
    """Police told without a nationality in the West Bank or East Jerusalem are Israel's,
    which polices the roads, settlements and checkpoints where its people are attacked ("three
    police officers killed near Tarqumiya checkpoint"); the Palestinian police are named as
    such."""
    if any(_PALESTINIAN_POLICE.search(s.text) for s in sentences if not s.background):
        return actors
    israel = "military-forces-il-police"
    return list(dict.fromkeys(israel if a == _PS_POLICE else a for a in actors))


_AF_FORCES = "military-forces-af"


def _taliban_before_power(actors: list[str], lead: list[_Sentence]) -> list[str]:
    """Before they took Kabul the Taliban fought Afghanistan's forces, whose registry entry
    now hangs on them: named in a sentence of the lead that tells violence ("a clash between
    Afghan special forces and Taliban fighters"), and denies nothing, they are a side, not an
    umbrella of those forces."""
    if "taliban" in actors or not any(
        any(m.id == "taliban" for m in s.mentions) and lx.VIOLENCE_LOW.search(s.low)
        and not lx.DENIAL_LOW.search(s.low)
        for s in lead if not s.background
    ):
        return actors
    return [*actors, "taliban"]


def _taliban_in_power(actors: list[str], lead: list[_Sentence]) -> list[str]:
    """The Taliban ruling Afghanistan are its authorities when the report names them only as
    such ("Taliban police say", "a Taliban spokesman said", "the Taliban-run interior
    ministry", "Taliban security forces sealed off the area"): no side of an attack on others.
    Named as a side (a Taliban governor killed, Taliban fighters firing on protesters), they
    stay."""
    for s in lead:
        if s.background:
            continue
        for m in s.mentions:
            if m.id != "taliban":
                continue
            after = s.text[m.end : m.end + 60]
            if not (
                _RULERS_VOICE_AFTER.match(after) or _AFTERMATH_AFTER.match(after)
                or s.text[max(0, m.start - 4) : m.start].lower().endswith("pro-")
            ):
                return actors
    return [a for a in actors if a != "taliban"]


#: The Taliban speaking or ruling: "Taliban police say", "a Taliban spokesman said", "the
#: Taliban-run interior ministry", « le porte-parole des talibans » (told before it).
_RULERS_VOICE_AFTER = re.compile(
    r"^(?:-(?:run|led|controlled|appointed)\b|(?:['’]s?)?\s+(?:[\w-]+\s+){0,3}?(?:said|say|says|"
    r"told|announced|confirmed|denied|spokesm[ae]n|spokesperson|government|administration|"
    r"authorities|officials?|ministry|interior|a déclaré|ont déclaré|a indiqué|ont indiqué|"
    r"ont démenti|a démenti|affirment|disent|dit|gouvernement|autorités|porte-parole)\b)",
    re.IGNORECASE,
)
#: Forces sent after it: "Taliban security forces sealed off the area".
_AFTERMATH_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:sealed off|cordoned off|cordoned|arrived|rushed|reached|"
    r"launched an investigation|are investigating|ont bouclé|ont ouvert une enquête)\b",
    re.IGNORECASE,
)


#: The Donbas republics' forces by their oblast.
_REPUBLIC_OF = {"Donetsk": "dpr-forces", "Luhansk": "lpr-forces"}
#: The republics' forces told without their republic's name: "Russian-backed separatists",
#: "Russia-backed militants", « les séparatistes prorusses », "the rebels"; not the ground
#: they hold ("rebel-held territory", « en territoire séparatiste »).
_DONBAS_FIGHTERS = re.compile(
    r"\b(?:russian|russia|moscow|kremlin)[- ]backed (?:militants?|forces|separatists?|rebels?|"
    r"fighters)\b|\bpro-?russian (?:militants?|forces|separatists?|rebels?|fighters)\b|"
    r"\bseparatists?\b(?![- ](?:held|controlled|run))|(?<!territoire )(?<!zone )"
    r"\bs[ée]paratistes?\b|\brebels?\b(?![- ](?:held|controlled|run))|\brebelles?\b|"
    r"\bprorusses?\b",
    re.IGNORECASE,
)
#: A republic named as such: "Donetsk People's Republic", "DNR", « République populaire de
#: Louhansk ».
_REPUBLIC_NAMED = re.compile(
    r"\b(?:Donetsk|Luhansk|Lugansk) People['’]s Republic|\bRépublique populaire de "
    r"(?:Donetsk|Lougansk|Louhansk)|\b(?:DPR|DNR|LPR|LNR)\b"
)


def _donbas_republics(
    actors: list[str], lead: list[_Sentence], country: str | None, event: tuple[str, str],
    place: Place | None,
) -> list[str]:
    """Before Russia's full-scale invasion the war in Donbas was fought by the separatist
    republics' forces: "Russian-backed separatists attacked Ukrainian positions near Zolote",
    told in Luhansk oblast, are the Luhansk People's Republic's; in Donetsk oblast, the
    Donetsk People's Republic's. A republic the report does not name is taken from the oblast
    (« les séparatistes prorusses » near Zolote are Luhansk's, not Donetsk's)."""
    own = _REPUBLIC_OF.get(place.admin1 or "") if place is not None and country == "UA" else None
    if own is None or event[0] not in VIOLENT_EVENT_TYPES:
        return actors
    told = [s.text for s in lead if not s.background]
    if not any(_DONBAS_FIGHTERS.search(t) for t in told):
        return actors
    other = next(a for a in _REPUBLIC_OF.values() if a != own)
    if other in actors and not any(_REPUBLIC_NAMED.search(t) for t in told):
        return list(dict.fromkeys(own if a == other else a for a in actors))
    if own in actors or other in actors:
        return actors
    return [*actors, own]


def _russia_ukraine_sides(
    actors: list[str], sentences: list[_Sentence], lead: list[_Sentence], gazetteer: Gazetteer,
    country: str | None, event: tuple[str, str], place: Place | None,
) -> list[str]:
    """The war's other side where the report takes it as known, since Russia's full-scale
    invasion. In Ukraine and Russia a battle with one army named is fought against the other
    ("Kyiv announces the liberation of Robotyne"); Ukraine's strikes on air bases, arsenals or
    bombers hit Russia's army; and a strike on a town Ukraine holds, its author untold
    ("missile strikes Kharkiv's Freedom Square"), is Russia's, unless the report speaks from
    the Russian-held side."""
    if country not in ("UA", "RU"):
        return actors
    ukraine = [a for a in actors if a == _UA or gazetteer.actor_ancestors(a)[1:2] == (_UA,)]
    lead_text = " ".join(s.text for s in lead)
    if event[0] == "Battles":
        if ukraine and _RU not in actors and not any(
            _is_armed_group(a, gazetteer) or (_is_state(a, gazetteer) and a not in ukraine)
            for a in actors
        ):
            return [*actors, _RU]
        if _RU in actors and not ukraine and not any(
            _is_armed_group(a, gazetteer) or (_is_state(a, gazetteer) and a != _RU)
            for a in actors
        ):
            return [*actors, _UA]
        return actors
    if event[1] not in ("Air/drone strike", "Shelling/artillery/missile attack"):
        return actors
    if ukraine and (hit := _russian_army_hit(actors, lead_text)):
        return [*actors, *hit]
    held_by_ukraine = (
        country == "UA" and place is not None and place.name not in _RUSSIAN_HELD
        and place.admin1 not in _RUSSIAN_HELD_PROVINCES
        and not any(_HELD_SIDE.search(s.text) for s in sentences if not s.background)
    )
    if (
        held_by_ukraine and _RU not in actors
        # (Ukraine's own forces may be what was hit: "missile hits Kharkiv military academy")
        and not any(
            (_is_state(a, gazetteer) and a not in ukraine) or _is_armed_group(a, gazetteer)
            for a in actors
        )
    ):
        # (and its dead, when the strike hit no soldiers, are civilians)
        hurt = bool(lx.CASUALTY_WORDS.search(lead_text)) and not _military_target(lead_text)
        if hurt and _only_foreigners_hurt(sentences, gazetteer, "UA"):
            # ("A Bangladeshi marine engineer was killed when a missile struck the ship")
            victims = [v for v in _foreign_victims(sentences, gazetteer, "UA") if v not in actors]
            return [_RU, *actors, *victims]
        # (with the foreigners among them: "a French photojournalist was killed and his
        # Ukrainian colleague wounded")
        victims = [
            v for v in ["civilians-ua", *_foreign_victims(sentences, gazetteer, "UA")]
            if v not in actors
        ] if hurt else []
        return [_RU, *actors, *victims]
    # (Russia, and Crimea it has held since 2014: the towns it took in 2022 it also struck)
    held_by_russia = country == "RU" or (
        country == "UA" and place is not None and place.admin1 in ("Crimea", "Sevastopol")
    )
    if (
        held_by_russia and event[1] == "Air/drone strike" and not ukraine
        and not any(_is_armed_group(a, gazetteer) for a in actors)
        and not any(
            _is_state(a, gazetteer) and not a.startswith(_force_prefix(country or "RU"))
            and a != _RU for a in actors
        )
    ):
        # drones on Russia or Crimea, their launchers untold ("Fire breaks out at
        # Rosneft's Tuapse refinery after drone attack", « des drones frappent des immeubles à
        # Kazan »): Ukraine's, as Ukraine's drones are the ones that fly there; an air base
        # or an arsenal they hit is Russia's army's ("drone attack on the Khalino military
        # airfield")
        return [*actors, _UA, *_russian_army_hit(actors, lead_text)]
    if (
        (held_by_russia or (country == "UA" and not held_by_ukraine))
        and not ukraine and _UKRAINE_S_MISSILES.search(lead_text)
        and not any(_is_armed_group(a, gazetteer) for a in actors)
    ):
        # missiles that only Ukraine fires there ("la frappe de missiles ATACMS sur la Crimée",
        # "Storm Shadow missiles hit Luhansk"): Ukraine's, whoever supplied them
        return [*actors, _UA, *_russian_army_hit(actors, lead_text)]
    if (
        held_by_ukraine and _RU in actors
        # (foreigners named as the victims are the victims: "deux humanitaires français tués")
        and not any(a.startswith("civilians-") for a in actors)
        and not any(_is_armed_group(a, gazetteer) for a in actors)
        and lx.CASUALTY_WORDS.search(lead_text) and not _military_target(lead_text)
    ):
        # Russia's strike told as such on a town Ukraine holds: its dead, when no soldiers
        # were hit, are civilians ("une double frappe russe sur Pokrovsk fait sept morts")
        return [*actors, "civilians-ua"]
    return actors


_IL = "military-forces-il"

#: States that strike abroad from the air, and seldom are struck there: Israel, the
#: Saudi-led coalition. (The United States' forces abroad are as often the target of rockets.)
_AIR_POWERS = frozenset({"military-forces-il", "military-forces-sa"})
#: Their fire told as from the ground or the sea: shells, tanks, cruise missiles.
_GROUND_FIRE = re.compile(
    r"\b(?:shell\w*|artillery|tanks?|mortars?|howitzers?|obus|artillerie|chars?|mortiers?|"
    r"canons?|cruise|tomahawks?|warships?|destroyers?|navires?|drones? navals?)\b",
    re.IGNORECASE,
)


#: Forces that fought the attackers off: "all four attackers were killed", "a gunfight
#: lasting several hours", « les neuf assaillants abattus », « des échanges de tirs ».
_FOUGHT_BACK = re.compile(
    r"\b(?:gunfights?|gun battles?|firefights?|exchanges? of fire|shoot-?outs?|"
    r"échanges? de tirs|combats? avec les forces|"
    r"(?:all|the|les|tous les)\s+(?:\w+\s+){0,2}?(?:attackers|assailants|militants|gunmen|"
    r"terrorists|assaillants|terroristes|jihadistes)\s+(?:\w+\s+)?(?:were|have been|had "
    r"been|ont été|sont)\s+(?:\w+\s+)?(?:killed|shot dead|neutrali[sz]ed|tués|abattus|"
    r"neutralisés)|(?:killed|shot dead|neutrali[sz]ed|abattu|neutralisé)\s+(?:all\s+|tous\s+)?"
    r"(?:the\s+|les\s+)?(?:\w+\s+)?(?:attackers|assailants|gunmen|terrorists|assaillants|"
    r"terroristes))\b",
    re.IGNORECASE,
)


#: Soldiers or policemen counted among the dead: "five jawans killed", « seize militaires et
#: huit civils ont été tués », "three Israeli policemen were shot dead".
_FORCES_DEAD = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"dozens of|several|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
    r"quatorze|quinze|seize|vingt|vingtaine de|dizaine de|plusieurs)\s+(?:[\w'’-]+\s+){0,3}?"
    # (not aid workers nor Red Cross volunteers)
    r"(?:soldiers|troops|troopers|servicemen|policemen|(?:police |army |security )?officers|"
    r"security personnel|(?:military|police|CRPF|BSF) personnel|jawans|"
    r"gendarmes|militaires|soldats|policiers|army volunteers|defen[cs]e volunteers|VDP|"
    r"membres des FDS|membres des forces de défense)\b[^.;]{0,80}?\b(?:killed|dead|died|"
    r"tués|morts|ont péri|shot dead)\b",
    re.IGNORECASE,
)
#: A police raid on a gang: "a police operation against drug traffickers", "raid on a gang
#: stronghold", « une opération policière dans la favela », « opération de police contre des
#: trafiquants ».
_RAID_ON_GANGS = re.compile(
    r"\b(?:police|policiers?|policière|de police)\b[^.;]{0,40}?\b(?:raids?|operations?|"
    r"opérations?|offensives?)\b[^.;]{0,60}?\b(?:gangs?|gangsters?|drug (?:traffickers|gangs?|"
    r"dealers)|traffickers|cartels?|favelas?|trafiquants|narcotrafiquants|bandes? armées?|"
    r"gang stronghold)\b|"
    r"\b(?:raids?|operations?|opérations?)\b[^.;]{0,20}?\b(?:police|policière|de police)\b"
    r"[^.;]{0,60}?\b(?:gangs?|favelas?|trafiquants|traffickers|cartels?)\b",
    re.IGNORECASE,
)


def _fought_back(
    event: tuple[str, str], actors: list[str], lead: list[_Sentence], gazetteer: Gazetteer
) -> tuple[str, str]:
    """An attack that a state's forces on the spot fought off is a battle: "militants storm
    Gwadar hotel ... all attackers were killed after a gunfight", « les FAMa ont repoussé
    l'attaque, neuf assaillants abattus »."""
    if event != ("Violence against civilians", "Attack"):
        return event
    # (a state's forces named as a side: "security forces" alone are often told hunting the
    # gunmen of a targeted killing)
    if not any(_is_state(a, gazetteer) for a in actors) or not _has_attacker(actors, gazetteer):
        return event
    if any(_FOUGHT_BACK.search(s.text) for s in lead):
        return ("Battles", "Armed clash")
    return event


def _from_the_air(
    event: tuple[str, str], actors: list[str], lead: list[_Sentence], country: str | None
) -> tuple[str, str]:
    """Israel's or the Saudi-led coalition's strikes abroad come from the air unless the
    report names shells, tanks or cruise missiles: their "missile" is an air
    strike's ("frappe sur la banlieue sud de Beyrouth", "Syria blamed Israel for the missile
    strike"), whatever rockets the other side fired."""
    if event != ("Explosions/Remote violence", "Shelling/artillery/missile attack"):
        return event
    if country is None or not any(
        a in _AIR_POWERS and a != _force_prefix(country) for a in actors
    ):
        return event
    if _GROUND_FIRE.search(" ".join(s.text for s in lead)):
        return event
    return ("Explosions/Remote violence", "Air/drone strike")


#: The forces by their common names, in the lead of an attack's report.
_FORCE_WORDS = re.compile(
    r"\b(?:soldiers?|troops|army|military|armed forces|security forces|police(?:men|man)?|"
    r"officers?|IDF|Tsahal|armée|militaires?|soldats?|forces de (?:sécurité|l['’]ordre)|"
    r"policiers?|gendarmes?)\b",
    re.IGNORECASE,
)
#: What forces do after an attack on civilians: hunt, shoot or arrest the attacker, seal off.
_RESPONDED = re.compile(
    r"\b(?:man-?hunt|hunt(?:ing)? for|search(?:ing)? for|traqu\w*|recherch\w*|poursuiv\w*|"
    r"shot dead (?:the|an?|both|two|one) |(?:the|an?|both|two) (?:attackers?|assailants?|"
    r"gunm[ae]n|terrorists?) (?:was|were) (?:shot|killed)|neutralis\w*|"
    # (not the victim: "un gouverneur abattu chez lui")
    r"(?:assaillants?|tireurs?|terroristes?|auteurs?|kamikazes?)\b[^.]{0,40}abattu\w*|"
    r"abattu\w* par|"
    r"arrest\w*|arrêt\w*|interpell\w*|cordon\w*|boucl\w*|sealed off|"
    r"(?:opened|launched) an? (?:investigation|inquiry|search)|ouvert une enquête)",
    re.IGNORECASE,
)


def _without_responders(
    actors: list[str], lead: list[_Sentence], gazetteer: Gazetteer, event: tuple[str, str]
) -> list[str]:
    """An attack on civilians has its attacker and its victims: the army or the police that
    shot the gunman, hunted him or sealed off the area answered it and are no side ("the
    second was killed after a manhunt", « toujours recherché par l'armée »), unless the
    report tells of them otherwise in its lead (hit, fighting back)."""
    if event != ("Violence against civilians", "Attack") or not _has_attacker(actors, gazetteer):
        return actors
    told = [s.text for s in lead if _FORCE_WORDS.search(s.text)]
    if not told or not all(_RESPONDED.search(text) for text in told):
        return actors
    return [
        a for a in actors
        if not (_is_state(a, gazetteer) and a.startswith("military-forces-"))
    ]


def _known_insurgents(
    actors: list[str], lead: list[_Sentence], gazetteer: Gazetteer, country: str | None,
    place: Place | None, event: tuple[str, str], told_only: bool = False,
) -> list[str]:
    """Attackers a report leaves unnamed where one insurgency holds the field are that
    insurgency, as the registry lists it: "insurgents" and "gunmen" in Cabo Delgado are the
    Islamic State's Mozambique Province; "secessionist terrorists" in Cameroon's North-West
    and South-West are the Ambazonian separatists. So is the other side of a battle told with
    the state's side only. Where the registry gives the words the insurgency goes by
    (``unnamed_as``), the lead must use one; with ``told_only``, only an insurgency told by
    those words is taken (for attackers the report does not even mention)."""
    unknown = f"{UNIDENTIFIED_GROUP}{(country or '').lower()}"
    province = gazetteer.admin1_of(place.id) if place is not None else None
    # (a battle told with the state's side only: "soldiers killed in an ambush by suspected
    # separatist fighters" in Cameroon's South-West)
    one_sided = event[0] == "Battles" and not any(
        _is_armed_group(a, gazetteer) for a in actors
    )
    if (unknown not in actors and not one_sided) or province is None:
        return actors
    text = " ".join(s.text for s in lead)
    for actor_id in gazetteer.insurgents(province):
        actor = gazetteer.actor(actor_id)
        if actor is None or actor_id in actors or (told_only and not actor.unnamed_as):
            continue
        if actor.unnamed_as and not re.search(
            r"(?<!\w)(?:" + "|".join(map(re.escape, actor.unnamed_as)) + ")", text,
            re.IGNORECASE,
        ):
            continue
        if unknown not in actors:
            return [*actors, actor_id]
        return [actor_id if a == unknown else a for a in actors]
    return actors


#: A weapon launched from Yemen: "a UAV launched from Yemen", « un missile tiré depuis le
#: Yémen ».
_FROM_YEMEN = re.compile(
    r"\b(?:drones?|uavs?|missiles?|rockets?|projectiles?)\b[^.;]{0,60}?\b(?:from|depuis|du|"
    r"en provenance du)\s+(?:the\s+|le\s+)?Y[eé]men\b",
    re.IGNORECASE,
)


def _houthis_launch(actors: list[str], lead: list[_Sentence]) -> list[str]:
    """Drones and missiles launched from Yemen at Israel, Saudi Arabia or ships are the
    Houthis': Yemen's government has none to launch. A report that says only "a UAV launched
    from Yemen" or « un missile tiré depuis le Yémen » names them so."""
    if "houthis" in actors or not any(
        _FROM_YEMEN.search(s.text) for s in lead if not s.background
    ):
        return actors
    return ["houthis", *(a for a in actors if a != "military-forces-ye")]


def _israels_strike(
    actors: list[str], gazetteer: Gazetteer, country: str | None, event: tuple[str, str],
    place: Place | None,
) -> list[str]:
    """A strike from the air or by shells in Lebanon or the Gaza Strip, its author untold, is
    Israel's: no one else strikes there ("un commandant du Hezbollah tué dans une frappe",
    "strikes overnight on Dahiyeh"). Hezbollah's and Hamas's rockets land in Israel."""
    if event[1] not in ("Air/drone strike", "Shelling/artillery/missile attack") or _IL in actors:
        return actors
    gaza = country == "PS" and place is not None and place.admin1 == "Gaza Strip"
    if country is None or (country != "LB" and not gaza):
        return actors
    if any(
        _is_state(a, gazetteer) and not a.startswith(_force_prefix(country))
        for a in actors
    ):
        return actors  # (another state named as the striker)
    return [_IL, *actors]


def _ship_crew(
    actors: list[str], sentences: list[_Sentence], lead: list[_Sentence], gazetteer: Gazetteer,
    country: str | None,
) -> list[str]:
    """A merchant ship hit at sea, told so in the headline: its crew are the victims, by their
    nationality when the report gives it ("four Filipino crew", « trois marins philippins »),
    not the people or the forces of the coast it sailed off ("off Yemen's Hodeidah")."""
    if country is None or not any(
        _MERCHANT_SHIP.search(s.text) for s in lead if s.zone in ("title", "summary")
    ) or not any(_OFFSHORE.search(s.text) for s in lead) or any(
        _IN_PORT.search(s.text) or _WARSHIP.search(s.text) for s in lead
    ):
        return actors
    forces = _force_prefix(country)
    others = any(not a.startswith((forces, "civilians-")) for a in actors)
    own_people = country in _victim_nationalities(lead, gazetteer)
    kept = [
        a for a in actors
        if not (a.startswith(forces) and others)
        and not (a == f"civilians-{country.lower()}" and not own_people)
    ]
    for crew in [*_foreign_victims(sentences, gazetteer, country),
                 *_crew_nationalities(sentences, gazetteer, country)]:
        if crew not in kept:
            kept.append(crew)
    if not any(a.startswith("civilians-") for a in kept) and all(
        _is_armed_group(a, gazetteer) for a in kept
    ) and any(_SHIP_HIT.search(s.text) for s in lead if s.zone in ("title", "summary")):
        # the crew of a ship an armed group hit, which the report does not name by
        # nationality: ACLED's "Civilians (International)"
        kept.append(_CREW)
    return kept


#: A ship's crew, told with its nationalities after it: "the vessel's crew was Filipino", "22
#: crew, most of them Filipino", "the crew of 22 Indians and one Bangladeshi".
_CREW_TOLD = re.compile(r"\b(?:crew|crews|crewmen|seafarers|sailors|équipage|marins)\b(.{0,60})")
#: A capitalised word of nationality (French writes the people with a capital too).
_NATIONALITY_WORD = re.compile(r"\b([A-Z][a-z]+)\b(?![-‑](?:flagged|owned|operated|managed))")


def _crew_nationalities(
    sentences: list[_Sentence], gazetteer: Gazetteer, country: str
) -> list[str]:
    """The civilians of the countries a ship's crew is said to come from."""
    found: list[str] = []
    for s in sentences:
        if s.background or (s.zone == "body" and s.paragraph > 3):
            continue
        for told in _CREW_TOLD.finditer(s.text):
            for m in _NATIONALITY_WORD.finditer(told.group(1)):
                code = gazetteer.demonym_country(m.group(1))
                civ = f"civilians-{code.lower()}" if code and code != country else None
                if civ and gazetteer.actor(civ) is not None and civ not in found:
                    found.append(civ)
    return found


#: The registry's civilians of no one country: a merchant ship's crew.
_CREW = "civilians-international"
#: A ship hit, not missed: "missile hits Greek-owned bulk carrier", « le cargo en feu ».
_SHIP_HIT = re.compile(
    r"\b(?:hit|hits|struck|strikes?|ablaze|on fire|fire|damaged|sank|sunk|sinking|"
    r"touchée?|frappée?|en feu|incendie|endommagée?|coulée?|sombré)\b",
    re.IGNORECASE,
)
#: A merchant ship (not a warship): "bulk carrier", "tanker", « le vraquier », « un cargo ».
_MERCHANT_SHIP = re.compile(
    r"\b(?:ships?|vessels?|tankers?|(?:bulk|coal|cargo|container|merchant|grain) carriers?|"
    r"freighters?|navires?|vraquiers?|pétroliers?|cargos?|"
    r"porte-conteneurs|méthaniers?|chimiquiers?)\b",
    re.IGNORECASE,
)
#: A navy's ship, whose crew are a side: "the cruiser Moskva", « une frégate ».
_WARSHIP = re.compile(
    r"\b(?:warships?|cruisers?|destroyers?|frigates?|flagship|corvettes?|submarines?|navy|"
    r"naval|gunboats?|coast ?guard|marine nationale|garde-côtes|"
    r"landing ship|patrol (?:boat|ship)s?|navire de guerre|croiseur|frégate|"
    r"sous-marin|bâtiment de guerre|vaisseau amiral|"
    # a navy's base or fleet: « la base navale de Novorossiïsk », "the Black Sea Fleet"
    r"bases? navales?|fleet|flotte)\b",
    re.IGNORECASE,
)
#: At sea: "off Yemen's Hodeidah", "in the Red Sea", « au large de », « en mer Rouge ».
_OFFSHORE = re.compile(
    r"\b(?:off\b|at sea|in the Arabian Sea|in the Gulf of|au large|en mer\b|"
    r"dans le golfe d['’]|(?:Red|Black) Sea|mer Rouge|mer Noire|"
    r"golfe d['’]Aden|Gulf of Aden|Bab (?:al|el)-Mandeb)",
    re.IGNORECASE,
)
#: A ship hit in a port or at a terminal: the port's people and forces may be among the hit.
_IN_PORT = re.compile(
    r"\b(?:in|at|dans|au) (?:the |le |la )?(?:port|harbou?r|terminal|quay|dock|quai)\b|"
    r"\bin [A-Z][\w-]+ (?:port|harbou?r)\b",
    re.IGNORECASE,
)


#: Global jihadist networks act through one regional branch per country: "the Islamic State"
#: claiming an attack in Congo is its Central Africa province. So does the UN through its
#: peace mission: "UN peacekeepers" attacked in Mali are MINUSMA's.
_NETWORKS = ("islamic-state", "al-qaeda", "united-nations")


def _local_branch(actor_id: str, country: str | None, gazetteer: Gazetteer) -> str:
    if actor_id not in _NETWORKS or country is None:
        return actor_id
    branches = gazetteer.actor_members(actor_id, country)
    return branches[0] if len(branches) == 1 else actor_id


#: Missiles or fire from aircraft: "fired four missiles from an aircraft", « quatre missiles
#: ont été tirés depuis un avion », « deux hélicoptères de combat » (not a bomber's long-range
#: missiles: "Kh-22 missiles launched from Tu-22M3 bombers over the Black Sea").
_AIR_LAUNCHED = re.compile(
    r"\b(?:fired|launched|tirée?s?|lancée?s?)\b[^.;]{0,30}?\b(?:from|depuis|par)\s+"
    r"(?:an?\s+|un\s+|des\s+|the\s+|deux\s+|two\s+)?(?:[\w-]+\s+)?(?:planes?|aircraft|"
    r"warplanes?|avions?|hélicoptères?|helicopters?)\b|"
    r"\b(?:hélicoptères?|helicopters?)\s+(?:de combat|d['’]attaque|gunships?)\b|"
    r"\b(?:attack|combat) helicopters?\b",
    re.IGNORECASE,
)


def _launched_from_the_air(sentences: list[_Sentence]) -> bool:
    """Whether the lead or the next paragraph tells the missiles or the fire came from
    aircraft: an air strike, not shelling."""
    return any(
        _AIR_LAUNCHED.search(s.text) for s in sentences
        if not s.background and (s.zone != "body" or s.paragraph <= 1)
    )


def _units_as_their_organisation(actors: list[str], gazetteer: Gazetteer) -> list[str]:
    """A unit stands for its organisation: an event of "Hezbollah's elite Radwan force" or of
    « les Brigades al-Qods, branche armée du Jihad islamique » is the organisation's."""
    return list(dict.fromkeys(
        actor.parents[0]
        if (actor := gazetteer.actor(a)) is not None and actor.unit and actor.parents else a
        for a in actors
    ))


def _province_branch(
    actors: list[str], gazetteer: Gazetteer, place: Place | None
) -> list[str]:
    """A network named in a country of several of its branches is the one that acts in the
    province: "the Islamic State claimed the attack" in Tillabéri is its Sahel Province."""
    if place is None or not any(a in _NETWORKS for a in actors):
        return actors
    province = gazetteer.admin1_of(place.id)
    if province is None:
        return actors
    return list(dict.fromkeys(
        (gazetteer.branch_in(a, province) or a) if a in _NETWORKS else a for a in actors
    ))


#: This attack, told in French between a blame's verb and the blamed: « attribue l'attaque aux
#: shebab », « imputent cet attentat à ».
_THIS_ATTACK_FR = r"(?:l['’]|cette |cet )(?:attaque|attentat|embuscade|explosion|assaut)"
#: The hand of this attack's weapon: "police suspect the device was planted by al-Shabaab
#: militants", « l'engin aurait été posé par des combattants de l'ISWAP ».
_PLANTED_BY = (
    r"(?:suspect|suspects|suspected|believe|believes|believed|think|thinks|said|say|says)\s+"
    r"(?:that\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:was|were|had been|may have been)\s+"
    r"(?:likely\s+|probably\s+)?(?:planted|laid|placed|hidden|set)\s+by"
    r"(?:\s+(?:fighters|members|militants)\s+of)?|"
    # (« l'engin aurait été posé par », « l'engin, posé sur leur passage par », « le véhicule
    # piégé avait été laissé là par »)
    r"\b(?:engin|bombe|mine|explosif|charge|véhicule|voiture)s?(?:\s+[\w'’-]+){0,2}?,?\s+"
    r"(?:(?:aurait|auraient|avait|avaient|a|ont)\s+été\s+)?(?:posée?s?|placée?s?|"
    r"dissimulée?s?|enfouie?s?|laissée?s?)(?:\s+[\w'’]+){0,3}?\s+par"
    r"(?:\s+(?:des|les)\s+(?:combattants|membres|éléments|militants|jihadistes|djihadistes)"
    r"\s+(?:de|du|des))?"
)
#: "officials blamed Boko Haram", "blamed on the ADF", "attribuée aux shebab"
_BLAMED_BEFORE = re.compile(
    r"\b(?:blamed|blames|blaming|attributed|attribu\w+|imput\w+|(?:the )?hallmarks? of|"
    # (a quoted word: « elle “porte la marque” du GSIM »)
    r"(?:la )?(?:marque|signature)(?:\s*[»”\"])? (?:de|du|des)|"
    r"suspicion (?:fell|falls|has fallen) on|"
    r"(?:les )?soupçons se (?:portent|sont portés) (?:sur|vers)|"
    # the unnamed attackers named: "the insurgents, believed to be from the Islamic State",
    # "des hommes armés soupçonnés d'appartenir au JNIM"
    r"believed to (?:be|belong to)(?: (?:from|members of|fighters of|part of))?|"
    r"thought to be(?: from| members of)?|suspected (?:to be|of being)(?: members of)?|"
    # the unnamed attackers named later: "the attackers, whom he identified as Murle youth",
    # « les assaillants, des jeunes armés de la communauté murle »
    r"identified (?:them |the (?:attackers|gunmen|assailants) )?as|identifiée?s? comme|"
    r"(?:believe|believes|said|say|says) (?:that )?the (?:attackers|gunmen|assailants) "
    r"(?:were|are)(?: (?:members|fighters) of)?|"
    r"(?:assaillants|attackers|gunmen|assailants),\s+(?:des|(?:all\s+)?(?:members|fighters|"
    r"militants)\s+of)|"
    r"soupçonnés? d['’]appartenir|présumés? (?:membres|combattants) (?:de|du|des|d['’])|"
    r"(?:suspect|suspects|soupçonn(?:e|ent|aient|ait))(?! (?:that|que|qu['’]))|"
    + _PLANTED_BY + r"|"
    r"suspicion of)\s+"
    r"(?:it\s+|the (?:attack|attacks|bombings?|blasts?) |"
    # (« la police attribue l'attaque aux shebab »)
    + _THIS_ATTACK_FR + r"\s+)?(?:on\s+|to\s+|à\s+|aux\s+|au\s+)?"
    r"(?:the\s+|la\s+|le\s+|les\s+|l['’])?"
    # (what is left of a group: "blamed remnants of the Islamic State group", « des éléments
    # résiduels de l'EI »)
    r"(?:(?:remnants|elements|cells?|restes|éléments(?: résiduels)?|cellules?)\s+(?:of\s+the|"
    r"of|de\s+la|du|des|de|d['’])\s*)?"
    r"(?:[\w-]+\s+){0,2}(?:[«“\"]\s*)?$",
    re.IGNORECASE,
)


#: A blame of this attack itself: "attributed the attack to", « l'attribuent à ».
_THIS_BLAMED_BEFORE = re.compile(
    # (the weapon's hand told in a sentence of the background too: "…, une faction qui tient
    # plusieurs îles du lac")
    r"(?:" + _PLANTED_BY + r")\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?(?:[\w-]+\s+){0,2}$|"
    r"(?:\bl['’](?:ont\s+)?(?:attribu|imput)\w*|\b(?:attributed|blamed) (?:it|the attack|the "
    r"blast|the bombing|the ambush) (?:to|on)|\b(?:attribu|imput)\w* " + _THIS_ATTACK_FR
    + r" (?:à|aux|au))\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)


_BEHIND_AFTER = re.compile(
    # (with an aside on the group: "Kata'ib Hezbollah, an Iran-backed Iraqi militia, was behind")
    r"(?:\s*,[^,.;]{3,60},)?"
    r"\s+(?:[\w-]+\s+){0,2}?(?:(?:was|were|is|are|had been) (?:likely |probably |most likely )?"
    r"behind|(?:est|sont|serait|seraient|étaient|était) (?:probablement )?derrière)\b",
    re.IGNORECASE,
)


def _blamed(sentences: list[_Sentence], gazetteer: Gazetteer) -> list[str]:
    """Armed groups the authorities or the report blame for this attack, in the first six
    paragraphs (the blame often follows the account: "No group claimed it, but officials
    blamed Boko Haram"). A counter-accusation in a denial is not a blame."""
    found: list[str] = []
    for s in sentences:
        if s.zone == "body" and s.paragraph > 5:
            continue
        blamed = [
            m.id for m in s.mentions
            if m.kind == "actor"
            and m.id not in found
            and _is_armed_group(m.id, gazetteer)
            # (a sentence of the background blames this attack when it says so: "les
            # autorités l'attribuent aux shebab, qui multiplient les incursions depuis des
            # semaines")
            and (not s.background or _THIS_BLAMED_BEFORE.search(
                s.text[max(0, m.start - 60) : m.start]
            ))
            and (
                _BLAMED_BEFORE.search(s.text[max(0, m.start - 60) : m.start])
                # "Lashkar-e-Taiba militants were behind the attack"
                or _BEHIND_AFTER.match(s.text, m.end)
            )
            # (not for a series: "blamed Iran-backed militias for the attacks", « des exactions
            # répétées, le plus souvent attribuées à l'EIGS »)
            and not _blamed_for_others(s.text, m)
            and not _guessed(s.text, m)
        ]
        if blamed and not lx.DENIAL_LOW.search(s.low):
            found.extend(dict.fromkeys(blamed))
    return found


def _blamed_for_others(text: str, mention: Mention) -> bool:
    """Whether a group is blamed for other attacks than this one: a series ("blamed Iran-backed
    militias for the attacks") or a habit (« le plus souvent attribuées à l'EIGS »)."""
    return bool(
        _SERIES_AFTER.match(text, mention.end)
        or _HABITUAL_BEFORE.search(text, max(0, mention.start - 100), mention.start)
    )


#: Before a group blamed, a habit rather than this attack: "usually blamed on", « le plus
#: souvent attribuées à ».
_HABITUAL_BEFORE = re.compile(
    r"\b(?:le plus souvent|souvent|often|usually|generally|généralement|régulièrement|"
    r"regularly|répétées|repeated)\b[^.;]{0,50}$",
    re.IGNORECASE,
)
#: After a group blamed, a series of attacks rather than this one: "for the attacks", « des
#: attaques ».
_SERIES_AFTER = re.compile(
    r"\s+(?:(?:for|of|pour|de)\s+|des\s+)(?:the\s+|these\s+|those\s+|les\s+|ces\s+|a\s+(?:string|series|"
    r"spate|wave)\s+of\s+)?(?:recent\s+|previous\s+|earlier\s+|similar\s+)?(?:attacks|strikes|"
    r"bombings|killings|rocket attacks|attaques|frappes|attentats)\b|"
    # the series told after the group (a word or two of it between): « attribuent aux
    # islamistes shebab somaliens la multiplication des engins explosifs »
    r"(?:\s+[\w'’-]+){0,2}\s+(?:la multiplication|la recrudescence|la série|une série|la vague|"
    r"une vague|the (?:string|series|spate|wave|rise))\s+(?:des?|d['’]|of)\s",
    re.IGNORECASE,
)
#: A state the attack is put down to: "des frappes attribuées à Israël", "blaming Israel".
_STATE_BLAMED_BEFORE = re.compile(
    r"\b(?:(?:attribu|imput)\w+\s+(?:à|aux?)|(?:attributed|blamed)\s+(?:it\s+)?(?:to|on)|"
    r"blaming|blames|blamed|"
    # a capital for the state that rules from it: "une « attaque terroriste du régime de Kiev »"
    # (not what the regime did besides: « un cessez-le-feu décrété par le régime de Damas »)
    r"(?:du|(?<!par )le|au) régime de)\s+(?:l['’])?$",
    re.IGNORECASE,
)
#: ... the same after it: "the Kyiv regime".
_REGIME_AFTER = re.compile(r"\s+regime\b", re.IGNORECASE)
#: An accusation of this attack, not of something else ("Moscou accuse Kiev.", "accused Kyiv
#: of being behind the attack"; not "un groupe qui accuse Pékin de piller les ressources").
_ACCUSES_BEFORE = re.compile(r"\baccus(?:e|es|ed|ent|ait|aient|é|ant|ing)\s+(?:l['’])?$",
                             re.IGNORECASE)
_OF_THIS_AFTER = re.compile(
    r"\s*(?:[.,;»”]|$|d['’]être derrière|of being behind|of (?:the|this) (?:attack|strike)|"
    r"of carrying out|d['’]avoir (?:mené|lancé|perpétré)|de l['’](?:attaque|attentat)|"
    r"de (?:la|cette) frappe)",
    re.IGNORECASE,
)


def _blamed_states(sentences: list[_Sentence], gazetteer: Gazetteer) -> list[str]:
    """The forces of a country the headline or the first paragraphs put the attack down to
    (not in a denial)."""
    found: list[str] = []
    for s in sentences:
        if s.background or (s.zone == "body" and s.paragraph > 2) or lx.DENIAL_LOW.search(s.low):
            continue
        for m in s.mentions:
            if m.kind != "place":
                continue
            # a country, or its capital standing for those who rule from it ("Moscow blamed
            # Kyiv", « Moscou accuse Kiev »)
            code = m.id[2:] if m.id.startswith("c:") else (
                place.country if (place := gazetteer.place(m.id)) is not None and place.country
                and gazetteer.capital(place.country) == m.id else None
            )
            if (
                code is not None
                and (
                    _STATE_BLAMED_BEFORE.search(s.text, max(0, m.start - 40), m.start)
                    or (not m.id.startswith("c:") and _REGIME_AFTER.match(s.text, m.end))
                    or (
                        _ACCUSES_BEFORE.search(s.text, max(0, m.start - 20), m.start)
                        and _OF_THIS_AFTER.match(s.text, m.end)
                    )
                )
                # ("blamed on Sudan's paramilitary Rapid Support Forces": the group's)
                and not _OWNER_AFTER.match(s.text[m.end : m.end + 4])
                and (forces := _force_actor(code, gazetteer)) is not None
                and forces not in found
            ):
                found.append(forces)
    return found


#: Civilians of a named nationality among the victims: "Spanish tourists were among those
#: killed", "trois touristes espagnols tués".
_NATIONALS_EN = re.compile(
    # (with a word of trade between: "a Bangladeshi marine engineer"; not of a force: "Russian
    # army engineers")
    # (or of a faith: "a Colombian Franciscan nun")
    r"\b([A-Z][\w-]+)\s+(?:(?!(?i:army|military|police|security|border|armed|navy|naval|air)\b)"
    r"(?:[a-z][\w-]+|Franciscan|Catholic|Protestant|Evangelical|Anglican|Jesuit|Salesian|"
    r"Orthodox|Buddhist|Christian)\s+)?(?:tourists?|nationals?|citizens?|civilians|aid workers?|"
    r"humanitarian workers?|journalists?|workers|engineers?|pilgrims?|visitors?|hostages?|"
    r"seafarers?|sailors?|crew members?|crew|crewmen|fishermen|pilots?|missionar(?:y|ies)|nurses?|"
    r"doctors?|teachers?|students?|employees?|contractors?|priests?|nuns?|reporters?|"
    r"correspondents?|photojournalists?|photographers?|camera(?:man|men)|colleagues?|"
    r"conservationists?|guides?|drivers?|businessm[ae]n|security guards?|"
    r"traders?|labou?rers?|migrants?|refugees?|asylum seekers?)\b"
)
#: People of a nationality by sex or age, among the dead or wounded: "kill Israeli woman",
#: "three young Israeli men were wounded" (only for the victims' nationality: "Pakistani
#: women" are as often the country's own people, which tell where it happened).
_NATIONAL_PEOPLE_EN = re.compile(
    r"\b([A-Z][\w-]+)\s+(?:teenage\s+|young\s+|elderly\s+)?"
    r"(?:wom[ae]n|girls?|boys?|teenagers?|teens?|couple|motorists?|men|man)\b"
)
#: A number of people named by their nationality: "neuf Chinois tués", "two Americans".
#: (English: the plural noun, "two Russian missiles" is the adjective; French writes the
#: noun with a capital, the adjective without)
_COUNTED_NATIONALS = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of)\s+"
    r"(?-i:([A-Z][a-z]+s))\b(?!\s+(?!(?:killed|were|was|dead|died|wounded|injured|among|"
    r"and|shot|have|had|are|in|at|on)\b)(?-i:[a-z]))"
    r"|\b(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs)\s+"
    # (young ones: « trois jeunes Israéliens »)
    r"(?:jeunes?\s+)?(?-i:([A-Z][a-zéèï]+))\b(?![-‑])"  # (not "75 Iranian-made drones")
    # (nor a nation's deeds counted: "3,000 Israeli violations of the truce")
    r"(?!\s+(?:violations|strikes|airstrikes|attacks|raids|drones|missiles|rockets|shells|"
    r"bombardments|incursions|frappes|attaques|tirs|soldiers|troops|soldats|militaires)\b)"
    # one person: "kill one Israeli, wound 11" (not by whom: "stabbed by a Palestinian")
    r"|\bone\s+(?-i:([A-Z][a-z]+))\b(?!\s+(?!(?:killed|was|died|dead|"
    r"wounded|injured|among|and|shot)\b)(?-i:[a-z]))(?!['’-])"
    # some of the dead by their nationality: "30 migrants, 26 of them Bangladeshi"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|most|many|all)\s+of\s+"
    r"(?:them|the dead|the victims|those killed)\s+(?:were\s+)?(?-i:([A-Z][a-z]+))\b",
    re.IGNORECASE,
)
_NATIONALS_FR_LOW = lowered(
    r"\b(?:touristes?|ressortissante?s?|citoyenne?s?|civils|humanitaires?|journalistes?|"
    r"ouvri(?:er|ère)s?|ingénieurs?|pèlerins?|visiteurs?|otages?|marins?|pêcheurs?|"
    r"membres? d['’]équipage|pilotes?|missionnaires?|infirmi(?:er|ère)s?|médecins?|"
    r"enseignants?|étudiants?|employés?|prêtres?|religieuses?|travailleu(?:r|se)s?|"
    r"reporters?|correspondant(?:e|s|es)?|photojournalistes?|photoreporters?|photographes?|"
    r"confrères?|collègues?|"
    r"cameram[ae]n|guides?|chauffeurs?|commerçants?|mineurs?|gardes de sécurité|"
    r"agents de sécurité|vigiles|"
    # the dead and the hurt, by their nationality: « quatre morts israéliens »
    r"morts|tués|blessés|victimes|femmes?|enfants?|adolescente?s?|"
    r"routiers?|migrants?|réfugiée?s?|demandeurs d['’]asile|exilée?s?)\s+"
    # (with a word of trade between: « un ouvrier agricole indien »)
    r"(?:(?:agricoles?|humanitaires?|étrangers?|saisonniers?)\s+)?"
    r"([\w-]+)\b",
)


#: A reporter told by the nationality of the outlet they work for: "a freelance correspondent for
#: the Russian daily Izvestia", « correspondant du quotidien russe Izvestia ».
_OUTLET_NATIONALS = re.compile(
    r"\b(?:correspondents?|reporters?|journalists?|camera(?:man|men)|photographers?|"
    r"photojournalists?)\s+(?:for|of|with|working for)\s+(?:the\s+)?(?:[a-z-]+\s+)?"
    r"([A-Z][\w-]+)\s+(?:state\s+)?(?:daily|newspaper|news agency|agency|channel|broadcaster|"
    r"television|radio|outlet|weekly|magazine)\b|"
    r"\b(?:correspondante?s?|reporters?|journalistes?|cameram[ae]n|photographes?|"
    r"photojournalistes?)\s+(?:du|de la|de l['’]|pour le|pour la)\s*(?:quotidien|journal|agence|"
    r"chaîne|télévision|radio|hebdomadaire|magazine)\s+(?:de presse\s+|publique\s+|d['’]État\s+)?"
    r"([a-zé]+)\b",
)
#: A civilian once of a nation's forces: "a former British soldier", « un ancien militaire
#: britannique ».
_FORMER_FORCES_NATIONALS = re.compile(
    r"\b(?:former|retired|ex-)\s*([A-Z][\w-]+)\s+(?:soldiers?|servicem[ae]n|marines?|"
    r"army officers?|police(?:m[ae]n| officers?))\b|"
    r"\b(?:anciens?|ex-)\s*(?:militaires?|soldats?|policiers?)\s+([a-zé]+)\b"
)
#: The victim's nationality told of them: "police said he was a Palestinian from the West
#: Bank", « la victime était un Palestinien ».
_VICTIM_WAS_NATIONAL = re.compile(
    r"\b(?:he|she|the (?:victim|dead man|dead woman|man killed|woman killed|deceased)) "
    r"(?:was|is) an? ([A-Z][a-z]+)\b(?!['’-])(?!\s+(?:[a-z]+\s+)?(?:soldier|officer|"
    r"policeman|policewoman|reservist|trooper|fighter|militant|member|commander|agent)s?\b)|"
    r"\b(?:il|elle|la victime|le défunt|la défunte) (?:était|est) une? ([A-Z][a-zéèï]+)\b"
)
#: (cheap tests before those patterns, on lower-cased text)
_TOLD_WHO_LOW = re.compile(r" (?:was|is) an? | (?:était|est) une? ")
_ONCE_SERVING_LOW = re.compile(_NOT_SERVING_HEAD)
#: People shot, for the victims' nationality: "a Jordanian national ..., was shot in the town".
_SHOT = re.compile(r"\bshot\b", re.IGNORECASE)
#: People taken away, for the victims' nationality.
_TAKEN = re.compile(
    r"\b(?:kidnap\w*|abduct\w*|hostages?|otages?|enl[eè]v\w+|seized|captured|rapt)\b",
    re.IGNORECASE,
)


def _foreign_victims(
    sentences: list[_Sentence], gazetteer: Gazetteer, country: str
) -> list[str]:
    """Civilians of other countries named among the dead or wounded in the first paragraphs."""
    return [
        civ for code in _victim_nationalities(sentences, gazetteer)
        if code != country and gazetteer.actor(civ := f"civilians-{code.lower()}") is not None
    ]


def _victim_nationalities(sentences: list[_Sentence], gazetteer: Gazetteer) -> list[str]:
    """The countries whose people are named among the dead, wounded or taken in the first
    paragraphs ("four Israelis killed", « deux touristes français »), not the attacker's
    ("l'assaillant, un Palestinien de Cisjordanie")."""
    found: list[str] = []
    for s in sentences:
        if s.background or (s.zone == "body" and s.paragraph > 3):
            continue
        # (the rarer forms only where their words are: cheap tests first)
        patterns: list[re.Pattern[str]] = []
        if lx.CASUALTY_WORDS.search(s.text) or _TAKEN.search(s.text) or _SHOT.search(s.text):
            patterns += [_NATIONALS_EN, _NATIONALS_FR_LOW, _COUNTED_NATIONALS,
                         _NATIONAL_PEOPLE_EN, _OUTLET_NATIONALS]
            if _ONCE_SERVING_LOW.search(s.low):
                patterns.append(_FORMER_FORCES_NATIONALS)
        if _TOLD_WHO_LOW.search(s.low):
            patterns.append(_VICTIM_WAS_NATIONAL)
        for pattern in patterns:
            for m in pattern.finditer(s.low if pattern is _NATIONALS_FR_LOW else s.text):
                if _ATTACKER_APPOSED.search(s.text, max(0, m.start() - 30), m.start()):
                    continue
                if _PERPETRATOR_AFTER.match(s.text, m.end()):
                    continue  # "A Palestinian employee opened fire inside a factory"
                group = next(i for i, g in enumerate(m.groups(), 1) if g)
                # ("a South Sudanese journalist" is no Sudanese)
                code = _demonym_between(s.text, m.start(group), m.end(group), gazetteer)
                if code and code not in found:
                    found.append(code)
        for m in _PEOPLE_OF_A_COUNTRY.finditer(s.text):
            code = _PEOPLE_COUNTRY[m.group(0).lower().rstrip("s")]
            if code not in found:
                found.append(code)
    return found


#: A people named where it lives as refugees, whose country is not named by it: Rohingya are
#: Myanmar's people in Bangladesh's camps ("seven Rohingya killed in a camp seminary"). (Not
#: among the gazetteer's nationalities, which also tell the country an event is in.)
_PEOPLE_COUNTRY = {"rohingya": "MM"}
_PEOPLE_OF_A_COUNTRY = re.compile(r"\b(?:" + "|".join(_PEOPLE_COUNTRY) + r")s?\b", re.IGNORECASE)


def _only_foreigners_hurt(sentences: list[_Sentence], gazetteer: Gazetteer, country: str) -> bool:
    """Whether the headline counts its victims as foreigners only: "Four Israelis killed as
    gunmen open fire near Eli" (in the West Bank), "neuf Chinois tués sur le site minier de
    Chimbolo" (no Central African among them). Not when it names others too ("three Chinese
    nationals among four killed", "five Chinese nationals, Pakistani driver killed")."""
    told = next((s for s in sentences if s.zone == "title"), None)
    if told is not None and not _victim_nationalities([told], gazetteer):
        # a headline that names no victims' nationality ("un père et son fils tués à Huwara,
        # l'armée israélienne traque le tireur"): the lead's first count of the dead tells it
        # ("Deux Israéliens, un père et son fils, ont été tués")
        told = next((
            s for s in sentences
            if s.zone == "lead" and not s.background and lx.CASUALTY_WORDS.search(s.text)
        ), None)
    if told is None:
        return False
    text = _WHO_APPOSED.sub("", told.text)
    if _OTHERS_TOO.search(_KIN_PAIR.sub("", text)):
        return False
    if not _victim_nationalities([_Sentence(text, told.weight, told.zone, told.paragraph,
                                            False)], gazetteer):
        return False
    if country in _victim_nationalities(
        [s for s in sentences if s.zone in ("summary", "lead") and s is not told], gazetteer
    ):
        return False  # the lead names the country's people too: "tuée avec un Nigérian"
    # (the attackers' nationality is no victims': "Palestinian gunmen kill Israeli woman")
    return all(
        code != country for start, end, code in _nationalities(text, gazetteer)
        if not _ATTACKER_AFTER.match(text, end) and not _ATTACKER_APPOSED.search(
            text, max(0, start - 30), start
        )
        # (nor the port's where a ship lay: "dans le port ukrainien d'Olvia", "at the
        # Ukrainian port of")
        and not _GROUND_NOUN_BEFORE.search(text, max(0, start - 14), start)
        and not _GROUND_NOUN_AFTER.match(text, end)
    )


#: (where a ship lay: a town's or a village's nationality tells its people, who may be the
#: victims: "Israeli raid on Syrian village kills 13")
_GROUND_NOUNS = r"ports?|waters|eaux|coast|côtes?|harbou?r"
#: A place's noun before its nationality (French): « le port ukrainien ».
_GROUND_NOUN_BEFORE = re.compile(r"\b(?:" + _GROUND_NOUNS + r")\s+$", re.IGNORECASE)
#: ... and after it (English): "the Ukrainian port of Olvia".
_GROUND_NOUN_AFTER = re.compile(r"\s+(?:" + _GROUND_NOUNS + r")\b", re.IGNORECASE)


#: After people named by nationality, what they did as attackers: "opened fire", « a ouvert
#: le feu ».
_PERPETRATOR_AFTER = re.compile(
    r"\s+(?:(?:who|qui)\s+)?(?:opened fire|attacked|stabbed|rammed|detonated|blew himself up|"
    r"a ouvert le feu|ont ouvert le feu|a attaqué|ont attaqué|a poignardé|"
    r"s['’]est fait exploser)\b",
    re.IGNORECASE,
)
#: Who the victims were, told between commas: ", un père et son fils,".
_WHO_APPOSED = re.compile(r",\s*(?:un|une|a|an)\s[^,;.]{0,60},")
#: An attacker after his nationality: "Palestinian gunmen", "Palestinian gunman".
_ATTACKER_AFTER = re.compile(
    r"\s+(?:gunm[ae]n|attackers?|assailants?|militants?|shooters?|bombers?|stabbers?)\b",
    re.IGNORECASE,
)


#: The victim's kin, of the victim's people: "Israeli teen killed, father and brother hurt".
_KIN_PAIR = re.compile(
    r"\b(?:(?:his|her|their|son|sa|ses|leur)\s+)?(?:" + KIN + r")s?\s+(?:and|et)\s+"
    # (counted: « sa femme et deux enfants »)
    r"(?:(?:his|her|their|son|sa|ses|leurs?|two|three|four|deux|trois|quatre|\d+)\s+)?"
    r"(?:" + KIN + r"|child|children|kids?|enfants?)s?\b",
    re.IGNORECASE,
)
#: Victims besides the ones a headline names: "among", "including", « dont », « parmi ».
_OTHERS_TOO = re.compile(
    r"\b(?:among|including|plus|dont|parmi|ainsi que|with)\b|"
    # (and another counted or told: "two Israelis and a Palestinian"; not "à la voiture-bélier
    # et au couteau")
    r"\b(?:and|et)\s+(?:\d+|an?|one|two|three|four|five|his|her|their|other|others|un|une|deux|"
    r"trois|quatre|cinq|son|sa|ses|leurs?|d['’]autres|des|several|plusieurs)\b",
    re.IGNORECASE,
)


#: The attacker told by his nationality: "le tireur, un Palestinien", "the gunman, a Jordanian".
_ATTACKER_APPOSED = re.compile(
    r"\b(?:tireur|assaillant|attaquant|agresseur|auteur|kamikaze|terroriste|gunman|attacker|"
    r"assailant|bomber|shooter|stabber|suspect)s?\s*,?\s*"
    # (told by a verb: « l'assaillant est un ressortissant marocain », "the attacker was a")
    r"(?:(?:est|était|serait|is|was)\s+)?(?:un|une|a|an|le|la|the)?\s*$",
    re.IGNORECASE,
)


_BANDITS = re.compile(r"\bbandits?\b", re.IGNORECASE)
#: The attackers called bandits further on: "The bandits reportedly attempted to gain
#: entrance", "killed two of the bandits", « les assaillants, présentés comme des bandits ».
_THE_BANDITS = re.compile(
    r"\b(?:the|these|those|of the|les|ces|comme des)\s+(?:armed\s+)?bandits\b|"
    r"\bbandits armés\b",
    re.IGNORECASE,
)


def _local_bandits(country: str, gazetteer: Gazetteer) -> str | None:
    """The registry's "Bandits (<country>)", if it lists the country's bandits."""
    land = gazetteer.place(f"c:{country}")
    if land is None:
        return None
    for actor_id in gazetteer.named(f"Bandits ({land.name})"):
        actor = gazetteer.actor(actor_id)
        if actor is not None and country in actor.countries:
            return actor_id
    return None


#: The attacker's own name for itself ("an army warplane", "Sudan's army"), no target.
_ATTACKER_WORDS = frozenset({"army", "military", "armée"})
#: A reporting verb right after a word of the forces: they are the source ("the army said",
#: « l'armée a indiqué »).
_SOURCE_AFTER_LOW = re.compile(
    # (with a co-source: "the Israeli army and rescue services said")
    r"(?:" + _CO_SOURCE + r"(?=\s+(?:said|ont indiqué|ont annoncé)\b))?"
    r"\s+(?:said|says|told|announced|stated|added|reported|confirmed|a indiqué|a annoncé|"
    r"a déclaré|a affirmé|a précisé|a confirmé|indique|annonce|précise)\b"
    # (not when it tells of itself: "the army says it foiled a coup", "its troops")
    r"(?!(?:\s+(?:on|le|ce)\s+\w+)?(?:\s+that)?\s+(?:it|its|they|their|troops|soldiers|qu['’]il|"
    r"qu['’]elle|ses|avoir)\b)"
)
#: ... the police as the source, told a place on: "police in Garissa said" (``_police_acting``).
_POLICE_SAID_AFTER = re.compile(
    r"^\w*(?:\s+(?:in|at|de|à)\s+[\w'’-]+)?" + _SOURCE_AFTER_LOW.pattern
)


def _forces_not_hit(low: str, m: re.Match[str]) -> bool:
    """Whether the forces' word ``m`` (in lower-cased ``low``) tells no side hit: the army as
    the report's source ("…near Dolev, the army said"), or forces sent after the event."""
    return bool(
        (m.group(0) in _ATTACKER_WORDS and _SOURCE_AFTER_LOW.match(low, m.end()))
        or _PURSUIT_AFTER_LOW.match(low, m.end())
        # a disguise: "gunmen in army uniforms"
        or _UNIFORM_AFTER.match(low, m.end())
        # a soldier no longer serving: "a former British soldier"
        or _NOT_SERVING_BEFORE_LOW.search(low, max(0, m.start() - 24), m.start())
    )


#: Forces sent after the event, who were not hit by it: "troops set up roadblocks", "soldiers
#: are searching nearby villages", « l'armée a bouclé le secteur ».
_PURSUIT_AFTER_LOW = re.compile(
    r"\s+(?:(?:are|were|have|had|has)\s+)?(?:(?:been|later|then|quickly|immediately)\s+)?"
    r"(?:search\w*|set up roadblocks|launched a (?:manhunt|search)|cordon\w*|comb\w*|"
    r"hunt\w*|pursu\w*|sealed off|deployed to|ont bouclé|a bouclé|ratiss\w*|traqu\w*|"
    r"recherch\w*|poursui\w*)\b"
)
#: One officer: among the dead of a crowd, not what the attack hit ("52 killed at a procession;
#: a senior police officer was among the dead")
_ONE_OFFICER = frozenset({"police officer", "policeman", "policier", "gendarme"})


def _military_target(text: str) -> bool:
    """Whether soldiers, bases or police are what was hit. A market, a hospital or a block of
    flats named as the target leaves the bare words "army" and "military" to the attacker
    ("an army warplane bombed a crowded market")."""
    low = text.lower()
    hits = [
        hit for m in lx.MIL_TARGET_LOW.finditer(low)
        if (hit := m.group(0)) not in _ONE_OFFICER and not _forces_not_hit(low, m)
    ]
    if not hits:
        return False
    if hits[0] not in _ATTACKER_WORDS or not _CIVILIAN_SITE.search(text):
        return True
    return any(hit not in _ATTACKER_WORDS for hit in hits)


_CIVILIAN_SITE = re.compile(
    r"\b(?:market|marché|hospital|hôpital|school|école|church|église|mosques?|mosquée|"
    r"apartment (?:block|building)s?|immeubles?|residential|résidentiel\w*|shopping|"
    r"supermarket|supermarché|theat(?:er|re)|théâtre|printing house|imprimerie|camps? for "
    r"(?:the )?displaced|camps? de déplacés)\b",
    re.IGNORECASE,
)


def _blank_actors(
    sentence: _Sentence, keep: Callable[[str], bool] = lambda _: False
) -> str:
    """The sentence with the names of actors blanked out (but those ``keep`` keeps)."""
    text = sentence.text
    for m in sorted(
        (m for m in sentence.mentions if m.kind == "actor" and not keep(m.id)),
        key=lambda m: m.start,
        reverse=True,
    ):
        text = text[: m.start] + " " * (m.end - m.start) + text[m.end :]
    return text


def _officially_stated(sentence: _Sentence, gazetteer: Gazetteer) -> bool:
    """Whether an official is the source of a statement: the official word sits next to the
    reporting verb ("officials said", "selon le ministère"), not anywhere in the sentence
    ("a military depot ..., residents said"), and is not an armed group's name ("the Arakan
    Army said")."""
    text = _blank_actors(sentence, keep=lambda a: _is_authority(a, gazetteer))
    for verb in lx.REPORTING_LOW.finditer(lower_same_length(text)):
        reach = 50
        if (named := _NAME_APPOSED.search(text, max(0, verb.start() - 45), verb.start())):
            # (the speaker's name told after his title: "the governor of Dnipropetrovsk
            # region, Valentyn Reznichenko, said")
            reach += verb.start() - named.start()
        near = text[max(0, verb.start() - reach) : verb.end() + 70]
        if verb.group(0).lower().startswith(("blamed", "accus")):
            # (whom one blames or accuses is no source: "residents blamed the army", « un
            # comité qui accuse l'armée »)
            near = text[max(0, verb.start() - 50) : verb.start()]
        low = lower_same_length(near)
        at = verb.start() - max(0, verb.start() - reach)  # the verb's place in ``near``
        if any(
            not _NO_SPEAKER_AFTER_LOW.match(low, m.end())
            # (nor one inside the quote that the speaker said: "« L'armée fait cela exprès »,
            # a déclaré un habitant")
            and not (m.end() <= at and _QUOTE_CLOSED.search(near, m.end(), at))
            # (nor the one the speaker blames: "a lawyers' group said on Monday, blaming the
            # army")
            and not (m.start() > at and lx.BLAME.search(low, at, m.start()))
            for m in lx.OFFICIAL_LOW.finditer(low)
        ) or lx.OFFICIAL_NAMES.search(near):
            return True
    return False


#: The end of a quotation.
_QUOTE_CLOSED = re.compile("[»”\"]")
#: A person's name in commas right before the reporting verb.
_NAME_APPOSED = re.compile(r",\s+(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+,\s*$")


#: An official word that names a thing, not a speaker: "a military jet bombed", "attacking
#: government offices and the police station" (and "junta-controlled territory", told by the
#: hyphen).
_NO_SPEAKER_AFTER_LOW = re.compile(
    r"-(?:controlled|held|run|backed|allied|aligned|linked)\b|"
    r"\s+(?:jets?|aircraft|planes?|warplanes?|helicopters?|drones?|convoys?|vehicles?|trucks?|"
    r"stations?|posts?|offices|buildings?|compounds?|bases?|camps?|checkpoints?|"
    r"barracks|positions?|operations?|offensive|strikes?|raids?|uniforms?|avions?|hélicoptères?|"
    r"véhicules?|camions?|bureaux|bâtiments?|casernes?)\b"
)


#: Denying a part in it, not that it happened.
_DENIED_PART_LOW = lowered(
    r"\bden(?:y|ies|ied|ying) (?:any |all |direct )?(?:involvement|responsibility|role)|"
    r"\b(?:reject\w*|rejett\w+|a rejeté|ont rejeté) (?:toute |any |all )?(?:responsabilité|"
    r"responsibility|implication|involvement)|\b(?:dément\w*|nie|nient|a nié|ont nié) "
    r"(?:toute )?(?:implication|responsabilité)|\b(?:nothing to do|rien à voir) (?:with|avec)\b|"
    r"\b(?:rejette\w*|a rejeté|ont rejeté|rejects?|rejected) (?:les |the |these |ces |des )?"
    r"(?:accusations?|allegations?|charges?)\b|" + lx.NOT_BEHIND,
)
#: A denial in a relative clause: "..., ce que l'armée a démenti", "..., which the army denied".
_RELATIVE_DENIAL = re.compile(
    r"\b(?:ce que|ce qu['’]|which|what)\s+(?:[\w'’-]+\s+){0,4}?(?:a|ont|has|have|had)?\s*"
    r"(?:démenti|nié|denied|denies|deny|rejected|rejeté)\b",
    re.IGNORECASE,
)
#: A denial a state always makes, no denial of this event (on lower-cased text): "Moscow,
#: which denies targeting civilians", « Moscou, qui dément viser les civils ».
_STANDING_DENIAL = re.compile(
    r"\b(?:denies|deny|denied|dément|démentent|nie|nient)\s+(?:ever\s+|toujours\s+)?"
    r"(?:targeting|attacking|striking|viser|cibler|frapper|s['’]en prendre (?:à|aux))\s+"
    r"(?:the\s+|les\s+|des\s+)?(?:civilians|civils|civilian|population)"
)
#: A denial taken back (on lower-cased text): « après avoir dans un premier temps démenti »,
#: "after initially denying", "had earlier denied" (the admission is today's news).
_EARLIER_DENIAL = re.compile(
    r"\b(?:après avoir|after|having)\s+(?:d['’]abord\s+|dans un premier temps\s+|initially\s+|"
    r"first\s+|earlier\s+)?(?:démenti|nié|denying|denied)\b|"
    r"\b(?:had|avait|avaient)\s+(?:initially|earlier|first|d['’]abord|dans un premier temps)\s+"
    r"(?:denied|démenti|nié)\b"
)
#: A headline closing on the denial: "..., Kiev dément", "...; M23 denies".
_TITLE_DENIAL = re.compile(r"\b(?:dément|démentent|denies|deny)\s*$", re.IGNORECASE)


def _status(
    sentences: list[_Sentence], claim: _Claim, claim_sentences: set[int], gazetteer: Gazetteer
) -> Status:
    head = [
        (i, s) for i, s in enumerate(sentences)
        if not s.background and (s.zone != "body" or s.paragraph <= 2)
    ]
    denials = [
        s for _, s in head
        if (lx.DENIAL_LOW.search(s.low) and not (
            # "..., ce que l'armée a démenti" after the lead denies a detail, not the event
            s.zone == "body" and _RELATIVE_DENIAL.search(s.text)
        ) and not _STANDING_DENIAL.search(s.low) and not _EARLIER_DENIAL.search(s.low)) or (
            s.zone == "title" and _TITLE_DENIAL.search(s.text)
        )
    ]
    if denials:
        # a part denied in what the event answered is no denial of the event: "Israel pounded
        # the south in response to rocket fire ... Hezbollah denied any involvement in the
        # rocket fire"
        causes = {
            w for _, s in head for m in _CAUSE_OF.finditer(s.text)
            for w in _WORD.findall(m.group(1).lower()) if len(w) > 4
        }
        denials = [
            s for s in denials
            if not (
                (part := _DENIED_OBJECT.search(s.text)) is not None and causes
                & {w for w in _WORD.findall(part.group(1).lower()) if len(w) > 4}
            )
        ]
    # a group claiming it while another party denies any part in it ("IS claims it; the
    # Taliban deny involvement") is a claim; denying the event itself ("the army denies the
    # base fell") is a denial
    # (nor is a group denying any part in an attack the report ties it to nowhere else:
    # "L'attaque n'a pas été revendiquée. Les talibans ont nié toute implication.")
    if denials and not (
        all(_DENIED_PART_LOW.search(s.low) for s in denials) and (
            (claim.claimed and claim.claimant and _is_armed_group(claim.claimant, gazetteer))
            or _deniers_only(sentences, denials, gazetteer)
        )
    ):
        return Status.DENIED
    official = claim.by_state or any(
        _officially_stated(s, gazetteer) for _, s in head if s.zone != "title"
    )
    # a group's claim outweighs the officials who confirm the attack (a state that says it
    # struck confirms the strike: its word is official), unless the report tells the group's
    # deed as a fact, in the headline or the lead, outside the claim: "Houthi missile kills
    # three crew ..., the US military said. The Houthis claimed the attack." is confirmed
    if claim.claimed and not (claim.claimant is None and claim.by_state) and not (
        official and _author_told(sentences, claim.claimant, claim_sentences, gazetteer)
    ):
        return Status.CLAIMED
    # the report itself saying it could not verify outweighs the officials it quotes (but
    # not a video, a claim or a figure it could not verify: "Nile Wire could not independently
    # verify the videos. The army said in a statement ...")
    if any(
        (unverified := lx.UNCONFIRMED_LOW.search(s.low)) is not None and not (
            official and _DETAIL_UNVERIFIED.search(
                s.low, max(0, unverified.start() - 60), unverified.end() + 40
            )
        )
        for _, s in head
    ):
        return Status.UNCONFIRMED
    if official and not any(
        _EVENT_UNVERIFIED.search(s.low) for s in sentences
        if s.zone == "body" and s.paragraph > 2 and not s.background
    ):
        return Status.CONFIRMED
    if any(
        lx.UNCONFIRMED_LOW.search(s.low) for s in sentences
        if s.zone == "body" and s.paragraph > 2 and not s.background
    ):
        # with no official to quote, a report that says further down it could not verify what
        # witnesses told is unconfirmed
        return Status.UNCONFIRMED
    return Status.REPORTED


#: The event itself said unverified further down (on lower-cased text): "The abduction could
#: not be independently verified", « l'attaque n'a pas pu être vérifiée de source
#: indépendante » (not a figure or a video: "the toll could not be verified").
_EVENT_UNVERIFIED = re.compile(
    r"\b(?:the|this|l['’]|cette|cet)\s*(?:attack|abduction|kidnapping|strike|killings?|"
    r"incident|raid|ambush|bombing|shooting|attaque|enlèvement|frappe|embuscade|attentat|"
    r"tuerie)s?\s+(?:could|can|has|have|had|n['’]a|n['’]ont|ne pouvait|ne peut)\b[^.;]{0,30}?"
    r"(?:verifi|vérifi|confirm)"
)


def _author_told(
    sentences: list[_Sentence], claimant: str | None, claim_sentences: set[int],
    gazetteer: Gazetteer,
) -> bool:
    """Whether the headline or the lead names the claimant as the author, outside its claim."""
    if claimant is None:
        return False
    for i, s in enumerate(sentences):
        if i in claim_sentences or s.background or not (
            s.zone == "title" or (s.zone == "lead" and s.weight >= 3.0)
        ):
            continue
        named = {m.id for m in s.mentions if m.kind == "actor"}
        named.update(_nation_forces(s, gazetteer))
        if claimant in named:
            return True
    return False


#: A detail the report could not verify, not the event (on lower-cased text).
_DETAIL_UNVERIFIED = re.compile(
    r"\b(?:videos?|footage|images?|photos?|authenticity|claims?|figures?|tolls?|allegations?|"
    r"accounts?|vidéos?|revendications?|affirmations?|chiffres?|bilans?|informations|"
    r"allégations|propos|"
    # a proposition of it: "the military has not confirmed that any air-defence equipment was
    # damaged"
    r"confirmed that|confirmé qu['’]?e?|"
    # what was just said: "José aurait été blessé, ce qui n'a pu être vérifié", "..., which
    # could not be verified"
    r"ce qui|which)\b"
)


#: What an event answered: "in response to rocket fire from Lebanon", « en riposte à des tirs
#: de roquettes ».
_CAUSE_OF = re.compile(
    rf"\b{lx.REPRISAL_FOR}\s+([^.;,]{{3,60}})",
    re.IGNORECASE,
)
#: What a party denied any part in: "denied any involvement in the rocket fire".
_DENIED_OBJECT = re.compile(
    r"\b(?:(?:involvement|responsibility|role|implication|responsabilité)\s+(?:in|for|dans|"
    r"de|du|des)|à l['’]origine (?:de|des|du))\s+([^.;,]{3,60})",
    re.IGNORECASE,
)


def _deniers_only(
    sentences: list[_Sentence], denials: list[_Sentence], gazetteer: Gazetteer
) -> set[str]:
    """The armed groups that deny any part in the event and that the report names nowhere
    but in their denial; empty if a state denies, or a denier is named elsewhere (blamed,
    said to have fired)."""
    deniers: set[str] = set()
    for s in denials:
        verb = lx.DENIAL_LOW.search(s.low)
        if verb is None or lx.BLAME.search(s.text) or _ACCUSED.search(s.text):
            return set()  # ("Ghani accused the Taliban, who denied any involvement")
        # (the one who denies is named before the verb; "saying a rocket fired by Islamic
        # Jihad" after it is whom the denier blames)
        if any(m.kind == "place" and m.end <= verb.start() for m in s.mentions):
            return set()  # "Israel denied", "Kyiv denies": a state
        deniers.update(m.id for m in s.mentions if m.kind == "actor" and m.end <= verb.start())
    if not deniers or not all(_is_armed_group(a, gazetteer) for a in deniers):
        return set()
    if any(
        m.kind == "actor" and m.id in deniers
        for s in sentences
        if (s.zone != "body" or s.paragraph <= 2) and not any(s is d for d in denials)
        for m in s.mentions
    ):
        return set()
    return deniers


def _claimed_by(claim: _Claim, actors: list[str], gazetteer: Gazetteer) -> str | None:
    """The claimant among the actors; a claim by an umbrella ("Islamic State claims") goes to
    its member named as the actor (its Khorasan province)."""
    for claimant in _units_as_their_organisation(
        [c for c in (claim.claimant, claim.state_claimant) if c], gazetteer
    ):
        if claimant in actors:
            return claimant
        member = next(
            (a for a in actors if claimant in gazetteer.actor_ancestors(a)[1:]), None
        )
        if member:
            return member
    return None


#: "an operation under way since Tuesday" after the lead: when something began, not the day of
#: the event the lead tells (in the lead, "fighting since Thursday" dates the event itself)
#: What is planned or mourned has its own day ("a day of mourning was declared for Friday",
#: "funerals will be held on Friday"): that day does not date the incident.
_ANOTHER_DAY = re.compile(
    r"\b(?:mourning|deuil|funerals?|funérailles|obsèques|inhumations?|(?:to|will) be held|"
    r"se tiendr\w+|aura lieu|auront lieu|scheduled|prévue?s?|"
    # a call to march again: "appellent à de nouveaux rassemblements dimanche"
    r"appel(?:le|lent|é|ait|aient) à|a appelé à|ont appelé à|call(?:s|ed)? for|urged|"
    # what people plan: "Residents plan a march on Thursday", "have called a march for Thursday"
    r"plan(?:s|ned|ning)?|called an? (?:[\w-]+ ){0,2}?for)\b"
    r"[^.;]{0,40}?\b(?:"
    + lx.DAYS + r")\b|"
    # a day to come told before what is planned for it: "ahead of Saturday's planned aid
    # delivery", "before Sunday's scheduled vote"
    r"\b(?:ahead of|before)\s+(?:" + lx.DAYS + r")['’]s\s+(?:planned|scheduled|expected|"
    r"upcoming)\b",
    re.IGNORECASE,
)
_ANOTHER_DAY_WORDS = ("mourn", "deuil", "funer", "obsèques", "inhum", "held", "tiendr",
                      "aura lieu", "auront lieu", "schedul", "prévu", "appel", "call", "urged",
                      "plan", "expected", "upcoming")


_PLUPERFECT_FR = re.compile(
    r"\b(?:avaient|avait|s['’]étaient|s['’]était)\s+(?:été\s+)?(?:[\w-]+\s+)?"
    r"[\w-]+(?:é|ée|és|ées|u|us|ue|ues|is|it|its|ite|ites|int)\b"
)


#: The registry's settlers of the West Bank.
_SETTLERS = "israeli-settlers"
#: A headline's count of the dead: "kills at least 13", « au moins 14 morts ».
_COUNTED_DEAD = re.compile(
    r"\b(?:\d+|dozens|scores|hundreds|dizaines|centaines)\b[^.;:]{0,25}?\b(?:kill\w*|dead|"
    r"morts?|tués?|personnes|people)\b|\b(?:kill\w*|tue|tuent|toll rises to|s['’]alourdit à)\s+"
    r"(?:at least |au moins |more than |plus de )?\d+\b",
    re.IGNORECASE,
)
#: Where people live or are treated: a strike there is on civilians, even one that hurt nobody.
_HOMES_HIT = re.compile(
    r"\b(?:residential|apartment (?:block|building)s?|(?:immeubles?|tours?|bâtiments?) "
    r"(?:d['’]habitation|résidentiels?)|hospitals?|hôpital|hôpitaux)\b",
    re.IGNORECASE,
)


def _another_day_out(text: str) -> str:
    low = text.lower()
    if any(w in low for w in _ANOTHER_DAY_WORDS):
        return _ANOTHER_DAY.sub("", text)
    return text


#: The day of what an attack avenges: "as revenge for a deadly New Year's Day attack", "in
#: response to Saturday's explosion on the bridge", "responded to Friday's rocket attack".
_REPRISAL_DAY = re.compile(
    r"\b(?:riposte|reprisal|retaliat\w*|représailles|revenge|vengeance|response|réponse|"
    r"responded to|responding to|respond to|avenge\w*|venger)\b"
    r"[^.;]{0,90}?\b(?:" + lx.DAYS + r"|new year['’]s (?:day|eve)|christmas(?: day| eve)?|"
    r"noël|nouvel an|saint-sylvestre)\b",
    re.IGNORECASE,
)
_SINCE_DAY = re.compile(
    r"\b(?:since|depuis)\s+(?:" + lx.DAYS + r")\b|"
    # the same hour told in GMT, the day before: "shortly after 1 a.m. (2200 GMT on Wednesday)"
    r"\(\s*\d{1,2}[:.h]?\d{2}\s*(?:GMT|UTC)(?:\s+on)?\s+(?:" + lx.DAYS + r")\s*\)|"
    # earlier strikes the report recalls by their day: "fled after Israeli strikes on Friday
    # and on Tuesday killed commanders", "une « riposte » au raid de jeudi à Jénine"
    r"\b(?:after|following|après|suite à)\s+(?:the\s+|les?\s+|la\s+|l['’]|des\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:strikes|attacks|raids|bombings|frappes|attaques|bombardements)\b"
    r"[^.;]{0,40}?\b(?:" + lx.DAYS + r")\b(?:\s*(?:,|and|et|or|ou)\s+(?:on\s+|le\s+)?(?:"
    + lx.DAYS + r")\b)*|"
    + _REPRISAL_DAY.pattern + r"|"
    # the day a campaign began: "as part of an offensive launched on Saturday to clear Beit
    # Hanoun", « une offensive lancée samedi »
    # (not an assault's or operation's own start: "the assault began on Friday evening")
    r"\b(?:offensive|campaign|campagne)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:launched|began|begun|started|lancée?|entamée?|commencée?|déclenchée?)\s+"
    r"(?:on\s+|le\s+|since\s+|depuis\s+)?(?:" + lx.DAYS + r")\b|"
    # "... the deputy governor, who was killed on Tuesday when ...": another event's day
    r"\b(?:who|whom|qui)\s+(?:had |has |was |were |avait |a |ont |avaient )?(?:been |été )?"
    r"[^,.;]{0,50}?\b(?:" + lx.DAYS + r")\b",
    re.IGNORECASE,
)


# -- entry point ---------------------------------------------------------------------------------


def extract(article: Article, gazetteer: Gazetteer) -> Extraction:
    """Read one article into incident fields.

    Args:
        article: the article as ingested (any field may be empty, HTML or very long).
        gazetteer: places and actors (``get_gazetteer()``).

    Returns:
        The extraction; ``is_incident=False`` with empty fields for anything that is not a
        specific new violent event.
    """
    title = clean_text(article.title, max_chars=2_000).replace("\n", " ")
    summary_paragraphs = paragraphs(clean_text(article.summary, max_chars=_MAX_BODY_CHARS))
    body_text = clean_text(article.body, max_chars=_MAX_BODY_CHARS * 4)
    if not body_text and len(summary_paragraphs) > 2:
        # a feed that carries the whole story in its description: it is the body, with its
        # lead and its background paragraphs, not a summary to be weighed as a whole
        body_text, summary_paragraphs = "\n\n".join(summary_paragraphs), []
    summary = " ".join(summary_paragraphs)[:5_000]
    if len(body_text) > _MAX_BODY_CHARS:
        logger.info("article %s: body cut from %d to %d characters", article.id,
                    len(body_text), _MAX_BODY_CHARS)
        body_text = body_text[:_MAX_BODY_CHARS]
    body = paragraphs(body_text)[:_MAX_PARAGRAPHS]
    if body and title and body[0].strip().lower() == title.strip().lower():
        body = body[1:]  # feeds often repeat the headline as the first line
    language = detect_language(" ".join(body) or summary or title)
    dateline = ""
    if body:
        dateline, body[0] = _strip_dateline(body[0])
    sentences = _sentences(title, summary, body)
    if not sentences:
        return Extraction(is_incident=False, language=language)
    protest = _protest_told(sentences)
    follow_up = not _is_incident(sentences, protest)
    if follow_up and not _follows_up(sentences):
        return Extraction(is_incident=False, language=language)
    for s in sentences:
        s.mentions = gazetteer.scan(s.text)
    _establishments_out(sentences)
    _acronyms_of_others(sentences)
    _glossed_short_forms(sentences)
    _peoples_not_provinces(sentences, gazetteer)
    _quarters_out(sentences, gazetteer)
    _short_forms_of_told_names(sentences, gazetteer)
    _shared_forces(sentences, gazetteer)
    _communities_at_odds(sentences, gazetteer)
    _areas_named_as_such(sentences, gazetteer)
    _fit_containers(sentences, gazetteer)
    _prefer_neighbours(sentences, gazetteer)
    _namesake_where_its_places_lie(sentences, gazetteer)
    named = _prefer_named_countries(sentences, gazetteer)
    _prefer_where_its_places_lie(sentences, gazetteer, named)
    home = _lone_namesake_abroad(sentences, gazetteer, named)
    _namesake_outside_named_province(sentences, gazetteer)
    event = _event_type(sentences, gazetteer)
    if event[1] == "Shelling/artillery/missile attack" and _launched_from_the_air(sentences):
        event = ("Explosions/Remote violence", "Air/drone strike")
    if event[1] == "Remote explosive/landmine/IED" and (
        _bomber_told(sentences, gazetteer) or _vehicle_bomb_then_assault(sentences)
    ):
        event = ("Explosions/Remote violence", "Suicide bomb")
    if protest:
        event = ("Protests", "Peaceful protest")  # (a march told with no violence at all)
    if event[0] == "Riots" and _militia_crowd(sentences, gazetteer):
        event = ("Violence against civilians", "Attack") if any(
            _KILLED.search(s.text) for s in sentences if s.zone in ("title", "lead")
        ) else ("Riots", "Mob violence")
    place, country = _choose_place(sentences, gazetteer, dateline, named)
    if country is None and home is not None:
        place, country = home, home.country
    if country and (place is None or place.level == "country"):
        place = _spelt_another_way(sentences, gazetteer, country) or place
    place = _settlement(place, gazetteer)
    _prefer_local_actors(sentences, country, gazetteer)
    _unnamed_foreign_forces_out(sentences, country, named, gazetteer)
    locality = _unlisted_locality(sentences, gazetteer, place)
    if locality and place is not None and (town := _spelt_otherwise(locality, place, gazetteer)):
        place, locality = town, None  # "Serguiïvka" near Odesa is Serhiivka
    elif locality and place is not None and _names_the_chosen(locality, place, gazetteer):
        locality = None  # « le district de Moudiyah » is the chosen Mudiyah
    if locality and place is not None and (
        area := _area_of(locality, sentences, gazetteer, place)
    ):
        # the locality's own area, told beside it, places it better than a town the report
        # names for another reason ("gunned down near Rakhni, in Barkhan district" in a story
        # of the victims' funerals in Faisalabad)
        place = area
    claim, claim_sentences = _claim(sentences, gazetteer, country, event)
    actors = _actors(sentences, claim, claim_sentences, gazetteer, country, event)
    lead = [
        s for s in sentences
        if not s.background and (s.zone != "body" or s.paragraph <= 1)
    ]
    if article.published.date() >= _FULL_SCALE_WAR:
        actors = _russia_ukraine_sides(actors, sentences, lead, gazetteer, country, event, place)
    else:
        actors = _donbas_republics(actors, lead, country, event, place)
    actors = _israels_strike(actors, gazetteer, country, event, place)
    if event[0] == "Explosions/Remote violence" and country != "YE":
        actors = _houthis_launch(actors, lead)
    if country == "AF" and article.published.date() >= _TALIBAN_RULE and "taliban" in actors:
        actors = _taliban_in_power(actors, lead)
    elif article.published.date() < _TALIBAN_RULE and _AF_FORCES in actors:
        actors = _taliban_before_power(actors, lead)
    if country == "PS" and _PS_POLICE in actors:
        actors = _police_of_the_west_bank(actors, sentences)
    actors = _ship_crew(actors, sentences, lead, gazetteer, country)
    actors = _without_responders(actors, lead, gazetteer, event)
    actors = _known_insurgents(actors, lead, gazetteer, country, place, event)
    actors = _province_branch(actors, gazetteer, place)
    actors = _units_as_their_organisation(actors, gazetteer)
    event = _from_the_air(event, actors, lead, country)
    if event[1] == "Non-state actor overtakes territory" and _states_only(actors, gazetteer) and (
        not any(_REBELS.search(s.text) for s in lead if not s.background)
    ):
        # ground taken in a war between states ("Russia says its forces captured Soledar;
        # Kyiv says fighting goes on") is a battle between their armies (not ground rebels
        # take from a state its ally bombs for: "rebels seize Saraqib; Russian jets strike")
        event = ("Battles", "Armed clash")
    if (
        event[1] == "Air/drone strike" and country in _STATE_ONLY_AIR
        and not any(_is_state(a, gazetteer) or _is_armed_group(a, gazetteer) for a in actors)
        and (forces := _force_actor(country, gazetteer)) is not None
    ):
        # an air or drone strike whose author the report leaves untold, where only the state
        # flies: the state's ("Drone strike kills 16 in Amhara village", "Airstrike hits
        # Sagaing monastery")
        actors = [forces, *actors]
    if (
        country and actors
        and (
            (event[0] == "Violence against civilians"
             and all(a.startswith(VICTIMS) for a in actors))
            # (inmates killed in a fight among prisoners: the ones who killed them are unnamed)
            or (event[0] == "Battles" and all(a.startswith("prisoners-") for a in actors))
        )
        and (unknown := _unnamed_group(country, gazetteer)) is not None
    ):
        # civilians attacked by nobody the report names: someone did it ("the mayor of
        # Camilo Ponce Enríquez was shot dead on Wednesday, police said"), the insurgency's
        # where one holds the field ("separatist fighters killed their traditional ruler")
        actors = _known_insurgents(
            [unknown, *actors], lead, gazetteer, country, place, event, told_only=True
        )
    claimant = _claimed_by(claim, actors, gazetteer)
    if (
        claimant is not None and _is_armed_group(claimant, gazetteer)
        and not claimant.startswith(UNIDENTIFIED_GROUP)
    ):
        # the group that claimed the attack is the one the report could not name at first
        # ("un groupe armé" in Lioubetchane, then the Russian Volunteer Corps claims it)
        actors = [a for a in actors if not a.startswith(UNIDENTIFIED_GROUP)]
    status = _status(sentences, claim, claim_sentences, gazetteer)
    if status != Status.DENIED:
        # (a denial's own account is not the fight: "Yaoundé says its patrol came under fire")
        event = _fought_back(event, actors, lead, gazetteer)
    if event == ("Violence against civilians", "Attack") and any(
        _FORCES_DEAD.search(s.text) for s in lead if s.zone != "body"
    ):
        # "Seize militaires et huit civils ont été tués dans une attaque", "five jawans killed":
        # an attack that killed soldiers or policemen is a fight with the forces
        event = ("Battles", "Armed clash")
    if (
        event == ("Violence against civilians", "Attack") and country
        and any(_RAID_ON_GANGS.search(s.text) for s in lead if not s.background)
        and (police := _police_actor(country, gazetteer)) is not None
    ):
        # "a police operation against drug traffickers in the Jacarezinho favela", « une
        # opération policière contre des trafiquants »: the police fought a gang, whose dead
        # are its men
        event = ("Battles", "Armed clash")
        actors = [a for a in actors if a != f"civilians-{country.lower()}"]
        if not any(_is_armed_group(a, gazetteer) for a in actors) and (
            gang := _unnamed_group(country, gazetteer)
        ) is not None:
            actors.append(gang)
        if not any(_is_state(a, gazetteer) for a in actors):
            actors.append(police)
    if (
        event[0] == "Violence against civilians" and country
        and (police := _police_actor(country, gazetteer)) is not None and police not in actors
        and any(_POLICE_KILLED_ATTACKERS.search(s.text) for s in lead if not s.background)
    ):
        # the police that fought the attackers off are a side: "police kill four attackers",
        # « les policiers ont abattu deux assaillants »
        actors = [*actors, police]
    counted = [
        s.text for s in sentences
        if not s.background and (s.zone != "body" or s.paragraph <= 2)
    ]
    if event[0] in ("Protests", "Riots"):
        # the dead a crowd rose over are not its own ("riot after three people were shot dead
        # the previous evening")
        counted = [_PROTESTED.sub(" ", t) for t in counted]
    toll = casualties(
        counted,
        headline=sum(1 for s in sentences if s.zone == "title" and not s.background),
        victims_only=event[0] != "Battles",
        # (the militants a strike killed are its victims: "U.S. airstrike kills 52 al-Shabaab
        # militants")
        remote=event[1] in ("Air/drone strike", "Shelling/artillery/missile attack"),
    )
    if toll.fatalities is None or toll.injured is None:
        # "« Il n'y a pas de victimes », a précisé le responsable, indiquant que les employés
        # avaient été évacués": a nil toll told beside another time is still this one's
        nil = nil_toll(
            # (told further down too, outside the background: « Aucune victime n'a été
            # signalée », after the account of a riot)
            [s.text for s in sentences
             if s.zone != "body" or s.paragraph <= 2 or (s.paragraph <= 4 and not s.background)],
            lead=[s.text for s in sentences
                  if not s.background and s.zone in ("title", "summary", "lead")],
        )
        toll = Casualties(
            toll.fatalities if toll.fatalities is not None else nil.fatalities,
            toll.injured if toll.injured is not None else nil.injured,
        )
    if place is not None and place.level in ("city", "site") and toll.fatalities and (
        here := _toll_at(sentences, place, locality)
    ) is not None and here < toll.fatalities:
        # a wider toll and the place's part of it: "près de 100 manifestants tués ce week-end,
        # dont une trentaine à Bahir Dar" (the event is Bahir Dar's)
        toll = Casualties(here, toll.injured)
    if _property_only(sentences, event, toll.fatalities, toll.injured):
        event = ("Strategic developments", "Looting/property destruction")
    if _SETTLERS in actors and "civilians-ps" in actors:
        # settlers who storm a Palestinian village hurt its people; the Israelis the report
        # names are the settlers, or the missing teen they set out to avenge
        actors = [a for a in actors if a != "civilians-il"]
    if (
        event[0] == "Explosions/Remote violence" and toll.fatalities == 0 and toll.injured == 0
        and country and not any(_HOMES_HIT.search(s.text) for s in lead)
    ):
        # a strike or a blast that hurt nobody has no victims ("drones hit a fuel depot near
        # Lviv, no casualties"), unless it hit where people live or are treated
        actors = [a for a in actors if a != f"civilians-{country.lower()}"]
    # the lead often dates the statement ("said on Tuesday"); the event's own day may come in
    # the next paragraphs, in a sentence that narrates the violence itself
    head_dated = [
        s.text for s in sentences
        if s.zone in ("title", "summary") or (s.zone == "lead" and not s.background)
    ]
    next_paragraphs = [
        s for s in sentences if s.zone == "body" and s.paragraph <= 2 and not s.background
    ]
    body_dated = [
        _another_day_out(_SINCE_DAY.sub("", s.text)) for s in next_paragraphs
        if lx.VIOLENCE_LOW.search(s.low)
        # (French tells an earlier event in the pluperfect: « Vendredi, plus de trente roquettes
        # s'étaient abattues sur une base »)
        and not _PLUPERFECT_FR.search(s.low)
    ]
    when: date = old_event_date(
        head_dated, article.published, [s.text for s in next_paragraphs]
    ) or incident_date(
        [_another_day_out(_REPRISAL_DAY.sub("", t)) for t in head_dated], article.published,
        later=body_dated,
    )
    return Extraction(
        is_incident=not follow_up,
        language=language,
        event_type=event[0],
        sub_event_type=event[1],
        place_id=place.id if place else None,
        # a locality the gazetteer lacks keeps its name, placed at what the gazetteer has; a
        # ship hit at sea is "Gulf of Aden off Aden"
        place=locality or _at_sea(sentences, place, gazetteer) or (place.name if place else None),
        admin1=place.admin1 if place else None,
        country=country,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        actors=tuple(actors),
        claimed_by=claimant,
        status=status,
        fatalities=toll.fatalities,
        injured=toll.injured,
        incident_date=when,
        # (read again only for a report dated by its publication day)
        undated=when == article.published.date() and not any(
            date_mentions(text, article.published) for text in (*head_dated, *body_dated)
        ),
        # (not a report of the toll risen since: « une nouvelle attaque massive » whose lead
        # says « le bilan de l'attaque de mardi matin s'est alourdi à quatre morts »)
        fresh=_fresh(title, gazetteer) and not any(
            _TOLL_RISEN.search(s.text) for s in sentences
            if s.zone in ("title", "summary", "lead") and not s.background
        ),
        after_place=_after_place(title, summary, place, locality, gazetteer)
        or _place_told_beside(sentences, place, locality, gazetteer),
        follow_up=follow_up,
    )
