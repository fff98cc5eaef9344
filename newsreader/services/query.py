"""The list query: which articles the list shows, and in what order.

One implementation for both faces: ``newsreader list --tag T --unread --search X --query Q
--sort K --reverse`` and the list screen's filters, search box and sort keys build the same
ListQuery. ``query`` is the query language (``newsreader.news.query_language``), evaluated
by ``newsreader.services.matching``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache
from typing import Literal, overload

from newsreader.news.query_language import Node, feed_term, parse
from newsreader.services.matching import Context, select_matching
from newsreader.store.feeds import Feed
from newsreader.store.listing import ArticleRow, Listing

SortKey = Literal["published", "added", "title", "source", "quotes"]
"""What the list can be sorted by."""


@dataclass(frozen=True)
class SortOrder:
    """One sort key with its natural direction and how each direction is called."""

    key: SortKey
    """The field sorted on."""
    descending: bool
    """Its natural direction (newest, most quoted first; titles A-Z)."""
    label: str
    """The natural direction in words."""
    reverse_label: str
    """The other direction in words."""


SORT_ORDERS: tuple[SortOrder, ...] = (
    SortOrder("published", True, "newest first", "oldest first"),
    SortOrder("added", True, "recently added", "added longest ago"),
    SortOrder("title", False, "title A-Z", "title Z-A"),
    SortOrder("source", False, "source A-Z", "source Z-A"),
    SortOrder("quotes", True, "most quoted", "least quoted"),
)
"""Every sort key, in the order the list's sort key cycles through them."""

SORT_KEYS: tuple[SortKey, ...] = tuple(order.key for order in SORT_ORDERS)
"""The sort keys by name (the command line's choices)."""


def sort_order(key: SortKey) -> SortOrder:
    """The SortOrder of a key."""
    return next(order for order in SORT_ORDERS if order.key == key)


@dataclass(frozen=True)
class ListQuery:
    """Filters, search and order: what the list shows."""

    tag: str | None = None
    """Only articles with this tag (case-blind)."""
    bookmarked: bool = False
    """Only bookmarked articles."""
    unread: bool = False
    """Only unread articles."""
    search: str = ""
    """Only articles whose title, source, people, tags or text contain this (case-blind)."""
    source: str | None = None
    """Only articles from this source (its name, case-blind: a feed's articles carry its
    title as their source)."""
    query: str = ""
    """Only articles the query matches (the query language; "" for none)."""
    sort: SortKey = "published"
    """The sort key."""
    reverse: bool = False
    """Whether the key's natural direction is flipped."""

    @property
    def descending(self) -> bool:
        """Whether the order is descending."""
        return sort_order(self.sort).descending != self.reverse

    @property
    def filtered(self) -> bool:
        """Whether any filter or search narrows the list."""
        return bool(self.tag or self.bookmarked or self.unread or self.search
                    or self.source or self.query.strip())

    @property
    def uses_state(self) -> bool:
        """Whether the user's state (bookmarks, tags, read) decides what is shown."""
        return self.bookmarked or self.unread or self.tag is not None or bool(self.query)

    @classmethod
    def of_feed(cls, feed_id: str) -> ListQuery:
        """The articles one feed brought (the query ``feed:ID``)."""
        return cls(query=feed_query(feed_id))

    def node(self, today: date | None = None) -> Node | None:
        """The query's tree (None when there is none); QueryError if it cannot be read."""
        return parsed(self.query, today or date.today())

    def next_sort(self) -> ListQuery:
        """The query sorted by the next key, in its natural direction."""
        index = SORT_KEYS.index(self.sort)
        return replace(self, sort=SORT_KEYS[(index + 1) % len(SORT_KEYS)], reverse=False)

    def describe(self) -> str:
        """The filters and order in a few words ("tag: x · unread only · newest first")."""
        parts = []
        if self.source:
            parts.append(f"source: {self.source}")
        if self.tag:
            parts.append(f"tag: {self.tag}")
        if self.bookmarked:
            parts.append("★ only")
        if self.unread:
            parts.append("unread only")
        order = sort_order(self.sort)
        parts.append(order.reverse_label if self.reverse else order.label)
        return " · ".join(parts)


def feed_query(feed_id: str) -> str:
    """The query text for one feed's articles, by the feed's id."""
    return str(feed_term(feed_id))


@lru_cache(maxsize=64)
def parsed(text: str, today: date) -> Node | None:
    """A query's tree, parsed once per text (and day: relative dates are checked)."""
    return parse(text, today)


def select(listing: Listing, query: ListQuery, text_matches: Collection[str],
           context: Context | None = None) -> Sequence[int]:
    """Positions of the listing's articles that the query shows, in its order.

    The search matches the list fields here and the article text by ``text_matches``
    (the ids whose text contains it, found by the library); the query is evaluated with
    ``context`` (its free-text terms' hits in the text, its feeds, today). The order is
    worked out as far as it is read (``Order``): the first screen of a million articles
    costs one pass over their sort keys. Sorted by publication date, the articles that
    have none come last in either direction (the most recently added first among them).
    """
    positions = listing.selection(tag=query.tag, bookmarked=query.bookmarked,
                                  unread=query.unread)
    if query.source:
        want = fold_source(query.source)
        sources = listing.columns["source"]
        positions = [i for i in positions if sources[i] is not None
                     and fold_source(sources[i]) == want]
    if query.search:  # the text's matches first: only the rest are scanned by field
        ids = listing.ids
        in_text = [ids[i] in text_matches for i in positions]
        by_fields = set(listing.select(
            search=query.search, among=[i for i, hit in zip(positions, in_text,
                                                            strict=True) if not hit]))
        positions = [i for i, hit in zip(positions, in_text, strict=True)
                     if hit or i in by_fields]
    context = context or Context(date.today())
    node = query.node(context.today)
    if node is not None:
        positions = select_matching(listing, node, context, positions)
    return listing.ordered(positions, query.sort, descending=query.descending)


class ArticleRows(Sequence[ArticleRow]):
    """The rows a query selected, built one at a time as they are read (a list of
    1,000,000 articles costs what the rows on screen do)."""

    def __init__(self, listing: Listing, positions: Sequence[int]) -> None:
        self._listing = listing
        self._positions = positions

    def __len__(self) -> int:
        return len(self._positions)

    @overload
    def __getitem__(self, index: int) -> ArticleRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[ArticleRow]: ...

    def __getitem__(self, index: int | slice) -> ArticleRow | list[ArticleRow]:
        if isinstance(index, slice):
            return [self._listing.row(p) for p in self._positions[index]]
        return self._listing.row(self._positions[index])

    def __iter__(self) -> Iterator[ArticleRow]:
        return (self._listing.row(p) for p in self._positions)

    def ids(self) -> list[str]:
        """The ids of every row, in order (no row is built)."""
        ids = self._listing.ids
        return [ids[p] for p in self._positions]

    def index_of(self, article_id: str) -> int | None:
        """Where an article is among the rows, or None."""
        pos = self._listing.position(article_id)
        try:
            return None if pos is None else self._positions.index(pos)
        except ValueError:
            return None

    def step(self, article_id: str, forward: bool = True,
             read: Collection[str] | None = None) -> str | None:
        """The article after (or before) ``article_id`` among the rows, or None at the end.

        With ``read`` (the ids read now), the next article not among them, going round past
        the end (from the top when ``article_id`` is not among the rows); None when every
        other row is read.
        """
        count = len(self)
        index = self.index_of(article_id)
        if read is None:
            if index is None:
                return None
            index += 1 if forward else -1
            return self._listing.ids[self._positions[index]] if 0 <= index < count else None
        ids = self._listing.ids
        start = index if index is not None else (-1 if forward else count)
        for n in range(1, count + 1):
            i = (start + n if forward else start - n) % count
            if i == index:
                return None
            candidate = ids[self._positions[i]]
            if candidate not in read:
                return candidate
        return None

    @property
    def total(self) -> int:
        """Articles in the library."""
        return len(self._listing)

    @cached_property
    def unread(self) -> int:
        """Unread articles in the library."""
        return self.total - self._listing.read_count()

    @property
    def bookmarked(self) -> int:
        """Bookmarked articles in the library."""
        return len(self._listing.bookmarked)


@dataclass(frozen=True)
class SourceCount:
    """One source's articles in the library."""

    name: str
    """The source as its articles spell it (the first spelling met)."""
    total: int
    """Its articles."""
    unread: int
    """Those not read yet."""


def fold_source(name: str) -> str:
    """A source's name as sources are compared: spaces collapsed, case-blind."""
    return " ".join(name.split()).casefold()


def feed_counts(listing: Listing, feeds: Sequence[Feed],
                items: Mapping[str, Collection[str]]) -> dict[str, SourceCount]:
    """Each feed's article and unread counts, by feed id, in one pass over the listing:
    the articles ``feed:ID`` shows (those it brought, and those its last fetch held:
    ``items``, feed id to article ids, finds articles stored before the listing kept
    their feed)."""
    totals = {f.id: [0, 0] for f in feeds}
    held: dict[str, list[str]] = {}
    for fid, ids in items.items():
        for aid in ids:
            held.setdefault(aid, []).append(fid)
    read = listing.read
    for aid, feed in zip(listing.ids, listing.columns["feed"], strict=True):
        owners = held.get(aid)
        if owners is None:
            if feed not in totals:
                continue
            owners = [feed]
        elif feed in totals and feed not in owners:
            owners = [feed, *owners]
        unread = aid not in read
        for fid in owners:
            if fid in totals:
                counts = totals[fid]
                counts[0] += 1
                counts[1] += unread
    return {f.id: SourceCount(f.name, *totals[f.id]) for f in feeds}


def source_counts(listing: Listing) -> dict[str, SourceCount]:
    """Every source with its article and unread counts, by its name casefolded (spaces
    collapsed), in one pass over the listing."""
    totals: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    read = listing.read
    seen: dict[str, str] = {}  # a source column's values repeat: fold each once
    for aid, source in zip(listing.ids, listing.columns["source"], strict=True):
        if not source:
            continue
        key = seen.get(source)
        if key is None:
            key = seen[source] = fold_source(source)
            names.setdefault(key, " ".join(source.split()))
        counts = totals.setdefault(key, [0, 0])
        counts[0] += 1
        if aid not in read:
            counts[1] += 1
    return {k: SourceCount(names[k], t, u) for k, (t, u) in totals.items()}
