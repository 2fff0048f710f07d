"""What a front end shows: texts and buttons, independent of Telegram."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Button", "ChatContext", "Reply"]


@dataclass(frozen=True, slots=True)
class Button:
    """An inline button: either a callback (``data``) or a link (``url``)."""

    text: str
    data: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Reply:
    """One message to show. ``edit`` asks to replace the message a button was pressed on."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    edit: bool = False
    toast: str | None = None  # short notice for a pressed button
    photo: bytes | None = None
    #: the message asks for a typed answer (in a group, the answer must reach the bot)
    ask: bool = False


@dataclass(frozen=True, slots=True)
class ChatContext:
    """Who is talking, as the front end established it."""

    chat_id: int
    chat_type: str = "private"
    user_id: int | None = None
    language_code: str | None = None
    #: in a group: whether the user administers it (checked by the front end)
    is_chat_admin: bool = True
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def is_private(self) -> bool:
        return self.chat_type == "private"
