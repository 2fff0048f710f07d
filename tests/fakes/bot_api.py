"""A fake Telegram Bot API server for end-to-end tests.

Point a real python-telegram-bot `Application` at it::

    ApplicationBuilder().token(api.token).base_url(f"{api.url}/bot")
        .base_file_url(f"{api.url}/file/bot")

It answers the methods the bot uses with realistic payloads, records every call, lets the
test inject updates and failures, and can enforce Telegram's flood limits.
"""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import html
import itertools
import json
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

from .feed_server import LocalServer

__all__ = [
    "DEFAULT_GROUP_USER_ID",
    "DEFAULT_TOKEN",
    "FakeBotAPI",
    "RecordedCall",
    "TelegramError",
    "UploadedFile",
]

DEFAULT_TOKEN = "123456789:AAHfakeTokenForVigieEndToEndTests0"
DEFAULT_GROUP_USER_ID = 1000
MAX_MESSAGE_LENGTH = 4096
MAX_POLL_TIMEOUT = 50.0

T = TypeVar("T")

# Values PTB sends as raw strings; everything else is JSON-encoded (RequestParameter).
_TEXT_FIELDS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "url",
        "title",
        "description",
        "short_description",
        "name",
        "language_code",
        "inline_message_id",
        "query",
        "action",
        "business_connection_id",
        "message_effect_id",
        "emoji",
        "custom_title",
        "secret_token",
        "ip_address",
        "file_id",
        "photo",
        "document",
        "sticker",
    }
)
# Messages to a chat: subject to fail_chat() and to the flood limits.
_SEND_METHODS = frozenset(
    {
        "sendmessage",
        "sendphoto",
        "senddocument",
        "sendlocation",
        "sendvenue",
        "sendmediagroup",
        "copymessage",
        "forwardmessage",
        "sendsticker",
        "sendanimation",
    }
)
_CHAT_METHODS = _SEND_METHODS | {"sendchataction", "editmessagetext", "editmessagereplymarkup"}
_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request: chat not found",
    403: "Forbidden: bot was blocked by the user",
    429: "Too Many Requests: retry after {retry_after}",
    500: "Internal Server Error",
}
# Update kinds Telegram leaves out unless asked for by name.
_OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
_HTML_TAGS = frozenset(
    {
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "code",
        "pre",
        "blockquote",
        "tg-emoji",
    }
)


class TelegramError(Exception):
    """An error answer: HTTP status `code`, `description`, optional `retry_after`."""

    def __init__(self, code: int, description: str, *, retry_after: int | None = None):
        super().__init__(f"{code} {description}")
        self.code = code
        self.description = description
        self.retry_after = retry_after


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart request."""

    filename: str | None
    content_type: str | None
    data: bytes


@dataclass(frozen=True)
class RecordedCall:
    """One Bot API request as the fake saw it.

    Attributes:
        method: Method name as sent (e.g. "sendMessage").
        params: Parameters with JSON-encoded values decoded; uploaded files appear as bytes.
        time: `time.monotonic()` when the request arrived.
        status: HTTP status answered (200 when ok).
        result: The `result` answered, or the error description.
        files: Uploaded files by field name.
    """

    method: str
    params: dict[str, Any]
    time: float
    status: int
    result: Any
    files: dict[str, UploadedFile] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == 200


@dataclass
class _Failure:
    code: int
    description: str
    retry_after: int | None
    remaining: int | None


@dataclass
class _RateLimit:
    per_second: float
    per_chat_per_second: float
    per_group_per_minute: float
    all_sends: deque[float] = field(default_factory=deque)
    by_chat: dict[int | str, deque[float]] = field(default_factory=dict)

    def retry_after(self, chat_id: int | str, now: float) -> int | None:
        waits: list[float] = []
        while self.all_sends and now - self.all_sends[0] >= 1.0:
            self.all_sends.popleft()
        if len(self.all_sends) >= self.per_second:
            waits.append(1.0 - (now - self.all_sends[0]))
        sends = self.by_chat.setdefault(chat_id, deque())
        while sends and now - sends[0] >= 60.0:
            sends.popleft()
        interval = 1.0 / self.per_chat_per_second
        if sends and now - sends[-1] < interval:
            waits.append(interval - (now - sends[-1]))
        if _is_group(chat_id) and len(sends) >= self.per_group_per_minute:
            waits.append(60.0 - (now - sends[0]))
        if not waits:
            return None
        return max(1, math.ceil(max(waits)))

    def record(self, chat_id: int | str, now: float) -> None:
        self.all_sends.append(now)
        self.by_chat.setdefault(chat_id, deque()).append(now)


def _is_group(chat_id: int | str) -> bool:
    return isinstance(chat_id, int) and chat_id < 0


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class _TelegramHTML(HTMLParser):
    """Checks text the way Telegram's HTML parse mode does, and returns the plain text.

    Hand-written because no library implements Telegram's subset; strict enough to catch
    an unescaped `<` and unsupported or unbalanced tags, which Telegram rejects with 400.
    """

    def __init__(self) -> None:
        # Entities arrive separately, so an escaped "&lt;" is text while a bare "<" is an error.
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.parts: list[str] = []
        self.error: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HTML_TAGS:
            self._fail(f'Unsupported start tag "{tag}"')
        else:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self._fail(f'Unexpected end tag "{tag}"')
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "<" in data:
            self._fail('Unsupported start tag ""')
        self.parts.append(data)

    def handle_entityref(self, name: str) -> None:
        if name not in {"lt", "gt", "amp", "quot"}:
            self._fail(f'Unsupported entity "{name}"')
        self.parts.append(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.parts.append(html.unescape(f"&#{name};"))

    def _fail(self, reason: str) -> None:
        if self.error is None:
            self.error = f"Bad Request: can't parse entities: {reason}"

    @classmethod
    def plain_text(cls, text: str) -> str:
        parser = cls()
        parser.feed(text)
        parser.close()
        if parser.error is None and parser.rawdata:
            parser._fail('Unsupported start tag ""')
        if parser.error is None and parser.stack:
            parser._fail(f'Can\'t find end tag corresponding to start tag "{parser.stack[-1]}"')
        if parser.error is not None:
            raise TelegramError(400, parser.error)
        return "".join(parser.parts)


class FakeBotAPI(LocalServer):
    """Fake Bot API on 127.0.0.1 serving `POST /bot<token>/<method>`.

    All state is guarded by one condition variable: handlers run in server threads while
    the test reads the record from its event loop.

    Args:
        token: The only token accepted (others get 401 Unauthorized).
        bot_username: Username returned by getMe.
    """

    def __init__(self, token: str = DEFAULT_TOKEN, *, bot_username: str = "vigie_test_bot"):
        super().__init__()
        self.token = token
        bot_id = token.split(":", 1)[0]
        self.bot_user: dict[str, Any] = {
            "id": int(bot_id) if bot_id.isdigit() else 123456789,
            "is_bot": True,
            "first_name": "Vigie Test",
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self._cond = threading.Condition()
        self._calls: list[RecordedCall] = []
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._message_ids: dict[int | str, int] = {}
        self._messages: dict[tuple[int | str, int], dict[str, Any]] = {}
        self._chats: dict[int | str, dict[str, Any]] = {}
        self._members: dict[tuple[int | str, int], str] = {}
        self._bot_status: dict[int | str, str] = {}
        self._commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self._open_callbacks: set[str] = set()
        self._failures: dict[int | str, _Failure] = {}
        self._rate: _RateLimit | None = None
        self._count_429 = 0
        self._allowed_updates: list[str] = []

    # --- lifecycle ------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """Server root; use `f"{api.url}/bot"` as PTB's base_url."""
        return self.base_url

    def _wake(self) -> None:
        with self._cond:
            self._cond.notify_all()

    # --- inspection -----------------------------------------------------------------------

    def calls(self, method: str | None = None) -> list[RecordedCall]:
        """Every request so far, in arrival order, optionally only one method (any case)."""
        with self._cond:
            calls = list(self._calls)
        if method is None:
            return calls
        return [c for c in calls if c.method.lower() == method.lower()]

    def sent_messages(self, chat_id: int | str | None = None) -> list[dict[str, Any]]:
        """Params of each delivered sendMessage, in order, plus the `message_id` assigned.

        Refused sends (injected failures, 429) are not here; see `calls("sendMessage")`.
        """
        return [
            {**c.params, "message_id": c.result["message_id"]}
            for c in self.calls("sendMessage")
            if c.ok and (chat_id is None or c.params.get("chat_id") == chat_id)
        ]

    def edits(
        self, chat_id: int | str | None = None, message_id: int | None = None
    ) -> list[dict[str, Any]]:
        """Params of each accepted editMessageText / editMessageReplyMarkup, in order."""
        return [
            {"method": c.method, **c.params}
            for c in self.calls()
            if c.ok
            and c.method.lower() in ("editmessagetext", "editmessagereplymarkup")
            and (chat_id is None or c.params.get("chat_id") == chat_id)
            and (message_id is None or c.params.get("message_id") == message_id)
        ]

    def message(self, chat_id: int | str, message_id: int) -> dict[str, Any] | None:
        """Current state (after edits) of a message the bot sent, as Telegram returns it."""
        with self._cond:
            stored = self._messages.get((chat_id, message_id))
            return _copy(stored) if stored else None

    def commands(
        self, *, scope: Mapping[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, Any]]:
        """Commands currently set for a scope (default scope if None) and language."""
        with self._cond:
            return list(self._commands.get((_scope_key(scope), language_code), []))

    @property
    def count_429(self) -> int:
        """How many 429 answers were sent (rate limit and injected)."""
        with self._cond:
            return self._count_429

    async def wait_for(self, predicate: Callable[[], T], timeout: float = 10.0) -> T:  # noqa: ASYNC109
        """Poll `predicate()` every 20 ms until it returns something truthy, and return it.

        Raises:
            TimeoutError: If it stays falsy for `timeout` seconds.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            result = predicate()
            if result:
                return result
            if loop.time() >= deadline:
                recent = [f"{c.method}({c.status})" for c in self.calls()[-15:]]
                raise TimeoutError(f"condition not met in {timeout}s; last calls: {recent}")
            await asyncio.sleep(0.02)

    async def wait_for_messages(
        self,
        chat_id: int | str,
        n: int,
        timeout: float = 10.0,  # noqa: ASYNC109
    ) -> list[dict[str, Any]]:
        """Wait until at least `n` messages were delivered to `chat_id`; return them all."""
        return await self.wait_for(
            lambda: sent if len(sent := self.sent_messages(chat_id)) >= n else [], timeout
        )

    # --- configuration --------------------------------------------------------------------

    def set_chat_member(self, chat_id: int | str, user_id: int, status: str) -> None:
        """What getChatMember answers: administrator, creator, member, left or kicked.

        For the bot's own id, its status in the chat (an administrator may post).
        """
        if status not in ("administrator", "creator", "member", "left", "kicked"):
            raise ValueError(f"unsupported status {status!r}")
        with self._cond:
            if user_id == self.bot_user["id"]:
                self._bot_status[chat_id] = status
            else:
                self._members[(chat_id, user_id)] = status

    def add_channel(self, chat_id: int, username: str, title: str) -> None:
        """A channel that getChat finds by its id or its ``@username``."""
        with self._cond:
            self._chats[chat_id] = {
                "id": chat_id, "type": "channel", "title": title, "username": username
            }

    def fail_chat(
        self,
        chat_id: int | str,
        code: int,
        description: str | None = None,
        *,
        retry_after: int | None = None,
        times: int | None = None,
    ) -> None:
        """Refuse messages to `chat_id` (send*, copy/forward, sendChatAction, edits).

        Args:
            chat_id: Target chat.
            code: 400, 403, 429, 500...
            description: Defaults to Telegram's usual text for the code (403: bot blocked,
                400: chat not found).
            retry_after: Seconds announced in `parameters.retry_after` (429 defaults to 1).
            times: Fail only the next `times` calls; None fails until `clear_failures()`.
        """
        if code == 429 and retry_after is None:
            retry_after = 1
        text = description or _DEFAULT_DESCRIPTIONS.get(code, f"Error {code}")
        with self._cond:
            self._failures[chat_id] = _Failure(
                code, text.format(retry_after=retry_after), retry_after, times
            )

    def clear_failures(self, chat_id: int | str | None = None) -> None:
        """Undo `fail_chat()` for one chat, or for all."""
        with self._cond:
            if chat_id is None:
                self._failures.clear()
            else:
                self._failures.pop(chat_id, None)

    def rate_limit(
        self,
        per_second: float = 30,
        per_chat_per_second: float = 1.0,
        per_group_per_minute: float = 20,
    ) -> None:
        """Answer 429 with retry_after to sends beyond Telegram's documented flood limits.

        Calling it again changes the limits and keeps the history of sends already counted.
        Only accepted sends count; a refused one does not use up the allowance.
        """
        with self._cond:
            if self._rate is None:
                self._rate = _RateLimit(per_second, per_chat_per_second, per_group_per_minute)
            else:
                self._rate.per_second = per_second
                self._rate.per_chat_per_second = per_chat_per_second
                self._rate.per_group_per_minute = per_group_per_minute

    def no_rate_limit(self) -> None:
        """Turn `rate_limit()` off."""
        with self._cond:
            self._rate = None

    # --- update injection -----------------------------------------------------------------

    def inject_message(
        self,
        chat_id: int | str,
        text: str,
        *,
        user_id: int | None = None,
        chat_type: str | None = None,
        language_code: str | None = "en",
        username: str | None = None,
    ) -> dict[str, Any]:
        """Queue a text message from a user; returns the Update.

        `chat_type` defaults to "private" for a positive id, "supergroup" for -100..., else
        "group". `user_id` defaults to the chat id in private chats, DEFAULT_GROUP_USER_ID
        otherwise. A leading `/command` gets its bot_command entity.
        """
        with self._cond:
            message = self._user_message(chat_id, user_id, chat_type, language_code, username)
            message["text"] = text
            if text.startswith("/"):
                command = text.split(maxsplit=1)[0]
                message["entities"] = [
                    {"type": "bot_command", "offset": 0, "length": _utf16_len(command)}
                ]
            return self._push({"message": message})

    def inject_location(
        self,
        chat_id: int | str,
        lat: float,
        lon: float,
        *,
        user_id: int | None = None,
        chat_type: str | None = None,
        language_code: str | None = "en",
    ) -> dict[str, Any]:
        """Queue a shared location; returns the Update."""
        with self._cond:
            message = self._user_message(chat_id, user_id, chat_type, language_code, None)
            message["location"] = {"latitude": lat, "longitude": lon}
            return self._push({"message": message})

    def inject_callback(
        self,
        chat_id: int | str,
        data: str,
        *,
        message_id: int,
        user_id: int | None = None,
        chat_type: str | None = None,
        language_code: str | None = "en",
    ) -> dict[str, Any]:
        """Queue a button press on bot message `message_id`; returns the Update.

        Raises:
            KeyError: If the bot never sent that message.
        """
        with self._cond:
            message = self._messages.get((chat_id, message_id))
            if message is None:
                raise KeyError(f"the bot sent no message {message_id} to chat {chat_id}")
            chat = self._chat(chat_id, chat_type)
            query_id = str(next(self._callback_ids))
            self._open_callbacks.add(query_id)
            query = {
                "id": query_id,
                "from": self._user(chat, user_id, language_code, None),
                "message": _copy(message),
                "chat_instance": f"ci{chat_id}",
                "data": data,
            }
            return self._push({"callback_query": query})

    def inject_my_chat_member(
        self, chat_id: int | str, new_status: str, *, user_id: int | None = None
    ) -> dict[str, Any]:
        """Queue a change of the bot's own status in a chat ("kicked" = blocked by the user).

        Returns:
            The Update.
        """
        with self._cond:
            chat = self._chat(chat_id, None)
            old_status = self._bot_status.get(chat_id, "member")
            self._bot_status[chat_id] = new_status
            update = {
                "chat": chat,
                "from": self._user(chat, user_id, "en", None),
                "date": int(time.time()),
                "old_chat_member": _member(self.bot_user, old_status),
                "new_chat_member": _member(self.bot_user, new_status),
            }
            return self._push({"my_chat_member": update})

    # --- internals: state -----------------------------------------------------------------

    def _chat(self, chat_id: int | str, chat_type: str | None) -> dict[str, Any]:
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            for known in self._chats.values():
                if f"@{known.get('username', '')}".lower() == chat_id.lower():
                    return dict(known)
            raise TelegramError(400, "Bad Request: chat not found")
        if isinstance(chat_id, str) and chat_id.lstrip("-").isdigit():
            chat_id = int(chat_id)
        chat = self._chats.get(chat_id)
        if chat is None or (chat_type is not None and chat["type"] != chat_type):
            if chat_type is None:
                if isinstance(chat_id, int) and chat_id > 0:
                    chat_type = "private"
                elif str(chat_id).startswith(("-100", "@")):
                    chat_type = "supergroup"
                else:
                    chat_type = "group"
            chat = {"id": chat_id, "type": chat_type}
            if chat_type == "private":
                chat["first_name"] = f"User{chat_id}"
            else:
                chat["title"] = f"Chat {chat_id}"
            self._chats[chat_id] = chat
        return dict(chat)

    def _user(
        self,
        chat: Mapping[str, Any],
        user_id: int | None,
        language_code: str | None,
        username: str | None,
    ) -> dict[str, Any]:
        if user_id is None:
            user_id = chat["id"] if chat["type"] == "private" else DEFAULT_GROUP_USER_ID
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
        if username:
            user["username"] = username
            if chat["type"] == "private":
                self._chats[chat["id"]]["username"] = username
        if language_code:
            user["language_code"] = language_code
        return user

    def _next_message_id(self, chat_id: int | str) -> int:
        self._message_ids[chat_id] = self._message_ids.get(chat_id, 0) + 1
        return self._message_ids[chat_id]

    def _user_message(
        self,
        chat_id: int | str,
        user_id: int | None,
        chat_type: str | None,
        language_code: str | None,
        username: str | None,
    ) -> dict[str, Any]:
        chat = self._chat(chat_id, chat_type)
        return {
            "message_id": self._next_message_id(chat_id),
            "from": self._user(chat, user_id, language_code, username),
            "chat": self._chat(chat_id, None),
            "date": int(time.time()),
        }

    def _push(self, body: dict[str, Any]) -> dict[str, Any]:
        update = {"update_id": next(self._update_ids), **body}
        self._updates.append(update)
        self._cond.notify_all()
        return _copy(update)

    # --- internals: HTTP ------------------------------------------------------------------

    def _dispatch(self, handler: BaseHTTPRequestHandler) -> None:
        arrived = time.monotonic()
        parts = urlsplit(handler.path)
        segments = parts.path.strip("/").split("/")
        method = segments[1] if len(segments) == 2 else ""
        params: dict[str, Any] = {}
        files: dict[str, UploadedFile] = {}
        status, result = 200, None
        try:
            if len(segments) != 2 or not segments[0].startswith("bot"):
                raise TelegramError(404, "Not Found")
            if segments[0][3:] != self.token:
                raise TelegramError(401, "Unauthorized")
            params, files = _read_params(handler, parts.query)
            result = self._call(method, params)
        except TelegramError as exc:
            status, result = exc.code, exc
        except Exception as exc:
            self.errors.append(f"{method}: {exc!r}")
            status, result = 500, TelegramError(500, f"Internal Server Error: {exc!r}")
        if isinstance(result, TelegramError):
            payload: dict[str, Any] = {
                "ok": False,
                "error_code": result.code,
                "description": result.description,
            }
            if result.retry_after is not None:
                payload["parameters"] = {"retry_after": result.retry_after}
            recorded: Any = result.description
        else:
            payload = {"ok": True, "result": result}
            recorded = result
        if method:
            with self._cond:
                if status == 429:
                    self._count_429 += 1
                self._calls.append(RecordedCall(method, params, arrived, status, recorded, files))
        body = json.dumps(payload).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def _call(self, method: str, params: dict[str, Any]) -> Any:
        name = method.lower()
        if name == "getupdates":
            return self._get_updates(params)
        handler = _METHODS.get(name)
        if handler is None:
            raise TelegramError(404, "Not Found: method not found")
        with self._cond:
            if name in _CHAT_METHODS:
                self._check_chat(name, params.get("chat_id"))
            return handler(self, params)

    def _check_chat(self, name: str, chat_id: Any) -> None:
        if chat_id is None:
            return
        failure = self._failures.get(chat_id)
        if failure is not None:
            if failure.remaining is not None:
                failure.remaining -= 1
                if failure.remaining <= 0:
                    del self._failures[chat_id]
            raise TelegramError(failure.code, failure.description, retry_after=failure.retry_after)
        if self._rate is not None and name in _SEND_METHODS:
            now = time.monotonic()
            wait = self._rate.retry_after(chat_id, now)
            if wait is not None:
                raise TelegramError(
                    429, f"Too Many Requests: retry after {wait}", retry_after=wait
                )
            self._rate.record(chat_id, now)

    def _get_updates(self, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        offset = params.get("offset")
        limit = int(params.get("limit") or 100)
        wait = min(float(params.get("timeout") or 0), MAX_POLL_TIMEOUT)
        deadline = time.monotonic() + wait
        with self._cond:
            if params.get("allowed_updates") is not None:
                self._allowed_updates = list(params["allowed_updates"])
            if offset is not None:
                offset = int(offset)
                if offset < 0:
                    self._updates = self._updates[offset:]
                else:
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
            while True:
                batch = [u for u in self._updates if self._allowed(u)][:limit]
                remaining = deadline - time.monotonic()
                if batch or remaining <= 0 or self.stopping.is_set():
                    return batch
                self._cond.wait(remaining)

    def _allowed(self, update: Mapping[str, Any]) -> bool:
        kind = next(k for k in update if k != "update_id")
        if self._allowed_updates:
            return kind in self._allowed_updates
        return kind not in _OPT_IN_UPDATES

    # --- method implementations (called with the condition held) --------------------------

    def _m_true(self, params: Mapping[str, Any]) -> bool:
        return True

    def _m_get_me(self, params: Mapping[str, Any]) -> dict[str, Any]:
        return dict(self.bot_user)

    def _m_delete_webhook(self, params: Mapping[str, Any]) -> bool:
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _m_set_my_commands(self, params: Mapping[str, Any]) -> bool:
        key = (_scope_key(params.get("scope")), params.get("language_code") or "")
        self._commands[key] = list(params.get("commands") or [])
        return True

    def _m_delete_my_commands(self, params: Mapping[str, Any]) -> bool:
        key = (_scope_key(params.get("scope")), params.get("language_code") or "")
        self._commands.pop(key, None)
        return True

    def _m_get_my_commands(self, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        key = (_scope_key(params.get("scope")), params.get("language_code") or "")
        return list(self._commands.get(key, []))

    def _bot_message(self, params: Mapping[str, Any]) -> dict[str, Any]:
        chat_id = _require(params, "chat_id")
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat_id),
            "from": dict(self.bot_user),
            "chat": self._chat(chat_id, None),
            "date": int(time.time()),
        }
        markup = params.get("reply_markup")
        if isinstance(markup, Mapping) and "inline_keyboard" in markup:
            message["reply_markup"] = markup  # a message carries only an inline keyboard
        return message

    def _m_send_message(self, params: Mapping[str, Any]) -> dict[str, Any]:
        text = _message_text(params, "text")
        if not text.strip():
            raise TelegramError(400, "Bad Request: message text is empty")
        if len(text) > MAX_MESSAGE_LENGTH:
            raise TelegramError(400, "Bad Request: message is too long")
        message = self._bot_message(params)
        message["text"] = text
        self._messages[(message["chat"]["id"], message["message_id"])] = message
        return _copy(message)

    def _m_send_photo(self, params: Mapping[str, Any]) -> dict[str, Any]:
        photo = _require(params, "photo")
        caption = _message_text(params, "caption") if params.get("caption") else None
        message = self._bot_message(params)
        size = len(photo) if isinstance(photo, bytes) else 0
        message["photo"] = [
            {
                "file_id": f"photo{message['message_id']}",
                "file_unique_id": f"uphoto{message['message_id']}",
                "width": 320,
                "height": 240,
                "file_size": size,
            }
        ]
        if caption is not None:
            message["caption"] = caption
        self._messages[(message["chat"]["id"], message["message_id"])] = message
        return _copy(message)

    def _edited(self, params: Mapping[str, Any]) -> dict[str, Any] | None:
        if params.get("inline_message_id") is not None:
            return None
        key = (_require(params, "chat_id"), _require(params, "message_id"))
        message = self._messages.get(key)
        if message is None:
            raise TelegramError(400, "Bad Request: message to edit not found")
        return message

    def _m_edit_message_text(self, params: Mapping[str, Any]) -> dict[str, Any] | bool:
        text = _message_text(params, "text")
        message = self._edited(params)
        if message is None:
            return True
        markup = params.get("reply_markup")
        if message.get("text") == text and message.get("reply_markup") == markup:
            raise TelegramError(400, _NOT_MODIFIED)
        message["text"] = text
        _set_markup(message, markup)
        message["edit_date"] = int(time.time())
        return _copy(message)

    def _m_edit_message_reply_markup(self, params: Mapping[str, Any]) -> dict[str, Any] | bool:
        message = self._edited(params)
        if message is None:
            return True
        markup = params.get("reply_markup")
        if message.get("reply_markup") == markup:
            raise TelegramError(400, _NOT_MODIFIED)
        _set_markup(message, markup)
        message["edit_date"] = int(time.time())
        return _copy(message)

    def _m_answer_callback_query(self, params: Mapping[str, Any]) -> bool:
        query_id = str(_require(params, "callback_query_id"))
        if query_id not in self._open_callbacks:
            raise TelegramError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is "
                "invalid",
            )
        self._open_callbacks.discard(query_id)
        return True

    def _m_get_chat_member(self, params: Mapping[str, Any]) -> dict[str, Any]:
        chat_id, user_id = _require(params, "chat_id"), int(_require(params, "user_id"))
        chat = self._chat(chat_id, None)
        chat_id = chat["id"]
        if user_id == self.bot_user["id"]:
            return _member(self.bot_user, self._bot_status.get(chat_id, "member"))
        default = "creator" if chat["type"] == "private" and user_id == chat_id else "member"
        status = self._members.get((chat_id, user_id), default)
        return _member({"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}, status)

    def _m_get_chat(self, params: Mapping[str, Any]) -> dict[str, Any]:
        chat = self._chat(_require(params, "chat_id"), None)
        return {
            **chat,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }


_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)

_METHODS: dict[str, Callable[[FakeBotAPI, Mapping[str, Any]], Any]] = {
    "getme": FakeBotAPI._m_get_me,
    "deletewebhook": FakeBotAPI._m_delete_webhook,
    "setmycommands": FakeBotAPI._m_set_my_commands,
    "deletemycommands": FakeBotAPI._m_delete_my_commands,
    "getmycommands": FakeBotAPI._m_get_my_commands,
    "sendmessage": FakeBotAPI._m_send_message,
    "sendphoto": FakeBotAPI._m_send_photo,
    "editmessagetext": FakeBotAPI._m_edit_message_text,
    "editmessagereplymarkup": FakeBotAPI._m_edit_message_reply_markup,
    "answercallbackquery": FakeBotAPI._m_answer_callback_query,
    "getchatmember": FakeBotAPI._m_get_chat_member,
    "getchat": FakeBotAPI._m_get_chat,
    **{
        name: FakeBotAPI._m_true
        for name in (
            "sendchataction",
            "setchatmenubutton",
            "close",
            "logout",
            "deletemessage",
            "setmydescription",
            "setmyshortdescription",
            "setmyname",
        )
    },
}


def _copy(obj: Mapping[str, Any]) -> dict[str, Any]:
    """Deep copy through JSON, so callers never share state with the server."""
    copied: dict[str, Any] = json.loads(json.dumps(obj))
    return copied


def _require(params: Mapping[str, Any], key: str) -> Any:
    value = params.get(key)
    if value is None:
        raise TelegramError(400, f"Bad Request: {key} is required")
    return value


def _message_text(params: Mapping[str, Any], key: str) -> str:
    text = str(_require(params, key))
    if str(params.get("parse_mode") or "").lower() == "html":
        return _TelegramHTML.plain_text(text)
    return text


def _set_markup(message: dict[str, Any], markup: Any) -> None:
    if markup is None:
        message.pop("reply_markup", None)
    else:
        message["reply_markup"] = markup


def _scope_key(scope: Any) -> str:
    if not scope or scope == {"type": "default"}:
        return "default"
    return json.dumps(scope, sort_keys=True)


def _member(user: Mapping[str, Any], status: str) -> dict[str, Any]:
    member: dict[str, Any] = {"status": status, "user": dict(user)}
    if status == "administrator":
        member |= {
            "can_be_edited": False,
            "is_anonymous": False,
            **{
                right: True
                for right in (
                    "can_manage_chat",
                    "can_delete_messages",
                    "can_manage_video_chats",
                    "can_restrict_members",
                    "can_promote_members",
                    "can_change_info",
                    "can_invite_users",
                    "can_post_stories",
                    "can_edit_stories",
                    "can_delete_stories",
                    "can_pin_messages",
                    "can_post_messages",
                    "can_edit_messages",
                )
            },
        }
    elif status == "creator":
        member["is_anonymous"] = False
    elif status == "kicked":
        member["until_date"] = 0
    return member


def _decode(key: str, raw: str) -> Any:
    if key in _TEXT_FIELDS:
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _read_params(
    handler: BaseHTTPRequestHandler, query: str
) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
    params: dict[str, Any] = {k: _decode(k, v) for k, v in parse_qsl(query)}
    files: dict[str, UploadedFile] = {}
    length = int(handler.headers.get("Content-Length") or 0)
    body = handler.rfile.read(length) if length else b""
    content_type = handler.headers.get("Content-Type") or ""
    if not body:
        return params, files
    if content_type.startswith("application/json"):
        params.update(json.loads(body))
    elif content_type.startswith("multipart/form-data"):
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
        )
        for part in message.iter_parts():
            name = str(part.get_param("name", header="content-disposition"))
            data = part.get_payload(decode=True)
            if not isinstance(data, bytes):
                raise TelegramError(400, f"Bad Request: malformed multipart part {name!r}")
            filename = part.get_filename()
            if filename is not None or part.get_content_type() == "application/octet-stream":
                files[name] = UploadedFile(filename, part.get_content_type(), data)
                params[name] = data
            else:
                params[name] = _decode(name, data.decode())
    else:
        params.update(
            (k, _decode(k, v)) for k, v in parse_qsl(body.decode(), keep_blank_values=True)
        )
    return params, files
