"""What the reader needs from an article's analysis: speakers, their quotations, the order.

Plain Python (no Textual), so it is tested on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsreader.store.records import StoredArticle

UNATTRIBUTED = "(unattributed)"
"""The sidebar's name for quotations whose speaker was not found."""


def _placed(quote: dict[str, Any], length: int) -> bool:
    """Whether a stored quotation has a usable place in the text (damaged data is skipped)."""
    start, end = quote.get("start"), quote.get("end")
    return (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= length
            and isinstance(quote.get("text"), str))


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
    """Indices of their quotations, in text order."""


@dataclass
class ArticleQuotes:
    """An article's quotations with their speakers, ready for the reader."""

    quotes: list[dict[str, Any]]
    """The analysis's quotations, in text order."""
    speakers: list[Speaker]
    """Speakers in order of their first quotation."""
    by_quote: list[list[int]]
    """For each quotation, the numbers of its speakers (empty for none)."""

    @classmethod
    def of(cls, article: StoredArticle) -> ArticleQuotes:
        """Group an article's quotations by speaker."""
        analysis = article.analysis or {}
        quotes = sorted((q for q in analysis.get("quotes", []) if _placed(q, len(article.body))),
                        key=lambda q: q["start"])
        people = {p["name"].casefold(): p for p in analysis.get("people", [])}
        speakers: dict[str, Speaker] = {}
        by_quote: list[list[int]] = []
        for index, quote in enumerate(quotes):
            names = [n for n in (quote.get("speakers") or [quote.get("speaker")]) if n]
            numbers = []
            for name in names or [UNATTRIBUTED]:
                key = name.casefold()
                if key not in speakers:
                    person = people.get(key, {})
                    speakers[key] = Speaker(
                        number=len(speakers) + 1, name=name, role=person.get("role"),
                        affiliation=person.get("affiliation"),
                        kind=person.get("kind") or "person")
                speakers[key].quotes.append(index)
                numbers.append(speakers[key].number)
            by_quote.append(numbers)
        return cls(quotes, list(speakers.values()), by_quote)

    def speaker(self, number: int) -> Speaker:
        """The speaker with this sidebar number."""
        return self.speakers[number - 1]

    def step(self, current: int | None, forward: bool,
             among: list[int] | None = None) -> int | None:
        """The next (or previous) quotation after ``current``, wrapping around.

        ``among`` limits the choice to those quotation indices (one speaker's).
        """
        pool = among if among is not None else list(range(len(self.quotes)))
        if not pool:
            return None
        if current is None:
            return pool[0] if forward else pool[-1]
        if forward:
            return next((i for i in pool if i > current), pool[0])
        return next((i for i in reversed(pool) if i < current), pool[-1])


def short_role(role: str | None, limit: int = 40) -> str:
    """A role cut to fit a sidebar line."""
    if not role:
        return ""
    role = " ".join(role.split())
    return role if len(role) <= limit else role[: limit - 1].rstrip() + "…"
