"""The app, driven by Pilot on a temp library."""

from __future__ import annotations

from pathlib import Path

from newsreader.importer import import_paths
from newsreader.samples import first_run_notice
from store.library import Library
from tui.app import NewsreaderApp
from tui.screens.list_screen import ListScreen
from tui.screens.reader_screen import ReaderScreen
from tui.widgets.article_list import ArticleList

SAMPLE_COUNT = len(list((Path(__file__).parent.parent / "newsreader" / "samples").glob("*.txt")))


async def test_first_run_loads_samples_and_says_so(library_dir: Path) -> None:
    library = Library(library_dir)
    notice = first_run_notice(library)
    assert notice is not None and f"{SAMPLE_COUNT} sample articles" in notice
    app = NewsreaderApp(library, notice=notice)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ListScreen)
        assert app.screen.query_one(ArticleList).row_count == SAMPLE_COUNT
        assert any("sample articles" in str(n.message) for n in app._notifications)
    assert first_run_notice(Library(library_dir)) is None  # only once


async def test_open_an_article_and_go_back(library_dir: Path, seed_path: Path) -> None:
    library = Library(library_dir)
    import_paths(library, [seed_path])
    app = NewsreaderApp(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        assert articles.current is not None and articles.current.read is False
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert "Henry Lucero" in str(app.screen.query_one("#article").render())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ListScreen)
        assert app.screen.query_one(ArticleList).current.read is True
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert Library(library_dir).listing().row(0).read


async def test_keys_move_through_the_list(library_dir: Path) -> None:
    library = Library(library_dir)
    first_run_notice(library)
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
