"""Reading on from article to article, driven by Pilot: the next unread article (U, from the
list and the reader) and the next and previous article in the list's order (J / K), each
marked read as it is shown."""

from __future__ import annotations

from waiting import until

from newsreader.services import ListQuery, Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.list_screen import ListScreen
from newsreader.tui.screens.reader_screen import ReaderScreen
from newsreader.tui.widgets.article_list import ArticleList

SIZE = (100, 30)


def shown_title(app: NewsreaderApp) -> str:
    return str(app.screen.query_one("#reader-title").render())


def titles(services: Services, query: ListQuery | None = None) -> list[str]:
    return [r.title for r in services.rows(query or ListQuery())]


async def test_J_and_K_read_the_next_and_previous_article_in_the_lists_order(
        sample_library: Services) -> None:
    order = titles(sample_library, ListQuery(sort="title"))
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "s", "g", "enter")  # by title: the reader follows that order
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        assert order[0] in shown_title(app)
        await pilot.press("J")
        await until(pilot, lambda: order[1] in shown_title(app), "the second article")
        await pilot.press("J")
        await until(pilot, lambda: order[2] in shown_title(app), "the third article")
        await pilot.press("K")
        await until(pilot, lambda: order[1] in shown_title(app), "the second again")
        read = {r.title for r in sample_library.rows(ListQuery()) if r.read}
        assert read == set(order[:3])  # each shown is marked read
        await pilot.press("escape")  # back on the list, the cursor is on the last one read
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list")
        row = app.screen.query_one(ArticleList).current
        assert row is not None and row.title == order[1]


async def test_J_at_the_last_article_says_so_and_stays(sample_library: Services) -> None:
    order = titles(sample_library)
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        await pilot.press("J")
        await until(pilot, lambda: "last article" in app.screen.shown_message, "the message")
        assert order[-1] in shown_title(app)


async def test_U_reads_the_unread_articles_one_after_another(sample_library: Services) -> None:
    order = titles(sample_library)
    first, second, third = (r.id for r in sample_library.rows(ListQuery())[:3])
    sample_library.set_read([second])  # already read: skipped
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("U")  # from the list: the cursor's article, being unread
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        assert order[0] in shown_title(app)
        await pilot.press("U")
        await until(pilot, lambda: order[2] in shown_title(app), "the third (second is read)")
        assert {first, second, third} <= sample_library.read_ids()


async def test_U_goes_round_and_says_when_nothing_is_left(sample_library: Services) -> None:
    ids = [r.id for r in sample_library.rows(ListQuery())]
    sample_library.set_read(ids[1:])
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "U")  # the last is read: round to the first, the one unread
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        assert app.screen.article_id == ids[0]
        await pilot.press("U")
        await until(pilot, lambda: "No unread" in app.screen.shown_message, "the message")
        assert app.screen.article_id == ids[0]
        await pilot.press("escape", "U")
        await until(pilot, lambda: isinstance(app.screen, ListScreen)
                    and "No unread" in app.screen.shown_message, "the list's message")


async def test_the_keys_are_remappable_by_id(sample_library: Services, tmp_path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keys]\n"reader.next_article" = "ctrl+j"\n"list.next_unread" = "x"\n')
    order = titles(sample_library)
    app = NewsreaderApp(sample_library, config=config)
    async with app.run_test(size=SIZE) as pilot:
        assert not app.key_problems
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        await pilot.press("ctrl+j")
        await until(pilot, lambda: order[1] in shown_title(app), "the next article")


async def test_n_can_be_next_unread_in_the_reader_as_in_newsboat(sample_library: Services,
                                                                 tmp_path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keys]\n"reader.next_unread" = "n"\n')
    order = titles(sample_library)
    app = NewsreaderApp(sample_library, config=config)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "n")
        await until(pilot, lambda: order[1] in shown_title(app), "the next unread article")
