"""The data the analysis returns: quotations, people, dates, and their stored form.

Every module of the analysis builds these, and everything above ``news`` reads them (through
``news.analysis``, which re-exports them); ``Analysis.from_dict`` is the one place the stored
form is read back. This module imports nothing of the analysis, so nothing here can make an
import circle.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

ANALYSER_VERSION = "36"
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
    """The resolved name of who said it (a person, an organization, or a document that speaks
    for itself: "the study"); None when nobody was found, when the source is one the article
    does not name (see ``source``), or when the mention is a pronoun that could not be
    resolved."""
    speakers: list[str] = field(default_factory=list)
    """Every resolved speaker: [speaker] for one, several for ``X and Y said``."""
    speaker_start: int | None = None
    """Offset of the mention of the speaker nearest this quotation (a name, "he", "who",
    "a spokesman"); for a quotation that continues an earlier one, that one's mention. None
    when no speaker was found at all."""
    speaker_end: int | None = None
    source: str | None = None
    """The description of an unnamed source, as written ("a senior official", "one
    neighbour", "its source", "investigators"), when the article gives no name for it:
    ``speaker`` is then None and the mention (``speaker_start``/``speaker_end``) is this
    description, or the pronoun that refers to it. None when the speaker is named."""
    verb: str | None = None
    """The reporting verb as written, lowercased (said, told, according to, ...)."""
    medium: str | None = None
    """Where it was said, e.g. "the Associated Press" in ``told the Associated Press``."""
    sentence_start: int = 0
    """Offsets of the sentence (or paragraph) around the quotation."""
    sentence_end: int = 0
    in_title: bool = False
    """Whether the quotation is in the article's title (a headline's ``‘Final Step’``):
    its offsets (``start``, ``end``, the sentence's, and the mention's when the title names
    the speaker) then point into the title, not the body. Only ``analyse_article`` sets
    it; a text analysed whole (``analyse``, ``newsreader quotes FILE``) has its title line
    in its text."""


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
        """Plain JSON-able data: {"version", "quotes", "people", "dates"}; a quotation has
        ``in_title`` only when it is in the title (true)."""
        return {
            "version": self.version,
            "quotes": [_quote_dict(q) for q in self.quotes],
            "people": [asdict(p) for p in self.people],
            "dates": [asdict(d) for d in self.dates],
        }

    @classmethod
    def from_dict(cls, data: object, text_length: int | None = None,
                  title_length: int | None = None) -> Analysis:
        """Rebuild an Analysis from ``to_dict`` output: the one place the stored form is read.

        Damaged data never raises: a quotation without a usable place (offsets that are not
        integers, or, given ``text_length`` (``title_length`` for one in the title), that
        fall outside the text), a person without a name and a date without offsets are
        dropped, and fields of the wrong type are read as missing. Quotations come back in
        reading order, the title's first, then the body's in text order, numbered by that
        order everywhere: each person's ``quotes`` are indices into it. Data stored before
        quotations could be in the title reads as all in the body. A missing version reads
        as "" (stale).
        """
        doc = data if isinstance(data, dict) else {}
        quotes: list[tuple[int, Quote]] = []
        stored = doc.get("quotes")
        for n, raw in enumerate(stored if isinstance(stored, list) else []):
            quote = _quote(raw, text_length, title_length) if isinstance(raw, dict) else None
            if quote is not None:
                quotes.append((n, quote))
        quotes.sort(key=lambda pair: (not pair[1].in_title, pair[1].start, pair[1].end,
                                      pair[0]))
        renumber = {old: new for new, (old, _) in enumerate(quotes)}
        people = [p for p in (_person(raw, renumber) for raw in _dicts(doc.get("people")))
                  if p is not None]
        dates = [d for d in (_date(raw) for raw in _dicts(doc.get("dates"))) if d is not None]
        version = doc.get("version")
        return cls(quotes=[q for _, q in quotes], people=people, dates=dates,
                   version=str(version) if isinstance(version, str | int) else "")


def _quote_dict(quote: Quote) -> dict[str, Any]:
    """A quotation's stored form (``in_title`` left out when false, as stored before)."""
    data = asdict(quote)
    if not quote.in_title:
        del data["in_title"]
    return data


def _dicts(value: object) -> list[dict[str, Any]]:
    """The dictionaries in a stored list (anything else is damage, skipped)."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _int(value: object) -> int | None:
    """An integer (not a bool) as stored, else None."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str(value: object) -> str | None:
    """A string as stored, else None."""
    return value if isinstance(value, str) else None


def _strs(value: object) -> list[str]:
    """The strings in a stored list."""
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _quote(raw: dict[str, Any], text_length: int | None,
           title_length: int | None = None) -> Quote | None:
    """A stored quotation, or None when it has no usable place in its text (the body, or
    the title for one marked ``in_title``)."""
    start, end, text = _int(raw.get("start")), _int(raw.get("end")), _str(raw.get("text"))
    if start is None or end is None or text is None or not 0 <= start <= end:
        return None
    in_title = raw.get("in_title") is True
    length = title_length if in_title else text_length
    if length is not None and end > length:
        return None
    speaker = _str(raw.get("speaker"))
    speakers = _strs(raw.get("speakers")) or ([speaker] if speaker else [])
    s_start, s_end = _int(raw.get("sentence_start")), _int(raw.get("sentence_end"))
    if s_start is None or s_end is None or not s_start <= start <= end <= s_end:
        s_start, s_end = 0, 0  # unknown: readers fall back to the paragraph
    return Quote(
        text=text, start=start, end=end, kind=_str(raw.get("kind")) or "direct",
        speaker=speaker, speakers=speakers, speaker_start=_int(raw.get("speaker_start")),
        speaker_end=_int(raw.get("speaker_end")), source=_str(raw.get("source")),
        verb=_str(raw.get("verb")),
        medium=_str(raw.get("medium")), sentence_start=s_start, sentence_end=s_end,
        in_title=in_title,
    )


def _person(raw: dict[str, Any], renumber: dict[int, int]) -> Person | None:
    """A stored person with quotation indices renumbered to text order; None without a name."""
    name = _str(raw.get("name"))
    if not name or not name.strip():
        return None
    quotes = sorted({renumber[i] for i in map(_int, _list(raw.get("quotes")))
                     if i is not None and i in renumber})
    mentions = [[a, b] for a, b in (_pair(m) for m in _list(raw.get("mentions")))
                if a is not None and b is not None]
    return Person(
        name=name, kind=_str(raw.get("kind")) or "person",
        short_forms=_strs(raw.get("short_forms")), role=_str(raw.get("role")),
        affiliation=_str(raw.get("affiliation")), quotes=quotes, mentions=mentions,
    )


def _list(value: object) -> list[object]:
    """A stored list, else an empty one."""
    return list(value) if isinstance(value, list) else []


def _pair(value: object) -> tuple[int | None, int | None]:
    """A stored [start, end] pair of integers (None for either that is not one)."""
    if isinstance(value, list) and len(value) == 2:
        return _int(value[0]), _int(value[1])
    return None, None


def _date(raw: dict[str, Any]) -> DateMention | None:
    """A stored date mention, or None without text and offsets."""
    start, end, text = _int(raw.get("start")), _int(raw.get("end")), _str(raw.get("text"))
    if start is None or end is None or text is None:
        return None
    return DateMention(
        text=text, start=start, end=end, value=_str(raw.get("value")),
        sentence_start=_int(raw.get("sentence_start")) or 0,
        sentence_end=_int(raw.get("sentence_end")) or 0,
    )
