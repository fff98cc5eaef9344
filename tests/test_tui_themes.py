"""Every built-in theme keeps every element legible (issue 11: 7), and under NO_COLOR the
key content (quotations, speakers' names and numbers) is normal or bold, never dim (8)."""

from __future__ import annotations

import pytest
from looking import contrast as wcag
from looking import illegible, screen_strips, shown_colours
from textual.color import Color
from waiting import until

from newsreader.services import Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.reader_screen import ReaderScreen

LEGIBLE = 3.0
"""The least contrast any text on screen may have (WCAG's 3:1 for large text and the
parts of an interface; the speakers' colours are made for 4.5:1)."""

VIEWS = {
    "list": ([], [], None),
    "reader": (["enter", "right_square_bracket"], ["escape"], None),
    "people": (["enter", "p"], ["escape", "escape"], None),
    "inspector": (["i"], ["escape", "escape"], None),
    "help": (["enter", "question_mark"], ["escape", "escape"], "#help-box"),
    "tags": (["t"], ["escape"], "#tags-box"),
}
"""The screens looked at: keys to get there, keys to come back, and for a dialog the box
to look at (the screen behind it is dimmed on purpose)."""

DIALOG_THEMES = ("textual-dark", "textual-light", "catppuccin-latte", "solarized-light",
                 "gruvbox", "nord")
"""The dialogs (made of the same parts as the screens) are looked at in these themes
only, to keep the test quick; the list, the reader and the inspector in every one."""


async def test_every_theme_keeps_every_element_legible(sample_library: Services) -> None:
    first = sample_library.listing().ids[0]
    sample_library.set_bookmarks([first])
    sample_library.set_tags(first, ["harbour", "courts"])
    sample_library.set_read([sample_library.listing().ids[1]])
    app = NewsreaderApp(sample_library)
    problems: dict[str, list[str]] = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        themes = sorted(app.available_themes)
        assert "catppuccin-latte" in themes and len(themes) >= 10
        for view, (keys, back, box) in VIEWS.items():
            for key in keys:
                await pilot.press(key)
                await pilot.pause()
            for theme in themes if box is None else DIALOG_THEMES:
                app.theme = theme
                await pilot.pause()
                region = app.screen.query_one(box).region if box else None
                bad = illegible(app, LEGIBLE, region)
                if bad:
                    problems[f"{theme} {view}"] = [str(b) for b in bad[:4]]
            for key in back:
                await pilot.press(key)
                await pilot.pause()
    assert problems == {}


async def test_speaker_colours_read_on_every_theme(sample_library: Services) -> None:
    from newsreader.tui.palette import SPEAKER_HUES, contrast, speaker_colours

    app = NewsreaderApp(sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for theme in sorted(app.available_themes):
            app.theme = theme
            await pilot.pause()
            colours = speaker_colours(app)
            assert colours is not None and len(colours) == len(SPEAKER_HUES)
            if app.current_theme.ansi:
                continue  # the terminal's own ANSI colours
            background = Color.parse(app.get_css_variables()["background"])
            for colour in colours:
                assert contrast(Color.parse(colour), background) >= 4.5, (theme, colour)


@pytest.mark.parametrize("theme", ["textual-dark", "catppuccin-latte", "ansi-dark"])
async def test_no_color_key_content_is_normal_or_bold(seed_library: Services, monkeypatch,
                                                       theme: str) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=(100, 30)) as pilot:
        app.theme = theme
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        await pilot.pause()
        view = app.screen.query_one("#article").region
        sidebar = app.screen.query_one("#people").content_region
        text_style = None
        quotes, marks, names = [], [], []
        for y, strip in enumerate(screen_strips(app)):
            x = 0
            for seg in strip:
                style, length = seg.style, len(seg.text)
                inside_view = view.x <= x < view.right and view.y <= y < view.bottom
                inside_sidebar = sidebar.x <= x < sidebar.right and sidebar.y <= y < sidebar.bottom
                if seg.text.strip() and style is not None:
                    if inside_view and not (style.underline or style.bold) and text_style is None:
                        text_style = style
                    if inside_view and style.underline:
                        quotes.append(style)
                    if inside_view and seg.text.startswith("[") and style.bold:
                        marks.append(style)
                    if inside_sidebar and style.bold:
                        names.append(style)
                x += length
        assert quotes and marks and names
        for style in quotes + marks + names:  # never dim, never a grey short of 4.5:1
            assert not style.dim, style
            shown = shown_colours(style)
            if shown is None:  # the terminal's own colours (an ANSI theme)
                assert style.color is None or style.color.is_default, style
                continue
            assert wcag(*shown) >= 4.5, (style, text_style)
