"""Folding of names and texts into comparable keys (case, accents, apostrophes, hyphens).

Two forms share one character table so that they always agree:

* ``fold_key(s)``: a compact key (``"Aïn al-Assad"`` -> ``"ain al assad"``), for aliases and
  queries; other scripts are transliterated with anyascii first.
* ``fold_text(s)``: the same folding but one output character per input character, so that a
  match found in the folded text has the same offsets in the original (needed by the scanner).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

__all__ = ["alias_keys", "fold_key", "fold_text", "is_latin"]


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    extra = [0x2018, 0x2019, 0x201A, 0x201B, 0x02BC, 0x02BB, 0x2032, 0x00B4, 0x0060, 0x2010,
             0x2011, 0x2012, 0x2013, 0x2014, 0x00AB, 0x00BB, 0x201C, 0x201D, 0x00A0, 0x202F]
    for cp in [*range(0x250), *range(0x1E00, 0x1F00), *extra]:
        ch = chr(cp)
        folded = "".join(c for c in str(anyascii(ch)).lower() if c.isascii() and c.isalnum())
        table[cp] = folded[0] if folded else " "
    return table


_TABLE = _build_table()
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SPACES = re.compile(r"\s+")


def fold_text(text: str) -> str:
    """Fold a text one character for one character (same length, same offsets).

    Args:
        text: any text.

    Returns:
        Lower-case ASCII letters and digits; everything else becomes a space.
    """
    folded = text.translate(_TABLE)
    if not folded.isascii():
        folded = _NON_ASCII.sub(" ", folded)
    return folded


@lru_cache(maxsize=4096)
def fold_key(name: str) -> str:
    """Fold a name into its lookup key.

    Args:
        name: a place or actor name, in any script.

    Returns:
        Lower-case ASCII words separated by single spaces (may be empty).
    """
    folded = name.translate(_TABLE)
    if not folded.isascii():
        folded = str(anyascii(unicodedata.normalize("NFC", folded))).lower()
        folded = "".join(c if c.isascii() and c.isalnum() else " " for c in folded)
    return _SPACES.sub(" ", folded).strip()


def is_latin(name: str) -> bool:
    """Whether every letter of a name is a Latin letter."""
    return all(
        not ch.isalpha() or ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00 for ch in name
    )


_APOSTROPHES = re.compile(r"['’‘ʼʻ`´]")


def alias_keys(alias: str) -> list[str]:
    """The keys under which an alias is found: ``"Kata'ib"`` gives ``"kata ib"`` and ``"kataib"``.

    Args:
        alias: a name as written.

    Returns:
        One or two distinct non-empty keys.
    """
    keys = [fold_key(alias)]
    joined = fold_key(_APOSTROPHES.sub("", alias))
    if joined != keys[0]:
        keys.append(joined)
    return [k for k in keys if k]
