"""Fitting text into a number of terminal cells: every cut measures cell width (a CJK
character takes two cells), never ``len()``."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size

ELLIPSIS = "…"
"""Ends text that was cut."""


def cut(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells, ending in an ellipsis if it was cut."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, width - 1).rstrip() + ELLIPSIS


def fit(text: str, width: int) -> str:
    """``text`` in exactly ``width`` cells: cut with an ellipsis, or padded with spaces."""
    return set_cell_size(cut(text, width), max(width, 0))


def wrap(text: str, width: int) -> list[str]:
    """``text`` broken between words into lines of at most ``width`` cells (a word wider
    than a line is cut with an ellipsis)."""
    width = max(width, 2)
    lines: list[str] = []
    for word in text.split():
        if lines and cell_len(lines[-1]) + 1 + cell_len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(cut(word, width))
    return lines


def indented(text: str, width: int, indent: int, first: int = 0) -> list[str]:
    """``text`` wrapped to ``width`` cells, every line after the first indented by
    ``indent`` cells (the first by ``first``), so a wrapped entry reads as one."""
    lines = wrap(text, width - first)
    if len(lines) > 1:
        rest = wrap(" ".join(lines[1:]), width - indent)
        lines = lines[:1] + rest
    return [" " * (first if n == 0 else indent) + line for n, line in enumerate(lines)]
