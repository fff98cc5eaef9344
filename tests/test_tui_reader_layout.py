"""The reader polished (issue 11: 10): the footer fits at 80 columns on every screen, the
people sidebar grows with the terminal and stays away when there is nobody to list,
messages take the status line instead of covering the text, wrapped titles in the
inspector keep their indent, counts are in good English. And the first run (13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from looking import screen_lines
from waiting import message_saying, until

from newsreader.services import ListQuery, Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.inspector_screen import InspectorScreen
from newsreader.tui.screens.list_screen import ListScreen
from newsreader.tui.screens.reader_screen import ReaderScreen
from newsreader.tui.widgets.article_view import ArticleView
from newsreader.tui.widgets.people_sidebar import PeopleSidebar

NARROW = (80, 24)
WIDE = (120, 40)


def footer_problems(app: NewsreaderApp) -> list[str]:
    """Footer keys drawn past the screen's edge or under the palette key."""
    from textual.widgets import Footer

    footer = app.screen.query_one(Footer)
    keys = list(footer.query("FooterKey"))
    palette = [k for k in keys if k.has_class("-command-palette")]
    limit = palette[0].region.x if palette else app.size.width
    return [f"{k.key} at {k.region}" for k in keys if not k.has_class("-command-palette")
            and (k.region.right > limit or k.region.width == 0)]


@pytest.mark.parametrize("keys", [[], ["enter"], ["enter", "i"], ["F"], ["enter", "p"]],
                         ids=["list", "reader", "inspector", "feeds", "people"])
async def test_every_footer_fits_at_80_columns(seed_library: Services, keys: list[str]) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        try:  # the footer is redrawn a moment after the keys change
            await until(pilot, lambda: footer_problems(app) == [], "the footer to fit", 3)
        except AssertionError:
            assert footer_problems(app) == []
        assert screen_lines(app)[-1].rstrip().endswith("^p palette")


async def sidebar_at(services: Services, size: tuple[int, int]) -> tuple[int, str]:
    """The people sidebar's width at a terminal size, and the screen's text."""
    app = NewsreaderApp(services)
    async with app.run_test(size=size) as pilot:
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        await pilot.pause()
        return app.screen.query_one(PeopleSidebar).size.width, "\n".join(screen_lines(app))


async def test_the_people_sidebar_grows_with_the_terminal(seed_library: Services) -> None:
    narrow, _ = await sidebar_at(seed_library, NARROW)
    wide, text = await sidebar_at(seed_library, WIDE)
    assert wide >= narrow + 8, (narrow, wide)
    assert "deputy regional administrator" in text  # Okafor's role, on the lines it needs


async def test_no_quotations_no_sidebar(library_dir: Path, tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("A Quiet Day\n\nNothing happened, and nobody said anything about it.\n")
    services = Services(library_dir)
    services.import_paths([plain])
    app = NewsreaderApp(services)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        await pilot.pause()
        assert not app.screen.query_one(PeopleSidebar).display
        assert app.screen.query_one(ArticleView).size.width >= WIDE[0] - 2
        assert "No quotations found in this article" in screen_lines(app)[-2]
        await pilot.press("P")  # nothing to show: it says so, and stays away
        await pilot.pause()
        assert not app.screen.query_one(PeopleSidebar).display


async def test_messages_take_the_status_line_not_the_text(seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=NARROW, notifications=True) as pilot:
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        text_before = screen_lines(app)[2:-2]
        await pilot.press("b")
        await message_saying(pilot, "Bookmarked")
        assert not list(app.screen.query("Toast"))  # no pop-up over the text
        assert "Bookmarked" in screen_lines(app)[-2]  # the status line
        lines = screen_lines(app)
        assert lines[3:-2] == text_before[1:]  # the text is untouched (the meta line changed)
        await until(pilot, lambda: "Bookmarked" not in screen_lines(app)[-2],
                    "the message to give the status line back", timeout=10)
        assert "quotations by" in screen_lines(app)[-2]


async def test_counts_are_in_good_english(library_dir: Path, tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text("One Voice\n\n“We will rebuild,” said Ada Quill.\n")
    services = Services(library_dir)
    services.import_paths([one])
    app = NewsreaderApp(services)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert " 1 article · 1 unread" in screen_lines(app)[0]  # the list's header
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        await pilot.pause()
        status = screen_lines(app)[-2]
        assert "1 quotation by 1 speaker ·" in status, status


async def test_wrapped_titles_in_other_articles_keep_their_indent(
        sample_library: Services) -> None:
    quoted_in: dict[str, list[str]] = {}
    for row in sample_library.rows(ListQuery()):
        for name in row.people:
            quoted_in.setdefault(name, []).append(row.id)
    name, articles = max(quoted_in.items(), key=lambda kv: len(kv[1]))
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        reader = ReaderScreen(sample_library.article(articles[0]))
        await app.push_screen(reader)
        number = next(s.number for s in reader.quotes.speakers if s.name == name)
        reader.select_quote(reader.quotes.speaker(number).quotes[0])
        await pilot.press("i")
        await until(pilot, lambda: isinstance(app.screen, InspectorScreen), "the inspector")
        await pilot.pause()
        elsewhere = app.screen.query_one("#elsewhere")
        left = elsewhere.content_region.x
        inside = [line[left:elsewhere.content_region.right]
                  for line in screen_lines(app)[elsewhere.content_region.y:
                                                elsewhere.content_region.bottom]]
        entries = [line for line in inside if line.strip()]
        assert entries
        first = [n for n, line in enumerate(entries) if line.lstrip().startswith(name)]
        assert first, entries
        for n, line in enumerate(entries):  # every line but an entry's first is indented
            if n not in first:
                assert line.startswith("    "), entries


# -- 13. first run -------------------------------------------------------------------------


async def test_the_welcome_says_how_to_add_feeds(library_dir: Path) -> None:
    library = Services(library_dir)
    notice = library.first_run()
    assert notice is not None
    assert "newsreader feeds add URL" in notice and "newsreader import PATH" in notice
    app = NewsreaderApp(library, notice=notice)
    async with app.run_test(size=NARROW, notifications=True) as pilot:
        await message_saying(pilot, "newsreader feeds add URL")
        assert not list(app.screen.query("Toast"))  # no pop-up over the articles
        lines = screen_lines(app)
        below = "\n".join(lines[-6:-1])  # the message lines above the footer
        assert "Welcome to newsreader" in below and "feeds add URL" in below
        titles = [row.title for row in library.rows(ListQuery())]
        for title in titles:  # every article is still in sight, none under the message
            assert any(title[:30] in line for line in lines[1:-6]), title


async def test_articles_imported_while_the_app_is_open_show_as_they_land(
        sample_library: Services, seed_path: Path) -> None:
    app = NewsreaderApp(sample_library, watch_seconds=0.05)
    async with app.run_test(size=NARROW, notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ListScreen)
        Services(sample_library.root).import_paths([seed_path])  # `newsreader import`
        await message_saying(pilot, "1 new article")
        assert any("State Regulator" in line for line in screen_lines(app))
