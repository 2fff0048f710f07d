"""Articles from JSON Lines files in the corpus format."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.ingest.jsonl import iter_articles_jsonl

GOOD = {
    "id": "a-1",
    "source": "Wire EN",
    "url": "https://news.example/a-1",
    "published": "2024-01-28T19:40:00Z",
    "language": "en",
    "title": "Three soldiers killed in drone strike",
    "summary": "A drone hit an outpost.",
    "body": "First paragraph.\n\nSecond paragraph.",
    "gold": {"is_incident": True, "incident_id": "inc-1"},
}


def test_reads_articles_and_skips_bad_lines(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    second = {**GOOD, "id": "a-2", "published": "2024-01-29T08:00:00+02:00", "extra": 1}
    del second["gold"]
    naive = {**GOOD, "id": "a-3", "published": "2024-01-30T10:00:00"}
    lines = [
        json.dumps(GOOD),
        "",
        "{not json",
        json.dumps(second),
        json.dumps(["a", "list"]),
        json.dumps({"id": "no-url", "source": "x", "published": "2024-01-01T00:00:00Z"}),
        json.dumps(naive, ensure_ascii=False),
    ]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reader = iter_articles_jsonl(path)
    with caplog.at_level(logging.WARNING, logger="bot.ingest.jsonl"):
        articles = list(reader)
    assert [a.id for a in articles] == ["a-1", "a-2", "a-3"]
    assert articles[0].body == "First paragraph.\n\nSecond paragraph."
    assert articles[0].published == datetime(2024, 1, 28, 19, 40, tzinfo=UTC)
    assert articles[1].published == datetime(2024, 1, 29, 6, 0, tzinfo=UTC)
    assert articles[1].published.tzinfo is UTC
    assert articles[2].published == datetime(2024, 1, 30, 10, 0, tzinfo=UTC)
    assert (reader.read, reader.skipped) == (6, 3)
    messages = [r.getMessage() for r in caplog.records]
    assert any(":3: skipped: not JSON" in m for m in messages)
    assert any(":5: skipped: not a JSON object" in m for m in messages)
    assert any(":6: skipped: url" in m for m in messages)


def test_reads_the_dev_corpus_format(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n", encoding="utf-8-sig")
    (article,) = iter_articles_jsonl(str(path))
    assert article.title == GOOD["title"]
    assert article.language == "en"
