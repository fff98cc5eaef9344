"""The list screen, driven by Pilot: move, open, search, filter, sort, bookmark, tag."""

from __future__ import annotations

from pathlib import Path

from waiting import until

from newsreader.services import ListQuery, Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.list_screen import ListScreen
from newsreader.tui.screens.reader_screen import ReaderScreen
from newsreader.tui.screens.tag_filter_dialog import TagFilterDialog
from newsreader.tui.screens.tags_dialog import TagsDialog
from newsreader.tui.widgets.article_list import ArticleList

SIZE = (100, 30)


def rows(app: NewsreaderApp) -> list[str]:
    """Titles shown in the list, top to bottom."""
    articles = app.screen.query_one(ArticleList)
    return [articles.row_at(i).title for i in range(articles.row_count)]


def header(app: NewsreaderApp) -> str:
    return str(app.screen.query_one("#list-header").render())


async def test_newest_first_and_cursor_keys(sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = rows(app)
        assert len(shown) == len(sample_library)
        shown_rows = [app.screen.query_one(ArticleList).row_at(i) for i in range(len(shown))]
        dated = [r.published for r in shown_rows if r.published]
        assert dated == sorted(dated, reverse=True)
        undated = [r for r in shown_rows if not r.published]
        assert undated and shown_rows[-len(undated):] == undated  # undated ones come last
        articles = app.screen.query_one(ArticleList)
        await pilot.press("j", "down", "j")
        assert articles.cursor == 3
        await pilot.press("G")
        assert articles.cursor == len(shown) - 1
        await pilot.press("k", "g")
        assert articles.cursor == 0


async def test_enter_opens_escape_returns_and_the_article_is_read(
        seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "1 unread" in header(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ListScreen)
        assert "0 unread" in header(app)
        assert app.screen.query_one(ArticleList).current.read


async def test_search_as_you_type_matches_titles_people_and_text(
        sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.press(*"ferry")
        await until(pilot, lambda: "search “ferry”" in header(app)
                    and "searching" not in header(app), "the search to be applied")
        found = rows(app)
        assert "Ferry Workers Vote to Strike After Talks Collapse" in found
        assert len(found) < len(sample_library)
        for title in found:  # each matches in its title, source, people, tags or text
            row = next(r for r in sample_library.rows(ListQuery()) if r.title == title)
            article = sample_library.article(row.id)
            fields = [row.title, row.source or "", *row.people, *row.tags, article.body]
            assert any("ferry" in f.casefold() for f in fields), title
        await pilot.press("enter")
        assert app.screen.query_one(ArticleList).has_focus
        await pilot.press("slash", "ctrl+u", *"whaling boat")
        await until(pilot, lambda: "search “whaling boat”" in header(app)
                    and "searching" not in header(app), "the second search to be applied")
        assert rows(app) == ["Maritime Museum Reopens With Restored Whaling Boat at Its Heart"]
        await pilot.press("escape")
        await pilot.pause()
        assert len(rows(app)) == len(sample_library)


async def test_search_finds_words_only_in_the_text(sample_library: Services) -> None:
    body_only = "Brenner Falls"  # in the school article's text, not its title
    assert not any(body_only.lower() in r.title.lower() for r in sample_library.rows(ListQuery()))
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *body_only, "enter")
        await until(pilot, lambda: "searching" not in header(app), "the text search")
        assert rows(app) == ["Tallow Valley Schools Face $4.2 Million Shortfall"]


async def test_bookmark_and_bookmarked_only_filter(sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        await pilot.press("j")
        chosen = articles.current.id
        await pilot.press("b")
        await pilot.pause()
        assert articles.current.bookmarked and articles.current.id == chosen
        assert "1 ★" in header(app)
        await pilot.press("B")
        await pilot.pause()
        assert [articles.row_at(i).id for i in range(articles.row_count)] == [chosen]
        assert "★ only" in header(app)
        await pilot.press("escape")
        await pilot.pause()
        assert articles.row_count == len(sample_library)
    assert Services(sample_library.root).row(chosen).bookmarked


async def test_unread_filter_and_mark_read(sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        total = articles.row_count
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        assert articles.row_count == total - 1
        assert all(not articles.row_at(i).read for i in range(articles.row_count))


async def test_tags_dialog_saves_and_tag_filter_narrows(sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        first = articles.current.id
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TagsDialog)
        await pilot.press(*"harbour, strikes", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ListScreen)
        assert articles.current.tags == ["harbour", "strikes"]
        await pilot.press("j", "t")
        await pilot.pause()
        await pilot.press(*"har", "tab", "enter")  # Tab completes from tags in use
        await pilot.pause()
        second = articles.current.id
        assert articles.current.tags == ["harbour"]
        await pilot.press("T")
        await pilot.pause()
        assert isinstance(app.screen, TagFilterDialog)
        await pilot.press(*"strik", "enter")
        await pilot.pause()
        assert [articles.row_at(i).id for i in range(articles.row_count)] == [first]
        assert "tag: strikes" in header(app)
        await pilot.press("T", *"harbour", "enter")
        await pilot.pause()
        assert {articles.row_at(i).id for i in range(articles.row_count)} == {first, second}
        await pilot.press("t", "escape")  # Escape cancels: nothing changes
        await pilot.pause()
        assert {articles.row_at(i).id for i in range(articles.row_count)} == {first, second}
    assert Services(sample_library.root).tags(first) == ["harbour", "strikes"]


async def test_sort_keys_cycle_and_reverse(sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        newest = rows(app)
        undated = sum(1 for r in sample_library.rows(ListQuery()) if not r.published)
        await pilot.press("S")
        await pilot.pause()
        assert rows(app)[0] == newest[-1 - undated]  # the oldest dated; undated stay last
        assert "oldest first" in header(app)
        await pilot.press("s", "s")  # added, then title
        await pilot.pause()
        assert rows(app) == sorted(newest, key=str.casefold)
        assert "title A-Z" in header(app)


async def test_the_list_picks_up_another_process_import(sample_library: Services,
                                                       seed_path: Path) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        before = len(rows(app))
        Services(sample_library.root).import_paths([seed_path])  # as `newsreader import` would
        await until(pilot, lambda: len(rows(app)) == before + 1, "the new article in the list")
        assert any("State Regulator Subpoenas Marlow" in t for t in rows(app))


async def test_copy_link_uses_the_clipboard(sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        while not sample_library.article(articles.current.id).url:
            await pilot.press("j")
        url = sample_library.article(articles.current.id).url
        await pilot.press("y")
        assert app.clipboard == url
