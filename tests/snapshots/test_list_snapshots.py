"""How the list screen looks."""

from __future__ import annotations

from newsreader.services import Services
from newsreader.tui.app import NewsreaderApp


def test_list(snap_compare, sample_library: Services, size: tuple[int, int]) -> None:
    assert snap_compare(NewsreaderApp(sample_library), press=["j", "j"], terminal_size=size)


def test_list_filtered_and_searched(snap_compare, sample_library: Services,
                                    size: tuple[int, int]) -> None:
    async def run_before(pilot) -> None:
        await pilot.press("u", "slash", *"Reyes", "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(NewsreaderApp(sample_library), run_before=run_before,
                        terminal_size=size)


def test_list_in_a_light_theme(snap_compare, sample_library: Services,
                               size: tuple[int, int]) -> None:
    async def run_before(pilot) -> None:
        services = pilot.app.services
        ids = services.listing().ids
        services.set_bookmarks([ids[0]])
        services.set_tags(ids[1], ["harbour", "courts"])
        services.set_read([ids[2]])
        pilot.app.check_library()  # the list hears of the marks now, not at the next look
        pilot.app.theme = "catppuccin-latte"
        await pilot.pause()

    assert snap_compare(NewsreaderApp(sample_library), run_before=run_before,
                        terminal_size=size)


def test_an_empty_filtered_list(snap_compare, sample_library: Services,
                                size: tuple[int, int]) -> None:
    assert snap_compare(NewsreaderApp(sample_library), press=["B", "u"], terminal_size=size)
