"""How the dialogs look: tags, tag filter, help."""

from __future__ import annotations

from newsreader.store.library import Library
from newsreader.tui.app import NewsreaderApp


def test_tags_dialog(snap_compare, sample_library: Library, size: tuple[int, int]) -> None:
    assert snap_compare(NewsreaderApp(sample_library), press=["t", *"harbour, loc"],
                        terminal_size=size)


def test_tag_filter_dialog(snap_compare, sample_library: Library,
                           size: tuple[int, int]) -> None:
    async def run_before(pilot) -> None:
        library = pilot.app.library
        ids = library.listing().ids
        library.set_tags_many({ids[0]: ["local"], ids[1]: ["local", "courts"], ids[2]: ["sport"]})
        await pilot.press("T")
        await pilot.pause()

    assert snap_compare(NewsreaderApp(sample_library), run_before=run_before,
                        terminal_size=size)


def test_help(snap_compare, sample_library: Library, size: tuple[int, int]) -> None:
    assert snap_compare(NewsreaderApp(sample_library), press=["question_mark"],
                        terminal_size=size)
