"""Option lists and tables that move with j/k and g/G as well as the arrows."""

from __future__ import annotations

from typing import Any

from textual.binding import Binding
from textual.widgets import DataTable, OptionList


class KeyedOptionList(OptionList):
    """An OptionList with vi-style movement keys."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="options.down"),
        Binding("k", "cursor_up", "Up", show=False, id="options.up"),
        Binding("g", "first", "First", show=False, id="options.first"),
        Binding("G", "last", "Last", show=False, id="options.last"),
    ]


class KeyedTable(DataTable[Any]):
    """A DataTable with vi-style movement keys."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="table.down"),
        Binding("k", "cursor_up", "Up", show=False, id="table.up"),
        Binding("g", "scroll_top", "Top", show=False, id="table.top"),
        Binding("G", "scroll_bottom", "Bottom", show=False, id="table.bottom"),
    ]
