"""What can go wrong with a library, as exceptions with one-line messages."""

from __future__ import annotations

from pathlib import Path


class LibraryError(Exception):
    """Base of every store error; ``str(err)`` is a complete one-line message."""


REPAIR_HINT = "run `newsreader repair`"
"""What every message about a damaged library tells the user to do."""


class CorruptLibraryError(LibraryError):
    """A library file could not be parsed, or holds data of the wrong shape; it is left
    exactly as it was."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        """The file that failed to parse."""
        self.detail = detail
        """What is wrong with it, in a few words."""
        super().__init__(
            f"library file {path} cannot be read ({detail}); it was left untouched: "
            f"{REPAIR_HINT} to rebuild what can be rebuilt, or restore it from a backup"
        )


class LibraryWriteError(LibraryError):
    """A library file could not be written (a read-only or full disk, no permission);
    the file is as it was before the write."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        """The file that could not be written."""
        super().__init__(f"library file {path} cannot be written ({detail}); "
                         "nothing was changed")


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
