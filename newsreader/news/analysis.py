"""Public entry point of the offline analysis: quotations, who said them, people and dates.

    from newsreader.news.analysis import analyse
    result = analyse(text, published=date(2020, 1, 20))
    for quote in result.quotes:
        print(quote.speaker, quote.text)

``analyse`` never raises on a ``str`` and runs in time linear in the text's length. The result
types (``Analysis``, ``Quote``, ``Person``, ``DateMention``) and ``ANALYSER_VERSION`` live in
``news.model`` and are re-exported here. The work is done by ``news.attribution.pipeline``,
stage by stage: ``news.quotes`` (quote marks), ``news.sentences`` (paragraphs, sentences,
words), the attribution engine ``news.attribution`` (frames, cues, phrases, rules, coref,
people), ``news.dates``, with the word lists of ``news.lexicon``. Measured on PolNeAR by
``bench/quotes.py``.
"""

from __future__ import annotations

import datetime as _dt

from newsreader.news.model import ANALYSER_VERSION, Analysis, DateMention, Person, Quote

__all__ = ["ANALYSER_VERSION", "Analysis", "DateMention", "Person", "Quote", "analyse", "run"]


def analyse(text: str, published: _dt.date | _dt.datetime | None = None) -> Analysis:
    """Find the quotations, their speakers, the people and the dates in ``text``.

    Never raises on a ``str``: should an internal error ever happen, the result is empty.
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    try:
        return run(text, published)
    except Exception:  # noqa: BLE001 - the contract: analysis never breaks the caller
        return Analysis()


def run(text: str, published: _dt.date | _dt.datetime | None = None) -> Analysis:
    """``analyse`` without the safety net (for tests that must see internal errors)."""
    # imported on first use, so that reading stored results (the store, the app starting)
    # does not load the rules and word lists; the engine never imports this module back
    from newsreader.news.attribution.pipeline import extract

    return extract(text, published)
