"""The document index: tokens, sentences and their frames, quotations, name runs.

A sentence is read as a *frame*: its tokens outside quotations, with one placeholder per
quotation (the tokenizer made each quotation one token). Every other stage looks words up
through the index built here once per article.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from newsreader.news import lexicon as lx
from newsreader.news.attribution.people import Name, NameFinder, known_name_word, strip_possessive
from newsreader.news.quotes import QuoteSpan
from newsreader.news.sentences import Tokens


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
            if i > 0 and i not in sent_starts and words[i - 1] not in lx.OPENING_MARKS
        }
        for a, b in self.finder.runs(caps):
            if starts[a] < title_end:
                continue
            if b - a == 1 and (a in sent_starts or (a > 0 and words[a - 1] in lx.OPENING_MARKS)):
                # a capital forced by the sentence start: keep it only if known as a name
                first = strip_possessive(words[a]).lower()
                nxt = toks.lowers[b] if b < n else ""
                if not (
                    first in cap_mid
                    or first + "’s" in cap_mid
                    or first + "'s" in cap_mid
                    or known_name_word(words[a])
                    or nxt in lx.CUE_WORDS
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
        self.cue_word = [w in lx.CUE_WORDS for w in toks.lowers]
        self.cue_cache: dict[int, bool] = {}

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
            words = sum(1 for x in fr if x >= 0 and self.toks.words[x] not in lx.PUNCTUATION)
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

