"""The whole library as one JSON document, and back: the subscriptions (with their tags
and options), every article with its links, the feed that brought it and the user's state
(bookmark, read, tags)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from newsreader.news.article import Article, Link
from newsreader.news.cleaning import one_line, strip_controls
from newsreader.news.feeds import feed_address
from newsreader.news.files import Rejected
from newsreader.news.plaintext import parse_date
from newsreader.services.analysis import prepare
from newsreader.store.feeds import FEED_ID_LENGTH, Subscriptions
from newsreader.store.library import Library
from newsreader.store.records import StoredArticle, links_from, now_iso

EXPORT_FORMAT = "newsreader-export"
"""The value of the export's "format" field, which tells import what it is reading."""
EXPORT_VERSION = 2
"""Version of the export document's layout (2: with the subscriptions, and each article's
links and feed; version 1 exports still import)."""

_FIELDS = ("id", "title", "body", "source", "author", "published", "url", "tags", "key", "added")


_FEED_FIELDS = ("id", "url", "title", "site", "tags", "full", "added")
"""What an export keeps of a subscription (not its validators or last result: a restored
library fetches each feed afresh, and its items already here are known by their links)."""


@dataclass(frozen=True)
class ExportedFeed:
    """A subscription read from an export."""

    url: str
    """Its address (its id follows from it)."""
    tags: list[str]
    """Tags given to its articles."""
    full: bool
    """Whether its items' pages are fetched for the full text."""
    title: str | None
    """Its title, if it had one."""
    site: str | None
    """Its web site, if it said."""


def export_library(library: Library) -> dict[str, Any]:
    """The whole library as plain data ``newsreader import`` takes back: the
    subscriptions, then every article with its links, its feed and its user state."""
    listing = library.listing()
    feeds = [{name: getattr(feed, name) for name in _FEED_FIELDS}
             for feed in Subscriptions(library).all()]
    articles = []
    for art in library.articles():
        doc = art.to_doc()
        entry = {name: doc[name] for name in _FIELDS}
        entry["feed"] = art.feed
        entry["links"] = [{"url": link.url, "text": link.text} for link in art.links]
        entry["bookmarked"] = art.id in listing.bookmarked
        entry["read"] = art.id in listing.read
        entry["user_tags"] = listing.user_tags.get(art.id)
        articles.append(entry)
    return {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "exported": now_iso(),
            "count": len(articles), "feeds": feeds, "articles": articles}


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


EXPORT_ARTICLE_MAX_BYTES = 10 * 1024 * 1024
"""The most text one article of an export may hold: as much as the largest article the
library takes in (a feed's item can hold a whole 10 MB feed; an article file, 2 MB), so
an export always imports back, while an absurd one is still refused."""


def _problem(n: int, entry: Any) -> str | None:
    """Why an export's entry cannot be imported, or None."""
    if not isinstance(entry, dict) or not _text(entry, "title") or not isinstance(
            entry.get("body"), str):
        return f"broken export: article {n} has no title or text"
    size = len(entry["body"].encode("utf-8", errors="replace"))
    if size > EXPORT_ARTICLE_MAX_BYTES:
        return (f"broken export: article {n} is too large ({size / 1e6:.1f} MB of text; "
                f"the limit is {EXPORT_ARTICLE_MAX_BYTES / 1e6:.1f} MB)")
    return None


def _feed_id(value: Any) -> str | None:
    """A feed's id from an export, or None when it is not one."""
    if isinstance(value, str) and len(value) == FEED_ID_LENGTH and all(
            c in "0123456789abcdef" for c in value):
        return value
    return None


def feeds_from_export(data: Any) -> list[ExportedFeed]:
    """The subscriptions of an export document (none in a version 1 export); Rejected,
    naming the entry, if one cannot be used (all or nothing, as for its articles)."""
    entries = data.get("feeds", []) if isinstance(data, dict) else []
    if not isinstance(entries, list):
        raise Rejected("broken export: the feeds are not a list")
    feeds = []
    for n, entry in enumerate(entries):
        url = entry.get("url") if isinstance(entry, dict) else None
        try:
            address = feed_address(url) if isinstance(url, str) else None
        except ValueError:
            address = None
        if address is None:
            raise Rejected(f"broken export: feed {n} has no usable address")
        feeds.append(ExportedFeed(address, _tags(entry.get("tags")) or [],
                                  entry.get("full") is True, _text(entry, "title"),
                                  _text(entry, "site")))
    return feeds


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
            links=tuple(Link(one_line(link.url), one_line(link.text))
                        for link in links_from(entry.get("links"))),
        )
        state = {
            "bookmarked": entry.get("bookmarked") is True,
            "read": entry.get("read") is True,
            "user_tags": _tags(entry.get("user_tags")),
            "feed": _feed_id(entry.get("feed")),
        }
        yield article, _time(entry, "added"), state
