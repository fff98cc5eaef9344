"""An article's title, details and text, as styled text (never markup)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from store.records import StoredArticle


def article_text(article: StoredArticle) -> Text:
    """The article as Rich text: title, a details line, then the paragraphs."""
    text = Text()
    text.append(article.title, "bold")
    text.append("\n")
    details = [article.source, (article.published or "")[:10], article.author]
    text.append(" · ".join(d for d in details if d), "italic")
    text.append("\n\n")
    text.append(article.body)
    return text


class ArticleView(Static):
    """Shows one article."""

    def __init__(self, article: StoredArticle, *, id: str | None = None) -> None:
        super().__init__(article_text(article), id=id)
        self.article = article
        """The article shown."""
