"""Sending through the Bot API, with Telegram's errors mapped to delivery outcomes."""

from __future__ import annotations

import warnings
from datetime import timedelta

from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    ReplyParameters,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from bot.services.delivery import (
    ChatGoneError,
    RejectedError,
    RetryAfterError,
    TransientSendError,
)
from bot.services.replies import Button

__all__ = ["TelegramTransport", "keyboard", "retry_seconds"]

_GONE_MARKERS = (
    "chat not found",
    "bot was kicked",
    "user is deactivated",
    "chat_write_forbidden",
    "have no rights to send",
    "group chat was upgraded",
    "bot is not a member",
)


def keyboard(buttons: tuple[tuple[Button, ...], ...]) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(b.text, url=b.url)
                if b.url
                else InlineKeyboardButton(b.text, callback_data=b.data or "noop")
                for b in row
            ]
            for row in buttons
        ]
    )


def retry_seconds(exc: RetryAfter) -> float:
    """``RetryAfter.retry_after`` is an int or a timedelta depending on PTB's settings."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    if isinstance(value, timedelta):
        return value.total_seconds()
    return float(value)


class TelegramTransport:
    """``MessageTransport`` over a PTB ``Bot``."""

    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def send(
        self,
        chat_id: int,
        text: str,
        *,
        buttons: tuple[tuple[Button, ...], ...] = (),
        reply_to: int | None = None,
    ) -> int | None:
        try:
            message = await self._bot.send_message(
                chat_id,
                text,
                parse_mode=ParseMode.HTML,
                reply_markup=keyboard(buttons),
                link_preview_options=LinkPreviewOptions(is_disabled=True),
                reply_parameters=(
                    ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
                    if reply_to
                    else None
                ),
            )
        except TelegramError as exc:
            raise self._map(exc) from exc
        return message.message_id

    async def edit(
        self,
        chat_id: int,
        message_id: int,
        text: str,
        *,
        buttons: tuple[tuple[Button, ...], ...] = (),
    ) -> None:
        try:
            await self._bot.edit_message_text(
                text,
                chat_id=chat_id,
                message_id=message_id,
                parse_mode=ParseMode.HTML,
                reply_markup=keyboard(buttons),
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        except BadRequest as exc:
            if "message is not modified" in exc.message.lower():
                return
            raise self._map(exc) from exc
        except TelegramError as exc:
            raise self._map(exc) from exc

    @staticmethod
    def _map(exc: TelegramError) -> Exception:
        """Telegram's error as a delivery outcome.

        403 and a missing chat: the chat is gone. 429: wait as told. Another 400 refuses this
        one message for good (bad markup, message to edit not found). Timeouts, network
        errors and 5xx (PTB raises ``NetworkError`` for those): try again later.
        """
        if isinstance(exc, RetryAfter):
            return RetryAfterError(retry_seconds(exc))
        if isinstance(exc, Forbidden | ChatMigrated):
            return ChatGoneError(exc.message)
        if isinstance(exc, BadRequest):
            if any(marker in exc.message.lower() for marker in _GONE_MARKERS):
                return ChatGoneError(exc.message)
            return RejectedError(f"bad request: {exc.message}")
        if isinstance(exc, NetworkError):
            return TransientSendError(f"network: {exc.message}")
        return TransientSendError(str(exc))
