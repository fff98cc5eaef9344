"""The People screen, a person's page and the quotation search, driven by Pilot."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static
from waiting import until

from newsreader.services import ListQuery, Services
from newsreader.store import library as library_module
from newsreader.store.library import Library
from newsreader.store.search_index import INDEX_FILE
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.inspector_screen import InspectorScreen
from newsreader.tui.screens.list_screen import ListScreen
from newsreader.tui.screens.people_screen import PeopleScreen
from newsreader.tui.screens.quotes_screen import QuotesScreen
from newsreader.tui.screens.reader_screen import ReaderScreen
from newsreader.tui.widgets.article_list import ArticleList
from newsreader.tui.widgets.article_view import ArticleView

SIZE = (120, 40)


def table_names(app: NewsreaderApp) -> list[str]:
    screen = app.screen
    assert isinstance(screen, PeopleScreen)
    return [e.name for e in screen.entries]


async def people_shown(pilot, app: NewsreaderApp) -> None:  # type: ignore[no-untyped-def]
    await until(pilot, lambda: isinstance(app.screen, PeopleScreen) and app.screen.entries,
                "the people listed")


async def test_p_lists_everyone_quoted_most_quoted_first(sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await people_shown(pilot, app)
        screen = app.screen
        assert isinstance(screen, PeopleScreen)
        quotes = [e.quotes for e in screen.entries]
        assert quotes == sorted(quotes, reverse=True)
        assert table_names(app)[:2] == ["Fatima Haddad", "Tomas Reyes"]
        assert all(e.is_person for e in screen.entries)
        header = str(screen.query_one("#people-header").render())
        assert "People" in header and "most quoted" in header
        reyes = next(e for e in screen.entries if e.name == "Tomas Reyes")
        assert reyes.articles == 4 and reyes.role == "Mayor"
        await pilot.press("o")  # organisations apart
        await until(pilot, lambda: screen.entries and not screen.entries[0].is_person,
                    "organisations listed")
        assert "Ministry of Water" in table_names(app)
        assert "Tomas Reyes" not in table_names(app)
        await pilot.press("o", "s")  # people again, most recently seen first
        await until(pilot, lambda: screen.order == "recent" and screen.entries[0].is_person)
        seen = [e.last_seen or "" for e in screen.entries]
        assert seen == sorted(seen, reverse=True)
        await pilot.press("q")
        assert isinstance(app.screen, ListScreen)


async def test_the_footer_keeps_its_keys_until_they_change(sample_library: Services) -> None:
    """Textual asks the footer to put its keys in again whenever bindings may have changed
    (six times on opening the People screen); it does so only when the keys differ."""
    from textual.widgets._footer import FooterKey

    from newsreader.tui.widgets.footer import ScreenFooter

    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await people_shown(pilot, app)
        await pilot.pause()
        footer = app.screen.query_one(ScreenFooter)

        def keys() -> list[str]:
            return [k.description for k in footer.query(FooterKey)]

        await until(pilot, lambda: "Quotations" in keys(), "the table's keys")
        before = list(footer.query(FooterKey))
        app.screen.refresh_bindings()  # what a focus change or an enabled key does
        await pilot.pause()
        await pilot.pause()
        assert list(footer.query(FooterKey)) == before  # the same widgets: not made again
        await pilot.press("slash")  # the search box has the focus: the table's keys go
        await until(pilot, lambda: "Quotations" not in keys(), "the box's keys")
        await pilot.press("enter")
        await until(pilot, lambda: "Quotations" in keys(), "the table's keys again")


async def test_at_80_columns_the_roles_and_every_footer_key_fit(
        sample_library: Services) -> None:
    """A common SSH terminal: the table fits without scrolling sideways, roles read (cut
    with an ellipsis, not to a few letters), and the footer's last key is Help, whole."""
    from textual.widgets._footer import FooterKey

    from newsreader.tui.widgets.footer import ScreenFooter

    app = NewsreaderApp(sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await people_shown(pilot, app)
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert table.virtual_size.width <= table.scrollable_content_region.width
        rows = {str(table.get_row_at(i)[0]): str(table.get_row_at(i)[-1])
                for i in range(table.row_count)}
        assert rows["Fatima Haddad"] == "Councillor"
        assert rows["Dana Whitfield"] == "director of operation…"
        footer = app.screen.query_one(ScreenFooter)
        keys = sorted((k.region.x, k.region.right, k.description)
                      for k in footer.query(FooterKey))
        assert "Help" in [description for _, _, description in keys]
        assert keys[-1][1] <= 80  # the last (the command palette's) whole on screen
        assert all(right <= x for (_, right, _), (x, _, _) in zip(keys[:-1], keys[1:], strict=True))


async def test_searching_people_as_you_type(sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await people_shown(pilot, app)
        await pilot.press("slash", *"water comm")
        await until(pilot, lambda: table_names(app) == ["Ines Carvalho"], "the search applied")
        header = app.screen.query_one("#people-header", Static)
        assert " 1 person " in str(header.render())  # not "1 people"
        await pilot.press("escape")
        await until(pilot, lambda: len(table_names(app)) > 10, "the search cleared")
        assert " 34 people " in str(header.render())


async def test_a_persons_page_lists_their_quotations_and_opens_the_article_at_one(
        sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await people_shown(pilot, app)
        await pilot.press("j", "enter")  # Tomas Reyes
        await until(pilot, lambda: isinstance(app.screen, QuotesScreen) and app.screen.hits,
                    "the person's page")
        page = app.screen
        assert isinstance(page, QuotesScreen)
        assert page.person is not None and page.person.name == "Tomas Reyes"
        assert len(page.hits) == 6 and len({h.article_id for h in page.hits}) == 4
        dates = [h.published or "" for h in page.hits]
        assert dates == sorted(dates, reverse=True)  # newest first
        header = str(page.query_one("#hits-header").render())
        assert "Tomas Reyes, Mayor · 6 quotations in 4 articles" in header
        assert page.query_one(DataTable).row_count == 6
        await pilot.press("j", "j")
        chosen = page.hits[2]
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.article_id == chosen.article_id
        await until(pilot, lambda: reader.query_one(ArticleView).current == chosen.index,
                    "the quotation highlighted")
        await pilot.press("q")
        assert isinstance(app.screen, QuotesScreen)


async def test_from_the_reader_and_the_inspector_a_key_opens_the_persons_page(
        sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        services = app.services
        target = next(r.id for r in services.rows(ListQuery()) if "Tomas Reyes" in r.people)
        await pilot.pause()
        app.read_article(target)
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        number = next(s.number for s in reader.quotes.speakers if s.name == "Tomas Reyes")
        await pilot.press("p", *["j"] * (number - 1), "enter")  # choose him in the sidebar
        await pilot.press("A")
        await until(pilot, lambda: isinstance(app.screen, QuotesScreen) and app.screen.hits)
        assert app.screen.person is not None and app.screen.person.name == "Tomas Reyes"
        await pilot.press("q", "i")
        await until(pilot, lambda: isinstance(app.screen, InspectorScreen))
        await pilot.press("A")
        await until(pilot, lambda: isinstance(app.screen, QuotesScreen) and app.screen.hits)
        assert app.screen.person is not None and app.screen.person.name == "Tomas Reyes"


async def test_the_list_search_can_search_quotations(sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "ctrl+t", *"fare", "enter")
        await until(pilot, lambda: isinstance(app.screen, QuotesScreen) and app.screen.hits,
                    "the quotations found")
        page = app.screen
        assert isinstance(page, QuotesScreen)
        assert all("fare" in h.text.casefold() for h in page.hits)
        assert "Quotations with “fare”" in str(page.query_one("#hits-header").render())
        await pilot.press("q")
        lists = app.screen
        assert isinstance(lists, ListScreen)
        assert not lists.list_query.search  # the articles were not filtered by it
        await pilot.press("ctrl+t")  # back to articles: the same words filter the list
        await until(pilot, lambda: lists.list_query.search == "fare")
        rows = lists.query_one(ArticleList).row_count
        assert 0 < rows < len(app.services)


async def test_the_list_search_finds_text_through_the_index_at_once(
        sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        assert app.services.index_ready()
        await pilot.press("slash", *"Brenner Fal")  # only in an article's text
        lists = app.screen
        assert isinstance(lists, ListScreen)
        await until(pilot, lambda: lists.list_query.search == "Brenner Fal")
        assert lists.query_one(ArticleList).row_count == 1
        assert not lists._searching  # no scan of the texts was needed
        assert lists.query_one(Input).value == "Brenner Fal"


async def test_a_word_being_typed_finds_the_words_it_may_be_becoming(
        sample_library: Services) -> None:
    """The texts are searched by stems ("hospital" is kept as "hospit"): "hospita",
    typed on the way to "hospital", is not the start of any stem, yet finds what the
    whole word finds; a word it cannot become finds nothing."""
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        lists = app.screen
        assert isinstance(lists, ListScreen)
        table = lists.query_one(ArticleList)

        async def shown(text: str) -> set[str]:
            lists.apply_search(text)
            await until(pilot, lambda: lists.list_query.search == text
                        and not lists._searching, f"the list searched for {text}")
            return {row.id for n in range(table.row_count) if (row := table.row_at(n))}

        whole = await shown("hospital")
        assert len(whole) == 2
        assert await shown("hospita") == whole
        assert await shown("maternity hospita") < whole
        assert await shown("hospitx") == set()


async def test_people_wait_for_an_index_being_built(sample_library: Services,
                                                    library_dir: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        (library_dir / f"{INDEX_FILE}{suffix}").unlink(missing_ok=True)
    app = NewsreaderApp(Services(library_dir))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await people_shown(pilot, app)
        assert "Tomas Reyes" in table_names(app)


def quoted_often(library_dir: Path, count: int) -> list[str]:
    """``count`` articles, one a day, each quoting Dana Whitfield once; their titles,
    oldest first (so the newest, shown first, are in the listing's last pages)."""
    from datetime import date, timedelta

    from newsreader.store.records import StoredArticle

    arts = []
    for n in range(count):
        body = f"The council met again on day {n}. Dana Whitfield spoke at length."
        quote = {"text": "council met again", "start": 4, "end": 21, "kind": "direct",
                 "speaker": "Dana Whitfield", "speakers": ["Dana Whitfield"], "verb": "said"}
        arts.append(StoredArticle(
            id=f"{n + 1:012x}", title=f"Council story {n}", body=body,
            source=f"Gazette {n % 3}", fingerprint=f"{n + 1:012x}" * 4,
            published=(date(2025, 1, 1) + timedelta(days=n)).isoformat(),
            stored_analysis={"version": "test", "quotes": [quote], "dates": [],
                             "people": [{"name": "Dana Whitfield", "quotes": [0]}]}))
    Library(library_dir).add(arts)
    return [a.title for a in arts]


async def test_a_persons_page_reads_titles_only_for_the_rows_it_shows(
        library_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Titles live in the library's listing, not the index: opening someone quoted in
    many articles reads only the listing pages that hold the rows on screen (and a
    screenful beyond), and the rest are read, titles and all, as the cursor gets there."""
    monkeypatch.setattr(library_module, "PAGE_SIZE", 10)
    titles = quoted_often(library_dir, 300)
    app = NewsreaderApp(Services(library_dir))
    async with app.run_test(size=SIZE) as pilot:
        app.show_person("Dana Whitfield")
        await until(pilot, lambda: isinstance(app.screen, QuotesScreen)
                    and app.screen.query_one(DataTable).row_count, "the person's page")
        page = app.screen
        assert isinstance(page, QuotesScreen)
        table = page.query_one(DataTable)
        assert len(page.hits) == 300 and table.row_count < 100
        shown = [str(table.get_row_at(n)[2]) for n in range(table.row_count)]
        assert shown == titles[::-1][:table.row_count]  # newest first, with their titles
        pages = app.services.library.columns().pages
        assert [p.loaded for p in pages[:15]] == [False] * 15  # the oldest: not read
        await pilot.press("G")  # the last (oldest) quotation: every row, every title
        await until(pilot, lambda: table.row_count == 300, "every row")
        assert str(table.get_row_at(299)[2]) == titles[0]
        assert "Council story 0" in str(page.query_one("#hits-detail").render())
