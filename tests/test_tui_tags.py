"""The tags dialog (issue 11: 1): typing a tag and Enter adds it, removing one is a
separate action that shows in words, nothing is lost by typing, and it reads under NO_COLOR.
"""

from __future__ import annotations

import pytest
from looking import screen_text
from waiting import until

from newsreader.services import Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.list_screen import ListScreen
from newsreader.tui.screens.tags_dialog import TagsDialog

SIZE = (80, 24)


@pytest.fixture
def tagged(seed_library: Services) -> Services:
    """The seed article, tagged "immigration, denver"."""
    seed_library.set_tags(seed_library.listing().ids[0], ["immigration", "denver"])
    return seed_library


def tags_now(services: Services) -> list[str]:
    fresh = Services(services.root)
    return fresh.tags(fresh.listing().ids[0])


async def open_dialog(pilot, app: NewsreaderApp) -> None:
    await pilot.pause()
    await pilot.press("t")
    await until(pilot, lambda: isinstance(app.screen, TagsDialog), "the tags dialog")


async def test_typing_a_tag_and_enter_adds_it(tagged: Services) -> None:
    app = NewsreaderApp(tagged)
    async with app.run_test(size=SIZE) as pilot:
        await open_dialog(pilot, app)
        assert "immigration" in screen_text(app) and "denver" in screen_text(app)
        await pilot.press(*"court", "enter")
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list again")
    assert tags_now(tagged) == ["immigration", "denver", "court"]


async def test_several_tags_typed_are_all_added_and_a_tag_it_has_is_not_doubled(
        tagged: Services) -> None:
    app = NewsreaderApp(tagged)
    async with app.run_test(size=SIZE) as pilot:
        await open_dialog(pilot, app)
        await pilot.press(*"court, Denver, water", "enter")
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list again")
    assert tags_now(tagged) == ["immigration", "denver", "court", "water"]


async def test_removing_a_tag_is_a_separate_action_that_shows(tagged: Services) -> None:
    app = NewsreaderApp(tagged)
    async with app.run_test(size=SIZE) as pilot:
        await open_dialog(pilot, app)
        await pilot.press(*"court")
        await pilot.press("down", "j", "x")  # to the article's tags, the second, remove it
        await pilot.pause()
        line = next(line for line in screen_text(app).splitlines() if " denver" in line
                    and "[" not in line)  # the dialog's line, not the list's row behind it
        assert "✗ denver" in line and "removed" in line
        assert "court" in screen_text(app)  # what was typed is still there
        await pilot.press("x")  # changed my mind: keep it
        await pilot.pause()
        line = next(line for line in screen_text(app).splitlines() if " denver" in line
                    and "[" not in line)
        assert "✗" not in line and "removed" not in line
        await pilot.press("k", "x", "enter")  # remove immigration instead, and save
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list again")
    assert tags_now(tagged) == ["denver", "court"]


async def test_escape_changes_nothing(tagged: Services) -> None:
    app = NewsreaderApp(tagged)
    async with app.run_test(size=SIZE) as pilot:
        await open_dialog(pilot, app)
        await pilot.press(*"court", "down", "x", "escape")
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list again")
    assert tags_now(tagged) == ["immigration", "denver"]


def dialog_line(app: NewsreaderApp, tag: str) -> str:
    """The dialog's line for a tag (not the list's row behind the dialog)."""
    return next(line for line in screen_text(app).splitlines()
                if f" {tag}" in line and "[" not in line)


async def test_the_dialog_reads_under_no_color(tagged: Services, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = NewsreaderApp(tagged)
    async with app.run_test(size=SIZE) as pilot:
        await open_dialog(pilot, app)
        await pilot.press("down")
        await pilot.pause()
        # the highlighted tag stands out by more than colour: a mark beside it
        assert "▸" in dialog_line(app, "immigration")
        assert "▸" not in dialog_line(app, "denver")
        await pilot.press("x")
        await pilot.pause()
        assert "✗ immigration" in dialog_line(app, "immigration")
        assert "removed" in dialog_line(app, "immigration")
        await pilot.press("j")
        await pilot.pause()
        assert "▸" in dialog_line(app, "denver")
        assert "▸" not in dialog_line(app, "immigration")
