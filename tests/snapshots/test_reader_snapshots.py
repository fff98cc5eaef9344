"""How the reader looks: the text with quotations marked and the people sidebar."""

from __future__ import annotations

from newsreader.services import Services
from newsreader.tui.app import NewsreaderApp


def test_reader(snap_compare, seed_library: Services, size: tuple[int, int]) -> None:
    assert snap_compare(NewsreaderApp(seed_library), press=["enter"], terminal_size=size)


def test_reader_with_a_person_chosen(snap_compare, seed_library: Services,
                                     size: tuple[int, int]) -> None:
    assert snap_compare(NewsreaderApp(seed_library),
                        press=["enter", "p", "j", "j", "enter", "n"], terminal_size=size)


def test_reader_in_a_light_theme(snap_compare, seed_library: Services,
                                 size: tuple[int, int]) -> None:
    async def run_before(pilot) -> None:
        pilot.app.theme = "catppuccin-latte"
        await pilot.press("enter", "right_square_bracket")
        await pilot.pause()

    assert snap_compare(NewsreaderApp(seed_library), run_before=run_before,
                        terminal_size=size)


def test_reader_under_no_color(snap_compare, seed_library: Services, size: tuple[int, int],
                               monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(NewsreaderApp(seed_library), press=["enter", "right_square_bracket"],
                        terminal_size=size)
