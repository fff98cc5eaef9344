"""The dialog that picks a tag to filter the list by."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from newsreader.tui.screens.type_ahead import TypeAheadDialog

ALL = "\x00all"
"""The option id meaning "no tag filter"."""


class TagFilterDialog(TypeAheadDialog[str | None]):
    """Type to narrow the tags, Enter to choose; returns the tag, ALL, or None (cancel)."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", tooltip="Close without changing the filter",
                id="tagfilter.cancel"),
        Binding("down", "move(1)", "Next tag or source", show=False, id="tagfilter.down"),
        Binding("up", "move(-1)", "Previous tag or source", show=False, id="tagfilter.up"),
    ]

    def __init__(self, counts: dict[str, int], current: str | None,
                 noun: str = "tag", title: str = "Show articles tagged") -> None:
        super().__init__()
        self.counts = counts
        """Every tag (or source: ``noun``) with how many articles carry it."""
        self.current = current
        """The one filtered by now, if any."""
        self.noun = noun
        """What is chosen ("tag", "source")."""
        self.title = title
        """The dialog's title."""
        self.HELP_TITLE = f"Only one {noun}"
        """The dialog's name in the command palette."""

    def compose(self) -> ComposeResult:
        with Vertical(id="tagfilter-box") as box:
            box.border_title = self.title
            yield Input(placeholder=f"type to narrow the {self.noun}s", id="tagfilter-input")
            yield OptionList(id="tagfilter-options")

    def on_mount(self) -> None:
        self._fill("")
        self.query_one(Input).focus()

    def _fill(self, needle: str) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        want = needle.strip().casefold()
        if not want:
            options.add_option(Option(Text(f"All articles (no {self.noun} filter)",
                                           Style(italic=True)), id=ALL))
        ranked = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
        for tag, count in ranked:
            if want in tag.casefold():
                prompt = Text(tag, Style(bold=tag == self.current))
                prompt.append(f"  {count}", Style(dim=True))
                options.add_option(Option(prompt, id=tag))
        if options.option_count:
            options.highlighted = 0

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if options.option_count:
            now = options.highlighted or 0
            options.highlighted = max(0, min(options.option_count - 1, now + step))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        options = self.query_one(OptionList)
        if options.highlighted is not None and options.option_count:
            self.dismiss(options.get_option_at_index(options.highlighted).id)
        elif event.value.strip():
            self.dismiss(event.value.strip())

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
