"""Writes by other processes (a cron fetch, a CLI tag) reach every screen through the app's
one watcher of the library: the list, the reader, the inspector and the feeds view."""

from __future__ import annotations

import asyncio
from pathlib import Path

from waiting import until

from newsreader.services import ListQuery, Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.feeds_screen import FeedsScreen
from newsreader.tui.screens.inspector_screen import InspectorScreen
from newsreader.tui.screens.list_screen import ListScreen
from newsreader.tui.screens.reader_screen import ReaderScreen
from newsreader.tui.widgets.article_list import ArticleList

SIZE = (120, 40)
QUICK = 0.05
"""The watcher's interval in these tests (seconds)."""


def header(app: NewsreaderApp) -> str:
    return str(app.screen.query_one("#list-header").render())


def meta(app: NewsreaderApp) -> str:
    return str(app.screen.query_one("#reader-meta").render())


async def test_the_reader_shows_tags_and_bookmarks_set_from_the_command_line(
        seed_library: Services) -> None:
    app = NewsreaderApp(seed_library, watch_seconds=QUICK)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        article_id = app.screen.article_id
        other = Services(seed_library.root)  # as `newsreader tag` / `bookmark` would
        other.change_tags(article_id, add=["reservoirs"])
        other.set_bookmarks([article_id])
        await until(pilot, lambda: "reservoirs" in meta(app) and "bookmarked" in meta(app),
                    "the new tag and bookmark in the reader")
        await pilot.press("escape")  # the list under it was told too
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list")
        row = app.screen.query_one(ArticleList).current
        assert row is not None and row.tags == ["reservoirs"] and row.bookmarked


async def test_a_search_under_the_reader_finds_articles_added_meanwhile(
        seed_library: Services, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Harbour Lights Switched Off\n\n“It was time,” said Ana Ruiz, "
                     "who ran the Marlow lighthouse.\n")
    app = NewsreaderApp(seed_library, watch_seconds=QUICK)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"lighthouse", "enter")  # only in the new story's text
        articles = app.screen.query_one(ArticleList)
        await until(pilot, lambda: "searching" not in header(app), "the text search")
        assert articles.row_count == 0
        await pilot.press("escape", "slash", *"marlow", "enter", "enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        Services(seed_library.root).import_paths([story])
        await until(pilot, lambda: len(app.services) == 2, "the import")
        await pilot.press("escape")  # the search's text matches are looked for again
        await until(pilot, lambda: isinstance(app.screen, ListScreen)
                    and articles.row_count == 2 and "searching" not in header(app),
                    "both articles matching the search")


async def test_an_updated_article_is_shown_anew_in_the_reader(seed_library: Services) -> None:
    app = NewsreaderApp(seed_library, watch_seconds=QUICK)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        before = len(reader.quotes.quotes)

        def shorten(article) -> None:  # an edited feed item, as a fetch would store it
            article.body = article.body.split("\n\n")[0]
            article.fingerprint = "edited"

        import newsreader.store.library

        newsreader.store.library.Library(seed_library.root).update_articles(
            {reader.article_id: shorten})
        def in_body() -> int:  # the headline's quotation stays: the title is the same
            return sum(1 for q in reader.quotes.quotes if not q.in_title)

        await until(pilot, lambda: in_body() == 1, "the edited text")
        assert before > 1
        text = "\n".join(reader.query_one("#article").plain_lines)
        assert "Miriam Okafor" not in text and "persistent" in text


async def test_the_inspector_finds_quotations_added_elsewhere(sample_library: Services,
                                                              tmp_path: Path) -> None:
    reyes = next(r for r in sample_library.rows(ListQuery()) if "Tomas Reyes" in r.people)
    app = NewsreaderApp(sample_library, watch_seconds=QUICK)
    async with app.run_test(size=SIZE) as pilot:
        reader = ReaderScreen(sample_library.article(reyes.id))
        await app.push_screen(reader)
        number = next(s.number for s in reader.quotes.speakers if s.name == "Tomas Reyes")
        reader.select_quote(reader.quotes.speaker(number).quotes[0])
        await pilot.press("i")
        await until(pilot, lambda: isinstance(app.screen, InspectorScreen), "the inspector")
        elsewhere = app.screen.query_one("#elsewhere")
        count = elsewhere.option_count
        story = tmp_path / "pier.txt"
        story.write_text("Pier Reopens After Repairs\n\n"
                         "“A pier is a promise kept,” Mayor Tomas Reyes said on Friday.\n")
        Services(sample_library.root).import_paths([story])
        await until(pilot, lambda: elsewhere.option_count == count + 1,
                    "the new article's quotation among the others")
        assert any("a promise kept" in str(elsewhere.get_option_at_index(i).prompt)
                   for i in range(elsewhere.option_count))


async def test_the_feeds_view_shows_a_fetch_made_elsewhere(library_dir: Path,
                                                           server) -> None:  # noqa: ANN001
    services = Services(library_dir)
    services.subscribe(server.url("/rss2.xml"))
    app = NewsreaderApp(services, watch_seconds=QUICK)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("F")
        await until(pilot, lambda: isinstance(app.screen, FeedsScreen), "the feeds view")
        table = app.screen.query_one("#feeds-table")
        assert str(table.get_row_at(0)[-1]) == "not fetched yet"
        # as a cron `newsreader fetch` would, outside the app (and its event loop)
        await asyncio.to_thread(Services(library_dir).fetch)
        await until(pilot, lambda: str(table.get_row_at(0)[-1]) == "3 new", "its result")
