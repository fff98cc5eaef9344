"""Fetching feeds from a real HTTP server on 127.0.0.1 (tests/fixtures/feeds/server.py)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fixtures.feeds.server import FeedServer  # tests/ is on sys.path under pytest

from newsreader.services import analysis as processing
from newsreader.services.fetching import FetchError, Limits, fetch_feeds, fetch_page
from newsreader.store.errors import LibraryBusyError
from newsreader.store.feeds import Subscriptions
from newsreader.store.library import Library

FAST = Limits(connect_timeout=1, read_timeout=0.5, total_timeout=1,
              max_feed_bytes=1024 * 1024)
"""Short limits so the slow-server tests take a second, not half a minute."""



@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library(tmp_path / "library")


def subscribe(library: Library, server: FeedServer, *paths: str, **kwargs) -> list[str]:
    """Subscribe to paths on the server; returns the feed ids."""
    subs = Subscriptions(library)
    return [subs.add(server.url(p), **kwargs)[0].id for p in paths]


def titles(library: Library) -> set[str]:
    listing = library.listing()
    return {listing.row(i).title for i in range(len(listing))}


def test_rss2_rss1_and_atom_feeds_are_fetched_and_stored(library, server) -> None:
    subscribe(library, server, "/rss2.xml", "/rss1.xml", "/atom.xml")
    report = fetch_feeds(library, limits=FAST)
    assert [r.error for r in report.results] == [None, None, None]
    assert [r.new for r in report.results] == [3, 2, 2]
    assert [r.title for r in report.results] == ["The Harbour Gazette", "Valley Times",
                                                "Calder Bay Herald"]
    assert all(r.status == 200 for r in report.results)
    assert report.new == 7 and len(library) == 7
    assert "Ferry Workers Vote to Strike" in titles(library)
    ferry = next(a for a in library.articles() if a.title.startswith("Ferry"))
    assert ferry.source == "The Harbour Gazette" and ferry.author == "Ana Lopes"
    assert ferry.published == "2026-03-09T10:15:00+00:00"
    assert ferry.tags == ["Labour", "Transport"]
    assert ferry.key == ferry.url == "https://gazette.example/2026/03/ferry-strike"


def test_every_new_article_goes_through_prepare(library, server, monkeypatch) -> None:
    prepared: list[str] = []
    real = processing.prepare

    def spy(article, added=None):  # noqa: ANN001, ANN202
        prepared.append(article.title)
        return real(article, added)

    monkeypatch.setattr(processing, "prepare", spy)
    subscribe(library, server, "/rss2.xml")
    fetch_feeds(library, limits=FAST)
    assert sorted(prepared) == sorted(titles(library))
    assert len(prepared) == 3


def test_second_fetch_sends_conditional_requests_and_adds_nothing(library, server) -> None:
    subscribe(library, server, "/atom.xml")
    first = fetch_feeds(library, limits=FAST).results[0]
    second = fetch_feeds(library, limits=FAST).results[0]
    assert first.new == 2 and not first.not_modified
    assert second.not_modified and second.status == 304 and second.new == 0
    asked = server.seen("/atom.xml")[-2:]
    assert "if-none-match" not in asked[0].headers
    assert asked[1].headers["if-none-match"].startswith('"')
    assert len(library) == 2
    feed = Subscriptions(library).all()[0]
    assert feed.last is not None and feed.last.not_modified and feed.etag


def test_last_modified_is_sent_back_as_if_modified_since(library, server) -> None:
    subscribe(library, server, "/last-modified.xml")
    fetch_feeds(library, limits=FAST)
    second = fetch_feeds(library, limits=FAST).results[0]
    assert second.not_modified
    sent = server.seen("/last-modified.xml")[-1].headers
    assert sent["if-modified-since"] == "Mon, 09 Mar 2026 10:15:00 GMT"


def test_without_validators_a_second_fetch_reprocesses_nothing(library, server,
                                                               monkeypatch) -> None:
    subscribe(library, server, "/no-validators.xml")
    assert fetch_feeds(library, limits=FAST).results[0].new == 3
    calls: list[str] = []
    monkeypatch.setattr(processing, "prepare", lambda a, added=None: calls.append(a.title))
    again = fetch_feeds(library, limits=FAST).results[0]
    assert (again.status, again.new, again.updated, again.error) == (200, 0, 0, None)
    assert calls == []  # unchanged items are recognised before any analysis


def test_responses_are_gzipped(library, server) -> None:
    subscribe(library, server, "/rss2.xml")
    fetch_feeds(library, limits=FAST)
    assert "gzip" in server.seen("/rss2.xml")[-1].headers["accept-encoding"]
    assert len(library) == 3


def test_redirects_are_followed_and_recorded(library, server) -> None:
    subscribe(library, server, "/hop.xml")
    result = fetch_feeds(library, limits=FAST).results[0]
    assert result.new == 3 and result.final_url == server.url("/rss2.xml")
    assert f"(moved to {server.url('/rss2.xml')})" in result.line()
    assert Subscriptions(library).all()[0].last.final_url == server.url("/rss2.xml")


def test_a_changed_item_is_updated_and_keeps_the_users_state(library, server) -> None:
    server.version = 1
    subscribe(library, server, "/changing.xml")
    first = fetch_feeds(library, limits=FAST).results[0]
    assert first.new == 2
    fare = next(a for a in library.articles() if a.title.startswith("Transit"))
    library.set_bookmark(fare.id)
    library.set_tags(fare.id, ["commute"])
    library.set_read([fare.id])
    server.version = 2
    try:
        second = fetch_feeds(library, limits=FAST).results[0]
    finally:
        server.version = 1
    assert (second.new, second.updated) == (1, 1)
    assert second.updated_ids == [fare.id]
    updated = library.article(fare.id)
    assert "simpler for everyone" in updated.body
    assert updated.added == fare.added
    listing = library.listing()
    assert fare.id in listing.bookmarked and fare.id in listing.read
    assert listing.user_tags[fare.id] == ["commute"]
    assert len(library) == 3


BAD_FEEDS = [
    ("/404.xml", "HTTP 404 Not Found"),
    ("/500.xml", "HTTP 500 Internal Server Error"),
    ("/loop", "too many redirects (more than 5)"),
    ("/page.html", "not a feed (got an HTML page that names the feed {base}/rss2.xml)"),
    ("/malformed.xml", "malformed XML (not well-formed (invalid token) at line 4, column 19)"),
    ("/text.txt", "not a feed (not XML; got text/plain)"),
    ("/empty.xml", "empty response"),
    ("/huge.xml", "response larger than 1 MB"),
    ("/gzip-bomb.xml", "response larger than 1 MB"),
    ("/slow.xml", "timed out after 0.5 s (the server stopped sending)"),
    ("/trickle.xml", "timed out after 1 s (the whole download)"),
]
"""Feeds on the test server that fail, and the line each fails with."""


@pytest.mark.parametrize(("path", "message"), BAD_FEEDS)
def test_bad_feeds_fail_with_one_clear_line(library, server, path: str, message: str) -> None:
    subscribe(library, server, path)
    message = message.format(base=server.base)
    result = fetch_feeds(library, limits=FAST).results[0]
    assert result.error == message
    assert result.line() == f"{server.url(path)}: {message}"
    assert result.new == 0 and len(library) == 0
    assert Subscriptions(library).all()[0].last.error == message


@pytest.mark.slow
@pytest.mark.parametrize("path", [path for path, _ in BAD_FEEDS])
def test_bad_feeds_fail_within_four_seconds(library, server, path: str) -> None:
    subscribe(library, server, path)
    started = time.monotonic()
    result = fetch_feeds(library, limits=FAST).results[0]
    assert time.monotonic() - started < 4
    assert result.error


def test_unreachable_server_fails_with_a_reason(library) -> None:
    Subscriptions(library).add("http://127.0.0.1:1/feed.xml")
    result = fetch_feeds(library, limits=FAST).results[0]
    assert result.error == "cannot connect (connection refused)"


def test_a_failing_feed_never_stops_the_others_and_loses_nothing(library, server) -> None:
    subscribe(library, server, "/rss2.xml", "/404.xml", "/slow.xml", "/loop", "/atom.xml")
    report = fetch_feeds(library, limits=FAST)
    assert [r.new for r in report.results] == [3, 0, 0, 0, 2]
    assert len(report.failed) == 3
    assert report.summary() == "5 feeds: 5 new, 0 updated, 3 failed"
    # a feed that worked and then breaks keeps its articles, and is retried in full
    subs = Subscriptions(library)
    feed = subs.all()[0]
    library_before = titles(library)
    subs.remove(feed.id)
    subs.add(server.url("/500.xml"))
    fetch_feeds(library, limits=FAST)
    assert titles(library) == library_before


def test_a_fetch_that_cannot_store_is_retried_in_full(library, server, monkeypatch) -> None:
    server.version = 1
    subscribe(library, server, "/changing.xml")
    try:
        assert fetch_feeds(library, limits=FAST).results[0].new == 2
        server.version = 2

        def busy(self, records, **options):  # noqa: ANN001, ANN003, ANN202
            raise LibraryBusyError(self.root, "process 1 (newsreader import)", 5)

        with monkeypatch.context() as patch:
            patch.setattr(Library, "upsert", busy)
            failed = fetch_feeds(library, limits=FAST).results[0]
        assert failed.error and failed.error.startswith("not stored: library ")
        assert "is busy" in failed.error
        # the new ETag was not kept, so the next fetch downloads the feed again
        retried = fetch_feeds(library, limits=FAST).results[0]
    finally:
        server.version = 1
    assert (retried.status, retried.new, retried.updated) == (200, 1, 1)
    assert len(library) == 3


def test_feeds_report_progress_as_they_finish(library, server) -> None:
    slow = [f"/slow.xml?n={n}" for n in range(4)]
    subscribe(library, server, *slow, "/rss2.xml", "/rss1.xml")
    seen: list[tuple[int, int]] = []
    report = fetch_feeds(library, limits=FAST, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 6) and seen[-1] == (6, 6) and len(seen) == 7
    assert report.new == 5 and len(report.failed) == 4


@pytest.mark.slow
def test_feeds_run_concurrently(library, server) -> None:
    slow = [f"/slow.xml?n={n}" for n in range(4)]
    subscribe(library, server, *slow, "/rss2.xml", "/rss1.xml")
    started = time.monotonic()
    fetch_feeds(library, limits=FAST)
    assert time.monotonic() - started < 1.5  # four 0.5 s timeouts overlap, not add up


def test_only_fetches_the_named_feeds(library, server) -> None:
    ids = subscribe(library, server, "/rss2.xml", "/rss1.xml")
    report = fetch_feeds(library, limits=FAST, only=[ids[1][:4]])
    assert [r.url for r in report.results] == [server.url("/rss1.xml")]


def test_full_fetches_each_new_items_page(library, server) -> None:
    subscribe(library, server, "/full.xml")
    result = fetch_feeds(library, full=True, limits=FAST).results[0]
    assert result.new == 2
    by_title = {a.title: a for a in library.articles()}
    ferry = by_title["Ferry Workers Vote to Strike"]
    assert "extra buses on the coast road" in ferry.body  # the page's text, not the summary
    assert "SECRET" not in ferry.body and "Privacy" not in ferry.body
    gone = by_title["A Story Whose Page Is Gone"]
    assert gone.body == "Only this summary is left."
    assert result.warning and "1 page could not be read" in result.warning
    assert "HTTP 404 Not Found" in result.warning
    # the second fetch asks for the missing page again and leaves the full text alone
    pages_before = len(server.seen("/article.html"))
    again = fetch_feeds(library, full=True, limits=FAST).results[0]
    assert again.not_modified or (again.new, again.updated) == (0, 0)
    assert len(server.seen("/article.html")) == pages_before
    assert "extra buses" in library.article(ferry.id).body


def test_the_per_feed_full_setting(library, server) -> None:
    subscribe(library, server, "/full.xml", full=True)
    fetch_feeds(library, limits=FAST)
    assert any("extra buses" in a.body for a in library.articles())


def test_report_as_json(library, server) -> None:
    subscribe(library, server, "/rss1.xml", "/404.xml")
    data = fetch_feeds(library, limits=FAST).to_json()
    assert data["new"] == 2 and data["failed"] == 1
    ok, bad = data["feeds"]
    assert ok["title"] == "Valley Times" and ok["error"] is None and len(ok["new_ids"]) == 2
    assert bad["error"] == "HTTP 404 Not Found" and bad["status"] is None


def test_fetch_page_reads_a_web_article(server) -> None:
    article, final = fetch_page(server.url("/article.html"), limits=FAST)
    assert article.title == "Ferry Workers Vote to Strike"
    assert article.key == server.url("/article.html") and final == article.key
    assert article.author == "Ana Lopes" and article.source == "The Harbour Gazette"
    assert "SECRET" not in article.body and len(article.paragraphs) == 4
    with pytest.raises(FetchError, match="a feed, not a web page"):
        fetch_page(server.url("/rss2.xml"), limits=FAST)
    with pytest.raises(FetchError, match="HTTP 404 Not Found"):
        fetch_page(server.url("/missing.html"), limits=FAST)
