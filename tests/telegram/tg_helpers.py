"""Talking to the running bot through the fake Bot API, and storing incidents for it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from e2e.harness import make_settings
from fakes import FakeBotAPI

from bot.app import Services
from bot.config import Settings
from bot.domain.models import Incident, Report, Status
from bot.storage.repos import AlertRepo, IncidentRepo

__all__ = [
    "bot_settings",
    "buttons",
    "enqueue",
    "last",
    "make_incident",
    "press",
    "say",
    "store",
    "today",
]


def bot_settings(api: FakeBotAPI, database: Path) -> Settings:
    """Settings for a bot whose only feed is local (and empty), so nothing leaves 127.0.0.1."""
    return make_settings(api, database, VIGIE_FEEDS=f"{api.url}/no-feed.xml")


def _outputs(api: FakeBotAPI, chat_id: int) -> int:
    return (
        len(api.sent_messages(chat_id))
        + len(api.edits(chat_id))
        + len([c for c in api.calls("sendPhoto") if c.ok and c.params.get("chat_id") == chat_id])
    )


async def _wait_output(api: FakeBotAPI, chat_id: int, before: int) -> None:
    await api.wait_for(lambda: _outputs(api, chat_id) > before)


def last(api: FakeBotAPI, chat_id: int) -> dict[str, Any]:
    """The latest message or edit the bot made in a chat (raw params: HTML as sent)."""
    events = [
        (0, c.params)
        for c in api.calls()
        if c.ok
        and c.method.lower() in ("sendmessage", "editmessagetext", "sendphoto")
        and c.params.get("chat_id") == chat_id
    ]
    return events[-1][1]


async def say(
    api: FakeBotAPI,
    chat_id: int,
    text: str,
    *,
    language: str | None = "en",
    user_id: int | None = None,
    chat_type: str | None = None,
) -> str:
    """Send a message as a user and return the text of the bot's answer (HTML as sent)."""
    before = _outputs(api, chat_id)
    api.inject_message(chat_id, text, language_code=language, user_id=user_id, chat_type=chat_type)
    await _wait_output(api, chat_id, before)
    params = last(api, chat_id)
    return str(params.get("text") or params.get("caption") or "")


async def press(
    api: FakeBotAPI,
    chat_id: int,
    data: str,
    *,
    message_id: int | None = None,
    language: str | None = "en",
    user_id: int | None = None,
) -> str:
    """Press a button on the bot's latest message (or ``message_id``); return the answer."""
    if message_id is None:
        message_id = int(api.sent_messages(chat_id)[-1]["message_id"])
    before = _outputs(api, chat_id)
    answered = len(api.calls("answerCallbackQuery"))
    api.inject_callback(
        chat_id, data, message_id=message_id, language_code=language, user_id=user_id
    )
    await api.wait_for(lambda: len(api.calls("answerCallbackQuery")) > answered)
    if _outputs(api, chat_id) == before:
        await _wait_output(api, chat_id, before)
    params = last(api, chat_id)
    return str(params.get("text") or "")


def buttons(api: FakeBotAPI, chat_id: int) -> list[tuple[str, str]]:
    """(text, callback data) of the inline keyboard on the bot's latest message or edit."""
    markup = last(api, chat_id).get("reply_markup") or {}
    return [
        (b["text"], b.get("callback_data", b.get("url", "")))
        for row in markup.get("inline_keyboard", [])
        for b in row
    ]


def make_incident(**changes: Any) -> Incident:
    now = datetime.now(UTC)
    base = Incident(
        key=f"k{now.timestamp()}{changes.get('key', '')}",
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
        incident_date=now.date(),
        first_seen=now,
        updated_at=now,
        reports=(
            Report(
                source="La Presse",
                url="https://example.org/articles/drone",
                title="Attaque de drone",
                language="fr",
                published=now,
                status=Status.CLAIMED,
            ),
        ),
    )
    return base.model_copy(update=changes)


async def store(services: Services, incident: Incident) -> Incident:
    """Save an incident and its reports as the pipeline would; returns it with its id."""
    repo = IncidentRepo(services.db)
    async with services.db.transaction() as conn:
        incident_id = await repo.save(conn, incident=incident)
        for n, report in enumerate(incident.reports):
            await repo.add_report(
                conn, incident_id=incident_id, article_id=f"a{incident_id}-{n}", report=report
            )
    stored = await repo.get(incident_id=incident_id)
    assert stored is not None
    return stored


async def enqueue(
    services: Services, incident: Incident, *chat_ids: int, now: datetime | None = None
) -> None:
    """Queue alerts for an incident, as matching does after storing it (at ``now``, the
    wall-clock time unless the test runs its own clock)."""
    assert incident.id is not None
    async with services.db.transaction() as conn:
        await AlertRepo(services.db).enqueue(
            conn,
            incident_id=incident.id,
            chat_ids=chat_ids,
            priority=0,
            now=now or datetime.now(UTC),
        )


def today() -> date:
    return datetime.now(UTC).date()
