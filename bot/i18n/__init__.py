"""gettext catalogs (Babel) for English and French, and the Translator passed to callers."""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import logging
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

__all__ = ["LANGUAGES", "LOCALES_DIR", "Translator", "get_translator", "normalize_language"]

log = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).with_name("locales")
DOMAIN = "vigie"
LANGUAGES = ("en", "fr")


def normalize_language(code: str | None) -> str:
    """Telegram's ``language_code`` (``fr``, ``fr-CA``...) to a supported language."""
    if code and code.lower().split("-")[0].split("_")[0] == "fr":
        return "fr"
    return "en"


def _load(language: str) -> gettext.NullTranslations:
    mo = LOCALES_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    po = mo.with_suffix(".po")
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as fh:
            return Translations(fh, domain=DOMAIN)
    if po.exists():
        # A checkout where the catalogs were not compiled yet still speaks French.
        import io

        with po.open("rb") as fh:
            catalog = read_po(fh, locale=language, domain=DOMAIN)
        buf = io.BytesIO()
        write_mo(buf, catalog)
        buf.seek(0)
        return Translations(buf, domain=DOMAIN)
    log.warning("no catalog for %s; using English", language)
    return gettext.NullTranslations()


class Translator:
    """Translations for one language, plus Babel's date formatting for it."""

    def __init__(self, language: str) -> None:
        self.language = normalize_language(language)
        self.locale = Locale.parse(self.language)
        self._t = _load(self.language)

    def _(self, message: str) -> str:
        return self._t.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._t.ngettext(singular, plural, n)

    def date(self, value: dt.date, *, fmt: str = "medium") -> str:
        return format_date(value, format=fmt, locale=self.locale)

    def short_date(self, value: dt.date) -> str:
        """``21 Oct`` / ``21 oct.``"""
        return format_date(value, format="d MMM", locale=self.locale)

    def datetime(self, value: dt.datetime, *, tz: str = "UTC", fmt: str = "d MMM HH:mm") -> str:
        try:
            zone = ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            zone = ZoneInfo("UTC")
        return format_datetime(value, format=fmt, tzinfo=zone, locale=self.locale)


@functools.cache
def get_translator(language: str) -> Translator:
    return Translator(normalize_language(language))
