"""Whatever people type, every command answers briefly, never crashes, never echoes raw HTML."""

from __future__ import annotations

from pathlib import Path

from e2e.harness import running_bot
from fakes import FakeBotAPI
from tg_helpers import bot_settings, say

from bot.services.commands import COMMANDS

PRIVATE, FRENCH, GROUP = 401, 402, -6001

BAD_INPUTS = (
    "",
    "x" * 5000,
    "🔥💥🇮🇶 🙂",
    "<b>bold</b> & <i>it",
    "<script>alert(1)</script>",
    "مرحبا بغداد",  # right-to-left
    "\u202eevil\u202c",
    "Iraq 1 2 3 extra arguments here",
    "-1 nan inf 99999999999999999999",
)
EXTRA = ("stats", "sources", "ingest", "incident_abc", "nonsense")


def _check(api: FakeBotAPI, chat_id: int, before: int) -> None:
    refused = [c for c in api.calls() if not c.ok and c.params.get("chat_id") == chat_id]
    assert refused == [], [(c.method, c.result) for c in refused]
    for message in api.sent_messages(chat_id)[before:]:
        raw = str(message["text"])
        assert "<script>" not in raw and "<b>bold" not in raw
        assert len(raw) <= 4096


async def test_every_command_survives_bad_input(tmp_path: Path, bot_api: FakeBotAPI) -> None:
    async with running_bot(bot_settings(bot_api, tmp_path / "v.db")):
        await say(bot_api, PRIVATE, "/subscribe Iraq")
        before = len(bot_api.sent_messages(PRIVATE))
        for name in [*COMMANDS, *EXTRA]:
            for bad in BAD_INPUTS:
                if name == "stop" and bad == "":
                    continue
                answer = await say(bot_api, PRIVATE, f"/{name} {bad}".strip())
                assert answer, (name, bad)
                if name not in {"help", "recent", "subscriptions", "start", "map"}:
                    assert len(answer) < 700, (name, bad, answer)
        for bad in BAD_INPUTS[1:]:
            assert await say(bot_api, PRIVATE, bad)  # plain text gets a hint
        _check(bot_api, PRIVATE, before)

        for bad in BAD_INPUTS[3:6]:
            for name in ("subscribe", "near", "filter", "quiet", "timezone", "digest", "map"):
                answer = await say(bot_api, FRENCH, f"/{name} {bad}", language="fr")
                assert answer and "Traceback" not in answer
        _check(bot_api, FRENCH, 0)


async def test_forged_buttons_get_a_short_answer(tmp_path: Path, bot_api: FakeBotAPI) -> None:
    async with running_bot(bot_settings(bot_api, tmp_path / "v.db")):
        await say(bot_api, PRIVATE, "/start")
        message_id = int(bot_api.sent_messages(PRIVATE)[-1]["message_id"])
        forged = (
            "",
            "x",
            "sub:",
            "sub:<script>",
            "near:c:IQ|abc",
            "near:zz|10",
            "unsub:abc",
            "unsub:i999",
            "src:999999",
            "mreg:999",
            "flt:abc:t:zz",
            "flt:c:t:zz",
            "flt:c:m:99999999",
            "flt:999:v",
            "recent:abc|<b>",
            "lang:de",
            "guide:<i>",
            "stop:maybe",
            "🔥" * 16,
        )
        for data in forged:
            answered = len(bot_api.calls("answerCallbackQuery"))
            bot_api.inject_callback(PRIVATE, data, message_id=message_id)
            await bot_api.wait_for(
                lambda n=answered: len(bot_api.calls("answerCallbackQuery")) > n
            )
        _check(bot_api, PRIVATE, 0)
