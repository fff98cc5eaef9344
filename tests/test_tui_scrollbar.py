"""The list over many rows: the scrollbar is drawn again only when its thumb moves (at a
million rows, once in thousands of lines), and it still shows where the list is."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from textual.geometry import Region
from waiting import until

from newsreader.news.article import Article
from newsreader.services import Services
from newsreader.store import library as library_module
from newsreader.store.library import Library
from newsreader.store.records import StoredArticle
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.list_screen import ListScreen
from newsreader.tui.widgets.article_list import ArticleList

ARTICLES = 600
"""Articles in the library: twelve sealed pages of 50."""
SIZE = (100, 30)


@pytest.fixture
def scattered(library_dir: Path, fixed_clock: str, monkeypatch: pytest.MonkeyPatch) -> Services:
    """A library in pages of 50 whose publication dates are shuffled, so the rows shown
    newest first come from every page."""
    monkeypatch.setattr(library_module, "PAGE_SIZE", 50)
    days = list(range(ARTICLES))
    random.Random(7).shuffle(days)
    start = datetime(2024, 1, 1)
    Library(library_dir).add(
        StoredArticle.from_article(Article(
            title=f"Story {n}", body=f"The text of story {n}.",
            published=start + timedelta(hours=days[n])))
        for n in range(ARTICLES))
    return Services(library_dir)


def bar_lines(articles: ArticleList) -> list[str]:
    """The scrollbar as it is drawn now, one string per line (glyph and style)."""
    bar = articles.vertical_scrollbar
    return [repr(list(strip)) for strip in bar.render_lines(Region(0, 0, 1, bar.size.height))]


async def test_the_scrollbar_is_redrawn_only_when_its_thumb_moves(
        scattered: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    app = NewsreaderApp(scattered)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ListScreen)
                    and app.screen.query_one(ArticleList).row_count == ARTICLES)
        articles = app.screen.query_one(ArticleList)
        bar = articles.vertical_scrollbar
        await pilot.press(*["j"] * articles.size.height)  # to the bottom of the screen
        redraws = []
        real = type(bar).refresh
        monkeypatch.setattr(type(bar), "refresh",
                            lambda self, *a, **k: (redraws.append(1), real(self, *a, **k))[1])
        shown = []
        for _ in range(30):  # each j scrolls the list by a line
            before = articles.scroll_offset.y
            await pilot.press("j")
            await pilot.pause()
            assert articles.scroll_offset.y == before + 1
            shown.append(bar_lines(articles))
        assert 0 < len(redraws) < 20  # the thumb moved on some of the 30 lines, not all
        assert len(set(map(tuple, shown))) > 1
        bar.refresh()  # drawn afresh, the bar shows what it showed: nothing was left stale
        await pilot.pause()
        assert bar_lines(articles) == shown[-1]
        await pilot.press("G")
        await pilot.pause()
        lines = bar_lines(articles)
        assert lines[-1] != lines[0]  # at the end, the thumb is at the bottom
