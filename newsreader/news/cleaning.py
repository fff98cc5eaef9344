"""Making text from outside safe to keep and to show: no terminal control sequences, no
characters that hide or reorder text.

Every string that enters newsreader from outside (an article file, a feed, a web page, an
OPML list, an export, a tag typed on the command line) goes through ``strip_controls`` or
``one_line`` where it enters. ``printable`` is for what is shown but must stay exact (a
file name): it makes the same characters visible as escapes instead of removing them.
"""

from __future__ import annotations

import re

_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]                       # CSI: colours, cursor moves, erase
    | \x1b\][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c) # OSC: window titles, clipboard, links
    | \x1b[PX^_][^\x1b\x9c\n]*(?:\x1b\\|\x9c)     # DCS, SOS, PM, APC strings
    | \x1b[@-Z\\-_]                               # other two-byte escapes, and the opener
                                                  # of a string that never ends
    | \x9b[0-?]*[ -/]*[@-~]                       # 8-bit CSI
    """,
    re.VERBOSE,
)
"""Escape sequences, removed whole. A string sequence (OSC, DCS, ...) counts only when it
is terminated on its line: a stray ``ESC ]`` loses its two characters, never the text after
it (which a terminal would swallow, but which is the article's)."""

_INVISIBLE = (
    "\u061c"          # Arabic letter mark
    "\u180e"          # Mongolian vowel separator
    "\u200b"          # zero-width space
    "\u200e\u200f"    # left-to-right and right-to-left marks
    "\u202a-\u202e"   # bidi embeddings and overrides
    "\u2060-\u2064"   # word joiner, invisible operators
    "\u2066-\u2069"   # bidi isolates
    "\u206a-\u206f"   # deprecated format characters
    "\ufeff"          # byte-order mark, zero-width no-break space
    "\ufff9-\ufffb"   # interlinear annotation
)
"""Characters that show nothing yet change what is shown (bidi overrides reorder the text
around them). The zero-width joiners (U+200C, U+200D) stay: emoji and Persian need them."""

_CONTROLS = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_INVISIBLE}]")
"""C0 and C1 controls (not tab or newline) and the invisible characters."""

_UNPRINTABLE = re.compile(f"[\x00-\x1f\x7f-\x9f{_INVISIBLE}\u2028\u2029\ud800-\udfff]")
"""What ``printable`` escapes: every control (tab and newline too), invisible and lone
surrogate."""


_SURROGATES = re.compile("[\ud800-\udfff]")
"""Lone surrogates: not characters at all (a JSON ``\\ud800`` escape, or the bytes of a
command-line argument that is not UTF-8), which no file or terminal can take."""


def strip_controls(text: str) -> str:
    """Text without escape sequences, control characters and invisible ones; tabs and
    newlines stay. A lone surrogate becomes U+FFFD, the replacement character, as a
    byte that is not UTF-8 does when decoded.

    Carriage returns and line or paragraph separators become newlines, so "a\\r\\nb" and
    "a\\rb" both read as two lines.
    """
    text = _SURROGATES.sub("\ufffd", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def one_line(text: str) -> str:
    """A field shown on one line (a title, a name): controls removed, whitespace collapsed."""
    return " ".join(strip_controls(text).split())


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code == 9:
        return "\\t"
    if code == 10:
        return "\\n"
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8, as Python holds it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_UNPRINTABLE_IN_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_INVISIBLE}\u2028\u2029"
                                  "\ud800-\udfff]")
"""What ``printable_text`` escapes: as ``printable``, but tabs and newlines stay."""


def printable(text: str) -> str:
    """Text shown exactly but harmlessly (a file name): each control or invisible
    character written as an escape (``\\x1b``, ``\\u202e``, ``\\t``), and each byte of
    a name that is not UTF-8 as ``\\xff``."""
    return _UNPRINTABLE.sub(_escape, text)


def printable_text(text: str) -> str:
    """Text of many lines (an article's) shown harmlessly: as ``printable``, but tabs and
    newlines stay as they are."""
    return _UNPRINTABLE_IN_TEXT.sub(_escape, text)


_HIDDEN_IN_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_INVISIBLE}\u2028\u2029]")
"""What ``visible`` replaces in a one-line field: every control (tab and newline too)."""
_HIDDEN_IN_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_INVISIBLE}\u2028\u2029]")
"""What ``visible`` replaces in text of many lines: as in a line, but tabs and newlines stay."""


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures: ESC is shown as U+241B
    return "\u2421" if code == 0x7F else "\ufffd"


def visible(text: str, lines: bool = False) -> str:
    """Text that should hold no controls (it was cleaned where it entered) with any it
    holds all the same (a library file edited by hand) shown as a character each: a C0
    control as its Control Picture (ESC as U+241B), any other as U+FFFD. One character
    for one, so offsets into the text still hold; ``lines``: tabs and newlines stay."""
    hidden = _HIDDEN_IN_TEXT if lines else _HIDDEN_IN_LINE
    return hidden.sub(_picture, text) if hidden.search(text) else text
