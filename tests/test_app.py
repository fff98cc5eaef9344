"""The app, driven by Pilot on a temp library."""

from __future__ import annotations

import io
from pathlib import Path

from waiting import message_saying

from newsreader.services import Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.list_screen import ListScreen
from newsreader.tui.screens.reader_screen import ReaderScreen
from newsreader.tui.widgets.article_list import ArticleList

SAMPLE_COUNT = len(list((Path(__file__).parent.parent / "newsreader" / "samples").glob("*.txt")))


async def test_first_run_loads_samples_and_says_so(library_dir: Path) -> None:
    library = Services(library_dir)
    notice = library.first_run()
    assert notice is not None and f"{SAMPLE_COUNT} sample articles" in notice
    app = NewsreaderApp(library, notice=notice)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ListScreen)
        assert app.screen.query_one(ArticleList).row_count == SAMPLE_COUNT
        await message_saying(pilot, "sample articles")
    assert Services(library_dir).first_run() is None  # only once


async def test_open_an_article_and_go_back(library_dir: Path, seed_path: Path) -> None:
    library = Services(library_dir)
    library.import_paths([seed_path])
    app = NewsreaderApp(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        assert articles.current is not None and articles.current.read is False
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert "Miriam Okafor" in " ".join(app.screen.query_one("#article").plain_lines)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ListScreen)
        assert app.screen.query_one(ArticleList).current.read is True
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert Services(library_dir).listing().row(0).read


async def test_keys_move_through_the_list(library_dir: Path) -> None:
    library = Services(library_dir)
    library.first_run()
    app = NewsreaderApp(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        await pilot.press("j", "j", "down")
        assert articles.cursor == 3
        await pilot.press("k")
        assert articles.cursor == 2
        await pilot.press("G")
        assert articles.cursor == SAMPLE_COUNT - 1
        await pilot.press("g")
        assert articles.cursor == 0


def help_text(help_screen) -> str:
    """What the help screen shows, as plain text."""
    from rich.console import Console

    from newsreader.tui.screens.help_screen import bindings_table

    console = Console(width=200, record=True, file=io.StringIO())
    console.print(bindings_table(help_screen.under))
    return console.export_text()


async def test_help_lists_every_binding_of_the_screen_with_ids(sample_library: Services) -> None:
    from newsreader.tui.bindings import screen_bindings
    from newsreader.tui.screens.help_screen import HelpScreen

    app = NewsreaderApp(sample_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        entries = screen_bindings(app.screen)
        ids = {e.binding_id for e in entries}
        assert {"list.search", "list.bookmark", "list.tags", "list.down", "list.open",
                "list.filter_unread", "app.quit", "app.help"} <= ids
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = help_text(app.screen)
        for entry in entries:
            assert entry.description in shown
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ListScreen)
        await pilot.press("enter", "question_mark")
        await pilot.pause()
        shown = help_text(app.screen)
        assert "Next quotation by the chosen person" in shown and "reader.next_quote" in shown


async def test_the_command_palette_offers_the_screen_actions(sample_library: Services) -> None:
    from newsreader.tui.commands import ScreenActions

    app = NewsreaderApp(sample_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        provider = ScreenActions(app.screen)
        titles = [hit.text for hit in [h async for h in provider.discover()]]
        assert "Bookmark, or take the bookmark off" in titles and "Unread only" in titles
        hits = [h async for h in provider.search("unread only")]
        hits = [h for h in hits if str(h.text) == "Unread only"]
        assert hits
        articles = app.screen.query_one(ArticleList)
        await pilot.press("m")  # one article read, so "unread only" hides it
        await pilot.pause()
        total = articles.row_count
        await hits[0].command()
        await pilot.pause()
        assert articles.row_count == total - 1


async def test_keys_can_be_remapped_by_binding_id(sample_library: Services,
                                                  tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keys]\n"list.down" = "ctrl+n"\n"list.bookmark" = "x"\n')
    app = NewsreaderApp(sample_library, config=config)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        await pilot.press("ctrl+n")
        assert articles.cursor == 1
        await pilot.press("j")  # no longer bound
        assert articles.cursor == 1
        await pilot.press("x")
        await pilot.pause()
        assert articles.current.bookmarked


async def test_a_broken_config_warns_and_keeps_default_keys(sample_library: Services,
                                                           tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[keys\n")
    app = NewsreaderApp(sample_library, config=config)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await message_saying(pilot, "not valid TOML")
        await pilot.press("j")
        assert app.screen.query_one(ArticleList).cursor == 1


async def test_no_color_still_shows_the_cursor_and_quotes(seed_library: Services,
                                                          monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.no_color
        line = app.screen.query_one(ArticleList).render_line(0).text
        assert line.startswith("▌")
        await pilot.press("enter", "right_square_bracket")
        await pilot.pause()
        assert "]" in "".join(app.screen.query_one("#article").plain_lines)


async def test_article_text_is_never_markup(library_dir: Path, tmp_path: Path) -> None:
    evil = tmp_path / "evil.txt"
    evil.write_text("[bold red]Not bold[/] \x1b[31mtitle\n\n[link=http://x]click[/link] "
                    "“[b]quoted[/b],” said Ada Lovelace.\n")
    library = Services(library_dir)
    library.import_paths([evil])
    app = NewsreaderApp(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        row_text = app.screen.query_one(ArticleList).render_line(0).text
        assert "[bold red]Not bold[/] title" in row_text
        await pilot.press("enter")
        await pilot.pause()
        lines = "\n".join(app.screen.query_one("#article").plain_lines)
        assert "[link=http://x]click[/link]" in lines and "[b]quoted[/b]" in lines


def test_a_crash_exits_non_zero(sample_library: Services, monkeypatch) -> None:
    from newsreader.tui.launch import launch

    def broken(self) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(ListScreen, "reload", broken)
    assert launch(sample_library, headless=True) != 0


def test_no_samples_for_a_library_that_already_has_feeds(library_dir: Path) -> None:
    library = Services(library_dir)
    library.subscribe("https://gazette.example/feed.xml")
    assert library.first_run() is None
    assert len(library) == 0
