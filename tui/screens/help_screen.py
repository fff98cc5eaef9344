"""Help: every binding of the screen underneath, generated from its bindings."""

from __future__ import annotations

from typing import Any

from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from newsreader.tui.bindings import screen_bindings


def bindings_table(screen: Screen[Any]) -> Table:
    """A table of the keys and what they do, grouped by where they apply."""
    table = Table(box=None, show_header=True, header_style=Style(bold=True), expand=True,
                  padding=(0, 1))
    table.add_column("Keys", no_wrap=True)
    table.add_column("Action")
    table.add_column("Where", style=Style(dim=True), no_wrap=True)
    table.add_column("Binding id", style=Style(dim=True), no_wrap=True)
    for entry in screen_bindings(screen):
        table.add_row(Text(entry.keys, Style(bold=True)), Text(entry.description),
                      Text(entry.group), Text(entry.binding_id or ""))
    return table


class HelpScreen(ModalScreen[None]):
    """The keys of the screen it was opened from."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close"),
        Binding("down,j", "scroll('down')", "Scroll down", show=False, id="help.down"),
        Binding("up,k", "scroll('up')", "Scroll up", show=False, id="help.up"),
    ]

    def __init__(self, under: Screen[Any]) -> None:
        super().__init__()
        self.under = under
        """The screen whose keys are listed."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = "Keys"
            box.border_subtitle = "Esc closes · remap keys by id in config.toml"
            yield Static(bindings_table(self.under), id="help-table")

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()

    def action_scroll(self, direction: str) -> None:
        box = self.query_one("#help-box", VerticalScroll)
        if direction == "down":
            box.scroll_down(animate=False)
        else:
            box.scroll_up(animate=False)
