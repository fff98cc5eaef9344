"""What every newsreader screen has: the app, typed, and through it the services; and a
place for short messages that does not cover what the screen shows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar, cast

from rich.style import Style
from rich.text import Text
from textual.actions import SkipAction
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input

from newsreader.services import Services
from newsreader.tui.cells import wrap

if TYPE_CHECKING:
    from newsreader.tui.app import NewsreaderApp

ResultType = TypeVar("ResultType")

MESSAGE_MARGIN = 2
"""Cells of a message line a message leaves free (wrapping between words leaves more)."""

MESSAGE_SECONDS = 4.0
"""How long a message stays on the message line when the caller gives no time."""


def message_text(message: str, severity: SeverityLevel) -> Text:
    """A message as a line: a warning or an error says so in words, not only in colour."""
    if severity == "information":
        return Text(f" {message}", Style(bold=True))
    word = "Error" if severity == "error" else "Note"
    text = Text(f" {word}: ", Style(bold=True, reverse=True))
    text.append(f" {message}", Style(bold=True))
    return text


class NewsScreen(Screen[ResultType], Generic[ResultType]):
    """A screen of the newsreader app; it reaches the library only through ``services``.

    A screen with a line for messages (its status line) overrides ``show_message``; the
    app then puts short messages there instead of in a pop-up over the screen's text.
    """

    shown_message = ""
    """The message on the message line now (empty when none)."""

    _message_timer: Timer | None = None

    @property
    def news(self) -> NewsreaderApp:
        """The app, with its shared actions (bookmark, tags, links, reporting errors)."""
        return cast("NewsreaderApp", self.app)

    @property
    def services(self) -> Services:
        """The application services: the one handle on the library."""
        return self.news.services

    def not_while_typing(self) -> None:
        """Hand the key to the text box that has the focus, as a character, instead.

        For the keys that open a box or a dialog to type in: they are bound with
        ``priority``, so that the app runs them as the key arrives, before it hands on the
        keys typed after it in the same burst (``/ferry`` or ``tcourt`` pasted, or typed
        fast over SSH); those then reach the new box, not the widget that had the focus.
        """
        if isinstance(self.focused, Input):
            raise SkipAction()

    def open_box(self, box: Input) -> None:
        """Show a search box and give it the focus before the next key is handled
        (``Widget.focus`` would wait its turn behind the keys already typed); see
        ``not_while_typing``."""
        self.not_while_typing()
        box.display = True
        self.set_focus(box, scroll_visible=False)

    def key_for(self, action: str) -> str:
        """The key that runs ``action`` here now, as shown to the user (who may have
        remapped it), for messages such as "z undoes"; the action's name if none does."""
        for key, live in self.active_bindings.items():
            if live.binding.action == action:
                return self.app.get_key_display(live.binding.with_key(key))
        return action

    def message_width(self) -> int:
        """How many cells a message may take on this screen's message line (0: there is
        no message line)."""
        return 0

    def message_lines(self) -> int:
        """How many lines the message line may grow to for a long message."""
        return 1

    def say(self, message: str, severity: SeverityLevel = "information",
            timeout: float | None = None) -> bool:
        """Show a message on the message line for ``timeout`` seconds; False (nothing
        shown) when the screen has none or the message does not fit its lines."""
        width = self.message_width() if self.is_mounted else 0
        text = message_text(message, severity)
        if not width or "\n" in message or \
                len(wrap(text.plain, width - MESSAGE_MARGIN)) > self.message_lines():
            return False
        self.shown_message = message
        self.show_message(text)
        if self._message_timer is not None:
            self._message_timer.stop()
        self._message_timer = self.set_timer(timeout or MESSAGE_SECONDS, self._clear_message)
        return True

    def clear_message(self) -> None:
        """Give the message line back now."""
        if self._message_timer is not None:
            self._message_timer.stop()
        self._clear_message()

    def _clear_message(self) -> None:
        self.shown_message = ""
        self._message_timer = None
        self.show_message(None)

    def show_message(self, text: Text | None) -> None:
        """Draw a message on the message line, or (None) give the line back."""
