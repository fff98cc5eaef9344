"""An input for tags with completion from the tags already in use."""

from __future__ import annotations

from textual.binding import Binding
from textual.suggester import Suggester
from textual.widgets import Input


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
    """A one-line input of comma-separated tags; Tab accepts the completion."""

    BINDINGS = [
        Binding("tab", "complete", "Complete the tag", show=False, id="tags.complete"),
    ]

    def __init__(self, value: str, known: list[str], *, id: str | None = None) -> None:
        super().__init__(value=value, suggester=LastTagSuggester(known), id=id,
                         placeholder="tags, separated by commas")

    def action_complete(self) -> None:
        """Take the suggested completion, if there is one."""
        if self._suggestion:
            self.value = self._suggestion
            self.cursor_position = len(self.value)

    @property
    def tags(self) -> list[str]:
        """The tags typed, in order."""
        return [t.strip() for t in self.value.split(",") if t.strip()]
