"""How the People screen, a person's page and a quotation search look."""

from __future__ import annotations

from newsreader.services import Services
from newsreader.tui.app import NewsreaderApp


async def _people_listed(pilot) -> None:  # type: ignore[no-untyped-def]
    from waiting import until

    await until(pilot, lambda: getattr(pilot.app.screen, "entries", None), "people listed")


def test_people(snap_compare, sample_library: Services, size: tuple[int, int]) -> None:
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("p")
        await _people_listed(pilot)

    assert snap_compare(NewsreaderApp(sample_library), run_before=run_before,
                        terminal_size=size)


def test_organisations(snap_compare, sample_library: Services, size: tuple[int, int]) -> None:
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("p")
        await _people_listed(pilot)
        await pilot.press("o")
        await pilot.pause()

    assert snap_compare(NewsreaderApp(sample_library), run_before=run_before,
                        terminal_size=size)


def test_person_page(snap_compare, sample_library: Services, size: tuple[int, int]) -> None:
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        from waiting import until

        pilot.app.show_person("Tomas Reyes")
        await until(pilot, lambda: getattr(pilot.app.screen, "hits", None), "his quotations")
        await pilot.press("j")

    assert snap_compare(NewsreaderApp(sample_library), run_before=run_before,
                        terminal_size=size)


def test_quotation_search(snap_compare, sample_library: Services,
                          size: tuple[int, int]) -> None:
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        from waiting import until

        await pilot.press("slash", "ctrl+t", *"fare", "enter")
        await until(pilot, lambda: getattr(pilot.app.screen, "hits", None), "quotations")

    assert snap_compare(NewsreaderApp(sample_library), run_before=run_before,
                        terminal_size=size)
