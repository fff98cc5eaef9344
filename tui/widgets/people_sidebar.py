"""The sidebar of people quoted in an article."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets.option_list import Option

from newsreader.news.cleaning import one_line
from newsreader.services import UNATTRIBUTED, ArticleQuotes, Speaker
from newsreader.tui.bindings import moves
from newsreader.tui.cells import cut, wrap
from newsreader.tui.palette import speaker_colours, speaker_mark, speaker_style
from newsreader.tui.widgets.lists import KeyedOptionList

ROLE_LINES = 3
"""Lines a role may take under the name (a longer one is cut with an ellipsis)."""
ROLE_INDENT = 4
"""Cells before each line of a role."""


def person_prompt(number: int, name: str, role: str | None, count: int, width: int,
                  colours: Sequence[str] | None = None) -> Text:
    """A sidebar entry: mark, name and count on the first line, the role wrapped under it
    (indented, up to ROLE_LINES lines). Everything is cut by cell width. The name is in
    the speaker's colour from ``colours`` (none: NO_COLOR, or the highlighted entry,
    whose background would fight the colour)."""
    mark, tally = speaker_mark([number]), f" {count}"
    room = max(width - cell_len(mark) - cell_len(tally) - 1, 6)
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(mark, Style(bold=True))
    text.append(" ")
    text.append(cut(name, room), speaker_style(number, colours) + Style(bold=True,
                                                                         underline=False))
    text.append(tally, Style(italic=True))
    if role:
        for line in role_lines(role, max(width - ROLE_INDENT, 10)):
            text.append("\n" + " " * ROLE_INDENT)
            text.append(line, Style(italic=True))
    return text


def role_lines(role: str, width: int, lines: int = ROLE_LINES) -> list[str]:
    """A role wrapped into at most ``lines`` lines of ``width`` cells (the last ends in an
    ellipsis if the role is longer)."""
    out = wrap(one_line(role), width)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = cut(out[-1] + " …", width) if cell_len(out[-1]) + 2 <= width else cut(
            out[-1] + "…", width)
    return out


class PeopleSidebar(KeyedOptionList, inherit_bindings=False):
    """One entry per speaker; choosing one jumps the text to their first quotation."""

    HELP_GROUP = "People sidebar"

    BINDINGS: ClassVar[list[BindingType]] = [
        *moves("people", "person", page=False),
        Binding("g,home", "first", "First person", show=False, id="people.first"),
        Binding("G,end", "last", "Last person", show=False, id="people.last"),
        Binding("enter", "select", "Choose",
                tooltip="Jump to the person's first quotation", id="people.choose"),
    ]

    def __init__(self, quotes: ArticleQuotes, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.quotes = quotes
        """The article's quotations and speakers."""
        self._width = 0
        self._marked: int | None = None
        self.border_title = self._title(quotes)

    def on_mount(self) -> None:
        self.show_quotes(self.quotes)
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)

    @staticmethod
    def _title(quotes: ArticleQuotes) -> str:
        named = sum(1 for s in quotes.speakers if s.name != UNATTRIBUTED)
        return f"People quoted ({named})" if quotes.speakers else "No quotations found"

    def _entry_width(self) -> int:
        """Cells an entry may take: the sidebar's width less its border and padding."""
        inner = self.scrollable_content_region.width - 2  # the options' own padding
        return inner if inner > 0 else max(int(self.styles.width.value) - 6, 10) if (
            self.styles.width is not None) else 22

    def _prompt_for(self, speaker: Speaker, width: int, highlighted: bool = False) -> Text:
        colours = None if highlighted else speaker_colours(self.app)
        return person_prompt(speaker.number, speaker.name, speaker.role, len(speaker.quotes),
                             width, colours)

    def _redraw(self, index: int | None) -> None:
        if index is not None and 0 <= index < min(len(self.quotes.speakers),
                                                  self.option_count):
            self.replace_option_prompt_at_index(index, self._prompt_for(
                self.quotes.speakers[index], self._width, index == self.highlighted))

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        old, self._marked = self._marked, highlighted
        if old != highlighted and self._width:
            self._redraw(old)
            self._redraw(highlighted)

    def _theme_changed(self, _theme: object) -> None:
        if self.is_mounted:
            self.show_quotes(self.quotes)

    def show_quotes(self, quotes: ArticleQuotes) -> None:
        """List the speakers of (another version of) the article."""
        self.quotes = quotes
        self._width = self._entry_width()
        self.clear_options()
        self.add_options([Option(self._prompt_for(s, self._width, n == 0), id=str(s.number))
                          for n, s in enumerate(quotes.speakers)])
        self._marked = 0 if quotes.speakers else None
        if quotes.speakers:
            self.highlighted = 0
        self.border_title = self._title(quotes)

    def on_resize(self) -> None:
        """Fit the entries to the sidebar's width, so names and roles stay on their lines."""
        width = self._entry_width()
        if width > 0 and width != self._width:
            self._width = width
            for index, speaker in enumerate(self.quotes.speakers):
                self.replace_option_prompt_at_index(
                    index, self._prompt_for(speaker, width, index == self.highlighted))
