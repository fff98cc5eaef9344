"""Word wrapping that keeps track of where each line starts in the text."""

from __future__ import annotations

import re

from rich.cells import cell_len

_TOKEN = re.compile(r"\S+\s*|\s+")


def line_starts(text: str, width: int) -> list[int]:
    """Offsets where each line after the first starts, wrapping ``text`` at ``width`` cells.

    Lines break between words; a word wider than a line is cut. A line's trailing
    spaces stay on it (the caller strips them when drawing).
    """
    width = max(width, 1)
    starts: list[int] = []
    column = 0
    for token in _TOKEN.finditer(text):
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
