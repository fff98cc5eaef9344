"""Turning a parsed article into what the library stores: the text and its analysis."""

from __future__ import annotations

from typing import Any

from newsreader.news.analysis import ANALYSER_VERSION, analyse
from newsreader.news.article import Article
from newsreader.store.records import StoredArticle


def analysis_of(body: str, published: Any) -> dict[str, Any]:
    """The quotations, people and dates of an article body, as stored data."""
    return analyse(body, published).to_dict()


def prepare(article: Article, added: str | None = None) -> StoredArticle:
    """The record to store for an article, analysed."""
    return StoredArticle.from_article(
        article, analysis=analysis_of(article.body, article.published), added=added)


def is_current(stored: StoredArticle) -> bool:
    """Whether an article's analysis came from this version of the analyser."""
    return (stored.analysis or {}).get("version") == ANALYSER_VERSION
