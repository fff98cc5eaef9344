"""The footer: the screen's keys, leaving out the app's keys a screen has no room for."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.widgets import Footer


class ScreenFooter(Footer):
    """A compact footer that leaves out the actions named in the screen's
    ``FOOTER_HIDES`` (the app's refresh and feeds keys in the reader, where the reader's
    own keys need the room at 80 columns). The keys still work, and help lists them.

    Textual's footer puts its keys in again whenever the screen says its bindings may
    have changed (a focus moved, a key was enabled): opening the People screen said so six
    times, each time taking the keys out and mounting them anew. This one does that only
    when the keys it would show are not the ones it shows."""

    def __init__(self) -> None:
        super().__init__(compact=True)
        self.shown: tuple[Any, ...] | None = None
        """What the keys in the footer were made from (None: none made yet)."""

    def keys_now(self) -> tuple[Any, ...]:
        """What the footer's keys would be made from now: each binding shown, enabled or
        not, with its tooltip, and the command palette's key."""
        hidden: frozenset[str] = getattr(self.screen, "FOOTER_HIDES", frozenset())
        active = self.screen.active_bindings
        keys = tuple((b.key, b.action, b.description, b.group, enabled, tooltip)
                     for (_, b, enabled, tooltip) in active.values()
                     if b.show and b.action not in hidden)
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        return keys, self.show_command_palette, palette[2] if palette else None

    def compose(self) -> ComposeResult:
        hidden: frozenset[str] = getattr(self.screen, "FOOTER_HIDES", frozenset())
        widgets = [w for w in super().compose() if getattr(w, "action", None) not in hidden]
        self.shown = self.keys_now() if widgets else None
        yield from widgets

    async def recompose(self) -> None:
        """Put the keys in again, unless they would be the ones shown."""
        if self.shown is not None and self.is_attached and self.keys_now() == self.shown:
            return
        await super().recompose()
