"""Counts in good English, for every face and layer: the screens, the command line, the
services' and the store's reports."""

from __future__ import annotations


def plural(count: int, word: str, words: str | None = None) -> str:
    """ "1 quotation", "2 quotations", "0 quotations" (``words`` for a plural that is not
    ``word`` + s: ``plural(n, "person", "people")``)."""
    return f"{count} {word}" if count == 1 else f"{count} {words or word + 's'}"
