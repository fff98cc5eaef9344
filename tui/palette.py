"""Colours and marks for speakers: a colour each, and a number that reads without colour."""

from __future__ import annotations

from rich.style import Style

SPEAKER_COLOURS: tuple[str, ...] = (
    "cyan", "magenta", "green", "yellow", "blue", "red",
    "bright_cyan", "bright_magenta", "bright_green", "bright_yellow", "bright_blue", "bright_red",
)
"""ANSI colours (so they exist on 16-colour terminals), one per speaker, reused in turn."""


def speaker_style(number: int | None, colour: bool = True) -> Style:
    """How a quotation by speaker ``number`` looks: underlined (visible without colour)
    and, with ``colour``, in the speaker's colour; None is for quotations with no speaker
    found."""
    if number is None:
        return Style(underline=True, italic=True)
    if not colour:
        return Style(underline=True)
    return Style(underline=True, color=SPEAKER_COLOURS[(number - 1) % len(SPEAKER_COLOURS)])


def speaker_mark(numbers: list[int]) -> str:
    """The mark after a quotation naming its speakers by sidebar number: "[1]", "[1,2]"."""
    return f"[{','.join(map(str, numbers))}]" if numbers else "[?]"
