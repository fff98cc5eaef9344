"""The reader screen: one article."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer

from tui.widgets.article_view import ArticleView


class ReaderScreen(Screen[None]):
    """One article, wrapped to the terminal."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="reader.back"),
        Binding("q", "app.quit", "Quit", id="app.quit"),
    ]

    def __init__(self, article_id: str) -> None:
        super().__init__()
        self.article_id = article_id
        """The article shown."""

    def compose(self) -> ComposeResult:
        article = self.app.library.article(self.article_id)
        with VerticalScroll(id="reader-scroll"):
            yield ArticleView(article, id="article")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#reader-scroll").focus()
        self.app.library.set_read([self.article_id])
