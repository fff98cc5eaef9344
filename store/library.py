"""A newsreader library: a folder of TinyDB JSON files.

Layout (every file written atomically, every write under the library's lock)::

    library.json              meta: schema version, creation time
    listing.json              the listing's head: its last page whole (up to PAGE_SIZE
                              articles, every column), the record of every sealed page,
                              and which text segments hold dead copies
    listing/N.K.keys.json     sealed page N's ids, sort keys and own tags (generation K)
    listing/N.R.rows.json     sealed page N's other columns (generation R)
    listing/N.K.newest.json   sealed page N's newest rows (ids, places, sort keys), derived
                              from its keys file and written with it: the first screen of
                              the newest-first list reads these, not every keys file
    articles/NNNNNN.json      text segments: articles in full (text, analysis), each
                              segment up to SEGMENT_BYTES; new texts go to the last one
    bookmarks.json            one document per bookmarked article
    deleted.json              one document per article the user deleted (its id and keys),
                              so a feed fetched again does not bring it back
    tags.json                 one document per article whose tags the user changed
    read.json                 ids of opened articles, one document per id prefix
    .lock                     the write lock; names the process that holds it

Why this shape: TinyDB keeps a whole file as one JSON document, so each write rewrites a
file whole. Adding articles rewrites only the last text segment and ``listing.json``
(whose last page is at most PAGE_SIZE rows), and writes a sealed page once when the last
page fills: what a write costs depends on what it adds, not on the library's size.
``listing.json`` is the commit point: texts and sealed pages are written first, under new
names, and a write becomes visible (to this process, to others, to a crash) all at once
when ``listing.json`` is replaced. A sealed page is never rewritten in place: a change to
one (an edited article, a text moved) writes it anew under the next generation and removes
the old file once ``listing.json`` names the new one, so a reader that read the old
``listing.json`` either finds the files it names or, finding one gone, reads it again; no
reader ever waits for a writer. A changed text is written anew to the last segment and
its row points there; the old copy is dead, and a segment at least half dead is emptied
into the last one by the next write (its live texts moved, then the file removed).
"""

from __future__ import annotations

import os
import re
import secrets
import sqlite3
from collections import OrderedDict
from collections.abc import (
    Callable,
    Collection,
    Container,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document, Table

from newsreader.news.links import canonical_url, names_an_article
from newsreader.store import migrations, shapes
from newsreader.store.errors import (
    CorruptLibraryError,
    LibraryError,
    NewerLibraryError,
    UnknownArticleError,
)
from newsreader.store.listing import (
    COLUMNS,
    ROW_COLUMNS,
    SHARED,
    Columns,
    Interner,
    Listing,
    Newest,
    Page,
    clean_tags,
    split,
    when_of,
)
from newsreader.store.lock import WriteLock
from newsreader.store.records import StoredArticle, doc_id, now_iso
from newsreader.store.search_index import SearchIndex
from newsreader.store.storage import CachedJSONStorage, dump_json, paused_gc, read_json

PAGE_SIZE = 2000
"""Articles per listing page."""
SEGMENT_BYTES = 1 << 20
"""A text segment takes new texts until it holds about this many bytes."""
HEAD = "listing.json"
"""The listing's head, the file every write to the listing replaces last."""
PAGES = "listing"
"""The folder of sealed listing pages."""
TEXTS = "articles"
"""The folder of text segments."""
SEGMENT_NAME = re.compile(r"^(\d{6,})\.json$")
"""A text segment's file name (its number, six digits or more)."""

Progress = Callable[[int, int], None]
"""Called with (done, total) as a long operation goes (an upgrade)."""

_META = ("library.json", "meta")
_BOOKMARKS = ("bookmarks.json", "bookmarks")
_TAGS = ("tags.json", "tags")
_READ = ("read.json", "read")
_DELETED = ("deleted.json", "deleted")
GONE_ROW: dict[str, Any] = {"title": "(deleted)", "added": ""}
"""What a reader of an earlier head is shown for a row a delete has removed since (the
other columns: None)."""
_OPEN_SEGMENTS = 8
"""Text segments kept parsed at once (the ones last read)."""


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


def segment_name(number: int) -> str:
    """The file name of text segment ``number``."""
    return f"{number:06d}.json"


def page_name(number: int, generation: int, part: str) -> str:
    """The file name of one part ("keys", "rows" or "newest") of sealed page ``number``."""
    return f"{number:06d}.{generation}.{part}.json"


def newest_doc(keys: Mapping[str, list[Any]]) -> dict[str, Any]:
    """A sealed page's newest-first summary file (``listing.Newest``) from its key columns."""
    return {"newest": {"1": Newest.of(keys).to_doc()}}


def parse_newest(data: Mapping[str, Any], count: int) -> Newest | None:
    """The summary a newest file holds, None if it is not a sound one for a page of
    ``count`` rows (it is derived: a damaged one is passed over, and repair rewrites it)."""
    doc = data.get("newest", {}).get("1")
    if shapes.newest_problem(doc, count):
        return None
    assert isinstance(doc, dict)
    return Newest(doc["at"], doc["id"], doc["when"])


def realigned_keys(now: Mapping[str, list[Any]] | None, count: int,
                   newest: Newest | None) -> dict[str, list[Any]] | None:
    """The key columns of a sealed page of ``count`` rows as an earlier head had it,
    made from the page as it is now (``now``; None: a delete took every row out): a
    delete only takes rows out, so its rows keep their order; each row of the page's
    summary (``newest``, read with that head: what a newest-first list may already hold)
    is at its place, one deleted since with its id and key, and every other row taken
    out is a row of no id that sorts last (shown as ``GONE_ROW``). None if ``now``
    cannot be that page less some rows."""
    current = now["id"] if now is not None else []
    if len(current) > count:
        return None
    place = dict(zip(newest.ids, newest.at, strict=True)) if newest else {}
    held = dict(zip(newest.at, newest.ids, strict=True)) if newest else {}
    keys: dict[str, list[Any]] = {"id": [""] * count, "when": [""] * count,
                                  "tags": [None] * count, "feed": [None] * count}
    j = 0
    for c, aid in enumerate(current):
        at = place.get(aid)
        if at is not None:
            if at < j:
                return None
            j = at
        while held.get(j, aid) != aid:  # a place a deleted row of the summary keeps
            j += 1
        if j >= count:
            return None
        for name, column in keys.items():
            column[j] = now[name][c] if now is not None else None
        j += 1
    if newest is not None:
        for at, aid, when in zip(newest.at, newest.ids, newest.when, strict=True):
            if keys["id"][at] == "":
                keys["id"][at], keys["when"][at] = aid, when
            elif keys["id"][at] != aid:
                return None
    return keys


class _Gone(Exception):
    """A file the head names is not there: a writer replaced it meanwhile (or damage)."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


@dataclass(frozen=True)
class Sealed:
    """listing.json's record of one sealed page."""

    number: int
    """The page's place in the listing, from 1."""
    keys: int
    """The generation of its keys file."""
    rows: int
    """The generation of its rows file."""
    count: int
    """How many articles it holds."""


@dataclass
class Head:
    """listing.json, parsed: the last pages whole, the sealed pages' records, and the
    bookkeeping of the texts."""

    inline: list[dict[str, list[Any]]]
    """The pages kept whole in listing.json (the last page; in order)."""
    sealed: list[Sealed]
    """The sealed pages, in order."""
    epoch: str = ""
    """Changes only when the listing is rebuilt (repair, upgrade): within one epoch,
    rows are only ever appended, never removed or moved."""
    gen: int = 0
    """The generation of the last write (sealed page files carry theirs in their names)."""
    dead: dict[int, tuple[int, int]] = field(default_factory=dict)
    """Text segments holding dead copies: segment -> (documents, dead documents)."""
    doomed: list[int] = field(default_factory=list)
    """Emptied text segments whose files are to be removed."""
    data: dict[str, Any] = field(default_factory=dict, repr=False)
    """The file's tables as read (others than these are kept as they are)."""

    @property
    def count(self) -> int:
        """Articles listed."""
        return sum(s.count for s in self.sealed) + sum(len(p["id"]) for p in self.inline)


def parse_head(data: Mapping[str, Any] | None, path: Path) -> Head:
    """listing.json's tables as a Head; CorruptLibraryError for a wrong shape."""
    data = dict(data or {})
    pages = data.get("pages", {})
    inline = []
    for key in sorted(pages, key=int):
        problem = shapes.page_problem(pages[key])
        if problem:
            raise CorruptLibraryError(path, problem)
        if pages[key]["id"]:
            inline.append(pages[key])
    sealed = []
    for key, doc in sorted(data.get("sealed", {}).items(), key=lambda kv: int(kv[0])):
        problem = shapes.sealed_problem(doc)
        if problem:
            raise CorruptLibraryError(path, problem)
        sealed.append(Sealed(int(key), doc["keys"], doc["rows"], doc["count"]))
    doc = data.get("head", {}).get("1", {})
    problem = shapes.head_problem(doc)
    if problem:
        raise CorruptLibraryError(path, f"the listing's head: {problem}")
    dead = {int(k): (v[0], v[1]) for k, v in doc.get("dead", {}).items()}
    return Head(inline, sealed, doc.get("epoch", ""), doc.get("gen", 0), dead,
                list(doc.get("doomed", [])), data)


@dataclass(frozen=True)
class DeletedRecord:
    """The articles the user deleted (``deleted.json``): a fetch or sync does not store
    them again, and ``repair`` does not list their texts again. An id recorded here that
    is listed (a delete killed before its commit, an article imported again by hand) is
    not deleted: an article is deleted when it is recorded and not listed."""

    ids: frozenset[str] = frozenset()
    """The deleted articles' ids."""
    keys: frozenset[str] = frozenset()
    """Their origin keys (feed guids) and links, canonical: an item arriving under
    another id is still known by them."""

    def __len__(self) -> int:
        return len(self.ids)

    def knows(self, article_id: str, key: str | None = None, url: str | None = None) -> bool:
        """Whether an incoming article is one of the deleted ones: by id, key or link."""
        if article_id in self.ids:
            return True
        if key and key in self.keys:
            return True
        return bool(url and names_an_article(url) and canonical_url(url) in self.keys)


def deletion_keys(article: StoredArticle) -> list[str]:
    """The keys a deleted article is remembered by besides its id: its origin key and,
    when it names an article, its canonical link."""
    keys = [article.key] if article.key else []
    if names_an_article(article.url):
        link = canonical_url(article.url)
        if link and link not in keys:
            keys.append(link)
    return keys


@dataclass(frozen=True)
class Removed:
    """An article ``Library.delete`` took out, with what it needs to come back
    (``Library.restore``)."""

    id: str
    """Its id."""
    doc: dict[str, Any] | None
    """Its text document as stored (None: it had no text)."""
    bookmarked: bool
    """Whether it was bookmarked."""
    user_tags: list[str] | None
    """The tags the user had set on it (None: never changed)."""
    read: bool
    """Whether it was read."""


class Present(Container[str]):
    """Which ids the library holds, for telling new articles from known ones."""

    def __init__(self, sealed: set[str], tail: set[str]) -> None:
        self._sealed = sealed
        self._tail = tail

    def __contains__(self, aid: object) -> bool:
        return aid in self._sealed or aid in self._tail


class Library:
    """A library folder, opened for reading and for short locked writes."""

    def __init__(self, root: str | os.PathLike[str], lock_timeout: float = 5.0,
                 progress: Progress | None = None, indexing: bool = True) -> None:
        self.root = Path(root).expanduser()
        """The library's folder."""
        if self.root.exists() and not self.root.is_dir():
            raise LibraryError(f"library path {self.root} is a file, not a folder")
        self.lock = WriteLock(self.root / ".lock", lock_timeout)
        """The write lock shared with every other process using this folder."""
        self.progress = progress
        """Told how far an upgrade of the library's layout got, if one runs."""
        self.upgraded_from: int | None = None
        """The schema the library had when this object upgraded it (None: it did not)."""
        self.indexing = indexing
        """Whether this object's writes keep the search index (``store.search_index``)
        current; off, the index finds it is behind and is rebuilt when next used."""
        self._search_index: SearchIndex | None = None
        self._dbs: dict[str, TinyDB] = {}
        self._token: object | None = None
        self._head_storage = CachedJSONStorage(self.root / HEAD)
        self._head_data: dict[str, Any] | None = None
        self._head: Head | None = None
        self._columns: Columns | None = None
        self._columns_head: Head | None = None
        self._keys: dict[tuple[int, int], dict[str, list[Any]]] = {}
        self._pages: dict[tuple[int, int, int], Page] = {}
        self._no_newest: set[tuple[int, int]] = set()
        self._interner = Interner()
        self._segments: OrderedDict[int, CachedJSONStorage] = OrderedDict()
        self._present_epoch: str | None = None
        self._present_sealed: set[str] = set()
        self._present_pages: set[tuple[int, int]] = set()
        self._listing: Listing | None = None
        self._listing_version: tuple[Any, ...] | None = None
        self._states: dict[str, tuple[Any, Any]] = {}
        self._sound: dict[str, dict[int, Any]] = {}
        self._read_parts: dict[str, str] = {}
        self._read_change: tuple[set[str], set[str]] | None = None
        meta = self.meta()
        if meta.get("schema", 0) > migrations.SCHEMA_VERSION:
            raise NewerLibraryError(
                f"library {self.root} has schema {meta['schema']}, newer than this newsreader "
                f"knows ({migrations.SCHEMA_VERSION}): upgrade newsreader"
            )
        if meta and migrations.pending(meta.get("schema", 0)):
            with self.writing():  # the upgrade runs as the first thing a write does
                pass

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
            self._forget_listing()
            if self.upgraded_from is None:
                self.upgraded_from = n

    def meta(self) -> dict[str, Any]:
        """The library's meta document (schema version and flags); empty when new."""
        doc = checked_one(self._table(_META), 1, shapes.meta_problem)
        return dict(doc) if doc else {}

    def set_meta(self, **values: Any) -> None:
        """Set flags in the meta document."""
        with self.writing():
            self._table(_META).update(values, doc_ids=[1])

    # -- the listing's files ---------------------------------------------------

    def head(self) -> Head:
        """listing.json as it is now (re-read only when it changed)."""
        storage = self._head_storage
        if self._token is not None:
            storage.fresh(self._token)
        data = storage.read()
        if data is None:
            data = {}
        if self._head is None or data is not self._head_data:
            self._head = parse_head(data, storage.path)
            self._head_data = data
        return self._head

    def _page_path(self, number: int, generation: int, part: str) -> Path:
        return self.root / PAGES / page_name(number, generation, part)

    def _page_doc(self, path: Path, table: str) -> Any:
        """The one document of a sealed page file; _Gone when there is no such file."""
        try:
            data = read_json(path)
        except CorruptLibraryError:
            if not (path.exists() or path.is_symlink()):
                raise _Gone(path) from None
            raise
        return data.get(table, {}).get("1")

    def _load_keys(self, s: Sealed) -> dict[str, list[Any]]:
        keys = self._keys.get((s.number, s.keys))
        if keys is None:
            path = self._page_path(s.number, s.keys, "keys")
            doc = self._page_doc(path, "keys")
            problem = shapes.keys_problem(doc, s.count)
            if problem:
                raise CorruptLibraryError(path, problem)
            tags, feeds = doc.get("tags"), doc.get("feed")
            keys = {"id": doc["id"], "when": doc["when"],
                    "tags": self._interner.column(tags) if tags else [None] * s.count,
                    "feed": self._interner.column(feeds) if feeds else [None] * s.count}
            self._keys[(s.number, s.keys)] = keys
        return keys

    def _keys_later(self, s: Sealed, newest: Newest | None, tries: int = 5,
                    ) -> dict[str, list[Any]]:
        """A sealed page's key columns, read after its head (``columns`` reads them only
        when asked for; ``newest``: the summary read with the head). If a writer replaced
        the file meanwhile, they are made from the page's current keys as the head had
        them (``realigned_keys``): the same rows in the same places (an edit keeps them),
        a row a delete took out since shown as ``GONE_ROW``."""
        with paused_gc():
            try:
                return self._load_keys(s)
            except _Gone as gone:
                now = next((t for t in self.head().sealed if t.number == s.number), None)
                if now is not None and now.keys == s.keys:
                    raise CorruptLibraryError(gone.path, "missing: listing.json names it") \
                        from None
                try:
                    current = self._load_keys(now) if now is not None else None
                except _Gone:  # replaced again meanwhile
                    if tries <= 0:
                        raise CorruptLibraryError(gone.path, "missing: listing.json names it") \
                            from None
                    return self._keys_later(s, newest, tries - 1)
                keys = realigned_keys(current, s.count, newest)
                if keys is None:
                    raise CorruptLibraryError(gone.path, "missing, and its page now holds "
                                              "other rows") from None
                return keys

    def _load_newest(self, s: Sealed) -> Newest | None:
        """A sealed page's newest-first summary, None if it has no sound one."""
        path = self._page_path(s.number, s.keys, "newest")
        try:
            newest = parse_newest(read_json(path), s.count)
        except CorruptLibraryError:
            newest = None
        if newest is None:
            self._no_newest.add((s.number, s.keys))
        return newest

    def _load_rows(self, s: Sealed, ids: list[str], tries: int = 5) -> dict[str, list[Any]]:
        """A sealed page's other columns (``ids``: the page's ids, from its keys). If a
        writer replaced the file since the head was read, the page's current file is read
        instead: the same articles, perhaps newer, in the same places when its keys file
        is the same; else (a delete took rows out) each row is taken from it by id, and
        a row it no longer holds is shown as ``GONE_ROW``."""
        path = self._page_path(s.number, s.rows, "rows")
        try:
            doc = self._page_doc(path, "rows")
        except _Gone:
            now = next((t for t in self.head().sealed if t.number == s.number), None)
            if now is not None and now.rows == s.rows or tries <= 0:
                raise CorruptLibraryError(path, "missing: listing.json names it") from None
            if now is not None and now.keys == s.keys and now.count == s.count:
                return self._load_rows(now, ids, tries - 1)
            return self._realigned(ids, now, tries - 1)
        problem = shapes.rows_problem(doc, s.count)
        if problem:
            raise CorruptLibraryError(path, problem)
        rows = {name: doc.get(name) or [None] * s.count for name in ROW_COLUMNS}
        for name in SHARED:
            if name in rows:
                rows[name] = self._interner.column(rows[name])
        return rows

    def _realigned(self, ids: list[str], now: Sealed | None,
                   tries: int) -> dict[str, list[Any]]:
        """The other columns of the rows ``ids`` from page ``now`` as it is (None: every
        row of it was deleted), by id."""
        try:
            keys = self._load_keys(now)["id"] if now is not None else []
            rows = self._load_rows(now, keys, tries) if now is not None else {}
        except _Gone:  # replaced again meanwhile
            if tries <= 0:
                raise CorruptLibraryError(self.root / HEAD, "a page it names is missing") \
                    from None
            return self._realigned(ids, next(
                (t for t in self.head().sealed if now is not None and t.number == now.number),
                None), tries - 1)
        where = {aid: j for j, aid in enumerate(keys)}
        return {name: [rows[name][where[aid]] if aid in where else GONE_ROW.get(name)
                       for aid in ids] for name in ROW_COLUMNS}

    def _page(self, s: Sealed) -> Page:
        """A sealed page; its key columns are read when first asked for (its summary
        now), but its keys file must be there."""
        key = (s.number, s.keys, s.rows)
        page = self._pages.get(key)
        if page is None:
            keys = self._keys.get((s.number, s.keys))
            if keys is not None:
                held = keys
                page = Page(keys, load=lambda: self._load_rows(s, held["id"]))
            else:
                path = self._page_path(s.number, s.keys, "keys")
                if not (path.exists() or path.is_symlink()):
                    raise _Gone(path)
                newest = self._load_newest(s)
                lazy = Page(None, load=lambda: self._load_rows(s, lazy.keys["id"]),
                            count=s.count, load_keys=lambda: self._keys_later(s, newest),
                            newest=newest)
                page = lazy
            self._pages[key] = page
        return page

    def columns(self) -> Columns:
        """The listing's columns as they are now (sealed pages read once, their other
        columns when first needed)."""
        while True:
            head = self.head()
            if self._columns is not None and self._columns_head is head:
                return self._columns
            try:
                pages = [self._page(s) for s in head.sealed]
            except _Gone as gone:
                if self.head() is not head:  # a writer replaced it meanwhile: read anew
                    continue
                raise CorruptLibraryError(gone.path, "missing: listing.json names it") \
                    from None
            pages += [Page.of(p, self._interner) for p in head.inline]
            self._columns, self._columns_head = Columns(pages), head
            wanted = {(s.number, s.keys, s.rows) for s in head.sealed}
            for key in [k for k in self._pages if k not in wanted]:
                del self._pages[key]
            kept = {(s.number, s.keys) for s in head.sealed}
            for k in [k for k in self._keys if k not in kept]:
                del self._keys[k]
            self._no_newest &= kept
            return self._columns

    def _forget_listing(self) -> None:
        """Drop what is cached of the listing (after an upgrade or a rebuild)."""
        self._head = self._head_data = None
        self._columns = self._columns_head = None
        self._pages.clear()
        self._keys.clear()
        self._no_newest.clear()
        self._present_epoch = None
        self._listing = self._listing_version = None
        self._head_storage.close()

    def present_ids(self) -> Present:
        """The ids of every article listed, to tell new articles from known ones. Kept up
        to date page by page, so asking after a write costs what the write added."""
        columns = self.columns()
        head = self._columns_head
        assert head is not None
        if self._present_epoch != head.epoch:
            self._present_epoch = head.epoch
            self._present_sealed = set()
            self._present_pages = set()
        for s, page in zip(head.sealed, columns.pages, strict=False):
            if (s.number, s.keys) not in self._present_pages:
                self._present_sealed.update(page.keys["id"])
                self._present_pages.add((s.number, s.keys))
        tail: set[str] = set()
        for page in columns.pages[len(head.sealed):]:
            tail.update(page.keys["id"])
        return Present(self._present_sealed, tail)

    # -- the texts ----------------------------------------------------------------

    def segment_path(self, number: int) -> Path:
        """The file of text segment ``number``."""
        return self.root / TEXTS / segment_name(number)

    def _segment(self, number: int) -> CachedJSONStorage:
        """A text segment's storage (the last few read stay parsed)."""
        storage = self._segments.get(number)
        if storage is None:
            storage = CachedJSONStorage(self.segment_path(number))
            self._segments[number] = storage
            while len(self._segments) > _OPEN_SEGMENTS:
                _, old = self._segments.popitem(last=False)
                old.close()
        else:
            self._segments.move_to_end(number)
        if self._token is not None:
            storage.fresh(self._token)
        return storage

    def segment_docs(self, number: int) -> dict[str, Any]:
        """The documents of a text segment by key (empty if it is gone)."""
        data = self._segment(number).read()
        return dict((data or {}).get("articles", {}))

    def _text(self, number: int, article_id: str) -> dict[str, Any] | None:
        """One article's document from a segment, checked (None: not there)."""
        storage = self._segment(number)
        doc = ((storage.read() or {}).get("articles", {})).get(str(doc_id(article_id)))
        if doc is None:
            return None
        problem = shapes.article_problem(doc)
        if problem:
            raise CorruptLibraryError(storage.path, problem)
        if doc.get("id") != article_id:
            return None
        return dict(doc)

    def segment_numbers(self) -> list[int]:
        """The numbers of the text segments on disk, in order."""
        try:
            names = os.listdir(self.root / TEXTS)
        except FileNotFoundError:
            return []
        return sorted(int(m.group(1)) for m in map(SEGMENT_NAME.match, names) if m)

    # -- reading ----------------------------------------------------------

    def listing(self) -> Listing:
        """Every article's list fields and the user's state; cached until a file changes.

        The pages are re-read only when ``listing.json`` names new ones, so a bookmark or
        a read mark costs the small state files only.
        """
        with paused_gc():
            columns = self.columns()
            bookmarked, user_tags, read = (self._state(where)
                                           for where in (_BOOKMARKS, _TAGS, _READ))
        # a state's version is the parsed file it came from: the read set is updated in
        # place when a few marks change, so the set itself says nothing of its version
        version = (columns, *(self._states[where[0]][0] for where in (_BOOKMARKS, _TAGS, _READ)))
        if self._listing is not None and self._listing_version is not None and \
                all(a is b for a, b in zip(version, self._listing_version, strict=True)):
            return self._listing
        previous, before = self._listing, self._listing_version
        listing = Listing(columns, bookmarked=bookmarked, read=read, user_tags=user_tags)
        if previous is not None and before is not None and before[0] is columns:
            listing._found = previous._found  # positions depend on the columns alone
        if previous is not None and before is not None and before[0] is columns and \
                previous._read_count is not None:
            change = self._read_change if before[3] is not version[3] else (set(), set())
            if change is not None and len(change[0]) + len(change[1]) <= 50:
                added, removed = change
                listing._read_count = previous._read_count + sum(
                    listing.position(a) is not None for a in added) - sum(
                    listing.position(a) is not None for a in removed)
        self._listing, self._listing_version = listing, version
        return listing

    def _state(self, where: tuple[str, str]) -> Any:
        """One state file's contents as the listing joins them in (the bookmarked ids, the
        user's tags by id, the read ids), re-read only when the file changed."""
        storage = _cached(self._table(where))
        data = storage.read()
        cached = self._states.get(where[0])
        if cached is not None and cached[0] is data:
            return cached[1]
        docs = list(((data or {}).get(where[1]) or {}).values())
        check = {_BOOKMARKS: shapes.bookmark_problem, _TAGS: shapes.tags_problem,
                 _READ: shapes.read_problem}[where]
        sound = self._sound.get(where[0], {})
        read_parts = self._read_parts if where == _READ else {}
        for doc in [] if where != _READ and shapes.all_sound(docs, check) else docs:
            if sound.get(id(doc)) is doc:  # the same document as checked last time
                continue
            if read_parts and isinstance(doc, dict) and len(doc) == 2 and \
                    read_parts.get(str(doc.get("prefix"))) == doc.get("ids"):
                continue  # a read document as it was when last checked (re-read after a write)
            problem = check(doc)
            if problem:
                raise CorruptLibraryError(storage.path, problem)
        self._sound[where[0]] = {id(doc): doc for doc in docs}
        value: Any
        if where == _BOOKMARKS:
            value = {d["id"] for d in docs}
        elif where == _TAGS:
            value = {d["id"]: list(d["tags"]) for d in docs}
        else:
            value = self._read_marks(docs, cached[1] if cached is not None else None)
        self._states[where[0]] = (data, value)
        return value

    def _read_marks(self, docs: list[Any], before: Any) -> set[str]:
        """The read ids, from the read-state documents; worked out from the last ones by
        the documents that changed, so marking one article read costs what it changed."""
        parts: dict[str, str] = {}
        old_parts = self._read_parts
        for doc in docs:
            ids = doc["ids"]
            old = old_parts.get(doc["prefix"])
            parts[doc["prefix"]] = old if old is not None and old == ids else ids
        added: set[str] = set()
        removed: set[str] = set()
        if isinstance(before, set):
            for prefix in parts.keys() | old_parts.keys():
                new, old = parts.get(prefix), old_parts.get(prefix)
                if new is not old:  # only a changed prefix's ids are split into a set
                    new_ids = set(new.split()) if new else set()
                    old_ids = set(old.split()) if old else set()
                    added |= new_ids - old_ids
                    removed |= old_ids - new_ids
            value = before  # updated in place: copying 300,000 ids costs more than the mark
            value -= removed
            value |= added
            self._read_change = (added, removed)
        else:
            value = set(" ".join(parts.values()).split())  # one pass over every id
            self._read_change = None
        self._read_parts = parts
        return value

    def __len__(self) -> int:
        return self.head().count

    def resolve(self, prefix: str) -> str:
        """The full id of the one article whose id starts with ``prefix``."""
        want = prefix.strip().lower()
        if not want or any(ch not in "0123456789abcdef" for ch in want):
            raise UnknownArticleError(f"{prefix!r} is not an article id (ids are hex digits)")
        ids: list[str] = self.columns()["id"]
        matches = [aid for aid in ids if aid.startswith(want)]
        if not matches:
            raise UnknownArticleError(f"no article has an id starting with {prefix!r}")
        if len(matches) > 1:
            shown = ", ".join(matches[:3]) + (", ..." if len(matches) > 3 else "")
            raise UnknownArticleError(
                f"id {prefix!r} is ambiguous: it starts {len(matches)} articles ({shown})"
            )
        return matches[0]

    def _position(self, columns: Columns, article_id: str) -> int | None:
        listing = self._listing
        if listing is not None and listing.columns is columns:
            return listing.position(article_id)
        try:
            return columns["id"].index(article_id)
        except ValueError:
            return None

    def article(self, article_id: str) -> StoredArticle:
        """One article in full."""
        if not shapes.is_article_id(article_id):
            raise UnknownArticleError(f"{article_id!r} is not an article id")
        for _ in range(5):
            columns = self.columns()
            pos = self._position(columns, article_id)
            if pos is None:
                break
            number = columns.value("seg", pos)
            if number is None:
                break
            doc = self._text(number, article_id)
            if doc is not None:
                return StoredArticle.from_doc(doc)
            if self.head() is self._columns_head:  # not a writer moving it: it is gone
                break
        raise UnknownArticleError(f"no article has the id {article_id!r}")

    def articles(self, stop: Callable[[], bool] | None = None) -> Iterator[StoredArticle]:
        """Every article listed, in full, segment by segment (for export, search and
        re-analysis).

        Each segment's data is dropped once read, so a pass over a big library holds one
        segment at a time; ``stop`` is asked between segments whether to give up.
        """
        columns = self.columns()
        ids, segs = columns["id"], columns["seg"]
        order = sorted((i for i in range(len(ids)) if segs[i] is not None),
                       key=segs.__getitem__)
        start = 0
        while start < len(order):
            if stop is not None and stop():
                return
            number = segs[order[start]]
            end = start
            while end < len(order) and segs[order[end]] == number:
                end += 1
            storage = self._segment(number)
            docs = (storage.read() or {}).get("articles", {})
            found = []
            for i in order[start:end]:
                doc = docs.get(str(doc_id(ids[i])))
                if doc is None or doc.get("id") != ids[i]:
                    continue
                problem = shapes.article_problem(doc)
                if problem:
                    raise CorruptLibraryError(storage.path, problem)
                found.append(StoredArticle.from_doc(doc))
            if self._token is None:
                storage.forget()
            yield from found
            start = end

    def search_text(self, needle: str, stop: Callable[[], bool] | None = None) -> set[str]:
        """Ids of articles whose body contains ``needle`` (case-blind)."""
        return self.search_texts([needle], stop)[needle.casefold()]

    def search_texts(self, needles: Iterable[str],
                     stop: Callable[[], bool] | None = None) -> dict[str, set[str]]:
        """For each needle (casefolded), the ids of articles whose body contains it, in
        one pass over the texts."""
        found: dict[str, set[str]] = {n.casefold(): set() for n in needles}
        if not found:
            return found
        for art in self.articles(stop):
            body = art.body.casefold()
            for want, ids in found.items():
                if want in body:
                    ids.add(art.id)
        return found

    def articles_quoting(self, name: str) -> Iterator[StoredArticle]:
        """Every article whose listed people include ``name`` (case-blind), in full."""
        columns = self.columns()
        key = name.casefold()
        ids = columns["id"]
        for i, people in enumerate(columns["people"]):
            if people and any(p.casefold() == key for p in split(people)):
                yield self.article(ids[i])

    # -- the search index ------------------------------------------------------

    def search_index(self) -> SearchIndex:
        """The search index beside the library (derived: see ``store.search_index``)."""
        if self._search_index is None:
            self._search_index = SearchIndex(self.root, titles=self.titles_of)
        return self._search_index

    def titles_of(self, ids: Collection[str]) -> dict[str, tuple[str, str | None]]:
        """The titles and sources of these articles (those still in the library), by id:
        one pass over the listing's ids, then only the pages that hold them are read."""
        columns = self.columns()
        wanted = set(ids)
        value = columns.value
        with paused_gc():  # pages of thousands of rows parsed: one collection, after
            return {aid: (value("title", i) or "", value("source", i))
                    for i, aid in enumerate(columns["id"]) if aid in wanted}

    def _commit_indexed(self, write: Write, articles: Sequence[StoredArticle],
                        gone: Sequence[str] = (), new: Container[str] = ()) -> None:
        """Commit a write with the search index kept current: the articles it changes are
        noted in the index first (a crash after the commit leaves the note, and the index
        indexes them again), their entries are made in an open transaction, the library
        commits, then the index does. The index never stops a write: if it fails, it is
        dropped and built again from the library when next needed."""
        index: SearchIndex | None = None
        if self.indexing and (articles or gone):
            try:
                index = self.search_index()
                if write.head.count == 0:
                    index.start_empty(write.head.epoch, write.head.gen)
                index.intend([a.id for a in articles] + list(gone))
                index.begin_apply(articles, gone, new={a.id for a in articles if a.id in new})
            except (sqlite3.Error, OSError):
                self._index_failed()
                index = None
        try:
            write.commit()
        except BaseException:
            if index is not None:
                index.rollback()
            raise
        if index is not None:
            head = self.head()
            try:
                index.finish_apply(before=(write.head.epoch, write.head.gen),
                                   after=(head.epoch, head.gen))
            except (sqlite3.Error, OSError):
                self._index_failed()

    def forget_indexed(self, ids: Sequence[str]) -> None:
        """Take articles out of the search index (articles leaving the library: call it
        under the lock that removes them, after the commit)."""
        if not self.indexing or not ids:
            return
        try:
            self.search_index().apply([], ids)
        except (sqlite3.Error, OSError):
            self._index_failed()

    def _index_failed(self) -> None:
        """The index could not be written: drop it (the library is untouched; the index
        is built again from it when next needed)."""
        if self._search_index is not None:
            with suppress(OSError):
                self._search_index.discard()

    # -- writing ----------------------------------------------------------

    def deleted(self) -> DeletedRecord:
        """The record of the articles the user deleted (see ``DeletedRecord``)."""
        docs = checked(self._table(_DELETED), shapes.deleted_problem)
        return DeletedRecord(frozenset(d["id"] for d in docs),
                             frozenset(k for d in docs for k in d.get("keys", ())))

    def delete(self, article_ids: Iterable[str]) -> list[Removed]:
        """Take articles out of the library; returns what each needs to come back
        (``restore``), for those that were listed.

        In order, each step leaving the library whole if the process is killed after it:
        the articles are recorded in ``deleted.json`` (recorded but listed is not deleted);
        their rows leave their pages (a sealed page written anew under the next
        generation, in a new epoch since rows move) and their texts are counted dead, in
        the write ``listing.json`` commits; the search index forgets them; then their
        bookmarks, tags and read marks go (state of an article not listed is never
        shown)."""
        wanted = list(dict.fromkeys(article_ids))
        with self.writing():
            write = Write(self)
            where = write.positions(wanted)
            if not where:
                return []
            # the state as on disk (not the listing's: its cache must see the writes below)
            marks = self._table(_BOOKMARKS)
            read = self._read_among([aid for aid in wanted if aid in where])
            removed: list[Removed] = []
            keys: dict[str, list[str]] = {}
            for aid in wanted:
                pos = where.get(aid)
                if pos is None:
                    continue
                number = write.value("seg", pos)
                doc = self._text(number, aid) if number is not None else None
                if doc is not None:
                    keys[aid] = deletion_keys(StoredArticle.from_doc(doc))
                removed.append(Removed(aid, doc, marks.contains(doc_id=doc_id(aid)),
                                       self.user_tags(aid), aid in read))
            gone = [r.id for r in removed]
            self._record_deleted({aid: keys.get(aid, []) for aid in gone})
            write.remove(where[aid] for aid in gone)
            write.compact()
            self._commit_indexed(write, [], gone=gone)
            self.set_bookmarks(gone, False)
            self._remove_tags(gone)
            self.set_read(gone, False)
        return removed

    def restore(self, removed: Sequence[Removed]) -> list[str]:
        """Bring deleted articles back with their bookmark, tags and read state; returns
        the ids listed again. Their state is written first (not shown while they are not
        listed), then the listing commits, then the record of their deletion goes."""
        back = [r for r in removed if r.doc is not None]
        with self.writing():
            present = self.present_ids()
            back = [r for r in back if r.id not in present]
            if not back:
                return []
            self.set_bookmarks([r.id for r in back if r.bookmarked])
            self.set_tags_many({r.id: r.user_tags for r in back if r.user_tags is not None})
            self.set_read([r.id for r in back if r.read])
            articles = [StoredArticle.from_doc(r.doc) for r in back if r.doc is not None]
            added, _, _ = self._store(articles, update=False)
            self._unrecord_deleted(added)
        return added

    def _read_among(self, article_ids: Sequence[str]) -> set[str]:
        """Which of these articles are read, from read.json as it is."""
        storage = _cached(self._table(_READ))
        docs = ((storage.read() or {}).get(_READ[1]) or {}).values()
        prefixes = {aid[:2] for aid in article_ids}
        found: set[str] = set()
        for doc in docs:
            if problem := shapes.read_problem(doc):
                raise CorruptLibraryError(storage.path, problem)
            if doc["prefix"] in prefixes:
                found.update(set(doc["ids"].split()) & set(article_ids))
        return found

    def _record_deleted(self, entries: Mapping[str, list[str]]) -> None:
        """Note articles as deleted (id and keys), in one write of ``deleted.json``."""
        if not entries:
            return
        table = self._table(_DELETED)
        at = now_iso()
        known = {did for did in map(doc_id, entries) if table.contains(doc_id=did)}
        if known:
            table.remove(doc_ids=list(known))
        table.insert_multiple(Document({"id": aid, "keys": keys, "at": at}, doc_id=doc_id(aid))
                              for aid, keys in entries.items())

    def _unrecord_deleted(self, article_ids: Sequence[str]) -> None:
        """Forget that articles were deleted (they are back)."""
        table = self._table(_DELETED)
        known = [did for did in map(doc_id, article_ids) if table.contains(doc_id=did)]
        if known:
            table.remove(doc_ids=known)

    def _remove_tags(self, article_ids: Sequence[str]) -> None:
        table = self._table(_TAGS)
        known = [did for did in map(doc_id, article_ids) if table.contains(doc_id=did)]
        if known:
            table.remove(doc_ids=known)

    def add(self, articles: Iterable[StoredArticle]) -> tuple[list[str], list[str]]:
        """Store new articles; returns (ids added, ids skipped as already present).

        Texts are written first and the listing last, so an interrupted import
        leaves the library as it was, or with some of the batches of it listed.
        """
        added, _, skipped = self._store(articles, update=False)
        return added, skipped

    def upsert(self, articles: Iterable[StoredArticle], skip_deleted: bool = False,
               ) -> tuple[list[str], list[str], list[str]]:
        """Store articles, replacing those present whose content changed (an edited feed
        item); the user's bookmark, tags and read state are kept. Returns the ids
        (added, updated, unchanged). ``skip_deleted``: an article the user deleted is not
        stored again (a fetch, a sync; counted unchanged), decided under the lock, so a
        fetch that read the feed before the delete does not bring it back."""
        return self._store(articles, update=True, skip_deleted=skip_deleted)

    def _store(self, articles: Iterable[StoredArticle], update: bool,
               skip_deleted: bool = False) -> tuple[list[str], list[str], list[str]]:
        with self.writing():
            write = Write(self)
            present = self.present_ids()
            deleted = self.deleted().ids if skip_deleted else frozenset()
            new: list[StoredArticle] = []
            known: list[StoredArticle] = []
            kept: list[str] = []
            seen: set[str] = set()
            for art in articles:
                if art.id in seen or (art.id in deleted and art.id not in present):
                    kept.append(art.id)
                    continue
                seen.add(art.id)
                (known if art.id in present else new).append(art)
            changed: list[tuple[StoredArticle, int, int | None]] = []
            if update and known:
                where = write.positions([a.id for a in known])
                for art in known:
                    pos = where.get(art.id)
                    if pos is None:
                        kept.append(art.id)
                        continue
                    number = write.value("seg", pos)
                    old = self._text(number, art.id) if number is not None else None
                    if old is not None and (old.get("fingerprint") or "") != art.fingerprint:
                        art.added = old.get("added") or ""
                        art.feed = art.feed or old.get("feed")
                        changed.append((art, pos, number))
                    else:
                        kept.append(art.id)
            else:
                kept.extend(a.id for a in known)
            if new or changed:
                located = write.put([(a.to_doc(), old) for a, _, old in changed]
                                    + [(a.to_doc(), None) for a in new])
                for art, pos, _ in changed:
                    write.set_row(pos, {**art.listing_values(), "seg": located[art.id]})
                write.append([{**a.listing_values(), "seg": located[a.id]} for a in new])
                write.compact()
                stored = [a for a, _, _ in changed] + new
                self._commit_indexed(write, stored, new={a.id for a in new})
        return [a.id for a in new], [a.id for a, _, _ in changed], kept

    def _write_articles(self, articles: list[StoredArticle]) -> None:
        """Write articles' texts without listing them (what an import killed between its
        texts and its listing leaves; ``repair`` lists them)."""
        with self.writing():
            Write(self).put([(a.to_doc(), None) for a in articles])

    def update_articles(self, changes: dict[str, Callable[[StoredArticle], None]]) -> None:
        """Change stored articles in place (re-analysis, feed updates), listing included:
        each changed text is written anew (see the module), and its row with it."""
        if not changes:
            return
        with self.writing():
            write = Write(self)
            where = write.positions(list(changes))
            todo = sorted(where.items(), key=lambda kv: (write.value("seg", kv[1]) or 0, kv[1]))
            items: list[tuple[dict[str, Any], int | None]] = []
            rows: list[tuple[int, StoredArticle]] = []
            for aid, pos in todo:
                number = write.value("seg", pos)
                doc = self._text(number, aid) if number is not None else None
                if doc is None:
                    continue
                art = StoredArticle.from_doc(doc)
                changes[aid](art)
                items.append(({**doc, **art.to_doc()}, number))
                rows.append((pos, art))
            if not items:
                return
            located = write.put(items)
            for pos, art in rows:
                write.set_row(pos, {**art.listing_values(), "seg": located[art.id]})
            write.compact()
            self._commit_indexed(write, [art for _, art in rows])

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

            def replace(doc: Any) -> None:
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
            storage = _cached(self._table(_READ))
            data = dict(storage.read() or {})
            docs = dict(data.get(_READ[1]) or {})
            for doc in docs.values():
                if problem := shapes.read_problem(doc):
                    raise CorruptLibraryError(storage.path, problem)
            keys = {doc["prefix"]: key for key, doc in docs.items()}
            changed = False
            for prefix, ids in wanted.items():
                key = keys.get(prefix)
                have = set(docs[key]["ids"].split()) if key is not None else set()
                new = have | ids if read else have - ids
                if new != have:
                    docs[key or str(_read_doc_id(prefix))] = {
                        "prefix": prefix, "ids": " ".join(sorted(new))}
                    changed = True
            if changed:
                data[_READ[1]] = docs
                self.root.mkdir(parents=True, exist_ok=True)
                storage.write(data)

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


def _page_files(sealed: Sealed) -> set[str]:
    """The files of a sealed page."""
    return {page_name(sealed.number, sealed.keys, "keys"),
            page_name(sealed.number, sealed.keys, "newest"),
            page_name(sealed.number, sealed.rows, "rows")}


def key_columns(columns: Mapping[str, list[Any]]) -> dict[str, list[Any]]:
    """A page's key columns (as its keys file holds them) from its full columns."""
    return {"id": list(columns["id"]), "when": [
        when_of(p, a) for p, a in zip(columns["published"], columns["added"], strict=True)],
        "tags": list(columns["tags"]), "feed": list(columns["feed"])}


class Write:
    """One change to the listing and the texts, made under the library's lock.

    Texts go to the last segment (or new ones) as they are put; sealed pages and
    listing.json are written by ``commit``, which replaces listing.json last, so the
    whole change appears at once. What the change made superfluous (a sealed page's
    previous files, emptied segments) is removed after that.
    """

    def __init__(self, library: Library) -> None:
        assert library.lock.held
        self.library = library
        self.head = library.head()
        self.columns = library.columns()
        self.head = library._columns_head or self.head
        self.sealed = list(self.head.sealed)
        self.tail_start = sum(s.count for s in self.sealed)
        tail: dict[str, list[Any]] = {name: [] for name in COLUMNS}
        for page in self.columns.pages[len(self.sealed):]:
            for name, values in page.full().items():
                tail[name].extend(values)
        self.tail = tail
        """The rows after the sealed pages (the last page), changed in place."""
        self.changed: dict[int, dict[str, Any]] = {}
        """New values of rows on sealed pages, by position."""
        self.dead = dict(self.head.dead)
        self.doomed = {n for n in self.head.doomed if library.segment_path(n).exists()}
        numbers = library.segment_numbers()
        self.open = max(numbers) if numbers else 1
        """The segment new texts go to."""
        self._docs: dict[int, dict[str, Any]] = {}
        self._counts: dict[int, int] = {}
        self.removed: set[int] = set()
        """Positions of rows this change takes out of the listing (``remove``)."""
        self.epoch = self.head.epoch
        """The epoch the change commits under: a new one when rows are removed."""

    # -- reading the listing as the change has it so far -------------------------

    def positions(self, ids: Sequence[str]) -> dict[str, int]:
        """Where these articles are listed (those that are)."""
        wanted = set(ids)
        if len(wanted) <= 4:
            found = {}
            for aid in wanted:
                pos = self.library._position(self.columns, aid)
                if pos is None and aid in self.tail["id"]:
                    pos = self.tail_start + self.tail["id"].index(aid)
                if pos is not None:
                    found[aid] = pos
            return found
        return {aid: i for i, aid in enumerate(self.columns["id"]) if aid in wanted}

    def value(self, name: str, pos: int) -> Any:
        """A column's value at a position, with this change's edits."""
        if pos >= self.tail_start:
            return self.tail[name][pos - self.tail_start]
        row = self.changed.get(pos)
        if row is not None:
            return row[name]
        return self.columns.value(name, pos)

    # -- texts ------------------------------------------------------------------

    def _segment_docs(self, number: int) -> dict[str, Any]:
        docs = self._docs.get(number)
        if docs is None:
            docs = self.library.segment_docs(number)
            self._docs[number] = docs
        return docs

    def _documents_in(self, number: int) -> int:
        count = self._counts.get(number)
        if count is None:
            count = len(self.library.segment_docs(number))
            self._counts[number] = count
        return count

    def put(self, items: Sequence[tuple[dict[str, Any], int | None]]) -> dict[str, int]:
        """Write article documents to the last segment, starting new segments as each
        fills; ``items`` are (document, the segment of its present copy or None).
        Returns the segment each went to. The copies they replace become dead."""
        located: dict[str, int] = {}
        docs = self._segment_docs(self.open)
        path = self.library.segment_path(self.open)
        size = path.stat().st_size if path.exists() else 0
        touched = False
        for doc, old in items:
            key = str(doc_id(doc["id"]))
            need = len(dump_json(doc)) + len(key) + 4
            if key not in docs and docs and size + need > SEGMENT_BYTES:
                if touched:
                    self._flush(self.open, docs)
                self.open += 1
                docs = self._docs[self.open] = self._segment_docs(self.open)
                path = self.library.segment_path(self.open)
                size = path.stat().st_size if path.exists() else 0
                touched = False
            if old is not None and old != self.open:
                self._count_dead(old)
            if self.open in self.dead:  # the last segment holds a deleted article's text
                total, dead = self.dead[self.open]
                if key not in docs:
                    total += 1
                elif old != self.open and dead:
                    dead -= 1  # a dead copy here is replaced by a live one
                if dead:
                    self.dead[self.open] = (total, dead)
                else:
                    del self.dead[self.open]
            docs[key] = doc
            size += need
            touched = True
            located[doc["id"]] = self.open
        if touched:
            self._flush(self.open, docs)
        return located

    def _count_dead(self, number: int) -> None:
        """Count one more dead copy in a segment."""
        total, dead = self.dead.get(number) or (self._documents_in(number), 0)
        self.dead[number] = (total, dead + 1)

    def _flush(self, number: int, docs: dict[str, Any]) -> None:
        storage = self.library._segment(number)
        data = dict(storage.read() or {})
        data["articles"] = docs
        storage.write(data)
        self._docs[number] = docs
        self._counts[number] = len(docs)

    def compact(self) -> None:
        """Empty every segment (but the last) at least half of whose documents are dead:
        move its live texts to the last segment; its file goes after the commit."""
        for number, (total, dead) in sorted(self.dead.items()):
            if number >= self.open or number in self.doomed:
                continue
            if dead * 2 < total:
                continue
            docs = self.library.segment_docs(number)
            ids = [d.get("id") for d in docs.values() if isinstance(d, dict)]
            where = self.positions([i for i in ids if isinstance(i, str)])
            live = [(docs[str(doc_id(aid))], pos) for aid, pos in where.items()
                    if self.value("seg", pos) == number and pos not in self.removed]
            if live:
                located = self.put([(doc, None) for doc, _ in live])
                for doc, pos in live:
                    self.set_seg(pos, located[doc["id"]])
            self.dead.pop(number, None)
            self.doomed.add(number)

    # -- rows -------------------------------------------------------------------------

    def set_row(self, pos: int, values: Mapping[str, Any]) -> None:
        """Replace the row at a position (every column)."""
        if pos >= self.tail_start:
            for name in COLUMNS:
                self.tail[name][pos - self.tail_start] = values.get(name)
        else:
            self.changed[pos] = {name: values.get(name) for name in COLUMNS}

    def set_seg(self, pos: int, number: int) -> None:
        """Point a row at another segment."""
        if pos >= self.tail_start:
            self.tail["seg"][pos - self.tail_start] = number
        else:
            row = self.changed.get(pos)
            if row is None:
                page, j = self.columns.locate(pos)
                row = {name: values[j] for name, values in page.full().items()}
                self.changed[pos] = row
            row["seg"] = number

    def remove(self, positions: Iterable[int]) -> None:
        """Take rows out of the listing (at the commit); their texts become dead copies.
        Positions move, so the change commits under a new epoch."""
        for pos in positions:
            if pos in self.removed:
                continue
            self.removed.add(pos)
            number = self.value("seg", pos)
            if number is not None:
                self._count_dead(number)
            self.epoch = secrets.token_hex(8)

    def append(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """List new rows after the others."""
        for row in rows:
            for name in COLUMNS:
                self.tail[name].append(row.get(name))

    # -- the commit ----------------------------------------------------------------------

    def commit(self) -> None:
        """Write the sealed pages that changed or filled, then listing.json; then remove
        the files that are no longer named."""
        library = self.library
        gen = self.head.gen + 1
        folder = library.root / PAGES
        sealed = list(self.sealed)
        new_pages: dict[tuple[int, int, int], Page] = {}

        def write_part(number: int, part: str, columns: Mapping[str, list[Any]]) -> None:
            folder.mkdir(parents=True, exist_ok=True)
            storage = CachedJSONStorage(folder / page_name(number, gen, part))
            storage.write({part: {"1": dict(columns)}})
            if part == "keys":  # its summary, named by the same generation
                CachedJSONStorage(folder / page_name(number, gen, "newest")).write(
                    newest_doc(columns))

        by_page: dict[int, dict[int, dict[str, Any]]] = {}
        for pos, row in self.changed.items():
            index = self.columns.page_index(pos)
            by_page.setdefault(index, {})[pos - self.columns.starts[index]] = row
        taken: dict[int, set[int]] = {}
        for pos in self.removed:
            if pos < self.tail_start:
                index = self.columns.page_index(pos)
                taken.setdefault(index, set()).add(pos - self.columns.starts[index])
                by_page.setdefault(index, {})
        emptied: set[int] = set()
        for index, rows in sorted(by_page.items()):
            s = sealed[index]
            columns = {name: list(v) for name, v in self.columns.pages[index].full().items()}
            old_keys = key_columns(columns)
            for j, row in rows.items():
                for name in COLUMNS:
                    columns[name][j] = row[name]
            out = taken.get(index)
            if out:
                columns = {name: [v for j, v in enumerate(values) if j not in out]
                           for name, values in columns.items()}
                if not columns["id"]:  # every row of it deleted: the page goes
                    emptied.add(index)
                    continue
            keys = key_columns(columns)
            keys_gen = s.keys
            if out or keys != old_keys:
                write_part(s.number, "keys", keys)
                keys_gen = gen
            write_part(s.number, "rows", {name: columns[name] for name in ROW_COLUMNS})
            sealed[index] = Sealed(s.number, keys_gen, gen, len(columns["id"]))
            new_pages[(s.number, keys_gen, gen)] = Page.of(columns, library._interner)
        sealed = [s for i, s in enumerate(sealed) if i not in emptied]
        tail = self.tail
        out = {pos - self.tail_start for pos in self.removed if pos >= self.tail_start}
        if out:
            tail = {name: [v for j, v in enumerate(values) if j not in out]
                    for name, values in tail.items()}
        while len(tail["id"]) >= PAGE_SIZE:
            number = (sealed[-1].number if sealed else 0) + 1
            chunk = {name: values[:PAGE_SIZE] for name, values in tail.items()}
            write_part(number, "keys", key_columns(chunk))
            write_part(number, "rows", {name: chunk[name] for name in ROW_COLUMNS})
            sealed.append(Sealed(number, gen, gen, PAGE_SIZE))
            new_pages[(number, gen, gen)] = Page.of(chunk, library._interner)
            tail = {name: values[PAGE_SIZE:] for name, values in tail.items()}
        head_doc = {"epoch": self.epoch or secrets.token_hex(8), "gen": gen,
                    "dead": {str(n): list(v) for n, v in sorted(self.dead.items())},
                    "doomed": sorted(self.doomed)}
        data = dict(self.head.data)
        last = sealed[-1].number if sealed else 0
        data["pages"] = {str(last + 1): tail} if tail["id"] else {}
        data["sealed"] = {str(s.number): {"keys": s.keys, "rows": s.rows, "count": s.count}
                          for s in sealed}
        data["head"] = {"1": head_doc}
        library.root.mkdir(parents=True, exist_ok=True)
        library._head_storage.write(data)  # the commit
        for key, page in new_pages.items():
            library._pages[key] = page
            library._keys[key[:2]] = page.keys
        for s in sealed:  # summaries found missing, for pages whose keys are at hand
            held = library._keys.get((s.number, s.keys))
            if (s.number, s.keys) in library._no_newest and held is not None:
                with suppress(LibraryError):  # derived: a later write or repair tries again
                    CachedJSONStorage(folder / page_name(s.number, s.keys, "newest")).write(
                        newest_doc(held))
                    library._no_newest.discard((s.number, s.keys))
        named = set().union(*(_page_files(s) for s in sealed))
        try:
            stale = {n for n in os.listdir(folder) if n.endswith(".json") and n not in named}
        except OSError:
            stale = set()
        for name in stale:
            with suppress(OSError):
                (folder / name).unlink()
        for number in self.doomed:
            with suppress(OSError):
                library.segment_path(number).unlink()


