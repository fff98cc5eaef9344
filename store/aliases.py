"""The user's renames and merges of people, kept in ``people.json`` beside the articles.

One document per name the user changed: ``{"key": …, "name": …, "into": …}`` (see
``news.people.Aliases``). They are the user's, not the analysis's: re-analysing the
library, or rebuilding its search index, leaves them as they are.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from typing import Any

from tinydb.table import Document

from newsreader.news.people import Alias, Aliases
from newsreader.store.library import Library, checked

_PEOPLE = ("people.json", "names")


def alias_problem(doc: Mapping[str, Any]) -> str | None:
    """What is wrong with an alias document, or None."""
    if not isinstance(doc.get("key"), str) or not doc["key"]:
        return "a renamed or merged person without a key"
    for name in ("name", "into"):
        if doc.get(name) is not None and not isinstance(doc[name], str):
            return f"a person's {name} that is not text"
    return None


def _doc_id(key: str) -> int:
    return zlib.crc32(key.encode()) + 1


def aliases(library: Library) -> Aliases:
    """Every rename and merge the user made."""
    docs = checked(library._table(_PEOPLE), alias_problem)
    return Aliases(Alias(d["key"], d.get("name") or None, d.get("into") or None) for d in docs)


def set_alias(library: Library, key: str, name: str | None = None,
              into: str | None = None) -> None:
    """Rename the person under ``key`` (``name``) and/or count them as ``into``'s person;
    both None removes what the user said about ``key``."""
    with library.writing():
        table = library._table(_PEOPLE)
        docs = {d["key"]: d for d in checked(table, alias_problem)}
        old = docs.get(key)
        if name is None and into is None:
            if old is not None:
                table.remove(doc_ids=[old.doc_id])
            return
        doc = {"key": key, "name": name, "into": into}
        if old is not None:
            table.update(doc, doc_ids=[old.doc_id])
        else:
            did = _doc_id(key)
            while table.contains(doc_id=did):
                did += 1
            table.insert(Document(doc, doc_id=did))
