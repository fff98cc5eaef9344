"""How the quote inspector looks."""

from __future__ import annotations

from newsreader.services import ListQuery, Services
from newsreader.tui.app import NewsreaderApp


def test_inspector(snap_compare, seed_library: Services, size: tuple[int, int]) -> None:
    assert snap_compare(NewsreaderApp(seed_library), press=["enter", "i", "j", "j"],
                        terminal_size=size)


def test_inspector_with_quotes_elsewhere(snap_compare, sample_library: Services,
                                         size: tuple[int, int]) -> None:
    """The mayor's quotation, with his quotations from other articles listed."""
    async def run_before(pilot) -> None:
        from newsreader.tui.screens.reader_screen import ReaderScreen

        services = pilot.app.services
        target = next(r.id for r in services.rows(ListQuery()) if "Tomas Reyes" in r.people)
        reader = ReaderScreen(services.article(target))
        await pilot.app.push_screen(reader)
        await pilot.pause()
        number = next(s.number for s in reader.quotes.speakers if s.name == "Tomas Reyes")
        reader.select_quote(reader.quotes.speaker(number).quotes[0])
        await pilot.press("i")
        await pilot.pause()

    assert snap_compare(NewsreaderApp(sample_library), run_before=run_before,
                        terminal_size=size)
