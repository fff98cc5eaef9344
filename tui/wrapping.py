"""Word wrapping that keeps track of where each line starts in the text."""

from __future__ import annotations

import re
from functools import cache

from rich.cells import cell_len, get_character_cell_size

_TOKEN = re.compile(r"\S+\s*|\s+")
_SPACES = re.compile(" *")

@cache
def _narrow() -> frozenset[str]:
    """Characters a cell wide that are no space, and the space: a text made only of these
    wraps by counting characters (the common case: Latin, Greek and Cyrillic text, with
    its typographic quotation marks and dashes)."""
    return frozenset(ch for code in range(0x20, 0x3000)
                     if (ch := chr(code)) == " "
                     or (not ch.isspace() and get_character_cell_size(ch) == 1))


def line_starts(text: str, width: int) -> list[int]:
    """Offsets where each line after the first starts, wrapping ``text`` at ``width`` cells.

    Lines break between words; a word wider than a line is cut. A line's trailing
    spaces stay on it (the caller strips them when drawing).
    """
    width = max(width, 1)
    if _narrow().issuperset(text):
        return _narrow_line_starts(text, width)
    return _line_starts_from(text, width, 0)


def _narrow_line_starts(text: str, width: int) -> list[int]:
    """``line_starts`` for a text of ``_NARROW`` characters, where a cell is a character
    and a space the only white space: a line's room ends ``width`` characters after its
    start, and the line breaks before the word that reaches past it (a step a line, not
    a step a word)."""
    starts: list[int] = []
    line = 0
    size = len(text)
    while line + width < size:
        room = line + width
        if text[room] == " ":  # a word ends at the room's end: the next word is next
            after = _SPACES.match(text, room).end()  # type: ignore[union-attr]
            if after == size:
                break
        else:  # a word runs past the room: the line breaks before it
            after = text.rfind(" ", line, room) + 1
            if after <= line:  # a word wider than a line starts the line: cut it
                return starts + _line_starts_from(text, width, line)
        starts.append(after)
        line = after
    return starts


def _line_starts_from(text: str, width: int, pos: int) -> list[int]:
    """``line_starts`` of the lines from offset ``pos`` (a line's start) on, word by word
    (any text)."""
    starts: list[int] = []
    column = 0
    for token in _TOKEN.finditer(text, pos):
        chunk = token.group()
        word = chunk.rstrip()
        word_width = cell_len(word)
        if column and column + word_width > width:
            starts.append(token.start())
            column = 0
        if word_width > width:
            pos = token.start()
            for ch in word:
                w = cell_len(ch)
                if column + w > width:
                    starts.append(pos)
                    column = 0
                column += w
                pos += 1
            column += len(chunk) - len(word)
        else:
            column += cell_len(chunk)
    return starts
