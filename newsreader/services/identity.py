"""Which article an incoming one is: the same article arrives by many ways (a feed fetched,
the same feed's file imported, the item's page added, a text file naming its link), and
should be one article, keeping the user's bookmark, tags and read state.

An incoming article is the stored one it matches, in this order:

1. the one with its own id (the same feed item again, the same file again);
2. one stored under another id it would have had: from its link as given, from its
   origin's key as given (articles stored before links were made canonical), or from its
   content (an article without a key);
3. one with the same title (the list holds titles, so this costs no reading) whose
   canonical link, origin key or content is the same;
4. one met earlier in the same run, by canonical link or content.

Articles whose origin names no key but their link (a text file's URL, a web page, a feed
item without a guid) are keyed by their canonical link, so later spellings of the link
find them by id. A link to a site's front page tells nothing apart and is never matched.
Only the library's public reading methods are used.
"""

from __future__ import annotations

import dataclasses

from newsreader.news.article import Article
from newsreader.news.links import canonical_url, names_an_article
from newsreader.store.library import Library
from newsreader.store.records import StoredArticle, article_id

SAME_TITLE_READ = 50
"""At most this many stored articles with an incoming one's title are read to compare
(the latest): a title many articles share ("Daily briefing") costs no more."""


def keyed(article: Article) -> Article:
    """The article keyed by its canonical link when its key is only its link (or it has
    none): every spelling of the link then gives one id."""
    if article.url and (article.key is None or article.key == article.url) \
            and names_an_article(article.url):
        canonical = canonical_url(article.url)
        if canonical and canonical != article.key:
            return dataclasses.replace(article, key=canonical)
    return article


def _title_key(title: str) -> str:
    return " ".join(title.split()).casefold()


def _link_key(url: str | None) -> str | None:
    return canonical_url(url) if names_an_article(url) else None


class Identities:
    """Resolves incoming articles to the ids they have in one library, during one import,
    fetch or page added. Reads the listing once, when first needed."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._present: set[str] | None = None
        self._titles: dict[str, list[str]] | None = None
        self._met: dict[str, str] = {}

    def _ids(self) -> set[str]:
        if self._present is None:
            self._present = set(self.library.listing().ids)
        return self._present

    def _by_title(self) -> dict[str, list[str]]:
        if self._titles is None:
            listing = self.library.listing()
            titles: dict[str, list[str]] = {}
            for aid, title in zip(listing.ids, listing.columns["title"], strict=True):
                if title:
                    titles.setdefault(_title_key(title), []).append(aid)
            self._titles = titles
        return self._titles

    def id_of(self, article: Article, also: tuple[str, ...] = ()) -> str:
        """The id ``article`` has in the library: a stored article's it is the same as,
        else its own (see the module's docstring). ``article`` is keyed (``keyed``);
        ``also``: keys it had before that (stored articles may have been keyed by them)."""
        own = article_id(article)
        present = self._ids()
        found = own if own in present else self._stored_as(article, present, also)
        if found is None:
            found = self._met_as(article) or own
        self._remember(article, found)
        return found

    def _stored_as(self, article: Article, present: set[str],
                   also: tuple[str, ...] = ()) -> str | None:
        others = [article.url, canonical_url(article.url), article.key, *also]
        for key in dict.fromkeys(k for k in others if k):
            aid = article_id(dataclasses.replace(article, key=key))
            if aid in present:
                return aid
        by_content = article_id(dataclasses.replace(article, key=None))
        if by_content in present:
            return by_content
        link = _link_key(article.url)
        for aid in self._by_title().get(_title_key(article.title), [])[-SAME_TITLE_READ:]:
            if aid not in present:
                continue
            stored = self.library.article(aid)
            if (link and _link_key(stored.url) == link) or stored.fingerprint == \
                    article.fingerprint or (article.key and stored.key == article.key):
                return aid
        return None

    def _met_as(self, article: Article) -> str | None:
        link = _link_key(article.url)
        return (self._met.get(f"link:{link}") if link else None) or self._met.get(
            f"content:{article.fingerprint}")

    def _remember(self, article: Article, aid: str) -> None:
        link = _link_key(article.url)
        if link:
            self._met.setdefault(f"link:{link}", aid)
        self._met.setdefault(f"content:{article.fingerprint}", aid)
        if self._titles is not None:
            ids = self._titles.setdefault(_title_key(article.title), [])
            if aid not in ids:
                ids.append(aid)

    def stored(self, aid: str) -> None:
        """Say that ``aid`` is now in the library (stored by this run)."""
        self._ids().add(aid)


def as_id(record: StoredArticle, aid: str) -> StoredArticle:
    """A prepared article under the id it resolved to."""
    record.id = aid
    return record
