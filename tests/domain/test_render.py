from __future__ import annotations

import re
from datetime import UTC, date, datetime

from bot.domain.gazetteer import Gazetteer
from bot.domain.models import Incident, Report, Status
from bot.domain.render import (
    place_label,
    render_alert,
    render_card,
    render_line,
    render_summary,
)
from bot.i18n import get_translator

NOW = datetime(2026, 10, 21, 9, 30, tzinfo=UTC)
_TAGS = re.compile(r"<[^>]+>")


def seed_incident(**changes: object) -> Incident:
    base = Incident(
        id=7,
        key="seed",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        place_id="s:ain-al-asad-air-base",
        country="IQ",
        lat=33.8,
        lon=42.44,
        actors=("islamic-resistance-in-iraq",),
        claimed_by="islamic-resistance-in-iraq",
        status=Status.CLAIMED,
        fatalities=0,
        injured=0,
        incident_date=date(2026, 10, 21),
        first_seen=NOW,
        updated_at=NOW,
        reports=(
            Report(
                source="La Presse",
                url="https://example.org/a?x=1&y=2",
                title="Attaque de drone contre une base",
                language="fr",
                published=NOW,
                status=Status.CLAIMED,
            ),
            Report(
                source="Reuters",
                url="https://example.org/b",
                title="US denies damage",
                language="en",
                published=datetime(2026, 10, 21, 12, 0, tzinfo=UTC),
                status=Status.UNCONFIRMED,
                fatalities=0,
            ),
        ),
    )
    return base.model_copy(update=changes)


def visible(html: str) -> str:
    return _TAGS.sub("", html)


def test_english_alert_is_short_and_says_what_where_who(gazetteer: Gazetteer) -> None:
    text = render_alert(seed_incident(), t=get_translator("en"), names=gazetteer)
    plain = visible(text)
    assert "Ain al-Asad" in plain and "Iraq" in plain and "drone" in plain.lower()
    assert "claimed by Islamic Resistance in Iraq" in plain
    assert "no casualties" in plain and "21 Oct" in plain
    assert plain.count("Islamic Resistance in Iraq") == 1  # the claimant is not listed twice
    assert 'href="https://example.org/a?x=1&amp;y=2"' in text
    assert "(+1)" in plain
    before_links = plain.split("La Presse")[0]
    assert len(before_links) <= 400


def test_french_alert_reads_french(gazetteer: Gazetteer) -> None:
    plain = visible(render_alert(seed_incident(), t=get_translator("fr"), names=gazetteer))
    assert "Aïn al-Assad" in plain and "Irak" in plain and "drone" in plain.lower()
    assert "revendication : Résistance islamique en Irak, non confirmée" in plain
    assert "aucune victime" in plain and "21 oct." in plain


def test_feed_text_is_escaped(gazetteer: Gazetteer) -> None:
    nasty = seed_incident(
        place_id=None,
        place="<script>alert(1)</script>",
        actors=(),
        claimed_by=None,
        reports=(
            Report(
                source="<b>Evil</b>",
                url='https://x.org/"><script>',
                title="<i>t</i> & co",
                language="en",
                published=NOW,
            ),
        ),
    )
    t = get_translator("en")
    for html in (
        render_alert(nasty, t=t, names=gazetteer),
        render_card(nasty, t=t, names=gazetteer),
        render_line(nasty, t=t, names=gazetteer),
    ):
        assert "<script>" not in html and "<b>Evil" not in html
        assert "&lt;script&gt;" in html


def test_card_shows_each_source_with_its_status_in_the_chat_time_zone(
    gazetteer: Gazetteer,
) -> None:
    card = render_card(seed_incident(), t=get_translator("en"), names=gazetteer, tz="Asia/Baghdad")
    plain = visible(card)
    assert "La Presse" in plain and "Reuters" in plain
    assert "21 Oct 12:30" in plain and "claimed" in plain  # 09:30 UTC is 12:30 in Baghdad
    assert "21 Oct 15:00" in plain and "unconfirmed" in plain
    assert plain.index("La Presse") < plain.index("Reuters")  # oldest report first
    fr = visible(render_card(seed_incident(), t=get_translator("fr"), names=gazetteer))
    assert "Sources :" in fr and "revendiqué" in fr


def test_summary_is_newest_first_and_bounded(gazetteer: Gazetteer) -> None:
    incidents = [
        seed_incident(id=n, incident_date=date(2026, 10, n), reports=()) for n in range(1, 31)
    ]
    text = render_summary("Digest <1>", incidents, t=get_translator("en"), names=gazetteer)
    lines = text.split("\n")
    assert lines[0] == "<b>Digest &lt;1&gt;</b>"
    assert "/incident_30" in lines[1] and "/incident_29" in lines[2]
    assert lines[-1] == "…and 5 more"
    assert len(text) < 4096
    fr = render_summary("x", incidents, t=get_translator("fr"), names=gazetteer)
    assert fr.endswith("…et 5 autres")


def test_a_village_the_gazetteer_lacks_is_named_before_its_province(
    gazetteer: Gazetteer,
) -> None:
    village = seed_incident(place_id="g:703656", place="Hroza", admin1="Kharkiv")  # Kupyansk
    assert place_label(village, gazetteer, "en") == "Hroza, Kharkiv, Ukraine"
    known = seed_incident(place_id="g:703656", place="Kupyansk")
    assert place_label(known, gazetteer, "en").startswith("Kupyansk")
    assert "Hroza" not in place_label(known, gazetteer, "fr")
    assert place_label(seed_incident(), gazetteer, "en") == "Ain al-Asad Air Base, Al Anbar, Iraq"


def test_a_ship_hit_at_sea_is_placed_in_the_readers_language(gazetteer: Gazetteer) -> None:
    ship = seed_incident(place_id="g:415189", place="Gulf of Aden off Aden", admin1="Aden",
                         country="YE")
    assert place_label(ship, gazetteer, "en") == "Gulf of Aden, Aden, Yemen"
    assert place_label(ship, gazetteer, "fr") == "golfe d'Aden, Aden, Yémen"
