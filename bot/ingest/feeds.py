"""The list of feeds to poll: the bundled default, a comma-separated list or a feeds file."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

__all__ = ["BUNDLED_FEEDS", "FeedSource", "load_feeds"]

BUNDLED_FEEDS = Path(__file__).resolve().parent.parent / "data" / "feeds.toml"


class FeedSource(BaseModel):
    """One RSS/Atom feed to poll."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str
    name: str
    language: Literal["en", "fr"] | None = None
    region: str | None = None
    poll_seconds: int | None = Field(default=None, ge=60)

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        value = value.strip()
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"not an http(s) URL: {value!r}")
        return value


def load_feeds(spec: str | None) -> list[FeedSource]:
    """Read the feeds to poll from the ``VIGIE_FEEDS`` setting.

    Args:
        spec: None or empty for the bundled list (``bot/data/feeds.toml``); a comma-separated
            list of feed URLs; or the path of a feeds file, either TOML in the format of the
            bundled list or plain text with one URL per line and ``#`` comments.

    Returns:
        The feeds, in the order given, without repeated URLs.

    Raises:
        ValueError: an entry is not a valid feed (the message names it), the file cannot be
            read, or the list is empty.
    """
    spec = (spec or "").strip()
    if not spec:
        return _load_file(BUNDLED_FEEDS)
    if "://" in spec:
        return _unique([_from_url(part.strip()) for part in spec.split(",") if part.strip()])
    return _load_file(Path(spec).expanduser())


def _load_file(path: Path) -> list[FeedSource]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ValueError(f"feeds file {str(path)!r} cannot be read: {exc.strerror}") from exc
    parse = _parse_toml if path.suffix.lower() == ".toml" else _parse_lines
    feeds = parse(text, path)
    if not feeds:
        raise ValueError(f"feeds file {str(path)!r} lists no feed")
    return _unique(feeds)


def _parse_toml(text: str, path: Path) -> list[FeedSource]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"feeds file {str(path)!r} is not valid TOML: {exc}") from exc
    entries = data.get("feed", [])
    if not isinstance(entries, list):
        raise ValueError(f"feeds file {str(path)!r}: 'feed' must be an array of tables")
    feeds = []
    for index, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise ValueError(f"feeds file {str(path)!r}: feed #{index} is not a table")
        feeds.append(_validate(entry, f"feed #{index} ({entry.get('url', 'no url')!r})", path))
    return feeds


def _parse_lines(text: str, path: Path) -> list[FeedSource]:
    feeds = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        # A URL may contain '#'; only a comment preceded by whitespace is cut.
        line = line.split(" #", 1)[0].strip()
        feeds.append(_validate({"url": line, "name": _name_of(line)}, f"line {lineno}", path))
    return feeds


def _from_url(url: str) -> FeedSource:
    return _validate({"url": url, "name": _name_of(url)}, repr(url), None)


def _validate(entry: dict[str, Any], where: str, path: Path | None) -> FeedSource:
    try:
        return FeedSource.model_validate(entry)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'entry'}: {err['msg']}"
            for err in exc.errors()
        )
        origin = f"feeds file {str(path)!r}, " if path is not None else "feed "
        raise ValueError(f"{origin}{where}: {problems}") from exc


def _name_of(url: str) -> str:
    host = urlsplit(url).netloc.lower()
    return host.removeprefix("www.") or url


def _unique(feeds: list[FeedSource]) -> list[FeedSource]:
    seen: set[str] = set()
    out = []
    for feed in feeds:
        if feed.url not in seen:
            seen.add(feed.url)
            out.append(feed)
    return out
