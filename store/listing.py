"""The list of articles in memory: columns, not one object per article.

A library of 100,000 articles is listed from columnar pages (one list per field),
which parse an order of magnitude faster than one JSON object per article and
take a fraction of the memory. User state (bookmarks, tags, read) is joined in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsreader.news.cleaning import one_line

COLUMNS: tuple[str, ...] = (
    "id", "title", "source", "published", "added", "quotes", "people", "tags",
)
"""The fields kept per article in the listing, one list each."""

SEPARATOR = "\n"
"""Joins the names in the people and tags columns: one string per article is far smaller
than a list, and names and tags are single lines, so they never contain it."""

_SHARED = ("source", "added", "people", "tags")
"""Columns with many repeated values, kept as one string object per distinct value."""


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


@dataclass
class Listing:
    """Every article's list fields, as parallel columns, plus the user's state."""

    columns: dict[str, list[Any]]
    """Field name to one value per article, in storage order."""
    bookmarked: set[str] = field(default_factory=set)
    """Ids of bookmarked articles."""
    read: set[str] = field(default_factory=set)
    """Ids of articles the user opened."""
    user_tags: dict[str, list[str]] = field(default_factory=dict)
    """Tags the user set, by id; they replace the article's own tags."""
    _positions: dict[str, int] | None = None

    @classmethod
    def from_pages(cls, pages: Iterable[dict[str, list[Any]]], **state: Any) -> Listing:
        """Join stored pages (each a dict of columns) into one listing."""
        columns: dict[str, list[Any]] = {name: [] for name in COLUMNS}
        for page in pages:
            n = len(page.get("id", ()))
            for name in COLUMNS:
                values = page.get(name)
                columns[name].extend(values if values is not None else [None] * n)
        for name in _SHARED:
            seen: dict[str, str] = {}
            columns[name] = [v if v is None else seen.setdefault(v, v) for v in columns[name]]
        return cls(columns, **state)

    def __len__(self) -> int:
        return len(self.columns["id"])

    @property
    def ids(self) -> list[str]:
        """Article ids in storage order."""
        return self.columns["id"]

    def position(self, article_id: str) -> int | None:
        """Where an article sits in the columns, or None."""
        if self._positions is None:
            self._positions = {aid: i for i, aid in enumerate(self.columns["id"])}
        return self._positions.get(article_id)

    def tags_at(self, i: int) -> list[str]:
        """Tags in effect for the article at position ``i``."""
        aid = self.columns["id"][i]
        own = self.user_tags.get(aid)
        return list(own) if own is not None else split(self.columns["tags"][i])

    def row(self, i: int) -> ArticleRow:
        """The article at position ``i`` as a row."""
        c = self.columns
        aid = c["id"][i]
        return ArticleRow(
            id=aid, title=c["title"][i], source=c["source"][i], published=c["published"][i],
            added=c["added"][i], tags=self.tags_at(i), bookmarked=aid in self.bookmarked,
            read=aid in self.read, quotes=c["quotes"][i] or 0, people=split(c["people"][i]),
        )

    def all_tags(self) -> dict[str, int]:
        """Every tag in use with the number of articles carrying it."""
        counts: dict[str, int] = {}
        for i in range(len(self)):
            for tag in self.tags_at(i):
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
        c = self.columns
        ids = c["id"]
        positions: Iterable[int] = range(len(self)) if among is None else among
        if bookmarked:
            positions = [i for i in positions if ids[i] in self.bookmarked]
        if unread:
            positions = [i for i in positions if ids[i] not in self.read]
        if tag is not None:
            positions = self._with_tag(positions, tag.casefold())
        if search:
            needle = search.casefold()
            titles, sources, people = c["title"], c["source"], c["people"]
            positions = [
                i for i in positions
                if needle in _fold(titles[i]) or needle in _fold(sources[i])
                or needle in _fold(people[i])
                or any(needle in t.casefold() for t in self.tags_at(i))
            ]
        return list(positions)

    def _with_tag(self, positions: Iterable[int], want: str) -> list[int]:
        """Positions whose tags in effect include ``want`` (casefolded)."""
        ids, column, user = self.columns["id"], self.columns["tags"], self.user_tags
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

    def sort(self, positions: list[int], key: str = "published", descending: bool = True) -> None:
        """Sort positions in place by ``key``; undated articles count as dated when added."""
        c = self.columns
        if key == "published":
            pub, added = c["published"], c["added"]
            positions.sort(key=lambda i: pub[i] or added[i] or "", reverse=descending)
        elif key in ("title", "source"):
            col = c[key]
            positions.sort(key=lambda i: _fold(col[i]), reverse=descending)
        else:
            col = c[key]
            positions.sort(key=lambda i: col[i] or 0, reverse=descending)
