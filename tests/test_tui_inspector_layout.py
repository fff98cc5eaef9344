"""The quote inspector at 80x24 (issue 11: 6): every column of the quotations is on
screen, and every part of the selected quotation (medium, context) is reached by keys."""

from __future__ import annotations

from looking import screen_lines, screen_text
from waiting import until

from newsreader.services import Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.inspector_screen import InspectorScreen

NARROW = (80, 24)


async def open_inspector(pilot, app: NewsreaderApp) -> None:
    await pilot.pause()
    await pilot.press("i")
    await until(pilot, lambda: isinstance(app.screen, InspectorScreen), "the inspector")
    await pilot.pause()


async def test_every_column_of_the_quotations_is_on_screen(seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=NARROW) as pilot:
        await open_inspector(pilot, app)
        table = app.screen.query_one("#quote-table").region
        lines = [line[table.x:table.right] for line in screen_lines(app)[table.y:table.bottom]]
        head = next(line for line in lines if "Speaker" in line and "Verb" in line)
        assert "Opening words" in head
        quotes = app.screen.quotes.quotes
        for quote in quotes:  # each row shows the start of its quotation
            first_words = " ".join(quote.text.split()[:2])
            assert any(first_words in line for line in lines), (first_words, lines)


async def test_every_part_of_the_selected_quotation_is_reached_by_keys(
        seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=NARROW) as pilot:
        await open_inspector(pilot, app)
        quotes = app.screen.quotes.quotes
        okafor = next(i for i, q in enumerate(quotes) if q.medium)
        await pilot.press(*["j"] * okafor)
        await pilot.pause()
        await pilot.press("tab")  # the selected quotation
        await pilot.pause()
        assert app.screen.query_one("#quote-detail-box").has_focus
        seen = set()
        for _ in range(30):  # scroll it line by line, looking at what shows
            text = screen_text(app)
            seen |= {part for part in ("Medium:", "Associated Press", "In context:",
                                       "Affiliation:") if part in text}
            await pilot.press("j")
            await pilot.pause()
        assert seen == {"Medium:", "Associated Press", "In context:", "Affiliation:"}
        await pilot.press("G")
        await pilot.pause()
        context = quotes[okafor].text.split()[-1]
        assert "In context:" in screen_text(app) or context in screen_text(app)
