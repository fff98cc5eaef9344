"""Option lists and tables that move with j/k and g/G as well as the arrows, with every key
a binding of ours (with an id, so it is listed in help and can be remapped)."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import DataTable, OptionList

from newsreader.tui.bindings import moves


def option_moves(noun: str = "") -> list[BindingType]:
    """An option list's movement keys, named for what its options are ("Next view"); the
    same ids in every such list (remapping ``options.down`` remaps them all)."""
    thing = f" {noun}" if noun else ""
    return [
        *moves("options", noun),
        Binding("g,home", "first", f"First{thing}", show=False, id="options.first"),
        Binding("G,end", "last", f"Last{thing}", show=False, id="options.last"),
    ]


class KeyedOptionList(OptionList, inherit_bindings=False):
    """An OptionList with vi-style movement keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *option_moves(),
        Binding("enter", "select", "Choose", show=False, id="options.choose"),
    ]


def table_moves(noun: str) -> list[BindingType]:
    """A table's movement keys, named for what its rows are ("Next person"); the same ids
    in every table (remapping ``table.down`` remaps them all)."""
    return [
        *moves("table", noun),
        Binding("g,home", "scroll_top", f"First {noun}", show=False, id="table.top"),
        Binding("G,end", "scroll_bottom", f"Last {noun}", show=False, id="table.bottom"),
    ]


class KeyedTable(DataTable[Any], inherit_bindings=False):
    """A DataTable of rows with vi-style movement keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *table_moves("row"),
        Binding("enter", "select_cursor", "Choose", show=False, id="table.choose"),
    ]
