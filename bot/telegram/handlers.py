"""Thin PTB handlers: parse the update, call the command service, send its replies."""

from __future__ import annotations

import logging
import re
import time
from dataclasses import replace
from html import escape
from typing import Any

from telegram import (
    ChatMember,
    ChatMemberUpdated,
    ForceReply,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.services.commands import ChannelOutcome, CommandService
from bot.services.delivery import AlertDispatcher
from bot.services.replies import ChatContext, Reply
from bot.telegram.sender import keyboard

__all__ = ["TelegramFrontEnd"]

log = logging.getLogger(__name__)

#: Longest text we read from a person; longer input is cut (Telegram allows 4,096).
MAX_INPUT = 1000
_ADMIN_TTL = 300.0
_MANAGING = frozenset(
    {
        "subscribe",
        "unsubscribe",
        "near",
        "language",
        "mute",
        "unmute",
        "stop",
        "filter",
        "quiet",
        "timezone",
        "digest",
    }
)
#: Commands that always concern the private chat itself, even while it manages a channel.
_OWN_CHAT = frozenset({"start", "help", "channel", "stats", "sources", "ingest"})
_CHANNEL_REF = re.compile(r"@[A-Za-z][A-Za-z0-9_]{3,31}|-100\d{5,16}")
_BACK = frozenset({"off", "stop", "none", "me", "back", "retour", "fin", "aucun"})
# New messages and channel posts; an edited message must not run its command a second time.
_FRESH = filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST


class TelegramFrontEnd:
    """Registers the handlers on an ``Application`` and adapts updates to the services."""

    def __init__(self, *, commands: CommandService, dispatcher: AlertDispatcher) -> None:
        self._commands = commands
        self._dispatcher = dispatcher
        self._admin_cache: dict[tuple[int, int], tuple[float, bool]] = {}

    def register(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        app.add_handler(MessageHandler(_FRESH & filters.COMMAND, self.on_command))
        app.add_handler(MessageHandler(_FRESH & filters.LOCATION, self.on_location))
        app.add_handler(MessageHandler(_FRESH & filters.TEXT & ~filters.COMMAND, self.on_text))
        app.add_handler(CallbackQueryHandler(self.on_callback))
        app.add_handler(
            ChatMemberHandler(self.on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER)
        )
        app.add_error_handler(self.on_error)

    async def _is_admin(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
        chat = update.effective_chat
        user = update.effective_user
        if chat is None or chat.type == ChatType.PRIVATE:
            return True
        message = update.effective_message
        if update.callback_query is None and message is not None:
            if chat.type == ChatType.CHANNEL:
                return True  # only a channel's admins can post in it
            if message.sender_chat is not None and message.sender_chat.id == chat.id:
                return True  # an anonymous administrator of the group
        if user is None:
            return False
        return await self._administers(context, chat.id, user.id)

    async def _administers(
        self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, user_id: int
    ) -> bool:
        """Whether a user administers a chat (asked with getChatMember, cached a few minutes)."""
        key = (chat_id, user_id)
        cached = self._admin_cache.get(key)
        now = time.monotonic()
        if cached and now - cached[0] < _ADMIN_TTL:
            return cached[1]
        try:
            member = await context.bot.get_chat_member(chat_id, user_id)
            is_admin = member.status in {ChatMember.ADMINISTRATOR, ChatMember.OWNER}
        except TelegramError as exc:
            log.warning("getChatMember(%s, %s) failed: %s", chat_id, user_id, exc)
            is_admin = False
        self._admin_cache[key] = (now, is_admin)
        return is_admin

    async def _context(
        self,
        update: Update,
        context: ContextTypes.DEFAULT_TYPE,
        *,
        check_admin: bool,
        command: str | None = None,
    ) -> ChatContext | None:
        chat = update.effective_chat
        if chat is None:
            return None
        user = update.effective_user
        managed = await self._managed_channel(update, context, command)
        if managed is not None and user is not None:
            return ChatContext(
                chat_id=managed[0],
                chat_type=ChatType.CHANNEL,
                user_id=user.id,
                language_code=user.language_code,
                is_chat_admin=True,
            )
        return ChatContext(
            chat_id=chat.id,
            chat_type=chat.type,
            user_id=user.id if user else None,
            language_code=user.language_code if user else None,
            is_chat_admin=await self._is_admin(update, context) if check_admin else False,
        )

    async def _managed_channel(
        self, update: Update, context: ContextTypes.DEFAULT_TYPE, command: str | None
    ) -> tuple[int, str] | None:
        """The channel this private chat manages, if the update concerns it.

        Commands other than the chat's own (``_OWN_CHAT``), text and locations go to the
        channel; a button only when it sits on a message that was about the channel. The
        person must still administer the channel.
        """
        chat, user = update.effective_chat, update.effective_user
        if chat is None or user is None or chat.type != ChatType.PRIVATE:
            return None
        if command in _OWN_CHAT:
            return None
        managed = await self._commands.managed_channel(chat.id)
        if managed is None:
            return None
        query = update.callback_query
        if query is not None:
            shown = query.message.text if isinstance(query.message, Message) else None
            if not (shown or "").startswith(_channel_prefix_text(managed[1])):
                return None
        if not await self._administers(context, managed[0], user.id):
            log.info("chat %s no longer administers channel %s", chat.id, managed[0])
            await self._commands.manage_channel(chat.id, None)
            return None
        return managed

    async def _channel(
        self, update: Update, context: ContextTypes.DEFAULT_TYPE, args: str
    ) -> list[Reply]:
        """``/channel @name``: manage a channel's subscriptions from this private chat."""
        chat, user = update.effective_chat, update.effective_user
        own = await self._context(update, context, check_admin=False, command="channel")
        if own is None or chat is None:
            return []

        async def notice(outcome: ChannelOutcome, name: str = "") -> list[Reply]:
            assert own is not None
            return await self._commands.channel_notice(own, outcome, name)

        if chat.type != ChatType.PRIVATE or user is None:
            return await notice("not_private")
        ref = args.split()[0] if args.split() else ""
        if not ref:
            current = await self._commands.managed_channel(chat.id)
            return await notice("managing", current[1]) if current else await notice("usage")
        if ref.lower() in _BACK:
            await self._commands.manage_channel(chat.id, None)
            return await notice("back")
        if not _CHANNEL_REF.fullmatch(ref):
            return await notice("unknown", ref)
        try:
            target = await context.bot.get_chat(ref)
        except TelegramError as exc:
            log.info("/channel %s from %s: %s", ref, user.id, exc)
            return await notice("unknown", ref)
        title = target.title or target.username or ref
        if target.type != ChatType.CHANNEL:
            return await notice("not_channel", title)
        self._admin_cache.pop((target.id, user.id), None)  # asked afresh, not from the cache
        if not await self._administers(context, target.id, user.id):
            return await notice("not_admin", title)
        try:
            me = await context.bot.get_chat_member(target.id, context.bot.id)
        except TelegramError as exc:
            log.info("getChatMember(%s, bot) failed: %s", target.id, exc)
            return await notice("bot_cannot_post", title)
        if me.status != ChatMember.ADMINISTRATOR or not getattr(me, "can_post_messages", False):
            return await notice("bot_cannot_post", title)
        await self._commands.manage_channel(chat.id, (target.id, title))
        log.info("chat %s now manages channel %s", chat.id, target.id)
        return await notice("managing", title)

    async def _send(
        self,
        update: Update,
        context: ContextTypes.DEFAULT_TYPE,
        replies: list[Reply],
        ctx: ChatContext | None = None,
    ) -> None:
        chat = update.effective_chat
        if chat is None:
            return
        query = update.callback_query
        managed = (
            await self._commands.managed_channel(chat.id)
            if ctx is not None and ctx.chat_id != chat.id
            else None
        )
        if managed is not None:
            # the replies are about the channel this chat manages: each says so, and its
            # buttons stay about it
            prefix = f"{_channel_prefix_text(escape(managed[1]))}\n"
            replies = [replace(r, text=prefix + r.text) for r in replies]
        for reply in replies:
            if query is not None and reply.toast:
                await query.answer(reply.toast[:190])
            if reply.edit and query is not None and isinstance(query.message, Message):
                try:
                    await query.message.edit_text(
                        reply.text, parse_mode=ParseMode.HTML, reply_markup=keyboard(reply.buttons)
                    )
                except BadRequest as exc:
                    if "not modified" not in str(exc).lower():
                        raise
                continue
            if reply.photo is not None:
                await context.bot.send_photo(
                    chat.id, reply.photo, caption=reply.text[:1024], parse_mode=ParseMode.HTML
                )
                continue
            markup: InlineKeyboardMarkup | ForceReply | None = keyboard(reply.buttons)
            if markup is None and reply.ask and chat.type != ChatType.PRIVATE:
                # a group bot in privacy mode only reads the messages that answer its own
                markup = ForceReply()
            await context.bot.send_message(
                chat.id,
                reply.text,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        if query is not None and not any(r.toast for r in replies):
            await query.answer()

    async def on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None or not message.text:
            return
        text = message.text[:MAX_INPUT]
        parts = text.split(maxsplit=1)
        head, args = parts[0], parts[1] if len(parts) > 1 else ""
        name = head.lstrip("/").split("@", 1)[0].lower()
        if "@" in head and context.bot.username:
            target = head.split("@", 1)[1]
            if target.lower() != context.bot.username.lower():
                return  # a command for another bot in the same group
        if name == "channel":
            await self._send(update, context, await self._channel(update, context, args))
            return
        ctx = await self._context(update, context, check_admin=name in _MANAGING, command=name)
        if ctx is None:
            return
        replies = await self._commands.on_command(ctx, name, args)
        await self._send(update, context, replies, ctx)

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None or not message.text:
            return
        ctx = await self._context(update, context, check_admin=True)
        if ctx is None:
            return
        replies = await self._commands.on_text(ctx, message.text[:MAX_INPUT])
        await self._send(update, context, replies, ctx)

    async def on_location(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None or message.location is None:
            return
        ctx = await self._context(update, context, check_admin=True)
        if ctx is None:
            return
        loc = message.location
        replies = await self._commands.on_location(ctx, loc.latitude, loc.longitude)
        await self._send(update, context, replies, ctx)

    async def on_callback(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        ctx = await self._context(update, context, check_admin=True)
        if ctx is None:
            await query.answer()
            return
        replies = await self._commands.on_callback(ctx, (query.data or "")[:64])
        await self._send(update, context, replies, ctx)

    async def on_my_chat_member(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        change: ChatMemberUpdated | None = update.my_chat_member
        if change is None:
            return
        status = change.new_chat_member.status
        if status in {ChatMember.BANNED, ChatMember.LEFT}:
            await self._dispatcher.deactivate_chat(change.chat.id, reason=f"bot {status}")

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error("error while handling an update", exc_info=context.error)


def _channel_prefix_text(title: str) -> str:
    """The line that opens every reply about a managed channel."""
    return f"📢 {title}"
