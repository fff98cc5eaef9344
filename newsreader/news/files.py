"""Reading an article file from disk, and saying clearly why a file is not one."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from newsreader.news.article import Article
from newsreader.news.plaintext import NotAnArticle, parse_plaintext

MAX_BYTES = 2 * 1024 * 1024
"""Files larger than this are refused: no news article is this long."""


class Rejected(ValueError):
    """A file that cannot be imported; ``str(err)`` says why in a few words."""


class UnsafeFile(ValueError):
    """A file that is not read: not a regular file, or larger than allowed."""


class NotRegularFile(UnsafeFile):
    """A FIFO, a device, a socket or a folder where a file's contents were expected."""


class FileTooLarge(UnsafeFile):
    """A regular file larger than the limit (or one that grew past it while read)."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        """The size seen (at least ``limit`` + 1)."""
        self.limit = limit
        """The largest size allowed."""
        super().__init__(f"too large ({size / 1e6:.1f} MB; the limit is {limit / 1e6:.1f} MB)")


_CHUNK = 1 << 20


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "not a regular file"


def read_regular_file(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of a regular file (symbolic links followed) of at most ``max_bytes``.

    A FIFO, device, socket or folder raises NotRegularFile without blocking or reading
    (so ``/dev/zero`` or a FIFO with no writer never hangs or fills memory); a larger
    file raises FileTooLarge, whatever its size said when it was opened; OSError as
    ``open`` raises it otherwise.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFile(f"{_kind(st.st_mode)}, not a regular file")
        if st.st_size > max_bytes:
            raise FileTooLarge(st.st_size, max_bytes)
        chunks: list[bytes] = []
        size = 0
        want = st.st_size + 1  # all of it in one read, as a rule; then to the end
        while True:
            chunk = os.read(fd, min(max(want, _CHUNK), max_bytes + 1 - size))
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise FileTooLarge(size, max_bytes)
            chunks.append(chunk)
            want = _CHUNK
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    finally:
        os.close(fd)


def read_bytes(path: Path, max_bytes: int = MAX_BYTES, what: str = "text") -> bytes:
    """A file's bytes, or Rejected if it is too large, unreadable, not a regular file, or
    binary (not ``what``)."""
    try:
        data = read_regular_file(path, max_bytes)
    except UnsafeFile as err:
        raise Rejected(str(err)) from None
    except OSError as err:
        raise Rejected(f"cannot be read ({err.strerror or err})") from None
    if b"\x00" in data[:8192]:
        raise Rejected(f"binary file, not {what}")
    return data


def read_text(path: Path, max_bytes: int = MAX_BYTES, keep_bom: bool = False) -> str:
    """A file's text, decoded as UTF-8, or Rejected with the reason.

    A byte-order mark is dropped unless ``keep_bom``, for callers that count offsets
    from the file's first character.
    """
    data = read_bytes(path, max_bytes)
    try:
        text = data.decode("utf-8" if keep_bom else "utf-8-sig")
    except UnicodeDecodeError as err:
        bad = f"byte 0x{data[err.start]:02x} at offset {err.start}"
        raise Rejected(f"not UTF-8 text ({bad})") from None
    if not text.strip():
        raise Rejected("empty")
    return text


def read_article(path: Path, max_bytes: int = MAX_BYTES) -> Article:
    """Read one plain-text article file, or raise Rejected."""
    text = read_text(path, max_bytes)
    try:
        return parse_plaintext(text)
    except NotAnArticle as err:
        raise Rejected(str(err)) from None
