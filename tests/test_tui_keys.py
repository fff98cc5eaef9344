"""Keys: q goes back a level and Q quits (issue 11: 12), help and the palette show the
user's actions by screen (11), bad keymap entries are reported (4)."""

from __future__ import annotations

import pytest
from waiting import until

from newsreader.services import Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.feeds_screen import FeedsScreen
from newsreader.tui.screens.inspector_screen import InspectorScreen
from newsreader.tui.screens.list_screen import ListScreen
from newsreader.tui.screens.reader_screen import ReaderScreen

SIZE = (80, 24)


async def test_q_goes_back_one_level_and_quits_only_from_the_list(
        seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter", "i")
        await until(pilot, lambda: isinstance(app.screen, InspectorScreen), "the inspector")
        await pilot.press("q")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "back in the reader")
        await pilot.press("q")
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "back on the list")
        await pilot.press("F")
        await until(pilot, lambda: isinstance(app.screen, FeedsScreen), "the feeds view")
        await pilot.press("q")
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "back on the list")
        assert app.is_running
        await pilot.press("q")
        await until(pilot, lambda: not app.is_running, "the app to quit")
    assert app.return_code == 0


@pytest.mark.parametrize("keys", [["enter"], ["enter", "i"], ["F"], ["enter", "question_mark"]],
                         ids=["reader", "inspector", "feeds", "help"])
async def test_capital_q_quits_from_anywhere(seed_library: Services, keys: list[str]) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*keys)
        await until(pilot, lambda: not isinstance(app.screen, ListScreen), f"after {keys}")
        await pilot.press("Q")
        await until(pilot, lambda: not app.is_running, f"Q to quit after {keys}")
    assert app.return_code == 0


def help_text(app: NewsreaderApp) -> str:
    """What the help screen on top lists, as plain text."""
    import io

    from rich.console import Console

    from newsreader.tui.screens.help_screen import HelpScreen, bindings_table

    assert isinstance(app.screen, HelpScreen)
    console = Console(width=100, record=True, file=io.StringIO())
    console.print(bindings_table(app.screen.under))
    return console.export_text()


TEXTUAL_INTERNALS = ("Scroll Left", "Scroll Right", "Focus Next", "Focus Previous",
                     "Page Left", "Page Right", "Copy selected text", "ArticleList",
                     "ArticleView", "KeyedTable", "KeyedOptionList", "ReaderScreen",
                     "ListScreen", "Footer", "Select")


async def test_help_lists_the_users_actions_by_screen_and_no_internals(
        seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        shown = help_text(app)
        for internal in TEXTUAL_INTERNALS:
            assert internal not in shown, internal
        lines = shown.splitlines()
        headings = [line.strip() for line in lines if line.strip() in (
            "The list", "Everywhere", "The reader", "People sidebar")]
        assert headings == ["The list", "Everywhere"]
        assert "Read the article" in shown and "list.open" in shown
        assert "Quit newsreader" in shown
        await pilot.press("escape", "enter", "question_mark")
        await pilot.pause()
        shown = help_text(app)
        for internal in TEXTUAL_INTERNALS:
            assert internal not in shown, internal
        lines = shown.splitlines()
        back = next(n for n, line in enumerate(lines) if "reader.back" in line)
        assert "←" in lines[back] and "q" in lines[back] and "Back to the list" in lines[back]
        assert not any("←" in line for n, line in enumerate(lines) if n != back)
        assert "Next quotation by the chosen person" in shown
        headings = [line.strip() for line in shown.splitlines() if line.strip() in (
            "The list", "Everywhere", "The reader", "People sidebar")]
        assert headings == ["The reader", "People sidebar", "Everywhere"]


VAGUE = {"Choose", "First", "Last", "Next", "Previous", "Cancel", "Next row", "Previous row",
         "First row", "Last row"}
"""Descriptions that do not say what a key does on the screen at hand."""


async def test_every_screens_help_says_what_each_key_does_there(
        sample_library: Services) -> None:
    """Help (and the palette) on the People screen and its search box, a person's page,
    the feeds view, the saved views and the tag and source filters: every key described
    for what it does there (Next person, not Next row; Enter on a feed lists its
    articles, not Choose), each part named in words, not by a class."""
    from newsreader.tui.bindings import grouped, screen_bindings
    from newsreader.tui.screens.people_screen import PeopleScreen
    from newsreader.tui.screens.quotes_screen import QuotesScreen

    def described(app: NewsreaderApp) -> dict[str, str]:
        found = {}
        for group, entries in grouped(screen_bindings(app.screen)):
            assert not group.endswith(("Dialog", "List", "Table", "Screen", "Input")), group
            for entry in entries:
                assert entry.description not in VAGUE, (group, entry.keys, entry.description)
                found[entry.binding_id] = entry.description
        return found

    app = NewsreaderApp(sample_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, PeopleScreen) and app.screen.entries,
                    "the People screen")
        assert described(app)["table.down"] == "Next person"
        await pilot.press("slash")
        await pilot.pause()
        assert described(app)["persons.clear_search"] == "Clear the search and close the box"
        await pilot.press(*"Reyes")
        await until(pilot, lambda: app.screen.search == "Reyes", "the search applied")
        await pilot.press("escape")  # what help says it does
        await until(pilot, lambda: app.screen.search == "" and isinstance(
            app.screen, PeopleScreen), "the search cleared, the screen kept")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, QuotesScreen), "the person's page")
        assert described(app)["table.down"] == "Next quotation"
        await pilot.press("q", "q", "F")
        await until(pilot, lambda: isinstance(app.screen, FeedsScreen), "the feeds view")
        keys = described(app)
        assert keys["feeds.read"] == "List this feed's articles" and "table.choose" not in keys
        assert keys["table.down"] == "Next feed"
        await pilot.press("q")
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list")
        for key in ("v", "T", "f"):  # saved views, only a tag, only a source
            await pilot.press(key)
            await until(pilot, lambda: app.screen.is_modal, f"the dialog of {key}")
            described(app)
            await pilot.press("escape")
            await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list")


async def test_left_arrow_goes_back_from_the_reader(seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        await pilot.press("left")
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "back on the list")


async def test_the_palette_opens_on_the_screens_actions(seed_library: Services) -> None:
    from newsreader.tui.commands import ScreenActions

    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        hits = [h async for h in ScreenActions(app.screen).discover()]
        titles = [str(h.text) for h in hits]
        assert titles[0] == "Back to the list"
        for internal in (*TEXTUAL_INTERNALS, "Up", "Down", "Scroll down", "Keys"):
            assert internal not in titles, internal
        assert "Next quotation" in titles and "Theme" in titles
        assert titles.index("Next quotation") < titles.index("The keys of this screen") \
            < titles.index("Theme")
        help_of = {str(h.text): h.help for h in hits}
        assert help_of["Next quotation"] == "The reader · key ]"
        assert {ScreenActions} == app.COMMANDS  # so nothing else comes first


BAD_KEYS = '[keys]\n"list.upp" = "x"\n"list.up" = "notakey!!"\n"list.down" = "ctrl+n"\n'
"""A keymap with an unknown binding id, an entry that is no key, and a good entry."""


async def test_bad_keymap_entries_are_reported_and_keep_their_default_keys(
        sample_library: Services, tmp_path) -> None:
    from waiting import message_saying

    config = tmp_path / "config.toml"
    config.write_text(BAD_KEYS)
    app = NewsreaderApp(sample_library, config=config)
    assert app.key_problems == [
        f'{config}: "list.upp" is not a binding id (? lists them); ignored',
        f'{config}: "list.up" = "notakey!!": "notakey!!" is not a key; '
        "list.up keeps its default keys",
    ]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await message_saying(pilot, '"list.upp" is not a binding id')
        await message_saying(pilot, '"notakey!!" is not a key')
        from newsreader.tui.widgets.article_list import ArticleList

        articles = app.screen.query_one(ArticleList)
        await pilot.press("ctrl+n", "ctrl+n")  # the good entry applies
        assert articles.cursor == 2
        await pilot.press("k")  # the bad one left k and up as they were
        assert articles.cursor == 1
        await pilot.press("up")
        assert articles.cursor == 0


def test_bad_keymap_entries_are_printed_on_stderr_at_start(
        sample_library: Services, tmp_path, monkeypatch, capsys) -> None:
    from newsreader.tui.launch import launch

    config = tmp_path / "config.toml"
    config.write_text(BAD_KEYS)
    monkeypatch.setattr(NewsreaderApp, "run", lambda self, **kwargs: 0)
    assert launch(sample_library, config=config, headless=True) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [f'newsreader: warning: {config}: "list.upp" is not a binding id '
                   "(? lists them); ignored",
                   f'newsreader: warning: {config}: "list.up" = "notakey!!": "notakey!!" '
                   "is not a key; list.up keeps its default keys"]


def test_every_key_name_of_the_defaults_is_a_key() -> None:
    from newsreader.tui.bindings import binding_ids
    from newsreader.tui.keymap import bad_key

    for binding_id, binding in binding_ids().items():
        for key in binding.key.split(","):
            assert bad_key(key) is None, (binding_id, key)
    for key in ("j", "ctrl+n", "right_square_bracket", "]", "?", "f5", "shift+tab", "Q",
                "pagedown", "space", "escape", "ctrl+left"):
        assert bad_key(key) is None, key
    for key in ("notakey!!", "ctrl+", "", "hyper+notakey", "jj"):
        assert bad_key(key) is not None, key
