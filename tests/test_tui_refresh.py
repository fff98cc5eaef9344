"""Refreshing feeds inside the app (r), and the feeds view (F), against a loopback server."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.feeds.server import FeedServer  # tests/ is on sys.path under pytest
from waiting import message_saying, until

from newsreader.services import Services
from newsreader.services.fetching import Limits
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.feeds_screen import FeedsScreen
from newsreader.tui.widgets.article_list import ArticleList

SIZE = (120, 40)



@pytest.fixture
def library(library_dir: Path, server: FeedServer) -> Services:
    library = Services(library_dir)
    for path in ("/rss2.xml", "/atom.xml", "/404.xml"):
        library.subscribe(server.url(path))
    return library


def header(app: NewsreaderApp) -> str:
    return str(app.screen.query_one("#list-header").render())


async def test_r_refreshes_in_the_background_and_new_articles_appear(library: Services) -> None:
    app = NewsreaderApp(library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        assert articles.row_count == 0
        await pilot.press("r")
        await message_saying(pilot, "3 feeds: 5 new, 0 updated, 1 failed")
        assert articles.row_count == 5
        assert "refreshing" not in header(app)
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
        app.clear_notifications()
        await pilot.press("r")  # a second refresh: conditional requests, nothing new
        await message_saying(pilot, "3 feeds: 0 new")
        assert articles.row_count == 5


async def test_the_list_stays_usable_while_a_slow_feed_refreshes(library: Services,
                                                                server: FeedServer) -> None:
    library.subscribe(server.url("/slow.xml"))
    slow = Limits(connect_timeout=1, read_timeout=2, total_timeout=3)
    app = NewsreaderApp(Services(library.root, fetch_limits=slow))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("r")
        await until(pilot, lambda: "refreshing feeds 3/4" in header(app),
                    "the fast feeds to be done")
        assert app.refresh_progress  # still going: the slow feed has not answered
        articles = app.screen.query_one(ArticleList)
        assert articles.row_count == 5  # the fast feeds are in
        start = articles.cursor  # it follows its article as new ones arrive above it
        await pilot.press("j", "j")
        assert articles.cursor == start + 2
        await until(pilot, lambda: not app.refresh_progress, "the slow feed to time out")
        await until(pilot, lambda: "refreshing" not in header(app), "the header to say so")


async def test_refreshing_one_feed_from_the_feeds_view(library: Services) -> None:
    app = NewsreaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("F")
        await pilot.pause()
        table = app.screen.query_one("#feeds-table")
        assert [str(table.get_row_at(i)[-1]) for i in range(3)] == ["not fetched yet"] * 3
        await pilot.press("j", "R")  # the second feed only
        await until(pilot, lambda: str(table.get_row_at(1)[-1]) == "2 new", "its result")
        assert [str(table.get_row_at(i)[-1]) for i in range(3)] == [
            "not fetched yet", "2 new", "not fetched yet"]
    assert len(Services(library.root)) == 2


async def test_refresh_without_feeds_says_how_to_add_one(library_dir: Path) -> None:
    app = NewsreaderApp(Services(library_dir))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("r")
        await message_saying(pilot, "newsreader feeds add URL")
