"""Who said each quotation: reporting verbs, their subjects, and the rules that join them.

Each sentence is seen as a *frame*: its tokens outside quotations, with one placeholder per
quotation. Rules tried for a quotation, in order:

1. after it: ``"…," NAME[, ROLE,] said`` · ``"…," said NAME`` · ``"…," according to NAME``;
2. before it: ``NAME said[ to X][,:] "…"`` · ``NAME said that … "…"`` (a cue a few words back);
3. anywhere in the sentence: the nearest reporting verb that has a subject; a participle
   (``saying``, ``citing``) takes the subject of its clause (``Denver …, saying its "…"``);
4. no cue: a quotation standing alone continues the previous speaker (same or previous
   paragraph), or the speaker announced by a colon (``He said:``) before it.

A source is a name (resolved later to a person, organization or place), a pronoun (resolved
later by gender and recency) or a nominal (``a spokesman``, ``officials``).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsreader.news import lexicon as lx
from newsreader.news.attribution.cues import is_cue, verb_after
from newsreader.news.attribution.frames import Doc
from newsreader.news.attribution.people import is_cap
from newsreader.news.attribution.phrases import (
    Source,
    appositive,
    ends_clause,
    medium_after,
    name_exactly,
    np_ending,
    np_left,
    np_right,
)
from newsreader.news.sentences import ABBREVIATIONS

WINDOW = 45
"""How many frame items a rule may look at on either side: keeps the work per quote bounded."""
MIN_WORDS = 6
"""How many words make a quotation long enough to take its sentence's subject as speaker."""


@dataclass(slots=True)
class Attribution:
    """The attribution of one quotation."""

    source: Source | None
    verb: str | None = None
    medium: str | None = None
    rule: str = ""
    cue_start: int = -1


def cue_source(doc: Doc, fr: list[int], k: int, lo: int, hi: int) -> Source | None:
    """The source of the reporting verb at item k of a frame."""
    low = doc.low(fr[k])
    if low == "according":
        got = np_right(doc, fr, k + 2, hi)
        return got[0] if got else None
    if low in lx.PARTICIPLE_CUES:
        # with Trump reportedly yelling: …  (no comma: the participle has its own subject)
        j = k - 1
        while j >= lo and fr[j] >= 0 and doc.low(fr[j]).endswith("ly"):
            j -= 1
        if j >= lo and fr[j] >= 0 and doc.word(fr[j]) not in lx.PUNCTUATION:
            direct = np_ending(doc, fr, j, lo)
            if direct is not None and direct.kind in ("name", "pronoun"):
                return direct
        return clause_subject(doc, fr, k, lo, hi)
    # inverted: "…," said NAME  ·  …, said NAME.  ·  said NAME, "…"
    prev = k - 1
    while prev >= lo and fr[prev] >= 0 and doc.low(fr[prev]) in (",", "—", "–"):
        prev -= 1
    after_quote = prev < lo or fr[prev] < 0
    after_comma = k - 1 >= lo and fr[k - 1] >= 0 and doc.word(fr[k - 1]) == ","
    if after_quote:
        got = np_right(doc, fr, k + 1, hi, inverted=True)
        if got and (got[0].kind != "pronoun" or ends_clause(doc, fr, got[1], hi)):
            return got[0]
    elif after_comma and lx.SPEECH_VERBS.get(low) in lx.INVERTING_VERBS:
        left = np_left(doc, fr, k, lo)
        if left is not None and left.kind != "nominal":
            return left  # Hunter, meanwhile, said …
        got = np_right(doc, fr, k + 1, hi, inverted=True)
        if got and ends_clause(doc, fr, got[1], hi):
            return got[0]  # …, said Geert Wilders, founder of …
    src = np_left(doc, fr, k, lo)
    if src is None and k + 1 < hi and (k == lo or fr[k - 1] < 0):
        got = np_right(doc, fr, k + 1, hi)
        if got and got[0].kind in ("name", "pronoun"):
            return got[0]  # "Asked about it, said Trump" and headlines
    if src is None and k - 1 >= lo and doc.low(fr[k - 1]) in ("and", "but", "then"):
        src = sentence_subject(doc, fr, lo, k)  # X noted …, and added: "…"
    return src


def clause_subject(doc: Doc, fr: list[int], k: int, lo: int, hi: int) -> Source | None:
    """The subject of the clause a participle (item k) hangs on: the source of a reporting
    verb just before it (``Lewandowski added, saying``), else the sentence's subject."""
    x = k - 1
    while x >= lo and x > k - 4 and fr[x] >= 0 and doc.word(fr[x]) in (",", "—", "–"):
        x -= 1
    for y in range(x, max(lo, x - 3) - 1, -1):
        if fr[y] >= 0 and is_cue(doc, fr, y) and doc.low(fr[y]) not in lx.PARTICIPLE_CUES:
            src = cue_source(doc, fr, y, lo, hi)
            if src is not None:
                return src
            break
    if k == lo or (k - 1 >= lo and doc.low(fr[k - 1]) in lx.INTRODUCTORY_WORDS and k - 1 == lo):
        # Citing X, ICE subpoenaed …: the subject follows the participle's phrase
        j = k + 1
        while j < hi and j < k + WINDOW and not (fr[j] >= 0 and doc.word(fr[j]) == ","):
            j += 1
        got = np_right(doc, fr, j + 1, hi) if j < hi else None
        return got[0] if got else None
    return sentence_subject(doc, fr, lo, k)


def _after_dateline(doc: Doc, fr: list[int], i: int, stop: int) -> int:
    """Skip a dateline: ``WASHINGTON —``, ``LA CROSSE, Wisc. —``, ``Washington (AFP) –``."""
    marked = False  # a word in capitals (WASHINGTON, AFP) or a state (Va.)
    for j in range(i, min(stop, i + 9)):
        if fr[j] < 0:
            return i
        w = doc.word(fr[j])
        if w in ("—", "–", "-", "--", "―") and j > i:
            return j + 1 if marked else i
        if not (is_cap(w) or w in (",", "(", ")", ".") or w.isupper()):
            return i
        marked = marked or (len(w) >= 3 and w.isupper()) or (
            w.endswith(".") and w.lower() in ABBREVIATIONS and len(w) > 3
        )
    return i


def sentence_subject(doc: Doc, fr: list[int], lo: int, hi: int) -> Source | None:
    """The first noun phrase of a sentence, after any introductory phrase."""
    i = lo
    stop = min(hi, lo + WINDOW)
    while i < stop and (fr[i] < 0 or doc.word(fr[i]) in (",", "—", "–", "(", ")")):
        i += 1  # "…," Carson told the AP after hinting that "…"
    i = _after_dateline(doc, fr, i, stop)
    if i < stop and fr[i] >= 0 and doc.low(fr[i]) in lx.INTRODUCTORY_WORDS:
        j = i
        while j < stop and fr[j] >= 0 and doc.word(fr[j]) != ",":
            if is_cue(doc, fr, j):
                break
            j += 1
        if j < stop and fr[j] >= 0 and doc.word(fr[j]) == "," and j - i <= 10:
            i = j + 1
        elif doc.low(fr[i]) in ("but", "and", "yet", "so", "still", "also"):
            i += 1
    got = np_right(doc, fr, i, stop)
    return got[0] if got else None


def attribute(doc: Doc, qi: int) -> Attribution | None:
    """Rules 1-3 for quotation qi (its own sentence); None when nothing fits."""
    si = doc.quote_sent[qi]
    fr = doc.frame(si)
    p = doc.quote_pos(si, qi)
    if p < 0:
        return None
    n = len(fr)
    lo, hi = max(0, p - WINDOW), min(n, p + WINDOW)
    # 1. after the quote
    r = p + 1
    while r < hi and fr[r] >= 0 and doc.word(fr[r]) in (",", "—", "–", "-", "―"):
        r += 1
    if r < hi and fr[r] >= 0:
        if is_cue(doc, fr, r):
            src = cue_source(doc, fr, r, lo, hi)
            if src is not None:
                return _made(doc, fr, r, src, hi, "post")
        got = np_right(doc, fr, r, hi)
        if got:
            src, after = got
            k = verb_after(doc, fr, after, hi)
            if k >= 0:
                if src.kind == "nominal" and after < hi and doc.word(fr[after]) == ",":
                    e = k - 1
                    while e > after and doc.word(fr[e]) in (",", ")"):
                        e -= 1
                    named = name_exactly(doc, fr, after + 1, e + 1)
                    if named is not None:
                        named.role = src.text
                        src = named
                if src.role is None:
                    src.role = appositive(doc, fr, after, k)
                return _made(doc, fr, k, src, hi, "post")
    # "…" ― NAME (a signature after the quotation)
    if r < hi and fr[r] >= 0 and r > p + 1 and doc.word(fr[r - 1]) in lx.DASHES:
        got = np_right(doc, fr, r, hi)
        if got and got[0].kind == "name" and ends_clause(doc, fr, got[1], hi) and (
            got[1] >= hi or doc.word(fr[got[1]]) in (".", "\n", ",")
            or fr[got[1]] < 0
        ):
            return Attribution(got[0], None, None, "signature", doc.toks.starts[fr[r]])
    # 2. before the quote
    left = p - 1
    while left >= lo and fr[left] >= 0 and doc.word(fr[left]) in (",", ":", "—", "–"):
        left -= 1
    k = left
    while k >= lo and k > left - 12 and fr[k] >= 0:
        if doc.word(fr[k]) in (".", ";", "?", "!"):
            break
        if is_cue(doc, fr, k):
            src = cue_source(doc, fr, k, lo, hi)
            if src is not None:
                return _made(doc, fr, k, src, hi, "pre")
            break
        k -= 1
    if left >= lo and left < p - 1 and doc.word(fr[left + 1]) == ":" and fr[left] >= 0:
        src = np_ending(doc, fr, left, lo)
        if src is None or src.kind != "name" or left - lo >= 8:
            # Trump went even further: "…"
            src = sentence_subject(doc, fr, lo, left) if left - lo < 14 else None
        if src is not None and src.kind in ("name", "pronoun"):
            return Attribution(src, None, None, "colon", doc.toks.starts[fr[left + 1]])
    # 3. anywhere in the sentence: nearest reporting verb with a subject
    best: tuple[int, int] | None = None
    cue_word = doc.cue_word
    for k in range(lo, hi):
        if fr[k] >= 0 and cue_word[fr[k]] and is_cue(doc, fr, k):
            d = (p - k) if k < p else (k - p) + 2
            if best is None or d < best[0]:
                best = (d, k)
    if best is not None:
        k = best[1]
        src = cue_source(doc, fr, k, lo, hi)
        if src is not None:
            return _made(doc, fr, k, src, hi, "sentence")
    # 4. no reporting verb: the subject of the sentence, for a long quotation or for a
    #    fragment (lowercase) inside what a person or organization is said to think or do
    q = doc.quotes[qi]
    if p > 0:
        long = len(doc.text[q.start : min(q.end, q.start + 400)].split()) >= MIN_WORDS
        fragment = doc.text[q.start : q.start + 1].islower()
        if long or fragment:
            src = sentence_subject(doc, fr, lo, p)
            if src is not None and (
                (src.kind == "name" and (long or all(
                    n.kind in ("person", "organization") for n in src.names)))
                or (src.kind == "pronoun" and src.text.lower() in ("he", "she", "they"))
            ):
                return Attribution(src, None, None, "subject", -1)
    return None


def _made(doc: Doc, fr: list[int], k: int, src: Source, hi: int, rule: str) -> Attribution:
    t = fr[k]
    verb = doc.toks.lowers[t]
    nxt = doc.low(fr[k + 1]) if k + 1 < len(fr) else ""
    if verb == "according":
        verb = "according to"
    elif lx.PHRASAL_CUES.get(verb) == nxt:
        verb = f"{verb} {nxt}"  # points out, fired back
    return Attribution(src, verb, medium_after(doc, fr, k, hi), rule, doc.toks.starts[t])


def looks_like_title(doc: Doc, qi: int) -> bool:
    """A film or show title, a nickname, markup: quoted, but nobody's words."""
    q = doc.quotes[qi]
    text = doc.text
    inner = text[q.start : q.end]
    words = inner.split()
    if not words:
        return True
    before = text[max(0, q.open_start - 40) : q.open_start]
    after = text[q.close_end : q.close_end + 3]
    if "<" in before and "=" in before[-3:]:
        return True
    stripped = inner.strip()
    sentence_like = stripped[-1:] in ".?!,…" or len(words) > 8
    title_case = all(
        w[:1].isupper() or w.lower() in ("of", "the", "a", "an", "and", "in", "on", "to", "for",
                                         "with", "at", "is", "it", "by")
        for w in words
    ) and words[0][:1].isupper()
    prev_words = before.split()
    prev = prev_words[-1] if prev_words else ""
    prev_low = prev.lower().strip(",")
    cue_before = prev.endswith(("’s", "'s")) or prev_low in lx.TITLE_CUES or prev_low in (
        "on", "of", "in", "called", "the", "at", "from", "watching", "read", "reading"
    )
    if title_case and len(words) <= 8 and (cue_before or not sentence_like):
        if cue_before:
            return True
        nxt = after.strip()[:1]
        if prev[:1].isupper() and nxt.isupper():
            return True  # Robert C. "Bobby" Scott
    return False


def modifier_use(doc: Doc, qi: int) -> bool:
    """A short quoted word used before a noun (promoting “quack” medical cures): a scare
    quote, unless a reporting verb vouches for it."""
    q = doc.quotes[qi]
    if len(doc.text[q.start : q.end].split()) > 3:
        return False
    after = doc.text[q.close_end : q.close_end + 30].split()
    nxt = after[0].lower() if after else ""
    return nxt.isalpha() and nxt not in lx.FUNCTION_WORDS_AFTER


def continuation(doc: Doc, qi: int, prev: tuple[int, Attribution] | None) -> Attribution | None:
    """A quotation with no cue of its own, continuing the speaker before it."""
    q = doc.quotes[qi]
    si = doc.quote_sent[qi]
    if not doc.standalone(si):
        # the quotation shares its sentence with other words: not a standalone quotation
        return None
    # a colon before it announces the speaker: He said:\\n\\n"…"
    if si > 0:
        pfr = doc.frame(si - 1)
        ptext = doc.text[doc.sents[si - 1][0] : doc.sents[si - 1][1]].rstrip()
        if ptext.endswith(":") and pfr:
            for k in range(len(pfr) - 1, max(-1, len(pfr) - 40), -1):
                if pfr[k] >= 0 and is_cue(doc, pfr, k):
                    src = cue_source(doc, pfr, k, max(0, k - 45), len(pfr))
                    if src is not None:
                        return Attribution(src, doc.low(pfr[k]), None, "colon",
                                           doc.toks.starts[pfr[k]])
                    break
    para = doc.para_index(q.open_start)
    p_para = doc.para_index(doc.quotes[prev[0]].open_start) if prev is not None else -9
    if prev is None or para - p_para > 1 or para < p_para:
        return _previous_subject(doc, si, para)
    pq, patt = prev
    if para == p_para + 1 and doc.quotes[pq].paragraphs == 1:
        # only when nothing but quotations stand between them
        between = doc.text[doc.quotes[pq].close_end : q.open_start]
        if not _only_attribution(between):
            return None
    return Attribution(patt.source, patt.verb, patt.medium, "continued", patt.cue_start)


def _previous_subject(doc: Doc, si: int, para: int) -> Attribution | None:
    """For a standalone quotation after narration: who the sentence before it is about."""
    if si == 0 or doc.para_index(doc.sents[si - 1][0]) < para - 1:
        return None
    fr = doc.frame(si - 1)
    if any(x < 0 for x in fr):
        return None
    for k in range(len(fr) - 1, -1, -1):
        if fr[k] >= 0 and is_cue(doc, fr, k):
            src = cue_source(doc, fr, k, max(0, k - 45), len(fr))
            if src is not None and src.kind != "nominal":
                return Attribution(src, None, None, "previous", -1)
    src = sentence_subject(doc, fr, 0, len(fr))
    if src is not None and src.kind != "nominal" and src.text.lower() not in ("it", "i", "we"):
        return Attribution(src, None, None, "previous", -1)
    return None


def _only_attribution(between: str) -> bool:
    """Whether the text between two quotations is short: an attribution and punctuation."""
    return len(between.split()) <= 40


def indirect_sources(doc: Doc) -> list[tuple[int, Source]]:
    """(cue offset, source) of every reporting verb with a source, in sentences without
    quotations (the attribution of those is found quotation by quotation)."""
    out = []
    quoted = set(doc.quote_sent)
    for t in [i for i, c in enumerate(doc.cue_word) if c]:
        si = doc.sent_index(doc.toks.starts[t])
        if si in quoted:
            continue
        fr = doc.frame(si)
        k = doc.frame_pos(si, t)
        if k < 0 or not is_cue(doc, fr, k):
            continue
        src = cue_source(doc, fr, k, max(0, k - 45), min(len(fr), k + 45))
        if src is not None:
            out.append((doc.toks.starts[t], src))
    return out
