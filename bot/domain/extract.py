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

import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from bot.domain import _lexicon as lx
from bot.domain._dates import incident_date
from bot.domain._numbers import casualties
from bot.domain.models import Actor, Article, Extraction, Mention, Place, Status
from bot.domain.textclean import clean_text, detect_language, paragraphs

__all__ = ["Gazetteer", "clean_text", "detect_language", "extract"]

logger = logging.getLogger(__name__)


class Gazetteer(Protocol):
    """What extraction needs of the gazetteer (``bot.domain.gazetteer.Gazetteer``)."""

    def scan(self, text: str) -> list[Mention]: ...

    def place(self, place_id: str) -> Place | None: ...

    def actor(self, actor_id: str) -> Actor | None: ...

    def actor_ancestors(self, actor_id: str) -> tuple[str, ...]: ...

    def place_ancestors(self, place_id: str) -> tuple[str, ...]: ...

    def demonym_country(self, word: str) -> str | None: ...


#: Only this much of a body is read: stories put the facts first, and it bounds the cost.
_MAX_BODY_CHARS = 12_000
_MAX_PARAGRAPHS = 14

_DATELINE = re.compile(
    r"^\s*(?:\((?:[^)]{2,40})\)\s*[—–-]?\s*"
    r"|(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+){0,3})"
    r"(?:\s*\([^)]{2,40}\))?(?:,\s*[^,—–\n]{2,40}?){0,2}\s+[—–-]{1,2}\s+)"
)
_SENTENCE_END = re.compile(r"(?<=[.!?…»”\"])\s+(?=[«“\"A-ZÀ-ÖØ-Þ0-9])")
_ABBREV = re.compile(
    r"(?:\b[A-Z]\.|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Gen|Lt|Col|Maj|Sgt|"
    r"Mr|Mrs|Ms|Dr|St|Mt|No|Gov|Sen|Rep|Capt|Adm|Brig|Cpl|Pvt|vs|approx)\.)$"
)
_WORD = re.compile(r"[\w'’-]+")
_LEVEL_FACTOR = {"site": 1.35, "city": 1.0, "admin1": 0.55, "country": 0.0}
_CIVILIAN_KINDS = ("civilians",)
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


def _split_sentences(paragraph: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(paragraph):
        head = paragraph[start : m.start()]
        if _ABBREV.search(head):
            continue
        out.append(head.strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


def _strip_dateline(paragraph: str) -> str:
    m = _DATELINE.match(paragraph)
    if m and m.end() < len(paragraph) - 20:
        return paragraph[m.end() :]
    return paragraph


def _paragraph_weight(index: int) -> float:
    return (2.0, 1.0, 0.6, 0.4)[index] if index < 4 else 0.25


def _sentences(title: str, summary: str, body_paragraphs: list[str]) -> list[_Sentence]:
    out: list[_Sentence] = []
    if title:
        out.append(_Sentence(title, 3.0, "title", -2, False))
    for text in _split_sentences(summary):
        out.append(_Sentence(text, 1.5, "summary", -1, bool(lx.BACKGROUND.search(text))))
    for p, paragraph in enumerate(body_paragraphs):
        for s, text in enumerate(_split_sentences(paragraph)):
            lead = p == 0 and s == 0
            weight = 3.0 if lead else _paragraph_weight(p)
            # the lead sentence tells the news even when it says "since" or "the war"
            background = not lead and bool(lx.BACKGROUND.search(text))
            out.append(_Sentence(text, weight, "lead" if p == 0 else "body", p, background))
    return out


def _effective(sentence: _Sentence) -> float:
    return sentence.weight * (0.15 if sentence.background else 1.0)


# -- is it an incident, and of which kind --------------------------------------------------------


def _is_incident(sentences: list[_Sentence]) -> bool:
    violence = nonincident = 0.0
    title_violence = title_non = 0
    for s in sentences:
        if s.zone == "body" and s.paragraph > 0:
            continue
        v = len(lx.VIOLENCE.findall(s.text))
        n = len(lx.NON_INCIDENT.findall(s.text))
        w = _effective(s)
        violence += w * min(v, 3)
        nonincident += w * min(n, 3)
        if s.zone == "title":
            title_violence, title_non = v, n
    if title_non and not title_violence:
        return False
    return violence - 1.2 * nonincident >= 3.0


def _event_type(sentences: list[_Sentence]) -> tuple[str, str]:
    score: dict[str, float] = defaultdict(float)
    attack = mil = civ = 0.0
    for s in sentences:
        if s.zone == "body" and s.paragraph > 2:
            continue
        w = _effective(s)
        for key, (pattern, unit) in lx.EVENT_CUES.items():
            hits = len(pattern.findall(s.text))
            if hits:
                score[key] += w * unit * min(hits, 2)
        attack += w * min(len(lx.ATTACK.findall(s.text)), 2)
        mil += w * min(len(lx.MIL_TARGET.findall(s.text)), 2)
        civ += w * min(len(lx.CIV_TARGET.findall(s.text)), 2)
    score["Remote explosive/landmine/IED"] += score.pop("_explosion", 0.0)
    if score["Suicide bomb"] >= 1.5:
        return "Explosions/Remote violence", "Suicide bomb"
    remote = max(_REMOTE, key=lambda k: score[k])
    r = score[remote]
    territory = score["Non-state actor overtakes territory"]
    regain = score["Government regains territory"]
    clash = score["Armed clash"]
    vac = score["Attack"]
    abduction = score["Abduction/forced disappearance"]
    if max(territory, regain) >= 3.0 and max(territory, regain) >= r:
        sub = "Government regains territory" if regain > territory else (
            "Non-state actor overtakes territory")
        return "Battles", sub
    if r >= 2.0 and r >= 0.5 * max(vac, clash, abduction):
        return "Explosions/Remote violence", remote
    if abduction >= 2.0 and abduction >= max(vac, clash):
        return "Violence against civilians", "Abduction/forced disappearance"
    if score["Sexual violence"] >= 2.0:
        return "Violence against civilians", "Sexual violence"
    protest = score["Peaceful protest"]
    if protest >= 3.0 and protest > max(vac, clash, r):
        if score["Excessive force against protesters"] >= 1.0:
            return "Protests", "Excessive force against protesters"
        return "Protests", "Peaceful protest"
    if clash + vac + attack > 0:
        if clash > vac + civ * 0.3 or (mil > civ and clash + mil * 0.5 >= vac):
            return "Battles", "Armed clash"
        return "Violence against civilians", "Attack"
    if r > 0:
        return "Explosions/Remote violence", remote
    return "Violence against civilians", "Attack"


# -- place -------------------------------------------------------------------------------------


def _is_speaker(sentence: _Sentence, mention: Mention) -> bool:
    return bool(lx.SPEECH_AFTER.match(sentence.text[mention.end :]))


def _choose_place(
    sentences: list[_Sentence], gazetteer: Gazetteer
) -> tuple[Place | None, str | None]:
    country_score: dict[str, float] = defaultdict(float)
    place_score: dict[str, float] = defaultdict(float)
    first_seen: dict[str, int] = {}
    order = 0
    for s in sentences:
        actor_spans = {(m.start, m.end) for m in s.mentions if m.kind == "actor"}
        w = _effective(s)
        for m in s.mentions:
            if m.kind != "place":
                continue
            place = gazetteer.place(m.id)
            if place is None or place.country is None:
                continue
            if (m.start, m.end) in actor_spans and place.level != "country":
                continue
            if _is_speaker(s, m):
                continue
            country_score[place.country] += w
            place_score[m.id] += w
            first_seen.setdefault(m.id, order)
            order += 1
        for word in _WORD.findall(s.text):
            code = gazetteer.demonym_country(word) if len(word) > 3 else None
            if code:
                country_score[code] += 0.25 * w
    if not country_score:
        return None, None
    country = max(country_score, key=lambda c: country_score[c])
    best: tuple[float, int, str] | None = None
    for pid, weight in place_score.items():
        place = gazetteer.place(pid)
        if place is None or place.country != country or place.level == "country":
            continue
        if weight < 0.3:
            continue
        value = weight * _LEVEL_FACTOR[place.level]
        key = (value, -first_seen[pid], pid)
        if best is None or key > best:
            best = key
    if best is None:
        return gazetteer.place(f"c:{country}"), country
    return gazetteer.place(best[2]), country


# -- actors, claim, status -------------------------------------------------------------------------


def _force_actor(code: str | None, gazetteer: Gazetteer) -> str | None:
    if not code:
        return None
    actor_id = f"military-forces-{code.lower()}"
    return actor_id if gazetteer.actor(actor_id) is not None else None


def _nation_forces(sentence: _Sentence, gazetteer: Gazetteer) -> list[str]:
    found: list[str] = []
    text = sentence.text
    for m in _WORD.finditer(text):
        word = m.group(0)
        if len(word) < 3:
            continue
        code = gazetteer.demonym_country(word)
        if code is None:
            continue
        if word[0].isupper() and lx.FORCE_NOUN_EN.match(text[m.end() :]):
            actor = _force_actor(code, gazetteer)
        elif lx.FORCE_NOUN_FR.search(text[max(0, m.start() - 40) : m.start()]):
            actor = _force_actor(code, gazetteer)
        else:
            actor = None
        if actor:
            found.append(actor)
    for m in sentence.mentions:
        if m.kind == "place" and m.id.startswith("c:") and lx.FORCE_NOUN_EN.match(
            text[m.end :]
        ):
            actor = _force_actor(m.id[2:], gazetteer)
            if actor:
                found.append(actor)
    return found


@dataclass(slots=True)
class _Claim:
    claimant: str | None
    claimed: bool


def _claim(sentences: list[_Sentence]) -> tuple[_Claim, set[int]]:
    claim = _Claim(None, False)
    claim_sentences: set[int] = set()
    for i, s in enumerate(sentences):
        if s.background or (s.zone == "body" and s.paragraph > 3):
            continue
        m = lx.CLAIM.search(s.text)
        if not m or lx.CLAIM_NEGATED.search(s.text):
            continue
        claim.claimed = True
        claim_sentences.add(i)
        if claim.claimant is None:
            actors = [a for a in s.mentions if a.kind == "actor"]
            if actors:
                pos = m.start()
                nearest = min(actors, key=lambda a: abs(a.start - pos))
                claim.claimant = nearest.id
    return claim, claim_sentences


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
    for i, s in enumerate(sentences):
        if s.zone == "body" and s.paragraph > 3:
            continue
        w = _effective(s)
        ids = [m.id for m in s.mentions if m.kind == "actor"]
        ids += _nation_forces(s, gazetteer)
        for actor_id in dict.fromkeys(ids):
            actor = gazetteer.actor(actor_id)
            if actor is None:
                continue
            weight[actor_id] += w
            if not s.background and (s.zone in ("title", "summary", "lead") or i in
                                      claim_sentences):
                in_lead.add(actor_id)
    chosen = [a for a in weight if a in in_lead or weight[a] >= 2.5]
    if claim.claimant and claim.claimant not in chosen:
        chosen.append(claim.claimant)
    # an umbrella gives way to the member named alongside it
    members = set(chosen)
    chosen = [
        a for a in chosen
        if not any(a in gazetteer.actor_ancestors(b)[1:] for b in members if b != a)
    ]
    lead_text = " ".join(s.text for s in sentences if s.zone in ("title", "summary", "lead"))
    state_forces = [a for a in chosen if a.startswith("military-forces-")]
    if (
        event[0] == "Battles"
        and not state_forces
        and country
        and lx.MIL_TARGET.search(lead_text)
    ):
        forces = _force_actor(country, gazetteer)
        if forces:
            chosen.append(forces)
    armed = [a for a in chosen if (gazetteer.actor(a) or _NO_ACTOR).kind not in _CIVILIAN_KINDS]
    wants_civilians = event[0] == "Violence against civilians" or (
        event[0] == "Explosions/Remote violence"
        and len(armed) <= 1
        and lx.CIV_TARGET.search(lead_text) is not None
        and not lx.MIL_TARGET.search(lead_text)
    )
    if wants_civilians and country:
        civ = f"civilians-{country.lower()}"
        if gazetteer.actor(civ) is not None and civ not in chosen:
            chosen.append(civ)
    return chosen


_NO_ACTOR = Actor(id="", name="", name_fr="", kind="")


def _status(
    sentences: list[_Sentence], claim: _Claim, claim_sentences: set[int]
) -> Status:
    head = [
        (i, s) for i, s in enumerate(sentences)
        if not s.background and (s.zone != "body" or s.paragraph <= 2)
    ]
    if any(lx.DENIAL.search(s.text) for _, s in head):
        return Status.DENIED
    official = any(
        lx.OFFICIAL.search(s.text) and lx.REPORTING.search(s.text)
        for _, s in head if s.zone != "title"
    )
    asserted = False
    if claim.claimed and claim.claimant:
        for i, s in enumerate(sentences):
            if s.zone in ("title", "lead") and (s.zone == "title" or s.weight >= 3.0) and (
                i not in claim_sentences
                and any(m.kind == "actor" and m.id == claim.claimant for m in s.mentions)
            ):
                asserted = True
    if claim.claimed and not asserted:
        return Status.CLAIMED
    if official:
        return Status.CONFIRMED
    if claim.claimed:
        return Status.CLAIMED
    if any(lx.UNCONFIRMED.search(s.text) for _, s in head):
        return Status.UNCONFIRMED
    return Status.REPORTED


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
    summary = " ".join(paragraphs(clean_text(article.summary, max_chars=5_000)))
    body_text = clean_text(article.body, max_chars=_MAX_BODY_CHARS * 4)
    if len(body_text) > _MAX_BODY_CHARS:
        logger.info("article %s: body cut from %d to %d characters", article.id,
                    len(body_text), _MAX_BODY_CHARS)
        body_text = body_text[:_MAX_BODY_CHARS]
    body = paragraphs(body_text)[:_MAX_PARAGRAPHS]
    language = detect_language(" ".join(body) or summary or title)
    if body:
        body[0] = _strip_dateline(body[0])
    sentences = _sentences(title, summary, body)
    if not sentences or not _is_incident(sentences):
        return Extraction(is_incident=False, language=language)
    for s in sentences:
        s.mentions = gazetteer.scan(s.text)
    event = _event_type(sentences)
    place, country = _choose_place(sentences, gazetteer)
    claim, claim_sentences = _claim(sentences)
    actors = _actors(sentences, claim, claim_sentences, gazetteer, country, event)
    status = _status(sentences, claim, claim_sentences)
    counted = [
        s.text for s in sentences
        if not s.background and (s.zone != "body" or s.paragraph <= 2)
    ]
    toll = casualties(counted)
    dated = [s.text for s in sentences if s.zone in ("title", "summary", "lead")]
    when: date = incident_date(dated, article.published)
    return Extraction(
        is_incident=True,
        language=language,
        event_type=event[0],
        sub_event_type=event[1],
        place_id=place.id if place else None,
        place=place.name if place else None,
        admin1=place.admin1 if place else None,
        country=country,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        actors=tuple(actors),
        claimed_by=claim.claimant if claim.claimant in actors else None,
        status=status,
        fatalities=toll.fatalities,
        injured=toll.injured,
        incident_date=when,
    )
