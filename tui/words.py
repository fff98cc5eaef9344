"""Counts in good English on screen."""

from __future__ import annotations


def plural(count: int, word: str, words: str | None = None) -> str:
    """ "1 quotation", "2 quotations" (``words`` for a plural that is not ``word`` + s)."""
    return f"{count} {word}" if count == 1 else f"{count} {words or word + 's'}"
