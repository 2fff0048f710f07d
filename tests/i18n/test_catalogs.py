from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from bot.i18n import LOCALES_DIR, Translator, normalize_language

ROOT = Path(__file__).resolve().parents[2]
_PLACEHOLDER = re.compile(r"%\([a-z_]+\)[-+ 0#]*\d*(?:\.\d+)?[sdf]|%[sd]")


def _catalog(language: str):  # type: ignore[no-untyped-def]
    with (LOCALES_DIR / language / "LC_MESSAGES" / "vigie.po").open("rb") as fh:
        return read_po(fh, locale=language, domain="vigie")


def _extracted(tmp_path: Path) -> set[str]:
    pot = tmp_path / "vigie.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "--mapping",
            str(ROOT / "babel.cfg"),
            "--keywords",
            "N_",
            "--keywords",
            "ngettext:1,2",
            "--no-location",
            "--output",
            str(pot),
            str(ROOT / "bot"),
        ],
        check=True,
        capture_output=True,
    )
    with pot.open("rb") as fh:
        template = read_po(fh)
    return {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}


def test_every_message_in_the_code_has_a_french_translation(tmp_path: Path) -> None:
    in_code = _extracted(tmp_path)
    fr = {m.id if isinstance(m.id, str) else m.id[0]: m for m in _catalog("fr") if m.id}
    missing = sorted(in_code - fr.keys())
    assert missing == [], f"run `make catalogs` and translate: {missing}"
    untranslated = [
        key
        for key in in_code
        if not (fr[key].string if isinstance(fr[key].string, str) else all(fr[key].string))
        or fr[key].fuzzy
    ]
    assert untranslated == []


def test_placeholders_survive_translation() -> None:
    for message in _catalog("fr"):
        if not message.id:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        expected = sorted(_PLACEHOLDER.findall(ids[-1]))
        for s in strings:
            assert sorted(_PLACEHOLDER.findall(s)) == expected, message.id


def test_french_plural_rule() -> None:
    fr = Translator("fr")
    assert fr.ngettext("%(n)d killed", "%(n)d killed", 1) % {"n": 1} == "1 mort"
    assert fr.ngettext("%(n)d killed", "%(n)d killed", 0) % {"n": 0} == "0 mort"
    assert fr.ngettext("%(n)d killed", "%(n)d killed", 2) % {"n": 2} == "2 morts"
    en = Translator("en")
    assert en._("no casualties") == "no casualties"
    assert fr._("no casualties") == "aucune victime"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("fr", "fr"),
        ("fr-CA", "fr"),
        ("FR", "fr"),
        ("en-GB", "en"),
        ("de", "en"),
        (None, "en"),
        ("", "en"),
    ],
)
def test_telegram_language_codes(code: str | None, expected: str) -> None:
    assert normalize_language(code) == expected
