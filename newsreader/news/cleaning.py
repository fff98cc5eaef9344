"""Making article text safe to keep and to show: no terminal control sequences."""

from __future__ import annotations

import re

_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]              # CSI: colours, cursor moves, erase
    | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)? # OSC: window titles, clipboard, links
    | \x1b[PX^_][^\x1b]*(?:\x1b\\)?      # DCS, SOS, PM, APC strings
    | \x1b[@-Z\\-_]                      # other two-byte escapes
    | \x9b[0-?]*[ -/]*[@-~]              # 8-bit CSI
    """,
    re.VERBOSE,
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u202a-\u202e\u2066-\u2069]")
"""C0 and C1 controls (not tab or newline), byte-order marks, and bidi overrides."""


def strip_controls(text: str) -> str:
    """Text without escape sequences and control characters; tabs and newlines stay.

    Carriage returns become newlines, so "a\\r\\nb" and "a\\rb" both read as two lines.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def one_line(text: str) -> str:
    """A field shown on one line (a title, a name): controls removed, whitespace collapsed."""
    return " ".join(strip_controls(text).split())
