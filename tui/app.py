"""The newsreader Textual app."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from store.library import Library
from tui.screens.list_screen import ListScreen


class NewsreaderApp(App[int]):
    """A keyboard-only news reader over a newsreader library."""

    TITLE = "newsreader"
    CSS_PATH = "styles/app.tcss"
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", show=False, id="app.force_quit")]

    def __init__(self, library: Library, notice: str | None = None) -> None:
        super().__init__()
        self.library = library
        """The library shown and changed."""
        self.notice = notice
        """A message to show once the app is up (the first-run welcome)."""

    def on_mount(self) -> None:
        self.push_screen(ListScreen())
        if self.notice:
            self.notify(self.notice, markup=False, timeout=8)
