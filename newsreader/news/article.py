"""The article as newsreader understands it, independent of where it came from."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Link:
    """A link in an article's text: where it goes and the words that carried it."""

    url: str
    """An absolute http(s) address."""
    text: str = ""
    """The linked words, one line (empty when the link had none)."""


@dataclass(frozen=True)
class Article:
    """One news article, as read from a file, a web page or a feed item."""

    title: str
    """The headline, one line."""
    body: str
    """The text: paragraphs separated by one blank line ("\\n\\n")."""
    source: str | None = None
    """The publication it comes from ("National Review"), when known."""
    author: str | None = None
    """Who wrote it, when known."""
    published: datetime | None = None
    """When it was published, when known."""
    url: str | None = None
    """Where it can be read on the web, when known."""
    tags: tuple[str, ...] = field(default=())
    """Tags it arrived with (a feed's categories); the user's tags are kept apart."""
    key: str | None = None
    """A stable identity given by its origin (a feed item's guid or link), when there is one."""
    links: tuple[Link, ...] = field(default=())
    """The links in its text, in order, each address once (from HTML; plain text has
    none). Not part of its fingerprint: the same text is the same article."""

    @property
    def paragraphs(self) -> list[str]:
        """The body split into its paragraphs."""
        return [p for p in self.body.split("\n\n") if p.strip()]

    @property
    def fingerprint(self) -> str:
        """A hash of the title and text, blind to whitespace: the same content, the same hash."""
        norm = _SPACE.sub(" ", f"{self.title}\n{self.body}").strip().casefold()
        return hashlib.sha256(norm.encode("utf-8")).hexdigest()
