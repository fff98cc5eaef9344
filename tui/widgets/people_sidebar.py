"""The sidebar of people quoted in an article."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets.option_list import Option

from newsreader.services import ArticleQuotes, Speaker
from newsreader.services.reading import short_role
from newsreader.tui.bindings import moves
from newsreader.tui.palette import speaker_mark, speaker_style
from newsreader.tui.widgets.lists import KeyedOptionList


def person_prompt(number: int, name: str, role: str | None, count: int, width: int) -> Text:
    """A sidebar entry: mark, name, count, and the role on a second line."""
    mark, tally = speaker_mark([number]), f" {count}"
    room = max(width - len(mark) - len(tally) - 1, 6)
    shown = name if len(name) <= room else name[: room - 1] + "…"
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(mark, Style(bold=True))
    text.append(" ")
    text.append(shown, speaker_style(number) + Style(bold=True, underline=False))
    text.append(tally, Style(dim=True))
    if role:
        text.append("\n    ")
        text.append(short_role(role, max(width - 4, 10)), Style(dim=True, italic=True))
    return text


class PeopleSidebar(KeyedOptionList, inherit_bindings=False):
    """One entry per speaker; choosing one jumps the text to their first quotation."""

    HELP_GROUP = "People sidebar"

    BINDINGS: ClassVar[list[BindingType]] = [
        *moves("people", "person", page=False),
        Binding("g,home", "first", "First person", show=False, id="people.first"),
        Binding("G,end", "last", "Last person", show=False, id="people.last"),
        Binding("enter", "select", "Jump to their quotes",
                tooltip="Jump to the person's first quotation", id="people.choose"),
    ]

    def __init__(self, quotes: ArticleQuotes, *, id: str | None = None) -> None:
        super().__init__(*self._speaker_options(quotes, 26), id=id)
        self.quotes = quotes
        """The article's quotations and speakers."""
        self._width = 26
        self.border_title = self._title(quotes)

    @classmethod
    def _speaker_options(cls, quotes: ArticleQuotes, width: int) -> list[Option]:
        return [Option(cls._prompt_for(s, width), id=str(s.number)) for s in quotes.speakers]

    @staticmethod
    def _title(quotes: ArticleQuotes) -> str:
        return f"People quoted ({len(quotes.speakers)})" if quotes.speakers else (
            "No quotations found")

    def show_quotes(self, quotes: ArticleQuotes) -> None:
        """List the speakers of another version of the article."""
        self.quotes = quotes
        self.clear_options()
        self.add_options(self._speaker_options(quotes, self._width))
        self.border_title = self._title(quotes)

    @staticmethod
    def _prompt_for(speaker: Speaker, width: int) -> Text:
        return person_prompt(speaker.number, speaker.name, speaker.role, len(speaker.quotes),
                             width)

    def on_resize(self) -> None:
        """Fit the entries to the sidebar's width, so names and roles stay on their lines."""
        width = self.scrollable_content_region.width - 2  # the options' own padding
        if width > 0 and width != self._width:
            self._width = width
            for index, speaker in enumerate(self.quotes.speakers):
                self.replace_option_prompt_at_index(index, self._prompt_for(speaker, width))
