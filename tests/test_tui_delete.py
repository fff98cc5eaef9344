"""Deleting from the list (d) and the reader, and undo (z), driven by Pilot."""

from __future__ import annotations

from pathlib import Path

from fixtures.feeds.server import FeedServer  # tests/ is on sys.path under pytest
from waiting import message_saying, until

from newsreader.services import ListQuery, Services
from newsreader.services.fetching import Limits
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.list_screen import ListScreen
from newsreader.tui.screens.reader_screen import ReaderScreen
from newsreader.tui.widgets.article_list import ArticleList

SIZE = (100, 30)


def titles(app: NewsreaderApp) -> list[str]:
    articles = app.screen.query_one(ArticleList)
    return [articles.row_at(i).title for i in range(articles.row_count)]


def header(app: NewsreaderApp) -> str:
    return str(app.screen.query_one("#list-header").render())


async def test_d_deletes_the_article_and_z_brings_it_back_with_its_bookmark(
        sample_library: Services) -> None:
    total = len(sample_library)
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        await pilot.press("j", "b")  # the second article, bookmarked
        await until(pilot, lambda: "1 ★" in header(app), "the bookmark in the header")
        shown = titles(app)
        second, third = shown[1], shown[2]
        assert f"{total} articles" in header(app)

        await pilot.press("d")
        await message_saying(pilot, f"“{second}” deleted · z undoes")
        assert second not in titles(app)
        assert len(titles(app)) == total - 1
        assert f"{total - 1} articles" in header(app) and "0 ★" in header(app)
        assert articles.current.title == third  # the cursor went on to the next one

        await pilot.press("z")
        await message_saying(pilot, f"Undone: “{second}” restored")
        assert titles(app) == shown
        assert articles.current.title == second and articles.current.bookmarked
        assert f"{total} articles" in header(app) and "1 ★" in header(app)

        await pilot.press("z")  # the change is taken back once
        await message_saying(pilot, "Nothing to undo")
        assert titles(app) == shown


async def test_z_undoes_the_last_change_first_deletes_and_mark_all_read_alike(
        sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        shown = titles(app)
        await pilot.press("d")
        await message_saying(pilot, f"“{shown[0]}” deleted")
        await pilot.press("A")
        await until(pilot, lambda: "0 unread" in header(app), "every article read")
        await pilot.press("d")
        await message_saying(pilot, f"“{shown[1]}” deleted")
        await pilot.press("z")
        await message_saying(pilot, f"Undone: “{shown[1]}” restored")
        assert titles(app) == shown[1:]  # the first stays deleted
        assert app.screen.query_one(ArticleList).current.title == shown[1]
        assert app.screen.query_one(ArticleList).current.read  # read, as A left it
        await pilot.press("z")
        await until(pilot, lambda: f"{len(shown) - 1} unread" in header(app), "unread again")
        await pilot.press("z")
        await message_saying(pilot, f"Undone: “{shown[0]}” restored")
        assert titles(app) == shown and f"{len(shown)} unread" in header(app)


async def test_d_in_the_reader_deletes_it_and_goes_back_to_the_list(
        sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        shown = titles(app)
        await pilot.press("j", "enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list")
        await message_saying(pilot, f"“{shown[1]}” deleted")
        assert titles(app) == [shown[0], *shown[2:]]
        assert app.screen.query_one(ArticleList).current.title == shown[2]
        await pilot.press("z")
        await message_saying(pilot, f"Undone: “{shown[1]}” restored")
        assert titles(app) == shown


async def test_a_deleted_feed_item_stays_deleted_after_a_refresh_and_search_forgets_it(
        library_dir: Path, server: FeedServer) -> None:
    services = Services(library_dir, fetch_limits=Limits(connect_timeout=1, read_timeout=2,
                                                         total_timeout=5))
    services.subscribe(server.url("/no-validators.xml"))  # a full response every time
    app = NewsreaderApp(services)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("r")
        await message_saying(pilot, "3 new")
        ferry = "Ferry Workers Vote to Strike"
        assert ferry in titles(app)
        assert any(hit.title == ferry for hit in services.search("ferry"))
        app.clear_notifications()
        while app.screen.query_one(ArticleList).current.title != ferry:
            await pilot.press("j")
        await pilot.press("d")
        await message_saying(pilot, f"“{ferry}” deleted")
        app.clear_notifications()
        await pilot.press("r")
        await message_saying(pilot, "0 new")
        assert ferry not in titles(app) and len(titles(app)) == 2
        assert not any(hit.title == ferry for hit in services.search("ferry"))
        assert ferry not in [r.title for r in Services(library_dir).rows(ListQuery())]
