"""The analyser's fast paths find exactly what the plain formulation they stand for finds.

Each scan written for speed (a search that skips to its candidates, a split instead of a loop
over matches, a cache) is checked against the slow, obvious one on news-like fragments and on
any text: the analysis must not change when it gets faster.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.news import dates, quotes, sentences

PIECES = [
    "“", "”", '"', "''", "``", "‘", "’", "'", "\n", "\n\n", " ", "  ", ", ", ". ", ".", "!", "?",
    "…", ": ", "—", "(", ")", "[", "]", "said", "he", "He", "he’s", "It's", "Mr.", "U.S.", "A.",
    "D.C.", "x.y", "ICE’s", "don't", "a-b", "R&D", "_", "9", "2016", "2016-09-12", "1999-13-01",
    "Jan.", "Sept. 11", "May", "May 5", "March", "Monday", "Monday morning", "today", "Tonight",
    "yesterday", "last week", "Next month", "this year", "two weeks ago", "a day ago",
    "tomorrow", "Yesterday", "Today's", "Last", "next", "This", "\tweekend", "week", "month",
    "years", "oday", "Thursday", "Dec.", "Feb", "0", "19", "x1",
    "several months ago", "10 years ago", "ago", "early", "mid-", "on", "In", "Juneau",
    "Sunday's", "é", "Ω", "٣", "\t", "\r\n", "\u00a0", "\x1c", "=", "6'3\"", "„", "«", "»",
]
fragments = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
texts = st.one_of(fragments, st.text(max_size=200))

_PLAIN_SENTENCE_END = re.compile(
    r"(?<![.!?…])[.!?…]++[\"”’'\)\]]*+(?=\s++[\"“‘'(\[0-9A-ZÀ-ÖØ-ÞΑ-ΩА-Я])|\n"
)
_PLAIN_MARK = re.compile(r"''+|``|[“”\"„«»]")


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None, database=None)
@given(texts)
def test_dates_are_found_where_the_pattern_matches(text: str) -> None:
    assert _spans(dates._date_matches(text)) == _spans(dates._PATTERN.finditer(text))


@settings(max_examples=300, deadline=None, database=None)
@given(texts, st.integers(0, 50), st.integers(0, 200))
def test_tokens_are_the_pattern_matches(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    starts: list[int] = []
    ends: list[int] = []
    words: list[str] = []
    sentences._split_words(text, start, end, starts, ends, words)
    plain = list(sentences.TOKEN.finditer(text, start, end))
    assert list(zip(starts, ends, strict=True)) == _spans(plain)
    assert words == [m.group() for m in plain]


@settings(max_examples=300, deadline=None, database=None)
@given(texts)
def test_sentence_ends_are_those_of_the_plain_pattern(text: str) -> None:
    line_breaks = [(at, at + 1) for at in sentences.occurrences(text, "\n")]
    found = sorted(_spans(sentences._terminal_ends(text)) + line_breaks)
    assert found == _spans(_PLAIN_SENTENCE_END.finditer(text))


@settings(max_examples=300, deadline=None, database=None)
@given(texts)
def test_quote_marks_are_those_of_the_plain_pattern(text: str) -> None:
    assert _spans(quotes._MARK.finditer(text)) == _spans(_PLAIN_MARK.finditer(text))


@settings(max_examples=300, deadline=None, database=None)
@given(texts)
def test_tokens_lowercase_forms_and_contractions_are_the_plain_ones(text: str) -> None:
    for _ in range(2):  # the remembered lowercase forms give what str.lower gives
        tokens = sentences.tokenize(text + " " + text.upper() + " x" * 50)
        assert tokens.lowers == [word.lower() for word in tokens.words]
        assert all(word.lower() not in sentences._CONTRACTED for word in tokens.words)


def test_long_words_are_lowercased_without_being_remembered() -> None:
    word = "Ab" * 5_000
    assert sentences.tokenize(f"{word} He’s").lowers == [word.lower(), "he", "’s"]
    assert word not in sentences._LOWER
