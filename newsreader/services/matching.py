"""Which listed articles a query (``newsreader.news.query_language``) matches.

A query is evaluated over the listing's columns, not row by row: each term gives one
verdict per article (a list of booleans), worked out once per distinct value where a
column repeats (sources, tags, people, feeds are shared strings), and the verdicts are
combined with AND, OR and NOT. So a query costs a few passes over the columns it names
(tens of milliseconds at 1,000,000 articles for the key columns: state, tags, feeds,
dates) and never reads an article's text: free-text terms match the list fields here and
the text by the hits the caller found (``Context.text_hits``, from ``Services.search_texts``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import compress
from operator import and_, not_, or_
from typing import Any

from newsreader.news.query_language import (
    And,
    DateBound,
    Field,
    Flag,
    Node,
    Not,
    Or,
    Quotes,
    Text,
)
from newsreader.store.listing import SEPARATOR, UNDATED, Listing


@dataclass(frozen=True)
class FeedMatch:
    """What ``feed:VALUE`` names: the feeds, and the articles their last fetches held."""

    feeds: frozenset[str] = frozenset()
    """Ids of the feeds the value names."""
    items: frozenset[str] = frozenset()
    """Ids of the articles those feeds held at their last fetch (articles stored before
    the listing kept each article's feed are found by these)."""


@dataclass
class Context:
    """What a query needs besides the listing."""

    today: date
    """What relative dates count from."""
    text_hits: Mapping[str, Collection[str]] = field(default_factory=dict)
    """For each free-text term (casefolded), the ids of the articles whose text holds it
    (a term missing here matches the list fields only)."""
    feeds: Callable[[str], FeedMatch] = lambda value: FeedMatch()
    """The feeds a ``feed:`` value names."""


def matches(listing: Listing, node: Node, context: Context) -> list[bool]:
    """One verdict per listed article, in listing order: whether it matches ``node``."""
    return _Evaluator(listing, context).eval(node)


def select_matching(listing: Listing, node: Node, context: Context,
                    among: Collection[int] | range) -> list[int]:
    """The positions of ``among`` whose article matches ``node``."""
    verdicts = matches(listing, node, context)
    if isinstance(among, range) and among == range(len(listing)):
        return list(compress(among, verdicts))
    return [i for i in among if verdicts[i]]


def _fold(value: str | None) -> str:
    return (value or "").casefold()


class _Evaluator:
    """Verdict lists for the nodes of one query over one listing."""

    def __init__(self, listing: Listing, context: Context) -> None:
        self.listing = listing
        self.context = context
        self.columns = listing.columns
        self.n = len(listing)

    def eval(self, node: Node) -> list[bool]:
        if isinstance(node, And):
            result = self.eval(node.terms[0])
            for term in node.terms[1:]:
                result = list(map(and_, result, self.eval(term)))
            return result
        if isinstance(node, Or):
            result = self.eval(node.terms[0])
            for term in node.terms[1:]:
                result = list(map(or_, result, self.eval(term)))
            return result
        if isinstance(node, Not):
            return list(map(not_, self.eval(node.term)))
        if isinstance(node, Flag):
            return self.flag(node.name)
        if isinstance(node, Quotes):
            test = node.test
            return [test(q or 0) for q in self.columns["quotes"]]
        if isinstance(node, DateBound):
            return self.dates(node)
        if isinstance(node, Field):
            return self.field(node.name, node.value)
        assert isinstance(node, Text)
        return self.text(node.value)

    # -- terms ---------------------------------------------------------------------

    def flag(self, name: str) -> list[bool]:
        ids = self.listing.ids
        if name == "bookmarked":
            return list(map(self.listing.bookmarked.__contains__, ids))
        read = list(map(self.listing.read.__contains__, ids))
        return read if name == "read" else list(map(not_, read))

    def by_value(self, column: str, test: Callable[[Any], bool]) -> list[bool]:
        """``test`` of each article's value in a column, decided once per distinct value."""
        values = self.columns[column]
        verdicts = {value: test(value) for value in set(values)}
        return list(map(verdicts.__getitem__, values))

    def tags(self, test: Callable[[str], bool]) -> list[bool]:
        """Whether any tag in effect (the user's, else the article's own) passes."""
        own = self.by_value("tags", lambda v: bool(v) and any(map(test, v.split(SEPARATOR))))
        user = self.listing.user_tags
        if not user:
            return own
        return [any(map(test, mine)) if (mine := user.get(aid)) is not None else verdict
                for aid, verdict in zip(self.listing.ids, own, strict=True)]

    def field(self, name: str, value: str) -> list[bool]:
        want = value.casefold()
        if name == "tag":
            return self.tags(lambda t: t.casefold() == want)
        if name == "source":
            return self.by_value("source", lambda v: want in _fold(v))
        if name == "person":
            return self.by_value("people", lambda v: want in _fold(v))
        if name == "title":
            return [want in _fold(t) for t in self.columns["title"]]
        assert name == "feed"
        found = self.context.feeds(value)
        by_feed = self.by_value("feed", found.feeds.__contains__)
        if not found.items:
            return by_feed
        items = found.items
        return [b or aid in items for b, aid in zip(by_feed, self.listing.ids, strict=True)]

    def dates(self, node: DateBound) -> list[bool]:
        """Dated by publication, else by when added (as the list's order dates them)."""
        bound = node.day(self.context.today).isoformat()
        since = node.name == "since"

        def test(when: str) -> bool:
            if when.startswith(UNDATED):
                when = when[1:]
            return when >= bound if since else when[:10] < bound

        return [test(w) for w in self.columns["when"]]

    def text(self, value: str) -> list[bool]:
        """As the list's search: the title, source, people or tags hold it (case-blind),
        or the article's text does (by ``Context.text_hits``)."""
        want = value.casefold()
        found = [want in _fold(t) for t in self.columns["title"]]
        for column in ("source", "people"):
            found = list(map(or_, found, self.by_value(column, lambda v: want in _fold(v))))
        found = list(map(or_, found, self.tags(lambda t: want in t.casefold())))
        hits = self.context.text_hits.get(want)
        if hits:
            found = [f or aid in hits for f, aid in zip(found, self.listing.ids, strict=True)]
        return found
