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

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsreader.news import lexicon as lx
from newsreader.news.people import Name, NameFinder, is_cap, known_name_word, strip_possessive
from newsreader.news.quotes import QuoteSpan
from newsreader.news.sentences import ABBREVIATIONS, Tokens

WINDOW = 45
MIN_WORDS = 6
"""How many frame items a rule may look at on either side: keeps the work per quote bounded."""

PARTICIPLE_CUES = frozenset(w for w, lemma in lx.SPEECH_VERBS.items() if w.endswith("ing"))
_ADVERB_SUFFIX = "ly"
_CLAUSE_BREAKS = lx.word_set("that which who whom whose because although though while whereas if")
_INTRO_WORDS = lx.word_set(
    """in on at during after before since last earlier later however meanwhile still but and
    yet also then now as while when with without for by from over under this next so thus
    amid among despite following given unlike like per via against toward towards throughout
    within upon about across around beyond inside outside near alongside along until unless
    once whether although though because if
    instead indeed moreover furthermore separately overall today yesterday tonight
    afterward afterwards there here speaking writing"""
)
_NP_INNER = lx.word_set(
    """for of at with in from on the a an and to"""
)
_MODIFIERS = lx.word_set(
    """campaign press communications national political presidential policy security foreign
    senior top chief former longtime veteran white house state federal local county city
    republican democratic gop party election legal general deputy executive associate
    assistant regional public affairs relations media digital research data field finance
    senate majority minority ranking district civil rights health defense justice homeland
    immigration customs enforcement military intelligence economic business financial
    conservative liberal progressive independent outside spokesman spokeswoman spokesperson
    administration department agency office police government new another other one two
    three four five several some many few most both other unnamed anonymous senior junior
    high-ranking high-level top-ranking longtime close trusted key leading prominent
    prospective potential former current incoming outgoing acting interim vice
    communications director manager adviser advisor aide secretary official officials
    attorney attorneys lawyer lawyers representative spokesman's candidate's"""
)
_STOP_AFTER_NAME = lx.word_set("who which whose whom that")
_PUNCT = frozenset(".,;:!?—–-()…―")
_INVERTING = lx.word_set(
    """say add write continue explain note ask reply respond declare insist argue tweet
    recall warn conclude counter observe remark state announce"""
)
_CUE_WORDS = frozenset(lx.SPEECH_VERBS) | frozenset(lx.PHRASAL_CUES) | {"according"}
_DASHES = frozenset({"—", "–", "-", "―"})
_NOT_ROLES = lx.word_set(
    """however meanwhile too though instead therefore nonetheless nevertheless also then now
    again still yet indeed moreover furthermore apparently""")
_OPENING = frozenset({"“", '"', "‘", "'", "(", "[", "''", "``", "—", "–", ":"})
_FUNCTION_WORDS = lx.word_set(
    """and or but nor that which who whom whose the a an to of for in on at by with from as
    if than then so yet not also this these those there here it its is was were are be been
    has have had do does did will would can could may might must should shall about into
    over under after before while when where because although though"""
)
_AFTER_SPEAKER = lx.word_set(
    """in on at during while after before when to told in as about of last this on via
    monday tuesday wednesday thursday friday saturday sunday yesterday today"""
)
_BE = lx.word_set("is was were are be been being am")
_INFINITIVE_CUES = lx.word_set(
    """say tell add write explain ask answer note argue claim insist declare announce warn
    describe call reply respond suggest predict promise mention recall"""
)
_RESTRICTED = {
    "read": frozenset({"read", "reads"}),
    "post": frozenset({"posted"}),
    "begin": frozenset(),
    "speak": frozenset(),
    "continue": frozenset({"continued", "continues", "continuing"}),
    "refer": frozenset({"referring", "referred"}),
    "quote": frozenset({"quoting", "quoted"}),
    "cite": frozenset({"citing", "cited", "cites"}),
    "figure": frozenset(),
    "order": frozenset({"ordered"}),
    "project": frozenset({"projected"}),
    "reason": frozenset({"reasoned"}),
    "estimate": frozenset({"estimated"}),
    "question": frozenset({"questioned"}),
    "attack": frozenset({"attacked"}),
    "term": frozenset({"termed"}),
    "brand": frozenset({"branded"}),
    "challenge": frozenset({"challenged"}),
    "address": frozenset(),
}
_NOUN_LIKE = lx.word_set(
    """comment report answer claim note charge quote tweet post reply promise pledge vow
    demand plea question attack insult defense remark warning statement response boast joke
    quip shout cry whisper mutter lament complaint counter repeat state recount chant
    sing praise thank blame label brand term call dub rant rave echo sigh order challenge
    contest dispute reveal conclude confirm deny testify suggest predict report maintain
    stress caution forecast guarantee swear comment mention insist"""
)
_ROLE_START = lx.word_set("a an the his her their its our one another")
_MEDIA_PREPS = lx.word_set("on to with in for")
_PLATFORMS = lx.word_set(
    "twitter facebook instagram youtube tiktok reddit linkedin snapchat truth medium"
)


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


@dataclass(slots=True)
class Attribution:
    """The attribution of one quotation."""

    source: Source | None
    verb: str | None = None
    medium: str | None = None
    rule: str = ""
    cue_start: int = -1


class Doc:
    """A tokenized article with its quotations, sentences and names, and the rules above."""

    def __init__(
        self,
        text: str,
        toks: Tokens,
        quotes: Sequence[QuoteSpan],
        sents: Sequence[tuple[int, int]],
        paras: Sequence[tuple[int, int]],
    ) -> None:
        self.text = text
        self.toks = toks
        self.quotes = quotes
        self.sents = sents
        self.paras = paras
        n = len(toks)
        starts = toks.starts
        # which quotation a token stands for (tokenize made each one token), -1 for words
        self.in_quote = [-1] * n
        for qi, q in enumerate(quotes):
            a = bisect_left(starts, q.open_start)
            if a < n and starts[a] == q.open_start and toks.words[a] == "":
                self.in_quote[a] = qi
        # token ranges of sentences
        self.sent_tok: list[tuple[int, int]] = []
        for a, b in sents:
            self.sent_tok.append((bisect_left(starts, a), bisect_left(starts, b)))
        sent_starts = {t0 for t0, t1 in self.sent_tok if t1 > t0}
        self.finder = NameFinder(text, toks, sent_starts)
        self.run_of = [-1] * n
        self.runs: list[tuple[int, int]] = []
        self.run_names: list[list[Name]] = []
        title_end = paras[0][1] if len(paras) > 1 and self._title_like(paras[0]) else -1
        words = toks.words
        caps = [i for i, w in enumerate(words) if w[:1].isupper()]
        cap_mid = {  # words written capitalized where a capital is not forced
            toks.lowers[i]
            for i in caps
            if i > 0 and i not in sent_starts and words[i - 1] not in _OPENING
        }
        for a, b in self.finder.runs(caps):
            if starts[a] < title_end:
                continue
            if b - a == 1 and (a in sent_starts or (a > 0 and words[a - 1] in _OPENING)):
                # a capital forced by the sentence start: keep it only if known as a name
                first = strip_possessive(words[a]).lower()
                nxt = toks.lowers[b] if b < n else ""
                if not (
                    first in cap_mid
                    or first + "’s" in cap_mid
                    or first + "'s" in cap_mid
                    or known_name_word(words[a])
                    or nxt in _CUE_WORDS
                    or nxt in lx.AUXILIARIES
                    or (nxt == "," and b + 1 < n and toks.lowers[b + 1] in ("a", "an", "the"))
                ):
                    a += 1
                    if a >= b:
                        continue
            names = self.finder.names(a, b)
            ri = len(self.runs)
            self.runs.append((a, b))
            self.run_names.append(names)
            for t in range(a, b):
                self.run_of[t] = ri
        self.quote_sent = [self.sent_index(q.open_start) for q in quotes]
        self._frames: dict[int, list[int]] = {}
        self._frame_pos: dict[int, dict[int, int]] = {}
        self._quote_pos: dict[int, int] = {}
        self._standalone: dict[int, bool] = {}
        self._para_starts = [a for a, _ in paras]
        self.cue_word = [w in _CUE_WORDS for w in toks.lowers]
        self._cue_cache: dict[int, bool] = {}

    # ----------------------------------------------------------------- basics

    def _title_like(self, span: tuple[int, int]) -> bool:
        words = self.text[span[0] : span[1]].split()
        caps = sum(1 for w in words if w[:1].isupper())
        return (
            len(words) >= 4
            and caps >= 0.6 * len(words)
            and span[1] - span[0] <= 200
            and not words[-1].endswith(":")
        )

    def sent_index(self, offset: int) -> int:
        """The sentence holding a text offset (or the one just before it)."""
        lo, hi = 0, len(self.sents)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sents[mid][0] <= offset:
                lo = mid + 1
            else:
                hi = mid
        return max(0, lo - 1)

    def frame(self, si: int) -> list[int]:
        """Items of sentence si: token indices outside quotes, -(q+1) for each quotation."""
        fr = self._frames.get(si)
        if fr is not None:
            return fr
        t0, t1 = self.sent_tok[si] if si < len(self.sent_tok) else (0, 0)
        fr = []
        last_q = -1
        for t in range(t0, t1):
            q = self.in_quote[t]
            if q < 0:
                fr.append(t)
            elif q != last_q:
                fr.append(-q - 1)
                last_q = q
        # quotations with no token inside still count (a lone mark pair); keep them ordered
        self._frames[si] = fr
        return fr

    def quote_pos(self, si: int, qi: int) -> int:
        """Position of quotation qi's placeholder in the frame of sentence si, or -1."""
        self.frame_pos(si, 0)
        return self._quote_pos.get(qi, -1)

    def standalone(self, si: int) -> bool:
        """Whether sentence si holds nothing but quotations and punctuation (or at most two
        words after a leading quotation)."""
        got = self._standalone.get(si)
        if got is None:
            fr = self.frame(si)
            words = sum(1 for x in fr if x >= 0 and self.toks.words[x] not in _PUNCT)
            got = not words or (words <= 2 and bool(fr) and fr[0] < 0)
            self._standalone[si] = got
        return got

    def frame_pos(self, si: int, token: int) -> int:
        """Position of a token in the frame of sentence si, or -1."""
        pos = self._frame_pos.get(si)
        if pos is None:
            fr = self.frame(si)
            pos = {x: k for k, x in enumerate(fr) if x >= 0}
            self._frame_pos[si] = pos
            for k, x in enumerate(fr):
                if x < 0:
                    self._quote_pos[-x - 1] = k
        return pos.get(token, -1)

    def para_index(self, offset: int) -> int:
        """Index of the paragraph holding (or just before) a text offset."""
        return max(0, bisect_left(self._para_starts, offset + 1) - 1)

    def word(self, item: int) -> str:
        return self.toks.words[item] if item >= 0 else ""

    def low(self, item: int) -> str:
        return self.toks.lowers[item] if item >= 0 else ""

    def span_text(self, a: int, b: int) -> str:
        """Text from the start of token a to the end of token b-1 (tokens, not items)."""
        return " ".join(self.text[self.toks.starts[a] : self.toks.ends[b - 1]].split())

    def is_cue(self, fr: list[int], k: int) -> bool:
        """Whether item k of a frame is a reporting verb used as an active verb."""
        t = fr[k]
        if t < 0 or not self.cue_word[t]:
            return False
        got = self._cue_cache.get(t)
        if got is None:
            got = self._cue_cache[t] = self._is_cue(fr, k)
        return got

    def _is_cue(self, fr: list[int], k: int) -> bool:
        item = fr[k]
        if item < 0:
            return False
        low = self.toks.lowers[item]
        nxt = self.low(fr[k + 1]) if k + 1 < len(fr) and fr[k + 1] >= 0 else ""
        if low == "according":
            return nxt == "to"
        if low in lx.PHRASAL_CUES and nxt == lx.PHRASAL_CUES[low]:
            return not (k > 0 and self.low(fr[k - 1]) in lx.DETERMINERS)  # points out
        lemma = lx.SPEECH_VERBS.get(low)
        if lemma is None:
            return False
        word = self.toks.words[item]
        if word[0].isupper() and not (k == 0 or fr[k - 1] < 0 or low in PARTICIPLE_CUES):
            return False  # a name (Will, Read) or a headline
        prev_item = fr[k - 1] if k > 0 else -1
        prev = self.low(prev_item)
        prev_word = self.word(prev_item)
        possessive = len(prev_word) > 2 and prev_word.endswith(("’s", "'s"))
        if prev in lx.DETERMINERS or possessive or prev == "no":
            return False  # his remarks, Trump's claim: a noun
        if prev in _BE and not low.endswith("ing"):
            return False  # was told, is called: passive, the subject is not the source
        if prev == "to":
            return lemma in _INFINITIVE_CUES and low == lemma  # went on to say
        if lemma == "put":
            return nxt == "it"
        if lemma in _RESTRICTED:
            return low in _RESTRICTED[lemma]
        if lemma in _NOUN_LIKE and (low == lemma or low == lemma + "s" or low == lemma + "es"):
            # comment, reports, claims: a verb only after a subject-like word
            return prev_item >= 0 and (
                prev in lx.PRONOUNS
                or prev in ("also", "often", "now", "still", "later", "who")
                or is_cap(prev_word)
                or prev in lx.NOMINAL_HEADS
                or (prev.endswith("s") and prev[:-1] in lx.NOMINAL_HEADS)
            )
        return True

    # ----------------------------------------------------------------- noun phrases

    def _names_in_run(self, ri: int) -> list[Name]:
        return self.run_names[ri] if ri >= 0 else []

    def np_right(
        self, fr: list[int], i: int, limit: int, inverted: bool = False
    ) -> tuple[Source, int] | None:
        """A source starting at frame item i; returns it and the item just after it.

        ``inverted``: the phrase follows its verb (``said master of ceremonies Asab Al-Tabchi``,
        ``wrote one commenter``), so any short phrase that ends the clause is its subject."""
        if i >= limit or fr[i] < 0:
            return None
        t = fr[i]
        low = self.toks.lowers[t]
        if low in ("he", "she", "they", "it", "we", "i"):
            return self._pronoun(t), i + 1
        j = i
        # lowercase title words in front of a name: attorney general William Barr
        pre = i
        while j < limit and fr[j] >= 0 and j - i < 6:
            lw = self.low(fr[j])
            if self.run_of[fr[j]] >= 0:
                break
            if lw in lx.TITLES or lw in _MODIFIERS or lw in ("the", "a", "an"):
                j += 1
                continue
            break
        if inverted and j < limit and fr[j] >= 0 and self.run_of[fr[j]] < 0:
            # unknown lowercase words before a name: master of ceremonies Asab Al-Tabchi
            x = j
            while x < limit and x < j + 4 and fr[x] >= 0 and self.run_of[fr[x]] < 0 and (
                self.low(fr[x]).isalpha() and not is_cap(self.word(fr[x]))
                and not self.is_cue(fr, x)
            ):
                x += 1
            if x < limit and fr[x] >= 0 and self.run_of[fr[x]] >= 0 and x > j:
                j = x
        if j < limit and fr[j] >= 0 and self.run_of[fr[j]] >= 0:
            ri = self.run_of[fr[j]]
            a, b = self.runs[ri]
            names = self._names_in_run(ri)
            if names and a == fr[j]:
                # the run must be contiguous in the frame
                k = j + (b - a)
                if k <= len(fr) and all(fr[j + x] == a + x for x in range(b - a)):
                    last_word = self.toks.words[b - 1]
                    if last_word.endswith(("’s", "'s")):
                        return self._nominal_right(fr, pre, limit)
                    if pre < j and k < limit and fr[k] >= 0 and self.low(fr[pre]) in (
                        "the", "a", "an"
                    ) and self.low(fr[k])[:1].isalpha() and not is_cap(self.word(fr[k])) and (
                        not self.is_cue(fr, k)
                    ):
                        return self._nominal_right(fr, pre, limit)  # the New York businessman
                    role = None
                    if pre < j:
                        role = self.span_text(fr[pre], fr[j - 1] + 1)
                    src = Source(names[0].start, names[-1].end, "name",
                                 self.text[names[0].start : names[-1].end], list(names), role)
                    if names[0].title and not role:
                        src.role = names[0].title
                    if k < limit and fr[k] >= 0 and self.word(fr[k]) == "," and len(names) == 1:
                        # said NAME, a spokesman for X.
                        e = k + 1
                        while e < limit and e < k + 30 and fr[e] >= 0 and self.word(fr[e]) not in (
                            ",", ".", ";", ":", "—", "(", ")"
                        ):
                            e += 1
                        if e >= limit or fr[e] < 0 or self.word(fr[e]) in (",", ".", ";"):
                            appos = self.role_text(fr, k + 1, e)
                            if appos:
                                src.role = appos
                    return src, k
        return self._nominal_right(fr, i, limit, inverted)

    def _nominal_right(
        self, fr: list[int], i: int, limit: int, inverted: bool = False
    ) -> tuple[Source, int] | None:
        """``the spokesman``, ``a spokesman for the city``, ``officials``, ``Trump’s campaign``,
        ``a 2008 Clinton veteran``, ``one user`` (when a reporting verb follows)."""
        if i >= limit or fr[i] < 0 or self.low(fr[i]) in _NP_INNER - {"the", "a", "an"}:
            return None
        j = i
        head = -1
        unknown = 0
        while j < limit and fr[j] >= 0 and j - i < 12:
            t = fr[j]
            w = self.toks.words[t]
            lw = self.toks.lowers[t]
            if lw in lx.NOMINAL_HEADS or (lw.endswith("s") and lw[:-1] in lx.NOMINAL_HEADS):
                head = j
                j += 1
                continue
            if not (w[:1].isalnum() or w in ("’s", "'s", "-")):
                break
            if self.is_cue(fr, j) or lw in _STOP_AFTER_NAME or lw in lx.AUXILIARIES:
                break
            if head < 0 and not (
                lw in lx.DETERMINERS or lw in _MODIFIERS or lw in lx.TITLES or lw in _NP_INNER
                or is_cap(w) or w.endswith(("’s", "'s")) or w[:1].isdigit()
            ):
                unknown += 1
                if unknown > 3:
                    break
            if head >= 0 and lw not in _NP_INNER and not is_cap(w) and not w.endswith(
                ("’s", "'s")
            ):
                break
            j += 1
        end = j
        if head < 0:
            # an unknown noun: accept "DET word(s)" when a reporting verb follows at once, or
            # (after its verb) when the clause ends: wrote one commenter.
            short = self.low(fr[i]) in lx.DETERMINERS and i + 1 < end <= i + 5
            if short and (
                self._verb_after(fr, end, limit) == end
                or (inverted and (self._ends_clause(fr, end, limit) or (
                    end < limit and self.low(fr[end]) in ("from", "who", "with", "of")
                )))
            ):
                head = end - 1
            else:
                return None
        end = max(head + 1, end)
        while end > head + 1 and self.low(fr[end - 1]) in _NP_INNER:
            end -= 1
        a, b = fr[i], fr[end - 1] + 1
        text = self.span_text(a, b)
        return Source(self.toks.starts[a], self.toks.ends[b - 1], "nominal", text), end

    def np_left(self, fr: list[int], k: int, lo: int) -> Source | None:
        """The subject of the reporting verb at item k, looking left (not before item lo)."""
        j = k - 1
        while j >= lo and fr[j] >= 0 and (
            self.low(fr[j]) in lx.AUXILIARIES
            or (self.low(fr[j]).endswith(_ADVERB_SUFFIX) and self.run_of[fr[j]] < 0
                and len(self.low(fr[j])) > 4)
        ):
            j -= 1
        if j < lo or fr[j] < 0:
            return None
        if self.word(fr[j]) in (",", "—", "–", ")"):
            # NAME, ROLE, said  ·  NAME (R-Wis.) said
            close = self.word(fr[j])
            opener = {",": ",", "—": "—", "–": "–", ")": "("}[close]
            i = j - 1
            while i >= lo and i > j - 35 and fr[i] >= 0 and self.word(fr[i]) != opener:
                if self.is_cue(fr, i):
                    break
                i -= 1
            if i >= lo and fr[i] >= 0 and self.word(fr[i]) == opener and i < j - 1:
                src = self._np_ending(fr, i - 1, lo)
                if src is not None:
                    if close == "," and src.kind == "name":
                        src.role = self.role_text(fr, i + 1, j) or src.role
                    elif close == "," and src.kind == "nominal":
                        named = self.name_exactly(fr, i + 1, j)
                        if named is not None:  # the chair, Nadia Karimi, said
                            named.role = src.text
                            return named
                    return src
            return None
        if self.low(fr[j]) in ("who", "which") and j - 1 >= lo:
            # NAME, who said …: the mention is "who", it names what stands before it
            ante = self._np_ending(fr, j - 2 if self.word(fr[j - 1]) == "," else j - 1, lo)
            t = fr[j]
            src = Source(self.toks.starts[t], self.toks.ends[t], "pronoun", self.toks.words[t])
            if ante is not None and ante.kind == "name":
                src.names = ante.names
            return src
        return self._np_ending(fr, j, lo)

    def name_exactly(self, fr: list[int], i: int, j: int) -> Source | None:
        """A name source when items [i, j) are one name (with a title): ``Dr. Samuel Mensah``."""
        if j <= i or any(x < 0 for x in fr[i:j]) or j - i > 8:
            return None
        got = self.np_right(fr, i, j)
        if got is None or got[1] != j or got[0].kind != "name":
            return None
        return got[0]

    def role_text(self, fr: list[int], i: int, j: int) -> str | None:
        """The text of items [i, j) when it reads as a role: ``a spokesman for the city``,
        ``deputy director of X``, ``the city attorney`` (not ``however`` or ``who said``)."""
        if j <= i or any(x < 0 for x in fr[i:j]):
            return None
        lows = [self.low(x) for x in fr[i:j]]
        if lows[0] in _STOP_AFTER_NAME or (len(lows) == 1 and lows[0] in _NOT_ROLES):
            return None
        if any(self.is_cue(fr, x) for x in range(i, j)):
            return None
        if lows[0] in _ROLE_START or any(
            w in lx.TITLES or w in lx.NOMINAL_HEADS or w in lx.ROLE_HEADS
            or (w.endswith("s") and w[:-1] in lx.NOMINAL_HEADS)
            for w in lows
        ):
            return self.span_text(fr[i], fr[j - 1] + 1)
        return None

    def _np_ending(self, fr: list[int], j: int, lo: int) -> Source | None:
        """A source whose last token is item j."""
        if j < lo or fr[j] < 0:
            return None
        t = fr[j]
        low = self.toks.lowers[t]
        if low in ("he", "she", "they", "it", "we", "i"):
            return self._pronoun(t)
        ri = self.run_of[t]
        if ri >= 0 and self.runs[ri][1] - 1 == t:
            names = self.run_names[ri]
            if not names:
                return None
            a = self.runs[ri][0]
            # find the frame item of the run's first token; lowercase titles before it
            i = j
            while i - 1 >= lo and fr[i - 1] >= 0 and fr[i - 1] >= a:
                i -= 1
            role = names[0].title
            p = i
            while p - 1 >= lo and fr[p - 1] >= 0 and i - p < 5:
                lw = self.low(fr[p - 1])
                if lw in lx.TITLES or (lw in _MODIFIERS and lw not in lx.DETERMINERS):
                    p -= 1
                else:
                    break
            if p < i:
                role = self.span_text(fr[p], fr[i - 1] + 1) + (
                    " " + names[0].title if names[0].title else ""
                )
            last = names[-1]
            # "X and Y said": both names; otherwise the name nearest the verb
            chosen = names if len(names) > 1 else [last]
            src = Source(chosen[0].start, chosen[-1].end, "name",
                         self.text[chosen[0].start : chosen[-1].end], list(chosen), role)
            return src
        if ri >= 0 or low in _FUNCTION_WORDS or not low[:1].isalpha():
            return None
        # a nominal ending here: walk left to its start
        if not (low in lx.NOMINAL_HEADS or (low.endswith("s") and low[:-1] in lx.NOMINAL_HEADS)
                or self._head_before(fr, j, lo)):
            return None
        i = j
        while i - 1 >= lo and fr[i - 1] >= 0 and j - i < 10:
            w = self.word(fr[i - 1])
            lw = w.lower()
            if (
                lw in lx.DETERMINERS
                or lw in _MODIFIERS
                or lw in lx.NOMINAL_HEADS
                or lw in ("for", "of", "at", "with")
                or is_cap(w)
                or lw.endswith(("’s", "'s"))
            ):
                if lw in ("for", "of", "at", "with") and not self._head_before(fr, i - 1, lo):
                    break
                i -= 1
                if lw in lx.DETERMINERS and lw not in ("one", "two", "three", "several", "some",
                                                       "many", "both", "other", "top", "senior"):
                    break
                continue
            break
        a, b = fr[i], fr[j] + 1
        return Source(self.toks.starts[a], self.toks.ends[b - 1], "nominal",
                      self.span_text(a, b))

    def _head_before(self, fr: list[int], j: int, lo: int) -> bool:
        """Whether a nominal head stands within a few items before item j (``a spokesman for
        the city``)."""
        for x in range(j - 1, max(lo, j - 7) - 1, -1):
            if fr[x] < 0:
                return False
            lw = self.low(fr[x])
            if lw in lx.NOMINAL_HEADS or (lw.endswith("s") and lw[:-1] in lx.NOMINAL_HEADS):
                return self.low(fr[x + 1]) in ("for", "of", "at", "with") or x == j - 1
            if lw in (",", ".", ";", ":") or self.is_cue(fr, x):
                return False
        return False

    def _pronoun(self, t: int) -> Source:
        s, e = self.toks.starts[t], self.toks.ends[t]
        return Source(s, e, "pronoun", self.text[s:e])

    # ----------------------------------------------------------------- media

    def medium_after(self, fr: list[int], k: int, limit: int) -> str | None:
        """``told the Associated Press``, ``said on CNN``, ``wrote on Twitter``."""
        verb = self.low(fr[k])
        i = k + 1
        stop = min(limit, k + 9)
        if lx.SPEECH_VERBS.get(verb) == "tell" and i < stop:
            found = self._org_at(fr, i, stop)
            if found:
                return found
        while i < stop and fr[i] >= 0:
            lw = self.low(fr[i])
            if lw in _MEDIA_PREPS and i + 1 < stop:
                j = i + 1
                if self.low(fr[j]) in ("an", "a") and j + 2 < stop and self.low(
                    fr[j + 1]
                ) == "interview" and self.low(fr[j + 2]) == "with":
                    j += 3
                found = self._org_at(fr, j, stop)
                if found:
                    return found
            if lw in (".", ";") or self.is_cue(fr, i):
                break
            i += 1
        return None

    def _org_at(self, fr: list[int], i: int, stop: int) -> str | None:
        j = i
        if j < stop and fr[j] >= 0 and self.low(fr[j]) == "the":
            j += 1
        if j >= stop or fr[j] < 0:
            return None
        t = fr[j]
        if self.low(fr[j]) in _PLATFORMS:
            return self.toks.words[t]
        ri = self.run_of[t]
        if ri < 0 or self.runs[ri][0] != t:
            return None
        names = self.run_names[ri]
        if not names:
            return None
        name = names[0]
        if name.kind == "organization" or any(
            strip_possessive(w).lower() in lx.MEDIA_NAMES for w in name.text.split()
        ):
            a = self.toks.starts[fr[i]]
            if self.low(fr[i]) == "the":
                return self.text[a : name.end]
            return name.text
        return None

    # ----------------------------------------------------------------- rules

    def cue_source(self, fr: list[int], k: int, lo: int, hi: int) -> Source | None:
        """The source of the reporting verb at item k of a frame."""
        low = self.low(fr[k])
        if low == "according":
            got = self.np_right(fr, k + 2, hi)
            return got[0] if got else None
        if low in PARTICIPLE_CUES:
            # with Trump reportedly yelling: …  (no comma: the participle has its own subject)
            j = k - 1
            while j >= lo and fr[j] >= 0 and self.low(fr[j]).endswith("ly"):
                j -= 1
            if j >= lo and fr[j] >= 0 and self.word(fr[j]) not in _PUNCT:
                direct = self._np_ending(fr, j, lo)
                if direct is not None and direct.kind in ("name", "pronoun"):
                    return direct
            return self.clause_subject(fr, k, lo, hi)
        # inverted: "…," said NAME  ·  …, said NAME.  ·  said NAME, "…"
        prev = k - 1
        while prev >= lo and fr[prev] >= 0 and self.low(fr[prev]) in (",", "—", "–"):
            prev -= 1
        after_quote = prev < lo or fr[prev] < 0
        after_comma = k - 1 >= lo and fr[k - 1] >= 0 and self.word(fr[k - 1]) == ","
        if after_quote:
            got = self.np_right(fr, k + 1, hi, inverted=True)
            if got and (got[0].kind != "pronoun" or self._ends_clause(fr, got[1], hi)):
                return got[0]
        elif after_comma and lx.SPEECH_VERBS.get(low) in _INVERTING:
            left = self.np_left(fr, k, lo)
            if left is not None and left.kind != "nominal":
                return left  # Hunter, meanwhile, said …
            got = self.np_right(fr, k + 1, hi, inverted=True)
            if got and self._ends_clause(fr, got[1], hi):
                return got[0]  # …, said Geert Wilders, founder of …
        src = self.np_left(fr, k, lo)
        if src is None and k + 1 < hi and (k == lo or fr[k - 1] < 0):
            got = self.np_right(fr, k + 1, hi)
            if got and got[0].kind in ("name", "pronoun"):
                return got[0]  # "Asked about it, said Trump" and headlines
        if src is None and k - 1 >= lo and self.low(fr[k - 1]) in ("and", "but", "then"):
            src = self.sentence_subject(fr, lo, k)  # X noted …, and added: "…"
        return src

    def _ends_clause(self, fr: list[int], i: int, hi: int) -> bool:
        """Whether a phrase ending before item i ends its clause (``…, said Trump.``)."""
        if i >= hi or fr[i] < 0:
            return True
        return self.word(fr[i]) in (".", ",", ";", ":", "!", "?", "(", "—", "–") or self.low(
            fr[i]
        ) in _AFTER_SPEAKER

    def clause_subject(self, fr: list[int], k: int, lo: int, hi: int) -> Source | None:
        """The subject of the clause a participle (item k) hangs on: the source of a reporting
        verb just before it (``Lewandowski added, saying``), else the sentence's subject."""
        x = k - 1
        while x >= lo and x > k - 4 and fr[x] >= 0 and self.word(fr[x]) in (",", "—", "–"):
            x -= 1
        for y in range(x, max(lo, x - 3) - 1, -1):
            if fr[y] >= 0 and self.is_cue(fr, y) and self.low(fr[y]) not in PARTICIPLE_CUES:
                src = self.cue_source(fr, y, lo, hi)
                if src is not None:
                    return src
                break
        if k == lo or (k - 1 >= lo and self.low(fr[k - 1]) in _INTRO_WORDS and k - 1 == lo):
            # Citing X, ICE subpoenaed …: the subject follows the participle's phrase
            j = k + 1
            while j < hi and j < k + WINDOW and not (fr[j] >= 0 and self.word(fr[j]) == ","):
                j += 1
            got = self.np_right(fr, j + 1, hi) if j < hi else None
            return got[0] if got else None
        return self.sentence_subject(fr, lo, k)

    def _after_dateline(self, fr: list[int], i: int, stop: int) -> int:
        """Skip a dateline: ``WASHINGTON —``, ``LA CROSSE, Wisc. —``, ``Washington (AFP) –``."""
        marked = False  # a word in capitals (WASHINGTON, AFP) or a state (Va.)
        for j in range(i, min(stop, i + 9)):
            if fr[j] < 0:
                return i
            w = self.word(fr[j])
            if w in ("—", "–", "-", "--", "―") and j > i:
                return j + 1 if marked else i
            if not (is_cap(w) or w in (",", "(", ")", ".") or w.isupper()):
                return i
            marked = marked or (len(w) >= 3 and w.isupper()) or (
                w.endswith(".") and w.lower() in ABBREVIATIONS and len(w) > 3
            )
        return i

    def sentence_subject(self, fr: list[int], lo: int, hi: int) -> Source | None:
        """The first noun phrase of a sentence, after any introductory phrase."""
        i = lo
        stop = min(hi, lo + WINDOW)
        while i < stop and (fr[i] < 0 or self.word(fr[i]) in (",", "—", "–", "(", ")")):
            i += 1  # "…," Carson told the AP after hinting that "…"
        i = self._after_dateline(fr, i, stop)
        if i < stop and fr[i] >= 0 and self.low(fr[i]) in _INTRO_WORDS:
            j = i
            while j < stop and fr[j] >= 0 and self.word(fr[j]) != ",":
                if self.is_cue(fr, j):
                    break
                j += 1
            if j < stop and fr[j] >= 0 and self.word(fr[j]) == "," and j - i <= 10:
                i = j + 1
            elif self.low(fr[i]) in ("but", "and", "yet", "so", "still", "also"):
                i += 1
        got = self.np_right(fr, i, stop)
        return got[0] if got else None

    def attribute(self, qi: int) -> Attribution | None:
        """Rules 1-3 for quotation qi (its own sentence); None when nothing fits."""
        si = self.quote_sent[qi]
        fr = self.frame(si)
        p = self.quote_pos(si, qi)
        if p < 0:
            return None
        n = len(fr)
        lo, hi = max(0, p - WINDOW), min(n, p + WINDOW)
        # 1. after the quote
        r = p + 1
        while r < hi and fr[r] >= 0 and self.word(fr[r]) in (",", "—", "–", "-", "―"):
            r += 1
        if r < hi and fr[r] >= 0:
            if self.is_cue(fr, r):
                src = self.cue_source(fr, r, lo, hi)
                if src is not None:
                    return self._made(fr, r, src, hi, "post")
            got = self.np_right(fr, r, hi)
            if got:
                src, after = got
                k = self._verb_after(fr, after, hi)
                if k >= 0:
                    if src.kind == "nominal" and after < hi and self.word(fr[after]) == ",":
                        e = k - 1
                        while e > after and self.word(fr[e]) in (",", ")"):
                            e -= 1
                        named = self.name_exactly(fr, after + 1, e + 1)
                        if named is not None:
                            named.role = src.text
                            src = named
                    if src.role is None:
                        src.role = self._appositive(fr, after, k)
                    return self._made(fr, k, src, hi, "post")
        # "…" ― NAME (a signature after the quotation)
        if r < hi and fr[r] >= 0 and r > p + 1 and self.word(fr[r - 1]) in _DASHES:
            got = self.np_right(fr, r, hi)
            if got and got[0].kind == "name" and self._ends_clause(fr, got[1], hi) and (
                got[1] >= hi or self.word(fr[got[1]]) in (".", "\n", ",")
                or fr[got[1]] < 0
            ):
                return Attribution(got[0], None, None, "signature", self.toks.starts[fr[r]])
        # 2. before the quote
        left = p - 1
        while left >= lo and fr[left] >= 0 and self.word(fr[left]) in (",", ":", "—", "–"):
            left -= 1
        k = left
        while k >= lo and k > left - 12 and fr[k] >= 0:
            if self.word(fr[k]) in (".", ";", "?", "!"):
                break
            if self.is_cue(fr, k):
                src = self.cue_source(fr, k, lo, hi)
                if src is not None:
                    return self._made(fr, k, src, hi, "pre")
                break
            k -= 1
        if left >= lo and left < p - 1 and self.word(fr[left + 1]) == ":" and fr[left] >= 0:
            src = self._np_ending(fr, left, lo)
            if src is None or src.kind != "name" or left - lo >= 8:
                # Trump went even further: "…"
                src = self.sentence_subject(fr, lo, left) if left - lo < 14 else None
            if src is not None and src.kind in ("name", "pronoun"):
                return Attribution(src, None, None, "colon", self.toks.starts[fr[left + 1]])
        # 3. anywhere in the sentence: nearest reporting verb with a subject
        best: tuple[int, int] | None = None
        cue_word = self.cue_word
        for k in range(lo, hi):
            if fr[k] >= 0 and cue_word[fr[k]] and self.is_cue(fr, k):
                d = (p - k) if k < p else (k - p) + 2
                if best is None or d < best[0]:
                    best = (d, k)
        if best is not None:
            k = best[1]
            src = self.cue_source(fr, k, lo, hi)
            if src is not None:
                return self._made(fr, k, src, hi, "sentence")
        # 4. no reporting verb: the subject of the sentence, for a long quotation or for a
        #    fragment (lowercase) inside what a person or organization is said to think or do
        q = self.quotes[qi]
        if p > 0:
            long = len(self.text[q.start : min(q.end, q.start + 400)].split()) >= MIN_WORDS
            fragment = self.text[q.start : q.start + 1].islower()
            if long or fragment:
                src = self.sentence_subject(fr, lo, p)
                if src is not None and (
                    (src.kind == "name" and (long or all(
                        n.kind in ("person", "organization") for n in src.names)))
                    or (src.kind == "pronoun" and src.text.lower() in ("he", "she", "they"))
                ):
                    return Attribution(src, None, None, "subject", -1)
        return None

    def _verb_after(self, fr: list[int], i: int, hi: int) -> int:
        """Item of a reporting verb right after a subject that ends before item i, or -1."""
        j = i
        if j < hi and fr[j] >= 0 and self.word(fr[j]) in (",", "("):
            close = "," if self.word(fr[j]) == "," else ")"
            x = j + 1
            while x < hi and x < j + 35 and fr[x] >= 0 and self.word(fr[x]) != close:
                if self.word(fr[x]) in (".", ";"):
                    return -1
                x += 1
            if x < hi and fr[x] >= 0 and self.word(fr[x]) == close:
                j = x + 1
            else:
                return -1
        while j < hi and fr[j] >= 0 and (
            self.low(fr[j]) in lx.AUXILIARIES
            or (self.low(fr[j]).endswith(_ADVERB_SUFFIX) and len(self.low(fr[j])) > 4)
        ):
            j += 1
        if j < hi and self.is_cue(fr, j):
            return j
        return -1

    def _appositive(self, fr: list[int], i: int, k: int) -> str | None:
        """The role between a name and its verb: ``Ryan Luby, a spokesman for …, said``."""
        if i < k and self.word(fr[i]) == "," and k - i > 2:
            a = fr[i + 1]
            end = k - 1
            while end > i and self.word(fr[end]) in (",", ")"):
                end -= 1
            if end <= i:
                return None
            first = self.low(a)
            if first in _STOP_AFTER_NAME:
                return None
            return self.span_text(a, fr[end] + 1)
        return None

    def _made(self, fr: list[int], k: int, src: Source, hi: int, rule: str) -> Attribution:
        t = fr[k]
        verb = self.toks.lowers[t]
        nxt = self.low(fr[k + 1]) if k + 1 < len(fr) else ""
        if verb == "according":
            verb = "according to"
        elif lx.PHRASAL_CUES.get(verb) == nxt:
            verb = f"{verb} {nxt}"  # points out, fired back
        return Attribution(src, verb, self.medium_after(fr, k, hi), rule, self.toks.starts[t])
