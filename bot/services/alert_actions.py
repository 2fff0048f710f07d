"""The buttons under an alert."""

from __future__ import annotations

from bot.domain.models import Incident
from bot.i18n import get_translator
from bot.services.replies import Button

__all__ = ["alert_buttons"]


def alert_buttons(incident: Incident, language: str) -> tuple[tuple[Button, ...], ...]:
    """Sources, a 24-hour mute of the subscriptions it matched, and unsubscribing from them.

    The callbacks carry only the incident id: the chat's matching subscriptions are looked up
    when a button is pressed, so the data stays far below Telegram's 64 bytes.
    """
    t = get_translator(language)
    return (
        (
            Button(t._("Sources"), data=f"src:{incident.id}"),
            Button(t._("Mute this region 24 h"), data=f"mreg:{incident.id}"),
        ),
        (Button(t._("Unsubscribe"), data=f"unsub:i{incident.id}"),),
    )
