"""Articles from a JSON Lines file in the corpus format (``gold`` and unknown keys ignored)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path
from typing import Self

from pydantic import ValidationError

from bot.domain.models import Article

__all__ = ["ArticlesJsonlReader", "iter_articles_jsonl"]

log = logging.getLogger(__name__)

_FIELDS = frozenset(Article.model_fields)


class ArticlesJsonlReader:
    """Streams articles; a bad line is logged with its number, counted in ``skipped``, skipped."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.read = 0
        self.skipped = 0
        self._articles = self._iter()

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> Article:
        return next(self._articles)

    def _iter(self) -> Iterator[Article]:
        with self.path.open(encoding="utf-8-sig") as handle:
            for lineno, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                self.read += 1
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    self._skip(lineno, f"not JSON ({exc.msg})")
                    continue
                if not isinstance(record, dict):
                    self._skip(lineno, "not a JSON object")
                    continue
                try:
                    article = Article.model_validate(
                        {k: v for k, v in record.items() if k in _FIELDS}
                    )
                except ValidationError as exc:
                    problems = "; ".join(
                        f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
                    )
                    self._skip(lineno, problems)
                    continue
                published = article.published
                utc = (
                    published.replace(tzinfo=UTC)
                    if published.tzinfo is None
                    else published.astimezone(UTC)
                )
                if utc is not published:
                    article = article.model_copy(update={"published": utc})
                yield article
        if self.skipped:
            log.warning("%s: %d of %d lines skipped", self.path, self.skipped, self.read)

    def _skip(self, lineno: int, why: str) -> None:
        self.skipped += 1
        log.warning("%s:%d: skipped: %s", self.path, lineno, why)


def iter_articles_jsonl(path: Path | str) -> ArticlesJsonlReader:
    """Read articles from a JSON Lines file.

    Args:
        path: one JSON object per line in the corpus format; blank lines are ignored.

    Returns:
        An iterator of articles (naive times taken as UTC) with ``read`` and ``skipped``
        counters.
    """
    return ArticlesJsonlReader(Path(path))
