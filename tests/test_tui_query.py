"""The query language in the app: the search box takes a query (plain words search as
before), a bad query is one line saying where, and saved views come from a picker with
their unread counts."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input
from waiting import message_saying, until

from newsreader.services import ListQuery, Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.list_screen import ListScreen
from newsreader.tui.screens.views_dialog import ViewsDialog
from newsreader.tui.widgets.article_list import ArticleList

SIZE = (120, 30)


def rows(app: NewsreaderApp) -> list[str]:
    articles = app.screen.query_one(ArticleList)
    return [articles.row_at(i).title for i in range(articles.row_count)]


def header(app: NewsreaderApp) -> str:
    return str(app.screen.query_one("#list-header").render())


def titles_of(services: Services, query: str) -> list[str]:
    return [r.title for r in services.rows(ListQuery(query=query))]


async def type_search(pilot, text: str) -> None:
    await pilot.press("slash", *text, "enter")


async def test_the_search_box_takes_a_query(sample_library: Services) -> None:
    expected = titles_of(sample_library, "source:gazette -ferry")
    assert 0 < len(expected) < len(sample_library)
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await type_search(pilot, "source:gazette -ferry")
        await until(pilot, lambda: rows(app) == expected, "the query's articles")
        assert "query “source:gazette -ferry”" in header(app)
        await pilot.press("escape")  # clears it: every article again
        await until(pilot, lambda: len(rows(app)) == len(sample_library), "every article")
        assert "query" not in header(app)


async def test_a_query_with_free_text_finds_it_in_the_article_text(
        sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await type_search(pilot, '"Brenner Falls" unread')  # only in one article's text
        await until(pilot, lambda: rows(app) == ["Tallow Valley Schools Face $4.2 Million "
                                                 "Shortfall"], "the text search's article")


async def test_plain_words_still_search_as_before(sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await type_search(pilot, "ferry workers")  # the whole phrase, not two words
        await until(pilot, lambda: "search “ferry workers”" in header(app), "the search")
        assert rows(app) == ["Ferry Workers Vote to Strike After Talks Collapse"]
        assert "query" not in header(app)


async def test_a_bad_query_says_where_and_keeps_the_list(sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        before = rows(app)
        # pasted whole: typed key by key on a loaded machine, the search debounce may apply a
        # valid beginning of it ("unread tga", no article) before the bad query arrives
        await pilot.press("slash")
        app.screen.query_one("#search", Input).value = "unread tga:court"
        await pilot.press("enter")
        said = await message_saying(pilot, '"tga" is not a field')
        assert "at character 8" in said
        assert rows(app) == before


async def test_saved_views_picker_with_unread_counts(sample_library: Services,
                                                    tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[views]\n"Gazette" = "source:gazette"\n"Quoted" = "quotes>=5"\n',
                      encoding="utf-8")
    gazette = titles_of(sample_library, "source:gazette")
    first = sample_library.rows(ListQuery(query="source:gazette"))[0]
    sample_library.set_read([first.id])
    app = NewsreaderApp(sample_library, config=config)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("v")
        await until(pilot, lambda: isinstance(app.screen, ViewsDialog), "the views picker")
        dialog = app.screen
        assert isinstance(dialog, ViewsDialog)
        await until(pilot, lambda: dialog.counts is not None, "the views' counts")
        assert dialog.counts is not None
        assert dialog.counts[0] == (len(gazette), len(gazette) - 1)
        options = dialog.query_one("#views-options")
        shown = str(options.get_option_at_index(1).prompt)
        assert "Gazette" in shown and f"{len(gazette) - 1} / {len(gazette)}" in shown
        await pilot.press("j", "enter")
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list")
        await until(pilot, lambda: sorted(rows(app)) == sorted(gazette), "the view's articles")
        assert "view: Gazette" in header(app)
        await type_search(pilot, "unread")  # a query typed narrows the view further
        await until(pilot, lambda: len(rows(app)) == len(gazette) - 1, "unread of the view")
        await pilot.press("escape")
        await until(pilot, lambda: len(rows(app)) == len(sample_library), "every article")
        assert "view:" not in header(app)
