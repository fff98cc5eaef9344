"""Finding quoted spans: pairing double quote marks, paragraph by paragraph.

Marks handled: curly “ ” (and „ « »), straight ", and NYT-style '' (with `` as an opener).
Single quotes (‘ ’ ') are not quotation marks in the body of a text with double marks:
inside a quotation they are nested quotes and stay part of it; elsewhere they are apostrophes
(ICE’s, don’t, ’90s).

Exception: in a text without any double mark, or whose quotations mostly open with single
marks, single marks are the quotation marks (British style), told from apostrophes by their
neighbours.

Curly and straight double marks pair with each other (texts mix them: "…,” Axelrod said);
'' and `` are a family of their own. Rules, in order:
- curly marks say which way they face unless their neighbours clearly say otherwise; a straight
  mark faces by its neighbours (space before and a letter after opens), and otherwise closes an
  open quotation or opens one; an inch mark (6'3") and markup attributes (name="…") are skipped;
- an opening mark inside an open quotation opens a nested one (at most four deep), except
  after the end of a sentence, where it means the open quotation was never closed;
- a quotation still open at the end of its paragraph continues when the next paragraph starts
  with an opening mark (the multi-paragraph convention), and otherwise ends with the paragraph;
- a paragraph whose marks do not balance is paired again without nesting, so that one stray
  mark cannot swallow the quotations after it.

A title line (``title_paragraph``: the first line of the text after any header lines, short,
not ending as a sentence does) is read with its single marks as quote marks too, as headlines
quote that way (``… in ‘Final Step’ over …``); its quotations are marked ``headline``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsreader.news.sentences import HEADER_LINE

_MARK = re.compile(r"''+|``|“|”|\"|„|«|»")
"""The double marks. Each branch begins with its character, so that the search skips to the
next mark at C speed."""
_SINGLE_MARK = re.compile(r"[‘’']")
_OPENERS_BEFORE = frozenset(" \t\n\r\u00a0([{—–-/:;")
_CURLY_OPEN = frozenset("“„«")
_CURLY_CLOSE = frozenset("”»")
_MAX_DEPTH = 4


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quotation found in the text."""

    open_start: int
    """Offset of the opening mark."""
    start: int
    """Offset just after the opening mark."""
    end: int
    """Offset of the closing mark (or the end of the paragraph, trimmed, when unclosed)."""
    close_end: int
    """Offset just after the closing mark (``end`` when unclosed)."""
    family: str
    """Which marks: "double" (“ ” or ") or "apos" ('' and ``)."""
    closed: bool
    """Whether a closing mark was found."""
    paragraphs: int
    """How many paragraphs it runs over."""
    headline: bool = False
    """Whether it is in the title line."""


@dataclass(slots=True)
class _Mark:
    start: int
    end: int
    family: str
    role: str  # "open", "close" or "either"


def _family(tok: str) -> str:
    """Exception: in a text without any double mark, single marks are the quotation marks (British
style), told from apostrophes by their neighbours.

Curly and straight double marks pair with each other (texts mix them); '' apart."""
    if tok in ("''", "``"):
        return "apos"
    return "single" if tok in "‘’'" else "double"


def _marks(text: str, start: int, end: int, single: bool = False) -> list[_Mark]:
    """The double quote marks in text[start:end] (single ones when ``single``), each with the
    way its context faces."""
    out: list[_Mark] = []
    skip_attr = False
    for m in (_SINGLE_MARK if single else _MARK).finditer(text, start, end):
        s, e = m.span()
        tok = m.group()
        if tok.startswith("''") and e - s > 2:  # ''' : a single mark next to a double one
            if s > start and not text[s - 1].isspace():
                s = e - 2
            else:
                e = s + 2
            tok = "''"
        before = text[s - 1] if s > start else " "
        after = text[e] if e < end else " "
        if tok == '"':
            if skip_attr:  # the end of an attribute value in markup: name="value"
                skip_attr = False
                continue
            if before == "=":
                skip_attr = True
                continue
            if before.isdigit() and s >= 2 and text[s - 2] in "'’":
                continue  # an inch mark: 6'3"
        if single and (
            (before.isalnum() and after.isalnum()) or (tok != "‘" and after.isdigit())
            or _clipped(text, s, e, end)
        ):
            continue  # an apostrophe: don’t, ICE’s, ’90s, ’til, rock ’n’ roll
        fam = _family(tok)
        opens_by_context = (before in _OPENERS_BEFORE or before in "“\"'‘") and not (
            after.isspace() or after in ",.;:!?"
        )
        closes_by_context = not before.isspace() and (
            after.isspace() or after in ",.;:!?)]}—–-\"”'’…"
        )
        if tok in _CURLY_OPEN or tok in ("``", "‘"):
            role = "close" if (closes_by_context and not opens_by_context) else "open"
            if tok == "``":
                role = "open"
        elif tok in _CURLY_CLOSE or tok == "’":
            role = "open" if (opens_by_context and not closes_by_context) else "close"
        elif opens_by_context and not closes_by_context:
            role = "open"
        elif closes_by_context and not opens_by_context:
            role = "close"
        else:
            role = "either"
        out.append(_Mark(s, e, fam, role))
    if single:
        # a plural's apostrophe (the engineers' report) where another closing mark follows
        # before any opening one: the later mark closes the quotation
        out = [mk for mk, nxt in zip(out, out[1:], strict=False)
               if not (mk.role == "close" and nxt.role != "open" and mk.start > start
                       and text[mk.start - 1] in "sS" and text[mk.end : mk.end + 1] == " ")
               ] + out[-1:]
    return out


_CLIPPED_WORDS = frozenset(
    {"til", "em", "cos", "coz", "bout", "twas", "tis", "n", "nuff", "cept"})
"""Words that lose their first letters to an apostrophe (’til, ’em, rock ’n’ roll), none a
word of its own: the mark before one in lowercase opens no quotation."""


def _clipped(text: str, s: int, e: int, end: int) -> bool:
    """Whether the single mark text[s:e] is the apostrophe of a clipped word: before one
    (’til now) or after ’n (rock ’n’ roll)."""
    if text[e : e + 1].islower():
        stop = e
        while stop < end and text[stop].isalpha():
            stop += 1
        word = text[e:stop]
        return word == "n" or (word in _CLIPPED_WORDS and text[stop : stop + 1] not in "’'")
    return s >= 2 and text[s - 1] in "nN" and text[s - 2] in "‘’'"


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


class _Pairer:
    """Pairs the marks of one paragraph; keeps a quotation that runs on to the next one."""

    def __init__(self, text: str, single: bool = False) -> None:
        self.text = text
        self.single = single
        self.found: list[QuoteSpan] = []
        self.carry: tuple[_Mark, int] | None = None  # open quotation, paragraphs so far

    def paragraph(self, start: int, end: int, next_start: int | None) -> None:
        marks = _marks(self.text, start, end, self.single)
        carry = self.carry
        self.carry = None
        if carry is not None and marks and marks[0].start == start and marks[0].role != "close":
            marks = marks[1:]  # the opening mark repeated at the start of the paragraph
        elif carry is not None:
            carry = None  # cannot happen: carry is only kept when this paragraph opens
        result = self._nested(marks, carry)
        if result is None:
            result = self._flat(marks, carry)
        spans, still_open = result
        self.found.extend(spans)
        if still_open is None:
            return
        mark, paras = still_open
        if next_start is not None:
            nxt = _marks(self.text, next_start, min(len(self.text), next_start + 2), self.single)
            if nxt and nxt[0].start == next_start and nxt[0].role != "close":
                self.carry = (mark, paras + 1)
                return
        stop = _trim_end(self.text, mark.end, end)
        self.found.append(QuoteSpan(mark.start, mark.end, stop, stop, mark.family, False, paras))

    def _nested(
        self, marks: Sequence[_Mark], carry: tuple[_Mark, int] | None
    ) -> tuple[list[QuoteSpan], tuple[_Mark, int] | None] | None:
        """Pair with nesting; None when the paragraph does not balance."""
        spans: list[QuoteSpan] = []
        stack: list[_Mark] = []
        paras = 1
        if carry is not None:
            stack.append(carry[0])
            paras = carry[1]
        text = self.text
        fams = {"double": 0, "apos": 0, "single": 0}  # open marks of each family on the stack
        for m in stack:
            fams[m.family] += 1
        for mk in marks:
            if mk.role == "close" or (mk.role == "either" and fams[mk.family]):
                if not fams[mk.family]:
                    continue  # a stray closing mark
                while stack[-1].family != mk.family:
                    fams[stack.pop().family] -= 1
                top = stack.pop()
                fams[top.family] -= 1
                if not stack:
                    spans.append(
                        QuoteSpan(top.start, top.end, mk.start, mk.end, top.family, True, paras)
                    )
                    paras = 1
                continue
            if (
                fams[mk.family]
                and len(stack) == 1
                and text[max(0, mk.start - 2) : mk.start].strip() in (".", "?", "!")
            ):
                # a new sentence opens while the last quotation never closed
                top = stack.pop()
                fams[top.family] -= 1
                stop = _trim_end(text, top.end, mk.start)
                spans.append(
                    QuoteSpan(top.start, top.end, stop, stop, top.family, False, paras)
                )
                paras = 1
            stack.append(mk)
            fams[mk.family] += 1
            if len(stack) > _MAX_DEPTH:
                return None  # quotations nested this deep: the marks do not balance
        if not stack:
            return spans, None
        if len(stack) > 1:
            return None
        return spans, (stack[0], paras)

    def _flat(
        self, marks: Sequence[_Mark], carry: tuple[_Mark, int] | None
    ) -> tuple[list[QuoteSpan], tuple[_Mark, int] | None]:
        """Pair without nesting: every opening mark ends the quotation before it."""
        spans: list[QuoteSpan] = []
        cur, paras = carry if carry is not None else (None, 1)
        text = self.text
        for mk in marks:
            if cur is None:
                if mk.role != "close":
                    cur, paras = mk, paras
                continue
            if mk.family == cur.family and mk.role != "open":
                spans.append(
                    QuoteSpan(cur.start, cur.end, mk.start, mk.end, cur.family, True, paras)
                )
                cur, paras = None, 1
            elif mk.role == "open":
                stop = _trim_end(text, cur.end, mk.start)
                spans.append(QuoteSpan(cur.start, cur.end, stop, stop, cur.family, False, paras))
                cur, paras = mk, 1
        return spans, ((cur, paras) if cur is not None else None)


def find_quotes(
    text: str, paras: Sequence[tuple[int, int]], title: int | None = None
) -> list[QuoteSpan]:
    """All outermost quotations, in text order, that hold at least one letter or digit.

    A text with no double quote marks, or one that opens more quotations with single marks
    outside its double-quoted ones than with double marks (``_single_marked``), is read in
    the British way: single marks (‘ ’ and ') are its quotation marks, apostrophes excepted,
    and double marks inside them are part of them (those outside them still quote).
    ``title`` is the index of the title line's paragraph (``title_paragraph``), whose
    quotations are marked ``headline``; without double marks in it, its single marks are its
    quote marks.
    """
    if _MARK.search(text) is None:
        return _paired(text, paras, title, True)
    found = _paired(text, paras, title, False)
    if not _single_marked(text, paras, title, found):
        return found
    # single marks quote; a double-marked quotation outside them (a tweet) is one too
    single = _paired(text, paras, title, True)
    starts = [q.open_start for q in single]
    for q in found:
        k = bisect_right(starts, q.open_start) - 1
        if (k < 0 or single[k].close_end <= q.open_start) and (
            k + 1 >= len(single) or q.close_end <= single[k + 1].open_start
        ):
            single.append(q)
    single.sort(key=lambda q: q.open_start)
    return single


def _paired(
    text: str, paras: Sequence[tuple[int, int]], title: int | None, single: bool
) -> list[QuoteSpan]:
    """``find_quotes`` with double marks as the quotation marks, or single ones."""
    pairer = _Pairer(text, single=single)
    found: list[QuoteSpan] = []
    for i, (a, b) in enumerate(paras):
        nxt = paras[i + 1][0] if i + 1 < len(paras) else None
        if i == title and pairer.carry is None:
            own = _Pairer(text, single=single or _MARK.search(text, a, b) is None)
            own.paragraph(a, b, None)
            found.extend(replace(q, headline=True) for q in own.found)
            continue
        before = len(pairer.found)
        pairer.paragraph(a, b, nxt)
        found.extend(pairer.found[before:])
    return [q for q in found if _has_alnum(text, q.start, q.end)]


_SINGLE_BEFORE_CAPITAL = re.compile(r"[‘'](?=[A-Z0-9])")
"""A single mark before a capital or a digit; it opens a quotation (``‘We simply …``, as a
text quoting in the British way writes them) when a space, a bracket or a dash, or nothing,
stands before it (``_OPENS_SINGLE``)."""
_OPENS_SINGLE = frozenset(" \t\n\r\u00a0([—–")
_MIN_SINGLE_OPENINGS = 3


def _single_marked(
    text: str, paras: Sequence[tuple[int, int]], title: int | None, double: list[QuoteSpan]
) -> bool:
    """Whether a text with double marks still quotes with single ones (British style, a
    tweet or a nested quotation in double marks): outside the title line and the double
    quotations found (``double``), at least three quotations open with a single mark, and
    more than the double quotations in the body."""
    body = paras[title][1] if title is not None and title < len(paras) else 0
    candidates = [at for at in map(re.Match.start, _SINGLE_BEFORE_CAPITAL.finditer(text, body))
                  if at == 0 or text[at - 1] in _OPENS_SINGLE]
    inside = [(q.open_start, q.close_end) for q in double if not q.headline]
    if len(candidates) < _MIN_SINGLE_OPENINGS or len(candidates) <= len(inside):
        return False  # too few, even if none were inside a double-quoted quotation
    starts = [a for a, _ in inside]
    opened = 0
    for at in candidates:
        k = bisect_right(starts, at) - 1
        if k < 0 or at >= inside[k][1]:
            opened += 1
    return opened >= _MIN_SINGLE_OPENINGS and opened > len(inside)


_CLOSING_MARKS = "\"”’'»)]"
_TITLE_MAX = 300
"""The longest title line, in characters."""


def title_paragraph(text: str, paras: Sequence[tuple[int, int]]) -> int | None:
    """The index of the paragraph that is the text's title line, or None.

    The title is the first paragraph that is not header lines (``Source:``, ``Date:``, …, as
    in the import format), when it is one line (header lines may follow it) of at most 300
    characters that does not end with a period (inside closing marks or not), and more
    paragraphs follow it.
    """
    for i, (a, b) in enumerate(paras[:3]):
        lines = text[a:b].split("\n")
        if all(HEADER_LINE.match(line) for line in lines):
            continue
        first = lines[0].strip()
        if i + 1 >= len(paras) or len(first) > _TITLE_MAX or (
            first.rstrip(_CLOSING_MARKS).endswith(".")
        ):
            return None
        if not all(HEADER_LINE.match(line) for line in lines[1:]):
            return None
        return i
    return None


_ALNUM = re.compile(r"\w")


def _has_alnum(text: str, start: int, end: int) -> bool:
    return _ALNUM.search(text, start, end) is not None

