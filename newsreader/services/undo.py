"""Undoable changes: each a small typed record of what to restore, made by the service that
changed the library and given back to ``Services.undo`` (the list's undo key keeps the
last ones). A kind of change that can be undone adds its record here and its case there.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsreader.news.words import plural
from newsreader.store.library import Removed


@dataclass(frozen=True)
class MarkedRead:
    """Articles marked read (or unread) at once: only those whose state the change
    flipped, so undoing it leaves an article that was read before read."""

    ids: tuple[str, ...]
    """The articles the change flipped, in the order they were given."""
    read: bool
    """What they were marked (the undo marks them the other way)."""

    @property
    def what(self) -> str:
        """The change in a few words ("3 articles marked read")."""
        return f"{plural(len(self.ids), 'article')} marked {'read' if self.read else 'unread'}"

    @property
    def undone(self) -> str:
        """Its undoing in a few words ("3 articles unread again")."""
        return f"{plural(len(self.ids), 'article')} {'unread' if self.read else 'read'} again"


@dataclass(frozen=True)
class Deleted:
    """Articles deleted: each with its text and state as they were (``Removed``), kept in
    memory so the undo lists them again with their bookmark, tags and read mark."""

    removed: tuple[Removed, ...]
    """What each deleted article needs to come back."""

    @property
    def ids(self) -> tuple[str, ...]:
        """The articles deleted."""
        return tuple(r.id for r in self.removed)

    @property
    def _named(self) -> str:
        one = self.removed[0].doc if len(self.removed) == 1 else None
        title = one.get("title") if one else None
        if isinstance(title, str) and title:
            return f"“{title}”"
        return plural(len(self.removed), "article")

    @property
    def what(self) -> str:
        """The change in a few words ("“Title” deleted", "3 articles deleted")."""
        return f"{self._named} deleted"

    @property
    def undone(self) -> str:
        """Its undoing in a few words ("“Title” restored")."""
        return f"{self._named} restored"


Change = MarkedRead | Deleted
"""Every kind of undoable change (a union as kinds are added)."""
