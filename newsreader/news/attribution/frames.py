"""Stage 1 of the attribution: the document index, and each sentence read as a frame.

The tokenizer makes each quotation a single token with no word, so a sentence is a run of
tokens of which some are quotations. A ``Frame`` is that run as the rules read it: item ``k``
is the sentence's ``k``-th token, a word or a quotation, and rules walk it by position in a
window around a quotation or a cue. Positions are plain indices; what an item is, the frame
says (``frame.quotes``, ``frame.is_quote``); a quotation's word is "" (it has none), so a
test of a word (``frame.words[k] == ","``) is false for a quotation.

``Document`` is what every stage looks up, built once per article: the tokens, sentences and
their token ranges, which token stands for which quotation, the runs of capitalized words
and their names (``people.find_name_runs``), the paragraphs, and the frames, built on demand.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cached_property

from newsreader.news import lexicon as lx
from newsreader.news.attribution.people import NameRun, find_name_runs
from newsreader.news.quotes import QuoteSpan, title_paragraph
from newsreader.news.sentences import Tokens


class Frame:
    """One sentence as the rules read it: its items in order, each a word or a quotation.

    Item ``k`` is token ``first + k`` of the document. Per item: ``words`` and ``lowers``, its
    text as written and lowercased ("" for a quotation); ``name_run_at``, the index of the run
    of capitalized words it is part of (in ``name_runs``), None outside names; ``cue_words``,
    whether its word is one a reporting cue may be (``lexicon.CUE_WORDS``). ``quotes`` maps
    the position of each quotation to its index in ``Document.quotes``.

    A frame shares the document's text, tokens and name runs but holds no reference to the
    document (which keeps its frames), so an article's index is freed as soon as it is done
    with, without waiting for the garbage collector.
    """

    __slots__ = ("sentence", "first", "words", "lowers", "name_run_at", "cue_words", "quotes",
                 "full_text", "tokens", "name_runs", "cue_verdicts")

    def __init__(self, document: Document, sentence: int, first: int, end: int,
                 quotes: dict[int, int]) -> None:
        tokens = document.tokens
        self.sentence = sentence
        self.first = first
        self.words = tokens.words[first:end]
        self.lowers = tokens.lowers[first:end]
        self.name_run_at = document.name_run_at[first:end]
        self.cue_words = document.cue_words[first:end]
        self.quotes = quotes
        self.full_text = document.text
        """The text of the whole article."""
        self.tokens = tokens
        """The tokens of the whole article."""
        self.name_runs = document.name_runs
        """The article's runs of capitalized words."""
        self.cue_verdicts = document.cue_verdicts
        """The article's memo of ``cues.is_cue``, by token."""

    def __len__(self) -> int:
        return len(self.words)

    def is_quote(self, k: int) -> bool:
        """Whether item k is a quotation."""
        return k in self.quotes

    def has_quote(self, start: int, end: int) -> bool:
        """Whether any of the items [start, end) is a quotation."""
        quotes = self.quotes
        return bool(quotes) and any(k in quotes for k in range(start, end))

    def token(self, k: int) -> int:
        """The article's token index of item k."""
        return self.first + k

    def start(self, k: int) -> int:
        """Offset in the text where item k begins."""
        return self.tokens.starts[self.first + k]

    def end(self, k: int) -> int:
        """Offset in the text just after item k."""
        return self.tokens.ends[self.first + k]

    def text(self, start: int, end: int) -> str:
        """The text from item ``start`` to item ``end - 1``, white space collapsed."""
        tokens = self.tokens
        return " ".join(
            self.full_text[tokens.starts[self.first + start] : tokens.ends[self.first + end - 1]]
            .split()
        )


class Document:
    """An article tokenized, with its quotations, sentences, paragraphs and name runs."""

    def __init__(
        self,
        text: str,
        tokens: Tokens,
        quotes: Sequence[QuoteSpan],
        sentences: Sequence[tuple[int, int]],
        paragraphs: Sequence[tuple[int, int]],
    ) -> None:
        self.text = text
        self.terms: dict[int, bool] = {}
        """Whether each quotation decided so far is a term or a title (``scare.is_scare``)."""
        self.term_texts: set[str] = set()
        """The words of the quotations found to be terms or titles so far."""
        self.tokens = tokens
        self.quotes = quotes
        self.sentences = sentences
        self.paragraphs = paragraphs
        starts = tokens.starts
        count = len(tokens)
        # the token that stands for each quotation (tokenize made each one token, no word)
        token_quote: dict[int, int] = {}
        for index, quote in enumerate(quotes):
            token = bisect_left(starts, quote.open_start)
            if token < count and starts[token] == quote.open_start and tokens.words[token] == "":
                token_quote[token] = index
        self._quote_tokens = sorted(token_quote)
        """The tokens that are quotations, in text order."""
        self._token_quote = token_quote
        """Token -> the quotation it stands for."""
        self._quote_token = {index: token for token, index in token_quote.items()}
        """Quotation -> its token."""
        self.sentence_tokens = [
            (bisect_left(starts, start), bisect_left(starts, end)) for start, end in sentences
        ]
        """Each sentence's tokens, as a range [first, end)."""
        sentence_starts = {first for first, end in self.sentence_tokens if end > first}
        self.title = title_paragraph(text, paragraphs)
        """The paragraph that is the title line (``quotes.title_paragraph``), None without."""
        title_end = -1
        if self.title is not None:
            # header lines are no names; a title's words are when it is not in title case
            title = paragraphs[self.title]
            headline_end = title[1] if self._headline(title) else title[0]
            title_end = title[1]
        else:
            headline_end = (
                paragraphs[0][1] if len(paragraphs) > 1 and self._headline(paragraphs[0]) else -1
            )
        self.name_runs: list[NameRun] = find_name_runs(text, tokens, sentence_starts,
                                                       headline_end, title_end)
        self.name_run_at: list[int | None] = [None] * count
        """For each token, the index of the name run holding it, None outside names."""
        for index, run in enumerate(self.name_runs):
            self.name_run_at[run.start : run.end] = [index] * (run.end - run.start)
        self.cue_words = list(map(lx.CUE_WORDS.__contains__, tokens.lowers))
        """For each token, whether its word is one a reporting cue may be."""
        self.cue_verdicts: dict[int, bool] = {}
        """``cues.is_cue`` of each token asked so far (a token is in one frame only)."""
        self._sentence_starts = [start for start, _ in sentences]
        self._paragraph_starts = [start for start, _ in paragraphs]
        self.quote_sentence = [self.sentence_at(quote.open_start) for quote in quotes]
        """The sentence of each quotation."""
        self._frames: dict[int, Frame] = {}
        self._standalone: dict[int, bool] = {}

    def _headline(self, span: tuple[int, int]) -> bool:
        """Whether a first paragraph reads as a headline: short, most words capitalized."""
        words = self.text[span[0] : span[1]].split()
        capitalized = sum(1 for w in words if w[:1].isupper())
        return (
            len(words) >= 4
            and capitalized >= 0.6 * len(words)
            and span[1] - span[0] <= 200
            and not words[-1].endswith(":")
        )

    def sentence_at(self, offset: int) -> int:
        """The sentence holding a text offset (or the one just before it)."""
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    @cached_property
    def lowercase_words(self) -> frozenset[str]:
        """The words the text writes in lowercase (one pass over the tokens, on first use)."""
        return frozenset(filter(str.islower, self.tokens.words))

    def paragraph_at(self, offset: int) -> int:
        """The paragraph holding a text offset (or the one just before it)."""
        return max(0, bisect_left(self._paragraph_starts, offset + 1) - 1)

    def frame(self, sentence: int) -> Frame:
        """The frame of a sentence (built once)."""
        try:
            return self._frames[sentence]
        except KeyError:  # asked for the first time
            pass
        first, end = (
            self.sentence_tokens[sentence] if sentence < len(self.sentence_tokens) else (0, 0)
        )
        quote_tokens = self._quote_tokens
        low, high = bisect_left(quote_tokens, first), bisect_left(quote_tokens, end)
        quotes = {
            quote_tokens[i] - first: self._token_quote[quote_tokens[i]] for i in range(low, high)
        } if high > low else {}
        frame = self._frames[sentence] = Frame(self, sentence, first, end, quotes)
        return frame

    def token_quote(self, token: int) -> int | None:
        """The quotation a token stands for, None when it is a word."""
        return self._token_quote.get(token)

    def quote_token(self, quote: int) -> int | None:
        """The token that stands for a quotation, None when it has none."""
        return self._quote_token.get(quote)

    def quote_position(self, sentence: int, quote: int) -> int | None:
        """Position of a quotation in the frame of a sentence, or None when not there."""
        token = self._quote_token.get(quote)
        if token is None:
            return None
        frame = self.frame(sentence)
        k = token - frame.first
        return k if 0 <= k < len(frame) else None

    def quote_frame(self, quote: int) -> tuple[Frame, int] | None:
        """The frame of a quotation's sentence and the quotation's position in it, None when
        the quotation is no item of it."""
        sentence = self.quote_sentence[quote]
        at = self.quote_position(sentence, quote)
        return None if at is None else (self.frame(sentence), at)

    def word_position(self, sentence: int, token: int) -> int | None:
        """Position of a word token in the frame of a sentence, or None when not there."""
        frame = self.frame(sentence)
        k = token - frame.first
        return k if 0 <= k < len(frame) and k not in frame.quotes else None

    def standalone(self, sentence: int) -> bool:
        """Whether a sentence holds nothing but quotations and punctuation (or at most two
        words after a leading quotation)."""
        got = self._standalone.get(sentence)
        if got is None:
            frame = self.frame(sentence)
            words = sum(1 for k, word in enumerate(frame.words)
                        if k not in frame.quotes and word not in lx.PUNCTUATION)
            got = not words or (words <= 2 and len(frame) > 0 and frame.is_quote(0))
            self._standalone[sentence] = got
        return got
