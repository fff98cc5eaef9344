"""App-level messages, in one place. The app sends each to every screen on its stack."""

from __future__ import annotations

from textual.message import Message


class ArticleChanged(Message):
    """This app changed an article's user state (bookmark, tags, read)."""

    def __init__(self, article_id: str) -> None:
        super().__init__()
        self.article_id = article_id
        """The article that changed."""


class LibraryChanged(Message):
    """The library changed on disk: another process (a cron fetch, a CLI tag), or the
    app's own refresh, wrote to it."""

    def __init__(self, parts: frozenset[str], by_user: bool = False) -> None:
        super().__init__()
        self.parts = parts
        """What changed: "articles" (added, updated or deleted), "state" (bookmarks,
        tags, read) and/or "feeds" (subscriptions and their last results)."""
        self.by_user = by_user
        """Whether the user made the change here (a delete, an undo): nothing to
        announce as new."""


class RefreshChanged(Message):
    """A refresh of the feeds started, progressed or ended (``app.refresh_progress``)."""


class IndexReady(Message):
    """The search index (people, quotations, text) was built and matches the library."""


class ArticleOpened(Message):
    """The reader shows an article (opened from the list, or stepped to with the reader's
    next and previous keys): the list keeps its cursor on it."""

    def __init__(self, article_id: str) -> None:
        super().__init__()
        self.article_id = article_id
        """The article shown."""
