"""OPML 2.0: folders become tags and come back as folders; entity bombs are refused."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsreader.news.opml import NotOpml, OpmlFeed, parse_opml, write_opml

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"


def test_folders_become_tags_and_duplicates_merge() -> None:
    doc = parse_opml((FIXTURES / "subscriptions.opml").read_bytes())
    assert [(f.url, f.title, f.tags) for f in doc.feeds] == [
        ("https://top.example/feed.xml", "Top Level Feed", []),
        ("https://gazette.example/rss.xml", "Harbour Gazette", ["News", "Science"]),
        ("https://valley.example/rss", "Valley Times", ["News", "Local"]),
        ("http://podcast.example/feed", "A podcast", ["Science"]),
    ]
    assert doc.feeds[0].site == "https://top.example/"
    assert doc.skipped == ["exec:~/bin/make-feed: not a web address"]


def test_tags_come_back_as_folders_and_round_trip() -> None:
    feeds = [OpmlFeed("https://a.example/rss", "A & B <news>", "https://a.example/", ["x", "y"]),
             OpmlFeed("https://b.example/atom", None, None, []),
             OpmlFeed("https://c.example/feed", "C", None, ["y"])]
    text = write_opml(feeds, created=datetime(2026, 3, 9, tzinfo=UTC))
    assert '<opml version="2.0">' in text and "Mon, 09 Mar 2026 00:00:00 GMT" in text
    assert '<outline text="x" title="x">' in text and '<outline text="y" title="y">' in text
    back = parse_opml(text.encode())
    assert sorted((f.url, f.title, f.site, f.tags) for f in back.feeds) == sorted(
        (f.url, f.title, f.site, f.tags) for f in feeds)


def test_category_attributes_are_tags_too() -> None:
    data = (b'<opml version="2.0"><body><outline text="F" xmlUrl="https://f.example/"'
            b' category="/News/Local,/Tech"/></body></opml>')
    assert parse_opml(data).feeds[0].tags == ["Local", "Tech"]


def test_an_entity_bomb_is_refused() -> None:
    with pytest.raises(NotOpml, match="declares a DTD or XML entities"):
        parse_opml((FIXTURES / "bomb.opml").read_bytes())


@pytest.mark.slow
def test_an_entity_bomb_is_refused_at_once() -> None:
    data = (FIXTURES / "bomb.opml").read_bytes()
    started = time.monotonic()
    with pytest.raises(NotOpml):
        parse_opml(data)
    assert time.monotonic() - started < 1


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty"),
    (b"<opml><body>", "malformed XML"),
    (b'<rss version="2.0"/>', "not OPML"),
])
def test_bad_documents_say_why(data: bytes, message: str) -> None:
    with pytest.raises(NotOpml, match=message):
        parse_opml(data)


def test_escapes_in_titles_are_removed() -> None:
    data = (b'<opml version="2.0"><body><outline text="Evil&#x1b;[2J title"'
            b' xmlUrl="https://e.example/"/></body></opml>')
    with pytest.raises(NotOpml):  # XML 1.0 forbids the escape character outright
        parse_opml(data)
    data = ('<opml version="2.0"><body><outline text="Bidi\u202e title"'
            ' xmlUrl="https://e.example/"/></body></opml>').encode()
    assert parse_opml(data).feeds[0].title == "Bidi title"
