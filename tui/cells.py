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
