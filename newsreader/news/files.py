"""Reading an article file from disk, and saying clearly why a file is not one."""

from __future__ import annotations

from pathlib import Path

from newsreader.news.article import Article
from newsreader.news.plaintext import NotAnArticle, parse_plaintext

MAX_BYTES = 2 * 1024 * 1024
"""Files larger than this are refused: no news article is this long."""


class Rejected(ValueError):
    """A file that cannot be imported; ``str(err)`` says why in a few words."""


def read_bytes(path: Path, max_bytes: int = MAX_BYTES, what: str = "text") -> bytes:
    """A file's bytes, or Rejected if it is too large, unreadable, or binary (not ``what``)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise Rejected(
                f"too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB)")
        data = path.read_bytes()
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
