"""Noun phrases that name a source: names, pronouns and nominals (``a spokesman for the
city``), the roles set off beside them, and the medium after a verb (``told the AP``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsreader.news import lexicon as lx
from newsreader.news.attribution.cues import is_cue, verb_after
from newsreader.news.attribution.frames import Doc
from newsreader.news.attribution.people import Name, is_cap, strip_possessive


@dataclass(slots=True)
class Source:
    """Who a rule found: the mention nearest the quotation, and what it names."""

    start: int
    end: int
    kind: str
    """ "name", "pronoun" or "nominal"."""
    text: str
    names: list[Name] = field(default_factory=list)
    role: str | None = None


def _names_in_run(doc: Doc, ri: int) -> list[Name]:
    return doc.run_names[ri] if ri >= 0 else []


def np_right(
    doc: Doc, fr: list[int], i: int, limit: int, inverted: bool = False
) -> tuple[Source, int] | None:
    """A source starting at frame item i; returns it and the item just after it.

    ``inverted``: the phrase follows its verb (``said master of ceremonies Asab Al-Tabchi``,
    ``wrote one commenter``), so any short phrase that ends the clause is its subject."""
    if i >= limit or fr[i] < 0:
        return None
    t = fr[i]
    low = doc.toks.lowers[t]
    if low in ("he", "she", "they", "it", "we", "i"):
        return _pronoun(doc, t), i + 1
    j = i
    # lowercase title words in front of a name: attorney general William Barr
    pre = i
    while j < limit and fr[j] >= 0 and j - i < 6:
        lw = doc.low(fr[j])
        if doc.run_of[fr[j]] >= 0:
            break
        if lw in lx.TITLES or lw in lx.SOURCE_MODIFIERS or lw in ("the", "a", "an"):
            j += 1
            continue
        break
    if inverted and j < limit and fr[j] >= 0 and doc.run_of[fr[j]] < 0:
        # unknown lowercase words before a name: master of ceremonies Asab Al-Tabchi
        x = j
        while x < limit and x < j + 4 and fr[x] >= 0 and doc.run_of[fr[x]] < 0 and (
            doc.low(fr[x]).isalpha() and not is_cap(doc.word(fr[x]))
            and not is_cue(doc, fr, x)
        ):
            x += 1
        if x < limit and fr[x] >= 0 and doc.run_of[fr[x]] >= 0 and x > j:
            j = x
    if j < limit and fr[j] >= 0 and doc.run_of[fr[j]] >= 0:
        ri = doc.run_of[fr[j]]
        a, b = doc.runs[ri]
        names = _names_in_run(doc, ri)
        if names and a == fr[j]:
            # the run must be contiguous in the frame
            k = j + (b - a)
            if k <= len(fr) and all(fr[j + x] == a + x for x in range(b - a)):
                last_word = doc.toks.words[b - 1]
                if last_word.endswith(("’s", "'s")):
                    return _nominal_right(doc, fr, pre, limit)
                if pre < j and k < limit and fr[k] >= 0 and doc.low(fr[pre]) in (
                    "the", "a", "an"
                ) and doc.low(fr[k])[:1].isalpha() and not is_cap(doc.word(fr[k])) and (
                    not is_cue(doc, fr, k)
                ):
                    return _nominal_right(doc, fr, pre, limit)  # the New York businessman
                role = None
                if pre < j:
                    role = doc.span_text(fr[pre], fr[j - 1] + 1)
                src = Source(names[0].start, names[-1].end, "name",
                             doc.text[names[0].start : names[-1].end], list(names), role)
                if names[0].title and not role:
                    src.role = names[0].title
                if k < limit and fr[k] >= 0 and doc.word(fr[k]) == "," and len(names) == 1:
                    # said NAME, a spokesman for X.
                    e = k + 1
                    while e < limit and e < k + 30 and fr[e] >= 0 and doc.word(fr[e]) not in (
                        ",", ".", ";", ":", "—", "(", ")"
                    ):
                        e += 1
                    if e >= limit or fr[e] < 0 or doc.word(fr[e]) in (",", ".", ";"):
                        appos = role_text(doc, fr, k + 1, e)
                        if appos:
                            src.role = appos
                return src, k
    return _nominal_right(doc, fr, i, limit, inverted)


def _nominal_right(
    doc: Doc, fr: list[int], i: int, limit: int, inverted: bool = False
) -> tuple[Source, int] | None:
    """``the spokesman``, ``a spokesman for the city``, ``officials``, ``Trump’s campaign``,
    ``a 2008 Clinton veteran``, ``one user`` (when a reporting verb follows)."""
    if i >= limit or fr[i] < 0 or doc.low(fr[i]) in lx.PHRASE_INNER_WORDS - {"the", "a", "an"}:
        return None
    j = i
    head = -1
    unknown = 0
    while j < limit and fr[j] >= 0 and j - i < 12:
        t = fr[j]
        w = doc.toks.words[t]
        lw = doc.toks.lowers[t]
        if lw in lx.NOMINAL_HEADS or (lw.endswith("s") and lw[:-1] in lx.NOMINAL_HEADS):
            head = j
            j += 1
            continue
        if not (w[:1].isalnum() or w in ("’s", "'s", "-")):
            break
        if is_cue(doc, fr, j) or lw in lx.RELATIVE_WORDS or lw in lx.AUXILIARIES:
            break
        if head < 0 and not (
            lw in lx.DETERMINERS or lw in lx.SOURCE_MODIFIERS or lw in lx.TITLES
            or lw in lx.PHRASE_INNER_WORDS
            or is_cap(w) or w.endswith(("’s", "'s")) or w[:1].isdigit()
        ):
            unknown += 1
            if unknown > 3:
                break
        if head >= 0 and lw not in lx.PHRASE_INNER_WORDS and not is_cap(w) and not w.endswith(
            ("’s", "'s")
        ):
            break
        j += 1
    end = j
    if head < 0:
        # an unknown noun: accept "DET word(s)" when a reporting verb follows at once, or
        # (after its verb) when the clause ends: wrote one commenter.
        short = doc.low(fr[i]) in lx.DETERMINERS and i + 1 < end <= i + 5
        if short and (
            verb_after(doc, fr, end, limit) == end
            or (inverted and (ends_clause(doc, fr, end, limit) or (
                end < limit and doc.low(fr[end]) in ("from", "who", "with", "of")
            )))
        ):
            head = end - 1
        else:
            return None
    end = max(head + 1, end)
    while end > head + 1 and doc.low(fr[end - 1]) in lx.PHRASE_INNER_WORDS:
        end -= 1
    a, b = fr[i], fr[end - 1] + 1
    text = doc.span_text(a, b)
    return Source(doc.toks.starts[a], doc.toks.ends[b - 1], "nominal", text), end


def np_left(doc: Doc, fr: list[int], k: int, lo: int) -> Source | None:
    """The subject of the reporting verb at item k, looking left (not before item lo)."""
    j = k - 1
    while j >= lo and fr[j] >= 0 and (
        doc.low(fr[j]) in lx.AUXILIARIES
        or (doc.low(fr[j]).endswith(lx.ADVERB_SUFFIX) and doc.run_of[fr[j]] < 0
            and len(doc.low(fr[j])) > 4)
    ):
        j -= 1
    if j < lo or fr[j] < 0:
        return None
    if doc.word(fr[j]) in (",", "—", "–", ")"):
        # NAME, ROLE, said  ·  NAME (R-Wis.) said
        close = doc.word(fr[j])
        opener = {",": ",", "—": "—", "–": "–", ")": "("}[close]
        i = j - 1
        while i >= lo and i > j - 35 and fr[i] >= 0 and doc.word(fr[i]) != opener:
            if is_cue(doc, fr, i):
                break
            i -= 1
        if i >= lo and fr[i] >= 0 and doc.word(fr[i]) == opener and i < j - 1:
            src = np_ending(doc, fr, i - 1, lo)
            if src is not None:
                if close == "," and src.kind == "name":
                    src.role = role_text(doc, fr, i + 1, j) or src.role
                elif close == "," and src.kind == "nominal":
                    named = name_exactly(doc, fr, i + 1, j)
                    if named is not None:  # the chair, Nadia Karimi, said
                        named.role = src.text
                        return named
                return src
        return None
    if doc.low(fr[j]) in ("who", "which") and j - 1 >= lo:
        # NAME, who said …: the mention is "who", it names what stands before it
        ante = np_ending(doc, fr, j - 2 if doc.word(fr[j - 1]) == "," else j - 1, lo)
        t = fr[j]
        src = Source(doc.toks.starts[t], doc.toks.ends[t], "pronoun", doc.toks.words[t])
        if ante is not None and ante.kind == "name":
            src.names = ante.names
        return src
    return np_ending(doc, fr, j, lo)


def name_exactly(doc: Doc, fr: list[int], i: int, j: int) -> Source | None:
    """A name source when items [i, j) are one name (with a title): ``Dr. Samuel Mensah``."""
    if j <= i or any(x < 0 for x in fr[i:j]) or j - i > 8:
        return None
    got = np_right(doc, fr, i, j)
    if got is None or got[1] != j or got[0].kind != "name":
        return None
    return got[0]


def role_text(doc: Doc, fr: list[int], i: int, j: int) -> str | None:
    """The text of items [i, j) when it reads as a role: ``a spokesman for the city``,
    ``deputy director of X``, ``the city attorney`` (not ``however`` or ``who said``)."""
    if j <= i or any(x < 0 for x in fr[i:j]):
        return None
    lows = [doc.low(x) for x in fr[i:j]]
    if lows[0] in lx.RELATIVE_WORDS or (len(lows) == 1 and lows[0] in lx.NOT_ROLES):
        return None
    if any(is_cue(doc, fr, x) for x in range(i, j)):
        return None
    if lows[0] in lx.ROLE_STARTS or any(
        w in lx.TITLES or w in lx.NOMINAL_HEADS or w in lx.ROLE_HEADS
        or (w.endswith("s") and w[:-1] in lx.NOMINAL_HEADS)
        for w in lows
    ):
        return doc.span_text(fr[i], fr[j - 1] + 1)
    return None


def np_ending(doc: Doc, fr: list[int], j: int, lo: int) -> Source | None:
    """A source whose last token is item j."""
    if j < lo or fr[j] < 0:
        return None
    t = fr[j]
    low = doc.toks.lowers[t]
    if low in ("he", "she", "they", "it", "we", "i"):
        return _pronoun(doc, t)
    ri = doc.run_of[t]
    if ri >= 0 and doc.runs[ri][1] - 1 == t:
        names = doc.run_names[ri]
        if not names:
            return None
        a = doc.runs[ri][0]
        # find the frame item of the run's first token; lowercase titles before it
        i = j
        while i - 1 >= lo and fr[i - 1] >= 0 and fr[i - 1] >= a:
            i -= 1
        role = names[0].title
        p = i
        while p - 1 >= lo and fr[p - 1] >= 0 and i - p < 5:
            lw = doc.low(fr[p - 1])
            if lw in lx.TITLES or (lw in lx.SOURCE_MODIFIERS and lw not in lx.DETERMINERS):
                p -= 1
            else:
                break
        if p < i:
            role = doc.span_text(fr[p], fr[i - 1] + 1) + (
                " " + names[0].title if names[0].title else ""
            )
        last = names[-1]
        # "X and Y said": both names; otherwise the name nearest the verb
        chosen = names if len(names) > 1 else [last]
        src = Source(chosen[0].start, chosen[-1].end, "name",
                     doc.text[chosen[0].start : chosen[-1].end], list(chosen), role)
        return src
    if ri >= 0 or low in lx.FUNCTION_WORDS or not low[:1].isalpha():
        return None
    # a nominal ending here: walk left to its start
    if not (low in lx.NOMINAL_HEADS or (low.endswith("s") and low[:-1] in lx.NOMINAL_HEADS)
            or head_before(doc, fr, j, lo)):
        return None
    i = j
    while i - 1 >= lo and fr[i - 1] >= 0 and j - i < 10:
        w = doc.word(fr[i - 1])
        lw = w.lower()
        if (
            lw in lx.DETERMINERS
            or lw in lx.SOURCE_MODIFIERS
            or lw in lx.NOMINAL_HEADS
            or lw in ("for", "of", "at", "with")
            or is_cap(w)
            or lw.endswith(("’s", "'s"))
        ):
            if lw in ("for", "of", "at", "with") and not head_before(doc, fr, i - 1, lo):
                break
            i -= 1
            if lw in lx.DETERMINERS and lw not in ("one", "two", "three", "several", "some",
                                                   "many", "both", "other", "top", "senior"):
                break
            continue
        break
    a, b = fr[i], fr[j] + 1
    return Source(doc.toks.starts[a], doc.toks.ends[b - 1], "nominal",
                  doc.span_text(a, b))


def head_before(doc: Doc, fr: list[int], j: int, lo: int) -> bool:
    """Whether a nominal head stands within a few items before item j (``a spokesman for
    the city``)."""
    for x in range(j - 1, max(lo, j - 7) - 1, -1):
        if fr[x] < 0:
            return False
        lw = doc.low(fr[x])
        if lw in lx.NOMINAL_HEADS or (lw.endswith("s") and lw[:-1] in lx.NOMINAL_HEADS):
            return doc.low(fr[x + 1]) in ("for", "of", "at", "with") or x == j - 1
        if lw in (",", ".", ";", ":") or is_cue(doc, fr, x):
            return False
    return False


def _pronoun(doc: Doc, t: int) -> Source:
    s, e = doc.toks.starts[t], doc.toks.ends[t]
    return Source(s, e, "pronoun", doc.text[s:e])


def medium_after(doc: Doc, fr: list[int], k: int, limit: int) -> str | None:
    """``told the Associated Press``, ``said on CNN``, ``wrote on Twitter``."""
    verb = doc.low(fr[k])
    i = k + 1
    stop = min(limit, k + 9)
    if lx.SPEECH_VERBS.get(verb) == "tell" and i < stop:
        found = _org_at(doc, fr, i, stop)
        if found:
            return found
    while i < stop and fr[i] >= 0:
        lw = doc.low(fr[i])
        if lw in lx.MEDIUM_PREPOSITIONS and i + 1 < stop:
            j = i + 1
            if doc.low(fr[j]) in ("an", "a") and j + 2 < stop and doc.low(
                fr[j + 1]
            ) == "interview" and doc.low(fr[j + 2]) == "with":
                j += 3
            found = _org_at(doc, fr, j, stop)
            if found:
                return found
        if lw in (".", ";") or is_cue(doc, fr, i):
            break
        i += 1
    return None


def _org_at(doc: Doc, fr: list[int], i: int, stop: int) -> str | None:
    j = i
    if j < stop and fr[j] >= 0 and doc.low(fr[j]) == "the":
        j += 1
    if j >= stop or fr[j] < 0:
        return None
    t = fr[j]
    if doc.low(fr[j]) in lx.PLATFORMS:
        return doc.toks.words[t]
    ri = doc.run_of[t]
    if ri < 0 or doc.runs[ri][0] != t:
        return None
    names = doc.run_names[ri]
    if not names:
        return None
    name = names[0]
    if name.kind == "organization" or any(
        strip_possessive(w).lower() in lx.MEDIA_NAMES for w in name.text.split()
    ):
        a = doc.toks.starts[fr[i]]
        if doc.low(fr[i]) == "the":
            return doc.text[a : name.end]
        return name.text
    return None


def ends_clause(doc: Doc, fr: list[int], i: int, hi: int) -> bool:
    """Whether a phrase ending before item i ends its clause (``…, said Trump.``)."""
    if i >= hi or fr[i] < 0:
        return True
    return doc.word(fr[i]) in (".", ",", ";", ":", "!", "?", "(", "—", "–") or doc.low(
        fr[i]
    ) in lx.AFTER_SPEAKER


def appositive(doc: Doc, fr: list[int], i: int, k: int) -> str | None:
    """The role between a name and its verb: ``Ryan Luby, a spokesman for …, said``."""
    if i < k and doc.word(fr[i]) == "," and k - i > 2:
        a = fr[i + 1]
        end = k - 1
        while end > i and doc.word(fr[end]) in (",", ")"):
            end -= 1
        if end <= i:
            return None
        first = doc.low(a)
        if first in lx.RELATIVE_WORDS:
            return None
        return doc.span_text(a, fr[end] + 1)
    return None
