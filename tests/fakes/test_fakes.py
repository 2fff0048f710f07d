"""The fakes behave like the services they stand for, seen through the real clients."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import feedparser
import httpx
import pytest
from telegram import Bot as PTBBot
from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.error import BadRequest, Forbidden, RetryAfter
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from fakes import FakeBotAPI, FeedServer, atom, rss, seed_lines

HEADLINE = "New Drone Attack Targets US Troops in Iraq Amid Rising Tensions with Iran"


@pytest.fixture
async def bot(bot_api: FakeBotAPI) -> AsyncIterator[PTBBot]:
    async with PTBBot(
        bot_api.token,
        base_url=f"{bot_api.url}/bot",
        base_file_url=f"{bot_api.url}/file/bot",
    ) as ptb_bot:
        yield ptb_bot


def _keyboard(*data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(d, callback_data=d)] for d in data])


# --- Bot API: methods ------------------------------------------------------------------------


async def test_bot_methods_round_trip(bot: PTBBot, bot_api: FakeBotAPI) -> None:
    me = await bot.get_me()
    first = await bot.send_message(42, "<b>Alerte</b> &amp; suivi", parse_mode="HTML")
    second = await bot.send_message(42, "menu", reply_markup=_keyboard("a", "b"))
    other = await bot.send_message(7, "hello")
    edited = await bot.edit_message_text(
        "menu 2", chat_id=42, message_id=second.message_id, reply_markup=_keyboard("c")
    )
    await bot.set_my_commands([BotCommand("start", "Start")])
    await bot.set_my_commands([BotCommand("start", "Démarrer")], language_code="fr")

    assert me.username == "vigie_test_bot"
    assert me.is_bot
    assert (first.message_id, second.message_id, other.message_id) == (1, 2, 1)
    assert first.text == "Alerte & suivi"
    assert first.chat.type == "private"
    assert first.date.tzinfo is not None
    assert second.reply_markup == _keyboard("a", "b")
    assert edited.text == "menu 2"
    assert edited.reply_markup == _keyboard("c")
    assert [m["text"] for m in bot_api.sent_messages(42)] == [
        "<b>Alerte</b> &amp; suivi",
        "menu",
    ]
    assert bot_api.sent_messages(42)[1]["message_id"] == 2
    assert bot_api.sent_messages(42)[0]["parse_mode"] == "HTML"
    assert bot_api.edits(42) == [
        {
            "method": "editMessageText",
            "chat_id": 42,
            "message_id": 2,
            "text": "menu 2",
            "reply_markup": _keyboard("c").to_dict(),
        }
    ]
    assert await bot.get_my_commands(language_code="fr") == (BotCommand("start", "Démarrer"),)
    assert bot_api.commands() == [{"command": "start", "description": "Start"}]


async def test_edit_errors_match_telegram(bot: PTBBot) -> None:
    sent = await bot.send_message(42, "same", reply_markup=_keyboard("a"))

    with pytest.raises(BadRequest, match=r"(?i)not modified"):
        await bot.edit_message_reply_markup(42, sent.message_id, reply_markup=_keyboard("a"))
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id=42, message_id=99)


async def test_html_that_telegram_rejects_is_rejected(bot: PTBBot, bot_api: FakeBotAPI) -> None:
    for text in ("<b>open", "a < b", "<div>x</div>", "x</i>", "line<br>line"):
        with pytest.raises(BadRequest, match=r"(?i)parse entities"):
            await bot.send_message(42, text, parse_mode="HTML")

    assert bot_api.sent_messages() == []


async def test_photo_upload_records_bytes(bot: PTBBot, bot_api: FakeBotAPI) -> None:
    payload = bytes(range(256)) * 4 + b"\r\n--boundary\r\n"

    message = await bot.send_photo(42, payload, caption="carte", filename="map.png")

    [call] = bot_api.calls("sendPhoto")
    assert call.params["photo"] == payload
    assert call.params["caption"] == "carte"
    assert call.files["photo"].filename == "map.png"
    assert message.photo[0].file_size == len(payload)


async def test_chat_member_and_chat(bot: PTBBot, bot_api: FakeBotAPI) -> None:
    bot_api.set_chat_member(-100123, 5, "administrator")
    bot_api.set_chat_member(-100123, 6, "creator")

    admin = await bot.get_chat_member(-100123, 5)
    owner = await bot.get_chat_member(-100123, 6)
    plain = await bot.get_chat_member(-100123, 7)
    chat = await bot.get_chat(-100123)

    assert (admin.status, owner.status, plain.status) == ("administrator", "creator", "member")
    assert chat.type == "supergroup"


async def test_unknown_method_and_wrong_token(bot_api: FakeBotAPI) -> None:
    async with httpx.AsyncClient(base_url=bot_api.url) as client:
        unknown = await client.post(f"/bot{bot_api.token}/launchRockets", data={"x": "1"})
        wrong = await client.post("/bot1:nope/getMe")

    assert unknown.status_code == 404
    assert unknown.json() == {
        "ok": False,
        "error_code": 404,
        "description": "Not Found: method not found",
    }
    assert wrong.status_code == 401
    assert [c.method for c in bot_api.calls()] == ["launchRockets", "getMe"]


async def test_json_body_is_accepted(bot_api: FakeBotAPI) -> None:
    async with httpx.AsyncClient(base_url=bot_api.url) as client:
        answer = await client.post(
            f"/bot{bot_api.token}/sendMessage", json={"chat_id": 3, "text": "123"}
        )

    assert answer.json()["result"]["text"] == "123"
    assert bot_api.sent_messages(3)[0]["text"] == "123"


# --- Bot API: failures and flood limits ------------------------------------------------------


async def test_injected_failures_surface_as_ptb_errors(bot: PTBBot, bot_api: FakeBotAPI) -> None:
    bot_api.fail_chat(1, 429, retry_after=7, times=1)
    bot_api.fail_chat(2, 403)
    bot_api.fail_chat(3, 400)

    with pytest.raises(RetryAfter) as retry:
        await bot.send_message(1, "x")
    delivered = await bot.send_message(1, "x")
    with pytest.raises(Forbidden, match=r"(?i)bot was blocked by the user"):
        await bot.send_message(2, "x")
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(3, "x")
    bot_api.clear_failures(2)
    await bot.send_message(2, "back")

    assert retry.value.retry_after == timedelta(seconds=7)
    assert delivered.message_id == 1
    assert bot_api.count_429 == 1
    assert [m["chat_id"] for m in bot_api.sent_messages()] == [1, 2]
    assert [c.status for c in bot_api.calls("sendMessage")] == [429, 200, 403, 400, 200]


async def test_rate_limit_answers_429(bot: PTBBot, bot_api: FakeBotAPI) -> None:
    bot_api.rate_limit(per_second=30, per_chat_per_second=1.0, per_group_per_minute=2)

    await bot.send_message(10, "one")
    with pytest.raises(RetryAfter):
        await bot.send_message(10, "two, too soon")
    await bot.send_message(11, "another chat")
    for chat_id in (-20, -21):
        await bot.send_message(chat_id, "group")
    bot_api.rate_limit(per_chat_per_second=1000, per_group_per_minute=2)
    await bot.send_message(-20, "group again")
    with pytest.raises(RetryAfter):
        await bot.send_message(-20, "third in a minute")
    bot_api.no_rate_limit()
    await bot.send_message(10, "unlimited")

    assert bot_api.count_429 == 2
    assert len(bot_api.sent_messages()) == 6


async def test_global_rate_limit(bot: PTBBot, bot_api: FakeBotAPI) -> None:
    bot_api.rate_limit(per_second=3)

    results = await asyncio.gather(
        *(bot.send_message(100 + i, "x") for i in range(5)), return_exceptions=True
    )

    assert sum(isinstance(r, RetryAfter) for r in results) == 2
    assert bot_api.count_429 == 2


# --- Bot API: updates ------------------------------------------------------------------------


async def test_get_updates_honours_offset(bot: PTBBot, bot_api: FakeBotAPI) -> None:
    bot_api.inject_message(42, "/start now", language_code="fr", username="alice")
    bot_api.inject_location(42, 33.8, 42.4)

    updates = await bot.get_updates(timeout=0)
    again = await bot.get_updates(timeout=0)
    after = await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0)

    assert [u.update_id for u in updates] == [1, 2]
    assert [u.update_id for u in again] == [1, 2]
    assert after == ()
    message = updates[0].message
    assert message is not None
    assert message.text == "/start now"
    assert message.from_user is not None
    assert message.from_user.language_code == "fr"
    assert message.from_user.username == "alice"
    assert message.entities[0].type == "bot_command"
    assert message.entities[0].length == len("/start")
    location = updates[1].message
    assert location is not None
    assert location.location is not None
    assert (location.location.latitude, location.location.longitude) == (33.8, 42.4)


async def test_long_poll_wakes_on_injection(bot: PTBBot, bot_api: FakeBotAPI) -> None:
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, bot_api.inject_message, 42, "hi")
    started = time.monotonic()

    updates = await bot.get_updates(timeout=8, read_timeout=12)

    assert [u.message.text for u in updates if u.message] == ["hi"]
    assert time.monotonic() - started < 6


async def test_allowed_updates_filters(bot: PTBBot, bot_api: FakeBotAPI) -> None:
    sent = await bot.send_message(42, "menu", reply_markup=_keyboard("a"))
    bot_api.inject_message(42, "text")
    bot_api.inject_callback(42, "a", message_id=sent.message_id)

    updates = await bot.get_updates(timeout=0, allowed_updates=["callback_query"])

    assert [u.update_id for u in updates] == [2]
    query = updates[0].callback_query
    assert query is not None
    assert query.data == "a"
    assert query.message is not None
    assert query.message.message_id == sent.message_id
    assert await query.answer()
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await query.answer()


async def test_callback_on_unknown_message_is_refused(bot_api: FakeBotAPI) -> None:
    with pytest.raises(KeyError):
        bot_api.inject_callback(42, "a", message_id=5)


async def test_wait_for_times_out(bot_api: FakeBotAPI) -> None:
    with pytest.raises(TimeoutError):
        await bot_api.wait_for_messages(42, 1, timeout=0.1)


async def test_application_polls_and_replies(bot_api: FakeBotAPI) -> None:
    blocked: list[int] = []

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("Bienvenue", reply_markup=_keyboard("ok"))

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer()
        await query.edit_message_text(f"pressed {query.data}")

    async def located(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("location noted")

    async def member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.my_chat_member is not None
        if update.my_chat_member.new_chat_member.status == "kicked":
            blocked.append(update.my_chat_member.chat.id)

    app: Application = (  # type: ignore[type-arg]
        ApplicationBuilder()
        .token(bot_api.token)
        .base_url(f"{bot_api.url}/bot")
        .base_file_url(f"{bot_api.url}/file/bot")
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(pressed))
    app.add_handler(MessageHandler(filters.LOCATION, located))
    app.add_handler(ChatMemberHandler(member, ChatMemberHandler.MY_CHAT_MEMBER))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=5)
        bot_api.inject_message(42, "/start")
        [welcome] = await bot_api.wait_for_messages(42, 1)
        bot_api.inject_callback(42, "ok", message_id=welcome["message_id"])
        await bot_api.wait_for(lambda: bot_api.edits(42))
        bot_api.inject_location(42, 33.3, 44.4)
        await bot_api.wait_for_messages(42, 2)
        bot_api.inject_my_chat_member(42, "kicked")
        await bot_api.wait_for(lambda: blocked)
        await app.updater.stop()
        await app.stop()

    assert welcome["text"] == "Bienvenue"
    assert bot_api.edits(42)[0]["text"] == "pressed ok"
    assert bot_api.calls("answerCallbackQuery")[0].ok
    assert bot_api.sent_messages(42)[1]["text"] == "location noted"
    assert blocked == [42]


def test_stop_during_long_poll_leaves_no_threads() -> None:
    before = set(threading.enumerate())
    api = FakeBotAPI().start()

    def poll() -> None:
        # the server stopping may answer the poll or cut it short: either is fine here, what
        # matters is that no thread is left behind
        with contextlib.suppress(httpx.HTTPError):
            httpx.post(f"{api.url}/bot{api.token}/getUpdates", data={"timeout": "30"}, timeout=40)

    poller = threading.Thread(target=poll)
    poller.start()
    while not any("process_request" in t.name for t in threading.enumerate()):
        time.sleep(0.01)

    api.stop()
    poller.join(timeout=5)

    assert not poller.is_alive()
    assert set(threading.enumerate()) == before


# --- feed server -----------------------------------------------------------------------------


async def test_conditional_get(feed_server: FeedServer) -> None:
    modified = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    feed_server.set("/etag.xml", rss([]), etag='"v1"')
    feed_server.set("/lm.xml", rss([]), last_modified=modified)

    async with httpx.AsyncClient() as client:
        first = await client.get(feed_server.url("/etag.xml"))
        cached = await client.get(
            feed_server.url("/etag.xml"), headers={"If-None-Match": first.headers["ETag"]}
        )
        stale = await client.get(feed_server.url("/etag.xml"), headers={"If-None-Match": '"v0"'})
        lm_first = await client.get(feed_server.url("/lm.xml"))
        lm_cached = await client.get(
            feed_server.url("/lm.xml"),
            headers={"If-Modified-Since": lm_first.headers["Last-Modified"]},
        )

    assert (first.status_code, cached.status_code, stale.status_code) == (200, 304, 200)
    assert cached.content == b""
    assert (lm_first.status_code, lm_cached.status_code) == (200, 304)
    assert feed_server.hits("/etag.xml") == 3
    assert feed_server.requests("/etag.xml")[1]["if-none-match"] == '"v1"'


async def test_gzip_redirect_status_and_missing(feed_server: FeedServer) -> None:
    feed_server.set("/zipped", "données", content_type="text/plain", gzip=True)
    feed_server.redirect("/old", "/zipped")
    feed_server.set("/broken", "oops", status=503, headers={"Retry-After": "120"})

    async with httpx.AsyncClient(follow_redirects=True) as client:
        zipped = await client.get(feed_server.url("/old"))
        broken = await client.get(feed_server.url("/broken"))
        missing = await client.get(feed_server.url("/nothing"))

    assert zipped.text == "données"
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert zipped.history[0].status_code == 301
    assert (broken.status_code, broken.headers["Retry-After"]) == (503, "120")
    assert missing.status_code == 404
    assert (feed_server.hits("/old"), feed_server.hits("/zipped")) == (1, 1)


async def test_delay_is_applied(feed_server: FeedServer) -> None:
    feed_server.set("/slow", "x", delay=0.5)

    async with httpx.AsyncClient() as client:
        with pytest.raises(httpx.ReadTimeout):
            await client.get(feed_server.url("/slow"), timeout=0.1)


def test_rss_parses_with_feedparser() -> None:
    published = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)
    items = [
        {
            "title": "Frappe à Kharkiv",
            "link": "http://example.test/a",
            "guid": "http://example.test/a",
            "description": "<p>Trois morts & des blessés</p>",
            "content": "<p>Texte complet</p>",
            "pubDate": published,
        },
        {"title": "Second", "link": "http://example.test/b", "guid": "b-1", "pubDate": published},
    ]

    parsed = feedparser.parse(rss(items, title="Flux"))
    parsed_atom = feedparser.parse(atom(items))

    assert not parsed.bozo
    assert parsed.feed.title == "Flux"
    assert [e.title for e in parsed.entries] == ["Frappe à Kharkiv", "Second"]
    assert [e.id for e in parsed.entries] == ["http://example.test/a", "b-1"]
    assert parsed.entries[0].summary == "<p>Trois morts & des blessés</p>"
    assert parsed.entries[0].content[0].value == "<p>Texte complet</p>"
    assert parsed.entries[0].published_parsed[:5] == (2026, 11, 21, 9, 30)
    assert not parsed_atom.bozo
    assert [e.link for e in parsed_atom.entries] == [
        "http://example.test/a",
        "http://example.test/b",
    ]
    assert parsed_atom.entries[0].published_parsed[:5] == (2026, 11, 21, 9, 30)


def test_naive_dates_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        rss([{"title": "x", "pubDate": datetime(2026, 1, 1)}])  # noqa: DTZ001


async def test_seed_feed(feed_server: FeedServer) -> None:
    published = datetime(2026, 11, 22, 6, 0, tzinfo=UTC)
    feed_url = feed_server.serve_seed(published=published)

    async with httpx.AsyncClient() as client:
        feed = feedparser.parse((await client.get(feed_url)).content)
        page = await client.get(feed.entries[0].link)

    [entry] = feed.entries
    assert seed_lines()[0] == HEADLINE
    assert entry.title == HEADLINE
    assert entry.link == feed_server.url("/articles/drone-ain-al-asad")
    assert entry.id == entry.link
    assert entry.published_parsed[:4] == (2026, 11, 22, 6)
    assert entry.summary.startswith("<p>(Bagdad) Une base irakienne")
    assert "Aïn al-Assad" in entry.summary
    assert entry.summary.endswith(
        "<p>Leave a Comment</p><p>This site uses Akismet to reduce spam. "
        "Learn how your comment data is processed.</p>"
    )
    assert HEADLINE not in entry.summary
    assert page.status_code == 200
    assert "Résistance islamique en Irak" in page.text


async def test_escaped_angle_brackets_are_text_but_bare_ones_are_refused(
    bot_api: FakeBotAPI,
) -> None:
    from telegram import Bot
    from telegram.error import BadRequest

    async with Bot(bot_api.token, base_url=f"{bot_api.url}/bot") as bot:
        message = await bot.send_message(5, "a &lt;b&gt; &amp; c", parse_mode="HTML")
        assert message.text == "a <b> & c"
        with pytest.raises(BadRequest):
            await bot.send_message(5, "a < b", parse_mode="HTML")
