"""The feeds view to read by (F): each feed's unread and total articles and last result;
Enter lists its articles; a adds, t tags and d removes feeds; and the list's filter by
source (f), its CLI twins (list --source, feeds tags, feeds list's counts)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from fixtures.feeds.server import FeedServer
from waiting import until

from newsreader.cli import main
from newsreader.services import ListQuery, Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.feeds_screen import FeedsScreen
from newsreader.tui.screens.list_screen import ListScreen
from newsreader.tui.screens.prompt_dialog import LineDialog
from newsreader.tui.screens.tag_filter_dialog import TagFilterDialog
from newsreader.tui.widgets.article_list import ArticleList

SIZE = (120, 40)


@pytest.fixture
async def fetched(library_dir: Path, server: FeedServer) -> Services:
    services = Services(library_dir)
    services.subscribe(server.url("/rss2.xml"), tags=["local"])
    services.subscribe(server.url("/atom.xml"))
    await asyncio.to_thread(services.fetch)
    return services


def cells(app: NewsreaderApp, row: int) -> list[str]:
    return [str(c) for c in app.screen.query_one("#feeds-table").get_row_at(row)]


async def open_feeds(pilot, app: NewsreaderApp) -> None:
    await pilot.press("F")
    await until(pilot, lambda: isinstance(app.screen, FeedsScreen), "the feeds view")


async def test_each_feed_with_its_unread_and_total_and_enter_lists_its_articles(
        fetched: Services, tmp_path: Path) -> None:
    gazette = [r for r in fetched.rows(ListQuery()) if r.source == "The Harbour Gazette"]
    fetched.set_read([gazette[0].id])
    # an article imported from a file, with the feed's title as its source, is not the feed's
    letter = tmp_path / "letter.txt"
    letter.write_text("Source: The Harbour Gazette\n\nA letter to the editor\n\n"
                      "The ferry was late again.\n", encoding="utf-8")
    fetched.import_paths([letter])
    app = NewsreaderApp(fetched)
    async with app.run_test(size=SIZE) as pilot:
        await open_feeds(pilot, app)
        first = cells(app, 0)
        assert first[:4] == ["The Harbour Gazette", "2", "3", "local"]
        assert first[-1] == "3 new"
        assert cells(app, 1)[:3] == ["Calder Bay Herald", "2", "2"]
        await pilot.press("enter")  # the first feed's articles, on the list
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list")
        articles = app.screen.query_one(ArticleList)
        await until(pilot, lambda: articles.row_count == 3, "the feed's three articles")
        assert {articles.row_at(i).source for i in range(3)} == {"The Harbour Gazette"}
        assert "feed: The Harbour Gazette" in str(
            app.screen.query_one("#list-header").render())
        await pilot.press("escape")  # clears it with the other filters
        await until(pilot, lambda: articles.row_count == 6, "every article")


async def test_the_counts_follow_reading(fetched: Services) -> None:
    app = NewsreaderApp(fetched, watch_seconds=0.05)
    async with app.run_test(size=SIZE) as pilot:
        await open_feeds(pilot, app)
        herald = next(r.id for r in fetched.rows(ListQuery()) if r.source == "Calder Bay Herald")
        Services(fetched.root).set_read([herald])  # elsewhere, or in the reader
        await until(pilot, lambda: cells(app, 1)[1] == "1", "one unread left")


async def test_at_80_columns_the_names_read_and_the_line_below_says_when_checked(
        fetched: Services) -> None:
    """A common SSH terminal: the feed's name gets the last-checked column's cells (the
    names whole, not "The Harbo…"), and the line below the table says when the feed
    highlighted was checked."""
    from looking import screen_lines

    app = NewsreaderApp(fetched)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_feeds(pilot, app)
        await pilot.pause()
        assert [cells(app, 0)[0], cells(app, 1)[0]] == ["The Harbour Gazette",
                                                         "Calder Bay Herald"]
        checked = fetched.feeds()[0].last
        assert checked is not None
        lines = [line.rstrip() for line in screen_lines(app)]
        assert max(len(line) for line in lines) <= 80
        assert "Last checked" not in lines[1] and "Last result" in lines[1]
        assert f" checked {checked.checked[:16].replace('T', ' ')}: 3 new" in lines


async def test_a_adds_a_feed_and_fetches_it(library_dir: Path, server: FeedServer) -> None:
    app = NewsreaderApp(Services(library_dir))
    async with app.run_test(size=SIZE) as pilot:
        await open_feeds(pilot, app)
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, LineDialog), "the dialog")
        app.screen.query_one("#line-input").value = server.url("/rss2.xml")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, FeedsScreen)
                    and app.screen.query_one("#feeds-table").row_count == 1, "the new feed")
        await until(pilot, lambda: cells(app, 0)[-1] == "3 new", "its first fetch")
        assert cells(app, 0)[1:3] == ["3", "3"]
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, LineDialog), "the dialog")
        app.screen.query_one("#line-input").value = "not a feed"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, FeedsScreen), "the feeds view")
        assert app.screen.query_one("#feeds-table").row_count == 1


async def test_t_edits_a_feeds_tags_and_d_twice_removes_it(fetched: Services) -> None:
    app = NewsreaderApp(fetched)
    async with app.run_test(size=SIZE) as pilot:
        await open_feeds(pilot, app)
        await pilot.press("t")
        await until(pilot, lambda: isinstance(app.screen, LineDialog), "the dialog")
        box = app.screen.query_one("#line-input")
        assert box.value == "local"
        box.value = "local, harbour"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, FeedsScreen)
                    and cells(app, 0)[3] == "local, harbour", "the new tags")
        assert fetched.feeds()[0].tags == ["local", "harbour"]
        await pilot.press("d")
        await until(pilot, lambda: "d again" in app.screen.shown_message, "the question")
        assert len(fetched.feeds()) == 2
        await pilot.press("d")
        await until(pilot, lambda: app.screen.query_one("#feeds-table").row_count == 1,
                    "one feed left")
        assert [f.title for f in fetched.feeds()] == ["Calder Bay Herald"]
        assert len(fetched) == 5  # its articles stay


async def test_f_filters_the_list_by_source(fetched: Services) -> None:
    app = NewsreaderApp(fetched)
    async with app.run_test(size=SIZE) as pilot:
        articles = app.screen.query_one(ArticleList)
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, TagFilterDialog), "the sources")
        await pilot.press(*"herald", "enter")
        await until(pilot, lambda: isinstance(app.screen, ListScreen)
                    and articles.row_count == 2, "the herald's articles")
        assert {articles.row_at(i).source for i in range(2)} == {"Calder Bay Herald"}


def test_cli_list_by_source_feed_tags_and_counts(fetched: Services, capsys) -> None:
    assert main(["list", "--json", "--source", "calder bay HERALD"]) == 0
    assert {a["source"] for a in json.loads(capsys.readouterr().out)} == {"Calder Bay Herald"}
    feed = fetched.feeds()[1]
    assert main(["feeds", "tags", feed.id, "weather", "coast"]) == 0
    assert capsys.readouterr().out.startswith(f"tagged      {feed.id}")
    assert fetched.feeds()[1].tags == ["weather", "coast"]
    assert main(["feeds", "tags", feed.id]) == 0 and fetched.feeds()[1].tags == []
    capsys.readouterr()
    assert main(["feeds", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(f["articles"], f["unread"]) for f in listed] == [(3, 3), (2, 2)]
    assert main(["feeds", "list"]) == 0
    assert "(3 articles, 3 unread)" in capsys.readouterr().out.splitlines()[0]


async def test_a_feeds_articles_are_narrowed_by_a_query_and_A_marks_just_them(
        fetched: Services) -> None:
    gazette = {r.id for r in fetched.rows(ListQuery()) if r.source == "The Harbour Gazette"}
    app = NewsreaderApp(fetched)
    async with app.run_test(size=SIZE) as pilot:
        await open_feeds(pilot, app)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list")
        articles = app.screen.query_one(ArticleList)
        await until(pilot, lambda: articles.row_count == 3, "the feed's articles")
        await pilot.press("slash", *"title:ferry", "enter")  # within the feed
        await until(pilot, lambda: articles.row_count == 1, "the feed's ferry story")
        header = str(app.screen.query_one("#list-header").render())
        assert "feed: The Harbour Gazette" in header and "title:ferry" in header
        await pilot.press("escape")  # clears the query and the feed with the filters
        await until(pilot, lambda: articles.row_count == 5, "every article")
        await open_feeds(pilot, app)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ListScreen)
                    and app.screen.query_one(ArticleList).row_count == 3, "the feed again")
        await pilot.press("A")  # newsboat's mark-feed-read
        await until(pilot, lambda: fetched.read_ids() == gazette, "the feed's articles read")
