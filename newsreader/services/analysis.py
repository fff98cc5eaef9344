"""Analysis as a service: articles analysed on their way into the library, and again after
an upgrade of the analyser.

Many articles at once (an import, a big fetch, ``reanalyze``) are analysed in worker
processes, one per core, by one implementation: :class:`Analyser`. The analyser is pure,
so a worker is sent articles in chunks and sends back what ``prepare`` makes of each (the
record to store, analysis and content fingerprint included) or, for ``reanalyze``, the
stored form of each text's analysis; results are handed back in the order the articles
went in, so what is stored, and in which batches, is exactly what analysing them one by
one in-process gives. A small job (``add URL``, a small fetch) never starts a pool.
Workers are started with the "forkserver" method, which is safe from a thread (the app
fetches on one) where fork is not; they never load Textual and leave Ctrl+C to the
parent, which stops them. Should a worker die, or the pool fail to start, the rest is
analysed in-process: slower, never lost.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from newsreader.news.analysis import ANALYSER_VERSION, Analysis, analyse, analyse_article
from newsreader.news.article import Article
from newsreader.news.files import read_text
from newsreader.news.plaintext import NotAnArticle, parse_plaintext
from newsreader.store.library import Library
from newsreader.store.records import StoredArticle

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")

Text = tuple[str, str, datetime | None, str | None]
"""What the analyser reads: an article's title, its text, its publication time and its
source (who issued it: ``the department said`` may mean them)."""
Stored = dict[str, Any]
"""An analysis in its stored form (``Analysis.to_dict()``)."""
Job = tuple[Article, str | None]
"""An article to analyse into a record, and when it was added (None: now)."""

P = TypeVar("P")
R = TypeVar("R")

REANALYSE_BATCH = 500
"""Articles re-analysed per write to the library."""

WORKERS: int | None = None
"""Worker processes for many articles: None for one per core, 1 to analyse in-process."""
PARALLEL_CHARS = 500_000
"""Characters of text (about 60 articles of 8 KB) below which a job is analysed
in-process. Measured on 2 cores (bench/imports.py articles, fresh process, so the fork
server starts too): 50 articles (420 KB) import in 0.32 s either way, 100 take 0.56 s
in-process and 0.48 s with the pool, 200 take 1.13 s and 0.88 s."""
CHUNK_CHARS = 100_000
"""Characters of text sent to a worker at a time (about 35 ms of work)..."""
CHUNK_TEXTS = 64
"""...or at most this many texts, so short articles still travel in bunches."""
IN_FLIGHT = 16
"""Chunks kept in flight per worker (about 0.5 s of work), so the workers go on while
the caller writes a batch to the library..."""
IN_FLIGHT_CHARS = 32_000_000
"""...but no more than this much text in all (with many cores), at least two chunks a
worker."""
START_METHOD = "forkserver"
"""How workers start: forked from a clean server process, so starting them from a thread
is safe (fork from a threaded process is not) and each starts without paying Python's
start-up and imports again."""
_PRELOAD = ["newsreader.services.analysis"]
"""Imported once by the fork server, so every worker starts with the analyser loaded."""


def cores() -> int:
    """How many cores this process may run on."""
    count = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if count is not None:
        return int(count() or 1)
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def analyse_text(text: Text) -> Stored:
    """The stored form of one article's analysis (title and text)."""
    return analyse_article(*text).to_dict()


def prepare(article: Article, added: str | None = None) -> StoredArticle:
    """The record to store for an article, analysed."""
    return StoredArticle.from_article(
        article, analysis=analyse_article(article.title, article.body, article.published,
                                          article.source),
        added=added)


def _prepare_job(job: Job) -> StoredArticle:
    return prepare(job[0], job[1])


def _job_chars(job: Job) -> int:
    return len(job[0].title) + len(job[0].body)


def _text_chars(text: Text) -> int:
    return len(text[0]) + len(text[1])


# What a worker does with one chunk: module-level, so they travel by name.

def _work_texts(texts: list[Text]) -> list[Stored]:
    return [analyse_text(t) for t in texts]


def _work_jobs(jobs: list[Job]) -> list[StoredArticle]:
    return [_prepare_job(j) for j in jobs]


def _worker_started() -> None:
    """In each worker: Ctrl+C is for the parent, which stops the workers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Source(Iterator[T]):
    """An iterator that keeps an error its source raised, for after what came before it."""

    def __init__(self, items: Iterable[T]) -> None:
        self._items = iter(items)
        self.error: Exception | None = None

    def __next__(self) -> T:
        if self.error is not None:
            raise StopIteration
        try:
            return next(self._items)
        except StopIteration:
            raise
        except Exception as err:
            self.error = err
            raise StopIteration from None


class Analyser:
    """Analyses many articles, in worker processes when there are enough of them.

    Use it as a context manager; the pool, started only when a job is big enough, lives
    until ``close`` (so the feeds of one fetch share it) and is stopped there, children
    included, however the block is left. Belongs to one thread.
    """

    def __init__(self, workers: int | None = None) -> None:
        wanted = workers if workers is not None else WORKERS
        self.workers = max(1, wanted if wanted is not None else cores())
        """How many worker processes it may start (1: everything in-process)."""
        self.fell_back = False
        """Whether the pool failed and work it was given was done in-process instead."""
        self._pool: ProcessPoolExecutor | None = None
        self._broken = False

    def __enter__(self) -> Analyser:
        return self

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def running(self) -> bool:
        """Whether a pool of workers is up."""
        return self._pool is not None and not self._broken

    def start(self) -> bool:
        """Start the pool now (it starts by itself when a job is big enough); returns
        whether it is up."""
        if self._pool is None and not self._broken and self.workers > 1:
            import multiprocessing  # here, not for every command: only a big job needs them
            from concurrent.futures import ProcessPoolExecutor

            try:
                context = multiprocessing.get_context(START_METHOD)
                if START_METHOD == "forkserver":
                    context.set_forkserver_preload(_PRELOAD)
                self._pool = ProcessPoolExecutor(self.workers, mp_context=context,
                                                 initializer=_worker_started)
            except (OSError, ValueError, ImportError, NotImplementedError):
                self._broken = self.fell_back = True
        return self.running

    def close(self) -> None:
        """Stop the workers (each finishes the chunk it is on: tens of milliseconds)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def records(self, items: Iterable[T],
                job_of: Callable[[T], Job | None]) -> Iterator[tuple[T, StoredArticle | None]]:
        """Each item with the record ``prepare`` makes of its article, in the order given.

        ``job_of`` gives an item's article and when it was added, or None for an item
        that is only passed along in its place (the end of a file, for an import). Items
        are read as they are needed, a few chunks ahead of what has been handed back; an
        error raised while reading them is raised once every item read before it has
        been handed back.
        """
        return self._map(items, job_of, _job_chars, _work_jobs, _prepare_job)

    def analyses(self, items: Iterable[T],
                 text_of: Callable[[T], Text | None]) -> Iterator[tuple[T, Stored | None]]:
        """Each item with the stored form of its text's analysis, in the order given;
        as ``records`` otherwise."""
        return self._map(items, text_of, _text_chars, _work_texts, analyse_text)

    def _map(self, items: Iterable[T], payload_of: Callable[[T], P | None],
             size: Callable[[P], int], work: Callable[[list[P]], list[R]],
             here: Callable[[P], R]) -> Iterator[tuple[T, R | None]]:
        source = _Source(items)
        head: list[T] = []
        if not self.running and not self._broken and self.workers > 1:
            chars = 0
            for item in source:
                head.append(item)
                payload = payload_of(item)
                chars += size(payload) if payload is not None else 0
                if chars >= PARALLEL_CHARS:
                    self.start()
                    break
        rest = _chain(head, source)
        if self.running:
            yield from self._parallel(rest, payload_of, size, work, here)
        else:
            for item in rest:
                payload = payload_of(item)
                yield item, here(payload) if payload is not None else None
        if source.error is not None:
            raise source.error

    def _parallel(self, items: Iterable[T], payload_of: Callable[[T], P | None],
                  size: Callable[[P], int], work: Callable[[list[P]], list[R]],
                  here: Callable[[P], R]) -> Iterator[tuple[T, R | None]]:
        window: deque[tuple[list[tuple[T, P | None]], Future[list[R]] | None]] = deque()
        depth = max(2 * self.workers,
                    min(self.workers * IN_FLIGHT, IN_FLIGHT_CHARS // CHUNK_CHARS))
        for chunk in _chunks(items, payload_of, size):
            window.append((chunk, self._submit(work, [p for _, p in chunk if p is not None])))
            if len(window) >= depth:
                yield from self._finish(*window.popleft(), here)
        while window:
            yield from self._finish(*window.popleft(), here)

    def _submit(self, work: Callable[[list[P]], list[R]],
                payloads: list[P]) -> Future[list[R]] | None:
        if not payloads or self._pool is None or self._broken:
            return None
        try:
            return self._pool.submit(work, payloads)
        except Exception:  # a broken or stopped pool: this chunk is done in-process
            self._fail(broken=True)
            return None

    def _finish(self, chunk: list[tuple[T, P | None]], future: Future[list[R]] | None,
                here: Callable[[P], R]) -> Iterator[tuple[T, R | None]]:
        payloads = [p for _, p in chunk if p is not None]
        from concurrent.futures import BrokenExecutor

        results: list[R] | None = None
        if future is not None:
            try:
                results = future.result()
            except BrokenExecutor:  # a worker died: the rest is done in-process
                self._fail(broken=True)
            except Exception:  # this chunk could not travel (or failed): done here
                self._fail(broken=False)
        if results is None or len(results) != len(payloads):
            results = [here(p) for p in payloads]
        found = iter(results)
        for item, payload in chunk:
            yield item, next(found) if payload is not None else None

    def _fail(self, broken: bool) -> None:
        self.fell_back = True
        if broken and not self._broken:
            self._broken = True
            pool, self._pool = self._pool, None
            if pool is not None:
                with contextlib.suppress(Exception):
                    pool.shutdown(wait=True, cancel_futures=True)


def _chain(head: list[T], rest: Iterator[T]) -> Iterator[T]:
    yield from head
    yield from rest


def _chunks(items: Iterable[T], payload_of: Callable[[T], P | None],
            size: Callable[[P], int]) -> Iterator[list[tuple[T, P | None]]]:
    chunk: list[tuple[T, P | None]] = []
    chars = count = 0
    for item in items:
        payload = payload_of(item)
        chunk.append((item, payload))
        if payload is not None:
            chars += size(payload)
            count += 1
            if chars >= CHUNK_CHARS or count >= CHUNK_TEXTS:
                yield chunk
                chunk, chars, count = [], 0, 0
    if chunk:
        yield chunk


def analyse_many(items: Iterable[T], text_of: Callable[[T], Text | None],
                 workers: int | None = None) -> Iterator[tuple[T, Stored | None]]:
    """``Analyser(workers).analyses(items, text_of)``, the pool stopped at the end."""
    with Analyser(workers) as analyser:
        yield from analyser.analyses(items, text_of)


def _own(article: Article) -> Job:
    return article, None


def prepare_many(articles: Iterable[Article], analyser: Analyser | None = None
                 ) -> list[StoredArticle]:
    """What ``prepare`` gives for each article, in order: analysed by ``analyser``, or by
    a pool of its own when there are enough of them."""
    if analyser is None:
        with Analyser() as own:
            return prepare_many(articles, own)
    out: list[StoredArticle] = []
    for _, stored in analyser.records(articles, _own):
        assert stored is not None
        out.append(stored)
    return out


def is_current(stored: StoredArticle) -> bool:
    """Whether an article's analysis came from this version of the analyser."""
    return stored.analysis_version == ANALYSER_VERSION


def analysis_of(stored: StoredArticle) -> Analysis:
    """A stored article's title and text analysed afresh by this version of the analyser."""
    return analyse_article(stored.title, stored.body, _published(stored.published),
                           stored.source)


def analyse_file(path: Path) -> tuple[str, Analysis]:
    """A file's text exactly as read (byte-order mark and line ends kept, so offsets point
    into it) and its analysis, dated by its Date: header if it has one. Raises Rejected."""
    text = read_text(path, keep_bom=True)
    try:
        published = parse_plaintext(text).published
    except NotAnArticle:
        published = None
    return text, analyse(text, published)


def _published(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def _text_of_stored(stored: StoredArticle) -> Text:
    return stored.title, stored.body, _published(stored.published), stored.source


def reanalyse(library: Library, everything: bool = False,
              progress: Callable[[int, int], None] | None = None,
              workers: int | None = None) -> int:
    """Analyse stored articles again: those analysed by an older analyser, or
    ``everything``; returns how many were analysed.

    The texts are analysed (in worker processes when there are many) outside the
    library's lock, ``REANALYSE_BATCH`` at a time written under it; an article whose
    text changed in the meantime is analysed again there, from the text it has then.
    """
    stale = [a.id for a in library.articles() if everything or not is_current(a)]
    wanted = set(stale)
    done = 0
    batch: dict[str, tuple[tuple[str, str, str | None, str | None], Stored | None]] = {}

    def refresh(art: StoredArticle) -> None:
        basis, data = batch[art.id]
        if data is not None and (art.title, art.body, art.published, art.source) == basis:
            art.stored_analysis = data
        else:
            art.analysis = analysis_of(art)

    def write() -> None:
        nonlocal done
        library.update_articles({aid: refresh for aid in batch})
        done += len(batch)
        batch.clear()
        if progress:
            progress(min(done, len(stale)), len(stale))

    if not stale:
        return 0
    with Analyser(workers) as analyser:
        todo = (a for a in library.articles() if a.id in wanted)
        for art, data in analyser.analyses(todo, _text_of_stored):
            batch[art.id] = ((art.title, art.body, art.published, art.source), data)
            if len(batch) >= REANALYSE_BATCH:
                write()
        if batch:
            write()
    return len(stale)
