"""A channel's administrator manages its alerts from a private chat with the bot."""

from __future__ import annotations

from pathlib import Path

from e2e.harness import running_bot
from fakes import FakeBotAPI
from tg_helpers import bot_settings, buttons, enqueue, make_incident, press, say, store

from bot.domain.models import Status

OWNER, STRANGER = 8101, 8102
CHANNEL, CHANNEL_NAME, TITLE = -1008880001, "vigie_alerts", "Vigie <Alerts>"


async def test_channel_admin_subscribes_the_channel_from_a_private_chat(
    tmp_path: Path, bot_api: FakeBotAPI
) -> None:
    async with running_bot(bot_settings(bot_api, tmp_path / "v.db")) as (_app, services):
        usage = await say(bot_api, OWNER, "/channel")
        assert "/channel @name" in usage
        assert "can't find" in await say(bot_api, OWNER, "/channel @nobody_here")
        assert "can't find" in await say(bot_api, OWNER, "/channel <b>x</b>")

        bot_api.add_channel(CHANNEL, CHANNEL_NAME, TITLE)
        refused = await say(bot_api, OWNER, f"/channel @{CHANNEL_NAME}")
        assert "Only the administrators" in refused and "Vigie &lt;Alerts&gt;" in refused

        bot_api.set_chat_member(CHANNEL, OWNER, "creator")
        assert "allowed to post" in await say(bot_api, OWNER, f"/channel @{CHANNEL_NAME}")

        bot_api.set_chat_member(CHANNEL, int(bot_api.bot_user["id"]), "administrator")
        managing = await say(bot_api, OWNER, f"/channel @{CHANNEL_NAME}")
        assert "Now managing" in managing

        # Commands sent here now concern the channel, and each reply says so.
        reply = await say(bot_api, OWNER, "/subscribe Anbar")
        assert reply.startswith("📢 Vigie &lt;Alerts&gt;") and "Subscribed" in reply
        # An ambiguous name: the choice made with a button goes to the channel too.
        await say(bot_api, OWNER, "/subscribe Tripoli")
        choice = next(data for _, data in buttons(bot_api, OWNER) if data.startswith("sub:"))
        assert "Subscribed" in await press(bot_api, OWNER, choice)
        listing = await say(bot_api, OWNER, "/subscriptions")
        assert "Anbar" in listing and "Tripoli" in listing
        assert "Langue" in await say(bot_api, OWNER, "/language fr")

        # Back to the private chat: it follows nothing itself.
        assert "Back to this chat" in await say(bot_api, OWNER, "/channel off")
        own = await say(bot_api, OWNER, "/subscriptions")
        assert "📢" not in own and "Anbar" not in own

        # An incident at Ain al-Asad (in Anbar) matches the channel, not the private chat,
        # and its alert is posted in the channel, in the channel's language.
        incident = await store(services, make_incident(status=Status.CLAIMED))
        recipients = services.subscriptions.index.match(incident, services.gazetteer)
        assert CHANNEL in recipients and OWNER not in recipients
        await enqueue(services, incident, *recipients)
        alerts = await bot_api.wait_for_messages(CHANNEL, 1)
        assert "Aïn al-Assad" in alerts[-1]["text"] and "revendication" in alerts[-1]["text"]


async def test_the_managed_channel_is_kept_across_a_restart_while_the_rights_hold(
    tmp_path: Path, bot_api: FakeBotAPI
) -> None:
    db = tmp_path / "v.db"
    bot_api.add_channel(CHANNEL, CHANNEL_NAME, TITLE)
    bot_api.set_chat_member(CHANNEL, OWNER, "administrator")
    bot_api.set_chat_member(CHANNEL, int(bot_api.bot_user["id"]), "administrator")
    async with running_bot(bot_settings(bot_api, db)):
        assert "Now managing" in await say(bot_api, OWNER, f"/channel @{CHANNEL_NAME}")
    async with running_bot(bot_settings(bot_api, db)) as (_app, services):
        assert "Now managing" in await say(bot_api, OWNER, "/channel")
        reply = await say(bot_api, OWNER, "/subscribe Iraq")
        assert reply.startswith("📢 Vigie &lt;Alerts&gt;") and "Subscribed" in reply
        assert [s.label for s in await services.subscriptions.subscriptions(chat_id=CHANNEL)]
        assert await services.subscriptions.subscriptions(chat_id=OWNER) == []
    # Demoted while the bot was down: after the restart the commands are the chat's own again.
    bot_api.set_chat_member(CHANNEL, OWNER, "member")
    async with running_bot(bot_settings(bot_api, db)) as (_app, services):
        own = await say(bot_api, OWNER, "/subscriptions")
        assert own.startswith("This chat follows nothing")
        assert "/channel @name" in await say(bot_api, OWNER, "/channel")


async def test_someone_who_does_not_administer_the_channel_cannot_manage_it(
    tmp_path: Path, bot_api: FakeBotAPI
) -> None:
    async with running_bot(bot_settings(bot_api, tmp_path / "v.db")) as (_app, services):
        bot_api.add_channel(CHANNEL, CHANNEL_NAME, TITLE)
        bot_api.set_chat_member(CHANNEL, int(bot_api.bot_user["id"]), "administrator")
        bot_api.set_chat_member(CHANNEL, STRANGER, "member")
        fr = await say(bot_api, STRANGER, f"/channel @{CHANNEL_NAME}", language="fr")
        assert "administrateurs" in fr
        reply = await say(bot_api, STRANGER, "/subscribe Iraq", language="fr")
        assert "📢" not in reply
        assert await services.subscriptions.subscriptions(chat_id=CHANNEL) == []
        # In a group, /channel points to the private chat.
        assert "privée" in await say(
            bot_api, -5009, "/channel @vigie_alerts", language="fr", user_id=STRANGER
        )
