"""The reader on one very long article: how long laying it out, a search, a step to the
next match and a step to the next quotation take; print JSON.

The article is made here (PARAGRAPHS paragraphs of about 155 bytes, each with a quotation
and two matches of "reservoir"), shown by the reader's ArticleView in a bare Textual app
(Pilot, 120x40), so what is timed is the view, not the library or the analysis. Each time
includes Pilot's pause that lets the change reach the screen.

Usage: python bench/long_article.py [PARAGRAPHS...]   (default: 2000 8000 32000)
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

from textual.app import App, ComposeResult

from newsreader.news.model import Quote
from newsreader.services import ArticleQuotes, StoredArticle
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


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [2000, 8000, 32000]
    print(json.dumps([asyncio.run(measure(n)) for n in sizes], indent=1))


if __name__ == "__main__":
    main()
