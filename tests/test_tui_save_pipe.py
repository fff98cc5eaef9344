"""Saving an article from the reader (s: a path prompt with completion; text or Markdown by
the name's ending) and piping it to a command (|: its exit status reported), by Pilot."""

from __future__ import annotations

from pathlib import Path

import pytest
from waiting import message_saying, until

from newsreader.services import Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.prompt_dialog import PipeDialog, SaveDialog
from newsreader.tui.screens.reader_screen import ReaderScreen
from newsreader.tui.widgets.path_input import PathInput, complete_path

SIZE = (100, 30)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of the test's own as the current folder."""
    folder = tmp_path / "here"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


async def open_reader(pilot, app: NewsreaderApp) -> None:
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")


def test_completion_from_the_folder(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "news.md").write_text("")
    (tmp_path / ".hidden").write_text("")
    assert complete_path("no", tmp_path) == "notes/"
    assert complete_path("new", tmp_path) == "news.md"
    assert complete_path("ne", tmp_path) == "news.md"
    assert complete_path("n", tmp_path) is None  # notes/, news.md: nothing more in common
    assert complete_path(".h", tmp_path) == ".hidden"
    assert complete_path(f"{tmp_path}/not", None) == f"{tmp_path}/notes/"
    assert complete_path("missing/x", tmp_path) is None


async def test_s_saves_the_article_where_the_prompt_says(seed_library: Services,
                                                          here: Path) -> None:
    (here / "saved").mkdir()
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot, app)
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, SaveDialog), "the save dialog")
        path = app.screen.query_one(PathInput)
        assert path.value.startswith("state-regulator-subpoenas") and path.value.endswith(
            ".txt")
        path.value = ""
        await pilot.press(*"sav", "tab")  # completes the folder's name
        await until(pilot, lambda: path.value == "saved/", "the completed folder")
        await pilot.press(*"story.md")
        await until(pilot, lambda: "Markdown" in str(
            app.screen.query_one("#save-hint").render()), "the format named")
        await pilot.press("enter")
        await message_saying(pilot, "Saved to saved/story.md")
        assert isinstance(app.screen, ReaderScreen)
        assert (here / "saved" / "story.md").read_text().startswith("# State Regulator")
        await pilot.press("s")  # offered in the same folder next time
        await until(pilot, lambda: isinstance(app.screen, SaveDialog), "the dialog again")
        assert app.screen.query_one(PathInput).value.startswith("saved/")


async def test_saving_over_a_file_asks_first(seed_library: Services, here: Path) -> None:
    old = here / "story.txt"
    old.write_text("keep me")
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot, app)
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, SaveDialog), "the save dialog")
        app.screen.query_one(PathInput).value = "story.txt"
        await pilot.press("enter")
        await until(pilot, lambda: "Enter again replaces it" in str(
            app.screen.query_one("#save-hint").render()), "the question")
        assert old.read_text() == "keep me"
        await pilot.press("escape")  # cancelled: nothing written
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        assert old.read_text() == "keep me"
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, SaveDialog), "the save dialog")
        app.screen.query_one(PathInput).value = "story.txt"
        await pilot.press("enter", "enter")
        await message_saying(pilot, "Saved to story.txt")
        assert old.read_text().startswith("Source: The Valley Ledger")


async def test_a_save_that_fails_says_why(seed_library: Services, here: Path) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_reader(pilot, app)
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, SaveDialog), "the save dialog")
        app.screen.query_one(PathInput).value = "no/such/folder.txt"
        await pilot.press("enter")
        await message_saying(pilot, "Not saved: there is no folder no/such")


async def test_pipe_runs_the_command_and_reports_its_exit_status(seed_library: Services,
                                                                 here: Path) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_reader(pilot, app)
        await pilot.press("vertical_line")
        await until(pilot, lambda: isinstance(app.screen, PipeDialog), "the pipe dialog")
        await pilot.press(*"cat > got.txt; grep -c Marlow got.txt", "enter")
        said = await message_saying(pilot, "exit status 0")
        assert said.startswith("| cat > got.txt; grep -c Marlow got.txt: exit status 0: ")
        assert (here / "got.txt").read_text().startswith("Source: The Valley Ledger")
        await pilot.press("vertical_line")  # the last command is offered again
        await until(pilot, lambda: isinstance(app.screen, PipeDialog), "the pipe dialog")
        box = app.screen.query_one("#pipe-command")
        assert box.value.startswith("cat > got.txt")
        box.value = "exit 4"
        await pilot.press("enter")
        await message_saying(pilot, "| exit 4: exit status 4")


async def test_the_offered_name_is_edited_not_replaced(seed_library: Services,
                                                       here: Path) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot, app)
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, SaveDialog), "the save dialog")
        offered = app.screen.query_one(PathInput).value
        await pilot.press("backspace", "backspace", "backspace", "m", "d", "enter")
        await message_saying(pilot, "Saved to ")
        assert (here / (offered[:-3] + "md")).read_text().startswith("# ")
