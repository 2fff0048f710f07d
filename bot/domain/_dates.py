"""Incident dates from relative mentions ("samedi", "on Saturday", "hier", "la nuit de dimanche
à lundi") and short absolute ones ("March 22", "22 mars"), resolved against publication time.

Hand-written: dateparser resolves a weekday named on that same weekday to the previous week and
knows nothing of "la nuit de X à Y" or "hier soir" (see LIBRARIES.md).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from bot.domain._alternation import lower_same_length, lowered

__all__ = ["WEEKDAYS", "date_mentions", "incident_date", "is_calendar_word", "old_event_date"]

_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
}
_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12, "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4,
    "mai": 5, "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
    "novembre": 11, "décembre": 12, "decembre": 12,
}
#: The day names, English then French, as a regex alternation.
WEEKDAYS = "|".join(_WEEKDAYS)
_WD = WEEKDAYS
_MO = "|".join(sorted(_MONTHS, key=len, reverse=True))
#: "la nuit de vendredi à samedi", "dans la nuit du vendredi 4 au samedi 5 juin": the day the
#: night ends on (the weekday, or the date when the report gives it)
_NIGHT = re.compile(
    rf"\bnuit\s+(?:de|du)\s+(?:{_WD})(?:\s+\d{{1,2}}(?:er)?)?\s+(?:à|au)\s+(?P<wd>{_WD})"
    rf"(?:\s+(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{_MO}))?\b",
    re.IGNORECASE,
)
_NIGHT_EN = re.compile(
    rf"\bnight\s+(?:of|from)\s+(?:{_WD})(?:,?\s+(?:{_MO})\s+\d{{1,2}})?\s+(?:to|into)\s+(?P<wd>{_WD})"
    rf"(?:,?\s+(?P<month>{_MO})\s+(?P<day>\d{{1,2}}))?\b",
    re.IGNORECASE,
)
_WEEKDAY_LOW = lowered(rf"\b({_WD})\b")
#: A weekday that is a person's first name: "Monday Kassah, chairman of Bokkos", "Sunday
#: Adeyemi said" (a name after it, and no "on", "late", "le" before it).
_NAME_AFTER = re.compile(
    r"^\s+(?!(?:Night|Morning|Evening|Afternoon|Dawn|Soir|Matin|Midi)\b)[A-Z][a-z]+\b(?!\s+\d)"
)
_DAY_BEFORE = re.compile(
    r"\b(?:on|last|this|next|late|early|since|until|by|from|le|ce|dès|depuis|jusqu['’]à|"
    r"of|and|et|to|au)\s+$",
    re.IGNORECASE,
)
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({_MO})\.?(?:\s+(\d{{4}}))?\b", re.IGNORECASE
)
#: The first day of a range told before a day and month: "les 28 et 29 novembre", "on 28-29
#: November", « du 3 au 5 mars » (the event began on the first); not a night's, dated by the
#: day it ends on (« dans la nuit du 10 au 11 mai »).
_RANGE_START = re.compile(
    r"(?<!nuit du )(?<!night of )(?<!night of the )"
    r"\b(\d{1,2})(?:er|st|nd|rd|th)?\s*(?:et|and|-|–|au|to)\s*$",
    re.IGNORECASE,
)


def _day_month(text: str, m: re.Match[str]) -> tuple[int, int]:
    """The start and the first day of a ``_DAY_MONTH`` match, with the range it ends, if any."""
    first = _RANGE_START.search(text, max(0, m.start() - 12), m.start())
    if first is not None and int(first.group(1)) < int(m.group(1)):
        return first.start(), int(first.group(1))
    return m.start(), int(m.group(1))


_MONTH_DAY_LOW = lowered(rf"\b({_MO})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b")
#: A day of the month alone: "on the 4th", "le 3 courant", "le 12 de ce mois" (not "on the 4th
#: floor", "the 3rd Brigade").
_MONTH_DAY_ONLY = re.compile(
    r"\bon the (?P<en>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+(?!" + _MO + r")|[a-z]+\s+"
    r"(?:anniversary|floor|day|time|round|attempt|consecutive|straight|century|birthday)\b|"
    r"(?:anniversary|floor|day|time|round|attempt|consecutive|straight|century|birthday|"
    r"battalion|brigade|division|regiment|corps|army|infantry|armou?red|mechanised|mechanized|"
    r"company|squad|fleet|district|precinct|ward|street|avenue)\b))|"
    r"\ble (?P<fr>\d{1,2})(?:er)? (?:courant|de ce mois|du mois)\b",
    re.IGNORECASE,
)
_RELATIVE: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\b(?:avant-hier|day before yesterday)\b", re.IGNORECASE), -2),
    (re.compile(r"\b(?:hier|yesterday|last night|la nuit dernière)\b",
                re.IGNORECASE), -1),
    # what came the day before the news: "l'attaque menée la veille" (not "à la veille de
    # l'élection"; nor "au lendemain de l'assaut contre Boulkessi", another event's day)
    (re.compile(r"\bla veille\b(?!\s+(?:de|du|des|d['’]))", re.IGNORECASE), -1),
    (re.compile(r"\b(?:aujourd['’]hui|today|overnight|this morning|ce matin|tonight|ce soir|"
                r"earlier today|plus tôt dans la journée)\b", re.IGNORECASE), 0),
)
#: "at the weekend", "ce week-end": Saturday or Sunday, which one the lead does not say
_WEEKEND = re.compile(
    r"\b(?:(?:at|over|on|during) the weekend|(?:last|this) weekend|"
    r"(?:ce|le|du|pendant le|au cours du) week-?end(?: dernier)?)\b",
    re.IGNORECASE,
)
#: "last week", "earlier this month": the lead only says the event was further back; the
#: next paragraphs may give its day (how many days back they may go, and the day taken when
#: none does: a week back for "last week", which lies a week or so before the news).
_SPAN_BACK: tuple[tuple[re.Pattern[str], int, int], ...] = (
    (re.compile(r"\b(?:last week|la semaine dernière|la semaine passée)\b", re.IGNORECASE),
     13, 7),
    (re.compile(r"\b(?:earlier this week|en début de semaine|plus tôt cette semaine)\b",
                re.IGNORECASE), 6, 0),
    (re.compile(r"\b(?:earlier this month|plus tôt ce mois-ci|au début du mois|"
                r"earlier in the month)\b", re.IGNORECASE), 30, 0),
)
#: Days named by the calendar: "on New Year's Eve", "la nuit de la Saint-Sylvestre", "le jour
#: de Noël" (month, day).
_NAMED_DAYS: tuple[tuple[re.Pattern[str], int, int], ...] = (
    (re.compile(r"\b(?:new year['’]s eve|saint-sylvestre|"
                r"réveillon du (?:nouvel an|jour de l['’]an))\b", re.IGNORECASE), 12, 31),
    (re.compile(r"\b(?:new year['’]s day|jour de l['’]an|(?:the|la) (?:nouvelle année|new year))"
                r"\b", re.IGNORECASE), 1, 1),
    (re.compile(r"\b(?:christmas eve|(?:la )?veille de noël|réveillon de noël)\b", re.IGNORECASE),
     12, 24),
    (re.compile(r"\b(?:christmas day|(?:le )?jour de noël)\b", re.IGNORECASE), 12, 25),
)
_NAMED_DAY_WORDS = ("year", "christmas", "sylvestre", "noël", "jour de l", "nouvel an",
                    "nouvelle année")
_LAST_WEEKDAY = re.compile(rf"\b(?:last\s+({_WD})|({_WD})\s+dernier)\b", re.IGNORECASE)
_LAST_WEEKDAY_LOW = lowered(_LAST_WEEKDAY.pattern)


def is_calendar_word(word: str) -> bool:
    """A day's or a month's name ("Sunday", « novembre »), which names no place (not "Mai",
    which begins many: "Mai Tsebri", "Mai Aini", nor a short form)."""
    low = word.lower()
    return low in _WEEKDAYS or (low in _MONTHS and len(low) > 4)


#: From this UTC hour on, the day after publication is already under way in Asia and the
#: Middle East (UTC+6 and beyond), and a report may name it.
_NEXT_DAY_HOUR = 18
#: An absolute date further back than this is history, not the incident being reported.
_MAX_AGE_DAYS = 10


def _weekday_on_or_before(day: int, ref: date, *, strictly_before: bool = False) -> date:
    delta = (ref.weekday() - day) % 7
    if strictly_before and delta == 0:
        delta = 7
    return ref - timedelta(days=delta)


def _absolute(day: int, month: int, year: int | None, ref: date) -> date | None:
    try:
        if year is not None:
            return date(year, month, day)
        found = date(ref.year, month, day)
        if found > ref + timedelta(days=2):
            found = date(ref.year - 1, month, day)
        return found
    except ValueError:
        return None


def _day_of_month(day: int, ref: date) -> date | None:
    """The latest date on or before ``ref`` that falls on this day of a month."""
    month_start = ref.replace(day=1)
    for start in (month_start, (month_start - timedelta(days=1)).replace(day=1)):
        try:
            found = start.replace(day=day)
        except ValueError:
            continue
        if found <= ref:
            return found
    return None


def date_mentions(text: str, published: datetime) -> list[tuple[int, date]]:
    """Dates mentioned in a text, each with its offset.

    Args:
        text: a sentence or a paragraph.
        published: publication time (UTC) the relative words refer to.

    Returns:
        ``(offset, date)`` pairs in text order; absolute dates older than ten days or later than
        publication are left out (they belong to the background). A report filed late in the
        UTC day may name the next day, where it was written.
    """
    ref = published.date()
    # published late in the UTC day, the report may already live on the next day (Asia, the
    # Middle East): "on Friday" in a story filed on Thursday at 22:00 UTC is that Friday
    ahead = ref + timedelta(days=1) if published.hour >= _NEXT_DAY_HOUR else ref
    found: list[tuple[int, date]] = []
    covered: list[tuple[int, int]] = []

    def add(start: int, end: int, when: date | None) -> None:
        if when is None or any(s <= start < e for s, e in covered):
            return
        covered.append((start, end))
        found.append((start, when))

    for pattern in (_NIGHT, _NIGHT_EN):
        for m in pattern.finditer(text):
            when = (
                _absolute(int(m["day"]), _MONTHS[m["month"].lower()], None, ref) if m["day"]
                else _weekday_on_or_before(_WEEKDAYS[m["wd"].lower()], ahead)
            )
            add(m.start(), m.end(), when)
    low = lower_same_length(text)
    for m in _LAST_WEEKDAY_LOW.finditer(low):
        name = (m.group(1) or m.group(2)).lower()
        add(m.start(), m.end(),
            _weekday_on_or_before(_WEEKDAYS[name], ref, strictly_before=True))
    for m in _DAY_MONTH.finditer(text):
        year = int(m.group(3)) if m.group(3) else None
        start, day = _day_month(text, m)
        add(start, m.end(), _absolute(day, _MONTHS[m.group(2).lower()], year, ref))
    for m in _MONTH_DAY_LOW.finditer(low):
        year = int(m.group(3)) if m.group(3) else None
        add(m.start(), m.end(), _absolute(int(m.group(2)), _MONTHS[m.group(1).lower()], year, ref))
    for m in _MONTH_DAY_ONLY.finditer(text):
        add(m.start(), m.end(), _day_of_month(int(m["en"] or m["fr"]), ahead))
    for m in _WEEKDAY_LOW.finditer(low):
        if _NAME_AFTER.match(text[m.end() : m.end() + 30]) and not _DAY_BEFORE.search(
            text[max(0, m.start() - 12) : m.start()]
        ):
            continue
        add(m.start(), m.end(), _weekday_on_or_before(_WEEKDAYS[m.group(1).lower()], ahead))
    for pattern, days in _RELATIVE:
        for m in pattern.finditer(text):
            add(m.start(), m.end(), ref + timedelta(days=days))
    if any(w in low for w in _NAMED_DAY_WORDS):
        for pattern, month, day in _NAMED_DAYS:
            for m in pattern.finditer(text):
                add(m.start(), m.end(), _absolute(day, month, None, ref))
    lo, hi = ref - timedelta(days=_MAX_AGE_DAYS), ahead
    found = [(pos, when) for pos, when in found if lo <= when <= hi]
    found.sort()
    return found


#: A killing told just before the day it names: "accused soldiers of killing at least 45
#: civilians on January 29", « d'avoir tué « au moins 45 civils » le 29 janvier ».
_KILLED_ON = re.compile(
    r"\b(?:kill(?:ed|ing)|tué(?:e|s|es)?|tuant|massacr\w+|exécut\w+|executed|executing|"
    # (or an assault: "soldiers stormed a compound housing aid workers in Juba on July 11")
    r"storm(?:ed|ing)|raid(?:ed|ing)|ambush(?:ed|ing)|abduct(?:ed|ing)|kidnapp(?:ed|ing)|"
    r"attaqu(?:é|ée|és|ées|ant)|enlev(?:é|ée|és|ées|ant)|"
    r"coûté la vie)\b[^.;]{0,120}?\b(?:on|le|les)\s+$",
    re.IGNORECASE,
)
#: A relative pronoun and its verb's auxiliary, just before a killing's verb.
_WHO_DID_BEFORE = re.compile(
    r"\b(?:qui (?:a|ont|avait|avaient)|who(?: had)?|that(?: had)?|which(?: had)?)\s+$",
    re.IGNORECASE,
)
#: The event named by its day: "the April 2 air strike", « l'attaque du 9 août ».
_EVENT_NOUNS = (
    r"(?:air ?strikes?|drone strikes?|strikes?|attacks?|bombings?|massacres?|raids?|"
    r"ambush(?:es)?|killings?|assault|shelling|explosions?|blasts?|shootings?)"
)
_DAY_EVENT_AFTER = re.compile(
    r"(?:,?\s+\d{4},?)?\s+(?:[\w-]+\s+){0,2}?" + _EVENT_NOUNS + r"\b", re.IGNORECASE
)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_EVENT_OF_DAY_BEFORE = re.compile(
    r"\b(?:l['’]attaque|la frappe|les frappes|le bombardement|le massacre|les massacres|"
    r"la tuerie|l['’]embuscade|l['’]attentat|l['’]assaut|le raid|l['’]explosion|"
    r"l['’]offensive)\s+(?:[\w-]+\s+){0,2}?du\s+$",
    re.IGNORECASE,
)
#: An earlier event named by its day, not the one reported: "a week after the April 2 strike",
#: "a commander behind the Oct. 7 attack".
_EARLIER_BEFORE = re.compile(
    r"\b(?:after|since|following|before|like|than|recalling|behind|responsible for|"
    r"mastermind(?:ed)?|planned|orchestrated|depuis|après|avant|comme|rappelant|derrière|"
    r"responsables? de|cerveau de|commanditaires? de)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: The report's own dating of what it reveals: « les faits remontent au 7 avril », "the
#: killings took place on March 3".
_DATED_BACK_TO = re.compile(
    r"\b(?:remonte(?:nt|raient)? au|dat(?:e|es|ing) back to|took place on|(?:s['’]est|se sont) "
    r"(?:produite?s?|déroulée?s?) le|(?:a|ont) eu lieu le)\s+$",
    re.IGNORECASE,
)
_KILL_WORDS = ("kill", "tué", "tuant", "massacr", "exécut", "execut", "coûté la vie", "storm",
               "raid", "ambush", "abduct", "kidnapp", "attaqu", "enlev")
_EVENT_WORDS = ("strike", "attack", "bomb", "massacre", "raid", "ambush", "killing", "assault",
                "shelling", "explosion", "blast", "shooting", "attaque", "frappe", "tuerie",
                "embuscade", "attentat", "offensive")
#: An event noun before a relative pronoun: the clause tells the event itself.
_EVENT_NOUN_BEFORE = re.compile(
    r"\b(?:" + "|".join(_EVENT_WORDS) + r")\w*,?\s+$", re.IGNORECASE
)

#: How far back a report may go to tell a killing it reveals (a commission's findings, a claim
#: weeks later, a rights group's report three months on).
_OLD_EVENT_DAYS = 120


def old_event_date(
    texts: list[str], published: datetime, later: Sequence[str] = ()
) -> date | None:
    """The day, older than the ten days a lead's dates may go back, that a report names for
    the killing it tells, if any: "accused soldiers of killing 45 civilians on January 29",
    "the April 2 air strike", « l'attaque du 9 août »; in the next paragraphs, only its own
    dating of it (« les faits remontent au 7 avril »).

    Args:
        texts: headline, summary and lead sentences (background left out).
        published: publication time (UTC).
        later: sentences of the next paragraphs.

    Returns:
        The date, or None.
    """
    ref = published.date()
    for text, head in [*((t, True) for t in texts), *((t, False) for t in later)]:
        low = lower_same_length(text)
        if head and not any(w in low for w in (*_KILL_WORDS, *_EVENT_WORDS)):
            continue
        for matches, day_group, month_group in (
            (_DAY_MONTH.finditer(text), 1, 2), (_MONTH_DAY_LOW.finditer(low), 2, 1)
        ):
            for m in matches:
                start, day = (
                    _day_month(text, m) if day_group == 1 else (m.start(), int(m.group(2)))
                )
                if not _names_its_day(text, start, m.end(), head):
                    continue
                year = int(m.group(3)) if m.group(3) else None
                when = _absolute(day, _MONTHS[m.group(month_group).lower()], year, ref)
                if when is not None and (
                    ref - timedelta(days=_OLD_EVENT_DAYS) <= when
                    < ref - timedelta(days=_MAX_AGE_DAYS)
                ):
                    return when
    return None


def _names_its_day(text: str, start: int, end: int, head: bool) -> bool:
    """Whether the date at ``text[start:end]`` is the day of the event the report tells (see
    ``old_event_date``)."""
    before = text[max(0, start - 150) : start]
    if not head:
        return _DATED_BACK_TO.search(before[-40:]) is not None
    if (killed := _KILLED_ON.search(before)) is not None and (
        # (not a killing told of someone in a relative clause: "the head of the cell that
        # killed a rabbi on January 9", « la cellule qui a tué le rabbin le 9 janvier »)
        (who := _WHO_DID_BEFORE.search(before, 0, killed.start())) is None
        # (the event itself is still told so: « a revendiqué l'attaque qui a coûté la vie, le
        # 9 août, à six humanitaires »)
        or _EVENT_NOUN_BEFORE.search(before, 0, who.start()) is not None
    ):
        return True
    if (the := _THE_BEFORE.search(before)) and _DAY_EVENT_AFTER.match(text, end):
        return not _EARLIER_BEFORE.search(before, 0, the.start())
    if event := _EVENT_OF_DAY_BEFORE.search(before):
        return not _EARLIER_BEFORE.search(before, 0, event.start())
    return False


#: How far before the lead's own dates the next paragraphs may date the event: the lead dates
#: the statement ("said on Wednesday"), the body the attack ("on Tuesday night"); a day further
#: back is an earlier event the report recalls ("in reprisal for Thursday's strikes").
_BODY_BEFORE_HEAD_DAYS = 2
#: ... and how far when the lead's days are all its statements' (the day told right after the
#: verb of speech or claim).
_BODY_BEFORE_STATEMENT_DAYS = 3
_STATEMENT_BEFORE = re.compile(
    r"\b(?:said|says|announced|confirmed|claimed(?: responsibility)?|denied|"
    r"a (?:fait état|annoncé|indiqué|déclaré|affirmé|revendiqué|confirmé)|"
    r"ont (?:fait état|annoncé|indiqué|déclaré|affirmé|revendiqué|confirmé))\s+(?:on\s+)?$",
    re.IGNORECASE,
)


#: An arrest's participle before a day: « arrêté mardi », "arrested on Tuesday".
_ARRESTED_BEFORE = re.compile(
    r"\b(?:arrêtée?s?|interpellée?s?|appréhendée?s?|arrested|detained|seized by police)\s+"
    r"(?:on\s+|le\s+|dans la (?:nuit|matinée) (?:de\s+|du\s+)?)?$",
    re.IGNORECASE,
)


#: A protest to come, before its day: « annoncent un sit-in jeudi », "called a new rally for
#: Friday".
_TO_COME_BEFORE = re.compile(
    r"\b(?:annonc\w+|appel\w+ à|prévoi\w+|promett\w+|plann\w+|call(?:s|ed|ing)? (?:for|a)|"
    r"announc\w+|will hold)\s+(?:(?:un|une|des|de|a|an|new|another|nouvelles?|nouveaux?)\s+)*"
    r"(?:[\w-]+\s+){0,2}?(?:sit-in|marches?|manifestations?|rassemblements?|grèves?|protests?|"
    r"rall(?:y|ies)|strikes?|meetings?|réunions?|journées? ville morte)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:for\s+|on\s+|le\s+)?$",
    re.IGNORECASE,
)


def incident_date(
    texts: list[str], published: datetime, *, later: list[str] | None = None
) -> date:
    """The incident's date: the earliest date mentioned in the lead texts, else publication day.

    Statements come after the event ("attacked on Tuesday ... officials said on Wednesday"),
    so among the lead's dates the earliest is the incident's.

    Args:
        texts: headline, summary and lead paragraph (dateline removed), most important first.
        published: publication time (UTC).
        later: sentences of the next paragraphs that tell the violence; their dates count
            when the lead has none, or when they are at most two days before the lead's.

    Returns:
        A date, never after the publication day (or the next, for a report filed late in the
        UTC day).
    """
    mentions = [(text, at, when) for text in texts for at, when in date_mentions(text, published)]
    # the day a man was arrested, told beside the event's own day, dates what the event was
    # about, not the event: « ... pour réclamer la libération de leur chef, arrêté mardi »
    # (nor does the day of a protest to come: « les leaders annoncent un sit-in jeudi »)
    own_days = [
        (text, at, when) for text, at, when in mentions
        if not _ARRESTED_BEFORE.search(text[max(0, at - 30) : at])
        and not _TO_COME_BEFORE.search(text[max(0, at - 60) : at])
    ]
    if own_days:
        mentions = own_days
    dates = [when for _, _, when in mentions]
    later = later or []
    if dates:
        # the lead dates the event; "last Wednesday" further down is an earlier one
        later = [_LAST_WEEKDAY.sub("", text) for text in later]
    body = [when for text in later for _, when in date_mentions(text, published)]
    # "at the weekend": the next paragraphs may say which day ("at dawn on Sunday")
    joined = " ".join(texts)
    low = joined.lower()
    saturday = (
        _weekday_on_or_before(5, published.date() - timedelta(days=1))
        if ("weekend" in low or "week-end" in low) and _WEEKEND.search(joined) else None
    )
    back, guess = max(
        ((days, guess) for pattern, days, guess in _SPAN_BACK if pattern.search(joined)),
        default=(0, 0),
    ) if any(w in low for w in ("week", "semaine", "month", "mois")) else (0, 0)
    span_floor = published.date() - timedelta(days=back) if back else None
    # (a lead whose every day is a statement's, "claimed responsibility on Wednesday for the
    # killing", « a fait état mercredi de 19 ouvriers tués », leaves the attack's day to the
    # next paragraphs, up to three days back: "attacked the workers' camp on Sunday")
    statements_only = bool(mentions) and all(
        _STATEMENT_BEFORE.search(text[max(0, at - 60) : at]) for text, at, _ in mentions
    )
    head_floor = min(dates) - timedelta(
        days=_BODY_BEFORE_STATEMENT_DAYS if statements_only else _BODY_BEFORE_HEAD_DAYS
    ) if dates else None
    floors = [f for f in (head_floor, saturday, span_floor) if f is not None]
    if floors:
        floor = min(floors)
        dates += [when for when in body if when >= floor]
    else:
        dates = body
    if not dates and saturday is not None:
        return saturday + timedelta(days=1)  # the weekend's last day
    return min(dates) if dates else published.date() - timedelta(days=guess)
