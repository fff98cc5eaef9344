"""The application services: importing, fetching, exporting, the list query, the user's
state and the analysis, behind one typed handle (:class:`Services`) that the command line
and the app both call. Neither face touches the store itself.

The types the faces see are re-exported here, so ``newsreader.services`` is all they import.
"""

from __future__ import annotations

from newsreader.news.analysis import Analysis, DateMention, Person, Quote
from newsreader.news.query_language import QueryError
from newsreader.services.handle import OpmlImport, PageResult, Progress, SearchHit, Services
from newsreader.services.importing import ImportReport
from newsreader.services.people import PeopleOrder, PersonEntry, UnknownPersonError
from newsreader.services.query import (
    SORT_KEYS,
    SORT_ORDERS,
    ArticleRows,
    ListQuery,
    SortKey,
    SourceCount,
    feed_query,
)
from newsreader.services.reading import UNATTRIBUTED, ArticleQuotes, QuoteRef, Speaker
from newsreader.services.undo import Change, Deleted, MarkedRead
from newsreader.store.feeds import Feed, LastFetch
from newsreader.store.listing import ArticleRow
from newsreader.store.records import StoredArticle
from newsreader.store.repair import RepairReport
from newsreader.store.search_index import QuoteHit
from newsreader.store.watch import Version

__all__ = [
    "SORT_KEYS",
    "SORT_ORDERS",
    "UNATTRIBUTED",
    "Analysis",
    "ArticleQuotes",
    "ArticleRow",
    "ArticleRows",
    "Change",
    "DateMention",
    "Deleted",
    "Feed",
    "ImportReport",
    "LastFetch",
    "ListQuery",
    "MarkedRead",
    "OpmlImport",
    "PageResult",
    "PeopleOrder",
    "QueryError",
    "Person",
    "PersonEntry",
    "Progress",
    "Quote",
    "QuoteHit",
    "QuoteRef",
    "RepairReport",
    "SearchHit",
    "Services",
    "SortKey",
    "SourceCount",
    "Speaker",
    "StoredArticle",
    "UnknownPersonError",
    "Version",
    "feed_query",
]
