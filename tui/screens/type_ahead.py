"""Dialogs that open on a text box and keep what was typed before the box had the focus."""

from __future__ import annotations

from typing import TypeVar

from textual import events
from textual.css.query import NoMatches
from textual.screen import ModalScreen
from textual.widgets import Input

ResultType = TypeVar("ResultType")


class TypeAheadDialog(ModalScreen[ResultType]):
    """A dialog whose text box takes the characters typed in the burst that opened it
    (``tcourt`` typed fast over SSH: ``court`` is the tag). The app hands such keys to the
    dialog itself while its box has not the focus yet; they are typed into the box."""

    def on_key(self, event: events.Key) -> None:
        if not (event.is_printable and event.character):
            return
        if self.focused is not None and not isinstance(self.focused, Input):
            return  # a key the focused list did not take: not typing
        try:
            box = self.focused if isinstance(self.focused, Input) else self.query_one(Input)
        except NoMatches:
            return
        box.insert_text_at_cursor(event.character)
        event.stop()
        event.prevent_default()
