"""Make the README's pictures: SVG screenshots of newsreader over the sample library.

Builds a temporary library from the bundled samples (with the clock fixed, so the pictures
only change when the app does), drives the app with Pilot and saves into this folder:

    list.svg  search.svg  help.svg  tag-filter.svg           (120x40, the list screen)
    people.svg  person.svg                                   (120x40, People, a person's page)
    reader.svg  inspector.svg  tags.svg                      (120x40, the reader)
    reader-80x24.svg  inspector-80x24.svg                    (80x24)
    list-light.svg  reader-light.svg                         (120x40, catppuccin-latte)

Run from the repo root: ``python screenshots/make_screenshots.py`` (``--out DIR`` to write
elsewhere).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from textual.pilot import Pilot  # noqa: E402

import newsreader.store.library  # noqa: E402
import newsreader.store.records  # noqa: E402
from newsreader.services import ArticleQuotes, ListQuery, Services  # noqa: E402
from newsreader.tui.app import NewsreaderApp  # noqa: E402
from newsreader.tui.screens.help_screen import HelpScreen  # noqa: E402
from newsreader.tui.screens.inspector_screen import InspectorScreen  # noqa: E402
from newsreader.tui.screens.list_screen import ListScreen  # noqa: E402
from newsreader.tui.screens.people_screen import PeopleScreen  # noqa: E402
from newsreader.tui.screens.quotes_screen import QuotesScreen  # noqa: E402
from newsreader.tui.screens.reader_screen import ReaderScreen  # noqa: E402
from newsreader.tui.screens.tag_filter_dialog import TagFilterDialog  # noqa: E402
from newsreader.tui.screens.tags_dialog import TagsDialog  # noqa: E402
from newsreader.tui.widgets.article_list import ArticleList  # noqa: E402

FIXED_NOW = "2026-11-20T09:00:00+00:00"
"""When the sample articles are "added" (and anything else stamped with the time)."""
LIGHT_THEME = "catppuccin-latte"
"""The light theme of the light pictures."""
SEARCH = "Reyes"
"""What the search picture has typed."""
BIG = (120, 40)
SMALL = (80, 24)


@contextmanager
def fixed_clock() -> Iterator[None]:
    """Make the store stamp every record with FIXED_NOW."""
    records, library = newsreader.store.records, newsreader.store.library
    saved = records.now_iso, library.now_iso
    records.now_iso = library.now_iso = lambda: FIXED_NOW
    try:
        yield
    finally:
        records.now_iso, library.now_iso = saved


def sample_library(folder: Path) -> Services:
    """The services over a library holding the bundled samples, as on first run."""
    services = Services(folder)
    if services.first_run() is None:
        raise SystemExit(f"{folder}: the samples were not loaded")
    return services


def pick_article(services: Services) -> tuple[str, str]:
    """The sample with the most speakers, and its most-quoted speaker (not the first in
    the sidebar, when another has as many quotations, so choosing shows a jump)."""
    best: tuple[int, str] | None = None
    for row in services.rows(ListQuery()):
        count = len(ArticleQuotes.of(services.article(row.id).analysis).speakers)
        if best is None or count > best[0] or (count == best[0] and row.id < best[1]):
            best = (count, row.id)
    assert best is not None, "the sample library is empty"
    article_id = best[1]
    speakers = ArticleQuotes.of(services.article(article_id).analysis).speakers
    top = max(len(s.quotes) for s in speakers)
    person = [s for s in speakers if len(s.quotes) == top][-1].name
    return article_id, person


class Shooter:
    """Saves the current screen of a running app under a name, after it settles."""

    def __init__(self, app: NewsreaderApp, pilot: Pilot[int], out: Path) -> None:
        self.app = app
        self.pilot = pilot
        self.out = out

    async def settle(self) -> None:
        """Let messages, workers and refreshes finish."""
        for _ in range(3):
            await self.pilot.pause()
        await self.app.workers.wait_for_complete()
        await self.pilot.pause()

    async def shoot(self, name: str) -> None:
        """Save ``name``.svg."""
        await self.settle()
        self.app.save_screenshot(f"{name}.svg", str(self.out))
        print(f"wrote {self.out / name}.svg")

    async def press(self, *keys: str) -> None:
        """Press keys, letting the app settle after each."""
        for key in keys:
            await self.pilot.press(key)
            await self.pilot.pause()

    def expect(self, kind: type) -> None:
        """Stop with a clear message if the app is not on the expected screen."""
        if not isinstance(self.app.screen, kind):
            raise SystemExit(f"expected {kind.__name__}, the app shows "
                             f"{type(self.app.screen).__name__}")


async def open_article(shot: Shooter, article_id: str, person: str) -> None:
    """From the list: move to the article, open it, choose ``person`` in the sidebar."""
    shot.expect(ListScreen)
    articles = shot.app.screen.query_one(ArticleList)
    index = next(i for i in range(articles.row_count) if articles.row_at(i).id == article_id)
    await shot.press("g", *["j"] * index, "enter")
    await shot.settle()
    shot.expect(ReaderScreen)
    names = [s.name for s in shot.app.screen.quotes.speakers]
    await shot.press("p", *["j"] * names.index(person), "enter")


async def big_pictures(library: Services, out: Path, article_id: str, person: str) -> None:
    """Everything at 120x40."""
    library.set_tags(article_id, ["labour", "ferries"])  # so the tags dialog has some
    app = NewsreaderApp(library)
    async with app.run_test(size=BIG) as pilot:
        shot = Shooter(app, pilot, out)
        await shot.settle()
        shot.expect(ListScreen)
        await shot.shoot("list")

        await shot.press("slash")
        await pilot.press(*SEARCH)
        await pilot.pause(0.3)  # the search waits for typing to pause
        await shot.shoot("search")
        await shot.press("escape")

        await shot.press("question_mark")
        shot.expect(HelpScreen)
        await shot.shoot("help")
        await shot.press("escape")

        await shot.press("T")
        shot.expect(TagFilterDialog)
        await shot.shoot("tag-filter")
        await shot.press("escape")

        await shot.press("p")
        shot.expect(PeopleScreen)
        await shot.shoot("people")
        await shot.press("enter")  # the most quoted person's page
        shot.expect(QuotesScreen)
        await shot.shoot("person")
        await shot.press("escape", "escape")

        await open_article(shot, article_id, person)
        await shot.shoot("reader")

        await shot.press("i")
        shot.expect(InspectorScreen)
        await shot.shoot("inspector")
        await shot.press("escape")

        shot.expect(ReaderScreen)
        await shot.press("t")
        shot.expect(TagsDialog)
        await shot.press(*"transport", "down", "j", "x")  # one typed to add, one to remove
        await shot.shoot("tags")
        await shot.press("escape")


async def small_pictures(library: Services, out: Path, article_id: str, person: str) -> None:
    """The reader and the inspector at 80x24."""
    app = NewsreaderApp(library)
    async with app.run_test(size=SMALL) as pilot:
        shot = Shooter(app, pilot, out)
        await shot.settle()
        await open_article(shot, article_id, person)
        await shot.shoot("reader-80x24")
        await shot.press("i")
        shot.expect(InspectorScreen)
        await shot.shoot("inspector-80x24")


async def light_pictures(library: Services, out: Path, article_id: str, person: str) -> None:
    """The list and the reader in a light theme, at 120x40."""
    app = NewsreaderApp(library)
    async with app.run_test(size=BIG) as pilot:
        app.theme = LIGHT_THEME
        shot = Shooter(app, pilot, out)
        await shot.settle()
        await shot.shoot("list-light")
        await open_article(shot, article_id, person)
        await shot.shoot("reader-light")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent,
                        help="folder for the SVGs (default: this script's folder)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with fixed_clock(), tempfile.TemporaryDirectory(prefix="newsreader-shots-") as tmp:
        # each app gets its own copy, so the first run's read marks do not show in the second
        for n, shoot in enumerate((big_pictures, small_pictures, light_pictures)):
            library = sample_library(Path(tmp) / f"library-{n}")
            article_id, person = pick_article(library)
            asyncio.run(shoot(library, args.out, article_id, person))


if __name__ == "__main__":
    main()
