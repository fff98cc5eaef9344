"""A very long article for the reader's tests: about 2 MB of text (an article file's
limit), thousands of paragraphs, each with a quotation and two matches of "reservoir"."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

LONG_PARAGRAPHS = 16_500
"""Paragraphs of the long article: about 2 MB of text (an article file's limit), each
with two matches of "reservoir" and one quotation (by three speakers in turn)."""
LONG_SPEAKERS = ("Ann Lee", "Tom Ruiz", "Mara Quist")


def write_long_article(path: Path) -> None:
    """Write the long article as an article file."""
    paragraphs = [f"The board met on day {n} about the reservoir. “We will not let the "
                  f"reservoir fail,” said {LONG_SPEAKERS[n % 3]}, who chairs it."
                  for n in range(LONG_PARAGRAPHS)]
    path.write_text("Source: The Valley Ledger\n\nThe Very Long Reservoir Hearing\n\n"
                    + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    assert 1_900_000 < path.stat().st_size <= 2 << 20


@dataclass
class LayoutWork:
    """What the article view did: paragraphs styled, paragraphs wrapped into lines."""

    styled: int = 0
    wrapped: int = 0
