"""A newsreader library: a folder of TinyDB JSON files.

Layout (every file written atomically, every write under the library's lock)::

    library.json          meta: schema version, creation time
    listing.json          the list's fields, as columnar pages of up to PAGE_SIZE articles
    articles/XX.json      each article in full (text, analysis), sharded by id prefix
    bookmarks.json        one document per bookmarked article
    tags.json             one document per article whose tags the user changed
    read.json             ids of opened articles, one document per id prefix
    .lock                 the write lock; names the process that holds it

Listing 100,000 articles parses ``listing.json`` and the small state files only;
a bookmark rewrites ``bookmarks.json`` only.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document, Table

from newsreader.store import migrations, shapes
from newsreader.store.errors import (
    CorruptLibraryError,
    LibraryError,
    NewerLibraryError,
    UnknownArticleError,
)
from newsreader.store.listing import COLUMNS, Listing, clean_tags, split
from newsreader.store.lock import WriteLock
from newsreader.store.records import StoredArticle, doc_id, now_iso, shard_of
from newsreader.store.storage import CachedJSONStorage

PAGE_SIZE = 2000
"""Articles per listing page."""

_META = ("library.json", "meta")
_LISTING = ("listing.json", "pages")
_BOOKMARKS = ("bookmarks.json", "bookmarks")
_TAGS = ("tags.json", "tags")
_READ = ("read.json", "read")


def _cached(table: Table) -> CachedJSONStorage:
    """The storage under one of the library's tables (always a CachedJSONStorage)."""
    storage = table.storage
    assert isinstance(storage, CachedJSONStorage)
    return storage


Check = Callable[[Mapping[str, Any]], str | None]
"""One of ``shapes``' checks: what is wrong with a document, or None."""


def checked(table: Table, check: Check) -> list[Document]:
    """Every document of a table, each of the shape ``check`` wants; CorruptLibraryError,
    naming the file, for the first that is not."""
    docs = table.all()
    for doc in docs:
        problem = check(doc)
        if problem:
            raise CorruptLibraryError(_cached(table).path, problem)
    return docs


def checked_one(table: Table, doc_id: int, check: Check) -> Document | None:
    """One document of a table by id (None if there is none), checked like ``checked``."""
    doc = table.get(doc_id=doc_id)
    if doc is not None and (problem := check(doc)):
        raise CorruptLibraryError(_cached(table).path, problem)
    return doc


def _read_doc_id(article_id: str) -> int:
    """The read-state document that holds an article's id."""
    return int(article_id[:2], 16) + 1


class Library:
    """A library folder, opened for reading and for short locked writes."""

    def __init__(self, root: str | os.PathLike[str], lock_timeout: float = 5.0) -> None:
        self.root = Path(root).expanduser()
        """The library's folder."""
        if self.root.exists() and not self.root.is_dir():
            raise LibraryError(f"library path {self.root} is a file, not a folder")
        self.lock = WriteLock(self.root / ".lock", lock_timeout)
        """The write lock shared with every other process using this folder."""
        self._dbs: dict[str, TinyDB] = {}
        self._token: object | None = None
        self._listing: Listing | None = None
        self._listing_version: tuple[Any, ...] | None = None
        meta = self.meta()
        if meta.get("schema", 0) > migrations.SCHEMA_VERSION:
            raise NewerLibraryError(
                f"library {self.root} has schema {meta['schema']}, newer than this newsreader "
                f"knows ({migrations.SCHEMA_VERSION}): upgrade newsreader"
            )

    # -- files and tables -------------------------------------------------

    def _table(self, where: tuple[str, str]) -> Table:
        """A table, read fresh from disk if a write is in progress."""
        file, name = where
        db = self._dbs.get(file)
        if db is None:
            db = TinyDB(self.root / file, storage=CachedJSONStorage)
            self._dbs[file] = db
        table = db.table(name, cache_size=0)
        if self._token is not None:
            _cached(table).fresh(self._token)
        return table

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the write lock; tables read inside see the latest data on disk."""
        with self.lock.hold():
            outer = self._token is None
            if outer:
                self._token = object()
            try:
                if outer:
                    self._upgrade()
                yield
            finally:
                if outer:
                    self._token = None
                    _cached(self._table(_LISTING)).forget()

    def _upgrade(self) -> None:
        """Create the meta document, or run pending migrations, under the lock."""
        meta = self._table(_META)
        doc = checked_one(meta, 1, shapes.meta_problem)
        if doc is None:
            self.root.mkdir(parents=True, exist_ok=True)
            meta.insert(Document(
                {"schema": migrations.SCHEMA_VERSION, "created": now_iso()}, doc_id=1))
            return
        for n, step in migrations.pending(doc.get("schema", 0)):
            step(self)
            meta.update({"schema": n + 1}, doc_ids=[1])

    def meta(self) -> dict[str, Any]:
        """The library's meta document (schema version and flags); empty when new."""
        doc = checked_one(self._table(_META), 1, shapes.meta_problem)
        return dict(doc) if doc else {}

    def set_meta(self, **values: Any) -> None:
        """Set flags in the meta document."""
        with self.writing():
            self._table(_META).update(values, doc_ids=[1])

    # -- reading ----------------------------------------------------------

    def listing(self) -> Listing:
        """Every article's list fields and the user's state; cached until a file changes.

        The columns are re-read only when ``listing.json`` changed, so a bookmark or a
        read mark costs the small state files only.
        """
        tables = [self._table(where) for where in (_LISTING, _BOOKMARKS, _TAGS, _READ)]
        version = tuple(_cached(t).disk_signature() for t in tables)
        if self._listing is not None and version == self._listing_version:
            return self._listing
        pages_table, bookmarks, tags, reads = tables
        if (self._listing is None or self._listing_version is None
                or version[0] != self._listing_version[0]):
            pages = sorted(checked(pages_table, shapes.page_problem), key=lambda d: d.doc_id)
            columns = Listing.from_pages(pages).columns
            _cached(pages_table).forget()  # the Listing holds the data, compactly
        else:
            columns = self._listing.columns
        read: set[str] = set()
        for doc in checked(reads, shapes.read_problem):
            read.update(doc["ids"])
        self._listing = Listing(
            columns,
            bookmarked={d["id"] for d in checked(bookmarks, shapes.bookmark_problem)},
            read=read,
            user_tags={d["id"]: list(d["tags"]) for d in checked(tags, shapes.tags_problem)},
        )
        self._listing_version = version
        return self._listing

    def __len__(self) -> int:
        return len(self.listing())

    def resolve(self, prefix: str) -> str:
        """The full id of the one article whose id starts with ``prefix``."""
        want = prefix.strip().lower()
        if not want or any(ch not in "0123456789abcdef" for ch in want):
            raise UnknownArticleError(f"{prefix!r} is not an article id (ids are hex digits)")
        matches = [aid for aid in self.listing().ids if aid.startswith(want)]
        if not matches:
            raise UnknownArticleError(f"no article has an id starting with {prefix!r}")
        if len(matches) > 1:
            shown = ", ".join(matches[:3]) + (", ..." if len(matches) > 3 else "")
            raise UnknownArticleError(
                f"id {prefix!r} is ambiguous: it starts {len(matches)} articles ({shown})"
            )
        return matches[0]

    def article(self, article_id: str) -> StoredArticle:
        """One article in full."""
        if not shapes.is_article_id(article_id):
            raise UnknownArticleError(f"{article_id!r} is not an article id")
        doc = checked_one(self._table((f"articles/{shard_of(article_id)}.json", "articles")),
                          doc_id(article_id), shapes.article_problem)
        if doc is None:
            raise UnknownArticleError(f"no article has the id {article_id!r}")
        return StoredArticle.from_doc(doc)

    def articles(self, stop: Callable[[], bool] | None = None) -> Iterator[StoredArticle]:
        """Every article in full, shard by shard (for export, search and re-analysis).

        Each shard's data is dropped once read, so a pass over a big library holds one
        shard at a time; ``stop`` is asked between shards whether to give up.
        """
        folder = self.root / "articles"
        if not folder.is_dir():
            return
        listed = set(self.listing().ids)
        for path in sorted(folder.glob("??.json")):
            if stop is not None and stop():
                return
            table = self._table((f"articles/{path.name}", "articles"))
            docs = checked(table, shapes.article_problem)
            if self._token is None:
                _cached(table).forget()
            for doc in docs:
                if doc.get("id") in listed:
                    yield StoredArticle.from_doc(doc)

    def search_text(self, needle: str, stop: Callable[[], bool] | None = None) -> set[str]:
        """Ids of articles whose body contains ``needle`` (case-blind)."""
        want = needle.casefold()
        return {a.id for a in self.articles(stop) if want in a.body.casefold()}

    def articles_quoting(self, name: str) -> Iterator[StoredArticle]:
        """Every article whose listed people include ``name`` (case-blind), in full."""
        listing = self.listing()
        key = name.casefold()
        for i, people in enumerate(listing.columns["people"]):
            if people and any(p.casefold() == key for p in split(people)):
                yield self.article(listing.ids[i])

    # -- writing ----------------------------------------------------------

    def add(self, articles: Iterable[StoredArticle]) -> tuple[list[str], list[str]]:
        """Store new articles; returns (ids added, ids skipped as already present).

        Texts are written first and the listing last, so an interrupted import
        leaves the library as it was, or with some of the new articles listed.
        """
        added, _, skipped = self._store(articles, update=False)
        return added, skipped

    def upsert(self, articles: Iterable[StoredArticle]) -> tuple[list[str], list[str], list[str]]:
        """Store articles, replacing those present whose content changed (an edited feed
        item); the user's bookmark, tags and read state are kept. Returns the ids
        (added, updated, unchanged)."""
        return self._store(articles, update=True)

    def _store(self, articles: Iterable[StoredArticle],
               update: bool) -> tuple[list[str], list[str], list[str]]:
        with self.writing():
            pages_table = self._table(_LISTING)
            pages = {d.doc_id: d for d in checked(pages_table, shapes.page_problem)}
            present: set[str] = set()
            for page in pages.values():
                present.update(page["id"])
            new: list[StoredArticle] = []
            changed: list[StoredArticle] = []
            kept: list[str] = []
            seen: set[str] = set()
            for art in articles:
                if art.id in seen:
                    kept.append(art.id)
                    continue
                seen.add(art.id)
                if art.id not in present:
                    new.append(art)
                    continue
                old = self.article(art.id) if update else None
                if old is not None and old.fingerprint != art.fingerprint:
                    art.added = old.added
                    changed.append(art)
                else:
                    kept.append(art.id)
            if new or changed:
                self._write_articles(new + changed)
            if changed:
                self._relist({a.id: a.listing_values() for a in changed})
            if new:
                self._append_rows([a.listing_values() for a in new], pages_table, pages)
        return [a.id for a in new], [a.id for a in changed], kept

    def _write_articles(self, articles: list[StoredArticle]) -> None:
        """Write articles into their shards, one file write per shard."""
        by_shard: dict[str, list[StoredArticle]] = {}
        for art in articles:
            by_shard.setdefault(shard_of(art.id), []).append(art)
        for shard, group in by_shard.items():
            table = self._table((f"articles/{shard}.json", "articles"))
            stale = [doc_id(a.id) for a in group if table.contains(doc_id=doc_id(a.id))]
            if stale:
                table.remove(doc_ids=stale)
            table.insert_multiple(Document(a.to_doc(), doc_id=doc_id(a.id)) for a in group)

    def _append_rows(self, rows: list[dict[str, Any]], table: Table,
                     pages: dict[int, Document]) -> None:
        """Add listing rows in one write: into the last page if they fit, else new pages."""
        last = max(pages) if pages else 0
        room = PAGE_SIZE - len(pages[last]["id"]) if last else 0
        if len(rows) <= room:
            def extend(page: MutableMapping[str, Any]) -> None:
                for name in COLUMNS:
                    page.setdefault(name, [None] * len(page["id"]))
                for row in rows:
                    for name in COLUMNS:
                        page[name].append(row[name])
            table.update(extend, doc_ids=[last])
            return
        new_pages = []
        for n, start in enumerate(range(0, len(rows), PAGE_SIZE), start=last + 1):
            chunk = rows[start:start + PAGE_SIZE]
            new_pages.append(Document({name: [r[name] for r in chunk] for name in COLUMNS}, n))
        table.insert_multiple(new_pages)

    def update_articles(self, changes: dict[str, Callable[[StoredArticle], None]]) -> None:
        """Change stored articles in place (re-analysis, feed updates), listing included."""
        if not changes:
            return
        with self.writing():
            by_shard: dict[str, list[str]] = {}
            for aid in changes:
                by_shard.setdefault(shard_of(aid), []).append(aid)
            rows: dict[str, dict[str, Any]] = {}
            for shard, ids in by_shard.items():
                table = self._table((f"articles/{shard}.json", "articles"))

                def change(doc: MutableMapping[str, Any]) -> None:
                    art = StoredArticle.from_doc(doc)
                    changes[art.id](art)
                    doc.update(art.to_doc())
                    rows[art.id] = art.listing_values()

                table.update(change, doc_ids=[doc_id(a) for a in ids if
                                              table.contains(doc_id=doc_id(a))])

            self._relist(rows)

    def _relist(self, rows: dict[str, dict[str, Any]]) -> None:
        """Replace the listing rows of these articles, in one write."""
        def relist(page: MutableMapping[str, Any]) -> None:
            for i, aid in enumerate(page["id"]):
                if aid in rows:
                    for name in COLUMNS:
                        page.setdefault(name, [None] * len(page["id"]))[i] = rows[aid][name]

        pages = self._table(_LISTING)
        touched = [d.doc_id for d in checked(pages, shapes.page_problem)
                   if rows.keys() & set(d["id"])]
        if touched:
            pages.update(relist, doc_ids=touched)

    def set_bookmark(self, article_id: str, on: bool = True) -> bool:
        """Bookmark an article or take the bookmark off; returns whether anything changed."""
        return self.set_bookmarks([article_id], on) > 0

    def set_bookmarks(self, article_ids: Iterable[str], on: bool = True) -> int:
        """Bookmark articles or take their bookmarks off, in one write; returns how many changed."""
        with self.writing():
            table = self._table(_BOOKMARKS)
            ids = {doc_id(aid): aid for aid in article_ids}
            if on:
                docs = [Document({"id": aid, "at": now_iso()}, doc_id=did)
                        for did, aid in ids.items() if not table.contains(doc_id=did)]
                if docs:
                    table.insert_multiple(docs)
                return len(docs)
            gone = [did for did in ids if table.contains(doc_id=did)]
            if gone:
                table.remove(doc_ids=gone)
            return len(gone)

    def set_tags(self, article_id: str, tags: Iterable[str]) -> list[str]:
        """Replace an article's tags (case-blind duplicates dropped); returns them."""
        return self.set_tags_many({article_id: tags})[article_id]

    def set_tags_many(self, tags: dict[str, Iterable[str]]) -> dict[str, list[str]]:
        """Replace several articles' tags in one write; returns the tags kept."""
        clean = {aid: clean_tags(given) for aid, given in tags.items()}
        with self.writing():
            table = self._table(_TAGS)
            known = {did for did in map(doc_id, clean) if table.contains(doc_id=did)}

            def replace(doc: MutableMapping[str, Any]) -> None:
                doc["tags"] = clean[doc["id"]]

            if known:
                table.update(replace, doc_ids=list(known))
            fresh = [Document({"id": aid, "tags": t}, doc_id=doc_id(aid))
                     for aid, t in clean.items() if doc_id(aid) not in known]
            if fresh:
                table.insert_multiple(fresh)
        return clean

    def change_tags(self, article_id: str, add: Iterable[str] = (),
                    remove: Iterable[str] = ()) -> list[str]:
        """Remove tags from the tags in effect (case-blind), then add tags; returns the new
        tags. Read and written under the lock, so another process's change is kept."""
        with self.writing():
            current = self.user_tags(article_id)
            if current is None:
                current = self.article(article_id).tags
            gone = {" ".join(t.split()).casefold() for t in remove}
            kept = [t for t in current if t.casefold() not in gone]
            return self.set_tags(article_id, [*kept, *add])

    def set_read(self, article_ids: Iterable[str], read: bool = True) -> None:
        """Mark articles read (opened) or unread, in one write."""
        wanted: dict[str, set[str]] = {}
        for aid in article_ids:
            wanted.setdefault(aid[:2], set()).add(aid)
        if not wanted:
            return
        with self.writing():
            table = self._table(_READ)
            stored = {doc["prefix"]: set(doc["ids"]) for doc in checked(table, shapes.read_problem)}
            changed = [
                _read_doc_id(p) for p, ids in wanted.items()
                if p in stored and (ids - stored[p] if read else ids & stored[p])
            ]

            def merge(doc: MutableMapping[str, Any]) -> None:
                have, ids = set(doc["ids"]), wanted[doc["prefix"]]
                doc["ids"] = sorted(have | ids if read else have - ids)

            if changed:
                table.update(merge, doc_ids=changed)
            if read:
                fresh = [Document({"prefix": p, "ids": sorted(ids)}, doc_id=_read_doc_id(p))
                         for p, ids in wanted.items() if p not in stored]
                if fresh:
                    table.insert_multiple(fresh)

    def apply_state(self, states: dict[str, dict[str, Any]]) -> None:
        """Restore user state from an export: ``{id: {bookmarked, user_tags, read}}``."""
        with self.writing():
            self.set_bookmarks([aid for aid, s in states.items() if s.get("bookmarked")])
            self.set_tags_many({aid: s["user_tags"] for aid, s in states.items()
                                if s.get("user_tags") is not None})
            self.set_read([aid for aid, s in states.items() if s.get("read")])

    def user_tags(self, article_id: str) -> list[str] | None:
        """The tags the user set on an article, or None if never changed."""
        doc = checked_one(self._table(_TAGS), doc_id(article_id), shapes.tags_problem)
        return list(doc["tags"]) if doc else None
