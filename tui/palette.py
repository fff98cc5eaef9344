"""Colours and marks for speakers: a colour each, and a number that reads without colour.

The colours are made for the theme in use: each starts from a hue of its own and is
darkened (on a light theme) or lightened (on a dark one) until it reads against the
theme's background and surface at WCAG's 4.5:1, so no speaker is yellow on white. ANSI
themes keep the terminal's own ANSI colours; under NO_COLOR there are none (quotations are
underlined and numbered, names bold).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from textual.app import App
from textual.color import Color, ColorParseError

SPEAKER_COLOURS: tuple[str, ...] = (
    "cyan", "magenta", "green", "yellow", "blue", "red",
    "bright_cyan", "bright_magenta", "bright_green", "bright_yellow", "bright_blue", "bright_red",
)
"""ANSI colours (they exist on 16-colour terminals), one per speaker, reused in turn; used
as they are by ANSI themes."""

SPEAKER_HUES: tuple[str, ...] = (
    "#2aa1c8", "#c2409f", "#3f9d3f", "#c08a00", "#4f74d9", "#d1453b",
    "#14b8a6", "#9b59d0", "#7a9a1e", "#e0692a", "#2f8fe0", "#d6336c",
)
"""The starting point of each speaker's colour on a truecolor theme, one per speaker."""

MIN_CONTRAST = 4.5
"""WCAG AA for normal text: what every speaker's colour reaches against the theme."""


def _luminance(c: Color) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)


def contrast(a: Color, b: Color) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = _luminance(a), _luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def readable(colour: Color, backgrounds: Sequence[Color],
             minimum: float = MIN_CONTRAST) -> Color:
    """``colour`` moved away from the backgrounds' lightness (darker on light ones) until
    it has ``minimum`` contrast with each."""
    dark = sum(_luminance(b) for b in backgrounds) / len(backgrounds) < 0.18
    for _ in range(40):
        if min(contrast(colour, b) for b in backgrounds) >= minimum:
            break
        colour = colour.lighten(0.04) if dark else colour.darken(0.04)
    return colour


_cache: dict[tuple[str, bool], tuple[str, ...] | None] = {}


def speaker_colours(app: App[object]) -> tuple[str, ...] | None:
    """The speakers' colours for the app's theme (None under NO_COLOR)."""
    key = (app.theme, app.no_color)
    if key not in _cache:
        _cache[key] = _colours_for(app)
    return _cache[key]


def _colours_for(app: App[object]) -> tuple[str, ...] | None:
    if app.no_color:
        return None
    theme = app.current_theme
    if theme.ansi:
        return SPEAKER_COLOURS
    variables = app.get_css_variables()
    backgrounds = []
    for name in ("background", "surface", "panel"):
        try:
            backgrounds.append(Color.parse(variables[name]))
        except (KeyError, ColorParseError):  # missing, or not a plain colour
            continue
    if not backgrounds or any(b.ansi is not None for b in backgrounds):
        return SPEAKER_COLOURS
    return tuple(readable(Color.parse(hue), backgrounds).hex for hue in SPEAKER_HUES)


def speaker_style(number: int | None, colours: Sequence[str] | None = SPEAKER_COLOURS
                  ) -> Style:
    """How a quotation by speaker ``number`` looks: underlined (visible without colour)
    and in the speaker's colour (none when ``colours`` is None: NO_COLOR); None is for
    quotations with no speaker found."""
    if number is None:
        return Style(underline=True, italic=True)
    if not colours:
        return Style(underline=True)
    return Style(underline=True, color=colours[(number - 1) % len(colours)])


def speaker_mark(numbers: list[int]) -> str:
    """The mark after a quotation naming its speakers by sidebar number: "[1]", "[1,2]"."""
    return f"[{','.join(map(str, numbers))}]" if numbers else "[?]"
