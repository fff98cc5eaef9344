"""The tags dialog's parts: an input that adds tags, with completion from the tags in use,
and the list of the article's tags, where each can be marked for removal."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.suggester import Suggester
from textual.widgets import Input
from textual.widgets.option_list import Option

from newsreader.tui.bindings import moves
from newsreader.tui.widgets.lists import KeyedOptionList

REMOVED_MARK = "✗"
"""Drawn before a tag marked for removal (with the word "removed"), so it shows without
colour."""
CURSOR_MARK = "▸"
"""Drawn before the highlighted tag, so the highlight shows without colour too."""


class LastTagSuggester(Suggester):
    """Completes the last comma-separated tag from a list of known tags."""

    def __init__(self, tags: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.tags = tags
        """Known tags, most used first."""

    async def get_suggestion(self, value: str) -> str | None:
        head, _, last = value.rpartition(",")
        stem = last.lstrip()
        if not stem:
            return None
        typed = {t.strip().casefold() for t in head.split(",")}
        for tag in self.tags:
            if tag.casefold().startswith(stem.casefold()) and tag.casefold() not in typed:
                prefix = value[: len(value) - len(stem)]
                return prefix + tag
        return None


class TagInput(Input):
    """A one-line input of tags to add, separated by commas; Tab accepts the completion."""

    HELP_GROUP = "Tags: adding"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "complete", "Complete the tag", show=False, id="tags.complete"),
        Binding("down", "to_current", "To the article's tags", show=False,
                tooltip="Go to the article's tags (to remove one)", id="tags.to_current"),
    ]

    class ToCurrent(Message):
        """The user asked to go to the list of the article's tags."""

    def __init__(self, value: str, known: list[str], *, id: str | None = None) -> None:
        super().__init__(value=value, suggester=LastTagSuggester(known), id=id,
                         placeholder="tags to add, separated by commas")

    def action_complete(self) -> None:
        """Take the suggested completion, if there is one."""
        if self._suggestion:
            self.value = self._suggestion
            self.cursor_position = len(self.value)

    def action_to_current(self) -> None:
        self.post_message(self.ToCurrent())

    @property
    def tags(self) -> list[str]:
        """The tags typed, in order."""
        return [t.strip() for t in self.value.split(",") if t.strip()]


class CurrentTags(KeyedOptionList, inherit_bindings=False):
    """The article's tags; ``x`` (or Delete) marks the highlighted one for removal, and
    again keeps it. A tag marked says so in words, not only in colour."""

    HELP_GROUP = "Tags: removing"

    BINDINGS: ClassVar[list[BindingType]] = [
        *moves("current_tags", "tag", page=False),
        Binding("x,delete,backspace", "toggle_removed", "Remove / keep",
                tooltip="Remove the highlighted tag (again: keep it)", id="tags.remove"),
        Binding("enter", "save", "Save", tooltip="Save the tags", id="tags.save_from_list"),
    ]

    class Save(Message):
        """The user asked to save from the list."""

    class BackToInput(Message):
        """The user moved up past the first tag."""

    def __init__(self, tags: list[str], *, id: str | None = None) -> None:
        self.tags = list(tags)
        """The article's tags when the dialog opened."""
        self.removed: set[str] = set()
        """Those marked for removal (casefolded)."""
        self._marked: int | None = None
        super().__init__(*[Option(self._prompt(n), id=str(n)) for n in range(len(tags))],
                         id=id)

    def _prompt(self, index: int, highlighted: bool = False) -> Text:
        tag = self.tags[index]
        text = Text(f"{CURSOR_MARK if highlighted else ' '} ")
        if tag.casefold() in self.removed:
            text.append(f"{REMOVED_MARK} ")
            text.append(tag, Style(strike=True))
            text.append("  removed (x keeps it)", Style(italic=True))
        else:
            text.append(f"  {tag}")
        return text

    def _redraw(self, index: int | None) -> None:
        if index is not None and 0 <= index < len(self.tags):
            self.replace_option_prompt_at_index(
                index, self._prompt(index, highlighted=index == self.highlighted))

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        old, self._marked = self._marked, highlighted
        if old != highlighted:
            self._redraw(old)
            self._redraw(highlighted)

    def action_toggle_removed(self) -> None:
        index = self.highlighted
        if index is None or not 0 <= index < len(self.tags):
            return
        self.removed ^= {self.tags[index].casefold()}
        self._redraw(index)

    def action_cursor_up(self) -> None:
        if not self.highlighted:
            self.post_message(self.BackToInput())
            return
        super().action_cursor_up()

    def action_save(self) -> None:
        self.post_message(self.Save())

    @property
    def kept(self) -> list[str]:
        """The tags not marked for removal, in order."""
        return [t for t in self.tags if t.casefold() not in self.removed]
