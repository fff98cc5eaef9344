"""Help: the user's actions on the screen underneath, by the part of the screen they belong
to, generated from its bindings (with the id that remaps each)."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.cells import cell_len
from rich.console import Group
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from newsreader.tui.bindings import grouped, screen_bindings

KEYS_WIDTH = 16
"""The most columns for the keys (longer key lists wrap)."""
ID_WIDTH = 26
"""The most columns for the binding ids."""


def bindings_table(screen: Screen[Any]) -> Group:
    """The keys and what they do, a heading and a table for each part of the screen (the
    same column widths in every table, so they line up; as narrow as their contents)."""
    groups = grouped(screen_bindings(screen))
    entries_all = [e for _, entries in groups for e in entries]
    keys_width = min(KEYS_WIDTH, max((cell_len(e.keys) for e in entries_all), default=4))
    id_width = min(ID_WIDTH, max((cell_len(e.binding_id) for e in entries_all), default=4))
    parts: list[Text | Table] = []
    for n, (group, entries) in enumerate(groups):
        parts.append(Text(("\n" if n else "") + group, Style(bold=True, underline=True)))
        table = Table(box=None, show_header=False, expand=True, padding=(0, 1))
        table.add_column("Keys", width=keys_width)
        table.add_column("Action", ratio=1)
        table.add_column("Binding id", width=id_width, no_wrap=True, overflow="ellipsis")
        for entry in entries:
            table.add_row(Text(entry.keys, Style(bold=True)), Text(entry.description),
                          Text(entry.binding_id, Style(italic=True)))
        parts.append(table)
    return Group(*parts)


class HelpScreen(ModalScreen[None]):
    """The keys of the screen it was opened from."""

    HELP_TITLE = "Help"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close"),
        # a modal screen stops the app's bindings, so the app's Q is repeated here (the
        # same id: remapping app.quit remaps both)
        Binding("Q", "app.quit", "Quit", tooltip="Quit newsreader", show=False,
                id="app.quit"),
        Binding("j,down", "scroll('down')", "Scroll down", show=False, id="help.down"),
        Binding("k,up", "scroll('up')", "Scroll up", show=False, id="help.up"),
        Binding("space,pagedown", "scroll('page_down')", "Page down", show=False,
                id="help.page_down"),
        Binding("pageup", "scroll('page_up')", "Page up", show=False, id="help.page_up"),
    ]

    def __init__(self, under: Screen[Any]) -> None:
        super().__init__()
        self.under = under
        """The screen whose keys are listed."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            title = getattr(self.under, "HELP_TITLE", "")
            box.border_title = f"Keys: {title}" if title else "Keys"
            box.border_subtitle = "Esc closes · j/k scroll · remap by id in config.toml"
            yield Static(bindings_table(self.under), id="help-table")

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()

    def action_scroll(self, direction: str) -> None:
        box = self.query_one("#help-box", VerticalScroll)
        if direction == "down":
            box.scroll_down(animate=False)
        elif direction == "up":
            box.scroll_up(animate=False)
        elif direction == "page_down":
            box.scroll_page_down(animate=False)
        else:
            box.scroll_page_up(animate=False)
