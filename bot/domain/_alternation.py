"""Long cue alternations regrouped by their first letter, for speed.

Python's ``re`` tries the alternatives of an alternation one after another at every place it
may match. The cue lexicons hold well over a hundred alternatives each and run on every
sentence, so most of extraction's time went into alternatives that could not match because
their first letter was not the one in the text. Regrouped, ``kill\\w*|dead\\b|killing`` becomes
``k(?:ill\\w*|illing)|d(?:ead\\b)``: the engine reads one letter and tries only that group.

What a pattern matches is unchanged, match for match: the alternatives that start with a
plain letter are grouped only within runs between the other alternatives (those that open
with a group, a class or a lookaround keep their place), and inside a group they keep their
order, so wherever two alternatives could both match, the first still wins.

Written here because the alternatives are regular expressions, not words: the libraries that
build a trie out of a word list (trrex, trieregex) do not apply.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

__all__ = ["by_first_letter", "lower_same_length", "lowered", "not_after", "split_alternatives"]

_QUANTIFIERS = frozenset("?*+{")


def _syntax(pattern: str) -> Iterator[tuple[int, str, int]]:
    """The pattern's characters outside escapes and classes: ``(index, character, depth)``,
    the depth being that of the groups open before the character."""
    depth = 0
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            i += 1
            continue
        if c == "[":
            in_class = True
            i += 1 + (pattern[i + 1 : i + 2] == "^")
            if pattern[i : i + 1] == "]":  # a literal ] first in the class
                i += 1
            continue
        yield i, c, depth
        depth += (c == "(") - (c == ")")
        i += 1


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (``|`` outside groups and classes).

    Args:
        pattern: a regular expression.

    Returns:
        Its alternatives in order (the pattern itself when it has none).
    """
    cuts = [i for i, c, depth in _syntax(pattern) if c == "|" and depth == 0]
    bounds = [-1, *cuts, len(pattern)]
    return [pattern[a + 1 : b] for a, b in itertools.pairwise(bounds)]


def _group_end(pattern: str) -> int:
    """The index of the parenthesis closing the group the pattern opens with (-1 if none)."""
    return next((i for i, c, depth in _syntax(pattern) if c == ")" and depth == 1), -1)


#: A group opening an alternative is spread over the alternative's rest only up to this many.
_MAX_SPREAD = 40


def _spread(alternative: str) -> list[str]:
    """``\\b(?:kill|shot)ed`` as ``\\bkilled`` and ``\\bshoted``: a non-capturing group that opens
    an alternative, each of whose branches starts with a letter, spread over the rest so that
    the branches can join their letter's group. The same strings match, in the same order."""
    boundary = "\\b" if alternative.startswith("\\b") else ""
    body = alternative[len(boundary):]
    if not body.startswith("(?:"):
        return [alternative]
    end = _group_end(body)
    rest = body[end + 1 :] if end > 0 else ""
    if end < 0 or rest[:1] in _QUANTIFIERS or rest[:1] == "?":
        return [alternative]
    branches = split_alternatives(body[3:end])
    if len(branches) > _MAX_SPREAD or not all(
        b[:1].isalnum() and b[1:2] not in _QUANTIFIERS for b in branches
    ):
        return [alternative]
    return [boundary + b + rest for b in branches]


def by_first_letter(pattern: str, *, word_start: bool = False) -> str:
    """Regroup a pattern's top-level alternatives under their first letter.

    Args:
        pattern: a regular expression (an alternation).
        word_start: the caller anchors the whole pattern at word starts (``(?<!\\w)``), so a
            leading ``\\b`` before a letter is always true and may be dropped, which lets
            ``\\bkill`` and ``killing`` share a group.

    Returns:
        An equivalent pattern.
    """
    segments: list[str] = []
    # first letter -> (the group's head, "\\bk" or "k"; the rests of its alternatives, in order)
    run: dict[str, tuple[str, list[str]]] = {}

    def close_run() -> None:
        for head, rests in run.values():
            segments.append(head if rests == [""] else f"{head}(?:{'|'.join(rests)})")
        run.clear()

    for alternative in (a for whole in split_alternatives(pattern) for a in _spread(whole)):
        boundary = "\\b" if alternative.startswith("\\b") else ""
        body = alternative[len(boundary):]
        if not (body[:1].isalnum() and body[1:2] not in _QUANTIFIERS):
            close_run()
            segments.append(alternative)
            continue
        head = ("" if word_start else boundary) + body[0]
        letter = body[0].lower()
        if letter in run and run[letter][0] != head:
            close_run()  # (the same letter with and without a boundary: keep their order)
        run.setdefault(letter, (head, []))[1].append(body[1:])
    close_run()
    return "|".join(segments)


def not_after(words: list[str], before: list[str]) -> str:
    """Alternatives that match none of ``words`` right after one of ``before``.

    The guard sits after each word's first letter (``m(?<!told m)iners``), not before it: a
    lookbehind in front would be tried at every place in the text, and would keep the words
    out of their first letter's group (``by_first_letter``).

    Args:
        words: alternatives that each start with a plain letter.
        before: the words (with their trailing space) that must not come just before.

    Returns:
        An alternation of the guarded words.
    """
    out: list[str] = []
    for word in words:
        assert word[:1].isalnum() and word[1:2] not in _QUANTIFIERS, word
        guards = "".join(f"(?<!{b}{word[0]})" for b in before)
        out.append(f"{word[0]}{guards}{word[1:]}")
    return "|".join(out)


def lowered(pattern: str) -> re.Pattern[str]:
    """A case-sensitive copy of a pattern for lower-cased text (``lower_same_length``):
    Python's re is markedly slower on long alternations with IGNORECASE, and these run on
    every sentence.

    Every cue starts a word, so the whole alternation is anchored at word starts: the engine
    then tries the alternatives only there, about three times faster, and a cue is never
    found inside a longer word ("residents" in "presidents"). The alternatives are grouped
    by first letter (``by_first_letter``), several times faster again."""
    # (upper-case classes, anchors and case-sensitive spans would change meaning lower-cased)
    assert not re.search(r"\\[WSDBAZ]|\(\?-i|\(\?P=", pattern), pattern[:60]
    low = pattern.lower().replace("(?p<", "(?P<")
    return re.compile(r"(?<!\w)(?:" + by_first_letter(low, word_start=True) + ")")


def lower_same_length(text: str) -> str:
    """``text.lower()``, character for character, so that offsets in it are offsets in
    ``text`` (the few letters whose lower case is longer, such as "İ", are kept as they are).
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
