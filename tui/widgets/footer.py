"""The footer: the screen's keys, leaving out the app's keys a screen has no room for."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer


class ScreenFooter(Footer):
    """A compact footer that leaves out the actions named in the screen's
    ``FOOTER_HIDES`` (the app's refresh and feeds keys in the reader, where the reader's
    own keys need the room at 80 columns). The keys still work, and help lists them."""

    def __init__(self) -> None:
        super().__init__(compact=True)

    def compose(self) -> ComposeResult:
        hidden: frozenset[str] = getattr(self.screen, "FOOTER_HIDES", frozenset())
        for widget in super().compose():
            if getattr(widget, "action", None) not in hidden:
                yield widget
