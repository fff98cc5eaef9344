"""The library as one JSON document, with the user's state, and back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from newsreader.news.article import Article
from newsreader.news.cleaning import one_line, strip_controls
from newsreader.news.files import MAX_BYTES, Rejected
from newsreader.news.plaintext import parse_date
from newsreader.services.analysis import prepare
from newsreader.store.library import Library
from newsreader.store.records import StoredArticle, now_iso

EXPORT_FORMAT = "newsreader-export"
"""The value of the export's "format" field, which tells import what it is reading."""
EXPORT_VERSION = 1
"""Version of the export document's layout."""

_FIELDS = ("id", "title", "body", "source", "author", "published", "url", "tags", "key", "added")


def export_library(library: Library) -> dict[str, Any]:
    """Every article with its user state, as plain data ``newsreader import`` takes back."""
    listing = library.listing()
    articles = []
    for art in library.articles():
        doc = art.to_doc()
        entry = {name: doc[name] for name in _FIELDS}
        entry["bookmarked"] = art.id in listing.bookmarked
        entry["read"] = art.id in listing.read
        entry["user_tags"] = listing.user_tags.get(art.id)
        articles.append(entry)
    return {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "exported": now_iso(),
            "count": len(articles), "articles": articles}


def _text(entry: dict[str, Any], name: str) -> str | None:
    value = entry.get(name)
    return (one_line(value) or None) if isinstance(value, str) else None


def _tags(value: Any) -> list[str] | None:
    """A list of tags from an export, each cleaned; None when it is not a list."""
    if not isinstance(value, list):
        return None
    return [tag for tag in (one_line(t) for t in value if isinstance(t, str)) if tag]


def _time(entry: dict[str, Any], name: str) -> str | None:
    """An ISO 8601 time from an export, or None when it is not one."""
    value = _text(entry, name)
    try:
        return datetime.fromisoformat(value).isoformat() if value else None
    except ValueError:
        return None


def _problem(n: int, entry: Any) -> str | None:
    """Why an export's entry cannot be imported, or None."""
    if not isinstance(entry, dict) or not _text(entry, "title") or not isinstance(
            entry.get("body"), str):
        return f"broken export: article {n} has no title or text"
    size = len(entry["body"].encode("utf-8", errors="replace"))
    if size > MAX_BYTES:
        return (f"broken export: article {n} is too large ({size / 1e6:.1f} MB of text; "
                f"the limit is {MAX_BYTES / 1e6:.1f} MB)")
    return None


def records_from_export(data: Any) -> Iterator[tuple[StoredArticle, dict[str, Any]]]:
    """Articles and user state from an export document, analysed; Rejected if it is not
    one."""
    for article, added, state in articles_from_export(data):
        yield prepare(article, added=added), state


def articles_from_export(data: Any) -> Iterator[tuple[Article, str | None, dict[str, Any]]]:
    """(article, when it was added, user state) for each entry of an export document, not
    yet analysed; Rejected if it is not one."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise Rejected("JSON, but not a newsreader export")
    if not isinstance(data.get("version"), int) or data["version"] > EXPORT_VERSION:
        raise Rejected(f"export version {data.get('version')!r} is newer than this newsreader")
    entries = data.get("articles")
    if not isinstance(entries, list):
        raise Rejected("broken export: no list of articles")
    for n, entry in enumerate(entries):  # all or nothing: check every entry first
        if problem := _problem(n, entry):
            raise Rejected(problem)
    for entry in entries:
        published = _text(entry, "published")
        article = Article(
            title=_text(entry, "title") or "", body=strip_controls(entry["body"]).strip(),
            source=_text(entry, "source"), author=_text(entry, "author"),
            published=parse_date(published) if published else None, url=_text(entry, "url"),
            tags=tuple(_tags(entry.get("tags")) or ()), key=_text(entry, "key"),
        )
        state = {
            "bookmarked": entry.get("bookmarked") is True,
            "read": entry.get("read") is True,
            "user_tags": _tags(entry.get("user_tags")),
        }
        yield article, _time(entry, "added"), state
