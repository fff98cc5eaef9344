"""Keys that arrive in one burst (pasted, or typed fast over SSH, where they come in one
read): a key that opens a search box or a dialog sends the keys after it into its box, not
to the widget that had the focus before it."""

from __future__ import annotations

import pytest
from textual import events
from textual.widgets import Input
from waiting import until

from newsreader.services import ListQuery, Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.list_screen import ListScreen
from newsreader.tui.screens.people_screen import PeopleScreen
from newsreader.tui.screens.prompt_dialog import PipeDialog
from newsreader.tui.screens.reader_screen import ReaderScreen
from newsreader.tui.screens.tags_dialog import TagsDialog
from newsreader.tui.widgets.tag_input import TagInput

SIZE = (100, 30)

KEY_NAMES = {"/": "slash", " ": "space", "|": "vertical_line", "-": "minus"}


def burst(app: NewsreaderApp, text: str) -> None:
    """Queue every key of ``text`` at once, as a terminal delivers a fast burst: none is
    handled before the last is queued."""
    for char in text:
        app.post_message(events.Key(KEY_NAMES.get(char, char), char))


async def test_slash_and_words_typed_in_one_burst_search_the_list(
        sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        burst(app, "/ferry")
        await until(pilot, lambda: app.screen.query_one("#search").value == "ferry",
                    "the search box to hold the burst's words")
        assert isinstance(app.screen, ListScreen)  # "f" did not open the source filter
        assert len(app.screen_stack) == 2  # the default screen and the list: no dialog
        burst(app, "/bay")  # in the box, the search key is a character like any other
        await until(pilot, lambda: app.screen.query_one("#search").value == "ferry/bay",
                    "a slash typed into the search box")


@pytest.mark.parametrize(("opening", "screen", "box", "words"), [
    (["enter"], ReaderScreen, "#reader-search", "denver"),
    (["p"], PeopleScreen, "#people-search", "lucero"),
], ids=["reader", "people"])
async def test_slash_and_words_typed_in_one_burst_search_the_screen(
        seed_library: Services, opening: list[str], screen: type, box: str,
        words: str) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*opening)
        await until(pilot, lambda: isinstance(app.screen, screen), screen.__name__)
        await pilot.pause()
        burst(app, f"/{words}")
        await until(pilot, lambda: app.screen.query_one(box).value == words,
                    f"the {screen.__name__} search box to hold the burst's words")


async def test_a_tag_typed_in_the_burst_that_opens_the_tag_dialog_is_kept(
        seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        burst(app, "tcourt")
        await until(pilot, lambda: isinstance(app.screen, TagsDialog)
                    and app.screen.query_one(TagInput).value == "court",
                    "the tag dialog's box to hold the burst's letters")
        await pilot.press("enter")
        await until(pilot, lambda: seed_library.rows(ListQuery())[0].tags == ["court"],
                    "the tag to be saved")


async def test_a_command_typed_in_the_burst_that_opens_the_pipe_dialog_is_kept(
        seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        await pilot.pause()
        burst(app, "|wc -l")
        await until(pilot, lambda: isinstance(app.screen, PipeDialog)
                    and app.screen.query_one(Input).value == "wc -l",
                    "the pipe dialog's box to hold the burst's command")


async def test_t_typed_in_the_search_box_is_a_letter(sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"strike")
        await until(pilot, lambda: app.screen.query_one("#search").value == "strike",
                    "the search box to hold the word")
        assert isinstance(app.screen, ListScreen)  # t and T opened no dialog
