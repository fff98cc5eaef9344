"""The sidebar of people quoted in an article."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.widgets.option_list import Option

from tui.palette import speaker_mark, speaker_style
from tui.reading import ArticleQuotes, short_role
from tui.widgets.lists import KeyedOptionList


def person_prompt(number: int, name: str, role: str | None, count: int, width: int) -> Text:
    """A sidebar entry: mark, name, count, and the role on a second line."""
    mark, tally = speaker_mark([number]), f" {count}"
    room = max(width - len(mark) - len(tally) - 2, 6)
    shown = name if len(name) <= room else name[: room - 1] + "…"
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(mark, Style(bold=True))
    text.append(" ")
    text.append(shown, speaker_style(number) + Style(bold=True, underline=False))
    text.append(tally, Style(dim=True))
    if role:
        text.append("\n    ")
        text.append(short_role(role, max(width - 5, 10)), Style(dim=True, italic=True))
    return text


class PeopleSidebar(KeyedOptionList):
    """One entry per speaker; choosing one jumps the text to their first quotation."""

    BINDINGS = [
        Binding("enter", "select", "Jump to their quotes", id="people.choose"),
    ]

    def __init__(self, quotes: ArticleQuotes, *, id: str | None = None) -> None:
        options = [
            Option(person_prompt(s.number, s.name, s.role, len(s.quotes), 28), id=str(s.number))
            for s in quotes.speakers
        ]
        super().__init__(*options, id=id)
        self.quotes = quotes
        """The article's quotations and speakers."""
        self.border_title = f"People quoted ({len(quotes.speakers)})" if quotes.speakers else (
            "No quotations found")
