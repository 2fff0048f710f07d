"""Cue alternations regrouped by first letter match exactly what they matched before."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.domain._alternation import by_first_letter, split_alternatives

TEXTS = [
    "Gunmen killed 12 people and wounded dozens in an attack on Saturday.",
    "Des hommes armés ont tué douze civils ; l'armée dément toute implication.",
    "The killing of the kidnapped kin was denied; a killer was kidnapping.",
    "abc ab a ba kill killing kid kin Kill KILLING",
    "Deux frappes de drones ont visé la base d'Aïn al-Assad, selon le Pentagone.",
    "",
]


_Found = list[tuple[tuple[int, int], tuple[str | None, ...]]]


def _matches(rx: re.Pattern[str], text: str) -> _Found:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_split_alternatives_keeps_groups_classes_and_escapes_whole() -> None:
    assert split_alternatives(r"a|b(?:c|d)|[|x]|e\|f|[]|]|g") == [
        "a", "b(?:c|d)", "[|x]", r"e\|f", "[]|]", "g"]
    assert split_alternatives("single") == ["single"]


def test_letters_grouped_in_order() -> None:
    assert by_first_letter(r"kill\w*|dead\b|killing") == r"k(?:ill\w*|illing)|d(?:ead\b)"
    # a group opening an alternative is spread over its rest when its branches start with
    # letters; other openings (a capturing group, a class) keep their place
    assert by_first_letter(r"a|(?:b|c)d|ax") == r"a(?:|x)|b(?:d)|c(?:d)"
    assert by_first_letter(r"a|(b|c)d|ax") == r"a|(b|c)d|a(?:x)"
    assert by_first_letter(r"a|[bc]d|ax") == r"a|[bc]d|a(?:x)"
    # (nor when the group is quantified)
    assert by_first_letter(r"(?:b|c)?d|bx") == r"(?:b|c)?d|b(?:x)"
    # a quantified first letter is no head
    assert by_first_letter(r"a?b|ac") == r"a?b|a(?:c)"


def test_boundary_kept_apart_unless_anchored() -> None:
    # with and without a boundary: the run closes so that their order holds
    assert by_first_letter(r"ab|\ba|abc") == r"a(?:b)|\ba|a(?:bc)"
    # anchored at word starts, a leading boundary is always true and is dropped
    assert by_first_letter(r"\bkill|kin", word_start=True) == r"k(?:ill|in)"


@pytest.mark.parametrize("pattern", [
    r"ab|\ba|abc",
    r"\bkill\w*|\bkid\w*|kin\b|\bkilling",
    r"a|ab|abc|b|ba",
    r"(?:k|d)\w+|kill|dead",
    r"\b(?:kill|killing|shot)(?:ed|s)?\b|\b(?:shot|sho)t|(?:a|ab)c",
    r"\bKill\w*|kin",
])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_same_matches_as_before(pattern: str, flags: int) -> None:
    before = re.compile(pattern, flags)
    after = re.compile(by_first_letter(pattern), flags)
    for text in TEXTS:
        assert _matches(after, text) == _matches(before, text)


def test_long_cue_list_on_real_articles() -> None:
    """A cue list as long as the lexicon's, on the labelled articles: the same spans."""
    corpus = Path(__file__).resolve().parents[1] / "data" / "corpus" / "articles.jsonl"
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    texts = [r["title"] + "\n" + r["body"] for r in records]
    words = sorted({w.lower() for t in texts for w in re.findall(r"[^\W\d_]{4,}", t)})[::7]
    cues = [rf"\b{w[:5]}\w*" if i % 3 else w for i, w in enumerate(words)]
    pattern = "|".join([*cues, r"(?:two|deux) \w+", r"\d+ (?:killed|morts)"])
    assert len(split_alternatives(pattern)) > 150
    for flags in (0, re.IGNORECASE):
        before = re.compile(pattern, flags)
        after = re.compile(by_first_letter(pattern), flags)
        for text in texts:
            assert _matches(after, text) == _matches(before, text)


def test_not_after_guards_each_word_after_its_first_letter() -> None:
    from bot.domain._alternation import not_after

    pattern = not_after(["miners", "mineurs"], ["told ", "aux "])
    assert pattern == "m(?<!told m)(?<!aux m)iners|m(?<!told m)(?<!aux m)ineurs"
    rx = re.compile(r"\b(?:" + by_first_letter(pattern) + r")\b", re.IGNORECASE)
    assert rx.search("gunmen killed 20 miners") is not None
    assert rx.search("the official told miners to leave") is None
    assert rx.search("a déclaré aux mineurs") is None


def test_lowered_finds_on_lower_cased_text_what_ignorecase_finds_at_word_starts() -> None:
    from bot.domain._alternation import lower_same_length, lowered

    pattern = r"\b(?:soldiers|l['’]armée)\b|\bcamp militaire\b|[A-Z][\w-]+,\s*$"
    before = re.compile(pattern, re.IGNORECASE)
    after = lowered(pattern)
    for text in [*TEXTS, "Soldiers and L'Armée", "au Camp Militaire de Kati", "Omar Qatin, ",
                 "ÉTAT-MAJOR: les SOLDIERS"]:
        low = lower_same_length(text)
        assert _matches(after, low) == _matches(before, text)
    # a cue starts a word: no "residents" in "presidents" (IGNORECASE alone finds it)
    assert lowered(r"residents").search("the presidents met") is None
    # upper-case classes, anchors and case-sensitive spans would change meaning
    for unsafe in (r"\bfoo\W", r"(?-i:[A-Z])\w+", r"\Afoo"):
        with pytest.raises(AssertionError):
            lowered(unsafe)


def test_lower_same_length_keeps_offsets() -> None:
    from bot.domain._alternation import lower_same_length

    assert lower_same_length("Kyiv SAYS") == "kyiv says"
    text = "İdlib: Syrian army"  # "İ" lower-cased is two characters
    low = lower_same_length(text)
    assert len(low) == len(text)
    assert low.index("syrian") == text.index("Syrian")
