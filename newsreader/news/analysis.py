"""Public entry point of the offline analysis: quotations, who said them, people and dates.

    from newsreader.news.analysis import analyse
    result = analyse(text, published=date(2020, 1, 20))
    for quote in result.quotes:
        print(quote.speaker, quote.text)

``analyse`` never raises on a ``str`` and runs in time linear in the text's length. The work
is done by ``news.extract`` with the help of ``news.quotes`` (quote marks), ``news.sentences``
(paragraphs, sentences, words), ``news.people`` (names), ``news.speakers`` (attribution rules),
``news.coref`` (pronouns and descriptions), ``news.dates`` and ``news.lexicon`` (word lists).
Measured on PolNeAR by ``bench/quotes.py``.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import asdict, dataclass, field
from typing import Any

ANALYSER_VERSION = "2"
"""Changes whenever the analysis of the same text may change."""


@dataclass
class Quote:
    """One quotation: ``text == article[start:end]`` (the quote marks excluded)."""

    text: str
    start: int
    end: int
    kind: str = "direct"
    """ "direct" (a quoted statement) or "partial" (a quoted fragment inside a sentence)."""
    speaker: str | None = None
    """The resolved name of who said it (or a description such as "a spokesman"); None when
    nobody was found, or when the mention is a pronoun that could not be resolved."""
    speakers: list[str] = field(default_factory=list)
    """Every resolved speaker: [speaker] for one, several for ``X and Y said``."""
    speaker_start: int | None = None
    """Offset of the mention of the speaker nearest this quotation (a name, "he", "who",
    "a spokesman"); for a quotation that continues an earlier one, that one's mention. None
    when no speaker was found at all."""
    speaker_end: int | None = None
    verb: str | None = None
    """The reporting verb as written, lowercased (said, told, according to, ...)."""
    medium: str | None = None
    """Where it was said, e.g. "the Associated Press" in ``told the Associated Press``."""
    sentence_start: int = 0
    """Offsets of the sentence (or paragraph) around the quotation."""
    sentence_end: int = 0


@dataclass
class Person:
    """A person, organization or place quoted or named as a source."""

    name: str
    kind: str = "person"
    """ "person", "organization" or "place"."""
    short_forms: list[str] = field(default_factory=list)
    """Other forms of the name used in the text (``Lucero`` for ``Henry Lucero``)."""
    role: str | None = None
    affiliation: str | None = None
    quotes: list[int] = field(default_factory=list)
    """Indices into ``Analysis.quotes`` of what they said."""
    mentions: list[list[int]] = field(default_factory=list)
    """[start, end] spans where the text names them."""


@dataclass
class DateMention:
    """A date or time expression, with its resolved day when there is one."""

    text: str
    start: int
    end: int
    value: str | None = None
    """ISO date "YYYY-MM-DD", or None when it cannot be resolved."""
    sentence_start: int = 0
    sentence_end: int = 0


@dataclass
class Analysis:
    """Everything found in one text."""

    quotes: list[Quote] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    version: str = ANALYSER_VERSION

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data: {"version", "quotes", "people", "dates"}."""
        return {
            "version": self.version,
            "quotes": [asdict(q) for q in self.quotes],
            "people": [asdict(p) for p in self.people],
            "dates": [asdict(d) for d in self.dates],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        """Rebuild an Analysis from ``to_dict`` output."""
        return cls(
            quotes=[Quote(**{**q, "speakers": list(q.get("speakers", []))})
                    for q in data.get("quotes", [])],
            people=[
                Person(**{
                    **p,
                    "short_forms": list(p.get("short_forms", [])),
                    "quotes": list(p.get("quotes", [])),
                    "mentions": [list(m) for m in p.get("mentions", [])],
                })
                for p in data.get("people", [])
            ],
            dates=[DateMention(**d) for d in data.get("dates", [])],
            version=str(data.get("version", ANALYSER_VERSION)),
        )


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
    from newsreader.news.extract import extract

    return extract(text, published)
