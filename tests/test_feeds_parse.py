"""Feed documents become articles: news.feeds and news.html_text, without a network."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsreader.news.feeds import NotAFeed, feed_address, item_key, parse_feed, read_feed_file
from newsreader.news.files import Rejected
from newsreader.news.html_text import html_line, html_paragraphs

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
BASE = "http://127.0.0.1:9/"


def parse(name: str, **kwargs):  # noqa: ANN201
    return parse_feed((FIXTURES / name).read_bytes(), url=BASE + name, **kwargs)


def test_rss2_items_become_articles_with_every_field() -> None:
    feed = parse("rss2.xml", tags=["harbour"])
    assert feed.title == "The Harbour Gazette" and feed.link == "https://gazette.example/"
    assert feed.warning is None
    first, second, third = feed.articles
    assert first.title == "Ferry Workers Vote to Strike"
    assert first.url == first.key == "https://gazette.example/2026/03/ferry-strike"
    assert first.author == "Ana Lopes" and first.source == "The Harbour Gazette"
    assert first.published == datetime(2026, 3, 9, 10, 15, tzinfo=UTC)
    assert first.tags == ("Labour", "Transport", "harbour")
    # content:encoded wins over the short description, as paragraphs
    assert len(first.paragraphs) == 3
    assert first.paragraphs[1].startswith('"We have been patient')
    assert "<p>" not in first.body
    # escaped HTML in <description>, "mail (Name)" authors, a guid that is no address
    assert second.paragraphs == ["The council voted 7 to 2 to rezone the old waterfront.",
                                 '"This is a good day for the harbour," Mayor Ruth Alder said '
                                 "after the vote."]
    assert second.author == "Lena Hoss"
    assert second.key == "https://gazette.example/#4512"
    assert second.published == datetime(2026, 3, 10, 7, 0, tzinfo=UTC)
    # no guid: the link is the key; a date without a time
    assert third.key == third.url == "https://gazette.example/2026/03/seagrass"
    assert third.published is not None and third.published.date().isoformat() == "2026-03-11"


def test_rss1_items_become_articles() -> None:
    feed = parse("rss1.xml")
    assert feed.title == "Valley Times"
    assert [a.title for a in feed.articles] == ["Valley Drought Enters Third Year",
                                                "Maritime Museum Reopens"]
    drought = feed.articles[0]
    assert drought.author == "Mira Okafor" and drought.tags == ("Environment",)
    assert drought.published == datetime(2026, 3, 12, 7, 30, tzinfo=UTC)
    assert drought.key == "https://valley.example/drought"


def test_atom_entries_become_articles() -> None:
    feed = parse("atom.xml")
    budget, fire = feed.articles
    assert budget.title == "School Budget Cut by 4%"  # type="html" title, markup gone
    assert budget.key == "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"
    assert budget.tags == ("schools", "budget")
    assert budget.published == datetime(2026, 3, 14, 14, 0, tzinfo=UTC)
    assert budget.paragraphs == ["The school board cut its budget by 4%.",
                                 '"Every cut hurts a classroom," said Lena Hoss, a teacher.']
    assert fire.paragraphs == ["Firefighters contained the ridge fire overnight.",
                               "No homes were lost."]
    assert fire.url == "http://127.0.0.1:9/ridge-fire"  # relative link resolved


def test_billion_laughs_is_never_expanded() -> None:
    data = (FIXTURES / "billion-laughs.xml").read_bytes()
    feed = parse_feed(data, url=BASE)
    texts = [feed.title or ""] + [a.title + a.body for a in feed.articles]
    assert all("lollol" not in t for t in texts)
    assert sum(len(t) for t in texts) < 1000
    assert feed.warning and "entity declarations were ignored" in feed.warning


@pytest.mark.slow
def test_billion_laughs_is_read_within_two_seconds() -> None:
    data = (FIXTURES / "billion-laughs.xml").read_bytes()
    started = time.monotonic()
    parse_feed(data, url=BASE)
    assert time.monotonic() - started < 2


def test_external_entities_are_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    data = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'
            '<rss version="2.0"><channel><title>T &xxe;</title><item><title>A &xxe;</title>'
            "<guid>https://x.example/1</guid></item></channel></rss>").encode()
    feed = parse_feed(data)
    assert "TOP-SECRET" not in (feed.title or "") + feed.articles[0].title


@pytest.mark.parametrize(("name", "message"), [
    ("page.html", "not a feed (got an HTML page that names the feed http://127.0.0.1:9/rss2.xml)"),
    ("malformed.xml", "malformed XML (not well-formed (invalid token) at line 4, column 19)"),
])
def test_documents_that_are_not_feeds_say_why(name: str, message: str) -> None:
    with pytest.raises(NotAFeed) as err:
        parse(name)
    assert str(err.value) == message


def test_other_non_feeds_say_why() -> None:
    with pytest.raises(NotAFeed, match=r"^not a feed \(got an HTML page\)$"):
        parse_feed(b"<!DOCTYPE html><html><body><p>No feed here.</p></body></html>")
    with pytest.raises(NotAFeed, match="empty response"):
        parse_feed(b"  \n")
    with pytest.raises(NotAFeed, match=r"not a feed \(not XML; got text/plain\)"):
        parse_feed(b"hello there", content_type="text/plain")
    with pytest.raises(NotAFeed, match="an XML document, but not RSS or Atom"):
        parse_feed(b'<?xml version="1.0"?><opml version="2.0"><body/></opml>')


def test_a_feed_served_as_text_html_is_still_a_feed() -> None:
    feed = parse("rss2.xml", content_type="text/html")
    assert len(feed.articles) == 3


def test_recoverable_xml_errors_keep_the_items_with_a_warning() -> None:
    feed = parse("lenient.xml")
    assert [a.title for a in feed.articles] == ["Readable Despite Bad Tags"]
    assert feed.warning and feed.warning.startswith("malformed XML (mismatched tag")


def test_escape_sequences_never_reach_any_field() -> None:
    feed = parse("escapes.xml")
    art = feed.articles[0]
    fields = [feed.title or "", art.title, art.body, art.author or "", *art.tags]
    for text in fields:
        assert not any(ord(c) < 32 and c != "\n" or 0x7f <= ord(c) < 0xa0 for c in text), text
        assert "\u202e" not in text
    assert art.title.startswith("Red headline")
    assert art.author == "Bold Name" and art.tags == ("blink",)
    # Rich markup is kept as the literal text it is: it is never interpreted
    assert "[link=https://evil.example]click[/link]" in art.title
    assert "[i]markup[/i]" in art.body


def test_scripts_styles_and_frames_never_reach_the_text() -> None:
    art = parse("scripts.xml").articles[0]
    assert art.paragraphs == ["The visible paragraph.", "Second visible paragraph."]
    assert "SECRET" not in art.body


def test_items_with_nothing_are_dropped_and_titles_fall_back() -> None:
    data = (b'<rss version="2.0"><channel><title>T</title><item></item>'
            b"<item><description>A summary that has to stand in for the missing title, since "
            b"this item has none at all.</description></item></channel></rss>")
    feed = parse_feed(data)
    assert len(feed.articles) == 1
    assert feed.articles[0].title.startswith("A summary that has to stand in")
    assert len(feed.articles[0].title) <= 80


def test_item_keys_are_guids_qualified_only_when_they_are_bare() -> None:
    assert item_key("https://a.example/1", "https://a.example/x", "https://a.example/") \
        == "https://a.example/1"
    assert item_key("urn:uuid:1", None, "https://a.example/") == "urn:uuid:1"
    assert item_key("1234", None, "https://a.example/") == "https://a.example/#1234"
    assert item_key(None, "https://a.example/x", "https://a.example/") == "https://a.example/x"
    assert item_key(None, None, None) is None


def test_feed_addresses_are_checked_and_normalised() -> None:
    assert feed_address(" HTTP://Example.ORG ") == "http://example.org/"
    assert feed_address("feed://x.example/rss") == "http://x.example/rss"
    for bad in ("ftp://x.example/", "x.example/rss", "", "http://"):
        with pytest.raises(ValueError, match="not a web address"):
            feed_address(bad)


def test_feed_files_are_read_with_a_size_limit(tmp_path: Path) -> None:
    assert len(read_feed_file(FIXTURES / "atom.xml")) == 2
    with pytest.raises(Rejected, match="too large"):
        read_feed_file(FIXTURES / "rss2.xml", max_bytes=100)
    with pytest.raises(Rejected, match="got an HTML page"):
        read_feed_file(FIXTURES / "page.html")


def test_html_fragments_become_paragraphs() -> None:
    assert html_paragraphs("Plain text, no tags.") == ["Plain text, no tags."]
    assert html_paragraphs("<p>One <b>bold</b>\n word.</p><p>Two &amp; three</p>") == [
        "One bold word.", "Two & three"]
    assert html_paragraphs("Line one<br>Line two") == ["Line one", "Line two"]
    assert html_paragraphs("<script>x()</script><style>p{}</style>") == []
    assert html_paragraphs("") == []
    assert html_line("Q&amp;A: <em>who</em>\nsaid it") == "Q&A: who said it"


def test_an_enormous_feed_is_cut_at_max_items(monkeypatch) -> None:
    monkeypatch.setattr("newsreader.news.feeds.MAX_ITEMS", 10)
    items = b"".join(b"<item><title>Item %d</title><link>https://m.example/%d</link></item>"
                     % (i, i) for i in range(25))
    feed = parse_feed(b'<rss version="2.0"><channel><title>M</title>' + items
                      + b"</channel></rss>")
    assert [a.title for a in feed.articles] == [f"Item {i}" for i in range(10)]
    assert feed.warning == "the feed has 25 items; read the first 10"
