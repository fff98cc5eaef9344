"""What changed in a library folder since last looked: one stat per file, nothing parsed."""

from __future__ import annotations

from pathlib import Path

from newsreader.store.storage import Signature, file_signature

PARTS: dict[str, tuple[str, ...]] = {
    "articles": ("listing.json",),
    "state": ("bookmarks.json", "tags.json", "read.json"),
    "feeds": ("feeds.json",),
}
"""The parts of a library a reader shows, and the files whose change says each changed.
listing.json stands for every article: each write of texts or listing pages (new, edited,
moved texts, sealed pages) ends by replacing it (see ``store.library``), so its one stat
sees them all."""

Version = dict[str, tuple[Signature | None, ...]]
"""The version on disk of each part, as the signatures of its files."""


def _signature(path: Path) -> Signature | None:
    """A file's signature; None when it cannot be looked at (reading it will say why)."""
    try:
        return file_signature(path)
    except OSError:
        return None


def version(root: Path) -> Version:
    """The version of each part of the library at ``root`` now."""
    return {part: tuple(_signature(root / name) for name in files)
            for part, files in PARTS.items()}


def changed(old: Version, new: Version) -> set[str]:
    """The parts whose files changed between two versions."""
    return {part for part in PARTS if old.get(part) != new.get(part)}
