"""The application services behind one handle: what the command line and the app both call.

A Services object belongs to one thread. Work that runs in the background (refreshing the
feeds, searching every article's text) opens a library of its own, so it may be called
from a worker thread while the owner keeps using this one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsreader.news.feeds import feed_address
from newsreader.news.links import canonical_url, names_an_article
from newsreader.news.opml import OpmlDocument, OpmlFeed, parse_opml, write_opml
from newsreader.services import analysis
from newsreader.services.exporting import export_library
from newsreader.services.identity import Identities, as_id, keyed
from newsreader.services.importing import ImportReport, import_paths
from newsreader.services.paths import library_path
from newsreader.services.query import ArticleRows, ListQuery, select
from newsreader.services.reading import QuoteRef, quotes_in
from newsreader.services.samples import first_run_notice
from newsreader.store import watch
from newsreader.store.feeds import Feed, Subscriptions
from newsreader.store.library import Library
from newsreader.store.listing import ArticleRow, Listing
from newsreader.store.records import StoredArticle
from newsreader.store.repair import RepairReport, repair_library

if TYPE_CHECKING:
    from newsreader.services.fetching import FetchReport, Limits

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
        read moved aside, stale temporary files and orphans removed. Says what it did."""
        return repair_library(library_path(option))

    def repair(self) -> RepairReport:
        """Repair this library (see ``repair_at``) and read it afresh."""
        report = repair_library(self.root)
        self.library = Library(self.root)
        self._basis = None
        return report

    def __len__(self) -> int:
        return len(self.library)

    # -- the list -----------------------------------------------------------

    def rows(self, query: ListQuery, text_matches: Collection[str] | None = None) -> ArticleRows:
        """The articles the query shows, in its order.

        ``text_matches``: the ids whose text contains the search, when the caller already
        has them (or is still looking: pass an empty set); None searches the text now.
        Asking again when only marks changed (a bookmark, on an unfiltered list) reuses the
        last order, so redrawing after a keystroke costs nothing at 100,000 articles.
        """
        listing = self.library.listing()
        if query.search and text_matches is None:
            text_matches = self.search_text(query.search)
        hits = text_matches if query.search else None
        basis = (listing.columns, query, listing if query.uses_state else None, hits)
        old = self._basis
        if old is None or not (basis[0] is old[0] and basis[1] == old[1]
                               and basis[2] is old[2] and basis[3] is old[3]):
            self._positions = select(listing, query, hits or ())
            self._basis = basis
        return ArticleRows(listing, self._positions)

    def search_text(self, needle: str, stop: Callable[[], bool] | None = None) -> set[str]:
        """Ids of the articles whose text contains ``needle`` (case-blind). Safe to call from
        a worker thread; ``stop`` is asked now and then whether to give up."""
        return Library(self.root).search_text(needle, stop=stop)

    def row(self, article_id: str) -> ArticleRow | None:
        """One article's list fields and user state, or None if it is gone."""
        listing = self.library.listing()
        pos = listing.position(article_id)
        return listing.row(pos) if pos is not None else None

    def listing(self) -> Listing:
        """Every article's list fields (for scripts and benchmarks that read columns)."""
        return self.library.listing()

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
        """Every quotation in the library attributed to ``name``, article by article."""
        found: list[QuoteRef] = []
        for art in self.library.articles_quoting(name):
            found.extend(quotes_in(art.id, art.title, art.analysis, name))
        return found

    # -- the user's state -----------------------------------------------------------

    def toggle_bookmark(self, article_id: str) -> bool:
        """Bookmark an article, or take its bookmark off; returns whether it is bookmarked."""
        on = article_id not in self.library.listing().bookmarked
        self.library.set_bookmark(article_id, on)
        return on

    def set_bookmarks(self, article_ids: Iterable[str], on: bool = True) -> int:
        """Bookmark articles (or take the bookmarks off); returns how many changed."""
        return self.library.set_bookmarks(article_ids, on)

    def set_read(self, article_ids: Iterable[str], read: bool = True) -> None:
        """Mark articles read or unread."""
        self.library.set_read(article_ids, read)

    def tags(self, article_id: str) -> list[str]:
        """The tags in effect on an article."""
        listing = self.library.listing()
        pos = listing.position(article_id)
        return listing.tags_at(pos) if pos is not None else []

    def set_tags(self, article_id: str, tags: Iterable[str]) -> list[str]:
        """Replace an article's tags; returns the tags kept (cleaned, no duplicates)."""
        return self.library.set_tags(article_id, tags)

    def change_tags(self, article_id: str, add: Iterable[str] = (),
                    remove: Iterable[str] = ()) -> list[str]:
        """Add and remove tags; returns the tags in effect after."""
        return self.library.change_tags(article_id, add=add, remove=remove)

    # -- in and out -------------------------------------------------------------------

    def import_paths(self, paths: Iterable[str | Path], progress: Progress | None = None,
                     report: ImportReport | None = None) -> ImportReport:
        """Import article files, folders, saved pages, feed files and exports (``report``:
        filled as it goes, so an interrupted import says what it stored)."""
        return import_paths(self.library, paths, progress=progress, report=report)

    def export(self) -> dict[str, Any]:
        """The whole library with the user's state, as data ``import_paths`` takes back."""
        return export_library(self.library)

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

    # -- watching -----------------------------------------------------------------------

    def version(self) -> watch.Version:
        """The version on disk of each part of the library ("articles", "state", "feeds")."""
        return watch.version(self.root)

    @staticmethod
    def changed(old: watch.Version, new: watch.Version) -> set[str]:
        """The parts that changed between two versions."""
        return watch.changed(old, new)
