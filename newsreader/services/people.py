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


def people(index: SearchIndex, aliases: Aliases) -> list[PersonEntry]:
    """Everyone quoted or named as a source, one entry each, most quoted first."""
    entries: dict[str, PersonEntry] = {}
    kinds: dict[str, dict[str, int]] = {}
    canonical = aliases.canonical if aliases else None
    for key, kind, quotes, articles, first, last in index.people_summary():
        target = canonical(key) if canonical is not None else key
        entry = entries.get(target)
        if entry is None:
            entry = entries[target] = PersonEntry(target, "", kind or "person", quotes or 0,
                                                  articles or 0, first_seen=first,
                                                  last_seen=last, keys=[key])
            continue
        entry.keys.append(key)  # a merge: add this key's counts
        entry.quotes += quotes or 0
        entry.articles += articles or 0
        by_kind = kinds.setdefault(target, {entry.kind: 0})
        by_kind[kind or "person"] = by_kind.get(kind or "person", 0) + (articles or 0)
        if first and (entry.first_seen is None or first < entry.first_seen):
            entry.first_seen = first
        if last and (entry.last_seen is None or last > entry.last_seen):
            entry.last_seen = last
    spellings: dict[str, dict[str, int]] = {}
    roles: dict[str, dict[str, int]] = {}
    orgs: dict[str, dict[str, int]] = {}
    shorts: dict[str, set[str]] = {}
    for key, name, role, org, short, count in index.names_and_roles():
        target = canonical(key) if canonical is not None else key
        if target not in entries:
            continue
        names = spellings.setdefault(target, {})
        names[name] = names.get(name, 0) + count
        if role:
            found = roles.setdefault(target, {})
            role = " ".join(role.split())
            found[role] = found.get(role, 0) + count
        if org:
            found = orgs.setdefault(target, {})
            org = " ".join(org.split())
            found[org] = found.get(org, 0) + count
        if short:
            shorts.setdefault(target, set()).update(short.split("\n"))
    for target, entry in entries.items():
        names = spellings.get(target) or {target: 1}
        renamed = aliases.name(target) if aliases else None
        entry.name = renamed or (next(iter(names)) if len(names) == 1 else best_name(names))
        if target in kinds:
            entry.kind = best_name(kinds[target])
        if target in roles:
            entry.roles = _ranked(roles[target])
        if target in orgs:
            entry.affiliations = _ranked(orgs[target])
        entry.names = [*names, *sorted(shorts.get(target, ()))]
    return sort_people(list(entries.values()), "quotes")


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


def quotes_of(index: SearchIndex, entry: PersonEntry) -> list[QuoteHit]:
    """Every quotation by a person across the library, newest article first."""
    return index.quotes_of(entry.keys or [entry.key])


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
