"""Refreshing feeds inside the app (r), and the feeds view (F), against a loopback server."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.feeds.server import FeedServer  # tests/ is on sys.path under pytest

from newsreader.cli.library_commands import fetch_in_app
from newsreader.services.fetching import Limits, fetch_feeds
from newsreader.store.feeds import Subscriptions
from newsreader.store.library import Library
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.feeds_screen import FeedsScreen
from newsreader.tui.widgets.article_list import ArticleList

SIZE = (120, 40)



@pytest.fixture
def library(library_dir: Path, server: FeedServer) -> Library:
    library = Library(library_dir)
    subs = Subscriptions(library)
    for path in ("/rss2.xml", "/atom.xml", "/404.xml"):
        subs.add(server.url(path))
    return library


def header(app: NewsreaderApp) -> str:
    return str(app.screen.query_one("#list-header").render())


async def test_r_refreshes_in_the_background_and_new_articles_appear(library: Library) -> None:
    app = NewsreaderApp(library, fetcher=fetch_in_app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        assert articles.row_count == 0
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert articles.row_count == 5
        assert "refreshing" not in header(app)
        messages = [str(n.message) for n in app._notifications]
        assert any("3 feeds: 5 new, 0 updated, 1 failed" in m for m in messages)
        titles = {articles.row_at(i).title for i in range(articles.row_count)}
        assert "Ferry Workers Vote to Strike" in titles
        await pilot.press("F")
        await pilot.pause()
        assert isinstance(app.screen, FeedsScreen)
        table = app.screen.query_one("#feeds-table")
        assert table.row_count == 3
        cells = [str(table.get_row_at(i)[-1]) for i in range(3)]
        assert cells[:2] == ["3 new", "2 new"]
        assert cells[2] == "FAILED: HTTP 404 Not Found"
        assert "1 failed last time" in str(app.screen.query_one("#feeds-header").render())
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("r")  # a second refresh: conditional requests, nothing new
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert articles.row_count == 5
        assert any("0 new" in str(n.message) for n in app._notifications)


async def test_the_list_stays_usable_while_a_slow_feed_refreshes(library: Library,
                                                                server: FeedServer) -> None:
    Subscriptions(library).add(server.url("/slow.xml"))
    slow = Limits(connect_timeout=1, read_timeout=0.8, total_timeout=2)

    def fetcher(lib: Library, *, progress, only):  # noqa: ANN001, ANN202
        return fetch_feeds(lib, progress=progress, only=only, limits=slow)

    app = NewsreaderApp(library, fetcher=fetcher)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause(0.4)
        assert app.refresh_progress  # still going: the slow feed has not answered
        assert "refreshing feeds 3/4" in header(app)
        assert app.screen.query_one(ArticleList).row_count == 5  # the fast feeds are in
        articles = app.screen.query_one(ArticleList)
        start = articles.cursor  # it follows its article as new ones arrive above it
        await pilot.press("j", "j")
        assert articles.cursor == start + 2
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.refresh_progress


async def test_refreshing_one_feed_from_the_feeds_view(library: Library) -> None:
    app = NewsreaderApp(library, fetcher=fetch_in_app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("F")
        await pilot.pause()
        table = app.screen.query_one("#feeds-table")
        assert [str(table.get_row_at(i)[-1]) for i in range(3)] == ["not fetched yet"] * 3
        await pilot.press("j", "R")  # the second feed only
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [str(table.get_row_at(i)[-1]) for i in range(3)] == [
            "not fetched yet", "2 new", "not fetched yet"]
    assert len(Library(library.root)) == 2


async def test_refresh_without_feeds_says_how_to_add_one(library_dir: Path) -> None:
    app = NewsreaderApp(Library(library_dir), fetcher=fetch_in_app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any("newsreader feeds add URL" in str(n.message) for n in app._notifications)
