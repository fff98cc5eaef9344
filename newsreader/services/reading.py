"""What the reader needs from an article's analysis: speakers, their quotations, the order.

Quotations are numbered by their place in ``Analysis.quotes`` (text order, as the analysis
is rebuilt from storage): the reader, the inspector and the quotations of one person across
the library all use that one numbering.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from newsreader.news.analysis import Analysis, Person, Quote

UNATTRIBUTED = "(no speaker)"
"""The sidebar's name for quotations with no speaker found (a headline's quotation that no
body quotation repeats, a quotation whose attribution was not understood)."""


@dataclass
class Speaker:
    """Someone quoted in the article, as the sidebar lists them."""

    number: int
    """1-based position in the sidebar; also the mark shown after their quotations."""
    name: str
    """Full name (or UNATTRIBUTED)."""
    role: str | None
    """Role or title from the text, when found."""
    affiliation: str | None
    """Organisation they speak for, when found."""
    kind: str
    """"person", "organization" or "place"."""
    quotes: list[int] = field(default_factory=list)
    """Numbers of their quotations, in text order."""


def speakers_of(quote: Quote) -> list[str]:
    """Every name a quotation is attributed to (none when the speaker is unknown)."""
    if quote.speakers:
        return [n for n in quote.speakers if n]
    return [quote.speaker] if quote.speaker else []


@dataclass
class ArticleQuotes:
    """An article's quotations with their speakers, ready for the reader."""

    quotes: list[Quote]
    """The analysis's quotations, in text order: quotation n is ``quotes[n]``."""
    speakers: list[Speaker]
    """Speakers in order of their first quotation."""
    by_quote: list[list[int]]
    """For each quotation, the numbers of its speakers (empty for none)."""

    @classmethod
    def of(cls, analysis: Analysis | None) -> ArticleQuotes:
        """Group an article's quotations by speaker."""
        quotes = list(analysis.quotes) if analysis else []
        people: dict[str, Person] = {
            p.name.casefold(): p for p in (analysis.people if analysis else [])}
        speakers: dict[str, Speaker] = {}
        by_quote: list[list[int]] = []
        for index, quote in enumerate(quotes):
            numbers = []
            for name in speakers_of(quote) or [UNATTRIBUTED]:
                key = name.casefold()
                if key not in speakers:
                    person = people.get(key)
                    speakers[key] = Speaker(
                        number=len(speakers) + 1, name=name,
                        role=person.role if person else None,
                        affiliation=person.affiliation if person else None,
                        kind=(person.kind if person else None) or "person")
                speakers[key].quotes.append(index)
                numbers.append(speakers[key].number)
            by_quote.append(numbers)
        return cls(quotes, list(speakers.values()), by_quote)

    @cached_property
    def title_quotes(self) -> list[int]:
        """The numbers of the title's quotations, in order."""
        return [i for i, quote in enumerate(self.quotes) if quote.in_title]

    def speaker(self, number: int) -> Speaker:
        """The speaker with this sidebar number."""
        return self.speakers[number - 1]

    def names(self, index: int) -> list[str]:
        """The names of the speakers of quotation ``index``."""
        return [self.speaker(n).name for n in self.by_quote[index]]

    def step(self, current: int | None, forward: bool,
             among: list[int] | None = None) -> int | None:
        """The next (or previous) quotation after ``current``, wrapping around.

        ``among`` limits the choice to those quotation numbers (one speaker's, in order).
        A step looks its place up (bisection), so it costs the same in an article of
        thousands of quotations.
        """
        pool: Sequence[int] = among if among is not None else range(len(self.quotes))
        if not pool:
            return None
        if current is None:
            return pool[0] if forward else pool[-1]
        if forward:
            after = bisect_right(pool, current)
            return pool[after] if after < len(pool) else pool[0]
        before = bisect_left(pool, current)
        return pool[before - 1] if before > 0 else pool[-1]


@dataclass(frozen=True)
class QuoteRef:
    """One quotation somewhere in the library, by its article and number."""

    article_id: str
    """The article it is in."""
    article_title: str
    """That article's headline."""
    index: int
    """Its number in that article (see the module's docstring)."""
    quote: Quote
    """The quotation."""


def quotes_in(article_id: str, title: str, analysis: Analysis | None,
              name: str) -> list[QuoteRef]:
    """The quotations of an article attributed to ``name`` (case-blind)."""
    key = name.casefold()
    return [QuoteRef(article_id, title, i, q) for i, q in enumerate(analysis.quotes)
            if any(s.casefold() == key for s in speakers_of(q))] if analysis else []


def context_of(body: str, quote: Quote, title: str = "") -> str:
    """The sentence (or, when it is not known, the paragraph) around a quotation; for one
    in the title, the title."""
    if quote.in_title:
        return title
    start, end = quote.sentence_start, quote.sentence_end
    if end <= start:
        start = body.rfind("\n\n", 0, quote.start) + 1
        stop = body.find("\n\n", quote.end)
        end = len(body) if stop < 0 else stop
    return body[max(start, 0):end].strip()


def short_role(role: str | None, limit: int = 40) -> str:
    """A role cut to fit a sidebar line."""
    if not role:
        return ""
    role = " ".join(role.split())
    return role if len(role) <= limit else role[: limit - 1].rstrip() + "…"
