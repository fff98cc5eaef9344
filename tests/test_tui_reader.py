"""The reader and the quote inspector, driven by Pilot."""

from __future__ import annotations

from collections.abc import Sequence
from typing import overload

from long_article import LONG_PARAGRAPHS, LONG_SPEAKERS, LayoutWork
from waiting import until

from newsreader.services import ArticleQuotes, ListQuery, Quote, Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.inspector_screen import InspectorScreen
from newsreader.tui.screens.list_screen import ListScreen
from newsreader.tui.screens.reader_screen import ReaderScreen
from newsreader.tui.widgets.article_list import ArticleList
from newsreader.tui.widgets.article_view import ArticleView
from newsreader.tui.widgets.people_sidebar import PeopleSidebar

SIZE = (120, 40)


def sidebar_names(app: NewsreaderApp) -> list[str]:
    reader = app.screen
    assert isinstance(reader, ReaderScreen)
    return [s.name for s in reader.quotes.speakers]


def current_quote(app: NewsreaderApp) -> Quote | None:
    reader = app.screen
    index = reader.query_one(ArticleView).current
    return None if index is None else reader.quotes.quotes[index]


async def open_seed(pilot, app: NewsreaderApp) -> None:
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, ReaderScreen)


async def test_sidebar_lists_the_people_quoted(seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(pilot, app)
        names = sidebar_names(app)
        for name in ("Miriam Okafor", "Daniel Ashby", "Marlow", "Laura Brennan", "Paul Whitaker"):
            assert name in names
        okafor = next(s for s in app.screen.quotes.speakers if s.name == "Miriam Okafor")
        assert len(okafor.quotes) == 2 and okafor.role
        title = str(app.screen.query_one("#reader-title").render())
        assert "State Regulator Subpoenas Marlow" in title
        assert "The Valley Ledger" in str(app.screen.query_one("#reader-meta").render())


async def test_choosing_a_person_jumps_to_their_quotes_and_n_steps(
        seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(pilot, app)
        names = sidebar_names(app)
        await pilot.press("p")
        assert app.screen.query_one(PeopleSidebar).has_focus
        for _ in range(names.index("Daniel Ashby")):
            await pilot.press("j")
        await pilot.press("enter")
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert view.has_focus
        first = current_quote(app)
        assert first.text.startswith("Agency officials contacted Marlow")
        assert "Daniel Ashby" in str(app.screen.query_one("#reader-status").render())
        await pilot.press("n")
        await pilot.pause()
        second = current_quote(app)
        assert second.text.startswith("Contrary to what the agency is saying")
        await pilot.press("n")  # wraps to his first again
        await pilot.pause()
        assert current_quote(app) == first
        await pilot.press("N")
        await pilot.pause()
        assert current_quote(app) == second


async def test_brackets_step_through_every_quotation_in_order(seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(pilot, app)
        total = len(app.screen.quotes.quotes)
        seen = []
        for _ in range(total):
            await pilot.press("right_square_bracket")
            await pilot.pause()
            quote = current_quote(app)
            seen.append((not quote.in_title, quote.start))  # the headline's first
        assert seen == sorted(seen) and len(set(seen)) == total
        assert not seen[0][0]  # the seed's headline holds a quotation
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert current_quote(app).start == seen[-2][1]


async def test_jumping_scrolls_the_quote_into_view(sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        last = len(app.screen.quotes.quotes) - 1
        await pilot.press("left_square_bracket")  # wraps to the last quotation
        await pilot.pause()
        assert view.current == last
        line = view.line_of_quote(last)
        top = round(view.scroll_offset.y)
        assert top <= line < top + view.scrollable_content_region.height


async def test_quotations_are_marked_without_colour(seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(pilot, app)
        text = "\n".join(app.screen.query_one(ArticleView).plain_lines)
        assert "“persistent”[" in text  # every quotation ends with its speaker's number
        numbers = {s.name: s.number for s in app.screen.quotes.speakers}
        assert "told the Associated Press" in text
        assert f"[{numbers['Miriam Okafor']}]" in text


async def test_bookmark_tags_and_hiding_the_sidebar_in_the_reader(
        seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(pilot, app)
        await pilot.press("b")
        await pilot.pause()
        assert "bookmarked" in str(app.screen.query_one("#reader-meta").render())
        await pilot.press("t", *"water", "enter")
        await pilot.pause()
        assert "water" in str(app.screen.query_one("#reader-meta").render())
        await pilot.press("P")
        assert not app.screen.query_one(PeopleSidebar).display
        await pilot.press("p")
        assert app.screen.query_one(PeopleSidebar).display
        await pilot.press("escape")
        await pilot.pause()
        row = app.screen.query_one(ArticleList).current
        assert row.bookmarked and row.tags == ["water"] and row.read


async def test_narrow_terminals_start_without_the_sidebar(seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=(60, 24)) as pilot:
        await open_seed(pilot, app)
        assert not app.screen.query_one(PeopleSidebar).display


async def test_inspector_shows_the_selected_quote_and_enter_jumps(
        seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(pilot, app)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, InspectorScreen)
        table = app.screen.query_one("#quote-table")
        assert table.row_count == len(app.screen.quotes.quotes)
        okafor_first = next(i for i, q in enumerate(app.screen.quotes.quotes)
                            if q.text.startswith("For years"))
        while table.cursor_row < okafor_first:
            await pilot.press("j")
        await pilot.pause()
        detail = str(app.screen.query_one("#quote-detail").render())
        assert "Miriam Okafor" in detail
        assert "deputy regional administrator" in detail
        assert "told" in detail and "Associated Press" in detail
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert current_quote(app).text.startswith("For years")


async def test_inspector_lists_the_same_person_in_other_articles(
        sample_library: Services) -> None:
    quoted_in: dict[str, list[str]] = {}
    for row in sample_library.rows(ListQuery()):
        for name in row.people:
            quoted_in.setdefault(name, []).append(row.id)
    name, articles = max(quoted_in.items(), key=lambda kv: len(kv[1]))
    assert len(articles) >= 2, "the samples quote one person in two articles"
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.push_screen(ReaderScreen(sample_library.article(articles[0])))
        await pilot.pause()
        reader = app.screen
        index = reader.quotes.speaker(
            next(s.number for s in reader.quotes.speakers if s.name == name)).quotes[0]
        reader.select_quote(index)
        await pilot.press("i")
        await pilot.pause()
        elsewhere = app.screen.query_one("#elsewhere")
        assert elsewhere.option_count >= 1
        assert name in str(elsewhere.get_option_at_index(0).prompt)
        await pilot.press("tab")  # the selected quotation, then the other articles
        assert app.screen.query_one("#quote-detail-box").has_focus
        await pilot.press("tab")
        assert elsewhere.has_focus
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article_id != articles[0]
        assert name in [app.screen.quotes.speaker(n).name
                        for n in app.screen.quotes.by_quote[
                            app.screen.query_one(ArticleView).current]]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ListScreen)


async def test_i_on_the_list_opens_the_inspector_over_the_article(
        seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, InspectorScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_quotes_elsewhere_open_the_right_quotation_even_in_damaged_data(
        sample_library: Services) -> None:
    """One numbering of quotations everywhere: a stored analysis out of order and holding a
    quotation with no place in the text neither shifts nor breaks the jump."""
    from newsreader.store.library import Library

    name = "Tomas Reyes"
    quoted = [r.id for r in sample_library.rows(ListQuery()) if name in r.people]
    first, other = quoted[0], quoted[1]

    def damage(article) -> None:  # noqa: ANN001 - a StoredArticle
        stored = article.stored_analysis
        bogus = {**stored["quotes"][0], "start": -10, "end": -5, "text": "lost",
                 "speaker": name, "speakers": [name]}
        stored["quotes"] = [bogus, *reversed(stored["quotes"])]
        article.stored_analysis = stored

    Library(sample_library.root).update_articles({other: damage})
    app = NewsreaderApp(Services(sample_library.root))
    async with app.run_test(size=SIZE) as pilot:
        reader = ReaderScreen(app.services.article(first))
        await app.push_screen(reader)
        number = next(s.number for s in reader.quotes.speakers if s.name == name)
        reader.select_quote(reader.quotes.speaker(number).quotes[0])
        await pilot.press("i")
        await pilot.pause()
        elsewhere = app.screen.query_one("#elsewhere")
        prompts = [str(elsewhere.get_option_at_index(i).prompt)
                   for i in range(elsewhere.option_count)]
        assert not any("lost" in p for p in prompts)
        target = next(i for i, p in enumerate(prompts) if other_title(app, other) in p)
        wanted = prompts[target].split("“", 1)[1][:20]
        await pilot.press("tab", "tab", *["j"] * target, "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen) and app.screen.article_id == other
        current = current_quote(app)
        assert current is not None and current.text.startswith(wanted.rstrip(" …"))
        assert name in app.screen.quotes.names(app.screen.query_one(ArticleView).current)


def other_title(app: NewsreaderApp, article_id: str) -> str:
    """The first words of an article's title, as the inspector lists them."""
    return app.services.article(article_id).title[:20]


# -- QA: stepping between quotations in an article with thousands of them ------------------


class Looked(Sequence[int]):
    """Quotation numbers that count how many of them a step looks at."""

    def __init__(self, numbers: list[int]) -> None:
        self.numbers = numbers
        self.looked = 0

    def __len__(self) -> int:
        return len(self.numbers)

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...
    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        self.looked += 1
        return self.numbers[index]


def test_a_step_to_the_next_quotation_looks_at_a_few_of_them() -> None:
    """A step finds its place by bisection: among 100,000 quotations it looks at a few
    dozen, not at every one before it (and it still goes round past either end)."""
    quotes = ArticleQuotes([], [], [])
    pool = Looked(list(range(0, 200_000, 2)))
    assert quotes.step(150_001, True, pool) == 150_002  # type: ignore[arg-type]
    assert quotes.step(150_001, False, pool) == 150_000  # type: ignore[arg-type]
    assert quotes.step(150_000, True, pool) == 150_002  # type: ignore[arg-type]
    assert quotes.step(150_000, False, pool) == 149_998  # type: ignore[arg-type]
    assert pool.looked < 100
    assert quotes.step(199_998, True, pool) == 0  # type: ignore[arg-type]
    assert quotes.step(0, False, pool) == 199_998  # type: ignore[arg-type]
    assert quotes.step(None, True, pool) == 0  # type: ignore[arg-type]
    assert quotes.step(None, False, pool) == 199_998  # type: ignore[arg-type]
    assert quotes.step(3, True, []) is None


async def open_long(pilot, app: NewsreaderApp) -> ArticleView:
    """Open the long article from the list; its view once it is laid out."""
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader",
                timeout=120)
    view = app.screen.query_one(ArticleView)
    await until(pilot, lambda: len(view.plain_lines) > 2 * LONG_PARAGRAPHS,
                "the article laid out", timeout=120)
    return view


async def test_stepping_through_thousands_of_quotations_touches_only_two_paragraphs(
        long_library: Services, layout_work: LayoutWork) -> None:
    """QA: in a long article, `]`, `[`, `n` and `N` laid the whole article out again at
    every step. Now a step restyles the paragraphs of the quotation it leaves and the
    one it lands on, and nothing is wrapped again."""
    app = NewsreaderApp(long_library)
    async with app.run_test(size=SIZE) as pilot:
        view = await open_long(pilot, app)
        view.focus()
        layout_work.styled = layout_work.wrapped = 0
        # 0, 1, 2; then Mara Quist's (the speaker of 2): 5, 8, and back to 5
        await pilot.press(*["right_square_bracket"] * 3, "n", "n", "N")
        await until(pilot, lambda: view.current == 5, "the sixth quotation", timeout=120)
        await pilot.press(*["left_square_bracket"] * 6)  # 4, 3, 2, 1, 0, round to the last
        await until(pilot, lambda: view.current == LONG_PARAGRAPHS - 1,
                    "the last quotation", timeout=120)
        status = str(app.screen.query_one("#reader-status").render())
        assert f"Quotation {LONG_PARAGRAPHS}/{LONG_PARAGRAPHS}" in status
        assert LONG_SPEAKERS[(LONG_PARAGRAPHS - 1) % 3] in status
        assert layout_work.wrapped == 0
        assert layout_work.styled < 300  # 12 steps, each two paragraphs and those it scrolls to
        line = view.line_of_quote(LONG_PARAGRAPHS - 1)
        top = view.scroll_offset.y
        assert top <= line < top + view.size.height
        assert any(span.style.reverse for span in view.styled_line(line).spans
                   if not isinstance(span.style, str))


async def test_opening_a_long_article_wraps_it_once_and_styles_only_what_is_drawn(
        long_library: Services, layout_work: LayoutWork) -> None:
    """QA: opening a 5 MB article took seconds: every paragraph was styled, and the whole
    article laid out twice (once more when its scroll bar came). Now each paragraph is
    wrapped once, at the width beside the scroll bar, and styled only when drawn; what
    is on screen is as before (its quotations marked, the people beside it)."""
    app = NewsreaderApp(long_library)
    async with app.run_test(size=SIZE) as pilot:
        view = await open_long(pilot, app)
        await pilot.pause()
        assert view.show_vertical_scrollbar
        assert layout_work.wrapped == LONG_PARAGRAPHS  # each paragraph once
        assert layout_work.styled < 50  # those on screen, not 16,500
        assert sidebar_names(app) == list(LONG_SPEAKERS)
        first = view.line_of_quote(0)
        assert first is not None and first < view.size.height
        assert any(not isinstance(span.style, str) and span.style.underline
                   for span in view.styled_line(first).spans)
        text = view.plain_lines
        assert "“We will not let the reservoir fail,”[1] said Ann Lee" in " ".join(text[:8])
        width = view.scrollable_content_region.width
        assert max(len(line) for line in text) <= width - 3  # beside the bar and margin
        # a step far down styles the paragraphs it lands on, and the lines there are marked
        await pilot.press("left_square_bracket")
        await until(pilot, lambda: view.current == LONG_PARAGRAPHS - 1, "the last quotation",
                    timeout=120)
        assert layout_work.wrapped == LONG_PARAGRAPHS
        line = view.line_of_quote(LONG_PARAGRAPHS - 1)
        assert any(not isinstance(span.style, str) and span.style.reverse
                   for span in view.styled_line(line).spans)
