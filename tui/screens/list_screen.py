"""The list screen: every article, newest first."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui.widgets.article_list import ArticleList


class ListScreen(Screen[None]):
    """Every article in the library, one line each."""

    BINDINGS = [
        Binding("q", "app.quit", "Quit", id="app.quit"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(id="list-header")
        yield ArticleList(id="articles")
        yield Footer()

    def on_mount(self) -> None:
        self.reload()
        self.query_one(ArticleList).focus()

    def reload(self) -> None:
        """Read the listing again and show it, keeping the cursor's article."""
        listing = self.app.library.listing()
        positions = listing.select()
        listing.sort(positions, "published", descending=True)
        articles = self.query_one(ArticleList)
        current = articles.current
        articles.show(listing, positions, keep=current.id if current else None)
        unread = sum(1 for aid in listing.ids if aid not in listing.read)
        header = Text(f" newsreader  {len(listing)} articles, {unread} unread")
        self.query_one("#list-header", Static).update(header)

    def on_article_list_opened(self, message: ArticleList.Opened) -> None:
        from tui.screens.reader_screen import ReaderScreen

        self.app.push_screen(ReaderScreen(message.article_id))

    def on_screen_resume(self) -> None:
        self.reload()
