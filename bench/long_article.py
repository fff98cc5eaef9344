"""The reader on one very long article: how long laying it out, a search, a step to the
next match and a step to the next quotation take; print JSON.

The article is made here (PARAGRAPHS paragraphs of about 155 bytes, each with a quotation
and two matches of "reservoir"), shown by the reader's ArticleView in a bare Textual app
(Pilot, 120x40), so what is timed is the view, not the library or the analysis. Each time
includes Pilot's pause that lets the change reach the screen.

With --app, the whole way a reader goes is timed as well ("app_open_s"): the same
article in a library (imported from an export, so analysed as the library analyses it),
the app started on it, and from Enter on the list to the text on screen: reading it from
the store, its quotations and people, the reader screen and the view.

Usage: python bench/long_article.py [--app] [PARAGRAPHS...]   (default: 2000 8000 32000)
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

from textual.app import App, ComposeResult

from newsreader.news.model import Quote
from newsreader.services import ArticleQuotes, Services, StoredArticle
from newsreader.services.reading import Speaker
from newsreader.tui.widgets.article_view import ArticleView

PARAGRAPH = ("The board met on Tuesday. “We will not let the reservoir fail,” said Ann Lee, "
             "the chair. Others disagreed about the water and the plan for the reservoir.")


def long_article(paragraphs: int) -> tuple[StoredArticle, ArticleQuotes]:
    """The article and its quotations (one a paragraph, all by one speaker)."""
    body = "\n\n".join(PARAGRAPH for _ in range(paragraphs))
    start, end = PARAGRAPH.index("We will"), PARAGRAPH.index(",” said")
    quotes = []
    for n in range(paragraphs):
        at = n * (len(PARAGRAPH) + 2)
        quotes.append(Quote(text=body[at + start:at + end], start=at + start, end=at + end,
                            speaker="Ann Lee", speakers=["Ann Lee"], verb="said"))
    speaker = Speaker(1, "Ann Lee", None, None, "person", list(range(paragraphs)))
    return (StoredArticle(id="ab" * 8, title="A long hearing", body=body),
            ArticleQuotes(quotes, [speaker], [[1]] * paragraphs))


async def measure(paragraphs: int) -> dict[str, float]:
    """Seconds for each step on an article of ``paragraphs`` paragraphs."""
    article, quotes = long_article(paragraphs)

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield ArticleView(article, quotes)

    result: dict[str, float] = {"paragraphs": paragraphs,
                                "megabytes": round(len(article.body.encode()) / 1e6, 2)}
    started = time.perf_counter()
    async with Bare().run_test(size=(120, 40)) as pilot:
        view = pilot.app.query_one(ArticleView)
        await pilot.pause()
        result["open_s"] = time.perf_counter() - started
        for name, act in (("search_s", lambda: view.find("reservoir")),
                          ("next_match_s", view.action_next_match),
                          ("clear_search_s", lambda: view.find("")),
                          ("next_quote_s", lambda: setattr(view, "current", 5)),
                          ("another_quote_s", lambda: setattr(view, "current", 6))):
            started = time.perf_counter()
            act()
            await pilot.pause()
            result[name] = time.perf_counter() - started
    return {k: round(v, 3) for k, v in result.items()}


def library_of(paragraphs: int, folder: Path) -> Services:
    """A library holding the long article alone (its export imported: analysed)."""
    article, _ = long_article(paragraphs)
    seed = folder / "seed.txt"
    seed.write_text(f"{article.title}\n\nA short text.\n", encoding="utf-8")
    first = Services(folder / "seed")
    first.import_paths([seed])
    data = first.export()
    entry = data["articles"][0]
    entry["body"] = article.body
    entry.pop("analysis", None)
    dump = folder / "export.json"
    dump.write_text(json.dumps(data), encoding="utf-8")
    services = Services(folder / "library")
    assert len(services.import_paths([dump]).imported) == 1
    return services


async def measure_app(services: Services) -> float:
    """Seconds from Enter on the list to the article's text on screen, in the app."""
    from newsreader.tui.app import NewsreaderApp
    from newsreader.tui.screens.reader_screen import ReaderScreen

    app = NewsreaderApp(services)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        started = time.perf_counter()
        await pilot.press("enter")
        while not (isinstance(app.screen, ReaderScreen)
                   and app.screen.query_one(ArticleView).plain_lines):
            await asyncio.sleep(0.005)
        await pilot.pause()
        return time.perf_counter() - started


def main() -> None:
    app = "--app" in sys.argv[1:]
    sizes = [int(a) for a in sys.argv[1:] if a != "--app"] or [2000, 8000, 32000]
    results = []
    for n in sizes:
        result = asyncio.run(measure(n))
        if app:
            with tempfile.TemporaryDirectory() as folder:
                services = library_of(n, Path(folder))
                result["app_open_s"] = round(asyncio.run(measure_app(services)), 3)
        results.append(result)
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
