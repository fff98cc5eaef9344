"""Analysis as a service: articles analysed on their way into the library, and again after
an upgrade of the analyser."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from newsreader.news.analysis import ANALYSER_VERSION, Analysis, analyse
from newsreader.news.article import Article
from newsreader.news.files import read_text
from newsreader.news.plaintext import NotAnArticle, parse_plaintext
from newsreader.store.library import Library
from newsreader.store.records import StoredArticle

REANALYSE_BATCH = 500
"""Articles re-analysed per write to the library."""


def prepare(article: Article, added: str | None = None) -> StoredArticle:
    """The record to store for an article, analysed."""
    return StoredArticle.from_article(
        article, analysis=analyse(article.body, article.published), added=added)


def is_current(stored: StoredArticle) -> bool:
    """Whether an article's analysis came from this version of the analyser."""
    return stored.analysis_version == ANALYSER_VERSION


def analysis_of(stored: StoredArticle) -> Analysis:
    """A stored article's text analysed afresh by this version of the analyser."""
    published = _published(stored.published)
    return analyse(stored.body, published)


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


def reanalyse(library: Library, everything: bool = False,
              progress: Callable[[int, int], None] | None = None) -> int:
    """Analyse stored articles again: those analysed by an older analyser, or
    ``everything``; returns how many were analysed."""
    stale = [a.id for a in library.articles() if everything or not is_current(a)]

    def refresh(art: StoredArticle) -> None:
        art.analysis = analysis_of(art)

    for start in range(0, len(stale), REANALYSE_BATCH):
        batch = stale[start:start + REANALYSE_BATCH]
        library.update_articles({aid: refresh for aid in batch})
        if progress:
            progress(min(start + REANALYSE_BATCH, len(stale)), len(stale))
    return len(stale)
