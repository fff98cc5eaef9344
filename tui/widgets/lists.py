"""Option lists and tables that move with j/k and g/G as well as the arrows, with every key
a binding of ours (with an id, so it is listed in help and can be remapped)."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import DataTable, OptionList

from newsreader.tui.bindings import moves


class KeyedOptionList(OptionList, inherit_bindings=False):
    """An OptionList with vi-style movement keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *moves("options"),
        Binding("g,home", "first", "First", show=False, id="options.first"),
        Binding("G,end", "last", "Last", show=False, id="options.last"),
        Binding("enter", "select", "Choose", show=False, id="options.choose"),
    ]


class KeyedTable(DataTable[Any], inherit_bindings=False):
    """A DataTable of rows with vi-style movement keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *moves("table", "row"),
        Binding("g,home", "scroll_top", "First row", show=False, id="table.top"),
        Binding("G,end", "scroll_bottom", "Last row", show=False, id="table.bottom"),
        Binding("enter", "select_cursor", "Choose", show=False, id="table.choose"),
    ]
