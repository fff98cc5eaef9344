"""The list of articles in memory: columns of pages, not one object per article.

A library's listing is kept in pages of up to PAGE_SIZE articles (see ``store.library``).
Each page holds, for its articles, the columns the list needs. Three of them are read
with the page: the ids, the sort key (``when``: the publication time, else when it was
added) and the tags the article came with, so the list can be filtered and put in order
(newest first) from them alone. The others (title, source, dates, quotations, people, and
where the text is) are read a page at a time, when a row of that page is first shown or a
search or sort needs the whole column: a library of 1,000,000 articles comes up on the
screen having parsed three columns, and memory holds the rest only for the pages looked
at. User state (bookmarks, tags, read) is joined in.
"""

from __future__ import annotations

import bisect
import dataclasses
import random
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import not_
from typing import Any, overload

from newsreader.news.cleaning import one_line, visible

COLUMNS: tuple[str, ...] = (
    "id", "title", "source", "published", "added", "quotes", "people", "tags", "seg", "feed",
)
"""The fields kept per article in the listing, one list each ("seg": the number of the
text segment that holds the article's text, None when it has none; "feed": the id of the
feed that brought it, None for articles from elsewhere or listed before feeds were
recorded)."""

KEY_COLUMNS: tuple[str, ...] = ("id", "when", "tags", "feed")
"""The columns read with a page: enough to filter by state, tag or feed and to sort newest
first. ``when`` is derived (``when_of``: the publication time, else a mark and the time
added)."""

ROW_COLUMNS: tuple[str, ...] = tuple(c for c in COLUMNS if c not in KEY_COLUMNS)
"""The columns read when a page's rows are first needed."""

SEPARATOR = "\n"
"""Joins the names in the people and tags columns: one string per article is far smaller
than a list, and names and tags are single lines, so they never contain it."""

SHARED = ("source", "added", "people", "tags", "feed")
"""Columns with many repeated values, kept as one string object per distinct value."""

FIRST_SORTED = 3000
"""Positions put in order at first (see ``Order``): a few screenfuls and then some."""

NEWEST = 8
"""Rows of a sealed page kept in its newest-first summary (``Newest``)."""

NEWEST_LOADS = 24
"""Pages whose key columns the newest-first start (``Listing.newest_first``) may read
before it leaves the order to the whole sort."""


@dataclass(frozen=True)
class Newest:
    """A sealed page's newest rows: its first ``NEWEST`` in the newest-first order (sort
    key descending, then place in the page), so the first rows of the whole listing can
    be found without reading every page (``Listing.newest_first``)."""

    at: list[int]
    """Their places in the page, in that order."""
    ids: list[str]
    """Their ids."""
    when: list[str]
    """Their sort keys (``when_of``)."""

    @classmethod
    def of(cls, keys: Mapping[str, list[Any]]) -> Newest:
        """The summary of a page from its key columns."""
        when = keys["when"]
        at = sorted(range(len(when)), key=when.__getitem__, reverse=True)[:NEWEST]
        return cls(at, [keys["id"][j] for j in at], [when[j] for j in at])

    def to_doc(self) -> dict[str, list[Any]]:
        """As its file holds it."""
        return {"at": self.at, "id": self.ids, "when": self.when}


def join(values: Iterable[str]) -> str | None:
    """Several names as one column value (None when there are none)."""
    return SEPARATOR.join(values) or None


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Tags with controls removed and spaces collapsed (``one_line``: whoever gave them,
    a tag never carries an escape sequence), empties and case-blind duplicates dropped."""
    clean: list[str] = []
    seen: set[str] = set()
    for tag in tags:
        tag = one_line(tag)
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            clean.append(tag)
    return clean


def split(value: str | None) -> list[str]:
    """A people or tags column value back as a list."""
    return value.split(SEPARATOR) if value else []


UNDATED = "\x00"
"""Starts the sort key of an article with no publication date (then its time added), so
newest first puts the undated last (the most recently added first among them)."""


def when_of(published: str | None, added: str | None) -> str:
    """An article's sort key in the default order: its publication time, else UNDATED
    followed by the time it was added."""
    return published or UNDATED + (added or "")


SORT_KEYS: tuple[str, ...] = ("published", "added", "title", "source", "quotes")
"""Orders the list can be sorted in."""


@dataclass(frozen=True)
class ArticleRow:
    """One article as the list shows it."""

    id: str
    """The article's id (hex)."""
    title: str
    """Headline."""
    source: str | None
    """Publication."""
    published: str | None
    """ISO 8601 publication time, or None."""
    added: str
    """ISO 8601 time it entered the library."""
    tags: list[str]
    """Tags in effect (the user's, else those it arrived with)."""
    bookmarked: bool
    """Whether the user bookmarked it."""
    read: bool
    """Whether the user has opened it."""
    quotes: int
    """How many quotations the analysis found."""
    people: list[str]
    """Names of the people quoted."""

    def to_json(self) -> dict[str, Any]:
        """The row as the CLI's ``--json`` prints it."""
        return {
            "id": self.id, "title": self.title, "source": self.source,
            "published": self.published, "added": self.added, "tags": self.tags,
            "bookmarked": self.bookmarked, "read": self.read, "quotes": self.quotes,
            "people": self.people,
        }


def _fold(text: str | None) -> str:
    return (text or "").casefold()


class Interner:
    """One string object per distinct value of the shared columns, across pages."""

    def __init__(self) -> None:
        self._seen: dict[str, str] = {}

    def column(self, values: list[Any]) -> list[Any]:
        """The values with each string replaced by its one shared copy."""
        seen: dict[Any, Any] = self._seen
        if len(seen) > 200_000:  # values that do not repeat: stop collecting them
            seen.clear()
        for value in set(values).difference(seen):
            seen[value] = value
        return list(map(seen.__getitem__, values))


class Page:
    """One page of the listing: its key columns at hand (or read from ``load_keys`` when
    first asked for), its other columns read from ``load`` the first time one is asked
    for (and kept)."""

    def __init__(self, keys: dict[str, list[Any]] | None,
                 rows: dict[str, list[Any]] | None = None,
                 load: Callable[[], dict[str, list[Any]]] | None = None, *,
                 count: int | None = None,
                 load_keys: Callable[[], dict[str, list[Any]]] | None = None,
                 newest: Newest | None = None) -> None:
        self._keys = keys
        self._load_keys = load_keys
        self.count = len(keys["id"]) if keys is not None else (count or 0)
        """How many articles the page holds."""
        self.newest = newest
        """Its newest-first summary, if its key columns are not read yet (else None)."""
        self._rows = rows
        self._load = load

    @property
    def keys(self) -> dict[str, list[Any]]:
        """The key columns (``KEY_COLUMNS``), each one value per article, read now if they
        were not yet."""
        if self._keys is None:
            assert self._load_keys is not None
            self._keys = self._load_keys()
            self._load_keys = None
            self.newest = None
        return self._keys

    @property
    def keys_loaded(self) -> bool:
        """Whether the key columns are in memory."""
        return self._keys is not None

    @classmethod
    def of(cls, columns: Mapping[str, list[Any]], interner: Interner | None = None) -> Page:
        """A page from a full set of columns (a column left out is all None)."""
        n = len(columns.get("id") or ())
        full = {name: list(columns.get(name) or [None] * n) for name in COLUMNS}
        if interner is not None:
            for name in SHARED:
                full[name] = interner.column(full[name])
        keys = {"id": full["id"], "tags": full["tags"], "feed": full["feed"],
                "when": [when_of(p, a) for p, a in zip(full["published"], full["added"],
                                                        strict=True)]}
        return cls(keys, {name: full[name] for name in ROW_COLUMNS})

    def __len__(self) -> int:
        return self.count

    @property
    def loaded(self) -> bool:
        """Whether the other columns are in memory."""
        return self._rows is not None

    def rows(self) -> dict[str, list[Any]]:
        """The other columns (``ROW_COLUMNS``), read now if they were not yet."""
        if self._rows is None:
            assert self._load is not None
            self._rows = self._load()
            self._load = None
        return self._rows

    def column(self, name: str) -> list[Any]:
        """One column of the page."""
        if name in KEY_COLUMNS:
            return self.keys[name]
        return self.rows()[name]

    def full(self) -> dict[str, list[Any]]:
        """Every column of the page (``COLUMNS``)."""
        rows, keys = self.rows(), self.keys
        return {name: keys[name] if name in keys else rows[name] for name in COLUMNS}


class Columns(Mapping[str, list[Any]]):
    """The listing's columns over its pages. Asking for a whole column joins it from the
    pages (reading their other columns if it is one of those) once; one value is read
    from its page alone."""

    def __init__(self, pages: Sequence[Page]) -> None:
        self.pages: tuple[Page, ...] = tuple(pages)
        """The pages, in listing order."""
        self.starts: list[int] = []
        """Where each page starts among the positions."""
        total = 0
        for page in self.pages:
            self.starts.append(total)
            total += len(page)
        self.length = total
        """How many articles the pages hold."""
        self._joined: dict[str, list[Any]] = {}

    @classmethod
    def of(cls, columns: Mapping[str, list[Any]]) -> Columns:
        """Columns made from plain lists (one page holding them all)."""
        return cls([Page.of(columns)] if columns.get("id") else [])

    def __getitem__(self, name: str) -> list[Any]:
        joined = self._joined.get(name)
        if joined is None:
            if name not in COLUMNS and name not in KEY_COLUMNS:
                raise KeyError(name)
            if len(self.pages) == 1:
                joined = self.pages[0].column(name)
            else:
                joined = []
                for page in self.pages:
                    joined.extend(page.column(name))
            self._joined[name] = joined
        return joined

    def __iter__(self) -> Iterator[str]:
        return iter(COLUMNS)

    def __len__(self) -> int:
        return len(COLUMNS)

    def page_index(self, i: int) -> int:
        """The index of the page holding position ``i``."""
        if not 0 <= i < self.length:
            raise IndexError(i)
        return bisect.bisect_right(self.starts, i) - 1

    def locate(self, i: int) -> tuple[Page, int]:
        """The page holding position ``i`` and the position within it."""
        p = self.page_index(i)
        return self.pages[p], i - self.starts[p]

    def value(self, name: str, i: int) -> Any:
        """One column's value at position ``i``."""
        joined = self._joined.get(name)
        if joined is not None:
            return joined[i]
        page, j = self.locate(i)
        return page.column(name)[j]


def _order_key(columns: Columns, key: str) -> list[Any]:
    """One sort key per position for a sort order."""
    if key == "published":
        return columns["when"]
    if key in ("title", "source"):
        return [_fold(v) for v in columns[key]]
    if key == "added":
        return [v or "" for v in columns[key]]
    return [v or 0 for v in columns[key]]


class Joined(Sequence[int]):
    """Two sequences of positions one after the other, neither read before it is needed."""

    def __init__(self, first: Sequence[int], second: Sequence[int]) -> None:
        self._first = first
        self._second = second

    def __len__(self) -> int:
        return len(self._first) + len(self._second)

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        n = len(self._first)
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            return [*self._first[start:min(stop, n)],
                    *self._second[max(start - n, 0):max(stop - n, 0)]]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._first[index] if index < n else self._second[index - n]

    def __iter__(self) -> Iterator[int]:
        yield from self._first
        yield from self._second

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        """Where a position is (ValueError if it is not among them)."""
        n = len(self._first)
        for part, offset in ((self._first, 0), (self._second, n)):
            try:
                found = part.index(value) + offset
            except ValueError:
                continue
            if found >= start and (stop is None or found < stop):
                return found
        raise ValueError(value)


class Kept(Sequence[int]):
    """The positions of ``base`` that ``keep`` accepts, listed and counted only when asked
    (a filter over every article, for an order that reads only as far as it must)."""

    def __init__(self, base: range, keep: Callable[[int], bool],
                 listed: Callable[[], list[int]], count: Callable[[], int],
                 keep_id: Callable[[str], bool] | None = None) -> None:
        self.base = base
        """The positions filtered."""
        self.keep = keep
        """Whether a position passes."""
        self.keep_id = keep_id
        """Whether the article of an id passes, when that can be told from its id alone
        (without the whole column of ids; None: it cannot)."""
        self._listed = listed
        self._count = count
        self._items: list[int] | None = None
        self._length: int | None = None

    def items(self) -> list[int]:
        """The positions that pass, in order."""
        if self._items is None:
            self._items = self._listed()
            self._length = len(self._items)
        return self._items

    def __len__(self) -> int:
        if self._length is None:
            self._length = self._count()
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        return self.items()[index]

    def __iter__(self) -> Iterator[int]:
        return iter(self.items())


class Order(Sequence[int]):
    """Positions in sort order, put in order only as far as they are read.

    The list shows its first screen long before a million positions could be sorted:
    the first ``FIRST_SORTED`` (or more, as they are read) are found by one pass over the
    keys (those at or beyond a threshold guessed from a sample), and only those are
    sorted. Since the sort is stable and everything beyond the threshold comes first, the
    prefix is exactly the one sorting every position gives; the whole sort happens only
    when a position far down is read. Positions given as ``Kept`` are filtered only among
    those candidates, and counted only when the length is asked for.

    ``keys`` may be given as a function that makes them, called when they are first
    needed; ``start``, if given, is asked first for a prefix of the order without them
    (``Listing.newest_first``: the first rows of a million without reading every page),
    and returns None when it cannot tell.
    """

    def __init__(self, positions: Sequence[int], keys: Sequence[Any] | Callable[[], Sequence[Any]],
                 descending: bool,
                 start: Callable[[int], list[int] | None] | None = None) -> None:
        self._positions = positions
        self._start = start
        self._keep: Callable[[int], bool] | None = None
        if isinstance(positions, Kept):
            self._all: Sequence[int] = positions.base
            self._keep = positions.keep
        else:
            self._all = positions
        self._key_source = keys
        self._key_values: Sequence[Any] | None = None if callable(keys) else keys
        self._descending = descending
        self._done: list[int] = []
        self._complete = len(self._all) == 0
        self._index: dict[int, int] | None = None

    @property
    def _keys(self) -> Sequence[Any]:
        """The sort key of every position (made when first needed)."""
        if self._key_values is None:
            source = self._key_source
            assert callable(source)
            self._key_values = source()
        return self._key_values

    def __len__(self) -> int:
        if self._complete:
            return len(self._done)
        return len(self._positions)

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            if index.step in (None, 1) and (index.start or 0) >= 0 and \
                    index.stop is not None and index.stop >= 0:
                self._ensure(index.stop)
                return self._done[index]
            start, stop, step = index.indices(len(self))
            if stop > start:
                self._ensure(stop if step > 0 else start + 1)
            return self._done[index]
        if index < 0:
            index += len(self)
        if index < 0:
            raise IndexError(index)
        self._ensure(index + 1)
        if index >= len(self._done):
            raise IndexError(index)
        return self._done[index]

    def __iter__(self) -> Iterator[int]:
        i = 0
        while True:
            if i >= len(self._done):
                if self._complete:
                    return
                self._ensure(len(self._done) + 1)
                if i >= len(self._done):
                    return
            end = len(self._done)
            yield from self._done[i:end]
            i = end

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        """Where a position is in the order (ValueError if it is not among them)."""
        if self._complete:
            if self._index is None:
                self._index = {p: n for n, p in enumerate(self._done)}
            n = self._index.get(value)
            if n is None or n < start or (stop is not None and n >= stop):
                raise ValueError(value)
            return n
        try:
            return self._done.index(value, start, len(self._done) if stop is None else stop)
        except ValueError:
            pass
        rank = self._rank(value)
        if rank is None:
            raise ValueError(value)
        self._ensure(rank + 1)
        return self._done.index(value, start, len(self._done) if stop is None else stop)

    def _rank(self, p: int) -> int | None:
        """Where position ``p`` comes in the whole order, counted without sorting."""
        keep = self._keep
        if isinstance(self._all, range):
            if p not in self._all:
                return None
        elif p not in set(self._all):
            return None
        if keep is not None and not keep(p):
            return None
        keys, kp = self._keys, self._keys[p]
        ahead = 0
        for q in self._all:
            k = keys[q]
            if ((k > kp if self._descending else k < kp) or (k == kp and q < p)) and \
                    (keep is None or keep(q)):
                ahead += 1
        return ahead

    def _ensure(self, count: int) -> None:
        """Sort at least the first ``count`` positions (all of them if need be)."""
        n = len(self._all)
        if self._complete or len(self._done) >= count:
            return
        start, self._start = self._start, None
        if start is not None and not self._done:
            first = start(count)
            if first is not None and len(first) >= count:
                self._done = first
                return
        want = max(count, FIRST_SORTED, 8 * len(self._done))
        if want * 4 >= n:
            self._sort_all()
            return
        keys, all_, keep = self._keys, self._all, self._keep
        sample = sorted((keys[all_[random.randrange(n)]] for _ in range(2000)),
                        reverse=self._descending)
        rank = min(len(sample) - 1, int(len(sample) * want * 2 / n) + 1)
        if isinstance(all_, range) and all_.step == 1:
            values: Sequence[Any] = keys if (all_.start, all_.stop) == (0, len(keys)) \
                else keys[all_.start:all_.stop]
        else:
            values = [keys[p] for p in all_]
        while True:
            threshold = sample[rank]
            test = threshold.__le__ if self._descending else threshold.__ge__
            chosen = list(compress(all_, map(test, values)))
            if keep is not None:
                chosen = [p for p in chosen if keep(p)]
            if len(chosen) >= want or rank == len(sample) - 1 or len(chosen) * 2 >= n:
                break
            rank = min(len(sample) - 1, rank * 2)
        if len(chosen) < count or len(chosen) * 2 >= n:
            self._sort_all()
            return
        chosen.sort(key=keys.__getitem__, reverse=self._descending)
        self._done = chosen

    def _sort_all(self) -> None:
        done = list(self._positions)
        done.sort(key=self._keys.__getitem__, reverse=self._descending)
        self._done = done
        self._complete = True


@dataclass
class Listing:
    """Every article's list fields, as columns over pages, plus the user's state."""

    columns: Columns
    """Field name to one value per article, in storage order (``Columns``; a plain dict
    of lists is taken too)."""
    bookmarked: set[str] = field(default_factory=set)
    """Ids of bookmarked articles."""
    read: set[str] = field(default_factory=set)
    """Ids of articles the user opened."""
    user_tags: dict[str, list[str]] = field(default_factory=dict)
    """Tags the user set, by id; they replace the article's own tags."""
    _found: dict[str, int] = field(default_factory=dict)
    _read_count: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.columns, Columns):
            self.columns = Columns.of(self.columns)

    @classmethod
    def from_pages(cls, pages: Iterable[Mapping[str, list[Any]]], **state: Any) -> Listing:
        """Join stored pages (each a dict of columns) into one listing."""
        interner = Interner()
        return cls(Columns([Page.of(p, interner) for p in pages if p.get("id")]), **state)

    def __len__(self) -> int:
        return self.columns.length

    @property
    def ids(self) -> list[str]:
        """Article ids in storage order."""
        return self.columns["id"]

    def position(self, article_id: str) -> int | None:
        """Where an article sits in the columns, or None."""
        found = self._found.get(article_id)
        if found is not None:
            return found
        try:
            pos = self.ids.index(article_id)
        except ValueError:
            return None
        if len(self._found) > 1000:
            self._found.clear()
        self._found[article_id] = pos
        return pos

    def tags_at(self, i: int) -> list[str]:
        """Tags in effect for the article at position ``i``."""
        c = self.columns
        own = self.user_tags.get(c.value("id", i))
        return list(own) if own is not None else split(c.value("tags", i))

    def row(self, i: int) -> ArticleRow:
        """The article at position ``i`` as a row."""
        page, j = self.columns.locate(i)
        keys, rows = page.keys, page.rows()
        aid = keys["id"][j]
        own = self.user_tags.get(aid)
        row = ArticleRow(
            id=aid, title=rows["title"][j], source=rows["source"][j],
            published=rows["published"][j], added=rows["added"][j],
            tags=list(own) if own is not None else split(keys["tags"][j]),
            bookmarked=aid in self.bookmarked, read=aid in self.read,
            quotes=rows["quotes"][j] or 0, people=split(rows["people"][j]),
        )
        shown = "".join((row.title, row.source or "", row.published or "", row.added or "",
                         *row.tags, *row.people))
        if not shown.isprintable() and visible(shown) is not shown:  # (isprintable: fast)
            row = _visible_row(row)  # a listing edited by hand: its controls shown, not obeyed
        return row

    def read_count(self) -> int:
        """How many of the listed articles are read (kept for this listing)."""
        if self._read_count is None:
            self._read_count = sum(map(self.read.__contains__, self.ids)) if self.read else 0
        return self._read_count

    def all_tags(self) -> dict[str, int]:
        """Every tag in use with the number of articles carrying it."""
        counts: dict[str, int] = {}
        ids, column, user = self.ids, self.columns["tags"], self.user_tags
        for aid, value in zip(ids, column, strict=True):
            own = user.get(aid)
            for tag in (own if own is not None else split(value)):
                counts[tag] = counts.get(tag, 0) + 1
        return counts

    def select(
        self,
        *,
        tag: str | None = None,
        bookmarked: bool = False,
        unread: bool = False,
        search: str | None = None,
        among: Sequence[int] | None = None,
    ) -> list[int]:
        """Positions of the articles that pass every given filter.

        ``search`` matches, case-blind, the title, source, people and tags;
        the body is searched by the library, which holds the text.
        """
        return list(self.selection(tag=tag, bookmarked=bookmarked, unread=unread,
                                   search=search, among=among))

    def selection(
        self,
        *,
        tag: str | None = None,
        bookmarked: bool = False,
        unread: bool = False,
        search: str | None = None,
        among: Sequence[int] | None = None,
    ) -> Sequence[int]:
        """``select``, without making a list of every position when nothing is filtered
        (a ``range`` then)."""
        positions: Sequence[int] = range(len(self)) if among is None else among
        if bookmarked:
            ids = self.ids
            marked = self.bookmarked
            positions = [i for i in positions if ids[i] in marked]
        if unread:
            read = self.read
            if isinstance(positions, range) and positions == range(len(self)):
                every = positions
                columns = self.columns  # the ids are joined only when a position is asked of
                positions = Kept(
                    every, lambda i: columns["id"][i] not in read,
                    lambda: list(compress(every, map(not_, map(read.__contains__,
                                                               columns["id"])))),
                    lambda: len(self) - self.read_count(),
                    keep_id=lambda aid: aid not in read)
            else:
                ids = self.ids
                positions = [i for i in positions if ids[i] not in read]
        if tag is not None:
            positions = self._with_tag(positions, tag.casefold())
        if search:
            positions = self._with_text(positions, search.casefold())
        return positions

    def _with_text(self, positions: Iterable[int], needle: str) -> list[int]:
        """Positions whose title, source, people or tags in effect contain ``needle``
        (casefolded). Sources and tags repeat: each distinct value is looked at once."""
        c = self.columns
        titles, sources, people, tags = c["title"], c["source"], c["people"], c["tags"]
        ids, user = self.ids, self.user_tags
        verdicts: dict[str | None, bool] = {}

        def shared(value: str | None) -> bool:
            verdict = verdicts.get(value)
            if verdict is None:
                verdict = verdicts[value] = needle in _fold(value)
            return verdict

        tagged: dict[str | None, bool] = {}

        def tag_hit(i: int) -> bool:
            own = user.get(ids[i]) if user else None
            if own is not None:
                return any(needle in t.casefold() for t in own)
            value = tags[i]
            verdict = tagged.get(value)
            if verdict is None:
                verdict = tagged[value] = any(needle in t.casefold() for t in split(value))
            return verdict

        return [i for i in positions
                if needle in _fold(titles[i]) or shared(sources[i]) or needle in _fold(people[i])
                or tag_hit(i)]

    def _with_tag(self, positions: Iterable[int], want: str) -> list[int]:
        """Positions whose tags in effect include ``want`` (casefolded)."""
        ids, column, user = self.ids, self.columns["tags"], self.user_tags
        verdicts: dict[str, bool] = {}  # column values repeat: decide each distinct one once
        kept = []
        for i in positions:
            own = user.get(ids[i])
            if own is not None:
                if any(t.casefold() == want for t in own):
                    kept.append(i)
                continue
            value = column[i]
            if value is None:
                continue
            verdict = verdicts.get(value)
            if verdict is None:
                verdict = verdicts[value] = want in value.casefold().split(SEPARATOR)
            if verdict:
                kept.append(i)
        return kept

    def newest_first(self, count: int, keep: Callable[[str], bool] | None = None,
                     loads: int = NEWEST_LOADS) -> list[int] | None:
        """The first positions (``count`` or more) of every article, or of those whose id
        ``keep`` accepts, newest first, found from the sealed pages' summaries (``Newest``)
        and the key columns already read, so the first screen of a million articles does
        not wait for every page. None when that cannot be told without reading more than
        ``loads`` pages' key columns (or any page lacks a summary).

        A page's rows beyond its summary sort no higher than the summary's last key, so
        every row sorting above the highest such key among the pages is known: those rows
        (that pass) are the order's first ones, exactly.
        """
        columns = self.columns
        if "when" in columns._joined:
            return None  # the keys are at hand: the ordinary sort costs less
        pages, starts = columns.pages, columns.starts
        if sum(p.keys_loaded for p in pages) > loads:
            return None  # most keys are read: scanning them here costs more than sorting
        unknown = [p for p in pages if p.newest is None and not p.keys_loaded]
        if len(unknown) > loads:
            return None
        for page in unknown:  # pages without a summary are read whole
            page.keys  # noqa: B018
        loads -= len(unknown)
        while True:
            floor: str | None = None
            lowest: int | None = None  # the summarised page with the highest floor
            for index, page in enumerate(pages):
                newest = page.newest
                if newest is not None and not page.keys_loaded and len(newest.at) < page.count:
                    last = newest.when[-1] if newest.when else None
                    if last is not None and (floor is None or last > floor):
                        floor, lowest = last, index
            found: list[tuple[str, int]] = []
            for index, page in enumerate(pages):
                start = starts[index]
                if page.keys_loaded:
                    keys = page.keys
                    when, ids = keys["when"], keys["id"]
                    found.extend((w, start + j) for j, w in enumerate(when)
                                 if (floor is None or w > floor)
                                 and (keep is None or keep(ids[j])))
                else:
                    newest = page.newest
                    assert newest is not None
                    found.extend((w, start + j) for j, aid, w in
                                 zip(newest.at, newest.ids, newest.when, strict=True)
                                 if (floor is None or w > floor)
                                 and (keep is None or keep(aid)))
            if len(found) >= count or lowest is None:
                break
            if loads <= 0:
                return None
            loads -= 1
            pages[lowest].keys  # noqa: B018 (read that page's key columns: now whole)
        found.sort(key=lambda item: item[1])
        found.sort(key=lambda item: item[0], reverse=True)  # stable: ties keep their places
        return [p for _, p in found]

    def sort(self, positions: list[int], key: str = "published", descending: bool = True) -> None:
        """Sort positions in place by ``key`` (see ``ordered``)."""
        positions[:] = list(self.ordered(positions, key, descending))

    def ordered(self, positions: Sequence[int], key: str = "published",
                descending: bool = True) -> Sequence[int]:
        """The positions in the order of ``key``, put in order as they are read
        (``Order``). By publication date, the articles that have none come last in either
        direction, the most recently added first among them, never first as if published
        when they were added."""
        if key == "published" and descending:
            every = range(len(self))
            whole = positions == every if isinstance(positions, range) else \
                isinstance(positions, Kept) and positions.base == every and \
                positions.keep_id is not None
            if whole:
                keep = positions.keep_id if isinstance(positions, Kept) else None
                return Order(positions, lambda: self.columns["when"], True,
                             start=lambda count: self.newest_first(count, keep))
        keys = _order_key(self.columns, key)
        if key != "published" or descending:
            return Order(positions, keys, descending)
        undated = [p < "\x01" for p in keys] if len(positions) == len(keys) else None
        if undated is not None and isinstance(positions, range) and \
                positions == range(len(keys)):
            late = list(compress(positions, undated))
            if not late:
                return Order(positions, keys, False)
            early = list(compress(positions, [not u for u in undated]))
        else:
            late = [i for i in positions if keys[i] < "\x01"]
            if not late:
                return Order(positions, keys, False)
            early = [i for i in positions if keys[i] >= "\x01"]
        return Joined(Order(early, keys, False), Order(late, keys, True))


def _visible_row(row: ArticleRow) -> ArticleRow:
    """A row with the controls a hand edit put in its text shown as characters."""
    def shown(value: str | None) -> str | None:
        return None if value is None else visible(value)

    return dataclasses.replace(
        row, title=visible(row.title), source=shown(row.source),
        published=shown(row.published), added=visible(row.added),
        tags=[visible(t) for t in row.tags], people=[visible(p) for p in row.people])
