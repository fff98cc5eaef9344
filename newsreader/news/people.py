"""Who is who across articles: the key that makes one person one entry, and finding a
person by what a reader types.

The analysis already resolves short forms within an article (``Lucero`` is Henry Lucero
there, and the quotation's speaker is the full name). Across articles the same full name
is the same person: ``person_key`` is the name with case, accents, dots and spacing
ignored. Different full names are never merged, not even when they share a surname (two
Khans stay two): only the user merges them (``Aliases``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

ORGANISATION_KINDS = frozenset({"organization", "place"})
"""Kinds listed apart from people: organisations and places that speak."""

_NOT_NAME = re.compile(r"[^\w'\- ]+")
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+")


def person_key(name: str) -> str:
    """The key of a name: the same for every spelling of one full name (``Henry Lucero``,
    ``HENRY  LUCERO``, ``Henry Lucéro``), different for different full names. Curly
    apostrophes read as straight ones; dots and other marks go; a leading "the" goes
    (``the agency`` is ``agency``)."""
    text = name.replace("\u2019", "'")
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold()
    text = _NOT_NAME.sub(" ", text.replace(".", ""))
    text = _SPACES.sub(" ", text).strip()
    return _LEADING_THE.sub("", text) or text


def name_words(name: str) -> list[str]:
    """The words of a name's key (``Henry Lucero`` -> [henry, lucero])."""
    return person_key(name).split()


@dataclass(frozen=True)
class Alias:
    """The user's word on one name: shown as ``name``, and counted as ``into`` if set."""

    key: str
    """The key the alias is for."""
    name: str | None = None
    """The name to show instead (a rename), or None."""
    into: str | None = None
    """The key of the person this one is the same as (a merge), or None."""


class Aliases:
    """The user's renames and merges, applied to the keys the analysis gives.

    A merge points one key at another; chains are followed (A into B, B into C: A is C)
    and a loop stops where it would repeat.
    """

    def __init__(self, aliases: Iterable[Alias] = ()) -> None:
        self._by_key: dict[str, Alias] = {a.key: a for a in aliases}

    def __bool__(self) -> bool:
        return bool(self._by_key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Aliases) and other._by_key == self._by_key

    __hash__ = None  # type: ignore[assignment]

    def canonical(self, key: str) -> str:
        """The key a person is counted under after the user's merges."""
        seen = {key}
        while (alias := self._by_key.get(key)) is not None and alias.into \
                and alias.into not in seen:
            key = alias.into
            seen.add(key)
        return key

    def members(self, key: str, known: Iterable[str]) -> set[str]:
        """Every key among ``known`` that counts as ``key``'s person (itself included)."""
        target = self.canonical(key)
        return {k for k in known if self.canonical(k) == target} | {target}

    def name(self, key: str) -> str | None:
        """The name the user gave the person under ``key`` (after merges), or None."""
        alias = self._by_key.get(self.canonical(key))
        return alias.name if alias is not None else None


def best_name(counts: Mapping[str, int]) -> str:
    """The spelling of a name to show: the most used, then the longest, then the first
    in alphabetical order."""
    return min(counts, key=lambda n: (-counts[n], -len(n), n))
