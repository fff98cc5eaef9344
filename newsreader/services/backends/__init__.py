"""Feed servers newsreader syncs with: what every backend offers, and which ones exist.

A backend speaks one server's protocol and nothing else: it turns the server's answers
into the small types below and the sync's requests into the server's calls. Merging,
the offline queue and storing are the sync's (``newsreader.services.syncing``), the same
for every backend. A second backend (the Google Reader API of FreshRSS and Miniflux) is a
module here with a class implementing ``Backend``, named in ``BACKENDS``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol


class BackendError(Exception):
    """The server could not be used: down, slow, refused the login, or answered something
    that is not its protocol. The message is one line saying which."""


@dataclass(frozen=True)
class RemoteFeed:
    """A subscription on the server."""

    id: str
    """The server's id for it."""
    url: str
    """The feed's address."""
    title: str
    """Its title on the server."""
    categories: tuple[str, ...] = ()
    """The server's category (folder) names for it, outermost first."""


@dataclass(frozen=True)
class RemoteState:
    """The user's marks on one article, as the server has them."""

    read: bool
    """Read (not unread)."""
    starred: bool
    """Starred (marked): newsreader's bookmark."""
    labels: frozenset[str] = frozenset()
    """The server's labels on it (captions): newsreader's tags."""


@dataclass(frozen=True)
class RemoteArticle:
    """An article on the server, with its content and marks."""

    id: str
    """The server's id for it."""
    feed_id: str
    """The server's id of its feed."""
    guid: str
    """The item's guid as the feed gave it (else its link)."""
    title: str
    link: str | None
    author: str | None
    html: str
    """Its content, HTML as the server holds it."""
    published: int | None
    """When the server says it was published or updated (Unix time)."""
    feed_title: str | None
    state: RemoteState
    extra: dict[str, Any] = field(default_factory=dict)
    """Anything else the backend wants to keep (unused by the sync)."""


class Backend(Protocol):
    """One account on one server, logged in on first use."""

    def feeds(self) -> list[RemoteFeed]:
        """Every subscription."""

    def articles(self, since: str | None) -> Iterator[RemoteArticle]:
        """The articles newer than the one with id ``since`` (every article kept on the
        server if None), with content and marks, in pages."""

    def states(self, ids: Iterable[str]) -> dict[str, RemoteState]:
        """The marks of these articles now (ids the server no longer has are left out)."""

    def labels(self) -> dict[str, str]:
        """The labels the user has on the server: caption -> the server's id."""

    def set_read(self, ids: Iterable[str], read: bool) -> None:
        """Mark articles read or unread."""

    def set_starred(self, ids: Iterable[str], starred: bool) -> None:
        """Star articles, or take the stars off."""

    def set_label(self, ids: Iterable[str], label_id: str, on: bool) -> None:
        """Put a label on articles, or take it off."""

    def close(self) -> None:
        """Log out and close the connection."""


BACKENDS = {"ttrss": "Tiny Tiny RSS"}
"""The kinds of account ``newsreader account set`` takes, with their names."""


def open_backend(kind: str, url: str, user: str, password: str,
                 client_options: dict[str, Any] | None = None,
                 timeout: float | None = None) -> Backend:
    """A backend for the account (it logs in on first use)."""
    if kind == "ttrss":
        from newsreader.services.backends.ttrss import TtRss

        return TtRss(url, user, password, client_options=client_options, timeout=timeout)
    raise BackendError(f"no backend for accounts of kind {kind!r} "
                       f"(known: {', '.join(BACKENDS)})")
