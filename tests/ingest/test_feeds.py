"""The feed list: bundled default, comma-separated URLs, TOML and plain-text files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.ingest.feeds import BUNDLED_FEEDS, FeedSource, load_feeds


@pytest.mark.parametrize("spec", [None, "", "   "])
def test_bundled_list(spec: str | None) -> None:
    feeds = load_feeds(spec)
    assert len(feeds) >= 30
    assert len({f.url for f in feeds}) == len(feeds)
    assert {f.language for f in feeds} == {"en", "fr"}
    assert all(f.name and f.region and f.url.startswith("https://") for f in feeds)
    names = {f.name for f in feeds}
    assert {"UN News", "ONU Info", "Radio Okapi", "Le Monde — International"} <= names


def test_comma_separated_urls() -> None:
    feeds = load_feeds(
        "https://www.example.org/rss.xml, https://feeds.example.net/world.atom ,"
        "https://www.example.org/rss.xml"
    )
    assert feeds == [
        FeedSource(url="https://www.example.org/rss.xml", name="example.org"),
        FeedSource(url="https://feeds.example.net/world.atom", name="feeds.example.net"),
    ]


def test_bad_url_in_list_is_named() -> None:
    with pytest.raises(ValueError, match=re.escape("'ftp://x.org/feed'")):
        load_feeds("https://ok.example/rss, ftp://x.org/feed")
    with pytest.raises(ValueError, match=re.escape("'ftp://x.org/feed'")):
        load_feeds("ftp://x.org/feed")


def test_plain_text_file(tmp_path: Path) -> None:
    path = tmp_path / "feeds.txt"
    path.write_text(
        "# my feeds\n\nhttps://a.example/rss  # world desk\n   https://b.example/feed#fragment\n",
        encoding="utf-8",
    )
    feeds = load_feeds(str(path))
    assert [f.url for f in feeds] == ["https://a.example/rss", "https://b.example/feed#fragment"]
    assert feeds[0].language is None


def test_plain_text_file_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "feeds.txt"
    path.write_text("https://a.example/rss\nnot a url\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"line 2.*'not a url'"):
        load_feeds(str(path))


def test_toml_file(tmp_path: Path) -> None:
    path = tmp_path / "feeds.toml"
    path.write_text(
        '[[feed]]\nurl = "https://a.example/rss"\nname = "A"\nlanguage = "fr"\n'
        'region = "sahel"\npoll_seconds = 1800\n\n'
        '[[feed]]\nurl = "https://b.example/atom"\nname = "B"\n',
        encoding="utf-8",
    )
    assert load_feeds(str(path)) == [
        FeedSource(
            url="https://a.example/rss",
            name="A",
            language="fr",
            region="sahel",
            poll_seconds=1800,
        ),
        FeedSource(url="https://b.example/atom", name="B"),
    ]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('url = "https://a.example/rss"\nname = "A"\nlanguage = "de"', r"feed #1.*language"),
        ('url = "https://a.example/rss"', r"feed #1.*name"),
        ('name = "A"', r"feed #1 \('no url'\).*url"),
        ('url = "https://a.example/rss"\nname = "A"\nrgion = "x"', r"rgion"),
        ('url = "https://a.example/rss"\nname = "A"\npoll_seconds = 5', r"poll_seconds"),
    ],
)
def test_toml_file_bad_entries(tmp_path: Path, entry: str, message: str) -> None:
    path = tmp_path / "feeds.toml"
    path.write_text(f"[[feed]]\n{entry}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_feeds(str(path))


def test_unreadable_invalid_or_empty_files(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot be read"):
        load_feeds(str(tmp_path / "missing.toml"))
    broken = tmp_path / "broken.toml"
    broken.write_text("[[feed]\nurl=", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid TOML"):
        load_feeds(str(broken))
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing yet\n", encoding="utf-8")
    with pytest.raises(ValueError, match="lists no feed"):
        load_feeds(str(empty))


def test_bundled_file_is_in_the_package() -> None:
    assert BUNDLED_FEEDS.is_file()
    assert BUNDLED_FEEDS.parent.name == "data"
