"""Reporting cues: which words are a reporting verb used as a verb (said, told, according to,
points out), and the verb right after a subject."""

from __future__ import annotations

from newsreader.news import lexicon as lx
from newsreader.news.attribution.frames import Doc
from newsreader.news.attribution.people import is_cap


def is_cue(doc: Doc, fr: list[int], k: int) -> bool:
    """Whether item k of a frame is a reporting verb used as an active verb."""
    t = fr[k]
    if t < 0 or not doc.cue_word[t]:
        return False
    got = doc.cue_cache.get(t)
    if got is None:
        got = doc.cue_cache[t] = _is_cue(doc, fr, k)
    return got


def _is_cue(doc: Doc, fr: list[int], k: int) -> bool:
    item = fr[k]
    if item < 0:
        return False
    low = doc.toks.lowers[item]
    nxt = doc.low(fr[k + 1]) if k + 1 < len(fr) and fr[k + 1] >= 0 else ""
    if low == "according":
        return nxt == "to"
    if low in lx.PHRASAL_CUES and nxt == lx.PHRASAL_CUES[low]:
        return not (k > 0 and doc.low(fr[k - 1]) in lx.DETERMINERS)  # points out
    lemma = lx.SPEECH_VERBS.get(low)
    if lemma is None:
        return False
    word = doc.toks.words[item]
    if word[0].isupper() and not (k == 0 or fr[k - 1] < 0 or low in lx.PARTICIPLE_CUES):
        return False  # a name (Will, Read) or a headline
    prev_item = fr[k - 1] if k > 0 else -1
    prev = doc.low(prev_item)
    prev_word = doc.word(prev_item)
    possessive = len(prev_word) > 2 and prev_word.endswith(("’s", "'s"))
    if prev in lx.DETERMINERS or possessive or prev == "no":
        return False  # his remarks, Trump's claim: a noun
    if prev in lx.BE_FORMS and not low.endswith("ing"):
        return False  # was told, is called: passive, the subject is not the source
    if prev == "to":
        return lemma in lx.INFINITIVE_CUES and low == lemma  # went on to say
    if lemma == "put":
        return nxt == "it"
    if lemma in lx.RESTRICTED_CUES:
        return low in lx.RESTRICTED_CUES[lemma]
    if lemma in lx.NOUN_LIKE_CUES and (low == lemma or low == lemma + "s" or low == lemma + "es"):
        # comment, reports, claims: a verb only after a subject-like word
        return prev_item >= 0 and (
            prev in lx.PRONOUNS
            or prev in ("also", "often", "now", "still", "later", "who")
            or is_cap(prev_word)
            or prev in lx.NOMINAL_HEADS
            or (prev.endswith("s") and prev[:-1] in lx.NOMINAL_HEADS)
        )
    return True


def verb_after(doc: Doc, fr: list[int], i: int, hi: int) -> int:
    """Item of a reporting verb right after a subject that ends before item i, or -1."""
    j = i
    if j < hi and fr[j] >= 0 and doc.word(fr[j]) in (",", "("):
        close = "," if doc.word(fr[j]) == "," else ")"
        x = j + 1
        while x < hi and x < j + 35 and fr[x] >= 0 and doc.word(fr[x]) != close:
            if doc.word(fr[x]) in (".", ";"):
                return -1
            x += 1
        if x < hi and fr[x] >= 0 and doc.word(fr[x]) == close:
            j = x + 1
        else:
            return -1
    while j < hi and fr[j] >= 0 and (
        doc.low(fr[j]) in lx.AUXILIARIES
        or (doc.low(fr[j]).endswith(lx.ADVERB_SUFFIX) and len(doc.low(fr[j])) > 4)
    ):
        j += 1
    if j < hi and is_cue(doc, fr, j):
        return j
    return -1
