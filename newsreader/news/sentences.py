"""Paragraphs, words and sentences of an article, with offsets into the text as given.

Everything here runs in linear time: one regular-expression pass per concern, and regular
expressions without nested quantifiers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, compress, count

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*+\n\s*+")
_NEWLINE = re.compile(r"\n\s*+")

_ABBREV = (
    r"Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Prof|Rev|St|Ste|Jr|Sr|"
    r"Inc|Corp|Co|Ltd|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Calif|Fla|Ill|"
    r"Mass|Va|Pa|Ga|Ariz|Colo|Conn|Del|Ind|Kan|Kans|Ky|La|Md|Mich|Minn|Miss|Mo|Mont|Neb|Nev|"
    r"Okla|Ore|Tenn|Tex|Wash|Wis|Wyo|Vt|Ala|Ark|Mt|Ft|Atty|Supt|Sec|Amb|Gens|Messrs|Mmes|vs|"
    r"etc|approx|Dept|Univ|Assn|Bros|Pres|Cmdr|Insp|Det|Sgts|Lt|Cpl|Pvt|Hon|Spc|Pfc|Brig|Fr|Msgr|"
    r"Cdr|Ens|Const|Ald|Coun|Cllr"
)
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[’'&-]\w+)*|''|``|[^\w\s]")
"""A word (with inner apostrophes and hyphens: don’t, ICE’s), an initialism (U.S.) or a mark.

``tokenize`` then joins abbreviations to their period (Mr., Sept.) and splits pronoun
contractions (He’s -> He ’s)."""
_GAP_TOKEN = re.compile(
    r"(\s*+)((?>[A-Za-z]\.[A-Za-z]\.(?:[A-Za-z]\.)*+)|\w++(?:[’'&-]\w++)*+"
    r"(?:(?<=[sS])[’'](?=[ \t]++[A-Z]))?|''|``|[^\w\s])"
)
"""TOKEN with the white space before it, as two groups: the same tokens, found faster (the
search does not stop at every space)."""

ABBREVIATIONS = frozenset(a.lower() + "." for a in _ABBREV.split("|"))
_CONTRACTED = frozenset(
    p + a + e
    for p in ("he", "she", "it", "they", "we", "i", "you", "that", "there", "who")
    for a in ("’", "'")
    for e in ("s", "re", "d", "ll", "ve", "m")
)

_TERMINAL = re.compile(r"[.!?…]++[\"”’'\)\]]*+(?=\s++[\"“‘'(\[0-9A-ZÀ-ÖØ-ÞΑ-ΩА-Я])")
"""Where a sentence may end but at a line break: a run of terminal marks (with any closing
marks) before white space and a capital, a digit or an opening mark.

Tried only at the marks (``_terminal_ends``). A match begins at the first mark of a run: one
that fails there fails at every later mark of the run too (the run and what follows it end
at the same place)."""
_TERMINAL_MARKS = ".!?…"
_ATTRIBUTION_NEXT = re.compile(
    r"\s+(?:(?:[A-Z][\w’'.-]*|he|she|they|it|we|I)\s+){1,4}(?:said|says|told|tells|added|adds|"
    r"asked|asks|wrote|writes|continued|explained|replied|recalled|noted|insisted|argued|"
    r"tweeted|declared|exclaimed|shouted|yelled|joked|responded|answered)\b"
    r"|\s+(?:said|says|added|asked|wrote|continued)\s"
)
"""After a closing mark: an attribution (``… Really?" Bush said.``) that is not a new sentence."""
_CLAUSE_AFTER_CUE = re.compile(
    r"[ \t]*(?:that|the|a|an|his|her|their|its|our|he|she|they|it|we|there|this|these|those"
    r"|some|many|most|no)\b")
"""After a reporting verb: the start of what is reported (``Raman said the group's …``)."""


def _attribution_next(text: str, end: int, mark: str) -> bool:
    """Whether the words after a closing mark at offset ``end`` attribute the quotation
    before it (see _ATTRIBUTION_NEXT); after a quotation that ends in a period, not when
    the verb goes on to report something else (``… leaving." Raman said the group's petition
    would …``: a sentence of its own)."""
    found = _ATTRIBUTION_NEXT.match(text, end)
    if found is None:
        return False
    return mark[0] != "." or _CLAUSE_AFTER_CUE.match(text, found.end()) is None


@dataclass(frozen=True, slots=True)
class Tokens:
    """The words and marks of a text: parallel lists of offsets and texts."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    lowers: list[str]

    def __len__(self) -> int:
        return len(self.words)


def _indices(items: list[str], item: str) -> list[int]:
    """The positions of ``item`` in ``items`` (found by the list's own search)."""
    out: list[int] = []
    try:
        while True:
            out.append(items.index(item, out[-1] + 1 if out else 0))
    except ValueError:
        return out


def _trimmed(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The span [a, b) without its surrounding whitespace, or None if nothing is left."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if b > a else None


def occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` occurs in ``text`` (overlapping occurrences too), by ``str.find``."""
    out: list[int] = []
    find = text.find
    at = find(word)
    while at >= 0:
        out.append(at)
        at = find(word, at + 1)
    return out


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
        _split_words(text, pos, a, starts, ends, words)
        if b > a:
            starts.append(a)
            ends.append(b)
            words.append("")
        pos = b
    return _assemble(text, starts, ends, words)


def _split_words(
    text: str, start: int, end: int, starts: list[int], ends: list[int], words: list[str]
) -> None:
    """Append the tokens of text[start:end] to the parallel lists.

    Between two tokens there is only white space (every other character is a token of its
    own), so the pieces (gap, token, gap, token, ...) add up to the text and the offsets
    follow from the running sum of their lengths.
    """
    pieces = list(chain.from_iterable(_GAP_TOKEN.findall(text, start, end)))
    offsets = list(accumulate(map(len, pieces), initial=start))
    starts += offsets[1::2]
    ends += offsets[2::2]
    words += pieces[1::2]


class _Lowercase(dict[str, str]):
    """Each word met so far and its lowercase form: looked up through ``map`` at C speed,
    one string per distinct word (whose hash, once worked out, is kept for every later
    lookup of the lexicon). Words longer than _LOWER_LONGEST are not kept, and it starts
    afresh past _LOWER_LIMIT words, so what it holds stays small whatever the input."""

    def __missing__(self, word: str) -> str:
        low = word.lower()
        if len(word) <= _LOWER_LONGEST:
            if len(self) >= _LOWER_LIMIT:
                self.clear()
            self[word] = low
        return low


_LOWER = _Lowercase()
_LOWER_LIMIT = 100_000
_LOWER_LONGEST = 40


def _assemble(text: str, starts: list[int], ends: list[int], words: list[str]) -> Tokens:
    """Join abbreviations to their period and split pronoun contractions."""
    n = len(words)
    lowers = list(map(_LOWER.__getitem__, words))
    fixes = [
        i
        for i in _indices(words, ".")
        if i > 0
        and ends[i - 1] == starts[i]
        and (
            lowers[i - 1] + "." in ABBREVIATIONS
            or (len(words[i - 1]) == 1 and words[i - 1].isupper() and i + 1 < n
                and words[i + 1][:1].isupper())
        )
    ]
    if not _CONTRACTED.isdisjoint(lowers):
        fixes += compress(count(), map(_CONTRACTED.__contains__, lowers))
    if not fixes:
        return Tokens(starts, ends, words, lowers)
    fixes.sort()
    s2: list[int] = []
    e2: list[int] = []
    w2: list[str] = []
    l2: list[str] = []
    last = 0
    for i in fixes:
        if words[i] == ".":
            if i - 1 < last:
                continue
            s2 += starts[last : i - 1]
            e2 += ends[last : i - 1]
            w2 += words[last : i - 1]
            l2 += lowers[last : i - 1]
            s2.append(starts[i - 1])
            e2.append(ends[i])
            w2.append(words[i - 1] + ".")
            l2.append(lowers[i - 1] + ".")
        else:
            if i < last:
                continue
            s2 += starts[last:i]
            e2 += ends[last:i]
            w2 += words[last:i]
            l2 += lowers[last:i]
            cut = starts[i] + max(words[i].find("’"), words[i].find("'"))
            s2 += [starts[i], cut]
            e2 += [cut, ends[i]]
            pieces = [text[starts[i] : cut], text[cut : ends[i]]]
            w2 += pieces
            l2 += [pieces[0].lower(), pieces[1].lower()]
        last = i + 1
    s2 += starts[last:]
    e2 += ends[last:]
    w2 += words[last:]
    l2 += lowers[last:]
    return Tokens(s2, e2, w2, l2)


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


_WRAP_WIDTHS = range(40, 101)
"""The lengths of the lines of a hard-wrapped paragraph, but its last."""


def unwrapped(text: str, paras: Sequence[tuple[int, int]]) -> str:
    """The text with the line breaks inside its paragraphs as spaces, when it is hard-wrapped
    (mail, some feeds and plain-text files: most lines but a paragraph's last 40 to 100
    characters long), so that a name or a sentence broken over two lines reads as one; else
    the text itself. Every character keeps its offset. Only a break after a line of the wrap's
    width is a wrap: one after a short line (``writes:`` before a quotation set on its own
    line) or a long one stays, and paragraphs of header lines (``Source:``) keep theirs."""
    if "\n" not in text:
        return text
    breaks: list[int] = []  # the offsets of the line breaks that are wraps
    inner = fitting = lowercase = 0
    for a, b in paras:
        if text.find("\n", a, b) < 0:
            continue
        lines = text[a:b].split("\n")
        if HEADER_LINE.match(lines[0]) or HEADER_LINE.match(lines[-1]):
            continue
        at = a
        for line in lines[:-1]:
            at += len(line)
            inner += 1
            if len(line.strip()) in _WRAP_WIDTHS:
                fitting += 1
                breaks.append(at)
            at += 1
        lowercase += sum(line.lstrip()[:1].islower() for line in lines[1:])
    # a wrap breaks prose anywhere, so many lines go on with a lowercase word (a list of
    # headlines, one a line, never does)
    if inner < 3 or fitting < 0.9 * inner or lowercase < 0.3 * inner:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = " "
        if chars[at - 1] == "\r":
            chars[at - 1] = " "
    return "".join(chars)


HEADER_LINE = re.compile(r"[ \t]*+(?:source|author|date|published|url|link)[ \t]*+:", re.I)
"""A header line of the import format (``Source: …``)."""


def _terminal_ends(text: str) -> list[re.Match[str]]:
    """``_TERMINAL.finditer(text)``, found faster: the pattern is tried only at the marks it
    begins with (found by ``str.find``), left to right, never inside the match before."""
    found: list[re.Match[str]] = []
    end = 0
    match = _TERMINAL.match
    for begin in sorted(at for mark in _TERMINAL_MARKS for at in occurrences(text, mark)):
        if begin >= end:
            m = match(text, begin)
            if m is not None:
                end = m.end()
                found.append(m)
    return found


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
    for m in _terminal_ends(text):
        start, end = m.span()
        mark = m.group()
        if mark == ".":
            words = text[max(0, start - 12) : start + 1].split()
            word = words[-1].lower().lstrip("(\"“‘'") if words else ""
            if word in ABBREVIATIONS or (len(word) == 2 and word[0].isalpha()):
                continue
            if 2 < len(word) <= 6 and word.count(".") > 1:
                continue  # U.S., D.C.: rarely the end of a sentence in news text
        conditional = mark[-1] in "\"”’'" and _attribution_next(text, end, mark)
        if cuts.get(end) is not False:
            cuts[end] = conditional
    # after the marks (a line break right after one keeps the cut the mark made there)
    # a line break with a lowercase word after it, the line before ending in a word, goes on
    # with the sentence (a wrap the unwrap left: ``whose bio lists two tags\nand more, writes:``)
    for at in occurrences(text, "\n"):
        after = text[at + 1 : at + 2]
        if after.islower() and text[at - 1 : at].isalnum():
            continue
        cuts.setdefault(at, False)
    # drop cuts inside a quotation, and those between a quotation that opens a sentence and
    # its attribution ("… Really?" Bush said.)
    kept: list[int] = []
    j = 0
    n_inside = len(inside)
    for c in sorted(cuts):
        while j < n_inside and inside[j][1] <= c:
            j += 1
        if j < n_inside and inside[j][0] < c < inside[j][1]:
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

