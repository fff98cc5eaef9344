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
``bench/quotes.py``. ``analyse_article`` analyses a stored article's title and body
together, as its file reads, and gives the title's quotations back apart (``in_title``).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import replace

from newsreader.news.model import ANALYSER_VERSION, Analysis, DateMention, Person, Quote

__all__ = ["ANALYSER_VERSION", "Analysis", "DateMention", "Person", "Quote", "analyse",
           "analyse_article", "run"]


def analyse(text: str, published: _dt.date | _dt.datetime | None = None,
            issuer: str | None = None) -> Analysis:
    """Find the quotations, their speakers, the people and the dates in ``text``.

    ``issuer`` is who published it, when known apart from the text (a stored article's
    source: ``USDA Forest Service``); a ``Source:`` header line in the text says the same.
    Never raises on a ``str``: should an internal error ever happen, the result is empty.
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    try:
        return run(text, published, issuer if isinstance(issuer, str) else None)
    except Exception:  # noqa: BLE001 - the contract: analysis never breaks the caller
        return Analysis()


def run(text: str, published: _dt.date | _dt.datetime | None = None,
        issuer: str | None = None) -> Analysis:
    """``analyse`` without the safety net (for tests that must see internal errors)."""
    # imported on first use, so that reading stored results (the store, the app starting)
    # does not load the rules and word lists; the engine never imports this module back
    from newsreader.news.attribution.pipeline import extract

    return extract(text, published, issuer=issuer)


TITLE_GAP = "\n\n"
"""What stands between an article's title and its body when they are analysed together."""


def analyse_article(title: str, body: str,
                    published: _dt.date | _dt.datetime | None = None,
                    issuer: str | None = None) -> Analysis:
    """Analyse an article as its file reads: the title line, a blank line, the body.

    The title's quotations are found with the body's (``‘Final Step’`` in a headline is
    a quotation, and takes the speaker of a body quotation holding the same words), and
    the result is split back: a quotation in the title has ``in_title`` set and offsets
    into the title; everything else has offsets into the body, exactly as ``analyse(body)``
    would give them. ``issuer`` as for ``analyse``. Never raises on strings.
    """
    if not isinstance(body, str):
        body = "" if body is None else str(body)
    head = title if isinstance(title, str) else ""
    head = head.replace("\n", " ").replace("\r", " ")  # one line, of the same length
    if not head.strip():
        return analyse(body, published, issuer)
    cut = len(head) + len(TITLE_GAP)
    return split_title(analyse(head + TITLE_GAP + body, published, issuer), len(head), cut)


def split_title(analysis: Analysis, title_length: int, body_start: int) -> Analysis:
    """An analysis of ``title + gap + body`` as offsets into the title (quotations there,
    marked ``in_title``) and into the body (everything else, moved back by ``body_start``).

    A quotation's mention of its speaker is kept where it points into the quotation's own
    part (a headline's ``‘…’: NAME tells``), else dropped (None); people's mentions and
    dates in the title are dropped, since nothing but a quotation can point into it."""
    def into_body(offset: int | None) -> int | None:
        return offset - body_start if offset is not None and offset >= body_start else None

    def into_title(offset: int | None) -> int | None:
        return offset if offset is not None and offset <= title_length else None

    for quote in analysis.quotes:
        if quote.start < title_length:
            quote.in_title = True
            quote.end = min(quote.end, title_length)
            place = into_title
            quote.sentence_start, quote.sentence_end = 0, title_length
        else:
            place = into_body
            quote.start -= body_start
            quote.end -= body_start
            if quote.sentence_end > quote.sentence_start:
                quote.sentence_start = max(quote.sentence_start - body_start, 0)
                quote.sentence_end = max(quote.sentence_end - body_start, 0)
        s_start, s_end = place(quote.speaker_start), place(quote.speaker_end)
        if s_start is None or s_end is None:
            s_start = s_end = None
        quote.speaker_start, quote.speaker_end = s_start, s_end
    for person in analysis.people:
        person.mentions = [[a - body_start, b - body_start] for a, b in person.mentions
                           if a >= body_start]
    analysis.dates = [replace(d, start=d.start - body_start, end=d.end - body_start,
                              sentence_start=max(d.sentence_start - body_start, 0),
                              sentence_end=max(d.sentence_end - body_start, 0))
                      for d in analysis.dates if d.start >= body_start]
    return analysis
