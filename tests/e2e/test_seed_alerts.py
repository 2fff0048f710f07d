"""From `/subscribe` to a pushed alert: the seed article through the whole bot."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fakes import FakeBotAPI, FeedServer, rss

from .harness import make_settings, running_bot

FR_CHAT, EN_CHAT, ISRAEL_CHAT = 101, 102, 107


def _old_item(server: FeedServer) -> dict[str, object]:
    return {
        "title": "Three US soldiers killed in drone strike on base in Jordan",
        "link": server.url("/articles/tower-22"),
        "guid": server.url("/articles/tower-22"),
        "description": "<p>AMMAN — Three American service members were killed on Sunday when a "
        "drone struck Tower 22, an outpost in north-eastern Jordan, US officials said. The "
        "Islamic Resistance in Iraq claimed the attack.</p>",
        "pubDate": datetime.now(UTC) - timedelta(hours=3),
    }


async def _say(api: FakeBotAPI, chat_id: int, text: str, *, language: str = "en") -> str:
    before = len(api.sent_messages(chat_id))
    api.inject_message(chat_id, text, language_code=language)
    messages = await api.wait_for_messages(chat_id, before + 1)
    return str(messages[-1]["text"])


async def test_seed_article_alerts_the_right_chats_once(
    tmp_path: Path, bot_api: FakeBotAPI, feed_server: FeedServer
) -> None:
    feed_path = "/feed.xml"
    old = _old_item(feed_server)
    feed_server.set(feed_path, rss([old]))
    settings = make_settings(
        bot_api, tmp_path / "vigie.db", VIGIE_FEEDS=feed_server.url(feed_path)
    )

    async with running_bot(settings) as (_app, services):
        greeting = await _say(bot_api, FR_CHAT, "/start", language="fr")
        assert "Vigie" in greeting and "incidents de conflits armés" in greeting
        assert "Langue" in await _say(bot_api, FR_CHAT, "/language fr", language="fr")
        assert "Irak" in await _say(bot_api, FR_CHAT, "/subscribe Irak", language="fr")

        assert "armed-conflict" in await _say(bot_api, EN_CHAT, "/start")
        reply = await _say(bot_api, EN_CHAT, "/subscribe Islamic Resistance in Iraq")
        assert "Subscribed" in reply and "Islamic Resistance in Iraq" in reply
        assert "Israel" in await _say(bot_api, ISRAEL_CHAT, "/subscribe Israel")

        # The first read of a feed stores what is already there without alerting anyone.
        first = await services.poller.poll()
        assert first.new_items == 1 and first.queued == 0

        # The seed is published.
        feed_server.set(feed_path, rss([feed_server.seed_item(), old]))
        second = await services.poller.poll()
        assert second.new_items == 1 and second.incidents == 1

        fr_alerts = await bot_api.wait_for_messages(FR_CHAT, 4)
        en_alerts = await bot_api.wait_for_messages(EN_CHAT, 3)
        fr_text = str(fr_alerts[-1]["text"])
        en_text = str(en_alerts[-1]["text"])
        assert "Aïn al-Assad" in fr_text and "Irak" in fr_text
        assert (
            "drone" in fr_text.lower()
            and "revendication : Résistance islamique en Irak" in fr_text
        )
        assert "Ain al-Asad" in en_text and "Iraq" in en_text
        assert "drone" in en_text.lower()
        assert "claimed by Islamic Resistance in Iraq" in en_text
        assert "/articles/drone-ain-al-asad" in en_text  # the source is linked
        assert "/articles/drone-ain-al-asad" in fr_text

        # A further poll finds nothing new and sends nothing.
        third = await services.poller.poll()
        assert third.new_items == 0
        await asyncio.sleep(0.5)
        assert len(bot_api.sent_messages(FR_CHAT)) == 4
        assert len(bot_api.sent_messages(EN_CHAT)) == 3
        assert len(bot_api.sent_messages(ISRAEL_CHAT)) == 1  # the /subscribe reply only

    # A restart on the same database sends nothing new.
    async with running_bot(settings) as (_app, services):
        again = await services.poller.poll()
        assert again.new_items == 0
        await asyncio.sleep(0.5)
    assert len(bot_api.sent_messages(FR_CHAT)) == 4
    assert len(bot_api.sent_messages(EN_CHAT)) == 3
    assert len(bot_api.sent_messages(ISRAEL_CHAT)) == 1


async def test_the_scheduler_polls_feeds_by_itself(
    tmp_path: Path, bot_api: FakeBotAPI, feed_server: FeedServer
) -> None:
    feed_path = "/feed.xml"
    feed_server.set(feed_path, rss([_old_item(feed_server)]))
    settings = make_settings(
        bot_api, tmp_path / "vigie.db", VIGIE_FEEDS=feed_server.url(feed_path)
    )
    async with running_bot(settings, manual_polls=False):
        await bot_api.wait_for(lambda: feed_server.hits(feed_path) >= 1, timeout=15.0)
        assert {"en", "fr"} <= {
            c.params.get("language_code") or "en" for c in bot_api.calls("setMyCommands")
        }
