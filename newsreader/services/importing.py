"""Importing files into a library: plain-text articles, saved web pages, feed files, and
newsreader's own export."""

from __future__ import annotations

import json
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsreader.news.article import Article
from newsreader.news.feeds import FEED_SUFFIXES, read_feed_file
from newsreader.news.files import MAX_BYTES, Rejected, read_article, read_text
from newsreader.news.webpage import HTML_SUFFIXES, read_html_file
from newsreader.services.analysis import Analyser, Job
from newsreader.services.exporting import (
    EXPORT_FORMAT,
    ExportedFeed,
    articles_from_export,
    feeds_from_export,
)
from newsreader.services.identity import Identities, as_id, keyed
from newsreader.store.feeds import Subscriptions
from newsreader.store.library import Library
from newsreader.store.records import StoredArticle
from newsreader.store.storage import json_problem

BATCH = 200
"""Articles written per hold of the library's lock."""
EXPORT_MAX_BYTES = 4 << 30
"""The largest export file import reads."""


@dataclass
class ImportReport:
    """What an import did, file by file."""

    imported: list[tuple[str, str, str]] = field(default_factory=list)
    """(path, id, title) of each new article."""
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)
    """(path, id, title) of each article already in the library."""
    rejected: list[tuple[str, str]] = field(default_factory=list)
    """(path, reason) of each file that could not be imported."""
    subscribed: list[tuple[str, str, str]] = field(default_factory=list)
    """(path, feed id, address) of each subscription an export brought that was new."""

    def to_json(self) -> dict[str, Any]:
        """The report as plain data."""
        return {
            "imported": [{"path": p, "id": i, "title": t} for p, i, t in self.imported],
            "duplicates": [{"path": p, "id": i, "title": t} for p, i, t in self.duplicates],
            "rejected": [{"path": p, "reason": r} for p, r in self.rejected],
            "subscribed": [{"path": p, "id": i, "url": u} for p, i, u in self.subscribed],
        }


def walk(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Files to import from files and folders (recursively, hidden entries skipped).

    Yields (path, None) for a file, (path, reason) for a path that cannot be used.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(".") for part in rel):
                    yield child, None
        elif path.is_file():
            yield path, None
        elif path.exists():
            yield path, "not a regular file"
        else:
            yield path, "no such file or folder"


def _is_export(path: Path, text: str) -> bool:
    return path.suffix.lower() == ".json" and f'"{EXPORT_FORMAT}"' in text[:200]


@dataclass
class _Entry:
    """One article read from a file, or (``article`` None) the end of a file."""

    number: int
    """The file's place in the import, from 1."""
    path: Path
    article: Article | None = None
    added: str | None = None
    """When it was added, for an article from an export."""
    state: dict[str, Any] | None = None
    """User state, for an article from an export."""
    problem: str | None = None
    """Why the file (the rest of it, after the articles read) was rejected."""


def _entries(files: list[tuple[Path, str | None]], max_bytes: int,
             feeds: list[tuple[str, ExportedFeed]]) -> Iterator[_Entry]:
    """Every article of every file, in order, each file followed by its end; the
    subscriptions of an export are added to ``feeds`` (with the file's path)."""
    for n, (path, problem) in enumerate(files, start=1):
        if not problem:
            try:
                for article, added, state in _read_any(path, max_bytes, feeds):
                    yield _Entry(n, path, article, added, state)
            except Rejected as err:
                problem = str(err)
        yield _Entry(n, path, problem=problem)


def _job_of(entry: _Entry) -> Job | None:
    return (entry.article, entry.added) if entry.article else None


def _keyed(entries: Iterator[_Entry]) -> Iterator[_Entry]:
    """Each article keyed by its canonical link where its link is all its origin gives
    (see ``identity.keyed``)."""
    for entry in entries:
        if entry.article is not None:
            entry.article = keyed(entry.article)
        yield entry


@contextmanager
def _interrupt_after() -> Iterator[None]:
    """Ctrl+C during the block is raised when the block ends, so a write to the library and
    the report of what it stored are never parted (the main thread only: signals are
    delivered there)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    before = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, lambda number, _frame: caught.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before if before is not None
                      else signal.default_int_handler)
        if caught:
            raise KeyboardInterrupt


def import_paths(
    library: Library,
    paths: Iterable[str | Path],
    progress: Callable[[int, int], None] | None = None,
    max_bytes: int = MAX_BYTES,
    report: ImportReport | None = None,
) -> ImportReport:
    """Import every file under ``paths``; a bad file is reported and the rest go on.

    Files are read and stored in order, ``BATCH`` articles or more per write; their
    articles are analysed a little ahead of that, in worker processes when there are
    many (see :class:`Analyser`). ``report``, when given, is filled as the import goes:
    if it is interrupted (Ctrl+C), it holds what was stored.
    """
    files = list(walk(paths))
    report = report if report is not None else ImportReport()
    pending: list[tuple[str, StoredArticle]] = []
    states: dict[str, dict[str, Any]] = {}
    feeds: list[tuple[str, ExportedFeed]] = []
    identities = Identities(library)

    def flush() -> None:
        if not pending:
            return
        with _interrupt_after():  # what is written is in the report
            added, _ = library.add(a for _, a in pending)
            fresh = set(added)
            for path, art in pending:
                entry = (path, art.id, art.title)
                if art.id in fresh:
                    report.imported.append(entry)
                    fresh.discard(art.id)
                else:
                    report.duplicates.append(entry)
        for aid in added:
            identities.stored(aid)
        pending.clear()

    with Analyser() as analyser:
        for entry, art in analyser.records(_keyed(_entries(files, max_bytes, feeds)),
                                           _job_of):
            if art is not None:
                assert entry.article is not None
                as_id(art, identities.id_of(entry.article))  # one article, however it came
                if entry.state:
                    states[art.id] = entry.state
                    art.feed = entry.state.get("feed")
                pending.append((str(entry.path), art))
                continue
            if entry.problem:
                report.rejected.append((str(entry.path), entry.problem))
            if len(pending) >= BATCH:
                flush()
            if progress:
                progress(entry.number, len(files))
    flush()
    if states:
        library.apply_state(states)
    if feeds:
        subscribed = Subscriptions(library).add_many(
            (f.url, f.tags, f.full, f.title, f.site) for _, f in feeds)
        report.subscribed.extend((path, feed.id, feed.url) for (path, _), (feed, created)
                                 in zip(feeds, subscribed, strict=True) if created)
    return report


def _read_any(path: Path, max_bytes: int, feeds: list[tuple[str, ExportedFeed]]
              ) -> Iterator[tuple[Article, str | None, dict[str, Any] | None]]:
    """The articles in one file, with when they were added and user state when the file
    is an export (whose subscriptions are added to ``feeds``)."""
    if path.suffix.lower() == ".json":
        text = read_text(path, max_bytes=EXPORT_MAX_BYTES)
        if not _is_export(path, text):
            raise Rejected("JSON, but not a newsreader export")
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as err:
            raise Rejected(f"broken export: {json_problem(err)}") from None
        exported = feeds_from_export(data)
        yield from articles_from_export(data)
        feeds.extend((str(path), feed) for feed in exported)
        return
    if path.suffix.lower() in HTML_SUFFIXES:
        yield read_html_file(path), None, None
        return
    if path.suffix.lower() in FEED_SUFFIXES:
        for item in read_feed_file(path):
            yield item, None, None
        return
    yield read_article(path, max_bytes), None, None
