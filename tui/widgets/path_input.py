"""An input of a file's path that completes names from the folders on disk, as a shell
does: Tab takes the completion."""

from __future__ import annotations

import os
from pathlib import Path
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.suggester import Suggester
from textual.widgets import Input

MAX_ENTRIES = 2000
"""Entries of a folder looked at for a completion (a huge folder is not listed whole)."""


def complete_path(value: str, base: Path | None = None) -> str | None:
    """``value`` with its last part completed from what its folder holds (the longest
    start that every match shares; a folder gets its ``/``), or None when nothing or only
    itself matches. ``~`` is understood; relative paths are from ``base`` (the current
    folder)."""
    if not value:
        return None
    head, sep, stem = value.rpartition("/")
    folder_text = head + sep if sep else ""
    folder = Path(os.path.expanduser(folder_text or ".")) if folder_text else Path(".")
    if base is not None and not folder.is_absolute():
        folder = base / folder
    names: list[str] = []
    try:
        with os.scandir(folder) as entries:
            for n, entry in enumerate(entries):
                if n >= MAX_ENTRIES:
                    break
                if entry.name.startswith(stem) and (stem.startswith(".")
                                                    or not entry.name.startswith(".")):
                    names.append(entry.name + ("/" if entry.is_dir() else ""))
    except OSError:
        return None
    if not names:
        return None
    common = os.path.commonprefix(names)
    completed = folder_text + common
    return completed if completed != value else None


class PathSuggester(Suggester):
    """Suggests the completion of the path typed (see ``complete_path``)."""

    def __init__(self, base: Path | None = None) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.base = base
        """The folder relative paths are from (None: the current one)."""

    async def get_suggestion(self, value: str) -> str | None:
        return complete_path(value, self.base)


class PathInput(Input):
    """A one-line input of a path; the completion shows after the cursor, Tab takes it."""

    HELP_GROUP = "File name"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "complete", "Complete the name", show=False, id="path.complete"),
    ]

    def __init__(self, value: str, *, base: Path | None = None,
                 id: str | None = None) -> None:
        super().__init__(value=value, suggester=PathSuggester(base), id=id,
                         placeholder="file name (.md for Markdown, else text)",
                         select_on_focus=False)  # the name offered is edited, not replaced

    def action_complete(self) -> None:
        """Take the suggested completion, if there is one."""
        if self._suggestion:
            self.value = self._suggestion
            self.cursor_position = len(self.value)
