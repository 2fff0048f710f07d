"""Filters, quiet hours and digests, with a clock the test moves (services wired by the app)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fakes import FakeBotAPI
from tg_helpers import bot_settings, enqueue, make_incident, store

from bot.app import Services, open_services
from bot.services.replies import Button, ChatContext

CHAT = 301
#: When the test clock starts: 21:00 UTC = 22:00 in Paris (UTC+1 in November). Alerts are
#: queued at this time, so they are due whatever the day the tests run.
START = datetime(2026, 11, 25, 21, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Recorder:
    """A ``MessageTransport`` that keeps what would be sent (the Telegram side is not tested
    here; the conversation tests cover it)."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, str]] = []

    async def send(
        self,
        chat_id: int,
        text: str,
        *,
        buttons: tuple[tuple[Button, ...], ...] = (),
        reply_to: int | None = None,
    ) -> int | None:
        self.sent.append((chat_id, text))
        return len(self.sent)

    async def edit(
        self,
        chat_id: int,
        message_id: int,
        text: str,
        *,
        buttons: tuple[tuple[Button, ...], ...] = (),
    ) -> None:
        self.sent.append((chat_id, text))


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
async def services(
    tmp_path: Path, bot_api: FakeBotAPI, clock: Clock, recorder: Recorder
) -> AsyncIterator[Services]:
    settings = bot_settings(bot_api, tmp_path / "v.db")
    opened = await open_services(settings, transport=recorder, clock=clock)
    try:
        yield opened
    finally:
        await opened.close()


async def command(services: Services, text: str) -> str:
    name, _, args = text.partition(" ")
    ctx = ChatContext(chat_id=CHAT, language_code="en")
    replies = await services.commands.on_command(ctx, name, args)
    return "\n".join(r.text for r in replies)


async def alert(services: Services, **changes: object) -> int:
    incident = await store(services, make_incident(**changes))
    await enqueue(services, incident, CHAT, now=START)
    await services.dispatcher.drain()
    assert incident.id is not None
    return incident.id


async def test_filters_decide_what_is_sent(services: Services, recorder: Recorder) -> None:
    await command(services, "/subscribe Iraq")
    assert "at least 5 killed" in await command(services, "/filter min 5")
    await alert(services, key="a", fatalities=2)
    assert recorder.sent == []
    await alert(services, key="b", fatalities=6)
    assert len(recorder.sent) == 1 and "6 killed" in recorder.sent[0][1]

    reply = await command(services, "/filter battles protests")
    assert "Fighting, Protests and riots" in reply
    await alert(services, key="c", fatalities=9)  # a drone strike: not wanted now
    assert len(recorder.sent) == 1
    await alert(services, key="d", event_type="Battles", sub_event_type=None, fatalities=9)
    assert len(recorder.sent) == 2

    assert "every kind" in await command(services, "/filter reset")
    await alert(services, key="e", fatalities=0)
    assert len(recorder.sent) == 3
    await command(services, "/language fr")
    assert "Je comprends" in await command(services, "/filter bananes")


async def test_a_subscription_filter_overrides_the_chat_one(
    services: Services, recorder: Recorder
) -> None:
    await command(services, "/subscribe Anbar")
    subs = await services.subscriptions.subscriptions(chat_id=CHAT)
    prefs = services.preferences
    assert prefs is not None and subs[0].id is not None
    await command(services, "/filter min 50")
    from bot.domain.policy import Filter

    await prefs.set_filter(chat_id=CHAT, rule=Filter(min_fatalities=1), subscription_id=subs[0].id)
    await alert(services, key="a", fatalities=3)
    assert len(recorder.sent) == 1
    assert "at least 1 killed" in await command(services, "/subscriptions")


async def test_quiet_hours_hold_alerts_and_send_one_summary(
    services: Services, recorder: Recorder, clock: Clock
) -> None:
    await command(services, "/subscribe Iraq")
    assert "Europe/Paris" in await command(services, "/timezone europe/paris")
    reply = await command(services, "/quiet 22:00-07:00")
    assert "22:00-07:00" in reply and "one summary" in reply
    for n in range(3):
        await alert(services, key=f"q{n}", fatalities=n)
    assert recorder.sent == []
    prefs = services.preferences
    assert prefs is not None
    assert await prefs.run_due() == 0  # still quiet

    clock.now += timedelta(hours=4)  # 02:00 in Paris
    await alert(services, key="q3")
    assert await prefs.run_due() == 0 and recorder.sent == []

    clock.now += timedelta(hours=5)  # 07:00 in Paris: quiet hours are over
    assert await prefs.run_due() == 1
    ((chat_id, summary),) = recorder.sent
    assert chat_id == CHAT and "quiet hours: 4 incidents" in summary
    assert summary.count("/incident_") == 4
    assert await prefs.run_due() == 0  # sent once

    await alert(services, key="day")  # daytime alerts go out at once
    assert len(recorder.sent) == 2 and "/incident_" not in recorder.sent[1][1]
    assert "removed" in await command(services, "/quiet off")
    await command(services, "/language fr")
    assert "Pas d’heures de silence" in await command(services, "/quiet")


async def test_daily_digest_only_and_both(
    services: Services, recorder: Recorder, clock: Clock
) -> None:
    await command(services, "/subscribe Iraq")
    await command(services, "/timezone Asia/Baghdad")  # UTC+3: it is 00:00 there
    reply = await command(services, "/digest daily 08:00")
    assert "instead of instant alerts" in reply and "Asia/Baghdad" in reply
    prefs = services.preferences
    assert prefs is not None
    assert await prefs.run_due() == 0  # the first digest waits for 08:00
    await alert(services, key="d1", fatalities=1)
    await alert(services, key="d2", fatalities=2)
    assert recorder.sent == []

    clock.now += timedelta(hours=7, minutes=59)
    assert await prefs.run_due() == 0
    clock.now += timedelta(minutes=1)  # 08:00 in Baghdad
    assert await prefs.run_due() == 1
    assert "Daily digest" in recorder.sent[0][1] and recorder.sent[0][1].count("/incident_") == 2
    assert await prefs.run_due() == 0

    assert "as well as" in await command(services, "/digest both 08:00")
    await alert(services, key="d3", fatalities=3)
    assert len(recorder.sent) == 2  # sent at once...
    clock.now += timedelta(days=1)
    assert await prefs.run_due() == 1  # ...and in the next digest
    assert recorder.sent[2][1].count("/incident_") == 1

    assert "No more daily digest" in await command(services, "/digest off")
    await alert(services, key="d4")
    clock.now += timedelta(days=1)
    assert await prefs.run_due() == 0 and len(recorder.sent) == 4
    await command(services, "/language fr")
    fr = await command(services, "/digest tous les jours")
    assert "Utilisation : /digest" in fr


async def test_a_muted_chat_gets_its_quiet_summary_after_the_mute(
    services: Services, recorder: Recorder, clock: Clock
) -> None:
    await command(services, "/subscribe Iraq")
    await command(services, "/quiet 21:00-22:00")  # UTC: the clock is at 21:00
    await alert(services, key="m1")
    await command(services, "/mute 3h")
    clock.now += timedelta(hours=2)
    prefs = services.preferences
    assert prefs is not None
    assert await prefs.run_due() == 0
    clock.now += timedelta(hours=1, minutes=1)
    assert await prefs.run_due() == 1
