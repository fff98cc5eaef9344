"""People across the library: one entry per person, from the search index, with the
user's renames and merges applied; and finding one person by what a reader typed.

Per article the analysis gives each person's name, kind, role and quotations; the index
keeps that (``store.search_index``), and here the articles' entries become one entry per
person key (``news.people.person_key``), counted under the key the user's merges point
to. Organisations and places are entries too, of their kind, and listed apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from newsreader.news.people import ORGANISATION_KINDS, Aliases, best_name, person_key
from newsreader.store import aliases as stored_aliases
from newsreader.store.errors import LibraryError
from newsreader.store.library import Library
from newsreader.store.search_index import QuoteHit, SearchIndex

PeopleOrder = Literal["quotes", "recent", "name"]
"""How the people are listed: most quoted, most recently seen, or by name."""


class UnknownPersonError(LibraryError):
    """No one in the library has that name, or several do."""


@dataclass
class PersonEntry:
    """One person (or organisation, or place) across the library."""

    key: str
    """The person's key (after the user's merges)."""
    name: str
    """The name shown: the user's, else the spelling the articles use most."""
    kind: str
    """ "person", "organization" or "place"."""
    quotes: int = 0
    """Quotations attributed to them."""
    articles: int = 0
    """Articles that quote them or name them as a source."""
    roles: list[str] = field(default_factory=list)
    """Roles the articles give them, the most given first."""
    affiliations: list[str] = field(default_factory=list)
    """Organisations the articles give them, the most given first."""
    first_seen: str | None = None
    """The earliest of their articles' dates (publication, else when added; ISO 8601)."""
    last_seen: str | None = None
    """The latest of them."""
    keys: list[str] = field(default_factory=list)
    """Every key counted as this person (more than one after a merge)."""
    names: list[str] = field(default_factory=list)
    """Every spelling of the name the articles use, and the short forms."""
    renamed: bool = False
    """Whether ``name`` is the user's (a rename), not a spelling the articles use."""

    @cached_property
    def haystack(self) -> str:
        """What a search of people looks in: every spelling, role and affiliation."""
        return person_key(" ".join([self.name, *self.names, *self.roles, *self.affiliations]))

    @property
    def is_person(self) -> bool:
        """A person, not an organisation or a place."""
        return self.kind not in ORGANISATION_KINDS

    @property
    def role(self) -> str | None:
        """The role most given, with the affiliation when the role does not name it."""
        role = self.roles[0] if self.roles else None
        org = self.affiliations[0] if self.affiliations else None
        if role and org and org.casefold() not in role.casefold():
            return f"{role}, {org}"
        return role or org

    def to_json(self) -> dict[str, Any]:
        """As plain data (``newsreader people --json``)."""
        return {"name": self.name, "key": self.key, "kind": self.kind,
                "quotes": self.quotes, "articles": self.articles, "role": self.role,
                "roles": self.roles, "affiliations": self.affiliations,
                "first_seen": self.first_seen, "last_seen": self.last_seen,
                "merged": [k for k in self.keys if k != self.key]}


def _ranked(counts: dict[str, int]) -> list[str]:
    """Values, the most counted first (then alphabetically)."""
    return sorted(counts, key=lambda v: (-counts[v], v))


def _added(into: dict[str, int], more: dict[str, int]) -> None:
    for value, count in more.items():
        into[value] = into.get(value, 0) + count


def _merged(target: str, rows: list[list[Any]]) -> list[Any]:
    """The index's rows of the keys a user merged into ``target``, as one row."""
    kinds: dict[str, int] = {}
    names: dict[str, int] = {}
    roles: dict[str, int] = {}
    orgs: dict[str, int] = {}
    shorts: set[str] = set()
    quotes = articles = 0
    first = last = None
    for _key, kind, q, a, f, la, spellings, role, org, short in rows:
        kinds[kind] = kinds.get(kind, 0) + a
        quotes, articles = quotes + q, articles + a
        if f and (first is None or f < first):
            first = f
        if la and (last is None or la > last):
            last = la
        _added(names, spellings)
        _added(roles, role)
        _added(orgs, org)
        shorts.update(short)
    ranked_names = {n: names[n] for n in sorted(names, key=lambda n: (-names[n], -len(n), n))}
    return [target, best_name(kinds), quotes, articles, first, last, ranked_names,
            {r: roles[r] for r in _ranked(roles)}, {o: orgs[o] for o in _ranked(orgs)},
            sorted(shorts)]


def people(index: SearchIndex, aliases: Aliases) -> list[PersonEntry]:
    """Everyone quoted or named as a source, one entry each, most quoted first.

    The index works the counts out per key (and keeps them until it changes); here each
    becomes an entry, the keys the user merged being added up into one."""
    rows = index.people_rows()
    groups: dict[str, list[list[Any]]] = {}
    if aliases:
        for row in rows:
            groups.setdefault(aliases.canonical(row[0]), []).append(row)
    else:
        groups = {row[0]: [row] for row in rows}
    entries = []
    for target, members in groups.items():
        key, kind, quotes, articles, first, last, names, roles, orgs, shorts = \
            members[0] if len(members) == 1 else _merged(target, members)
        renamed = aliases.name(target) if aliases else None
        entries.append(PersonEntry(
            target, renamed or next(iter(names), target), kind, quotes, articles,
            list(roles), list(orgs), first, last, [m[0] for m in members],
            [*names, *shorts] if names else [target, *shorts], renamed is not None))
    return entries


def sort_people(entries: list[PersonEntry], order: PeopleOrder) -> list[PersonEntry]:
    """People in an order: most quoted (then most articles), most recently seen, by name."""
    if order == "recent":
        return sorted(entries, key=lambda e: (e.last_seen or "", e.quotes), reverse=True)
    if order == "name":
        return sorted(entries, key=lambda e: e.key)
    return sorted(entries, key=lambda e: (-e.quotes, -e.articles, e.key))


def search_people(entries: Iterable[PersonEntry], text: str) -> list[PersonEntry]:
    """The entries whose name (any spelling), role or affiliation contains every word of
    ``text`` (case and accents ignored)."""
    words = person_key(text).split()
    if not words:
        return list(entries)
    return [e for e in entries if all(w in e.haystack for w in words)]


def find_person(entries: Iterable[PersonEntry], name: str) -> PersonEntry:
    """The one entry that ``name`` names: the full name, else a short form or surname,
    else the start of each word. UnknownPersonError when none does, or several do at the
    best level (two Khans: both are named, so the reader can say which)."""
    want = person_key(name)
    entries = list(entries)
    exact = [e for e in entries if want == e.key or want in e.keys
             or (e.renamed and person_key(e.name) == want)]  # the other names' keys are
    if len(exact) == 1 and want:                               # among e.keys
        return exact[0]
    typed = want.split()
    best: list[PersonEntry] = []
    level = 0
    for e in entries:
        keys = [*e.keys, e.key]
        if want in keys or person_key(e.name) == want:
            score = 3
        elif level <= 2 and any(k.split()[-len(typed):] == typed and len(k.split()) > len(typed)
                                for k in keys) or any(person_key(s) == want
                                                      for s in e.names if " " not in s):
            score = 2
        elif level <= 1 and typed and any(
                all(any(w.startswith(t) for w in k.split()) for t in typed) for k in keys):
            score = 1
        else:
            continue
        if score > level:
            best, level = [e], score
        elif score == level:
            best.append(e)
    if not best or not want:
        raise UnknownPersonError(f"no one in the library is called {name!r} "
                                 "(newsreader people lists everyone)")
    if len(best) > 1:
        names = ", ".join(sorted(e.name for e in best)[:6])
        raise UnknownPersonError(f"{name!r} could be any of {len(best)} people: {names}; "
                                 "give the full name")
    return best[0]


def quotes_of(index: SearchIndex, entry: PersonEntry, titled: bool = True) -> list[QuoteHit]:
    """Every quotation by a person across the library, newest article first (``titled``:
    see ``SearchIndex.quotes_of``)."""
    return index.quotes_of(entry.keys or [entry.key], titled=titled)


def hit_json(hit: QuoteHit) -> dict[str, Any]:
    """A quotation found, as plain data."""
    return {"article": hit.article_id, "title": hit.title, "source": hit.source,
            "published": hit.published, "index": hit.index, "text": hit.text,
            "speakers": hit.speakers, "verb": hit.verb, "medium": hit.medium,
            "kind": hit.kind, "start": hit.start, "end": hit.end}


def aliases_of(library: Library) -> Aliases:
    """The user's renames and merges."""
    return stored_aliases.aliases(library)


def set_alias(library: Library, key: str, name: str | None = None,
              into: str | None = None) -> None:
    """Rename (``name``) or merge (``into``) the person under ``key``; neither: undo."""
    stored_aliases.set_alias(library, key, name=name, into=into)


def merged_into(library: Library, key: str) -> str | None:
    """The key the user merged ``key`` into, if any."""
    target = aliases_of(library).canonical(key)
    return target if target != key else None
