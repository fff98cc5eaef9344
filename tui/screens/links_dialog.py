"""The article's links, numbered as the reader lists them: a number typed goes to that
link (newsboat's "Goto URL #"), Enter or o opens it, y copies it."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from newsreader.news.article import Link
from newsreader.tui.widgets.article_view import link_prompt
from newsreader.tui.widgets.lists import KeyedOptionList

NUMBER_SECONDS = 1.5
"""A pause this long ends a number being typed (the next digit starts a new one)."""


class LinksDialog(ModalScreen[tuple[str, str] | None]):
    """Choose one of the article's links; returns ("open" or "copy", its address), or
    None."""

    HELP_TITLE = "Links"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "cancel", "Cancel", tooltip="Close without opening anything",
                id="links.cancel"),
        Binding("enter,o", "choose('open')", "Open", tooltip="Open the link in the browser",
                id="links.open"),
        Binding("y", "choose('copy')", "Copy", tooltip="Copy the link (OSC 52)",
                id="links.copy"),
    ]

    def __init__(self, links: list[Link], typed: str = "") -> None:
        super().__init__()
        self.links = links
        """The article's links, link n being ``links[n - 1]``."""
        self.typed = ""
        """The number being typed."""
        self._first = typed
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="links-box") as box:
            box.border_title = f"Links ({len(self.links)})"
            box.border_subtitle = "number: go to it · Enter/o opens · y copies · Esc closes"
            yield KeyedOptionList(*[Option(link_prompt(n, link), id=str(n))
                                    for n, link in enumerate(self.links, 1)],
                                  id="links-list")
            yield Static(id="links-typed")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.focus()
        options.highlighted = 0 if self.links else None
        for digit in self._first:
            self.type_digit(digit)

    def type_digit(self, digit: str) -> None:
        """Add a digit to the number typed and go to that link."""
        typed = self.typed + digit
        if not typed.lstrip("0") or int(typed) > len(self.links):
            typed = digit  # a new number (or one too big, started again)
        self.typed = typed
        self.query_one("#links-typed", Static).update(Text(f" link #{typed}"))
        if typed.lstrip("0") and 1 <= int(typed) <= len(self.links):
            self.query_one(OptionList).highlighted = int(typed) - 1
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(NUMBER_SECONDS, self._end_number)

    def _end_number(self) -> None:
        self.typed = ""
        self._timer = None

    def on_key(self, event: events.Key) -> None:
        """A digit types a link's number (the digits are not a binding: ten keys, one
        meaning)."""
        if event.character is not None and event.character in "0123456789" \
                and len(event.character) == 1:
            event.stop()
            event.prevent_default()
            self.type_digit(event.character)

    def action_choose(self, what: str) -> None:
        index = self.query_one(OptionList).highlighted
        if index is not None and 0 <= index < len(self.links):
            self.dismiss((what, self.links[index].url))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(("open", self.links[int(event.option.id or 1) - 1].url))

    def action_cancel(self) -> None:
        self.dismiss(None)
