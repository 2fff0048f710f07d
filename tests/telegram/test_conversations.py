"""Conversations with the real PTB application over the fake Bot API, in English and French."""

from __future__ import annotations

import time
from pathlib import Path

from e2e.harness import running_bot
from fakes import FakeBotAPI
from tg_helpers import bot_settings, buttons, enqueue, last, make_incident, press, say, store

EN, FR, OTHER = 201, 202, 203
GROUP, ADMIN, MEMBER = -5001, 7001, 7002
CHANNEL = -1007770001


async def test_start_help_language_and_command_menus(tmp_path: Path, bot_api: FakeBotAPI) -> None:
    async with running_bot(bot_settings(bot_api, tmp_path / "v.db")):
        fr = await say(bot_api, FR, "/start", language="fr")
        assert "incidents de conflits armés" in fr
        labels = [text for text, _ in buttons(bot_api, FR)]
        assert "Irak" in labels and "English" in labels and "Français" in labels
        en = await say(bot_api, EN, "/start")
        assert "armed-conflict" in en
        assert "Iraq" in [text for text, _ in buttons(bot_api, EN)]

        help_text = await say(bot_api, EN, "/help")
        for command in ("/filter", "/quiet", "/digest", "/map", "/timezone", "/stop"):
            assert command in help_text
        assert "channel" in help_text.lower()
        aide = await say(bot_api, FR, "/help", language="fr")
        assert "Heures de silence" in aide and "canal" in aide

        # The language button switches the chat to English.
        assert "English" in await press(bot_api, FR, "lang:en", language="fr")
        assert "Langue" in await say(bot_api, FR, "/language fr", language="fr")
        assert "Choose a language" in await say(bot_api, EN, "/language")

    menus_fr = {c["command"]: c["description"] for c in bot_api.commands(language_code="fr")}
    menus_en = {c["command"]: c["description"] for c in bot_api.commands()}
    assert menus_fr["quiet"].startswith("Heures de silence")
    assert menus_en["filter"].startswith("Only some kinds")
    assert set(menus_fr) == set(menus_en) >= {"filter", "quiet", "digest", "map", "timezone"}


async def test_subscribe_every_way_and_unsubscribe(tmp_path: Path, bot_api: FakeBotAPI) -> None:
    async with running_bot(bot_settings(bot_api, tmp_path / "v.db")):
        reply = await say(bot_api, EN, "/subscribe Anbar")
        assert "Subscribed" in reply and "Al Anbar, Iraq (province)" in reply
        assert "Already subscribed" in await say(bot_api, EN, "/subscribe al anbar")

        # A typo: suggestions as buttons, one tap subscribes (editing the question).
        assert "Did you mean" in await say(bot_api, EN, "/subscribe Mosull")
        choices = buttons(bot_api, EN)
        assert choices[0][1] == "sub:g:99072" and choices[0][0].startswith("Mosul")
        assert "Subscribed: Mosul" in await press(bot_api, EN, choices[0][1])
        # Several places share a name: the person picks one.
        assert "Which one?" in await say(bot_api, EN, "/subscribe Tripoli")
        labels = " ".join(text for text, _ in buttons(bot_api, EN))
        assert "Libya" in labels and "Lebanon" in labels
        assert "Plusieurs" in await say(bot_api, FR, "/subscribe Tripoli", language="fr")
        assert "Liban" in " ".join(text for text, _ in buttons(bot_api, FR))

        # The guided flow: kind, then a name.
        await say(bot_api, EN, "/subscribe")
        assert ("An armed group", "guide:actor") in buttons(bot_api, EN)
        assert "armed group" in await press(bot_api, EN, "guide:actor")
        reply = await say(bot_api, EN, "Kataib Hezbollah")
        assert "Subscribed" in reply and "Kata" in reply

        # French, guided, by place.
        await say(bot_api, FR, "/subscribe", language="fr")
        assert "Quel lieu" in await press(bot_api, FR, "guide:place", language="fr")
        assert "Irak" in await say(bot_api, FR, "Irak", language="fr")

        # Radius: by name and by sharing a location.
        assert "100 km" in await say(bot_api, EN, "/near Erbil 100")
        assert "Choose a distance" in await say(bot_api, EN, "/near Erbil 5000")
        before = len(bot_api.sent_messages(EN))
        bot_api.inject_location(EN, 33.31, 44.36)
        messages = await bot_api.wait_for_messages(EN, before + 1)
        assert "50 km" in messages[-1]["text"]

        listing = await say(bot_api, EN, "/subscriptions")
        assert "Al Anbar, Iraq (province)" in listing and "Filter: every kind" in listing

        # Unsubscribe: by name, then from the list of buttons.
        assert "Unsubscribed" in await say(bot_api, EN, "/unsubscribe Anbar")
        await say(bot_api, EN, "/unsubscribe")
        first = buttons(bot_api, EN)[0]
        assert "Unsubscribed" in await press(bot_api, EN, first[1])
        assert "already removed" in await press(
            bot_api, EN, first[1], message_id=int(bot_api.sent_messages(EN)[-2]["message_id"])
        )
        fr_list = await say(bot_api, FR, "/subscriptions", language="fr")
        assert "Cette conversation suit" in fr_list and "Irak" in fr_list


async def test_names_typed_short_and_areas_and_radius_centred_on_the_town(
    tmp_path: Path, bot_api: FakeBotAPI
) -> None:
    async with running_bot(bot_settings(bot_api, tmp_path / "v.db")):
        # One word of a longer name is that name, or a choice when several bear it.
        assert "Subscribed: Burkina Faso" in await say(bot_api, EN, "/subscribe Burkina")
        assert "Arabie saoudite" in await say(bot_api, FR, "/subscribe Saudi", language="fr")
        assert "Which one?" in await say(bot_api, EN, "/subscribe Kivu")
        labels = " ".join(text for text, _ in buttons(bot_api, EN))
        assert "North Kivu" in labels and "South Kivu" in labels
        # A radius is counted from the town, not from the province named like it.
        reply = await say(bot_api, EN, "/near Kherson 50")
        assert "Kherson" in reply and "(province)" not in reply and "50 km" in reply
        assert "(province)" in await say(bot_api, EN, "/subscribe Kherson")
        # An area followed is the province named like its town.
        assert "Khartoum, Sudan (province)" in await say(bot_api, EN, "/subscribe Khartoum")
        # A Burkinabè province is followed through its region, where its incidents are placed;
        # a radius is counted from its capital.
        reply = await say(bot_api, EN, "/subscribe province du Soum")
        assert "Subscribed: Sahel" in reply and "Burkina Faso" in reply
        reply = await say(bot_api, EN, "/near province du Soum 40")
        assert "Soum" in reply and "40 km" in reply
        # A region across provinces is told as a region.
        reply = await say(bot_api, EN, "/subscribe Iraqi Kurdistan")
        assert "Kurdistan Region, Iraq (region)" in reply
        reply = await say(bot_api, FR, "/subscribe Puntland", language="fr")
        assert "Puntland, Somalie (région)" in reply


async def test_groups_admins_manage_everyone_reads(tmp_path: Path, bot_api: FakeBotAPI) -> None:
    bot_api.set_chat_member(GROUP, ADMIN, "administrator")
    bot_api.set_chat_member(GROUP, MEMBER, "member")
    async with running_bot(bot_settings(bot_api, tmp_path / "v.db")) as (_app, services):
        refused = await say(bot_api, GROUP, "/subscribe Iraq", user_id=MEMBER)
        assert "Only the administrators" in refused
        for command in ("/filter min 5", "/quiet 22:00-07:00", "/digest daily 08:00", "/stop"):
            assert "Only the administrators" in await say(bot_api, GROUP, command, user_id=MEMBER)
        assert "Subscribed" in await say(bot_api, GROUP, "/subscribe Iraq", user_id=ADMIN)
        incident = await store(services, make_incident())
        recent = await say(bot_api, GROUP, "/recent", user_id=MEMBER)
        assert f"/incident_{incident.id}" in recent and "Ain al-Asad" in recent
        # A member pressing an admin's button is refused too.
        await say(bot_api, GROUP, "/unsubscribe", user_id=ADMIN)
        data = buttons(bot_api, GROUP)[0][1]
        assert "Only the administrators" in await press(bot_api, GROUP, data, user_id=MEMBER)
        assert "Unsubscribed" in await press(bot_api, GROUP, data, user_id=ADMIN)
        # The guided flow in a group asks for a reply, which a bot in privacy mode receives.
        await say(bot_api, GROUP, "/subscribe", user_id=ADMIN)
        question = await press(bot_api, GROUP, "guide:place", user_id=ADMIN)
        assert "Which place" in question
        assert last(bot_api, GROUP).get("reply_markup", {}).get("force_reply") is True
        assert "Anbar" in await say(bot_api, GROUP, "Anbar", user_id=ADMIN)
        # A command addressed to another bot is ignored.
        before = len(bot_api.sent_messages(GROUP))
        bot_api.inject_message(GROUP, "/subscribe@other_bot Iraq", user_id=ADMIN)
        await say(bot_api, GROUP, "/help", user_id=MEMBER)
        assert len(bot_api.sent_messages(GROUP)) == before + 1


def _channel_post(api: FakeBotAPI, text: str) -> None:
    """The fake has no helper for channel posts; this builds one as Telegram sends it."""
    with api._cond:
        chat = api._chat(CHANNEL, "channel")
        post = {
            "message_id": api._next_message_id(CHANNEL),
            "sender_chat": chat,
            "chat": chat,
            "date": int(time.time()),
            "text": text,
        }
        if text.startswith("/"):
            post["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
            ]
        api._push({"channel_post": post})


async def test_a_channel_subscribes_by_posting_the_command(
    tmp_path: Path, bot_api: FakeBotAPI
) -> None:
    async with running_bot(bot_settings(bot_api, tmp_path / "v.db")) as (_app, services):
        _channel_post(bot_api, "/subscribe Iraq")
        messages = await bot_api.wait_for_messages(CHANNEL, 1)
        assert "Subscribed" in messages[-1]["text"] and "Iraq" in messages[-1]["text"]
        _channel_post(bot_api, "/language fr")
        await bot_api.wait_for_messages(CHANNEL, 2)
        incident = await store(services, make_incident())
        await enqueue(services, incident, CHANNEL)
        alerts = await bot_api.wait_for_messages(CHANNEL, 3)
        assert "Aïn al-Assad" in alerts[-1]["text"] and "revendication" in alerts[-1]["text"]


async def test_alert_buttons_sources_mute_region_unsubscribe(
    tmp_path: Path, bot_api: FakeBotAPI
) -> None:
    async with running_bot(bot_settings(bot_api, tmp_path / "v.db")) as (_app, services):
        await say(bot_api, EN, "/subscribe Anbar")
        await say(bot_api, EN, "/subscribe Ukraine")
        incident = await store(services, make_incident())
        await enqueue(services, incident, EN)
        alert = (await bot_api.wait_for_messages(EN, 3))[-1]
        text = alert["text"]
        assert "Ain al-Asad" in text and "claimed by Islamic Resistance in Iraq" in text
        assert "/articles/drone" in text
        data = [d for _, d in buttons(bot_api, EN)]
        assert data == [f"src:{incident.id}", f"mreg:{incident.id}", f"unsub:i{incident.id}"]
        alert_id = int(alert["message_id"])

        card = await press(bot_api, EN, f"src:{incident.id}", message_id=alert_id)
        assert "Sources:" in card and "https://example.org/articles/drone" in card

        unsub = await press(bot_api, EN, f"unsub:i{incident.id}", message_id=alert_id)
        assert "Which one" in unsub
        assert [t for t, _ in buttons(bot_api, EN)] == ["Al Anbar, Iraq (province)"]

        muted = await press(bot_api, EN, f"mreg:{incident.id}", message_id=alert_id)
        assert "Al Anbar" in muted and "/unmute" in muted
        listing = await say(bot_api, EN, "/subscriptions")
        assert "muted until" in listing

        # Another incident in Anbar is not sent while the region is muted...
        second = await store(services, make_incident(key="2", fatalities=4))
        await enqueue(services, second, EN)
        await bot_api.wait_for(lambda: _settled(services, second.id))
        assert all(f"src:{second.id}" not in str(m) for m in bot_api.sent_messages(EN))
        # ...but one in Ukraine is.
        kyiv = make_incident(
            key="3",
            place_id="c:UA",
            country="UA",
            lat=50.45,
            lon=30.52,
            actors=(),
            claimed_by=None,
        )
        third = await store(services, kyiv)
        await enqueue(services, third, EN)
        await bot_api.wait_for(
            lambda: any("Ukraine" in m["text"] for m in bot_api.sent_messages(EN)[-1:])
        )
        assert "resumed" in await say(bot_api, EN, "/unmute")
        assert "muted until" not in await say(bot_api, EN, "/subscriptions")


def _settled(services: object, incident_id: int | None) -> bool:
    import sqlite3

    from bot.app import Services

    assert isinstance(services, Services)
    conn = sqlite3.connect(services.db.path)
    try:
        row = conn.execute(
            "SELECT state FROM alerts WHERE incident_id = ?", (incident_id,)
        ).fetchone()
    finally:
        conn.close()
    return bool(row and row[0] not in ("pending", "sending"))


async def test_recent_incident_map_and_stop(tmp_path: Path, bot_api: FakeBotAPI) -> None:
    async with running_bot(bot_settings(bot_api, tmp_path / "v.db")) as (_app, services):
        assert "follows nothing" in await say(bot_api, EN, "/recent")
        ids = []
        for n in range(7):
            stored = await store(services, make_incident(key=f"r{n}", fatalities=n))
            ids.append(stored.id)
        recent = await say(bot_api, EN, "/recent Iraq")
        assert recent.count("/incident_") == 5 and f"/incident_{ids[-1]}" in recent
        more = buttons(bot_api, EN)
        assert more and more[0][0] == "More"
        page2 = await press(bot_api, EN, more[0][1])
        assert page2.count("/incident_") == 2
        assert (await say(bot_api, EN, "/recent Iraq 2")).count("/incident_") == 2
        fr = await say(bot_api, FR, "/recent Irak", language="fr")
        assert "Derniers incidents" in fr and "Irak" in fr

        card = await say(bot_api, EN, f"/incident_{ids[0]}")
        assert "Sources:" in card and "Status:" in card
        assert "No incident has the number" in await say(bot_api, EN, "/incident 99999")

        photos = len(bot_api.calls("sendPhoto"))
        caption = await say(bot_api, EN, "/map Iraq 30")
        assert "7 incidents" in caption and "30 days" in caption
        call = bot_api.calls("sendPhoto")[photos]
        assert call.ok and call.files["photo"].data.startswith(b"\x89PNG")
        caption = await say(bot_api, FR, "/map Irak", language="fr")
        assert "7 derniers jours" in caption

        await say(bot_api, EN, "/subscribe Iraq")
        await say(bot_api, EN, "/quiet 22:00-07:00")
        confirm = await say(bot_api, EN, "/stop")
        assert "cannot be undone" in confirm
        assert "Nothing was deleted" in await press(bot_api, EN, "stop:no")
        await say(bot_api, EN, "/stop")
        assert "was deleted" in await press(bot_api, EN, "stop:yes")
        assert "follows nothing" in await say(bot_api, EN, "/subscriptions")
        prefs = services.preferences
        assert prefs is not None
        assert (await prefs.chat_prefs(chat_id=EN)).quiet is None


async def test_filters_by_buttons_and_settings_in_french(
    tmp_path: Path, bot_api: FakeBotAPI
) -> None:
    async with running_bot(bot_settings(bot_api, tmp_path / "v.db")):
        await say(bot_api, FR, "/subscribe Anbar", language="fr")
        await say(bot_api, FR, "/subscribe Ukraine", language="fr")
        menu = await say(bot_api, FR, "/filter", language="fr")
        assert "Que voulez-vous recevoir ici" in menu and "tous les types" in menu
        keys = dict((data, text) for text, data in buttons(bot_api, FR))
        assert keys["flt:c:t:protests"].startswith("✅") and "flt:c:s" in keys

        edited = await press(bot_api, FR, "flt:c:t:protests", language="fr")
        assert "Combats" in edited and "Manifestations" not in edited.split("Actuellement")[1]
        keys = dict((data, text) for text, data in buttons(bot_api, FR))
        assert keys["flt:c:t:protests"].startswith("▫️")
        edited = await press(bot_api, FR, "flt:c:m:5", language="fr")
        assert "au moins 5 morts" in edited

        assert "Quel abonnement" in await press(bot_api, FR, "flt:c:s", language="fr")
        anbar = next(data for text, data in buttons(bot_api, FR) if text.startswith("Anbar"))
        scoped = await press(bot_api, FR, anbar, language="fr")
        assert "Anbar" in scoped
        sid = anbar.split(":")[1]
        await press(bot_api, FR, f"flt:{sid}:m:1", language="fr")
        listing = await say(bot_api, FR, "/subscriptions", language="fr")
        assert "au moins 1 mort" in listing and "Filtre :" in listing

        assert "Fuseau horaire réglé sur Europe/Paris" in await say(
            bot_api, FR, "/timezone Paris", language="fr"
        )
        quiet = await say(bot_api, FR, "/quiet 23h-6h30", language="fr")
        assert "23:00-06:30" in quiet and "Europe/Paris" in quiet
        digest = await say(bot_api, FR, "/digest both 7:45", language="fr")
        assert "Résumé quotidien à 07:45, en plus des alertes" in digest
        listing = await say(bot_api, FR, "/subscriptions", language="fr")
        assert "Heures de silence : 23:00-06:30" in listing and "07:45" in listing
        assert "Filtres supprimés" in await say(bot_api, FR, "/filter reset", language="fr")
        assert "tous les types" in await say(bot_api, FR, "/subscriptions", language="fr")
