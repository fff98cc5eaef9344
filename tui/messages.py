"""App-level messages, in one place."""

from __future__ import annotations

from textual.message import Message


class ArticleChanged(Message):
    """An article's user state (bookmark, tags, read) changed."""

    def __init__(self, article_id: str) -> None:
        super().__init__()
        self.article_id = article_id
        """The article that changed."""


class LibraryChanged(Message):
    """Articles were added or updated (an import, a refresh, another process)."""
