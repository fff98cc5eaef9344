"""The saved views picker: the config file's named queries, each with its unread count."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static
from textual.widgets.option_list import Option

from newsreader.services.views import SavedView
from newsreader.tui.widgets.lists import KeyedOptionList, option_moves

ALL_ARTICLES = "\x00all"
"""The option id meaning "no view: every article"."""


class ViewsList(KeyedOptionList, inherit_bindings=False):
    """The saved views, one an option."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *option_moves("view"),
        Binding("enter", "select", "Show the view", show=False, id="options.choose"),
    ]


class ViewsDialog(ModalScreen[str | None]):
    """j/k and Enter to choose a view; returns its name, ALL_ARTICLES, or None (cancel).
    The counts come when they have been worked out (``set_counts``)."""

    HELP_TITLE = "Saved views"

    BINDINGS = [
        Binding("escape,q", "cancel", "Cancel", tooltip="Close without changing the view",
                id="views.cancel"),
    ]

    def __init__(self, views: list[SavedView], current: str | None) -> None:
        super().__init__()
        self.views = views
        """The saved views, in the config file's order."""
        self.current = current
        """The name of the view shown now, if any."""
        self.counts: list[tuple[int, int]] | None = None
        """(articles, unread) of each view, once counted."""

    def compose(self) -> ComposeResult:
        with Vertical(id="views-box") as box:
            box.border_title = "Saved views"
            box.border_subtitle = "unread / articles"
            yield ViewsList(id="views-options")
            if not self.views:
                yield Static('No saved views yet. Add some to the config file:\n'
                             '[views]\n"Court" = "tag:court unread"', id="views-none",
                             markup=False)

    def on_mount(self) -> None:
        self._fill()
        self.query_one(KeyedOptionList).focus()

    def _fill(self) -> None:
        options = self.query_one(KeyedOptionList)
        highlighted = options.highlighted
        options.clear_options()
        options.add_option(Option(Text("All articles (no view)", Style(italic=True)),
                                  id=ALL_ARTICLES))
        width = max((len(v.name) for v in self.views), default=0)
        for n, view in enumerate(self.views):
            prompt = Text(view.name.ljust(width), Style(bold=view.name == self.current))
            if self.counts is None:
                prompt.append("   …", Style(dim=True))
            else:
                total, unread = self.counts[n]
                prompt.append(f"  {unread:>5} / {total:<5}")
            prompt.append(f"  {view.query}", Style(italic=True))
            options.add_option(Option(prompt, id=view.name))
        names = [ALL_ARTICLES, *(v.name for v in self.views)]
        start = names.index(self.current) if self.current in names else 0
        options.highlighted = highlighted if highlighted is not None else start

    def set_counts(self, counts: list[tuple[int, int]]) -> None:
        """Show each view's counts."""
        self.counts = counts
        if self.is_mounted:
            self._fill()

    def on_option_list_option_selected(self, event: KeyedOptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
