"""The dialog that edits an article's tags."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from newsreader.tui.widgets.tag_input import TagInput


def tags_in_use(counts: dict[str, int], limit: int = 12) -> Text:
    """The most used tags with their counts, for the dialog's hint line."""
    text = Text("In use: ", Style(dim=True))
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))[:limit]
    if not top:
        text.append("none yet", Style(dim=True))
    for n, (tag, count) in enumerate(top):
        if n:
            text.append(", ", Style(dim=True))
        text.append(tag)
        text.append(f" ({count})", Style(dim=True))
    return text


class TagsDialog(ModalScreen[list[str] | None]):
    """Edit tags as a comma-separated line; returns the tags, or None if cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="tags.cancel")]

    def __init__(self, current: list[str], counts: dict[str, int]) -> None:
        super().__init__()
        self.current = current
        """The article's tags when the dialog opened."""
        self.counts = counts
        """Every tag in the library with how many articles carry it."""

    def compose(self) -> ComposeResult:
        known = sorted(self.counts, key=lambda t: (-self.counts[t], t.casefold()))
        with Vertical(id="tags-box") as box:
            box.border_title = "Tags"
            yield TagInput(", ".join(self.current), known, id="tags-input")
            yield Static(Text("Comma-separated · Tab completes · Enter saves · Esc cancels",
                              Style(dim=True)))
            yield Static(tags_in_use(self.counts), id="tags-known")

    def on_mount(self) -> None:
        self.query_one(TagInput).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(self.query_one(TagInput).tags)

    def action_cancel(self) -> None:
        self.dismiss(None)
