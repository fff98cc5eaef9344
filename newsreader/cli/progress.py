"""A progress bar on stderr for long commands, shown only on a terminal."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any

SHOW_FROM = 20
"""Fewer items than this finish too fast to need a bar."""


class Progress:
    """A transient bar that appears once there are enough items to be worth it."""

    def __init__(self, label: str, enabled: bool = True, show_from: int = SHOW_FROM) -> None:
        self.label = label
        """What the bar says it is doing."""
        self.enabled = enabled and sys.stderr.isatty()
        """Whether to draw at all (only on a terminal)."""
        self.show_from = show_from
        """The number of items from which the bar is drawn."""
        self._bar: Any = None
        self._task: int | None = None

    def __enter__(self) -> Progress:
        return self

    def update(self, done: int, total: int) -> None:
        """Report ``done`` of ``total`` items."""
        if not self.enabled or total < self.show_from:
            return
        if self._bar is None:
            from rich.console import Console  # loaded only when a bar is drawn
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(
                TextColumn(self.label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                console=Console(stderr=True), transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task(self.label, total=total)
        assert self._task is not None
        self._bar.update(self._task, completed=done, total=total)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
