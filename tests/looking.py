"""Looking at what a Pilot app puts on the terminal: the text of each line, and how legible
each character is (the colours after the app's own filters: NO_COLOR, ANSI to truecolor)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.color import Color as RichColor
from rich.segment import Segment
from rich.style import Style
from textual.app import App
from textual.color import Color
from textual.geometry import Region
from textual.strip import Strip

DIM_BLEND = 0.5
"""How far a terminal moves dim text toward the background (most halve its intensity)."""


def screen_strips(app: App) -> list[Strip]:
    """The lines of the top screen as the terminal gets them (after the app's filters)."""
    strips = app.screen._compositor.render_strips()
    background = app.screen.styles.background
    for line_filter in app.get_line_filters():
        strips = [strip.apply_filter(line_filter, background) for strip in strips]
    return strips


def screen_lines(app: App) -> list[str]:
    """The text of each line of the top screen."""
    return [strip.text for strip in screen_strips(app)]


def screen_text(app: App) -> str:
    """The top screen's text, one line per row."""
    return "\n".join(screen_lines(app))


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(fg: tuple[int, int, int], bg: tuple[int, int, int]) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    a, b = _luminance(fg), _luminance(bg)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def _rgb(color: RichColor | None) -> tuple[int, int, int] | None:
    if color is None or color.is_default:
        return None
    t = color.get_truecolor()
    return (t.red, t.green, t.blue)


def shown_colours(style: Style | None) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """(foreground, background) a style shows, with reverse and dim applied; None when the
    terminal's own default colours are used (ANSI themes), which this cannot judge."""
    if style is None:
        return None
    fg, bg = _rgb(style.color), _rgb(style.bgcolor)
    if fg is None or bg is None:
        return None
    if style.reverse:
        fg, bg = bg, fg
    if style.dim:
        blended = Color(*fg).blend(Color(*bg), DIM_BLEND)
        fg = (blended.r, blended.g, blended.b)
    return fg, bg


def is_text(ch: str) -> bool:
    """Whether a character is something to read (not a space, a box line or a block)."""
    return not ch.isspace() and not 0x2500 <= ord(ch) <= 0x259F and ch not in "▏▕"


@dataclass(frozen=True)
class Illegible:
    """A run of text drawn with too little contrast."""

    y: int
    text: str
    ratio: float

    def __str__(self) -> str:
        return f"line {self.y}: {self.text!r} at {self.ratio:.2f}:1"


def illegible(app: App, minimum: float, region: Region | None = None) -> list[Illegible]:
    """Every run of text on screen (or in ``region``: a dialog, not the screen dimmed
    behind it) whose contrast with its background is under ``minimum``."""
    found = []
    for y, strip in enumerate(screen_strips(app)):
        x = 0
        for seg in strip:
            start, x = x, x + len(seg.text)
            if region is not None and not (region.y <= y < region.bottom
                                           and region.x <= start < region.right):
                continue
            if not isinstance(seg, Segment) or not any(is_text(ch) for ch in seg.text):
                continue
            colours = shown_colours(seg.style)
            if colours is None:
                continue
            ratio = contrast(*colours)
            if ratio < minimum:
                found.append(Illegible(y, seg.text.strip(), ratio))
    return found


def styles_of(app: App, needle: str) -> list[Style]:
    """The styles of the segments that draw any part of ``needle`` where it is on screen
    (the first line it is found on)."""
    for strip in screen_strips(app):
        if needle not in strip.text:
            continue
        start = strip.text.index(needle)
        end = start + len(needle)
        styles, x = [], 0
        for seg in strip:
            if x < end and x + len(seg.text) > start and seg.text.strip():
                styles.append(seg.style or Style())
            x += len(seg.text)
        return styles
    raise AssertionError(f"{needle!r} is not on screen")
