"""The newsreader Textual app."""

from __future__ import annotations

import os
import sys
import webbrowser
from collections.abc import Callable
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from store.errors import LibraryError
from store.library import Library
from tui.commands import ScreenActions
from tui.keymap import ConfigError, load_keymap
from tui.messages import ArticleChanged
from tui.screens.help_screen import HelpScreen
from tui.screens.list_screen import ListScreen
from tui.screens.tags_dialog import TagsDialog


def has_local_browser() -> bool:
    """Whether a graphical browser can open here (not over a bare SSH session)."""
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class NewsreaderApp(App[int]):
    """A keyboard-only news reader over a newsreader library."""

    TITLE = "newsreader"
    CSS_PATH = "styles/app.tcss"
    COMMANDS = App.COMMANDS | {ScreenActions}
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", show=False, id="app.force_quit"),
        Binding("question_mark", "help", "Help", id="app.help"),
    ]

    def __init__(self, library: Library, notice: str | None = None,
                 config: Path | None = None) -> None:
        super().__init__()
        self.library = library
        """The library shown and changed."""
        self.notice = notice
        """A message to show once the app is up (the first-run welcome)."""
        self.config = config
        """The config file with the user's key bindings, if any."""

    def on_mount(self) -> None:
        if self.config is not None:
            try:
                self.set_keymap(load_keymap(self.config))
            except ConfigError as err:
                self.notify(f"{err}; using the default keys", severity="warning",
                            markup=False, timeout=10)
        self.push_screen(ListScreen())
        if self.notice:
            self.notify(self.notice, markup=False, timeout=8)

    # -- shared actions -----------------------------------------------------

    def action_help(self) -> None:
        """Show every binding of the current screen."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def report(self, err: Exception) -> None:
        """Tell the user about a failed library operation (nothing is lost)."""
        self.notify(str(err), title="Library", severity="error", markup=False, timeout=10)

    def toggle_bookmark(self, article_id: str) -> bool | None:
        """Bookmark the article, or take the bookmark off; returns the new state."""
        try:
            on = article_id not in self.library.listing().bookmarked
            self.library.set_bookmark(article_id, on)
        except LibraryError as err:
            self.report(err)
            return None
        self.notify("Bookmarked" if on else "Bookmark removed", timeout=2)
        self.post_message(ArticleChanged(article_id))
        return on

    def set_read(self, article_id: str, read: bool = True) -> None:
        """Mark an article read or unread."""
        try:
            self.library.set_read([article_id], read)
        except LibraryError as err:
            self.report(err)
            return
        self.post_message(ArticleChanged(article_id))

    def edit_tags(self, article_id: str, done: Callable[[list[str]], None] | None = None) -> None:
        """Open the tags dialog for an article; ``done`` gets the tags saved."""
        listing = self.library.listing()
        pos = listing.position(article_id)
        if pos is None:
            return
        current = listing.tags_at(pos)

        def save(tags: list[str] | None) -> None:
            if tags is None:
                return
            try:
                kept = self.library.set_tags(article_id, tags)
            except LibraryError as err:
                self.report(err)
                return
            self.notify(f"Tags: {', '.join(kept) if kept else '(none)'}", markup=False,
                        timeout=3)
            self.post_message(ArticleChanged(article_id))
            if done:
                done(kept)

        self.push_screen(TagsDialog(current, listing.all_tags()), save)

    def copy_link(self, url: str | None) -> None:
        """Copy a link to the clipboard with OSC 52 (works over SSH)."""
        if not url:
            self.notify("This article has no link", severity="warning", timeout=3)
            return
        self.copy_to_clipboard(url)
        self.notify(f"Copied {url}", markup=False, timeout=3)

    def open_link(self, url: str | None) -> None:
        """Open a link in the local browser, or copy it where there is none."""
        if not url:
            self.notify("This article has no link", severity="warning", timeout=3)
            return
        if has_local_browser():
            try:
                webbrowser.open(url, new=2)
                self.notify(f"Opened {url}", markup=False, timeout=3)
                return
            except webbrowser.Error:
                pass
        self.copy_to_clipboard(url)
        self.notify(f"No browser here; copied the link instead: {url}", markup=False,
                    timeout=5)
