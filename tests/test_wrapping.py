"""Word wrapping for the reader: the quick way for ordinary text (a step a line) breaks
lines exactly where the word-by-word way does, for any text and width."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.tui.wrapping import _line_starts_from, line_starts

PIECES = [*"ab“”—é.,", "xyz", "word", " ", " ", "  ", "\n", "\t", "漢", "e\u0301", "\xa0",
          "\u200b", "averyveryverylongword"]
"""Words, spaces and the characters that are not one cell or not a plain space."""


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join), st.integers(0, 14))
def test_the_quick_wrap_breaks_where_the_word_by_word_wrap_does(text: str, width: int) -> None:
    assert line_starts(text, width) == _line_starts_from(text, max(width, 1), 0)


def test_lines_break_between_words_and_cut_a_word_wider_than_a_line() -> None:
    assert line_starts("“We will” said Ann Lee", 10) == [10, 19]
    assert line_starts("a  b", 1) == [3]
    assert line_starts("abcdefgh ij", 3) == [3, 6, 9]
    assert line_starts("short", 80) == []
