"""Paragraphs, words and sentences of an article, with offsets into the text as given.

Everything here runs in linear time: one regular-expression pass per concern, and regular
expressions without nested quantifiers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*+\n\s*+")
_NEWLINE = re.compile(r"\n\s*+")

_ABBREV = (
    r"Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Prof|Rev|St|Ste|Jr|Sr|"
    r"Inc|Corp|Co|Ltd|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Calif|Fla|Ill|"
    r"Mass|Va|Pa|Ga|Ariz|Colo|Conn|Del|Ind|Kan|Kans|Ky|La|Md|Mich|Minn|Miss|Mo|Mont|Neb|Nev|"
    r"Okla|Ore|Tenn|Tex|Wash|Wis|Wyo|Vt|Ala|Ark|Mt|Ft|Atty|Supt|Sec|Amb|Gens|Messrs|Mmes|vs|"
    r"etc|approx|Dept|Univ|Assn|Bros|Pres|Cmdr|Insp|Det|Sgts|Lt|Cpl|Pvt|Hon"
)
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[’'&-]\w+)*|''|``|[^\w\s]")
"""A word (with inner apostrophes and hyphens: don’t, ICE’s), an initialism (U.S.) or a mark.

``tokenize`` then joins abbreviations to their period (Mr., Sept.) and splits pronoun
contractions (He’s -> He ’s)."""

ABBREVIATIONS = frozenset(a.lower() + "." for a in _ABBREV.split("|"))
_CONTRACTED = frozenset(
    p + a + e
    for p in ("he", "she", "it", "they", "we", "i", "you", "that", "there", "who")
    for a in ("’", "'")
    for e in ("s", "re", "d", "ll", "ve", "m")
)

_SENTENCE_END = re.compile(
    r"(?<![.!?…])[.!?…]++[\"”’'\)\]]*+(?=\s++[\"“‘'(\[0-9A-ZÀ-ÖØ-ÞΑ-ΩА-Я])|\n"
)
"""Where a sentence may end: terminal marks before white space and a capital, a digit or an
opening mark; or a line break."""
_ATTRIBUTION_NEXT = re.compile(
    r"\s+(?:(?:[A-Z][\w’'.-]*|he|she|they|it|we|I)\s+){1,4}(?:said|says|told|tells|added|adds|"
    r"asked|asks|wrote|writes|continued|explained|replied|recalled|noted|insisted|argued|"
    r"tweeted|declared|exclaimed|shouted|yelled|joked|responded|answered)\b"
    r"|\s+(?:said|says|added|asked|wrote|continued)\s"
)
"""After a closing mark: an attribution (``… Really?" Bush said.``) that is not a new sentence."""


@dataclass(frozen=True, slots=True)
class Tokens:
    """The words and marks of a text: parallel lists of offsets and texts."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    lowers: list[str]

    def __len__(self) -> int:
        return len(self.words)




def _trimmed(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The span [a, b) without its surrounding whitespace, or None if nothing is left."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if b > a else None

def tokenize(text: str, holes: Sequence[tuple[int, int]] = ()) -> Tokens:
    """Split ``text`` into tokens (see TOKEN).

    Each of the ``holes`` (sorted, disjoint spans, e.g. quotations) becomes one token whose
    text is empty: what is inside is not split.
    """
    starts: list[int] = []
    ends: list[int] = []
    words: list[str] = []
    pos = 0
    for a, b in [*holes, (len(text), len(text))]:
        if a < pos:
            continue
        ms = list(TOKEN.finditer(text, pos, a))
        starts += [m.start() for m in ms]
        ends += [m.end() for m in ms]
        words += [m.group() for m in ms]
        if b > a:
            starts.append(a)
            ends.append(b)
            words.append("")
        pos = b
    return _assemble(text, starts, ends, words)


def _assemble(text: str, starts: list[int], ends: list[int], words: list[str]) -> Tokens:
    """Join abbreviations to their period and split pronoun contractions."""
    n = len(words)
    fixes = [
        i
        for i in [i for i, w in enumerate(words) if w == "."]
        if i > 0
        and ends[i - 1] == starts[i]
        and (
            words[i - 1].lower() + "." in ABBREVIATIONS
            or (len(words[i - 1]) == 1 and words[i - 1].isupper() and i + 1 < n
                and words[i + 1][:1].isupper())
        )
    ]
    fixes += [
        i for i, w in enumerate(words) if ("’" in w or "'" in w) and w.lower() in _CONTRACTED
    ]
    if not fixes:
        return Tokens(starts, ends, words, [w.lower() for w in words])
    fixes.sort()
    s2: list[int] = []
    e2: list[int] = []
    w2: list[str] = []
    last = 0
    for i in fixes:
        if words[i] == ".":
            if i - 1 < last:
                continue
            s2 += starts[last : i - 1]
            e2 += ends[last : i - 1]
            w2 += words[last : i - 1]
            s2.append(starts[i - 1])
            e2.append(ends[i])
            w2.append(words[i - 1] + ".")
        else:
            if i < last:
                continue
            s2 += starts[last:i]
            e2 += ends[last:i]
            w2 += words[last:i]
            cut = starts[i] + max(words[i].find("’"), words[i].find("'"))
            s2 += [starts[i], cut]
            e2 += [cut, ends[i]]
            w2 += [text[starts[i] : cut], text[cut : ends[i]]]
        last = i + 1
    s2 += starts[last:]
    e2 += ends[last:]
    w2 += words[last:]
    return Tokens(s2, e2, w2, [w.lower() for w in w2])


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs, without surrounding white space.

    Paragraphs are separated by blank lines; in a text without any blank line, every line is a
    paragraph.
    """
    sep = _BLANK_LINE if _BLANK_LINE.search(text) else _NEWLINE
    spans = []
    pos = 0
    for m in sep.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [span for a, b in spans if (span := _trimmed(text, a, b))]


def sentences(
    text: str, paras: Sequence[tuple[int, int]], inside: Sequence[tuple[int, int]],
    breaks: Sequence[int] = (),
) -> list[tuple[int, int]]:
    """Spans of the sentences, never ending inside one of the ``inside`` spans (quotations).

    A sentence ends at a line break or at ``.``, ``!`` or ``?`` (with any closing marks) before
    white space and a capital, a digit or an opening mark, unless the period belongs to an
    abbreviation (Mr., Sept.) or an initial; and at each of the offsets ``breaks`` (the end
    of an interview's speaker label).
    """
    cuts: dict[int, bool] = {}  # offset -> only if the quotation before began the sentence
    for a, b in paras:
        cuts[a] = False
        cuts[b] = False
    for offset in breaks:
        cuts[offset] = False
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if m.group() == "\n":
            cuts.setdefault(m.start(), False)
            continue
        if m.group() == ".":
            words = text[max(0, m.start() - 12) : m.start() + 1].split()
            word = words[-1].lower().lstrip("(\"“‘'") if words else ""
            if word in ABBREVIATIONS or (len(word) == 2 and word[0].isalpha()):
                continue
            if 2 < len(word) <= 6 and word.count(".") > 1:
                continue  # U.S., D.C.: rarely the end of a sentence in news text
        conditional = m.group()[-1] in "\"”’'" and _ATTRIBUTION_NEXT.match(text, end) is not None
        if cuts.get(end) is not False:
            cuts[end] = conditional
    # drop cuts inside a quotation, and those between a quotation that opens a sentence and
    # its attribution ("… Really?" Bush said.)
    kept: list[int] = []
    j = 0
    for c in sorted(cuts):
        while j < len(inside) and inside[j][1] <= c:
            j += 1
        if j < len(inside) and inside[j][0] < c < inside[j][1]:
            continue
        if cuts[c] and j > 0 and kept:
            opened = inside[j - 1][0]
            if opened >= kept[-1] and not text[kept[-1] : opened].strip(" \t\n\"“'`‘("):
                continue
        kept.append(c)
    out = []
    prev = None
    for c in kept:
        if prev is not None and (span := _trimmed(text, prev, c)):
            out.append(span)
        prev = c
    return out

