"""Settings read from the environment and from ``.env``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

__all__ = ["MissingTokenError", "Settings"]

_PLACEHOLDERS = {"", "changeme", "change-me", "your-token-here", "123456:ABC-DEF"}


class MissingTokenError(RuntimeError):
    """Raised when ``run`` is asked for without a usable bot token."""


class Settings(BaseSettings):
    """Every setting of Vigie. Built once, in the composition root, never at import."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True
    )

    telegram_bot_token: SecretStr | None = Field(default=None, alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str = Field(
        default="https://api.telegram.org/bot", alias="TELEGRAM_API_BASE_URL"
    )
    telegram_api_base_file_url: str = Field(
        default="https://api.telegram.org/file/bot", alias="TELEGRAM_API_BASE_FILE_URL"
    )
    database: Path = Field(default=Path("vigie.db"), alias="VIGIE_DATABASE")
    feeds: str | None = Field(default=None, alias="VIGIE_FEEDS")
    poll_seconds: int = Field(default=300, ge=10, le=86_400, alias="VIGIE_POLL_SECONDS")
    admin_ids: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(), alias="VIGIE_ADMIN_IDS"
    )
    max_age_hours: float = Field(default=48.0, ge=0, alias="VIGIE_MAX_AGE_HOURS")
    # Delivery
    send_rate_per_second: float = Field(default=25.0, gt=0, le=1000, alias="VIGIE_SEND_RATE")
    send_interval_seconds: float = Field(default=2.0, gt=0, alias="VIGIE_SEND_INTERVAL")
    edit_window_hours: float = Field(default=6.0, ge=0, alias="VIGIE_EDIT_WINDOW_HOURS")
    give_up_hours: float = Field(default=24.0, gt=0, alias="VIGIE_GIVE_UP_HOURS")
    send_concurrency: int | None = Field(
        default=None, ge=1, le=1000, alias="VIGIE_SEND_CONCURRENCY"
    )
    send_group_per_minute: int = Field(
        default=20, ge=1, le=1000, alias="VIGIE_SEND_GROUP_PER_MINUTE"
    )
    # ACLED's API: both set to import its events every few hours
    acled_key: SecretStr | None = Field(default=None, alias="VIGIE_ACLED_KEY")
    acled_email: str | None = Field(default=None, alias="VIGIE_ACLED_EMAIL")
    acled_poll_hours: float = Field(default=6.0, ge=1, alias="VIGIE_ACLED_POLL_HOURS")
    # Operations
    health_port: int | None = Field(default=None, ge=0, le=65535, alias="VIGIE_HEALTH_PORT")
    health_host: str = Field(default="127.0.0.1", alias="VIGIE_HEALTH_HOST")
    log_level: str = Field(default="INFO", alias="VIGIE_LOG_LEVEL")

    @field_validator("telegram_bot_token", mode="before")
    @classmethod
    def _blank_token_is_none(cls, value: object) -> object:
        if isinstance(value, str) and value.strip().lower() in _PLACEHOLDERS:
            return None
        return value

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_admin_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            try:
                return frozenset(int(p) for p in parts)
            except ValueError as exc:
                raise ValueError("VIGIE_ADMIN_IDS must be comma-separated numeric ids") from exc
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("health_port", "send_concurrency", mode="before")
    @classmethod
    def _blank_port_is_none(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    def require_token(self) -> str:
        """The bot token, or a clear error saying how to get one."""
        if self.telegram_bot_token is None:
            raise MissingTokenError(
                "TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather in Telegram "
                "(/newbot), then put the token in .env or the environment "
                "(see .env.example). To try Vigie without a token: make demo (or vigie demo)"
            )
        token = self.telegram_bot_token.get_secret_value().strip()
        if ":" not in token:
            raise MissingTokenError(
                "TELEGRAM_BOT_TOKEN does not look like a bot token (expected "
                "'123456789:AA...'); get one from @BotFather in Telegram."
            )
        return token
