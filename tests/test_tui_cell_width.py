"""Cut by cell width everywhere (issue 11: 9): with wide titles, sources, names and feed
names (CJK characters and emoji take two cells each), every screen at 80 columns draws
lines exactly as wide as the terminal, every column stays on screen, and what is cut ends
in an ellipsis."""

from __future__ import annotations

from pathlib import Path

import pytest
from looking import screen_lines
from rich.cells import cell_len
from waiting import until

from newsreader.services import Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.feeds_screen import FeedsScreen
from newsreader.tui.screens.inspector_screen import InspectorScreen
from newsreader.tui.screens.reader_screen import ReaderScreen

NARROW = (80, 24)
TITLE = "東京湾の防潮堤が崩壊🌊住民が避難を開始した長い見出しです東京湾の防潮堤が崩壊した🌊"
SOURCE = "東京新聞社会部の記者とカメラマン🎥📰"
ROLE = "東京湾港湾局🚢の港湾長"


@pytest.fixture
def wide_library(library_dir: Path, tmp_path: Path, fixed_clock: str) -> Services:
    path = tmp_path / "wide.txt"
    path.write_text(f"Source: {SOURCE}\nDate: 2026-03-09\n\n{TITLE}\n\n"
                    f"“The wall held for forty years,” said Ada Quill, {ROLE}.\n\n"
                    "“We will rebuild it,” said Ada Quill.\n", encoding="utf-8")
    services = Services(library_dir)
    services.import_paths([path])
    services.set_tags(services.listing().ids[0], ["防潮堤", "避難🏃"])
    return services


def widths(app: NewsreaderApp) -> set[int]:
    return {cell_len(line) for line in screen_lines(app)}


async def test_the_reader_and_inspector_fit_wide_characters(wide_library: Services) -> None:
    app = NewsreaderApp(wide_library)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert widths(app) == {80}
        await pilot.press("enter", "right_square_bracket")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        await pilot.pause()
        assert widths(app) == {80}
        text = "\n".join(screen_lines(app))
        assert SOURCE in text and "港湾長" in text  # the meta line and the sidebar's role
        await pilot.press("i")
        await until(pilot, lambda: isinstance(app.screen, InspectorScreen), "the inspector")
        await pilot.pause()
        assert widths(app) == {80}
        title_line = screen_lines(app)[0]
        assert title_line.startswith(" Quotations in: 東京湾の防潮堤")  # cut, not wrapped away
        assert title_line.rstrip().endswith("…")


async def test_the_feeds_view_keeps_every_column_on_screen(library_dir: Path) -> None:
    services = Services(library_dir)
    services.import_opml(f"""<?xml version="1.0"?><opml version="2.0"><body>
        <outline type="rss" text="{SOURCE * 3}" xmlUrl="https://example.org/wide.xml"/>
        <outline type="rss" text="The Harbour Gazette: Local News, Sport and Weather for
         the whole of the bay" xmlUrl="https://example.org/gazette.xml"/>
        </body></opml>""".encode())
    app = NewsreaderApp(services)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("F")
        await until(pilot, lambda: isinstance(app.screen, FeedsScreen), "the feeds view")
        await pilot.pause()
        lines = screen_lines(app)
        assert widths(app) == {80}
        head = next(line for line in lines if "Feed" in line and "Tags" in line)
        assert "Unread" in head and "Total" in head and "Last result" in head
        wide = next(line for line in lines if "東京新聞" in line)
        assert "…" in wide and "not fetched yet" in wide
        gazette = next(line for line in lines if "Harbour Gazette" in line)
        assert "…" in gazette and "not fetched yet" in gazette
