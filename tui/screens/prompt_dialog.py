"""Dialogs that ask for one line: where to save an article, and the command to pipe it to."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from newsreader.services.saving import format_for
from newsreader.tui.screens.type_ahead import TypeAheadDialog
from newsreader.tui.widgets.path_input import PathInput


class SaveDialog(TypeAheadDialog[tuple[str, bool] | None]):
    """Asks for the file to save an article to (Tab completes names; the ending picks text
    or Markdown). Returns the path and whether to replace the file there, or None."""

    HELP_TITLE = "Save"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", tooltip="Close without saving",
                id="save.cancel"),
    ]

    def __init__(self, suggested: str, base: Path | None = None) -> None:
        super().__init__()
        self.suggested = suggested
        """The path offered at first."""
        self.base = base
        """The folder relative paths are from (None: the current one)."""
        self._confirm: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box") as box:
            box.border_title = "Save the article"
            box.border_subtitle = "Enter saves · Esc cancels"
            yield Static(Text("Save to (Tab completes; .md for Markdown, else text):",
                              Style(bold=True)))
            yield PathInput(self.suggested, base=self.base, id="save-path")
            yield Static(id="save-hint")

    def on_mount(self) -> None:
        self.query_one(PathInput).focus()
        self.show_hint(self.suggested)

    def show_hint(self, value: str, warning: str = "") -> None:
        """Say which format the name gives, or what stands in the way."""
        hint = self.query_one("#save-hint", Static)
        if warning:
            hint.update(Text(warning, Style(bold=True)))
            return
        fmt = "Markdown" if format_for(value) == "markdown" else "text"
        hint.update(Text(f"Saved as {fmt}.", Style(italic=True)))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._confirm = None
        self.show_hint(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        if not value:
            self.show_hint(value, "Give a file name.")
            return
        target = Path(value).expanduser()
        if self.base is not None and not target.is_absolute():
            target = self.base / target
        if target.exists() and not target.is_dir() and self._confirm != value:
            self._confirm = value
            self.show_hint(value, f"{value} exists: Enter again replaces it.")
            return
        self.dismiss((value, self._confirm == value))

    def action_cancel(self) -> None:
        self.dismiss(None)


class PipeDialog(TypeAheadDialog[str | None]):
    """Asks for a command to give the article to (as text on its standard input). Returns
    the command, or None."""

    HELP_TITLE = "Pipe"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", tooltip="Close without running anything",
                id="pipe.cancel"),
    ]

    def __init__(self, last: str = "") -> None:
        super().__init__()
        self.last = last
        """The command run last time (offered again)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box") as box:
            box.border_title = "Pipe the article to a command"
            box.border_subtitle = "Enter runs · Esc cancels"
            yield Static(Text("Command (the article as text on its input; run by the "
                              "shell):", Style(bold=True)))
            yield Input(self.last, placeholder="e.g. wc -w, or mail -s news me@example.org",
                        id="pipe-command", select_on_focus=False)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


class LineDialog(TypeAheadDialog[str | None]):
    """Asks for one line of text (a feed's address, its tags). Returns it, or None."""

    HELP_TITLE = "Question"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", tooltip="Close without changing anything",
                id="line.cancel"),
    ]

    def __init__(self, title: str, label: str, value: str = "",
                 placeholder: str = "") -> None:
        super().__init__()
        self.title = title
        """The dialog's title."""
        self.label = label
        """What is asked."""
        self.value = value
        """The text offered at first."""
        self.placeholder = placeholder
        """What the empty input shows."""

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box") as box:
            box.border_title = self.title
            box.border_subtitle = "Enter saves · Esc cancels"
            yield Static(Text(self.label, Style(bold=True)))
            yield Input(self.value, placeholder=self.placeholder, id="line-input",
                        select_on_focus=False)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
