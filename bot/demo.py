"""``vigie demo``: a local chat in the terminal over the same services as Telegram."""

from __future__ import annotations

import asyncio
import html
import re
import sys
import tempfile
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import TextIO

from bot.app import Services, open_services
from bot.config import Settings
from bot.i18n import get_translator
from bot.ingest.jsonl import iter_articles_jsonl
from bot.services.replies import Button, ChatContext, Reply

__all__ = ["ConsoleTransport", "plain_text", "run_demo", "sample_articles_path"]

DEMO_CHAT = 1
_TAG = re.compile(r"<[^>]+>")
_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.DOTALL)


def sample_articles_path() -> Path:
    return Path(str(resources.files("bot.data").joinpath("samples.jsonl")))


def plain_text(text: str) -> str:
    """Telegram HTML for a terminal: links keep their address, tags go."""
    text = _LINK.sub(lambda m: f"{m.group(2)} ({m.group(1)})", text)
    return html.unescape(_TAG.sub("", text))


class ConsoleTransport:
    """``MessageTransport`` that prints alerts instead of sending them."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._next_id = 1

    async def send(
        self,
        chat_id: int,
        text: str,
        *,
        buttons: tuple[tuple[Button, ...], ...] = (),
        reply_to: int | None = None,
    ) -> int | None:
        message_id = self._next_id
        self._next_id += 1
        self._out.write(f"\n🔔 [{message_id}] {plain_text(text)}\n")
        if buttons:
            self._out.write(
                "   " + "  ".join(f"[{b.text}]" for row in buttons for b in row) + "\n"
            )
        self._out.flush()
        return message_id

    async def edit(
        self,
        chat_id: int,
        message_id: int,
        text: str,
        *,
        buttons: tuple[tuple[Button, ...], ...] = (),
    ) -> None:
        self._out.write(f"\n✏️  [{message_id}] {plain_text(text)}\n")
        self._out.flush()


async def _lines(stream: TextIO) -> AsyncIterator[str]:
    loop = asyncio.get_running_loop()
    while True:
        if stream.isatty():
            sys.stdout.write("> ")
            sys.stdout.flush()
        line = await loop.run_in_executor(None, stream.readline)
        if not line:
            return
        yield line.rstrip("\n")


class DemoChat:
    """One person typing, the bot answering, alerts arriving."""

    def __init__(self, services: Services, out: TextIO, language: str) -> None:
        self._s = services
        self._out = out
        self._ctx = ChatContext(
            chat_id=DEMO_CHAT, chat_type="private", user_id=DEMO_CHAT, language_code=language
        )
        self._buttons: list[Button] = []
        self._pictures: Path | None = None  # where pictures (/map) are saved, kept after exit

    def _save_picture(self, png: bytes) -> Path:
        if self._pictures is None:
            self._pictures = Path(tempfile.mkdtemp(prefix="vigie-demo-pictures-"))
        path = self._pictures / f"picture-{len(list(self._pictures.iterdir())) + 1}.png"
        path.write_bytes(png)
        return path

    def _show(self, replies: list[Reply]) -> None:
        self._buttons = []
        for reply in replies:
            if reply.photo is not None:
                # a terminal shows no picture: it is saved, and its path printed
                self._out.write(f"🖼  {self._save_picture(reply.photo)}\n")
            self._out.write(plain_text(reply.text) + "\n")
            for row in reply.buttons:
                for button in row:
                    self._buttons.append(button)
                    self._out.write(f"   #{len(self._buttons)} {button.text}\n")
        self._out.flush()

    async def _language(self) -> str:
        chat = await self._s.subscriptions.chat(chat_id=DEMO_CHAT)
        return chat.language if chat else "en"

    async def publish(self) -> None:
        t = get_translator(await self._language())
        now = datetime.now(UTC)
        articles = list(iter_articles_jsonl(sample_articles_path()))
        for n, article in enumerate(articles):
            # The samples arrive as fresh news, a minute apart, in their original order.
            published = now - timedelta(minutes=len(articles) - n)
            outcome = await self._s.pipeline.process(
                article.model_copy(update={"published": published, "url": article.url}),
                push=True,
            )
            verdict = (
                t._("incident #%(id)s") % {"id": outcome.incident.id}
                if outcome.incident
                else t._("not an incident")
            )
            self._out.write(f"  📰 {article.title[:80]} → {verdict}\n")
        await self._s.dispatcher.drain()

    async def handle(self, line: str) -> bool:
        line = line.strip()
        if not line:
            return True
        if line in {"/quit", "/exit", "quit", "exit"}:
            return False
        if line == "/publish":
            await self.publish()
            return True
        if line.startswith("#") and line[1:].isdigit():
            n = int(line[1:])
            if 1 <= n <= len(self._buttons) and self._buttons[n - 1].data:
                data = self._buttons[n - 1].data or ""
                self._show(await self._s.commands.on_callback(self._ctx, data))
            await self._s.dispatcher.drain()
            return True
        if line.startswith("/"):
            name, _, args = line[1:].partition(" ")
            self._show(await self._s.commands.on_command(self._ctx, name, args))
        else:
            self._show(await self._s.commands.on_text(self._ctx, line))
        await self._s.dispatcher.drain()
        return True


async def run_demo(
    settings: Settings,
    *,
    database: str | None = None,
    language: str = "en",
    stdin: TextIO | None = None,
    out: TextIO | None = None,
) -> int:
    """Run the terminal chat until end of input or ``/quit``."""
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    with tempfile.TemporaryDirectory(prefix="vigie-demo-") as tmp:
        db_path = Path(database) if database else Path(tmp) / "demo.db"
        demo_settings = settings.model_copy(update={"database": db_path})
        services = await open_services(demo_settings, transport=ConsoleTransport(out))
        try:
            chat = DemoChat(services, out, language)
            t = get_translator(language)
            out.write(
                t._(
                    "Vigie demo — a local chat with the real pipeline. Type commands as in "
                    "Telegram (/subscribe Irak, /language fr, /recent, /help). /publish makes "
                    "the sample news arrive; #N presses button N; /quit leaves."
                )
                + "\n"
            )
            out.flush()
            async for line in _lines(stdin):
                if stdin is not sys.stdin or not stdin.isatty():
                    out.write(f"> {line}\n")
                if not await chat.handle(line):
                    break
        finally:
            await services.close()
    return 0
