"""The dialog that edits an article's tags: typing adds tags, removing one is a separate
action on the list of its tags, so nothing is lost by typing."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from newsreader.tui.screens.type_ahead import TypeAheadDialog
from newsreader.tui.widgets.tag_input import CurrentTags, TagInput


def tags_in_use(counts: dict[str, int], limit: int = 12) -> Text:
    """The most used tags with their counts, for the dialog's hint line."""
    text = Text("In use: ", Style(italic=True))
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))[:limit]
    if not top:
        text.append("none yet", Style(italic=True))
    for n, (tag, count) in enumerate(top):
        if n:
            text.append(", ")
        text.append(tag)
        text.append(f" ({count})", Style(italic=True))
    return text


def merged(kept: list[str], added: list[str]) -> list[str]:
    """The tags kept followed by those added that are not among them (case-blind)."""
    seen = {t.casefold() for t in kept}
    out = list(kept)
    for tag in added:
        if tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return out


class TagsDialog(TypeAheadDialog[list[str] | None]):
    """Add tags by typing them (Enter saves); remove one by going down to the article's
    tags and pressing x. Returns the tags to have, or None if cancelled."""

    HELP_TITLE = "Tags"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", tooltip="Close without changing anything",
                id="tags.cancel"),
    ]

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
            box.border_subtitle = "Enter saves · Esc cancels"
            yield Static(Text("Add tags (commas between them; Tab completes):",
                              Style(bold=True)))
            yield TagInput("", known, id="tags-input")
            if self.current:
                yield Static(Text("On this article (↓ to go there, x removes the "
                                  "highlighted one):", Style(bold=True)))
                yield CurrentTags(self.current, id="tags-current")
            else:
                yield Static(Text("This article has no tags yet.", Style(italic=True)))
            yield Static(tags_in_use(self.counts), id="tags-known")

    def on_mount(self) -> None:
        self.query_one(TagInput).focus()

    @property
    def result(self) -> list[str]:
        """The tags the article would have if saved now."""
        kept = (self.query_one(CurrentTags).kept if self.current else [])
        return merged(kept, self.query_one(TagInput).tags)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(self.result)

    def on_tag_input_to_current(self, event: TagInput.ToCurrent) -> None:
        if self.current:
            tags = self.query_one(CurrentTags)
            tags.focus()
            if tags.highlighted is None:
                tags.highlighted = 0

    def on_current_tags_back_to_input(self, event: CurrentTags.BackToInput) -> None:
        self.query_one(TagInput).focus()

    def on_current_tags_save(self, event: CurrentTags.Save) -> None:
        self.dismiss(self.result)

    def action_cancel(self) -> None:
        self.dismiss(None)
