"""Searching inside an article (/ in the reader), driven by Pilot: the matches highlighted,
n / N between them while the search is on (the person's quotations otherwise), Escape
clearing it; and an article opened from a list search landing on its first match."""

from __future__ import annotations

from long_article import LONG_PARAGRAPHS, LayoutWork
from rich.text import Text
from waiting import until

from newsreader.services import Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.list_screen import ListScreen
from newsreader.tui.screens.reader_screen import ReaderScreen
from newsreader.tui.widgets.article_view import ArticleView, find_all

SIZE = (120, 40)


def view(app: NewsreaderApp) -> ArticleView:
    return app.screen.query_one(ArticleView)


def status(app: NewsreaderApp) -> str:
    return str(app.screen.query_one("#reader-status").render())


def styled(line: Text, attribute: str) -> list[str]:
    """The parts of a laid-out line drawn with a style attribute (reverse, underline)."""
    return [line.plain[span.start:span.end] for span in line.spans
            if getattr(span.style, attribute, None)]


async def open_reader(pilot, app: NewsreaderApp) -> None:
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")


def test_matches_are_case_blind_and_cross_line_breaks() -> None:
    body = "The Reservoir\nboard met.\n\nReservoirs, reservoirs."
    assert find_all(body, "reservoir board") == [(4, 19)]
    assert [body[a:b] for a, b in find_all(body, "RESERVOIR")] == [
        "Reservoir", "Reservoir", "reservoir"]
    assert find_all(body, "   ") == [] and find_all(body, "lake") == []


async def test_slash_searches_the_article_and_n_steps_through_the_matches(
        seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot, app)
        await pilot.press("slash", *"reservoir", "enter")
        article = view(app)
        await until(pilot, lambda: len(article.matches) == 4, "four matches")
        assert article.has_focus and article.match == 0
        assert "match 1/4" in status(app)
        first = article.line_of_match(0)
        assert styled(article._lines[first], "reverse") == ["reservoir"]  # the one it is on
        await pilot.press("n", "n")
        assert article.match == 2 and "match 3/4" in status(app)
        line = article._lines[article.line_of_match(2)]
        assert "reservoir" in [s.casefold() for s in styled(line, "reverse")]
        assert article.current is None  # n went to matches, not to quotations
        await pilot.press("N", "N", "N")  # back past the first: round to the last
        assert article.match == 3
        top = article.scroll_offset.y
        assert top <= article.line_of_match(3) < top + article.size.height  # on screen


async def test_escape_clears_the_search_then_n_is_the_persons_again(
        seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot, app)
        await pilot.press("slash", *"reservoir", "enter")
        await until(pilot, lambda: view(app).matches, "the matches")
        await pilot.press("escape")  # clears the search, stays in the article
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert not view(app).matches and not view(app).search
        assert "Search" not in status(app)
        await pilot.press("n")  # the quotations again
        assert view(app).current is not None
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list")


async def test_a_search_that_is_not_in_the_article_says_so(seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot, app)
        await pilot.press("slash", *"zeppelin", "enter")
        await until(pilot, lambda: "not in this article" in status(app), "the status")
        await pilot.press("n")  # no matches: n steps through quotations
        assert view(app).current is not None


async def test_escape_in_the_search_box_clears_it(seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot, app)
        await pilot.press("slash", *"board")
        await until(pilot, lambda: view(app).matches, "matches as you type")
        await pilot.press("escape")
        await pilot.pause()
        assert not view(app).matches and view(app).has_focus
        assert not app.screen.query_one("#reader-search").display
        assert isinstance(app.screen, ReaderScreen)


async def test_opening_from_a_list_search_lands_on_its_first_match(
        seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"drained", "enter")  # a word of the text only
        await until(pilot, lambda: "searching" not in str(
            app.screen.query_one("#list-header").render()), "the text search")
        await open_reader(pilot, app)
        article = view(app)
        await until(pilot, lambda: article.match == 0, "the first match")
        assert article.search == "drained" and len(article.matches) == 1
        line = article.line_of_match(0)
        assert "drained" in styled(article._lines[line], "reverse")
        assert "match 1/1" in status(app)
        await pilot.press("escape")  # the list's search, not the reader's: Esc goes back
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list")


async def test_a_list_search_that_matched_the_source_only_starts_no_search(
        seed_library: Services) -> None:
    aid = seed_library.listing().ids[0]
    assert "ledger" not in seed_library.article(aid).body.casefold()  # the source's name
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"Valley Ledger", "enter")
        await until(pilot, lambda: "searching" not in str(
            app.screen.query_one("#list-header").render()), "the text search")
        await open_reader(pilot, app)
        await pilot.pause()
        assert not view(app).search and "Search" not in status(app)


async def test_a_search_in_a_2_mb_article_finds_every_match_styling_only_what_it_touches(
        long_library: Services, layout_work: LayoutWork) -> None:
    """QA: a search typed in a long article froze the reader (every key laid the whole
    article out again, and each paragraph looked at every match). Now each key styles
    again only the paragraphs drawn (the timeouts only guard against a hang)."""
    app = NewsreaderApp(long_library)
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot, app)
        article = view(app)
        await until(pilot, lambda: len(article.plain_lines) > 2 * LONG_PARAGRAPHS,
                    "the article laid out", timeout=120)
        layout_work.styled = layout_work.wrapped = 0
        await pilot.press("slash", *"reservoir", "enter")
        await until(pilot, lambda: len(article.matches) == 2 * LONG_PARAGRAPHS,
                    "every match", timeout=120)
        await pilot.press("n", "n", "n")
        await until(pilot, lambda: article.match == 3, "the fourth match", timeout=120)
        assert f"match 4/{2 * LONG_PARAGRAPHS}" in status(app)
        assert layout_work.wrapped == 0  # the line breaks stay: a search changes only styles
        assert layout_work.styled < 600  # 13 keys, each the paragraphs on screen
        line = article.line_of_match(3)
        top = article.scroll_offset.y
        assert top <= line < top + article.size.height
        assert styled(article.styled_line(line), "reverse") == ["reservoir"]
        last = article.line_of_match(2 * LONG_PARAGRAPHS - 1)  # far down, styled on demand
        assert styled(article.styled_line(last), "underline")[-1] == "reservoir"
