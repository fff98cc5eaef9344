"""How an article is kept on disk, and how it comes back."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from newsreader.news.analysis import Analysis
from newsreader.news.article import Article, Link
from newsreader.news.cleaning import visible
from newsreader.store.listing import join
from newsreader.store.storage import paused_gc

ID_LENGTH = 12
"""Hex digits of the content fingerprint that make an article's id."""


def article_id(article: Article) -> str:
    """The id of an article: from its origin's key when it has one (a feed item's guid,
    so an edited item keeps its id), else from its content fingerprint."""
    if article.key:
        return hashlib.sha256(f"key:{article.key}".encode()).hexdigest()[:ID_LENGTH]
    return article.fingerprint[:ID_LENGTH]


def doc_id(article_id: str) -> int:
    """The TinyDB document id used for an article everywhere in the library."""
    return int(article_id, 16)


def shard_of(article_id: str) -> str:
    """The name of the file that holds an article's text."""
    return article_id[:2]


def now_iso() -> str:
    """The current time as ISO 8601 in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass
class StoredArticle:
    """An article as kept in the library, with its analysis."""

    id: str
    """Hex id, also the start of the content fingerprint."""
    title: str
    """Headline."""
    body: str
    """Paragraphs separated by blank lines; analysis offsets point into it."""
    source: str | None = None
    """Publication."""
    author: str | None = None
    """Writer."""
    published: str | None = None
    """ISO 8601 publication time."""
    url: str | None = None
    """Web address."""
    tags: list[str] = field(default_factory=list)
    """Tags it arrived with."""
    key: str | None = None
    """Origin's identity (feed guid or link)."""
    added: str = ""
    """ISO 8601 time it entered the library."""
    fingerprint: str = ""
    """Full content hash."""
    links: list[Link] = field(default_factory=list)
    """The links of its text, in order (stored under "links" when there are any; an
    article stored before links were kept has none)."""
    feed: str | None = None
    """The id of the feed that brought it (None: it came another way)."""
    stored_analysis: dict[str, Any] | None = field(default=None, repr=False)
    """The analyser's result as stored (plain data), or None; ``analysis`` reads it typed."""
    _analysis: Analysis | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def analysis(self) -> Analysis | None:
        """The analyser's result, typed (rebuilt from the stored form on first use)."""
        if self._analysis is None and self.stored_analysis is not None:
            with paused_gc():  # a long article's thousands of quotations: no collection
                self._analysis = Analysis.from_dict(self.stored_analysis, len(self.body),
                                                    len(self.title))
        return self._analysis

    @analysis.setter
    def analysis(self, value: Analysis | None) -> None:
        self._analysis = value
        self.stored_analysis = value.to_dict() if value is not None else None

    @property
    def analysis_version(self) -> str | None:
        """The version of the analyser that made the stored analysis (None: never analysed)."""
        if self.stored_analysis is None:
            return None
        version = self.stored_analysis.get("version")
        return str(version) if isinstance(version, str | int) else ""

    @classmethod
    def from_article(cls, article: Article, analysis: Analysis | None = None,
                     added: str | None = None) -> StoredArticle:
        """Prepare a parsed article for storing."""
        stored = cls(
            id=article_id(article), title=article.title, body=article.body,
            source=article.source, author=article.author,
            published=article.published.isoformat() if article.published else None,
            url=article.url, tags=list(article.tags), key=article.key,
            added=added or now_iso(), fingerprint=article.fingerprint,
            links=list(article.links),
        )
        stored.analysis = analysis  # kept typed too: storing it does not rebuild it
        return stored

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> StoredArticle:
        """Rebuild from a stored document, ignoring fields this version does not know."""
        known = {k: v for k, v in doc.items() if k in _DOC_FIELDS and v is not None}
        for name, value in known.items():  # what a hand edit put there is shown, not obeyed
            if isinstance(value, str):
                known[name] = visible(value, lines=name == "body")
            elif name == "tags" and isinstance(value, list):
                known[name] = [visible(t) if isinstance(t, str) else t for t in value]
        analysis = doc.get("analysis")
        return cls(**known, stored_analysis=analysis if isinstance(analysis, dict) else None,
                   links=[Link(visible(link.url), visible(link.text))
                          for link in links_from(doc.get("links"))])

    def to_doc(self) -> dict[str, Any]:
        """The document written to the library."""
        doc = {name: getattr(self, name) for name in _DOC_FIELDS}
        doc["analysis"] = self.stored_analysis
        if self.links:
            doc["links"] = [{"url": link.url, "text": link.text} for link in self.links]
        return doc

    @property
    def quote_count(self) -> int:
        """How many quotations the analysis found."""
        return len(self.analysis.quotes) if self.analysis else 0

    @property
    def people_quoted(self) -> list[str]:
        """Names of the people with at least one quotation."""
        return [p.name for p in self.analysis.people if p.quotes] if self.analysis else []

    def listing_values(self) -> dict[str, Any]:
        """This article's values for each listing column."""
        return {
            "id": self.id, "title": self.title, "source": self.source,
            "published": self.published, "added": self.added, "quotes": self.quote_count,
            "people": join(self.people_quoted), "tags": join(self.tags), "feed": self.feed,
        }


def links_from(value: object) -> list[Link]:
    """Stored links read back; anything damaged (not a list, an entry without an address
    as text) is left out, never an error: an article's links are an extra."""
    if not isinstance(value, list):
        return []
    found = []
    for entry in value:
        if isinstance(entry, dict) and isinstance(url := entry.get("url"), str) and url:
            text = entry.get("text")
            found.append(Link(url, text if isinstance(text, str) else ""))
    return found


_DOC_FIELDS = ("id", "title", "body", "source", "author", "published", "url", "tags", "key",
               "added", "fingerprint", "feed")
"""The fields stored as they are; the analysis is stored under "analysis"."""
