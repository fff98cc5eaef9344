"""What can go wrong with a library, as exceptions with one-line messages."""

from __future__ import annotations

from pathlib import Path


class LibraryError(Exception):
    """Base of every store error; ``str(err)`` is a complete one-line message."""


class CorruptLibraryError(LibraryError):
    """A library file could not be parsed; it is left exactly as it was."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        """The file that failed to parse."""
        super().__init__(
            f"library file {path} cannot be read ({detail}); it was left untouched: "
            "restore it from a backup or move it away"
        )


class LibraryBusyError(LibraryError):
    """Another process held the library's write lock for too long."""

    def __init__(self, path: Path, holder: str, waited: float) -> None:
        self.holder = holder
        """Who holds the lock, as that process wrote it ("pid 123: newsreader import")."""
        who = holder or "another process"
        super().__init__(
            f"library {path} is busy: {who} has held its lock for over {waited:.0f} s; "
            "try again when it is done"
        )


class NewerLibraryError(LibraryError):
    """The library was written by a newer newsreader with a newer schema."""


class UnknownArticleError(LibraryError):
    """No article has this id, or the prefix is ambiguous."""
