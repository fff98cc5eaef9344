"""Every error the services raise on purpose; each ``str(err)`` is a one-line message.

The faces catch these (the command line prints them, the app shows them) without knowing
which layer underneath raised them.
"""

from __future__ import annotations

from newsreader.news.files import Rejected
from newsreader.news.opml import NotOpml
from newsreader.store.errors import (
    CorruptLibraryError,
    LibraryBusyError,
    LibraryError,
    NewerLibraryError,
    UnknownArticleError,
)
from newsreader.store.feeds import BadFeedAddress, UnknownFeedError


class FetchError(Exception):
    """A download that failed; ``str(err)`` says why in a few words (no address)."""


__all__ = [
    "BadFeedAddress",
    "CorruptLibraryError",
    "FetchError",
    "LibraryBusyError",
    "LibraryError",
    "NewerLibraryError",
    "NotOpml",
    "Rejected",
    "UnknownArticleError",
    "UnknownFeedError",
]
