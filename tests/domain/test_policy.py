from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from bot.domain.models import Incident
from bot.domain.policy import (
    CATEGORIES,
    Filter,
    QuietHours,
    category_of,
    digest_due,
    last_occurrence,
    parse_clock,
    parse_quiet,
    passes,
    resolve_timezone,
)

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def incident(
    event_type: str = "Battles", sub: str | None = None, fatalities: int | None = None
) -> Incident:
    return Incident(
        key="k",
        event_type=event_type,
        sub_event_type=sub,
        fatalities=fatalities,
        incident_date=date(2026, 11, 25),
        first_seen=NOW,
        updated_at=NOW,
    )


@pytest.mark.parametrize(
    ("event_type", "sub", "expected"),
    [
        ("Battles", "Armed clash", "battles"),
        ("Explosions/Remote violence", "Air/drone strike", "strikes"),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", "strikes"),
        ("Explosions/Remote violence", "Suicide bomb", "explosions"),
        ("Violence against civilians", "Attack", "civilians"),
        ("Riots", "Mob violence", "protests"),
        ("Strategic developments", "Arrests", "other"),
        ("Something new", None, "other"),
    ],
)
def test_categories(event_type: str, sub: str | None, expected: str) -> None:
    assert category_of(incident(event_type, sub)) == expected


def test_default_filter_lets_everything_through() -> None:
    rule = Filter()
    assert rule.is_default
    assert all(passes(incident(e), rule) for e in ("Battles", "Protests", "Riots"))


def test_filter_on_types_and_fatalities() -> None:
    rule = Filter(categories=frozenset({"strikes"}), min_fatalities=5)
    strike = ("Explosions/Remote violence", "Air/drone strike")
    assert passes(incident(*strike, fatalities=5), rule)
    assert not passes(incident(*strike, fatalities=4), rule)
    assert not passes(incident(*strike), rule)  # an unknown toll does not reach a bar of 5
    assert not passes(incident("Battles", fatalities=50), rule)
    assert passes(incident("Battles"), Filter(min_fatalities=0))


def test_toggling() -> None:
    rule = Filter().toggled("protests")
    assert rule.categories == frozenset(CATEGORIES) - {"protests"}
    assert not rule.wants("protests") and rule.wants("battles")
    assert rule.toggled("protests").categories == frozenset()  # back to everything
    only = Filter(categories=frozenset({"battles"}))
    assert only.toggled("battles").is_default  # switching the last one off means all


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("22:00", time(22, 0)),
        ("7h", time(7, 0)),
        ("07.30", time(7, 30)),
        ("8", time(8, 0)),
        ("24:00", None),
        ("12:75", None),
        ("noon", None),
        ("", None),
    ],
)
def test_parse_clock(text: str, expected: time | None) -> None:
    assert parse_clock(text) == expected


def test_parse_quiet() -> None:
    assert parse_quiet("22:00-07:00") == QuietHours(time(22), time(7))
    assert parse_quiet("22h à 7h") == QuietHours(time(22), time(7))
    assert parse_quiet("13:00 - 14:30") == QuietHours(time(13), time(14, 30))
    assert parse_quiet("22:00") is None
    assert parse_quiet("10-10") is None
    assert parse_quiet("<script>") is None


def test_quiet_hours_across_midnight_in_a_time_zone() -> None:
    quiet = QuietHours(time(22), time(7))
    paris = "Europe/Paris"  # UTC+1 in November
    assert quiet.active(datetime(2026, 11, 25, 21, 30, tzinfo=UTC), paris)  # 22:30 there
    assert quiet.active(datetime(2026, 11, 26, 5, 59, tzinfo=UTC), paris)  # 06:59
    assert not quiet.active(datetime(2026, 11, 26, 6, 0, tzinfo=UTC), paris)  # 07:00
    assert not quiet.active(datetime(2026, 11, 25, 12, 0, tzinfo=UTC), paris)
    end = quiet.ends_after(datetime(2026, 11, 25, 21, 30, tzinfo=UTC), paris)
    assert end == datetime(2026, 11, 26, 6, 0, tzinfo=UTC)
    day = QuietHours(time(13), time(14))
    assert day.active(datetime(2026, 11, 25, 13, 30, tzinfo=UTC), "UTC")
    assert not day.active(datetime(2026, 11, 25, 14, 0, tzinfo=UTC), "UTC")


def test_digest_timing() -> None:
    at = time(8, 0)
    tz = "Asia/Baghdad"  # UTC+3
    assert last_occurrence(NOW, at, tz) == datetime(2026, 11, 25, 5, 0, tzinfo=UTC)
    assert digest_due(NOW, at, tz, last_sent=datetime(2026, 11, 24, 5, 0, tzinfo=UTC))
    assert not digest_due(NOW, at, tz, last_sent=datetime(2026, 11, 25, 5, 0, tzinfo=UTC))
    early = datetime(2026, 11, 25, 4, 59, tzinfo=UTC)
    assert not digest_due(early, at, tz, last_sent=datetime(2026, 11, 24, 6, 0, tzinfo=UTC))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Europe/Paris", "Europe/Paris"),
        ("europe/paris", "Europe/Paris"),
        ("Baghdad", "Asia/Baghdad"),
        ("UTC", "UTC"),
        ("UTC+3", "Etc/GMT-3"),
        ("GMT-5", "Etc/GMT+5"),
        ("+0", "UTC"),
        ("UTC+15", None),
        ("Mars/Olympus", None),
        ("<b>", None),
        ("x" * 100, None),
        ("", None),
    ],
)
def test_resolve_timezone(text: str, expected: str | None) -> None:
    assert resolve_timezone(text) == expected
