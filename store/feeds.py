"""The library's feed subscriptions and what each feed's last fetch found.

Two files beside the articles, written like every library file (atomically, under the
library's write lock, re-read first, documents under explicit ids):

    feeds.json        one document per subscription: address, title, tags, settings,
                      the last fetch's result, and the validators (ETag, Last-Modified)
                      for the next conditional request
    feed-items.json   one document per feed: a fingerprint of each item the feed held at
                      its last fetch, so an unchanged item is not processed again
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass, field, fields
from typing import Any

from tinydb.table import Document

from newsreader.news.feeds import feed_address
from newsreader.store import shapes
from newsreader.store.errors import LibraryError
from newsreader.store.library import Library, checked, checked_one
from newsreader.store.listing import clean_tags
from newsreader.store.records import now_iso

FEED_ID_LENGTH = 8
"""Hex digits of a feed's id."""

_FEEDS = ("feeds.json", "feeds")
_ITEMS = ("feed-items.json", "items")


class UnknownFeedError(LibraryError):
    """No subscription has this address or id, or an id prefix is ambiguous."""


class BadFeedAddress(LibraryError):
    """An address that is not an http(s) address."""


def feed_id(url: str) -> str:
    """A subscription's id, from its address."""
    return hashlib.sha256(f"feed:{url}".encode()).hexdigest()[:FEED_ID_LENGTH]


def _doc_id(fid: str) -> int:
    return int(fid, 16)


@dataclass
class LastFetch:
    """What the last fetch of a feed found."""

    checked: str
    """When it ran (ISO 8601, UTC)."""
    error: str | None = None
    """Why it failed, in one line; None when it worked."""
    warning: str | None = None
    """A problem that did not stop it (malformed XML read leniently, pages not fetched)."""
    status: int | None = None
    """The HTTP status of the final response (None if no response came)."""
    not_modified: bool = False
    """Whether the server answered 304 Not Modified to the conditional request."""
    new: int = 0
    """Articles added."""
    updated: int = 0
    """Articles whose text changed and were updated."""
    final_url: str | None = None
    """Where redirects led, when they led elsewhere."""

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> LastFetch:
        """Rebuild from a stored document, ignoring fields this version does not know."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in doc.items() if k in names})


@dataclass
class Feed:
    """One subscription."""

    id: str
    """Hex id, from the address."""
    url: str
    """The address it is fetched from."""
    title: str | None = None
    """The feed's own title, once fetched (or the name an OPML file gave it)."""
    site: str | None = None
    """The web site the feed belongs to, when it says."""
    tags: list[str] = field(default_factory=list)
    """Tags given to every article from it (``--tag``, OPML folders)."""
    full: bool = False
    """Whether each new item's web page is fetched for the full article text."""
    added: str = ""
    """When it was subscribed to (ISO 8601, UTC)."""
    position: int = 0
    """Its place in the list of subscriptions (the order they were added in)."""
    etag: str | None = None
    """The ETag of the last full response, sent back as If-None-Match."""
    last_modified: str | None = None
    """The Last-Modified of the last full response, sent back as If-Modified-Since."""
    last_ok: str | None = None
    """When a fetch last worked."""
    last: LastFetch | None = None
    """The last fetch's result, None before the first."""

    @property
    def name(self) -> str:
        """What to call the feed: its title, else its address."""
        return self.title or self.url

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Feed:
        """Rebuild from a stored document, ignoring fields this version does not know."""
        names = {f.name for f in fields(cls)}
        known = {k: v for k, v in doc.items() if k in names}
        if isinstance(known.get("last"), dict):
            known["last"] = LastFetch.from_doc(known["last"])
        return cls(**known)

    def to_doc(self) -> dict[str, Any]:
        """The document stored."""
        doc = {f.name: getattr(self, f.name) for f in fields(self)}
        doc["last"] = {f.name: getattr(self.last, f.name) for f in fields(LastFetch)} \
            if self.last else None
        return doc


@dataclass
class FetchRecord:
    """What to remember of one feed's fetch (see :meth:`Subscriptions.record`)."""

    feed_id: str
    """The feed fetched."""
    last: LastFetch
    """The result."""
    title: str | None = None
    """The feed's title, if the fetch read one."""
    site: str | None = None
    """The feed's web site, if the fetch read one."""
    etag: str | None = None
    """Validators to keep; used only when ``stored`` is true."""
    last_modified: str | None = None
    stored: bool = False
    """Whether the feed's items were all stored: only then are the validators and item
    fingerprints kept, so a failed fetch is retried in full next time."""
    items: dict[str, str] | None = None
    """Fingerprints of the items the feed holds now (id -> fingerprint), when ``stored``."""


class Subscriptions:
    """The feeds a library is subscribed to."""

    def __init__(self, library: Library) -> None:
        self.library = library
        """The library whose folder holds the subscriptions."""

    def all(self) -> list[Feed]:
        """Every subscription, in the order they were added."""
        docs = checked(self.library._table(_FEEDS), shapes.feed_problem)
        return sorted((Feed.from_doc(d) for d in docs), key=lambda f: (f.position, f.url))

    def find(self, url_or_id: str) -> Feed:
        """The subscription with this address, id, or unique start of an id."""
        given = url_or_id.strip()
        feeds = self.all()
        if "/" in given or ":" in given:
            try:
                url = feed_address(given)
            except ValueError as err:
                raise UnknownFeedError(str(err)) from None
            for feed in feeds:
                if feed.url == url:
                    return feed
            raise UnknownFeedError(f"not subscribed to {url}")
        want = given.lower()
        matches = [f for f in feeds if want and f.id.startswith(want)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise UnknownFeedError(f"no feed has the address or id {given!r}")
        raise UnknownFeedError(f"feed id {given!r} is ambiguous: it starts {len(matches)} feeds")

    def add(self, url: str, *, tags: Iterable[str] = (), full: bool | None = None,
            title: str | None = None, site: str | None = None) -> tuple[Feed, bool]:
        """Subscribe to a feed; returns it and whether it is new.

        Subscribing again to a feed adds the given tags to it and, when ``full`` is given,
        changes that setting; nothing else changes.
        """
        return self.add_many([(url, list(tags), full, title, site)])[0]

    def add_many(self, entries: Iterable[tuple[str, list[str], bool | None, str | None,
                                               str | None]]) -> list[tuple[Feed, bool]]:
        """Subscribe to several feeds in one write: (url, tags, full, title, site) each.

        Raises BadFeedAddress, before writing anything, if any address is not usable.
        """
        wanted = []
        for url, tags, full, title, site in entries:
            try:
                wanted.append((feed_address(url), tags, full, title, site))
            except ValueError as err:
                raise BadFeedAddress(str(err)) from None
        done: list[tuple[Feed, bool]] = []
        with self.library.writing():
            table = self.library._table(_FEEDS)
            present = {d.doc_id: Feed.from_doc(d) for d in checked(table, shapes.feed_problem)}
            last = max((f.position for f in present.values()), default=0)
            fresh: dict[int, Feed] = {}
            changed: dict[int, Feed] = {}
            for url, tags, full, title, site in wanted:
                fid = feed_id(url)
                did = _doc_id(fid)
                feed = present.get(did) or fresh.get(did)
                if feed is None:
                    last += 1
                    feed = Feed(id=fid, url=url, title=title, site=site, position=last,
                                tags=clean_tags(tags), full=bool(full), added=now_iso())
                    fresh[did] = feed
                    done.append((feed, True))
                    continue
                feed.tags = clean_tags([*feed.tags, *tags])
                if full is not None:
                    feed.full = full
                feed.title = feed.title or title
                feed.site = feed.site or site
                if did not in fresh:
                    changed[did] = feed
                done.append((feed, False))
            if changed:  # one write for every change, one for every new feed: linear
                def update(doc: MutableMapping[str, Any]) -> None:
                    doc.update(changed[_doc_id(doc["id"])].to_doc())

                table.update(update, doc_ids=list(changed))
            if fresh:
                table.insert_multiple(Document(f.to_doc(), doc_id=did) for did, f in fresh.items())
        return done

    def set_tags(self, url_or_id: str, tags: Iterable[str]) -> Feed:
        """Replace a subscription's tags (given to its articles from the next fetch on);
        returns it as changed."""
        with self.library.writing():
            feed = self.find(url_or_id)
            feed.tags = clean_tags(tags)
            self.library._table(_FEEDS).update(feed.to_doc(), doc_ids=[_doc_id(feed.id)])
        return feed

    def remove(self, url_or_id: str) -> Feed:
        """Unsubscribe from a feed (its articles stay in the library); returns it."""
        with self.library.writing():
            feed = self.find(url_or_id)
            self.library._table(_FEEDS).remove(doc_ids=[_doc_id(feed.id)])
            items = self.library._table(_ITEMS)
            if items.contains(doc_id=_doc_id(feed.id)):
                items.remove(doc_ids=[_doc_id(feed.id)])
        return feed

    def seen_items(self, fid: str) -> dict[str, str]:
        """Fingerprints of the items the feed held at its last stored fetch (id -> hash)."""
        doc = checked_one(self.library._table(_ITEMS), _doc_id(fid), shapes.items_problem)
        return dict(doc["items"]) if doc else {}

    def record(self, records: Iterable[FetchRecord]) -> None:
        """Remember fetch results, in one write per file. A feed removed meanwhile is
        skipped; validators and item fingerprints change only for stored fetches."""
        records = list(records)
        if not records:
            return
        with self.library.writing():
            table = self.library._table(_FEEDS)
            kept: list[FetchRecord] = []
            for rec in records:
                doc = checked_one(table, _doc_id(rec.feed_id), shapes.feed_problem)
                if doc is None:
                    continue
                feed = Feed.from_doc(doc)
                feed.last = rec.last
                feed.title = rec.title or feed.title
                feed.site = rec.site or feed.site
                if rec.last.error is None:
                    feed.last_ok = rec.last.checked
                if rec.stored:
                    feed.etag, feed.last_modified = rec.etag, rec.last_modified
                    kept.append(rec)
                table.update(feed.to_doc(), doc_ids=[_doc_id(feed.id)])
            memos = [r for r in kept if r.items is not None]
            if memos:
                items = self.library._table(_ITEMS)
                present = [_doc_id(r.feed_id) for r in memos
                           if items.contains(doc_id=_doc_id(r.feed_id))]
                if present:
                    items.remove(doc_ids=present)
                items.insert_multiple(
                    Document({"feed": r.feed_id, "items": r.items}, doc_id=_doc_id(r.feed_id))
                    for r in memos)
