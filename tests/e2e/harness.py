"""Running the real PTB application against the fake Bot API, as `run_polling` would."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fakes import FakeBotAPI
from telegram.ext import Application

from bot.app import Services, build_application
from bot.config import Settings

__all__ = ["make_settings", "running_bot"]


def make_settings(api: FakeBotAPI, database: Path, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_BASE_URL": f"{api.url}/bot",
        "TELEGRAM_API_BASE_FILE_URL": f"{api.url}/file/bot",
        "VIGIE_DATABASE": str(database),
        "VIGIE_POLL_SECONDS": 3600,
        "VIGIE_SEND_INTERVAL": 0.1,
        "VIGIE_SEND_RATE": 200,
    }
    values.update(extra)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@asynccontextmanager
async def running_bot(
    settings: Settings, *, manual_polls: bool = True
) -> AsyncIterator[tuple[Application[Any, Any, Any, Any, Any, Any], Services]]:
    """Start the application the way `run_polling` does, and stop it the same way.

    With ``manual_polls`` the scheduled feed poll is removed, so a test decides when feeds are
    read (by calling ``services.poller.poll()``, what the job calls).
    """
    app = build_application(settings)
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)
    if manual_polls:
        assert app.job_queue is not None
        for job in app.job_queue.get_jobs_by_name("poll"):
            job.schedule_removal()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    await app.start()
    try:
        yield app, app.bot_data["services"]
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
