"""What the library keeps for syncing with a feed server: ``sync.json``.

One document, written like every library file (atomically, under the write lock, re-read
first):

    account     which account (server and user) the rest belongs to
    last_sync   when the last sync finished (ISO time), or null
    since       the newest server article id seen (the next sync asks for newer ones)
    links       article id -> {"remote": the server's id,
                               "base": the marks both sides agreed on at the last sync:
                                       {"read": bool, "starred": bool, "labels": [...]}}
    queue       local changes not yet on the server, oldest first:
                {"article", "field" ("read", "starred" or "tag:NAME"), "value", "at"}
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from newsreader.store.errors import CorruptLibraryError
from newsreader.store.library import Library, _cached
from newsreader.store.records import now_iso

_SYNC = ("sync.json", "sync")
_DOC = 1


@dataclass
class Base:
    """The marks both sides agreed on for one article at the last sync."""

    read: bool
    starred: bool
    labels: frozenset[str] = frozenset()

    def to_doc(self) -> dict[str, Any]:
        return {"read": self.read, "starred": self.starred, "labels": sorted(self.labels)}


@dataclass
class Link:
    """A library article that is also an article on the server."""

    remote: str
    """The server's id."""
    base: Base


@dataclass(frozen=True)
class Change:
    """A mark changed here, waiting to go to the server."""

    article: str
    field: str
    """"read", "starred", or "tag:NAME"."""
    value: bool
    at: str
    """When it was made (ISO time, UTC)."""


@dataclass
class SyncRecord:
    """The whole of ``sync.json``."""

    account: str | None = None
    last_sync: str | None = None
    since: str | None = None
    links: dict[str, Link] = field(default_factory=dict)
    queue: list[Change] = field(default_factory=list)


def _problem(doc: Any) -> str | None:
    if not isinstance(doc, dict):
        return "the sync state is not an object"
    if not isinstance(doc.get("links", {}), dict) or not isinstance(doc.get("queue", []), list):
        return "the sync state's links or queue are of the wrong shape"
    return None


def _from_doc(doc: dict[str, Any]) -> SyncRecord:
    links = {}
    for aid, value in doc.get("links", {}).items():
        base = value["base"]
        links[aid] = Link(str(value["remote"]),
                          Base(bool(base["read"]), bool(base["starred"]),
                               frozenset(str(t) for t in base.get("labels", ()))))
    queue = [Change(str(c["article"]), str(c["field"]), bool(c["value"]), str(c["at"]))
             for c in doc.get("queue", [])]
    return SyncRecord(doc.get("account"), doc.get("last_sync"), doc.get("since"), links, queue)


def _to_doc(record: SyncRecord) -> dict[str, Any]:
    return {
        "account": record.account, "last_sync": record.last_sync, "since": record.since,
        "links": {aid: {"remote": link.remote, "base": link.base.to_doc()}
                  for aid, link in record.links.items()},
        "queue": [{"article": c.article, "field": c.field, "value": c.value, "at": c.at}
                  for c in record.queue],
    }


class SyncState:
    """The library's sync state (see the module's docstring)."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def exists(self) -> bool:
        """Whether the library was ever synced (a cheap test: no file, no sync)."""
        return (self.library.root / _SYNC[0]).exists()

    def read(self) -> SyncRecord:
        """The state as it is on disk."""
        if not self.exists():
            return SyncRecord()
        table = self.library._table(_SYNC)
        doc = table.get(doc_id=_DOC)
        if doc is None:
            return SyncRecord()
        problem = _problem(doc)
        if problem is None:
            try:
                return _from_doc(dict(doc))
            except (KeyError, TypeError, ValueError, AttributeError):
                problem = "a link or change of the sync state is of the wrong shape"
        raise CorruptLibraryError(_cached(table).path, problem)

    def write(self, record: SyncRecord) -> None:
        """Replace the state (call inside ``library.writing()``)."""
        table = self.library._table(_SYNC)
        if table.contains(doc_id=_DOC):
            table.remove(doc_ids=[_DOC])
        from tinydb.table import Document

        table.insert(Document(_to_doc(record), doc_id=_DOC))

    def record_changes(self, article_ids: Iterable[str], what: str, value: bool) -> int:
        """Queue a change of mark on those of the articles that are on the server;
        returns how many were queued."""
        if not self.exists():
            return 0
        wanted = list(article_ids)
        with self.library.writing():
            record = self.read()
            at = now_iso()
            queued = [Change(aid, what, value, at) for aid in wanted if aid in record.links]
            if queued:
                record.queue.extend(queued)
                self.write(record)
        return len(queued)
