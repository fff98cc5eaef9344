"""Turning a parsed article into what the library stores."""

from __future__ import annotations

from news.article import Article
from store.records import StoredArticle


def prepare(article: Article, added: str | None = None) -> StoredArticle:
    """The record to store for an article."""
    return StoredArticle.from_article(article, added=added)
