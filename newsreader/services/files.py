"""Files the user asks for (an export, an OPML list), written so a crash never leaves half."""

from __future__ import annotations

from pathlib import Path

from newsreader.store import storage


def write_file(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path``: a regular file is replaced atomically (the old
    file or the new one, never a mix) and keeps its permissions; a symbolic link is written
    through; a FIFO or a device (``/dev/stdout``) is written in place, never replaced.
    OSError names ``path``."""
    storage.write_file(path, text.encode("utf-8"))
