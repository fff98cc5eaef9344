"""The application services behind one handle: what the command line and the app both call.

A Services object belongs to one thread. Work that runs in the background (refreshing the
feeds, searching every article's text) opens a library of its own, so it may be called
from a worker thread while the owner keeps using this one.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from operator import and_
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsreader.news.feeds import feed_address
from newsreader.news.links import canonical_url, names_an_article
from newsreader.news.model import Quote
from newsreader.news.opml import OpmlDocument, OpmlFeed, parse_opml, write_opml
from newsreader.news.people import person_key
from newsreader.news.query_language import QueryError, free_text
from newsreader.news.words import plural
from newsreader.services import analysis
from newsreader.services import people as people_index
from newsreader.services.exporting import export_library
from newsreader.services.identity import Identities, as_id, keyed
from newsreader.services.importing import ImportReport, import_paths
from newsreader.services.matching import Context, FeedMatch, matches
from newsreader.services.paths import library_path
from newsreader.services.people import PeopleOrder, PersonEntry
from newsreader.services.query import (
    ArticleRows,
    ListQuery,
    SourceCount,
    feed_counts,
    select,
    source_counts,
)
from newsreader.services.reading import QuoteRef, quotes_in
from newsreader.services.samples import first_run_notice
from newsreader.services.saving import Format, PipeResult, pipe_article, save_article
from newsreader.services.undo import Change, Deleted, MarkedRead
from newsreader.store import watch
from newsreader.store.errors import LibraryError
from newsreader.store.feeds import FEED_ID_LENGTH, Feed, Subscriptions
from newsreader.store.library import Library
from newsreader.store.listing import ArticleRow, Listing
from newsreader.store.records import StoredArticle
from newsreader.store.repair import RepairReport, repair_library
from newsreader.store.search_index import INDEX_FILE, QuoteHit, SearchIndex, match_expression
from newsreader.store.search_index import rebuild as rebuild_index
from newsreader.store.search_index import sync as sync_index
from newsreader.store.storage import paused_gc
from newsreader.store.syncstate import SyncState

if TYPE_CHECKING:
    from newsreader.services.accounts import Account
    from newsreader.services.fetching import FetchReport, Limits
    from newsreader.services.syncing import SyncReport

OPML_BATCH = 500
"""Subscriptions written per hold of the library's lock by ``import_opml``."""

Progress = Callable[[int, int], None]
"""Called with (done, total) as a long operation goes."""


@dataclass(frozen=True)
class PageResult:
    """What ``add_page`` did."""

    article: StoredArticle
    """The article read from the page."""
    state: str
    """"added", "updated" or "unchanged"."""
    final_url: str
    """The address it was read from, after redirects."""


@dataclass(frozen=True)
class SearchHit:
    """One article a full-text search found."""

    id: str
    title: str
    source: str | None
    published: str | None
    score: float
    """How well it matches (BM25; higher is better)."""


@dataclass(frozen=True)
class OpmlImport:
    """What ``import_opml`` did."""

    subscribed: list[tuple[Feed, bool]]
    """Each feed of the file, and whether it is a new subscription."""
    skipped: list[str]
    """Outlines that could not be used, each with the reason."""


class Services:
    """The library and everything done with it, for one face (the CLI or the app)."""

    def __init__(self, root: str | Path, *, fetch_limits: Limits | None = None,
                 client_options: dict[str, Any] | None = None,
                 progress: Progress | None = None) -> None:
        self.library = Library(root, progress=progress)
        """The library, opened for this thread (an older layout is upgraded in place as it
        opens, telling ``progress`` how far it got)."""
        self.fetch_limits = fetch_limits
        """Time and size limits for fetching (None: the defaults)."""
        self.client_options = client_options or {}
        """Extra options for the HTTP client (tests give a transport)."""
        self._basis: tuple[object, ...] | None = None
        self._positions: Sequence[int] = []
        self._people: tuple[object, list[PersonEntry]] | None = None
        self._sorted: dict[str, list[PersonEntry]] = {}
        self.queued = 0
        """Marks queued for the feed server by this handle (the app pushes when it grows)."""
        self.sync_timeout: float | None = None
        """Seconds a feed server may take to answer (None: the backend's default)."""

    @classmethod
    def at(cls, option: str | None = None, progress: Progress | None = None) -> Services:
        """The library named by ``--library``, else $NEWSREADER_LIBRARY, else the default
        (``progress``: see ``__init__``)."""
        return cls(library_path(option), progress=progress)

    @property
    def upgraded_from(self) -> int | None:
        """The schema the library had when opening it upgraded it in place (else None)."""
        return self.library.upgraded_from

    @property
    def root(self) -> Path:
        """The library's folder."""
        return self.library.root

    @staticmethod
    def repair_at(option: str | None = None) -> RepairReport:
        """Repair the library named as ``at`` names it, without opening it first (it may be
        too damaged to open): the listing rebuilt from the article texts, what cannot be
        read moved aside, stale temporary files and orphans removed, the search index
        built again if it is damaged or behind. Says what it did."""
        root = library_path(option)
        report = repair_library(root)
        _repair_index(Library(root), report)
        return report

    def repair(self) -> RepairReport:
        """Repair this library (see ``repair_at``) and read it afresh."""
        report = repair_library(self.root)
        self.library = Library(self.root)
        _repair_index(self.library, report)
        self._basis = None
        self._people = None
        return report

    def __len__(self) -> int:
        return len(self.library)

    # -- the list -----------------------------------------------------------

    def rows(self, query: ListQuery, text_matches: Collection[str] | None = None,
             term_hits: Mapping[str, Collection[str]] | None = None) -> ArticleRows:
        """The articles the query shows, in its order.

        ``text_matches``: the ids whose text contains the search, when the caller already
        has them (or is still looking: pass an empty set); None searches the text now.
        ``term_hits``: the same for each free-text term of ``query.query`` (casefolded
        term to ids; a term left out matches the list fields only); None searches now.
        A query that cannot be read raises QueryError.
        Asking again when only marks changed (a bookmark, on an unfiltered list) reuses the
        last order, so redrawing after a keystroke costs nothing at 100,000 articles.
        """
        listing = self.library.listing()
        today = date.today()
        node = query.node(today)
        if query.search and text_matches is None:
            text_matches = self.text_matches(query.search)
            if text_matches is None:
                text_matches = self.search_text(query.search)
        if node is not None and term_hits is None:
            term_hits = self.search_texts(free_text(node))
        hits = text_matches if query.search else None
        terms = term_hits if node is not None else None
        found = tuple(sorted((t, id(ids)) for t, ids in (terms or {}).items()))
        basis = (listing.columns, query, listing if query.uses_state else None, hits, found,
                 today, terms)
        old = self._basis
        if old is None or not (basis[0] is old[0] and basis[1] == old[1]
                               and basis[2] is old[2] and basis[3] is old[3]
                               and basis[4] == old[4] and basis[5] == old[5]):
            context = Context(today, terms or {}, self.feed_match)
            self._positions = select(listing, query, hits or (), context)
            self._basis = basis
        return ArticleRows(listing, self._positions)

    def count_matching(self, queries: Sequence[str],
                       stop: Callable[[], bool] | None = None) -> list[tuple[int, int]]:
        """For each query, how many articles it matches and how many of those are unread
        (a saved view's counts), their free-text terms looked for in the texts in one pass.
        A query that cannot be read counts (0, 0)."""
        listing = self.library.listing()
        today = date.today()
        nodes = []
        for text in queries:
            try:
                nodes.append(ListQuery(query=text).node(today))
            except QueryError:
                nodes.append(None)
        terms = [t for node in nodes if node is not None for t in free_text(node)]
        context = Context(today, self.search_texts(terms, stop=stop), self.feed_match)
        unread = [aid not in listing.read for aid in listing.ids]
        counts = []
        for node in nodes:
            if node is None:
                counts.append((0, 0))
                continue
            found = matches(listing, node, context)
            counts.append((sum(found), sum(map(and_, found, unread))))
        return counts

    def check_query(self, text: str) -> None:
        """Raise QueryError (with where it is wrong) if ``text`` is not a query."""
        ListQuery(query=text).node()

    def search_text(self, needle: str, stop: Callable[[], bool] | None = None) -> set[str]:
        """Ids of the articles whose text contains ``needle`` (case-blind). Safe to call from
        a worker thread; ``stop`` is asked now and then whether to give up."""
        return self.search_texts([needle], stop=stop)[needle.casefold()]

    def search_texts(self, needles: Iterable[str],
                     stop: Callable[[], bool] | None = None) -> dict[str, set[str]]:
        """For each needle (casefolded), the ids of the articles whose text contains it:
        the one way free text is looked for in article text (the search box, queries'
        free-text terms), in one pass over the texts however many needles. Safe to call
        from a worker thread; ``stop`` is asked now and then whether to give up."""
        wanted = sorted({n.casefold() for n in needles})
        if not wanted:
            return {}
        return Library(self.root).search_texts(wanted, stop=stop)

    def feed_match(self, value: str) -> FeedMatch:
        """The feeds a query's ``feed:VALUE`` names: the feed with that id (or the feeds
        whose ids start with it), that address, or every feed whose title contains the
        value (case-blind); with the articles their last fetches held."""
        subs = Subscriptions(self.library)
        feeds = subs.all()
        want = value.strip()
        folded = want.casefold()
        chosen = [f for f in feeds if f.id == folded or f.url == want]
        if not chosen:
            chosen = [f for f in feeds if folded and f.id.startswith(folded)] or \
                [f for f in feeds if folded in f.name.casefold()]
        items: set[str] = set()
        for feed in chosen:
            items.update(subs.seen_items(feed.id))
        ids = {f.id for f in chosen}
        if len(folded) == FEED_ID_LENGTH and all(c in "0123456789abcdef" for c in folded):
            ids.add(folded)  # a feed's id, even one no longer subscribed to
        return FeedMatch(frozenset(ids), frozenset(items))

    def text_matches(self, text: str) -> set[str] | None:
        """Ids of the articles whose title or text has the words typed (the last one as
        a prefix, ``"a phrase"``, ``word*``, ``-word``: see ``store.search_index``), from
        the search index, in milliseconds; None when the index is not ready (being built:
        ``search_text`` scans the texts instead)."""
        index = self.search_index(build=False)
        if index is None:
            return None
        expression = match_expression(text, prefix_last=True, widen=index.widen)
        if expression is None:
            return set()
        return index.text_ids(expression)

    def row(self, article_id: str) -> ArticleRow | None:
        """One article's list fields and user state, or None if it is gone."""
        listing = self.library.listing()
        pos = listing.position(article_id)
        return listing.row(pos) if pos is not None else None

    def read_ids(self) -> set[str]:
        """The ids of the articles read now."""
        return self.library.listing().read

    def listing(self) -> Listing:
        """Every article's list fields (for scripts and benchmarks that read columns)."""
        return self.library.listing()

    def feed_counts(self) -> dict[str, SourceCount]:
        """Every subscription's article and unread counts (the articles ``feed:ID``
        shows), by feed id."""
        subs = Subscriptions(self.library)
        feeds = subs.all()
        return feed_counts(self.library.listing(), feeds,
                           {f.id: subs.seen_items(f.id).keys() for f in feeds})

    def sources(self) -> dict[str, SourceCount]:
        """Every source with its article and unread counts, by its name casefolded."""
        return source_counts(self.library.listing())

    def all_tags(self) -> dict[str, int]:
        """Every tag in use, with how many articles carry it."""
        return self.library.listing().all_tags()

    def resolve(self, prefix: str) -> str:
        """The full id of the one article whose id starts with ``prefix``."""
        return self.library.resolve(prefix)

    # -- one article --------------------------------------------------------------

    def article(self, article_id: str) -> StoredArticle:
        """One article in full, its analysis typed."""
        return self.library.article(article_id)

    def quotes_by(self, name: str) -> list[QuoteRef]:
        """Every quotation in the library attributed to ``name``: from the search index
        when it is up to date (newest article first; any spelling of the name), else by
        reading the articles that list them (article by article)."""
        try:
            index = self.search_index(build=False)
        except LibraryError:
            index = None
        if index is not None:
            return [QuoteRef(h.article_id, h.title, h.index, Quote(
                h.text, h.start, h.end, kind=h.kind, speaker=h.speakers[0] if h.speakers
                else None, speakers=h.speakers, verb=h.verb, medium=h.medium))
                for h in index.quotes_of([person_key(name)])]
        found: list[QuoteRef] = []
        for art in self.library.articles_quoting(name):
            found.extend(quotes_in(art.id, art.title, art.analysis, name))
        return found

    # -- the search index, people and quotations -------------------------------------

    def index_ready(self) -> bool:
        """Whether the search index matches the library now (no build needed)."""
        return self.search_index(build=False) is not None

    def search_index(self, build: bool = True, progress: Progress | None = None,
                     ) -> SearchIndex | None:
        """The search index, brought up to date (built from the library, ``progress``
        told how far, when missing or behind); with ``build`` off, None unless it is
        up to date already."""
        index = self.library.search_index()
        up_to_date = sync_index(self.library, index, budget=0.0 if not build else None,
                                progress=progress)
        if not up_to_date and build:
            up_to_date = sync_index(self.library, index, progress=progress)
        return index if up_to_date else None

    def build_index(self, progress: Progress | None = None,
                    stop: Callable[[], bool] | None = None) -> bool:
        """Bring the search index up to date; safe from a worker thread (it opens a
        library of its own). Returns whether it finished."""
        library = Library(self.root)
        try:
            return sync_index(library, library.search_index(), stop=stop, progress=progress)
        finally:
            library.search_index().close()

    def reindex(self, progress: Progress | None = None) -> int:
        """Build the search index again from nothing; returns the articles indexed."""
        self._people = None
        return rebuild_index(self.library, self.library.search_index(), progress=progress)

    def forget_indexed(self, article_ids: Sequence[str]) -> None:
        """Take articles that left the library out of the search index (call it after
        the write that removed them)."""
        self.library.forget_indexed(article_ids)

    def _index(self) -> SearchIndex:
        index = self.search_index()
        if index is None:
            raise LibraryError(f"the search index of {self.root} cannot be built "
                               "(is SQLite's FTS5 missing from this Python?)")
        return index

    def search(self, text: str, limit: int | None = 50) -> list[SearchHit]:
        """Articles whose title or text has the words typed, best first (a word in the
        title counts more): ``"a phrase"``, ``word*`` for any word starting so, ``-word``
        for none with it."""
        if match_expression(text) is None:
            return []
        index = self._index()
        expression = match_expression(text, widen=index.widen) or ""
        return [SearchHit(*row) for row in index.ranked(expression, limit)]

    def quotes_search(self, text: str, limit: int | None = 200,
                      titled: bool = True) -> list[QuoteHit]:
        """Quotations whose words match (as ``search``), best first (``titled``: see
        ``person_quotes``)."""
        if match_expression(text) is None:
            return []
        index = self._index()
        expression = match_expression(text, widen=index.widen) or ""
        return index.quotes_matching(expression, limit, titled=titled)

    def people(self, order: PeopleOrder = "quotes", search: str = "") -> list[PersonEntry]:
        """Everyone quoted or named as a source in the library, one entry each (see
        ``services.people``), in ``order``, only those ``search`` finds when given."""
        index = self._index()
        aliases = people_index.aliases_of(self.library)
        basis = (index.state(), index.count(), aliases)
        if self._people is None or self._people[0] != basis:
            with paused_gc():  # thousands of entries: no collection halfway through
                self._people = (basis, people_index.people(index, aliases))
            self._sorted = {}
        if search:
            return people_index.sort_people(
                people_index.search_people(self._people[1], search), order)
        ordered = self._sorted.get(order)
        if ordered is None:  # each order worked out once per change of the index
            ordered = self._sorted[order] = people_index.sort_people(self._people[1], order)
        return list(ordered)

    def person(self, name: str) -> PersonEntry:
        """The one person ``name`` names (full name, short form or surname);
        UnknownPersonError when no one or several do."""
        return people_index.find_person(self.people(), name)

    def person_quotes(self, person: PersonEntry, titled: bool = True) -> list[QuoteHit]:
        """Every quotation by a person across the library, newest article first. Without
        ``titled``, the articles' titles and sources are left empty, for ``with_titles``
        to add to the ones shown (a screenful costs the listing pages holding those
        articles, not every page)."""
        return people_index.quotes_of(self._index(), person, titled=titled)

    def with_titles(self, hits: Sequence[QuoteHit]) -> list[QuoteHit]:
        """Quotations found with their articles' titles and sources."""
        return self.library.search_index().with_titles(hits)

    def rename_person(self, name: str, new_name: str) -> PersonEntry:
        """Show a person under another name (kept across re-analysis)."""
        entry = self.person(name)
        people_index.set_alias(self.library, entry.key, name=" ".join(new_name.split()),
                               into=people_index.merged_into(self.library, entry.key))
        return self.person(new_name)

    def merge_people(self, name: str, into: str) -> PersonEntry:
        """Count the person ``name`` names as the person ``into`` names (two spellings
        of one person the analysis keeps apart); kept across re-analysis."""
        entry, target = self.person(name), self.person(into)
        if entry.key != target.key:
            for key in entry.keys:
                people_index.set_alias(self.library, key, into=target.key)
        return self.person(target.name)

    def unmerge_person(self, name: str) -> list[PersonEntry]:
        """Undo the user's merges and rename of the person ``name`` names."""
        entry = self.person(name)
        for key in entry.keys:
            people_index.set_alias(self.library, key)
        return [e for e in self.people() if e.key in entry.keys]

    # -- the user's state -----------------------------------------------------------

    def toggle_bookmark(self, article_id: str) -> bool:
        """Bookmark an article, or take its bookmark off; returns whether it is bookmarked."""
        on = article_id not in self.library.listing().bookmarked
        self.library.set_bookmark(article_id, on)
        self._queue([article_id], "starred", on)
        return on

    def set_bookmarks(self, article_ids: Iterable[str], on: bool = True) -> int:
        """Bookmark articles (or take the bookmarks off); returns how many changed."""
        chosen = list(article_ids)
        changed = self.library.set_bookmarks(chosen, on)
        self._queue(chosen, "starred", on)
        return changed

    def mark_read(self, article_ids: Iterable[str], read: bool = True) -> MarkedRead:
        """Mark articles read (or unread), many at once; what it returns says which ones
        this changed (those already so are left out): ``undo`` marks back only those."""
        marks = self.library.listing().read
        changed = tuple(aid for aid in dict.fromkeys(article_ids) if (aid in marks) != read)
        if changed:
            self.set_read(changed, read)
        return MarkedRead(changed, read)

    def undo(self, change: Change) -> None:
        """Restore what an undoable change changed."""
        if isinstance(change, MarkedRead):
            self.set_read(change.ids, not change.read)
        elif isinstance(change, Deleted):
            self.library.restore(change.removed)
            self._people = None

    def set_read(self, article_ids: Iterable[str], read: bool = True) -> None:
        """Mark articles read or unread."""
        chosen = list(article_ids)
        self.library.set_read(chosen, read)
        self._queue(chosen, "read", read)

    def _queue(self, article_ids: list[str], what: str, value: bool) -> None:
        """Queue a mark for the feed server, for those articles that are on it."""
        self.queued += SyncState(self.library).record_changes(article_ids, what, value)

    def _queue_tags(self, article_id: str, before: Iterable[str], after: Iterable[str]) -> None:
        old = {t.casefold() for t in before}
        new = {t.casefold() for t in after}
        for name in sorted(new - old):
            self._queue([article_id], f"tag:{name}", True)
        for name in sorted(old - new):
            self._queue([article_id], f"tag:{name}", False)

    def tags(self, article_id: str) -> list[str]:
        """The tags in effect on an article."""
        listing = self.library.listing()
        pos = listing.position(article_id)
        return listing.tags_at(pos) if pos is not None else []

    def set_tags(self, article_id: str, tags: Iterable[str]) -> list[str]:
        """Replace an article's tags; returns the tags kept (cleaned, no duplicates)."""
        before = self.tags(article_id)
        kept = self.library.set_tags(article_id, tags)
        self._queue_tags(article_id, before, self.tags(article_id))
        return kept

    def change_tags(self, article_id: str, add: Iterable[str] = (),
                    remove: Iterable[str] = ()) -> list[str]:
        """Add and remove tags; returns the tags in effect after."""
        before = self.tags(article_id)
        after = self.library.change_tags(article_id, add=add, remove=remove)
        self._queue_tags(article_id, before, after)
        return after

    # -- deleting --------------------------------------------------------------------

    def delete(self, article_ids: Iterable[str]) -> Deleted | None:
        """Delete articles: out of the list, the search index and the people; their
        state gone; a feed fetched again (or a sync) does not bring them back. Returns
        what ``undo`` needs to bring them back with their bookmark, tags and read mark
        (kept in memory), or None when none of them was in the library."""
        removed = self.library.delete(article_ids)
        self._people = None
        return Deleted(tuple(removed)) if removed else None

    def deleted_count(self) -> int:
        """How many articles the library remembers as deleted."""
        return len(self.library.deleted())

    # -- in and out -------------------------------------------------------------------

    def import_paths(self, paths: Iterable[str | Path], progress: Progress | None = None,
                     report: ImportReport | None = None) -> ImportReport:
        """Import article files, folders, saved pages, feed files and exports (``report``:
        filled as it goes, so an interrupted import says what it stored)."""
        return import_paths(self.library, paths, progress=progress, report=report)

    def export(self) -> dict[str, Any]:
        """The whole library with the user's state, as data ``import_paths`` takes back."""
        return export_library(self.library)

    def save_article(self, article: StoredArticle, path: str | Path, fmt: Format | None = None,
                     overwrite: bool = False) -> Path:
        """Write an article to a file as text or Markdown (by its ending unless ``fmt``
        says), whole or not at all; SaveError says why not."""
        return save_article(article, path, fmt, overwrite=overwrite)

    @staticmethod
    def pipe_article(article: StoredArticle, command: str) -> PipeResult:
        """Run a command with the article as text on its input; how it ended. Touches no
        library, so a worker thread may call it."""
        return pipe_article(article, command)

    def first_run(self) -> str | None:
        """On a new, empty library, load the samples and return the welcome; else None."""
        return first_run_notice(self.library)

    def reanalyse(self, everything: bool = False, progress: Progress | None = None) -> int:
        """Analyse stored articles again (those from an older analyser, or ``everything``)."""
        return analysis.reanalyse(self.library, everything, progress)

    # -- feeds ------------------------------------------------------------------------

    def feeds(self) -> list[Feed]:
        """Every subscription with its last result, in the order they were added."""
        return Subscriptions(self.library).all()

    def subscribe(self, url: str, tags: Iterable[str] = (),
                  full: bool | None = None) -> tuple[Feed, bool]:
        """Subscribe to a feed; returns it and whether it is new."""
        return Subscriptions(self.library).add(url, tags=tags, full=full)

    def set_feed_tags(self, url_or_id: str, tags: Iterable[str]) -> Feed:
        """Replace a subscription's tags; returns it."""
        return Subscriptions(self.library).set_tags(url_or_id, tags)

    def unsubscribe(self, url_or_id: str) -> Feed:
        """Unsubscribe from a feed (its articles stay); returns it."""
        return Subscriptions(self.library).remove(url_or_id)

    def import_opml(self, data: bytes) -> OpmlImport:
        """Subscribe to every feed of an OPML document (folders become tags), OPML_BATCH
        feeds per write, so other writers get the lock in between. An address that cannot
        be used is skipped with the reason. Raises NotOpml for a document that cannot be
        read."""
        doc: OpmlDocument = parse_opml(data)
        skipped = list(doc.skipped)
        entries: list[tuple[str, list[str], bool | None, str | None, str | None]] = []
        for f in doc.feeds:
            try:
                entries.append((feed_address(f.url), f.tags, None, f.title, f.site))
            except ValueError as err:
                skipped.append(str(err))
        subscribed: list[tuple[Feed, bool]] = []
        subs = Subscriptions(self.library)
        for start in range(0, len(entries), OPML_BATCH):
            subscribed.extend(subs.add_many(entries[start:start + OPML_BATCH]))
        return OpmlImport(subscribed, skipped)

    def export_opml(self) -> tuple[str, int]:
        """The subscriptions as an OPML 2.0 document, and how many there are."""
        feeds = self.feeds()
        text = write_opml(OpmlFeed(url=f.url, title=f.title, site=f.site, tags=list(f.tags))
                          for f in feeds)
        return text, len(feeds)

    def fetch(self, only: list[str] | None = None, full: bool = False,
              progress: Progress | None = None) -> FetchReport:
        """Refresh the feeds (or ``only`` those) and store what is new. Blocks until done;
        safe to call from a worker thread (it opens a library of its own)."""
        from newsreader.services.fetching import fetch_feeds  # httpx loads on first use

        return fetch_feeds(Library(self.root), full=full, progress=progress, only=only,
                           limits=self.fetch_limits, client_options=self.client_options)

    def add_page(self, url: str, tags: Iterable[str] = ()) -> PageResult:
        """Store the article on a web page. Raises FetchError with the reason."""
        from newsreader.services.fetching import fetch_page

        article, final = fetch_page(url, limits=self.fetch_limits,
                                    client_options=self.client_options)
        extra = tuple(tags)
        if extra:
            article = dataclasses.replace(article, tags=(*article.tags, *extra))
        given = article.key  # the address asked for
        if names_an_article(given):  # every spelling of the address is one article
            article = dataclasses.replace(article, key=canonical_url(given))
        article = keyed(article)
        aid = Identities(self.library).id_of(article, also=(given,) if given else ())
        stored = as_id(analysis.prepare(article), aid)
        added, updated, _ = self.library.upsert([stored])
        state = "added" if added else "updated" if updated else "unchanged"
        return PageResult(stored, state, final)

    # -- the feed-server account -------------------------------------------------------

    @staticmethod
    def account() -> Account | None:
        """The account set with ``newsreader account set`` (None if none)."""
        from newsreader.services.accounts import load_account

        return load_account()

    def sync(self, pull: bool = True, progress: Progress | None = None) -> SyncReport:
        """Sync with the account's server (``pull`` off: only send the marks queued here).
        Never raises for the server's faults: the report says why it did nothing. Safe to
        call from a worker thread (it opens a library of its own)."""
        from newsreader.services.accounts import load_account
        from newsreader.services.backends import BACKENDS, BackendError, open_backend
        from newsreader.services.syncing import SyncReport, sync

        account = load_account()
        if account is None:
            return SyncReport(server="", error="no account is set (newsreader account set)")
        server = f"{BACKENDS[account.kind]} at {account.url}"
        backend = open_backend(account.kind, account.url, account.user, account.password,
                               client_options=self.client_options, timeout=self.sync_timeout)
        try:
            return sync(Library(self.root), backend, account.key, server, pull=pull,
                        progress=progress)
        except BackendError as err:  # raised outside the steps sync guards
            return SyncReport(server=server, error=str(err))
        finally:
            backend.close()

    # -- watching -----------------------------------------------------------------------

    def version(self) -> watch.Version:
        """The version on disk of each part of the library ("articles", "state", "feeds")."""
        return watch.version(self.root)

    @staticmethod
    def changed(old: watch.Version, new: watch.Version) -> set[str]:
        """The parts that changed between two versions."""
        return watch.changed(old, new)


def _repair_index(library: Library, report: RepairReport) -> None:
    """Build the search index again when it is damaged (said in the report) or behind
    the library (a listing the repair rebuilt: derived, so not a problem of its own)."""
    index = library.search_index()
    try:
        index.state()
        damaged = False
    except sqlite3.DatabaseError:
        damaged = True
    if damaged or not sync_index(library, index, budget=0.0):
        count = rebuild_index(library, index)
        if damaged:
            report.done.append(f"{INDEX_FILE} could not be read: search index rebuilt "
                               f"({plural(count, 'article')})")
    index.close()
