"""Feed text cleaning and EN/FR language detection.

Cleaning uses the standard library's ``html.parser`` (lxml would be faster on huge pages, but
bodies are truncated first and the stdlib keeps the domain free of a C dependency).

Language detection counts function words. Only English and French are ever asked for, and a
stopword ratio separates those two reliably on anything longer than a headline; lingua limited to
EN+FR would also work but weighs about 100 MB in memory for no measurable gain here.
"""

from __future__ import annotations

import html
import logging
import re
from html.parser import HTMLParser
from typing import Literal

from bot.domain._alternation import lower_same_length

__all__ = ["MAX_TEXT_CHARS", "clean_text", "detect_language", "paragraphs"]

logger = logging.getLogger(__name__)

#: Longest text kept from one field; wire stories are a few thousand characters.
MAX_TEXT_CHARS = 40_000

_BLOCK_TAGS = frozenset(
    ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "blockquote", "figure", "figcaption", "aside",
    "nav", "hr", "pre", "dd", "dt"]
)
_SKIP_TAGS = frozenset(("script", "style", "noscript", "iframe", "svg", "head", "template"))

#: Whole lines that are page furniture, not story (compared lower-cased, trailing ":" removed).
_BOILERPLATE_LINES = frozenset((
    "facebook", "twitter", "x", "linkedin", "pinterest", "whatsapp", "telegram", "reddit",
    "email", "e-mail", "print", "imprimer", "share", "share this", "share this article",
    "share on facebook", "share on twitter", "partager", "partager cet article",
    "partager sur facebook", "lire aussi", "lire également", "à lire aussi", "read more",
    "read also", "see also", "related", "related articles", "advertisement", "publicité",
    "leave a comment", "leave a reply", "laisser un commentaire", "comments", "commentaires",
    "subscribe", "s'abonner", "abonnez-vous", "newsletter", "tweet", "copy link",
    "copier le lien",
))
_BOILERPLATE_PREFIXES = (
    "this site uses akismet",
    "ce site utilise akismet",
    "related:",
    "lire aussi :",
    "lire aussi:",
    "read more:",
    "sign up for",
    "inscrivez-vous",
    "all rights reserved",
    "tous droits réservés",
    "©",
    "copyright",
    "click here",
    "cliquez ici",
    "your email address will not be published",
    # a byline standing as a paragraph: "Par notre correspondant à Jérusalem"
    "par notre correspondant", "par notre correspondante", "de notre correspondant",
    "de notre correspondante", "de notre envoyé spécial", "de notre envoyée spéciale",
    "par notre envoyé spécial", "par notre envoyée spéciale", "by our correspondent",
    "from our correspondent",
    "votre adresse e-mail ne sera pas publiée",
)

_TRAILING_LINK = re.compile(
    r"(?<=[.!?»\"”])\s+(?:Related|Read more|Read also|See also|Lire aussi|À lire aussi|"
    r"Lire également|Voir aussi)\s*:.*$"
)
_TAG_HINT = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|&[a-zA-Z]+;|&#\d+;")
#: Runs of spaces to make one plain space (a lone plain space is left alone: cheaper).
_SPACES = re.compile(r"[ \t\f\v\u00a0\u202f\u2009]{2,}|[\t\f\v\u00a0\u202f\u2009]")
_ODD_SPACES = "\t\f\v\u00a0\u202f\u2009"
_MANY_NEWLINES = re.compile(r"\n{3,}")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n" if tag in ("p", "div", "section", "article") else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n" if tag in ("p", "div", "section", "article") else "\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _strip_html(text: str) -> str:
    parser = _TextExtractor()
    try:
        parser.feed(text)
        parser.close()
    except Exception:  # html.parser is lenient; this guards against pathological input only
        logger.warning("HTML parsing failed; falling back to tag stripping")
        return html.unescape(re.sub(r"<[^>]*>", " ", text))
    return "".join(parser.parts)


def _is_boilerplate(line: str) -> bool:
    low = line.strip().lower().rstrip(":").strip()
    if not low:
        return False
    if low in _BOILERPLATE_LINES:
        return True
    return low.startswith(_BOILERPLATE_PREFIXES)


def clean_text(html_or_text: str | None, *, max_chars: int = MAX_TEXT_CHARS) -> str:
    """Turn feed HTML or plain text into clean paragraphs.

    Tags are dropped (block tags become line breaks), entities unescaped, page furniture such as
    share buttons, "Leave a Comment" or "Lire aussi" removed, and whitespace normalised.
    Paragraphs are separated by one blank line.

    Args:
        html_or_text: a feed field, HTML or not; ``None`` is treated as empty.
        max_chars: longer input is truncated first (and logged) so that a runaway page
            cannot cost more than a normal story.

    Returns:
        The cleaned text, possibly empty.
    """
    if not html_or_text:
        return ""
    text = str(html_or_text)
    if len(text) > max_chars:
        logger.info("text of %d characters truncated to %d", len(text), max_chars)
        text = text[:max_chars]
    text = _strip_html(text) if _TAG_HINT.search(text) else html.unescape(text)
    text = _ZERO_WIDTH.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    lines: list[str] = []
    if "  " in text or any(c in text for c in _ODD_SPACES):  # (most text has neither)
        text = _SPACES.sub(" ", text)
    for raw in text.split("\n"):
        line = raw.strip()
        if _is_boilerplate(line):
            continue
        if ":" in line:
            # a link to another story run on after the last sentence: "... with China. Related:
            # Kachin IDPs trapped as army advances in Tanai"
            line = _TRAILING_LINK.sub("", line)
        lines.append(line)
    out = "\n".join(lines)
    out = re.sub(r"\n[ ]*\n(?:[ ]*\n)*", "\n\n", out)
    return (_MANY_NEWLINES.sub("\n\n", out) if "\n\n\n" in out else out).strip()


def paragraphs(text: str) -> list[str]:
    """Split cleaned text into paragraphs (blank-line separated, single lines joined).

    Args:
        text: output of ``clean_text``.

    Returns:
        Non-empty paragraphs in order.
    """
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


_EN_WORDS = frozenset(
    ["the", "of", "and", "to", "in", "a", "is", "was", "were", "that", "on", "for", "with",
    "as", "by", "at", "from", "it", "its", "has", "have", "had", "be", "been", "this", "which",
    "said", "after", "who", "their", "they", "an", "are", "or", "not", "but", "would", "will",
    "than", "more", "when", "into", "over", "about", "there", "his", "her", "them", "also",
    "killed", "people"]
)
_FR_WORDS = frozenset(
    ["le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "à", "en", "que", "qui",
    "dans", "pour", "sur", "par", "au", "aux", "ont", "été", "a", "pas", "plus", "ne", "se",
    "ce", "cette", "son", "sa", "ses", "leur", "leurs", "il", "elle", "ils", "avec", "selon",
    "après", "mais", "ou", "où", "d", "l", "qu", "n", "s", "lors", "depuis", "été", "sont",
    "tués", "morts"]
)
#: (on lower-cased text)
_TOKEN = re.compile(r"[a-zà-ÿœæ]+")
_ELISION = re.compile(r"\b(?:[ldjmnst]|qu)['’]\w", re.IGNORECASE)


def detect_language(text: str) -> Literal["en", "fr"]:
    """Tell English from French by the share of each language's function words.

    Args:
        text: any text (best a paragraph or more).

    Returns:
        ``"fr"`` when French function words dominate, else ``"en"`` (also for empty text).
    """
    head = text[:2500]
    # (a few sentences tell the language; more only costs time)
    words = _TOKEN.findall(lower_same_length(head))[:300]
    en = sum(1 for w in words if w in _EN_WORDS)
    fr = sum(1 for w in words if w in _FR_WORDS)
    # "l'", "d'", "qu'" elisions are a strong French signal that tokenisation splits off
    fr += len(_ELISION.findall(head)) // 2
    return "fr" if fr > en else "en"
