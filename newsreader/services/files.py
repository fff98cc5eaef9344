"""Files the user asks for (an export, an OPML list), written so a crash never leaves half."""

from __future__ import annotations

from pathlib import Path

from newsreader.store.storage import write_atomically


def write_file(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8): the old file or the new one, never a mix."""
    write_atomically(path, text.encode("utf-8"))
