"""Numbers written in digits or words (EN/FR) and casualty figures of one incident.

Hand-written because the number-to-words packages go the other way (``num2words``) and the
parsers on PyPI (``text2num``, ``word2number``) cover one language each, choke on approximate
forms ("une dizaine", "a dozen") and know nothing of casualty phrasing; the grammar needed here is
small and bounded.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.domain._alternation import lower_same_length, lowered
from bot.domain._dates import WEEKDAYS
from bot.domain._lexicon import REPRISAL_FOR, SET_FREE

__all__ = ["MAX_PLAUSIBLE", "Casualties", "NumberSpan", "casualties", "find_numbers", "nil_toll"]

logger = logging.getLogger(__name__)

#: Figures above this for one incident are quotes or typos, not tolls ("1,000,000 killed").
MAX_PLAUSIBLE = 20_000

_UNITS: dict[str, int] = {
    # English
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
    # French
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80, "nonante": 90,
}
_MULTIPLIERS: dict[str, int] = {
    "hundred": 100, "cent": 100, "cents": 100, "thousand": 1000, "mille": 1000,
}
#: Approximate amounts: "une dizaine" is about ten, "a dozen" twelve.
_APPROX: dict[str, int] = {
    "dozen": 12, "douzaine": 12, "dizaine": 10, "quinzaine": 15, "vingtaine": 20,
    "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60,
    "centaine": 100,
}
#: ... as words after "a", « une »: a round amount, not one person ("tué une quinzaine de
#: soldats").
_ROUND = "|".join(_APPROX)
_NUMBER_WORDS = sorted([*_UNITS, *_MULTIPLIERS], key=len, reverse=True)
_WORD_ALT = "|".join(_NUMBER_WORDS)
_WORD_NUMBER_LOW = lowered(
    rf"\b(?:{_WORD_ALT})(?:(?:[\s-]+(?:et|and)[\s-]+|[\s-]+)(?:{_WORD_ALT}))*\b")
#: The United Nations, written in capitals: no « un » ("Ten UN peacekeepers").
_UN = re.compile(r"\bUN\b")
_APPROX_RE = re.compile(
    r"\b(?:une|a|an|one)\s+(" + "|".join(_APPROX) + r")\b", re.IGNORECASE
)
_DIGITS = re.compile(
    # (not a name's digits: "the M23", "an AK-47", "a MiG-29", "Shahed-136 drones")
    r"(?<![^\W\d_])(?<![^\W\d_]-)"
    r"(?:(?<![\d.,])\d{1,3}(?:(?:,|\.|\u202f|\u00a0| )\d{3})+(?![\d])|(?<![\d.,])\d+)"
)


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """A number found in a text."""

    start: int
    end: int
    value: int
    approximate: bool = False


def _words_value(phrase: str) -> int | None:
    tokens = [t for t in re.split(r"[\s-]+", phrase.lower()) if t and t not in ("et", "and")]
    total = 0
    current = 0
    previous = ""
    for token in tokens:
        if token in _UNITS:
            value = _UNITS[token]
            if token.startswith("vingt") and previous == "quatre":
                current += 80 - 4  # quatre-vingt(s) = 80
            else:
                current += value
        elif token in _MULTIPLIERS:
            mult = _MULTIPLIERS[token]
            if mult == 1000:
                total += max(1, current) * 1000
                current = 0
            else:
                current = max(1, current) * mult
        else:
            return None
        previous = token
    return total + current


_CLOCK = re.compile(r"(?<!\d)(?<!\d[.,:])\d{1,2}(?::|\s?h\s?)\d{2}(?!\d)(?![.,:]\d)")
_ARTICLE_ONE = re.compile(r"^(?:un|une|one)$", re.IGNORECASE)
_OF_BEFORE = re.compile(r"\b(?:d['’]|de\s)$", re.IGNORECASE)
_SAME_AFTER = re.compile(r"^\s+(?:même|seule?)\b", re.IGNORECASE)


#: "Both" before people counted: two of them ("both gunmen were killed"; not "both sides").
_BOTH = re.compile(
    r"\bboth(?=\s+(?:of them\b|(?:[\w'’-]+\s+)?(?:men|women|gunmen|attackers|assailants|"
    r"militants|soldiers|officers|policemen|brothers|sisters|children|victims|suspects|"
    r"journalists|pilots|civilians|fighters|bombers)\b))",
    re.IGNORECASE,
)


_COUPLE_AFTER = re.compile(r"^\s+(?:[\w'’-]+\s+)?couple\b(?!\s+(?:of|de|d['’])\b)", re.IGNORECASE)


def find_numbers(text: str) -> list[NumberSpan]:
    """Every number in a text: digits ("1,200", "6 000"), words ("quarante-trois", "two
    hundred") and approximations ("une dizaine" -> 10).

    Args:
        text: any text.

    Returns:
        Non-overlapping spans in text order.
    """
    spans: list[NumberSpan] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _APPROX_RE.finditer(text):
        spans.append(NumberSpan(m.start(), m.end(), _APPROX[m.group(1).lower()], True))
        taken.append((m.start(), m.end()))
    for m in _CLOCK.finditer(text):
        taken.append((m.start(), m.end()))  # "17:52 GMT", "à 6h30": a time, no count
    for m in _DIGITS.finditer(text):
        if not free(m.start(), m.end()):
            continue
        raw = re.sub(r"[,.\u202f\u00a0 ]", "", m.group(0))
        if len(raw) > 9:
            continue
        spans.append(NumberSpan(m.start(), m.end(), int(raw)))
        taken.append((m.start(), m.end()))
    # ("UN peacekeepers", "Ten UN peacekeepers": the United Nations, no figure)
    words = _UN.sub("##", text) if "UN" in text else text
    for m in _WORD_NUMBER_LOW.finditer(lower_same_length(words)):
        if not free(m.start(), m.end()):
            continue
        if _ARTICLE_ONE.match(m.group(0)) and (
            _OF_BEFORE.search(text[max(0, m.start() - 4) : m.start()])
            or _SAME_AFTER.match(text[m.end() : m.end() + 10])
        ):
            continue  # "d'une même famille": an article, not a count
        value = _words_value(m.group(0))
        if value == 1 and _COUPLE_AFTER.match(text[m.end() : m.end() + 16]):
            value = 2  # "a couple and their two sons", « un couple et ses deux fils »
        if value is not None:
            spans.append(NumberSpan(m.start(), m.end(), value))
            taken.append((m.start(), m.end()))
    if "oth" in text:
        for m in _BOTH.finditer(text):
            spans.append(NumberSpan(m.start(), m.end(), 2))
    spans.sort(key=lambda s: s.start)
    return spans


@dataclass(frozen=True, slots=True)
class Casualties:
    """Casualty figures found in some text; None where nothing was said."""

    fatalities: int | None
    injured: int | None


_KILL_AFTER = re.compile(
    # (a verb in quotes: "une quinzaine d'assaillants « neutralisés »")
    r"^(?:[\s,]+[\w'’-]+){0,7}?"
    # (with an aside that names some of them: "Five members of the security forces, including
    # an army colonel and a major, were killed")
    r"(?:,\s+(?:including|among them|dont|parmi eux|parmi lesquels|parmi lesquelles)\s"
    r"[^,.;:!?]{1,80}?,)?"
    r"[\s,«»\"“]+(?:were|have been|had been|was|ont été|a été|sont|"
    r"furent|sont morts|people|persons|personnes|civilians|civils)?\s*"
    r"(?:killed|dead|died|deaths|fatalities|killing|slain|martyred|tués?|tuées?|mort(?:e?s)?|"
    r"décédée?s?|décès|péri|ont péri|perdu la vie|lost their lives|lives|"
    # (soldiers fallen; not rockets that fell: « plusieurs sont tombées dans des quartiers »,
    # « cinq sont tombées en territoire israélien »: the feminine is the rockets' and bombs')
    r"tombés(?!\s+(?:dans|sur|près|non loin|à proximité|en)\b)|"
    r"succombé|slaughtered|massacred|beheaded|executed|égorgés|massacrés|exécutés|"
    r"décapités|brûlée?s? vi(?:f|fs|ve|ves)|burn(?:ed|t) alive|burned to death|"
    # (drowned when their vehicle plunged into a canal: « quatre gardes se sont noyés »)
    r"drowned|noyée?s|se sont noyée?s|"
    # "deux proches collaborateurs de la maire assassinés", "two guards shot dead"
    r"assassinated|assassinée?s|murdered|gunned down|shot dead|"
    # blows: "four men were beaten to death", « trois hommes lynchés par la foule »
    r"(?:beaten|stabbed|hacked|clubbed|stoned|bludgeoned|kicked|burnt|burned) to death|"
    r"lynched|lynchée?s|lapidée?s|"
    # people shot dead, « trois habitants abattus » (not drones or planes downed)
    + "".join(
        f"(?<={noun} {aux})abattue?s|"
        for noun in ("personnes", "habitants", "civils", "villageois", "hommes", "femmes",
                     "soldats", "militaires", "policiers", "gendarmes", "fidèles", "paysans")
        for aux in ("", "ont été ", "sont ", "ont été froidement ")
    ) +
    # fighters « éliminés » by an army: « six terroristes ont été éliminés »
    "".join(
        f"(?<={noun} {aux})éliminés|"
        for noun in ("assaillants", "terroristes", "jihadistes", "djihadistes", "insurgés",
                     "rebelles", "bandits", "combattants", "miliciens")
        for aux in ("", "ont été ", "sont ")
    ) +
    # an army's word for the attackers it killed, said of them ("une quinzaine d'assaillants
    # « neutralisés »"; not of drones: "trois ont été neutralisés")
    r"(?<=assaillants « )neutralisés|(?<=terroristes « )neutralisés|"
    r"(?<=assaillants )neutralisés|(?<=terroristes )neutralisés|(?<=jihadistes )neutralisés|"
    r"(?<=djihadistes )neutralisés|(?<=terrorists )neutrali[sz]ed|"
    r"(?<=militants )neutrali[sz]ed|"
    # (told with its auxiliary: "« Soixante-trois terroristes ont été neutralisés »")
    + "|".join(
        f"(?<={noun} {aux})neutrali[sz]\\w*"
        for noun in ("assaillants", "terroristes", "jihadistes", "djihadistes", "terrorists",
                     "militants", "attackers")
        for aux in ("ont été ", "ont été « ", "were ", "have been ")
    )
    + r")\b",
    re.IGNORECASE,
)
_KILL_NOUN_AFTER = re.compile(
    r"^\s*(?:people\s+|persons\s+|de\s+|d['’])?(?:dead|deaths|killed|morts?|tués?|tuées?|"
    r"décès|victimes? "
    r"mortelles?|bodies|corps|cadavres)\b",
    re.IGNORECASE,
)
_INJ_AFTER = re.compile(
    r"^(?:[\s,]+[\w'’-]+){0,7}?[\s,]+(?:were|have been|had been|was|ont été|a été|sont)?\s*"
    # (not wounded of their own, uncounted: "Un village bombardé, des blessés")
    r"(?<![\s,]des )(?<![\s,]several )(?<![\s,]some )(?<![\s,]plusieurs )(?<![\s,]many )"
    r"(?:wounded|injured|hurt|injuries|blessés?|blessées?|"
    # the wounded told by their care: "154 were being treated in hospitals", "hospitalisés"
    r"(?:being\s+)?(?:treated|hospitali[sz]ed)|soignée?s|hospitalisée?s)\b",
    re.IGNORECASE,
)
#: The wounded named right after a figure ("12 injured", "24 personnes blessées").
_INJ_NOUN = (
    r"^\s*(?:people\s+|persons\s+|personnes\s+)?(?:wounded|injured|hurt|blessés?|blessées?)"
)
#: ... as a noun that ends its phrase ("61 injured, and ...", "douze blessés mais aucun mort"),
#: not an adjective ("three injured soldiers died").
_INJ_NOUN_ALONE = re.compile(
    _INJ_NOUN + r"\s*(?:[,.;:)]|and\b|et\b|mais\b|but\b|$)", re.IGNORECASE
)
_INJ_NOUN_AFTER = re.compile(_INJ_NOUN + r"\b", re.IGNORECASE)
#: A figure's qualifier: "at least", "près de".
_QUALIFIER = (
    r"(?:at least|more than|over|nearly|almost|about|around|some|up to|as many as|au moins|"
    r"plus de|près de|presque|environ|quelque|quelques|jusqu'à|pas moins de)"
)
_QUAL = _QUALIFIER + r"?\s*"
#: A day between the verb and the figure: "a tué lundi 20 personnes", "killed on Sunday 12".
_DAY = (
    r"(?:(?:on |ce |le )?(?:" + WEEKDAYS + r"|hier|yesterday)(?: (?:soir|matin|night|morning|"
    r"evening))?,?\s+)?"
)
#: The perpetrator's own count ("JNIM said it had killed 200 soldiers", "affirme avoir tué
#: près de 200 soldats"): a boast, not the toll.
_CLAIMED_KILL_BEFORE = re.compile(
    r"\b(?:(?:said|says|claimed|claims|saying)\s+(?:that\s+)?(?:it|they)\s+"
    r"(?:had\s+|have\s+|has\s+)?|claim(?:ed|s|ing)?\s+to\s+have\s+|"
    r"(?:affirm\w*|dit|disent|assur\w*|revendiqu\w*)\s+avoir\s+)"
    r"(?:killed|tué|abattu|neutralisé)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
#: A state's forces, as the ones who tell their count (on any case).
_STATE_COUNTS_BEFORE = re.compile(
    r"\b(?:the army|the military|troops|armed forces|security forces|defen[cs]e ministry|"
    r"ministry of defen[cs]e|l['’]armée|les forces armées|les militaires|le ministère de la "
    r"défense|l['’]état-major|the police|la police)\b",
    re.IGNORECASE,
)
#: After a figure, the foes a state's forces killed: "12 militants", « dix assaillants ».
_FOES_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:militants?|attackers?|assailants?|gunmen|insurgents?|"
    r"terrorists?|jihadists?|fighters|rebels?|bandits|assaillants?|terroristes|jihadistes|"
    r"djihadistes|insurgés|rebelles|combattants)\b",
    re.IGNORECASE,
)
#: A toll one side rejects: « qui rejette le bilan de 90 morts avancé par les séparatistes »,
#: "dismissed the claim of 90 dead" (the other side's count, not the report's).
_REJECTED_TOLL_BEFORE = re.compile(
    r"\b(?:rejett?\w*|démen\w*|contest\w*|reject\w*|dismiss\w*|den(?:y|ies|ied)|disput\w*)\s+"
    r"(?:le|la|les|the|a|un|ce)?\s*(?:bilan|chiffre|toll|figure|claim|count)s?\s+"
    r"(?:de|d['’]|of)\s*" + _QUAL + r"$",
    re.IGNORECASE,
)
#: The same a few words on: "affirmant s'être emparé de la base et y avoir tué « plus de
#: cent » soldats", "said it had seized the camp and killed 100 soldiers" (the claimant is the
#: subject: an infinitive after its own verb, or "it"/"they").
_CLAIMED_KILL_LOOSE = re.compile(
    r"(?:\b(?:affirm\w*|dit|disent|assur\w*|revendiqu\w*|prétend\w*)\s[^.;!?]{0,80}?"
    r"\bavoir\s[^.;!?]{0,30}?|"
    # "affirme que douze de ses combattants ont pris d'assaut le camp et tué 22 soldats"
    r"\b(?:affirm\w*|dit|disent|assur\w*|revendiqu\w*|prétend\w*)\s+qu(?:e\s|['’])"
    r"[^.;!?]{0,60}?\b(?:ses|leurs) (?:combattants|hommes|membres|moudjahidines?)\b"
    r"[^.;!?]{0,120}?|"
    r"\b(?:said|says|saying|claimed|claims|claiming)\s+(?:on \w+\s+)?(?:that\s+)?"
    r"(?:it|they|its (?:fighters|militants|men)|their fighters)\s[^.;!?]{0,80}?)"
    r"\b(?:killed|tué|abattu|neutralisé)\s+[«“\"]?\s*" + _QUALIFIER + r"?\s*[«“\"]?\s*$",
    re.IGNORECASE,
)
#: A figure quoted from a side's claim: "les shebab revendiquent « 178 soldats tués »".
_CLAIMED_QUOTE_BEFORE = re.compile(
    r"\b(?:revendiqu\w+|claim(?:s|ed|ing)?)\s+[«“\"]\s*" + _QUALIFIER + r"?\s*$", re.IGNORECASE
)
#: A figure told as a side's claim: "claimed, without evidence, that "up to 180 foreign
#: mercenaries" had been killed".
_CLAIMED_THAT_BEFORE = re.compile(
    r"\bclaim(?:ed|s|ing)\b,?[^.;!?]{0,40}?\bthat\s+[«“\"]?\s*" + _QUAL + r"$", re.IGNORECASE
)
#: "the toll rose to", "the number of dead had risen to", "le bilan est passé à"
_TOLL_VERB = (
    r"(?:(?:(?:had|has|have|was|now)\s+)?(?:(?:since|later|subsequently|then|quickly)\s+)?(?:rose|risen|rises|climbed|climbs|reached|"
    r"reaches|stood|stands|jumped|s['’]élève|s['’]est alourdi|s['’]alourdit|est passé|"
    r"est monté|a grimpé)"
    r"(?:\s+(?:désormais|now|again))?\s+(?:to|at|à)|"
    # "death toll reaches 21", « le bilan atteint 21 morts »
    r"(?:(?:has|have|had|now)\s+)?(?:reached|reaches|hits|hit|tops|topped|atteint|dépasse)|"
    # a headline's toll without its verb: "Rescue operation ends in Zaporizhzhia, death toll at
    # 13"
    # (not another source's figure: "a survivor put the death toll at more than 320")
    r"(?<=toll )(?<!put the toll )(?<!puts the toll )(?<!put the death toll )"
    r"(?<!puts the death toll )at)"
)
_TOLL = (
    r"(?:toll|number of (?:dead|deaths|people killed|victims)|bilan|nombre de (?:morts|tués))"
    r"\s+" + _TOLL_VERB
)
#: One person told by a pronoun before the others killed with them: "killing him and four
#: members of his family".
_HIM_AND = r"(?:him|her)\s+(?:and|as well as)\s+"
#: One person by office at the head of a headline's list of the dead: "Gunmen kill village
#: headman, four relatives".
_LIST_HEAD = (
    r"(?:headman|chief|leader|commander|mayor|imam|pastor|priest|teacher|official)"
)
_KILL_BEFORE = re.compile(
    r"\b(?:killing|killed|kill|kills|tuant|tué|tuée|tués|tuées|ont tué|a tué|tue|tuent|"
    r"slaughter(?:ed|ing|s)?|massacr(?:ed|ing|es?|ant)|behead(?:ed|ing|s)?|execut(?:ed|ing|es)|"
    r"égorgé|égorgeant|massacré|exécuté|décapité|"
    r"(?:cut|cutting|slit|slitting|cuts|slits) the throats of|"
    r"claimed the lives of|coûté la vie à|bodies of|corps de|"
    # "condemn killing of two Kurdish reporters", « l'assassinat de deux journalistes »
    r"killings? of|assassinats? de|meurtres? de|"
    # "confirmed the deaths of 12 soldiers", "reconnaît la mort de 63 soldats"
    r"the deaths? of|la mort de|le décès de|"
    # an army's word for the attackers it killed: "neutralised 58 terrorists", "de
    # « neutraliser » 58 terroristes"
    r"neutrali[sz](?:ed|ing|e)|neutralis(?:é|és|ée|ées|ant|er)\s*[»”\"]?|"
    r"(?:a|ont|avoir) éliminé|éliminant|"
    + _TOLL + r")\s+" + _DAY
    # "killed a woman and two of her children", "tuant un homme et ses deux fils"
    # ... and more before them: "killed a drug smuggler, his wife and their six children"
    + r"(?:(?:an?|one|un|une)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
    r"(?:\s*,\s*(?:his|her|sa|son)\s+[\w'’-]+)?\s*,?\s+(?:and|et)\s+|"
    # ... or by a pronoun, or by office in a headline's list: "killing him and four members of
    # his family", « le tuant ainsi que deux de ses fils », "kill village headman, four
    # relatives"
    + _HIM_AND + r"|ainsi que\s+|"
    r"(?:a\s+|an\s+|the\s+)?(?:[\w'’-]+\s+)?" + _LIST_HEAD + r"\s*,\s+)?"
    r"(?:his\s+|her\s+|their\s+|ses\s+|leurs\s+)?" + _QUAL + r"$",
    re.IGNORECASE,
)
_CLAUSES = re.compile(r"\s*;\s+")
#: Who the dead were, told between commas before the verb: the figure before it is the toll
#: ("Seven people, including a doctor and six workers, were killed", « Deux Israéliens, un
#: père et son fils, ont été tués »).
_APPOSITION_VERBS = (" were ", " been ", " été ", " sont ")  # (a cheap test before the pattern)
_APPOSITION = re.compile(
    r"(?<=[\w'’])\s*,\s*(?:dont|including|among them|among whom|parmi (?:eux|elles|lesquels|"
    r"lesquelles)|notamment|un|une|a|an)\s[^;.]{0,200}?,(?=\s*(?:were|have been|had been|"
    r"ont été|sont|avaient été)\s+(?:[\w-]+\s+)?(?:killed|shot|wounded|injured|tués|tuées|"
    r"abattus|abattues|blessés|blessées)\b)",
    re.IGNORECASE,
)
_BURN_BEFORE = re.compile(r"\bburn(?:s|ed|t|ing)?\s+" + _QUAL + r"$", re.IGNORECASE)
_ALIVE_AFTER = re.compile(r"^\s+(?:[\w'’-]+\s+){0,3}alive\b", re.IGNORECASE)
#: The same toll with what it counts between ("the death toll from a string of suicide
#: bombings in the town of Gwoza has risen to 32"), read on a longer stretch of text.
_TOLL_BEFORE = re.compile(
    r"\b(?:toll|bilan)\s+(?:from|of|in|de|du|des)\s[^.;]{0,110}?\s" + _TOLL_VERB + r"\s+"
    + _QUAL
    + r"$|"
    # "bringing the death toll to 21", « portant le bilan à 21 morts »
    # (and the authorities' own: "Russia raises Makiivka death toll to 89", « Moscou porte son
    # bilan à 89 morts »; a word or two between, "the known toll", but not a wider one's: "the
    # day's toll")
    r"\b(?:bringing|raising|taking|pushing|portant|faisant passer|raises|raised|porte|a porté|"
    r"fait passer|a fait passer)\s+(?:the\s+|le\s+|son\s+|its\s+|their\s+|leur\s+)?"
    r"(?:(?!(?:day|week|month|year|war|country|nation)['’]s\b|nationwide\b|national\b)"
    r"[\w'’-]+\s+){0,2}?(?:death\s+)?(?:toll|bilan)\b[^.;]{0,110}?\s(?:to|à)\s+" + _QUAL
    + r"$",
    re.IGNORECASE,
)
#: "the death toll has risen to", "le bilan s'est alourdi à": the figure after is the toll.
_TOLL_UPDATE = re.compile(r"\b" + _TOLL + r"\s+" + _QUAL + r"$", re.IGNORECASE)
#: The toll of the wounded: "toll of wounded rises to 38", "le bilan des blessés s'est alourdi à".
_HURT_TOLL_BEFORE = re.compile(
    r"\b(?:toll|number|bilan|nombre)\s+(?:of\s+(?:the\s+)?|des\s+|de\s+)(?:wounded|injured|"
    r"blessés)\s+" + _TOLL_VERB + r"\s+" + _QUAL + r"$|"
    # the wounded told first, then what they were hurt in: "the number of people injured in
    # this morning's strike on Pavlohrad has risen to 40" (no other count between)
    r"\b(?:(?:number|nombre)\s+(?:of\s+people\s+|de\s+personnes\s+))?(?:wounded|injured|"
    r"blessés)\s+(?:in|by|dans|lors)\b(?:(?!\b(?:death|dead|killed|morts?|tués|fatalit\w*|"
    r"bilan|toll)\b)[^.;:\d]){0,70}?\s" + _TOLL_VERB + r"\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_INJ_BEFORE = re.compile(
    r"\b(?:wounding|injuring|wounded|injured|wound|injure|blessant|blessé|blessés|"
    r"blessée|blessées|a blessé|ont blessé)\s+" + _DAY + _QUAL + r"$",
    re.IGNORECASE,
)
_ZERO_BOTH_LOW = lowered(
    r"\b(?:no (?:casualties|victims)|without (?:causing )?casualties|caused no casualties|"
    r"aucune victime|pas de victimes?|sans faire de victimes?|n'a fait aucune victime|"
    r"n['’](?:a|ont|avait|avaient) pas fait de victimes?|"
    r"n’a fait aucune victime|(?:no one|nobody) (?:was|were|has been|had been) "
    r"(?:killed or )?(?:hurt|injured|wounded)|personne n['’](?:a|avait) été (?:blessée?|touchée?)|"
    r"sans faire de blessés?|"
    # « l'attaque n'a fait ni victime ni dégât », « ni mort ni blessé »
    r"n['’](?:a|ont|avait|avaient) fait ni (?:victimes?|morts?|blessés?)|ni morts? ni blessés?)\b"
    # (not a nil toll of one side: "sans faire de victime parmi les militaires américains",
    # "no casualties among U.S. personnel")
    r"(?!\s+(?:parmi|among|in (?:its|their) ranks|dans (?:ses|leurs) rangs|côté|on the))")
_ZERO_DEAD_LOW = lowered(
    r"\b(?:(?:no one|nobody|none) (?:was|were|has been|had been|have been) killed|no deaths|"
    r"no fatalities|(?:no one|nobody) (?:died|had died|has died)|"
    r"aucun mort|pas de morts?|aucun décès|sans faire de morts?|personne n'a été tué|"
    r"personne n’a été tué|n['’](?:a|ont|avait|avaient) pas fait de morts?)\b")
_ZERO_HURT_LOW = lowered(
    r"\b(?:no (?:one|body) (?:was|were|has been|had been) (?:hurt|injured|wounded)|no injuries|"
    r"aucun blessé|pas de blessés?)\b")
#: A toll in a clause about an earlier event: "qui avait fait trois morts", "which had
#: killed 12", "that had left 40 dead".
_EARLIER_TOLL_BEFORE = re.compile(
    r"\b(?:qui|which|that|who)\s+(?:avait|avaient|had)\s+(?:fait|tué|coûté la vie à|killed|"
    r"left|claimed the lives of)\s+" + _QUAL + r"$|"
    # an earlier attack that dates this one: "four days after cross-border shelling killed six
    # civilians", « deux jours après l'attaque qui a tué cinq soldats »
    r"\b(?:days?|weeks?|months?|jours?|semaines?|mois)\s+(?:after|après)\b[^.;,]{0,100}?"
    r"\b(?:killed|left|claimed the lives of|tué|tuant|a fait|avait fait|coûté la vie à)\s+"
    + _QUAL + r"$|"
    # ... or told by its dead alone: "days after three others died", « cinq jours après la
    # mort de trois autres »
    r"\b(?:hours?|days?|weeks?|heures?|jours?|semaines?)\s+(?:after|après)\s+(?:la mort de\s+)?"
    + _QUAL + r"$|"
    # ... or as the one this came after: « survenue peu après celle de Pisselé, un autre
    # village, où six personnes ont été tuées », "shortly after the one in X, where six died"
    r"\b(?:après|after|avant|before)\s+(?:celle|celui|that|the one)\s+(?:de|d['’]|du|of|in|at|"
    r"on)\b[^.;]{0,100}?\b(?:où|in which|where)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
#: A figure the report says it could not verify: "..., a figure that could not be
#: independently verified", « un bilan qui n'a pas pu être vérifié de source indépendante ».
_UNVERIFIED_FIGURE_AFTER = re.compile(
    r"[^.;]{0,90}?,\s+(?:a (?:figure|toll|number|claim|count)|un (?:chiffre|bilan))\s+"
    r"(?:that|which|qui)\s+(?:could not|cannot|can['’]t|could not yet|n['’]a pas pu|"
    r"ne peut|ne pouvait|n['’]a pu)\b",
    re.IGNORECASE,
)
#: Another projectile or impact than the one the report counts (on lower-cased text).
_OTHER_IMPACT_LOW = re.compile(
    r"\b(?:an?|the|une?|la|le)\s+(?:second|third|other|deuxième|seconde?|troisième|autre)\s+"
    r"(?:rocket|missile|drone|shell|projectile|strike|explosion|blast|roquette|obus|frappe)s?\b|"
    r"\banother\s+(?:rocket|missile|drone|shell|projectile|strike|explosion|"
    r"blast)\b"
)
#: What a reprisal answers: "en riposte aux frappes sur Beyrouth, qui ont fait 22 morts".
_REPRISAL_BEFORE = re.compile(
    # (a riposte to something, not the riposte that killed: "la riposte des forces a permis
    # de neutraliser 58 terroristes")
    rf"\b(?:riposte (?:à|aux|au)|représailles|{REPRISAL_FOR})\b[^.;]{{0,140}}$",
    re.IGNORECASE,
)
#: A figure counting people who met another fate: "abducting 25 students and killing a staff
#: member", "enlevant 25 élèves".
_OTHER_FATE_BEFORE = re.compile(
    r"\b(?:abduct\w*|kidnap\w*|seiz\w+|arrest\w*|rescu\w+|freed|freeing|releas\w+|detain\w*|"
    r"captur\w+|evacuat\w+|enlev\w+|enlèv\w+|kidnapp\w+|arrêt\w+|libér\w+|sauv\w+|évacu\w+)"
    r"\s+(?:at least |about |some |more than |nearly |au moins |environ |plus de |près de )?$",
    re.IGNORECASE,
)
#: A month before a figure: a date ("on the evening of Aug. 10, killing one person").
_MONTH_BEFORE = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$",
    re.IGNORECASE,
)
#: An age told with hyphens after a figure: "their 12-year-old son", "a 23-day-old girl".
_HYPHENATED_AGE_AFTER = re.compile(r"^-(?:year|month|week|day)s?-old\b", re.IGNORECASE)
#: An age after its figure or before it: "six-year-old", "aged 6", « de six ans », « âgés de
#: quatre et six ans », « deux garçons de 8 et 15 ans », "aged 8 and 15".
_AGE_AFTER = re.compile(
    r"^(?:\s*(?:,|et|and)\s*\d{1,2})*(?:-|\s+)?(?:years?[- ]old\b|ans\b|"
    # (an age told roughly: « un manifestant d'une vingtaine d'années »)
    r"d['’]années\b)", re.IGNORECASE
)
_AGED_BEFORE = re.compile(r"\b(?:aged|âgée?s?\s+de)\s+(?:\d{1,2}\s*(?:,|and|et)\s*)*$",
                          re.IGNORECASE)


#: An age told by the verb alone: "the chief, who was about 60, was later executed".
_WHO_WAS_BEFORE = re.compile(
    r"\b(?:who|he|she) (?:was|is) (?:about |around |only |just |nearly |over )?$", re.IGNORECASE
)
_CLAUSE_ENDS = re.compile(r"^\s*(?:[,;.)]|$|when\b|and\b)")


def _is_age(sentence: str, number: NumberSpan) -> bool:
    return bool(
        _AGE_AFTER.match(sentence[number.end : number.end + 24])
        or _AGED_BEFORE.search(sentence[max(0, number.start - 30) : number.start])
        or (
            _WHO_WAS_BEFORE.search(sentence[max(0, number.start - 30) : number.start])
            and _CLAUSE_ENDS.match(sentence[number.end : number.end + 8])
        )
    )


#: A name and a comma before a figure followed by a comma: an age ("Omar Qatin, 27, was").
_AGE_BEFORE_LOW = lowered(
    r"[A-Z][\w'’-]+,\s*$|"
    # "the woman, 40, was pronounced dead"
    r"\b(?:woman|man|girl|boy|mother|father|son|daughter|wife|husband|teenager|victim|driver|"
    r"soldier|officer|resident|farmer|student|child|brother|sister|grandmother|grandfather|"
    r"journalist|worker|guard|doctor|nurse|policeman|settler|pilgrim),\s*$|"
    # "two boys, 8 and 15, were shot"
    r"\b(?:boys|girls|children|sons|daughters|brothers|sisters|teenagers),\s*"
    r"(?:\d{1,2}\s*(?:,|and)\s*)*$")
_NEGATED = re.compile(r"\b(?:no|not|nobody|aucun|aucune|sans)\s*$", re.IGNORECASE)
#: "killing three foreign nationals and one Afghan": two groups of one toll.
_AND_BETWEEN = re.compile(
    # (with an age told between: « une fillette de six ans et un homme »)
    r"^\s+(?:(?:[\w'’-]+\s+){1,3}(?:(?:de|âgée?s? de)\s+[\w-]+\s+ans,?\s+)?(?:and|et)\s+|"
    # (the list's last item after a comma: "31 of them women, as well as seven soldiers")
    r"(?:[\w'’-]+\s+){0,2}[\w'’-]+,?\s+(?:as well as|ainsi que|along with)\s+)"
    r"(?:à\s+|aux\s+|de\s+|d['’])?"
    # "une femme et ses deux enfants", "a man and his three sons"
    r"(?:his\s+|her\s+|their\s+|ses\s+|leurs\s+)?"
    # "three soldiers and more than 15 bandits"
    r"(?:" + _QUALIFIER + r"\s+)?$",
    re.IGNORECASE,
)
#: A side's own dead, told as lost: "We lost at least 17 soldiers", « l'armée a perdu 17
#: hommes » (with people after the figure).
_LOST_BEFORE = re.compile(
    r"\b(?:lost|losing|loses|perdu|perd|perdent)\s+(?:at least\s+|au moins\s+|some\s+)?$",
    re.IGNORECASE,
)
#: One more dead told by its rank: "a sixth soldier succumbed", « une deuxième personne a
#: succombé à ses blessures ».
_ORDINAL_DEATH = re.compile(
    r"\b(?:a|the|une?|le|la)\s+(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|deuxième|seconde?|troisième|quatrième|cinquième|sixième|septième|huitième|"
    r"neuvième|dixième)\s+(?:[\w'’-]+\s+)?(?:person|victim|soldier|policeman|officer|civilian|"
    r"man|woman|child|personne|victime|soldat|militaire|policier|civil|homme|femme|enfant)\b"
    r"[^.;]{0,40}?\b(?:died|dies|succumb\w*|succombé|succombe|décéd\w*|mort\w*|killed|tuée?)\b",
    re.IGNORECASE,
)
_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "deuxième": 2, "seconde": 2, "troisième": 3,
    "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9,
    "dixième": 10,
}
_ORDINAL_HINTS = ("second", "third", "th ", "ième")
#: One person named before a figure and joined to it: "a woman and her two children".
_ONE_AND_BEFORE = re.compile(
    r"\b(?:an?|one)\s+(?:[\w'’-]+\s+)?[a-z][\w'’-]*[^s\W]\s+and\s+(?:his\s+|her\s+|their\s+)?$|"
    # one told by a pronoun: "killing him and four members of his family", « le tuant ainsi
    # que deux de ses fils »
    r"\b(?:killing|killed|kills?)\s+" + _HIM_AND + r"(?:his\s+|her\s+)?$|"
    r"\ble\s+tuant\s+(?:ainsi que|et|avec)\s+(?:ses\s+)?$|"
    # one by office, first in a headline's list: "Gunmen kill village headman, four relatives"
    r"\b(?:kills?|killed|killing)\s+(?:a\s+|an\s+|the\s+)?(?:[\w'’-]+\s+)?" + _LIST_HEAD
    + r"\s*,\s+$",
    re.IGNORECASE,
)
#: The second figure of a list counts others than the dead: "95 killed, 19 missing".
_OTHER_FATE_AFTER = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,3}?(?:d['’])?(?:missing|injured|wounded|hurt|abducted|kidnapped|"
    r"arrested|captured|rescued|freed|evacuated|displaced|disparus|blessée?s|enlevée?s|"
    r"libérée?s|arrêtée?s|portés disparus|portées disparues|disparues|évacuée?s|en fuite|"
    r"évadés|escaped|fled|on the run|détenue?s|prisoners|inmates|interpellée?s|capturée?s|"
    r"faits prisonniers|rescapés|"
    r"survivors|survivants|"
    # (and the fates told as nouns: "one dead and 20 arrests", « une vingtaine d'arrestations »)
    r"arrests|arrestations|interpellations|detentions|abductions|kidnappings|enlèvements|"
    r"disappearances|disparitions)\b",
    re.IGNORECASE,
)


#: The same fate befalling them after the first: "abducted and killed", « enlevés puis tués ».
_THEN_KILLED = re.compile(
    r"\s+(?:and|et|then|puis|before being|avant d['’]être)\s+(?:later\s+|then\s+|puis\s+)?"
    r"(?:killed|executed|murdered|slain|shot dead|tuée?s?|exécutée?s?|assassinée?s?|abattue?s?)\b",
    re.IGNORECASE,
)


#: People told taken, missing, held, set free or hurt, before others are told: "17 people
#: abducted and", « 17 personnes enlevées et ».
_TAKEN_AFTER = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,2}?(?:abducted|kidnapped|arrested|missing|captured|taken hostage|"
    r"enlevée?s|kidnappée?s|disparue?s|arrêtée?s|interpellée?s|capturée?s|"
    r"pris en otages?|prises en otages?|"
    # (or set free: "930 prisonniers libérés, 11 morts", "900 inmates escaped and 11 dead")
    + SET_FREE + r"|"
    # (or hurt: "three soldiers were wounded and none was killed")
    r"wounded|injured|blessée?s)(?=\s*(?:,|and\b|et\b))",
    re.IGNORECASE,
)


def _another_fate_only(window: str) -> bool:
    """Whether the people counted are told taken, not killed, before others are told."""
    fate = _TAKEN_AFTER.match(window)
    return fate is not None and not _THEN_KILLED.match(window, fate.end())


_COMMA_BETWEEN = re.compile(r"^\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+,\s+$")
_OF_THE_BEFORE = re.compile(r"\b(?:of|among|parmi|sur|d['’]entre)\s+(?:the|les|ces|these)\s+$",
                            re.IGNORECASE)
_VERB_AFTER = re.compile(r"^\s+(?:were|was|are|of|ont|sont|d['’]entre)\b", re.IGNORECASE)
#: Who told the figure, after a comma: "killing at least five soldiers, two security officials
#: said" (the officials are no second count of dead).
_SOURCE_AFTER = re.compile(
    r"^(?:\s+[\w'’-]+){0,3}?\s+(?:said|say|says|told|reported|added|a indiqué|ont indiqué|"
    r"ont déclaré|ont affirmé|ont rapporté|ont précisé|ont dit)\b",
    re.IGNORECASE,
)


#: A running count over a span that this incident adds to: "taking to seven the number of
#: civilians killed by militants in the valley in five days", « portant à neuf le nombre de
#: soldats tués depuis le début du mois ».
_RUNNING_TOLL_BEFORE = re.compile(
    r"\b(?:taking|bringing|raising|pushing|takes|brings|raises|portant|porte|portent|"
    r"ce qui porte)\s+(?:to\s+|à\s+)?$",
    re.IGNORECASE,
)
_RUNNING_TOLL_AFTER = re.compile(
    r"^\s+(?:the number|the total|le nombre|le total|le bilan)\b[^.;]{0,90}?"
    r"\b(?:in|over|during|since|this|so far|depuis|en|cette|ce|cet)\b[^.;]{0,40}?"
    r"\b(?:days?|weeks?|months?|years?|jours|semaines|mois|ans|années?|début)\b",
    re.IGNORECASE,
)
#: A part of the figure before, told with no fate of its own in its clause: "wounding three
#: men, one of them critically" (but "two of them died later" are dead, "37 of them injured"
#: hurt).
_PART_OF_THEM_AFTER = re.compile(
    r"^\s+(?:of them|of whom|d['’]entre eux|d['’]entre elles)\b"
    r"(?![^,.;]*\b(?:died|killed|dead|succumbed|morts?|mortes|décédée?s?|tuée?s?|succombé|"
    r"injured|wounded|hurt|blessée?s?)\b)",
    re.IGNORECASE,
)
#: The parts go on after a part: "12 of them children and 10 women".
_MORE_PARTS = re.compile(
    r"^\s+(?:of them|of whom|d['’]entre eux|d['’]entre elles)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:and|et)\s+$",
    re.IGNORECASE,
)
#: One more of another kind after a figure, with no figure of its own: "10 jawans, driver
#: killed", "three soldiers and a civilian killed", "deux soldats et un civil tués".
_PLUS_ONE = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+(?:,|\s+and|\s+et)\s+(?:a |an |one |the |their |un |"
    # ("four soldiers from the UAE and a Bahraini military officer were killed")
    r"une |leur |le |la )?(?:[\w'’-]+\s+){0,2}?"
    r"(?![\w'’-]*(?:men|children|people|police|personnel|staff|crew|"
    r"militia|youth|folk|cattle|livestock)\b|(?:were|was|ont|été|a|had|has|have|been)\b)"
    r"[a-zé][\w'’-]*[^s\W]\s+"
    r"(?:were |was |ont été |a été )?"
    r"(?:killed|dead|martyred|slain|tués?|tuées?|morts?)\b"
)

#: A killing verb just before a figure: "killed five Hamas members", "tuant quatre soldats".
_KILLING_BEFORE = re.compile(
    r"\b(?:killing|killed|kills|kill|tuant|a tué|ont tué|tue|tuent)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
#: One more of another kind after the figure the verb governs, ending the phrase: "five Hamas
#: members and a Qatari security officer", "quatre soldats et un civil".
_AND_ONE_AFTER = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+(?:and|et)\s+(?:a|an|one|un|une)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?!(?:other|autre|few|number|total|" + _ROUND + r")\b)"
    r"[a-zé][\w'’-]*[^s\W](?=\s*(?:[,.;]|$|\s+(?:in|on|at|near|during|when|while|dans|à|lors|"
    r"près|pendant|alors|who|qui)\b))",
    re.IGNORECASE,
)


#: A figure written like a year, and the people a count of them names right after it.
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|until|of|before|after|en|depuis|de|du|jusqu['’]en|avant|après|year|année)"
    r"\s+$",
    re.IGNORECASE,
)
_PEOPLE_AFTER = re.compile(
    r"^\s+(?:[\w'’-]+\s+)?(?:people|persons|civilians|soldiers|fighters|militants|"
    r"personnes|civils|soldats|militaires|combattants|morts|dead|killed|tués)\b",
    re.IGNORECASE,
)


_AND_ONE_KIN_AFTER = re.compile(
    r"^\s+(?:[\w'’-]+\s+){1,2}(?:and|et)\s+(?:his|her|their|sa|son|leur)\s+"
    r"(?:grand-?mother|grand-?father|mother|father|wife|husband|son|daughter|brother|sister|"
    r"grand-mère|grand-père|mère|père|femme|épouse|mari|fils|fille|frère|sœur|soeur)\b",
    re.IGNORECASE,
)


def _joined_dead(
    sentence: str, numbers: list[NumberSpan], kinds: list[str | None], i: int
) -> int:
    """The dead counted right after this number and joined to it by "and" ("two soldiers
    and three civilians"), to be added; 0 if none."""
    if i + 1 >= len(numbers) or kinds[i + 1] == "hurt":
        # one kinsman told after them without a figure: "killed three girls and their
        # grandmother", « tué deux enfants et leur mère »
        end = numbers[i + 1].start if i + 1 < len(numbers) else len(sentence)
        return 1 if _AND_ONE_KIN_AFTER.match(sentence[numbers[i].end : end]) else 0
    nxt, start = numbers[i + 1], numbers[i].end
    if (
        i + 2 < len(numbers) and _PART_OF_THEM_AFTER.match(sentence[nxt.end : nxt.end + 80])
        and _COMMA_BETWEEN.match(sentence[start : nxt.start])
    ):
        # a part told between: "killing 35 civilians, 31 of them women, as well as seven
        # soldiers"
        nxt, start = numbers[i + 2], nxt.end
        if _MORE_PARTS.match(sentence[start : nxt.start]):
            return 0  # another part: "22 civilians, 12 of them children and 10 women"
    between = sentence[start : nxt.start]
    if not _AND_BETWEEN.match(between) and not (
        _COMMA_BETWEEN.match(between) and not _VERB_AFTER.match(sentence[nxt.end : nxt.end + 12])
        and not _SOURCE_AFTER.match(sentence[nxt.end : nxt.end + 50])
    ):
        return 0
    after = sentence[nxt.end : nxt.end + 60]
    if (
        _INJ_NOUN_AFTER.match(after) or _INJ_AFTER.match(after)
        or _OTHER_FATE_AFTER.match(after)
        or _NOT_PEOPLE_AFTER.match(after) or nxt.value > MAX_PLAUSIBLE
    ):
        return 0
    return nxt.value


_TOLL_WORD = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?|bod(?:y|ies)|wound\w*|injur\w*|hurt|tué\w*|tuant|mort\w*|"
    r"décédée?s?|corps|décès|bless\w*|victims?|victimes?|martyr\w*|detained|arrested|arrêtés?|"
    r"missing|disparus?|abducted|kidnapped|enlevée?s?)\b",
    re.IGNORECASE,
)
#: Two figures of people joined by a plain "and" ("four soldiers and two policemen"; not "20
#: dead, including 12 children, as well as nine wounded").
_PLAIN_AND = re.compile(
    r"^\s+(?:[\w'’-]+\s+){1,3}(?:and|et)\s+(?:his\s+|her\s+|their\s+|ses\s+|leurs\s+)?$",
    re.IGNORECASE,
)
#: Before a figure, a part of a whole told before it: "including", « dont ».
_PART_WORD_BEFORE = re.compile(
    r"\b(?:including|among them|of them|of whom|dont|parmi (?:eux|elles|lesquels))\s+$",
    re.IGNORECASE,
)


def _plainly_joined(sentence: str, first: NumberSpan, second: NumberSpan) -> bool:
    """Whether two figures count people of two kinds joined by "and", neither given a toll of
    its own between them nor the first a part of a figure before it."""
    between = sentence[first.end : second.start]
    before = sentence[max(0, first.start - 60) : first.start]
    return (
        bool(_PLAIN_AND.match(between)) and not _TOLL_WORD.search(between)
        and not _PART_WORD_BEFORE.search(before[-20:])
        # (nor the first a toll of its own: « la mort de huit militaires et treize blessés »)
        and not _KILL_BEFORE.search(before) and not _TOLL_BEFORE.search(before)
    )


def _joined_hurt(
    sentence: str, numbers: list[NumberSpan], kinds: list[str | None], i: int
) -> int:
    """The people counted right after this wounded figure, of no toll of their own and joined
    to it by "and" ("wounding four soldiers and two policemen"), to be added; 0 if none."""
    if i + 1 >= len(numbers) or kinds[i + 1] is not None:
        return 0
    nxt = numbers[i + 1]
    after = sentence[nxt.end : nxt.end + 60]
    if (
        not _plainly_joined(sentence, numbers[i], nxt)
        or _KILL_NOUN_AFTER.match(after) or _KILL_AFTER.match(after)
        or _OTHER_FATE_AFTER.match(after)
        or _NOT_PEOPLE_AFTER.match(after) or nxt.value > MAX_PLAUSIBLE
    ):
        return 0
    return nxt.value


#: The attackers, after their figure: "33 militants", "les 33 assaillants".
_ATTACKERS_AFTER = re.compile(
    r"^\s+(?:d['’]|de\s+|of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?(?:militants|attackers|assailants|"
    r"terrorists|insurgents|gunmen|"
    # (one of them: "one attacker blew himself up", « un assaillant a été abattu »)
    r"attacker|assailant|gunman|bomber|assaillant|kamikaze|"
    r"bombers|hijackers|jihadists|assaillants|terroristes|jihadistes|djihadistes|insurgés|"
    r"kamikazes|preneurs d['’]otages)\b",
    re.IGNORECASE,
)
#: One person by the role the news names them by.
_ONE_ROLE = (
    r"candidate|mayor|journalist|reporter|spokesman|spokeswoman|spokesperson|commander|"
    r"leader|chief|priest|imam|pastor|activist|lawmaker|senator|governor|judge|prosecutor|"
    r"minister|general|colonel|policeman|policewoman|singer|rapper|lawyer|officer|major|"
    r"captain|soldier|cameraman|photographer|driver|constable|jawan|sepoy|trooper|teacher|"
    r"principal|headmaster|doctor|nurse|engineer|guard|contractor|worker|star|footballer|"
    r"player|athlete|commissioner|administrator|councillor|councilor|chairman|analyst|"
    r"expert|scholar|researcher|academic|professor|cleric|businessman|politician|writer|"
    r"blogger|official"
)
#: One person killed, named or described, with no figure.
_ONE_DEAD = re.compile(
    r"\b(?:was|has been|had been)(?: later| then| subsequently)?(?: found)? (?:shot dead|"
    r"shot and killed|gunned down|executed|"
    r"shot to death|killed|assassinated|murdered|stabbed to death|beaten to death|"
    r"hacked to death|burnt to death|burned to death|martyred)\b|"
    r"\bfound (?:stabbed|beaten|hacked) to death\b|"
    # one body found: "was found dead", « a été retrouvé mort par balles », « retrouvée morte »
    r"\b(?:was|has been|had been) found dead\b|\bretrouvée? morte?\b(?!s)|"
    # one person by role, in a headline's shorthand: "Mexican mayoral candidate shot dead",
    # "strike kills Hezbollah spokesman Mohammad Afif"
    r"\b(?:" + _ONE_ROLE + r")\s+(?:[A-Z][\w'’-]+\s+){0,3}(?:shot dead|gunned down|killed|"
    r"assassinated|murdered|martyred|burnt to death|burned to death)"
    r"(?:\s+(?!by\b)(?:in|at|as|near|during|on|after|outside|inside)\b|,)|"
    r"\b(?:kills?|killed|killing|assassinates?)\s+(?:[A-Z][\w'’-]+\s+){0,3}(?:" + _ONE_ROLE
    + r")\b(?!s)|"
    # "kill assistant commissioner", "killing the district administrator"
    r"\b(?:kills?|killed|killing|assassinates?)\s+(?:the\s+|an?\s+)?(?:assistant|deputy|"
    r"district|local|senior|regional|provincial|police|army|town|village)\s+(?:[a-z]+\s+)?(?:"
    + _ONE_ROLE + r")\b(?!s)|"
    r"\ba été (?:tuée?|abattue?|assassinée?)\b|\best (?:mort|morte|décédée?)\b|"
    # the death told as a noun: « Mort d'un missionnaire américain à Bambui », "Death of a
    # US missionary", « l'assassinat d'une journaliste »
    r"(?<!contre la )(?<!après la )(?<!suite à la )(?<!venger la )"
    r"\b(?:mort|décès|assassinat|meurtre)\s+d['’]une?\s+(?!(?:" + _ROUND + r")\b)[\w'’-]+|"
    # (not a cause told: "a procession protesting the death of a young man")
    r"(?<!protesting the )(?<!protest over the )(?<!over the )(?<!after the )"
    r"(?<!following the )(?<!against the )(?<!avenge the )"
    r"\b(?:death|killing|murder|assassination)\s+of\s+(?:an?|one)\s+(?!(?:few|number|dozen|"
    r"score|hundred|thousand|total)\b)[\w'’-]+|"
    # a headline's participle: "la journaliste Shireen Abu Akleh tuée à Jénine", "un soldat tué"
    # (not the one who killed or downed: « le ministère a affirmé avoir abattu 57 drones »)
    r"\b(?:le|la|un|une)\s+(?!(?:[\w'’-]+\s+){0,5}?(?:a|ont|avoir|avait)\s+"
    r"(?:tuée?|abattue?|assassinée?)\b)"
    # (not a verb with its object: "pris le camp et tué plus de cent soldats")
    r"(?:(?!et\b)[\w'’-]+\s+){1,6}?(?:tuée?|abattue?|assassinée?)\b(?!s)"
    r"(?!\s+(?:plus|au moins|près|quelque|\d|des|les|un|une|deux|trois|quatre|cinq|six|sept|"
    r"huit|neuf|dix|vingt|trente|cent)\b)|"
    # "killing a staff member", "tuant un gardien"
    r"\b(?:killing|kill|kills|killed|shot dead|gunned down|tuant|tué)\s+(?:a|an|one|un|une)\s+"
    r"(?!(?:few|number|score|hundred|thousand|total|yet|still|large|huge|great|high|certain|"
    r"nombre|" + _ROUND + r")\b)[\w'’-]+",
    re.IGNORECASE,
)


#: The kin of one person, killed with them: "killed together with his wife", "Vadatursky and
#: wife killed", « tué avec son épouse ».
KIN = (
    r"wife|husband|son|daughter|brother|sister|mother|father|cousin|nephew|niece|uncle|"
    r"épouse|femme|mari|fils|fille|frère|sœur|soeur|mère|père|neveu|nièce|oncle"
)
#: Two people before the figure joined to them: "a couple and their two sons", "a drug
#: smuggler, his wife and their six children".
_TWO_AND_BEFORE = re.compile(
    r"\b(?:an?|the)\s+(?:[\w'’-]+\s+)?couple\s+and\s+(?:their\s+)?$|"
    r"\b(?:an?|one|un|une)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,\s*(?:his|her|sa|son)\s+(?:"
    + KIN + r")\s*,?\s+(?:and|et)\s+(?:his\s+|her\s+|their\s+|ses\s+|leurs\s+)?$",
    re.IGNORECASE,
)
#: A couple and one more person, killed together: "A young American missionary couple and the
#: Haitian director of their mission were shot dead", « un couple et leur fils ont été tués »
#: (the one more told in the singular: "and their two sons" has its figure).
_COUPLE_AND_ONE = re.compile(
    r"\b(?:an?|the|un|le)\s+(?:[\w'’-]+\s+){0,3}?couple\s+(?:[\w'’-]+\s+){0,2}?(?:and|et)\s+"
    r"(?:the|a|an|their|its|le|la|leur|son|sa)\s+(?:(?!(?:two|three|four|five|deux|trois|quatre|"
    r"cinq)\b)[\w'’-]+\s+){1,6}?(?:were|have been|had been|ont été|a été)\s+(?:shot dead|"
    r"killed|gunned down|murdered|tués|abattus|assassinés)\b",
    re.IGNORECASE,
)
_ROLE_ITEM = (
    r"(?:(?i:(?:[a-z]+\s+)?(?:" + _ONE_ROLE + r"|" + KIN + r"))\b|[A-Z]{2,5}\b)"
    # (with the person's name: "journalist Ismail al-Ghoul and cameraman Rami al-Rifi")
    r"(?:\s+(?:[A-Z]|al-|el-|ad-|as-|an-|ar-)[\w'’-]+){0,3}"
)
#: Several people by role or kin, listed and killed together: "Army colonel, major and DSP
#: killed", and with commas only in a headline's shorthand: "Football star, cousin killed".
_ROLES_KILLED = re.compile(
    r"\b(" + _ROLE_ITEM + r"(?:\s*,\s*" + _ROLE_ITEM + r")*(?:\s+and\s+|\s*,\s*)" + _ROLE_ITEM
    + r")\s+(?:were\s+|have been\s+|had been\s+)?(?:killed|shot dead|gunned down|martyred)\b"
)


#: The attacker, named near a killing: "the gunman was shot dead", « le tireur abattu ».
_ATTACKER_NEAR = re.compile(
    r"\b(?:gunman|assailant|attacker|shooter|stabber|terrorist|bomber|tireur|assaillant|"
    r"agresseur|terroriste|kamikaze)\b",
    re.IGNORECASE,
)


#: The one attacker, told killed too: "The attacker was also killed", « le tireur a
#: également été abattu ».
_LONE_ATTACKER_KILLED = re.compile(
    r"\b(?:the|le|l['’])\s*(?:gunman|assailant|attacker|shooter|bomber|tireur|assaillant|"
    r"agresseur|kamikaze)\s+(?:was|has been|had been|a|a été)\s+(?:also\s+|later\s+|aussi\s+|"
    r"également\s+|lui-même\s+)?(?:été\s+)?(?:killed|shot dead|shot and killed|neutrali[sz]ed|"
    r"tué|abattu|neutralisé)\b",
    re.IGNORECASE,
)


def _one_dead_told(sentences: list[str], *, attackers_count: bool) -> bool:
    """Whether the text tells one person killed ("the candidate was shot dead"); an attacker
    killed alone ("le tireur palestinien abattu") only where attackers count."""
    return any(
        (attackers_count or not _ATTACKER_NEAR.search(x, max(0, m.start() - 50), m.end() + 5))
        # (not the one killed by what this attack answered: "in response to Israeli strikes,
        # including one on Tuesday that killed one of its members")
        and not _REPRISAL_BEFORE.search(x, max(0, m.start() - 160), m.start())
        for x in sentences for m in _ONE_DEAD.finditer(x)
    )


#: Who goes with one person and dies with them: "the bomb that killed General Kirillov and his
#: assistant", « tué avec son chauffeur ».
_COMPANION = (
    r"(?:" + KIN + r"|assistant|assistante|aide|driver|bodyguard|chauffeur|"
    r"garde du corps|adjoint|adjointe|deputy|secretary|secrétaire|companion|compagnon)"
)
_TWO_DEAD = re.compile(
    # two people by role, the object of one kill verb: "shot dead its principal and a teacher"
    r"\b(?:shot dead|killed|killing|kills|gunned down|assassinated)\s+"
    r"(?:its\s+|their\s+|the\s+|an?\s+|his\s+|her\s+)?(?:[a-z]+\s+)?(?:" + _ONE_ROLE
    + r")\s+and\s+(?:its\s+|their\s+|the\s+|an?\s+|his\s+|her\s+)?(?:[a-z]+\s+)?(?:"
    + _ONE_ROLE + r")\b(?!s)|"
    r"\b(?:killed|shot dead|tuée?|abattue?|assassinée?)\s+(?:together\s+)?(?:with|avec|along "
    r"with)\s+(?:his|her|sa|son)\s+" + _COMPANION + r"\b|"
    r"\b(?:killed|killing|kills|kill|shot dead|gunned down|tuant|tué|a tué|ont tué)\s+"
    r"(?:[\w'’.,-]+\s+){1,14}?"
    r"(?:and|et)\s+(?:his|her|sa|son)\s+" + _COMPANION + r"\b|"
    r"\b(?:and|et)\s+(?:his\s+|her\s+|sa\s+|son\s+)?" + _COMPANION
    + r"\s+(?:were\s+|ont été\s+)?(?:killed|shot dead|tués|abattus|assassinés)\b",
    re.IGNORECASE,
)


#: One person hurt, described, with no figure.
_ONE_HURT = re.compile(
    r"\b(?:a|an|one|the)\s+(?:(?!(?:said|says|told|several|many|some|dozens|other|others)\b)"
    r"[\w'’-]+\s+){0,3}?(?:was|has been|had been) (?:also )?"
    r"(?:seriously |critically |badly |lightly |slightly )?(?:hurt|wounded|injured)\b|"
    # "was shot in the neck and chest but survived"
    r"\b(?:was|had been) shot\b[^.;]{0,50}?\bbut survived\b|"
    # "He was rescued late in the evening and was being treated for injuries"
    r"\b(?:he|she)\s+(?:[\w'’-]+\s+){0,8}?(?:was|is)\s+(?:being\s+)?(?:treated|hospitali[sz]ed)"
    r"\s+for\s+(?:his\s+|her\s+)?(?:injuries|wounds)\b|"
    # "burning a priest to death and wounding another"
    r"\b(?:wounding|injuring|blessant)\s+(?:another|un autre|une autre)\b(?!\s+\w+\s+(?:people|"
    r"persons|personnes))|"
    r"\b(?:un|une|le|la|son|sa)\s+(?:[\w'’-]+\s+){0,3}?a été (?:grièvement |gravement |"
    r"légèrement )?blessée?\b|"
    # "seriously wounding him", « le blessant grièvement »
    r"\b(?:wounding|injuring) (?:him|her)\b|\b(?:le|la) blessant\b|"
    # "seriously wounding a 19-year-old soldier", « blessant grièvement un soldat »
    r"\b(?:wounding|injuring|blessant)\s+(?:(?:seriously|critically|badly|lightly|slightly|"
    r"grièvement|gravement|légèrement)\s+)?(?:a|an|one|un|une)\s+(?!(?:few|number|score|"
    r"hundred|thousand|total|other|autre|" + _ROUND + r")\b)[\w'’-]+",
    re.IGNORECASE,
)


#: People listed one by one before a figure joined to them: "commanding officer, wife, son and
#: four soldiers killed" (three more), "Police officer and two civilians killed" (one more).
_PERSON = r"(?:(?:[a-z]+\s+)?(?:" + _ONE_ROLE + r"|" + KIN + r")|(?-i:[A-Z]{2,3}))"
_LISTED_BEFORE = re.compile(
    r"(?<![\w'’-])(" + _PERSON + r"(?:\s*,\s*(?:his\s+|her\s+|their\s+)?" + _PERSON
    + r")*)\s*,?\s+and\s+(?:his\s+|her\s+|their\s+)?$",
    re.IGNORECASE,
)


def _joined_before(
    sentence: str, numbers: list[NumberSpan], kinds: list[str | None], i: int
) -> int:
    """The figure just before this one, of people of another kind joined by "and" and told
    dead by the same verb ("21 passagers et quatre paramilitaires tués"); 0 if none."""
    if i == 0:
        before = sentence[max(0, numbers[i].start - 80) : numbers[i].start]
        if _TWO_AND_BEFORE.search(before[-70:]):
            return 2
        listed = _LISTED_BEFORE.search(before)
        if listed:
            return listed.group(1).count(",") + 1
        return 1 if _ONE_AND_BEFORE.search(before[-40:]) else 0
    if kinds[i - 1] is not None:
        return 0
    prev = numbers[i - 1]
    between = sentence[prev.end : numbers[i].start]
    if not _AND_BETWEEN.match(between) and not (
        # a headline's list: "6 soldiers, 3 gunmen killed" (not "of the 40 passengers, 3
        # were killed", a part of the first)
        _COMMA_BETWEEN.match(between)
        and not _OF_THE_BEFORE.search(sentence[max(0, prev.start - 12) : prev.start])
        and not _VERB_AFTER.match(sentence[numbers[i].end : numbers[i].end + 12])
    ):
        return 0
    if _NOT_PEOPLE_AFTER.match(sentence[prev.end : prev.end + 30]) or prev.value > MAX_PLAUSIBLE:
        return 0
    if _TAKEN_AFTER.match(sentence[prev.end : numbers[i].start]):
        return 0  # (another fate: "17 personnes enlevées et un policier tué")
    return prev.value


#: "two other people", "deux autres personnes": a count next to someone named
_OTHERS_AFTER = re.compile(r"^\s+(?:other|others|autres)\b", re.IGNORECASE)
#: One person before "and N others": "a mayor and 17 others", "un maire et 17 autres".
_ONE_AND_OTHERS_BEFORE = re.compile(
    r"\b(?:an?|one|the|un|une|le|la)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:and|et)\s+"
    r"(?:at least\s+|au moins\s+|some\s+|quelque\s+)?$",
    re.IGNORECASE,
)
#: One person killed "with N others": "assassinée avec cinq autres personnes", "was killed
#: along with four others".
_ONE_WITH_OTHERS_BEFORE = re.compile(
    r"\b(?:tuée?|assassinée?|abattue?|exécutée?|killed|shot dead|assassinated|murdered)\b"
    r"[^.;\d]{0,40}?\b(?:avec|along with|together with|with)\s+"
    r"(?:at least\s+|au moins\s+|some\s+|quelque\s+)?$",
    re.IGNORECASE,
)
#: A person named, then a comma before the figure of the others killed with them: "Negros
#: Oriental Gov. Degamo, 5 others killed", "Editor Shujaat Bukhari, 2 PSOs shot dead" (the
#: name opens the sentence; not a place or a day that sets it: "In Kyiv, 5 killed")
_NAMED_SUBJECT_BEFORE = re.compile(
    r"^(?!(?i:in|at|on|near|from|meanwhile|elsewhere|en|à|au|dans|près|selon|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b)(?:[\w'’.-]+\s+){0,5}?[A-Z][\w'’.-]*[a-z],\s*$"
    # one person by role, first in the headline: "Doordarshan cameraman, two policemen killed"
    r"|^(?:[\w'’.-]+\s+){0,3}?(?i:" + _ONE_ROLE + r"),\s*$"
)
#: The kill verb, a named person and a comma before a figure: "ISWAP kills Brigadier General
#: Zirkusu, three soldiers in Borno ambush".
_KILLS_NAMED_BEFORE = re.compile(
    r"\b(?:kills?|killed|killing|tue|tuent|tuant)\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*[a-z],"
    r"\s*$"
)
_NAMED_VICTIM = re.compile(
    r"\b(?:killing|killed|tuant|tué)\s+(?:the\s+|le\s+|la\s+)?[\w-]+,?\s+[A-Z]", re.IGNORECASE
)


_SUBSET = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,2}?[\w'’-]*,?\s*(?:dont|including|among them|among whom|"
    r"parmi lesquels|parmi lesquelles|parmi eux|among those)\s*$",
    re.IGNORECASE,
)
#: A part of the figure just given ("20 people, including 18 women, and wounded 15"): never a
#: toll of its own, and no larger than the whole.
_PART_BEFORE = re.compile(
    r"\d[\s,]*(?:[\w'’-]+\s+){0,2}?[\w'’-]*,?\s*(?:dont|including|among them|among whom|"
    r"parmi lesquels|parmi lesquelles|parmi eux)\s+(?:des\s+|some\s+)?$",
    re.IGNORECASE,
)
_NOT_PEOPLE_AFTER = re.compile(
    # (a range's first end: "killed 10 to 12 hours before he was found", « 10 à 12 heures »)
    r"^\s*(?:(?:to|or|-|–|à|ou)\s*\d+\s*)?"
    # ("une centaine de véhicules", "dozens of vehicles")
    r"(?:(?:de\s+|d['’]|of\s+)(?=[a-zé]+\b(?<!de)(?<!du)(?<!des)))?"
    r"(?:%|per ?cent|pour ?cent|km|kilom[eè]t\w*|miles?|mètres?|metres?|meters?|years?|ans|"
    r"heures?|hours?|minutes?|days?|jours?|months?|mois|tonnes?|tons?|drones?|missiles?|"
    r"rockets?|roquettes?|attacks?|attaques?|houses|maisons|vehicles|véhicules|million|"
    r"projectiles?|obus|shells|bombs?|bombes?|grenades?|mortiers?|mortars?|explosions?|"
    r"millions|milliards?|billion|dollars?|euros?|pounds?|barrels?|"
    # machines: "endommagé huit appareils", "six aircraft", "two tanks"
    r"appareils|avions|aircraft|planes|jets|helicopters|hélicoptères|tanks|chars|ships|"
    r"navires|vessels|bateaux|boats|"
    # units: "commander of the 25 Task Force Brigade", "la 22e brigade" (not "corps", the
    # bodies of the dead in French)
    r"(?:st|nd|rd|th|e|ème)?\s*(?:task force|brigades?|battalions?|bataillons?|divisions?|"
    r"regiments?|régiments?|squadrons?|escadrons?|sectors?|secteurs?|infantry|"
    r"mechani[sz]ed|armou?red)|"
    # a unit by its name: "the commanding officer of 21 Rashtriya Rifles", "2 Para"
    r"(?-i:(?:[A-Z][\w-]+\s+){0,2}(?:Rifles|Regiment|Brigade|Battalion|Division|Corps|Para|"
    r"Commando|Squadron|Lancers|Guards|Sikh|Gorkha|Punjab|Jat|Dogra|Mahar|Kumaon)\b)"
    # (but "two Assam Rifles jawans" are men)
    r"(?!\s+(?i:jawans?|personnel|soldiers?|troopers?|men|officers?|commandos?|riflemen)\b)|"
    # dates: "the election of 20 August", "du 20 août"
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    r"novembre|décembre|decembre|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b",
    re.IGNORECASE,
)


#: Dead and wounded counted together ("trente morts et blessés", "killed or wounded 40").
_DEAD_AND_HURT_AFTER = re.compile(
    # (a subject of a few words between: "20 Russian military personnel were killed or
    # wounded")
    r"\s+(?:[\w-]+\s+){0,4}?(?:dead|killed|morts|tués)\s+(?:and|or|et|ou)\s+"
    # (not a verb with its own count: "left 12 dead and wounded dozens")
    r"(?:wounded|injured|hurt|blessés)\b(?!\s+(?:\d|others|people|autres|personnes|dozens|"
    r"scores|hundreds|several|many|more|at least|au moins|plus de|une?\b|des\b))",
    re.IGNORECASE,
)
_DEAD_OR_HURT_BEFORE = re.compile(
    r"\b(?:killed|dead|tué|tués|morts)\s+(?:and|or|et|ou)\s+(?:wounded|injured|hurt|blessé|"
    r"blessés)\s+(?:at least\s+|more than\s+|some\s+|au moins\s+|plus de\s+|about\s+|"
    r"around\s+|environ\s+|près de\s+)?(?:une?\s+)?$",
    re.IGNORECASE,
)


#: A figure given roughly (on the text before it).
_ROUGHLY_BEFORE = re.compile(
    r"\b(?:nearly|almost|about|around|roughly|approximately|some|près de|presque|environ|"
    r"quelque)\s*$",
    re.IGNORECASE,
)
#: How far below a rough figure the exact count it rounds may lie.
_ROUNDED_SHARE = 0.85


_INITIALS = re.compile(r"\b([A-Z])\.([A-Z])\.")


def casualties(
    sentences: list[str], *, headline: int = 0, victims_only: bool = False,
    remote: bool = False,
) -> Casualties:
    """Fatalities and injured of one incident from the sentences that describe it.

    The highest figure wins: articles give a toll and then its parts ("24 people, including 14
    soldiers"), or a rounded then a precise figure ("more than 70 ... 77 dead"). "No casualties"
    gives 0 for both unless a figure was found. Implausible figures are dropped and logged.

    Args:
        sentences: the incident's sentences (headline, lead, ...), background already removed.
        headline: how many of the first sentences are the headline, whose toll bounds the
            others' (see ``_toll``).
        victims_only: an attack's toll: the attackers killed are not counted (in a battle,
            the dead of every side are).
        remote: a strike from afar, whose dead are all its victims, militants too ("U.S.
            airstrike kills 52 al-Shabaab militants"), and no side's toll to add to another's.

    Returns:
        The figures, None where the text says nothing.
    """
    dead: list[int] = []
    hurt: list[int] = []
    updated: list[int] = []
    rounded: set[int] = set()  # the dead told roughly ("nearly 90")
    exact: set[int] = set()  # ... and as counted
    headline_dead: list[int] = []
    headline_hurt: list[int] = []
    zero_dead = zero_hurt = headline_zero = False
    attackers: list[tuple[int, int]] = []  # (sentence, figure) of a battle's attackers killed
    others_in: set[int] = set()  # sentences giving a figure of dead other than attackers
    summed: set[int] = set()  # attackers' figures already added to another side's
    unverified: list[int] = []  # figures the report says it could not verify
    # (a sentence's clauses apart tell a battle's sides apart: "15 soldats, 11 civils et 4 VDP
    # tués ; une quinzaine d'assaillants neutralisés")
    # (and a headline's: "Militants kill 35 civilians, seven troops; army says 80 attackers
    # dead")
    head = [clause for sentence in sentences[:headline] for clause in _CLAUSES.split(sentence)]
    sentences = [
        *head,
        *(
            _APPOSITION.sub("", clause) if any(w in clause for w in _APPOSITION_VERBS) else clause
            for sentence in sentences[headline:] for clause in _CLAUSES.split(sentence)
        ),
    ]
    headline = len(head)
    # initials written with stops are one word: "15 Tanzanian U.N. peacekeepers", "the toll in
    # the U.S. strike rises to 8"
    sentences = [_INITIALS.sub(r"\1\2  ", s) if "." in s else s for s in sentences]
    for index, sentence in enumerate(sentences):
        if index == headline:
            headline_dead, headline_hurt = list(dead), list(hurt)
            headline_zero = zero_dead and not dead
        low = lower_same_length(sentence)
        # (a nil toll of another impact is not this one's: "a second rocket exploded near the
        # hospital, causing no casualties")
        other_impact = _OTHER_IMPACT_LOW.search(low) is not None
        if _ZERO_BOTH_LOW.search(low) and not other_impact:
            zero_dead = zero_hurt = True
        if _ZERO_DEAD_LOW.search(low) and not other_impact:
            zero_dead = True
        if _ZERO_HURT_LOW.search(low) and not other_impact:
            zero_hurt = True
        # (an age is no count, nor does it part the people it describes: « une fillette de six
        # ans et un homme tués » are two)
        numbers = [n for n in find_numbers(sentence) if not _is_age(sentence, n)]
        kinds: list[str | None] = [None] * len(numbers)
        dead_before, attackers_before = len(dead), len(attackers)
        for i in range(len(numbers) - 1, -1, -1):
            num = numbers[i]
            after = sentence[num.end :]
            nxt = numbers[i + 1].start - num.end if i + 1 < len(numbers) else len(after)
            window = after[: min(nxt, 90)]
            before = sentence[max(0, num.start - 60) : num.start]
            if _NOT_PEOPLE_AFTER.match(after) or _NEGATED.search(before):
                continue
            if _MONTH_BEFORE.search(before) or _HYPHENATED_AGE_AFTER.match(after):
                continue  # "Aug. 10, killing one person"; "their 12-year-old son"
            if _YEAR.fullmatch(sentence, num.start, num.end) and (
                _YEAR_BEFORE.search(before) or not _PEOPLE_AFTER.match(after)
            ):
                continue  # "the Euro 2024 final ..., killing at least five": a year
            if _EARLIER_TOLL_BEFORE.search(before) or _REPRISAL_BEFORE.search(
                sentence[max(0, num.start - 160) : num.start]
            ):
                continue  # "l'attaque nocturne ... qui avait fait trois morts": an earlier one
            if _OTHER_FATE_BEFORE.search(before):
                continue  # "abducting 25 students and killing a staff member"
            if _RUNNING_TOLL_BEFORE.search(before) and _RUNNING_TOLL_AFTER.match(after):
                continue  # "taking to seven the number of civilians killed ... in five days"
            if before.rstrip().endswith(",") and _PART_OF_THEM_AFTER.match(after):
                continue  # "wounding three men, one of them critically, before being shot dead"
            if after.startswith(",") and _AGE_BEFORE_LOW.search(lower_same_length(before)):
                continue  # "Omar Qatin, 27, was shot dead": an age
            if _DEAD_AND_HURT_AFTER.match(window) or _DEAD_OR_HURT_BEFORE.search(before):
                continue  # "un bilan de trente morts et blessés": neither toll
            if (
                (claimed := _CLAIMED_KILL_BEFORE.search(before)) is not None
                or (claimed := _CLAIMED_KILL_LOOSE.search(
                    sentence[max(0, num.start - 160) : num.start]
                )) is not None
                or _CLAIMED_THAT_BEFORE.search(before) or _CLAIMED_QUOTE_BEFORE.search(before)
            ) and not (
                # (an army's count of the attackers it killed is the battle's toll: « l'armée
                # dit avoir tué dix assaillants », "the military said it killed 12 militants")
                claimed is not None
                and _STATE_COUNTS_BEFORE.search(
                    # (the forces told before the claim's verb, or as its first words)
                    sentence, max(0, (verb := num.start - len(claimed.group(0))) - 220),
                    verb + 20,
                )
                and _FOES_AFTER.match(after)
            ):
                continue
            if _REJECTED_TOLL_BEFORE.search(before):
                continue  # « l'armée rejette le bilan de 90 morts avancé par les séparatistes »
            if _UNVERIFIED_FIGURE_AFTER.match(after):
                # "Ukraine's military has said around 400 Russian troops were killed, a figure
                # that could not be independently verified": one side's count, kept only if
                # the report gives no other
                if num.value <= MAX_PLAUSIBLE:
                    unverified.append(num.value)
                continue
            if _HURT_TOLL_BEFORE.search(sentence[max(0, num.start - 160) : num.start]) or (
                # "the toll rises to 40 injured": the wounded's toll
                _TOLL_UPDATE.search(before) and _INJ_NOUN_ALONE.match(window)
            ):
                kinds[i] = "hurt"
            elif (
                toll_before := _TOLL_BEFORE.search(sentence[max(0, num.start - 160) : num.start])
            ) or _TOLL_UPDATE.search(before):
                if toll_before and _INJ_NOUN_ALONE.match(window):
                    kinds[i] = "hurt"  # « le bilan de l'attaque ... s'est alourdi à 113 blessés »
                else:
                    kinds[i] = "dead"
                    if num.value <= MAX_PLAUSIBLE:
                        updated.append(num.value)  # "the toll has risen to 40": never capped
            elif _KILL_BEFORE.search(before) or (
                _BURN_BEFORE.search(before) and _ALIVE_AFTER.match(window)
            ):
                kinds[i] = "dead"  # ("bandits burn 23 passengers alive")
            elif _INJ_BEFORE.search(before):
                kinds[i] = "hurt"
            elif _LOST_BEFORE.search(before) and _PEOPLE_AFTER.match(after):
                kinds[i] = "dead"  # "we lost at least 17 soldiers"
            elif _KILL_NOUN_AFTER.match(window) or (
                # ("douze blessés mais aucun mort": the wounded, and nobody dead; but "three
                # injured soldiers died" are dead)
                _KILL_AFTER.match(window) and not _INJ_NOUN_ALONE.match(window)
                # (nor those of another fate before another's death: "17 people abducted and a
                # policeman killed"; but "17 people abducted and killed" are dead)
                and not _another_fate_only(window)
            ):
                kinds[i] = "dead"
            elif _INJ_NOUN_AFTER.match(window) or _INJ_AFTER.match(window):
                kinds[i] = "hurt"
            elif i + 1 < len(numbers) and nxt <= 90 and _SUBSET.match(window):
                # "100 people, including 10 women and 3 babies, were killed"
                kinds[i] = next((k for k in kinds[i + 1 :] if k is not None), None)
            if (
                kinds[i] == "dead" and index >= headline and i + 1 < len(numbers)
                and numbers[i + 1].value in headline_dead and nxt <= 90
                and _SUBSET.match(window) and num.value <= MAX_PLAUSIBLE
            ):
                # the headline told a part of the dead: "trois enseignants chinois tués" ...
                # "tuant quatre personnes, dont trois ressortissants chinois"
                updated.append(num.value)
            # (the headline's own figure, and one more told beside it in the lead: "deux
            # policiers tués" ... "tuant deux policiers et un homme qui y était détenu")
            extends_headline = (
                index >= headline and bool(headline_dead) and num.value == max(headline_dead)
            )
            if (
                kinds[i] is None and _OTHERS_AFTER.match(sentence[num.end : num.end + 12])
                and (
                    _NAMED_VICTIM.search(sentence[max(0, num.start - 90) : num.start])
                    or _ONE_WITH_OTHERS_BEFORE.search(before)
                )
                and num.value <= MAX_PLAUSIBLE
            ):
                # "killing the minister, X, and two others", "une candidate assassinée avec
                # cinq autres"
                dead.append(num.value + 1)
                continue
            if (
                kinds[i] is None and _KILLS_NAMED_BEFORE.search(before)
                and _PEOPLE_AFTER.match(after) and num.value <= MAX_PLAUSIBLE
            ):
                dead.append(num.value + 1)  # "ISWAP kills General Zirkusu, three soldiers"
                continue
            if kinds[i] is None:
                continue
            if num.value > MAX_PLAUSIBLE:
                logger.info("implausible casualty figure %d ignored", num.value)
                kinds[i] = None
                continue
            if _PART_BEFORE.search(before):
                continue  # its kind tells the whole's ("104 people, including 35 children")
            if (
                kinds[i] == "dead" and not victims_only and not remote
                and _ATTACKERS_AFTER.match(sentence[num.end : num.end + 40])
            ):
                attackers.append((index, num.value))
            if (
                victims_only and not remote
                and _ATTACKERS_AFTER.match(sentence[num.end : num.end + 40])
            ):
                # "all 33 militants were killed": the attackers, not the victims (but "6
                # soldiers, 3 gunmen killed" tells the soldiers' toll too)
                joined_before = _joined_before(sentence, numbers, kinds, i)
                if joined_before:
                    dead.append(joined_before)
                continue
            (dead if kinds[i] == "dead" else hurt).append(num.value)
            if kinds[i] == "hurt":
                # the wounded of several kinds: "four U.S. service members and two members of
                # the Iraqi security forces were wounded", "wounding four soldiers and two
                # policemen"
                total, j = num.value + _joined_hurt(sentence, numbers, kinds, i), i
                while (more := _joined_before(sentence, numbers, kinds, j)) and (
                    # (not across another toll: "four killed and three soldiers wounded")
                    j == 0 or _plainly_joined(sentence, numbers[j - 1], numbers[j])
                ):
                    total += more
                    if j == 0:
                        break
                    j -= 1
                if total > num.value:
                    hurt.append(total)
            if kinds[i] == "dead":
                if num.approximate or _ROUGHLY_BEFORE.search(before):
                    rounded.add(num.value)  # "près de 90 morts", "une centaine de morts"
                else:
                    exact.add(num.value)
                fighters = bool(attackers) and attackers[-1] == (index, num.value)
                joined = _joined_dead(sentence, numbers, kinds, i)
                if joined:
                    dead.append(num.value + joined)
                    if extends_headline:
                        updated.append(dead[-1])
                    if fighters:
                        summed.add(num.value)
                elif (
                    _PLUS_ONE.match(sentence[num.end : num.end + 60])
                    # (not a count of another fate: "17 people abducted and a policeman killed")
                    and not _another_fate_only(sentence[num.end : num.end + 60])
                ) or (
                    _KILLING_BEFORE.search(before[-30:])
                    and _AND_ONE_AFTER.match(sentence[num.end : num.end + 80])
                ):
                    # "10 DRG jawans, driver killed"; "killed five Hamas members and a Qatari
                    # security officer"
                    dead.append(num.value + 1)
                    if extends_headline:
                        updated.append(dead[-1])
                elif (
                    _OTHERS_AFTER.match(sentence[num.end : num.end + 12])
                    and _ONE_AND_OTHERS_BEFORE.search(before)
                ) or _NAMED_SUBJECT_BEFORE.match(sentence[: num.start]):
                    # "un maire et au moins 17 autres personnes", "Gov. Degamo, 5 others killed"
                    dead.append(num.value + 1)
                joined_before = _joined_before(sentence, numbers, kinds, i)
                if joined_before:
                    # the whole list: "15 soldats, 11 civils et 4 VDP tués" is 30
                    total, j = num.value + joined_before, i - 1
                    while j > 0 and (more := _joined_before(sentence, numbers, kinds, j)):
                        total, j = total + more, j - 1
                    dead.append(total)
                    if fighters:
                        summed.add(num.value)  # "6 soldiers, 3 gunmen killed"
                    summed.update(
                        # ... or the attackers first: "14 gunmen and one soldier were killed"
                        numbers[k].value for k in range(j, i)
                        if _ATTACKERS_AFTER.match(sentence[numbers[k].end : numbers[k].end + 40])
                    )
        if len(dead) - dead_before > len(attackers) - attackers_before:
            others_in.add(index)

    for sentence in sentences:
        if any(word in sentence for word in _ORDINAL_HINTS):
            for m in _ORDINAL_DEATH.finditer(sentence):
                # one more dead by rank: the toll it brings ("un sixième soldat succombe")
                updated.append(_ORDINALS[m.group("nth").lower()])
                dead.append(updated[-1])
    if (
        not attackers and dead and not victims_only and not remote and not headline_zero
        and any(_LONE_ATTACKER_KILLED.search(x) and not find_numbers(x) for x in sentences)
    ):
        # a battle's lone attacker killed in a sentence of his own, the other side's dead
        # counted elsewhere: "Hours later, a third soldier was killed ... The attacker was also
        # killed"
        toll = _toll(dead, headline_dead, updated)
        dead.append(toll + 1)
        if toll in updated:
            updated.append(toll + 1)
        headline_dead = []
    if not dead and unverified:
        dead = [max(unverified)]
    if not dead and not zero_dead:
        # no figure: people told one by one
        listed = [
            m.group(1).count(",") + m.group(1).count(" and ") + 1
            for x in sentences[: max(headline, 1)]
            for m in _ROLES_KILLED.finditer(x)
        ]
        if listed:
            dead = [max(listed)]  # "Army colonel, major and DSP killed in gunfight"
        elif any(_COUPLE_AND_ONE.search(x) for x in sentences):
            dead = [3]  # "a missionary couple and the director of their mission were shot dead"
        elif any(_TWO_DEAD.search(x) for x in sentences):
            dead = [2]  # "Vadatursky and wife killed", « tué avec son épouse »
        elif _one_dead_told(sentences, attackers_count=not victims_only):
            # (an attack's toll counts no attacker: "le tireur palestinien abattu")
            dead = [1]  # "the candidate was shot dead", "le général a été tué"
    if not hurt and not zero_hurt and any(_ONE_HURT.search(x) for x in sentences):
        hurt = [1]  # "a 7-year-old girl was seriously hurt by shrapnel"
    if (
        attackers and not victims_only and not remote
        and set(dead) <= {figure for _, figure in attackers}
        and _one_dead_told(sentences[: max(headline, 2)], attackers_count=False)
    ):
        # the attackers counted, and one man of the other side told alone: "IDF officer
        # killed in gunfight with Palestinian gunmen; both assailants slain"
        fallen = max(dead)
        dead.append(fallen + 1)
        if fallen in headline_dead:
            headline_dead.append(fallen + 1)
        summed.add(fallen)
    if attackers and dead and not headline_zero:
        # a battle told side by side: "killing nine soldiers" ... "five attackers were
        # killed" (in another sentence; one sentence giving both gives their total itself)
        toll = _toll(dead, headline_dead, updated)
        # (a sentence that tells the attackers alone, if any: "Two militants were also killed")
        alone = [a for a in attackers if a[0] not in others_in] or attackers
        sentence_of, fallen = max(alone, key=lambda a: a[1])
        # (the same figure twice is one count read both ways, not two sides)
        # (nor a toll that already sums them: "6 soldiers, 3 gunmen killed" ... "three of the
        # militants were confirmed killed")
        if (
            fallen != toll and sentence_of not in others_in and toll + fallen not in dead
            and fallen not in summed
        ):
            dead.append(toll + fallen)
            headline_dead = []  # the headline told one side
    if headline_zero and not updated:
        # "..., no casualties: ISPR": the headline's nil toll stands against the figures of
        # the lead, which are someone else's claim or an earlier attack's
        fatalities: int | None = 0
    else:
        fatalities = _toll(dead, headline_dead, updated) if dead else (0 if zero_dead else None)
    if fatalities in rounded and fatalities not in exact:
        # a round figure told "nearly" or "about", and the exact count just below it: the
        # count ("près de 90 morts" … "89 personnes ont été tuées")
        close = [e for e in exact if _ROUNDED_SHARE * fatalities <= e < fatalities]
        if close:
            fatalities = max(close)
    injured = _toll(hurt, headline_hurt, []) if hurt else (0 if zero_hurt else None)
    return Casualties(fatalities, injured)


#: How far above the headline's toll a figure of the lead may go and still be this toll (a
#: precise count after a rounded one: "more than 70 killed" ... "77 dead").
_ABOVE_HEADLINE = 1.2


def _toll(figures: list[int], headline: list[int], updated: list[int]) -> int:
    """The highest figure, but not far above the headline's own unless the text says the toll
    rose to it: a much larger one in the lead is someone else's count ("community leaders
    have lists of more than 80")."""
    if headline and max(headline) >= 2:
        # (one person killed in a headline is often another event it adds: "..., un soldat
        # français tué dans la région")
        cap = max(headline) * _ABOVE_HEADLINE
        within = [f for f in figures if f <= cap or f in updated]
        if within:
            return max(within)
    return max(figures)


def nil_toll(texts: Sequence[str], lead: Sequence[str] = ()) -> Casualties:
    """What texts say of nobody killed or hurt ("« Il n'y a pas de victimes »", "No injuries
    were reported"), their figures aside: 0 where one says so, None elsewhere. Nobody hurt
    means nobody killed either, unless the lead tells of wounded it does not count ("des
    blessés selon le gouverneur": the nil is another place's, or an earlier word's).

    Args:
        texts: sentences of the report.
        lead: the headline, summary and lead sentences (not of other times).

    Returns:
        0 or None for each figure.
    """
    lows = [lower_same_length(t) for t in texts]
    if any(_WOUNDED_UNCOUNTED_LOW.search(lower_same_length(t)) for t in lead):
        dead = any(_ZERO_DEAD_LOW.search(t) for t in lows)
        return Casualties(0 if dead else None, None)
    both = any(_ZERO_BOTH_LOW.search(t) for t in lows)
    hurt = both or any(_ZERO_HURT_LOW.search(t) for t in lows)
    dead = hurt or any(_ZERO_DEAD_LOW.search(t) for t in lows)
    return Casualties(0 if dead else None, 0 if hurt else None)


#: Wounded told without a figure: "des blessés", "several people were wounded", « de civils
#: blessés » (not "no one was wounded", « pas de blessés »).
_WOUNDED_UNCOUNTED_LOW = lowered(
    r"(?<!\bpas )(?<!\baucun )(?<!\bno )\b(?:des|de|plusieurs|several|some|many|de nombreux|"
    r"nombreux)\s+(?:[\w'’-]+\s+)?(?:blessés|blessées|wounded|injured)\b|"
    r"(?<!\bno )(?<!\baucun )\b(?:civils|civilians|habitants|residents|people|personnes)\s+"
    r"(?:were\s+|have been\s+|ont été\s+|sont\s+)?(?:blessés|blessées|wounded|injured|hurt)\b"
)
