"""A web page (an article on a news site) as an Article, extracted with trafilatura.

trafilatura finds the article's text among the page's navigation, adverts and footers,
and its title, author, date and site name; scripts and styles never reach the text.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from newsreader.news.article import Article, Link
from newsreader.news.cleaning import one_line
from newsreader.news.files import Rejected, read_bytes
from newsreader.news.links import article_links
from newsreader.news.plaintext import parse_date

if TYPE_CHECKING:
    from trafilatura.settings import Document

MAX_PAGE_BYTES = 5 * 1024 * 1024
"""The largest web page read, from the network or a file."""
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
"""File name endings that ``newsreader import`` reads as web pages."""


class NoArticleText(ValueError):
    """The page has no article text that could be found; ``str(err)`` says so."""


def _web_address(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = one_line(value)
    return value if value.lower().startswith(("http://", "https://")) else None


def _extract(html: bytes | str, url: str | None, links: bool = False) -> Document:
    """trafilatura's reading of a page; NoArticleText when it finds no text. With
    ``links``, the links of the text are kept in its body (and its text spells them out,
    so the text is taken from a reading without them)."""
    import trafilatura  # loaded on first use: it is not needed to start newsreader

    if not html.strip():
        raise NoArticleText("empty page")
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=links, deduplicate=False, as_dict=False)
    assert not isinstance(doc, dict)  # a dict only with as_dict=True
    if doc is None or not (doc.text or "").strip():
        raise NoArticleText("no article text found on the page")
    return doc


def page_links(html: bytes | str, url: str | None = None) -> tuple[Link, ...]:
    """The links in the article text of a page (not its menus or footers), absolute; none
    when the page has no article text."""
    try:
        doc = _extract(html, url, links=True)
    except NoArticleText:
        return ()
    body = doc.body
    if body is None:
        return ()
    base = _web_address(url) or _web_address(doc.url)
    return article_links(((ref.get("target"), "".join(ref.itertext()))
                          for ref in body.iter("ref")), base)


def _paragraphs(text: str, title: str | None) -> list[str]:
    """trafilatura's text (one paragraph a line) as paragraphs, a repeated headline dropped."""
    paragraphs = [line for line in map(one_line, text.split("\n")) if line]
    if paragraphs and title and paragraphs[0].casefold() == title.casefold():
        paragraphs.pop(0)
    return paragraphs


def page_paragraphs(html: bytes | str, url: str | None = None) -> list[str]:
    """The article text of a page as paragraphs; NoArticleText if there is none."""
    doc = _extract(html, url)
    paragraphs = _paragraphs(doc.text or "", one_line(doc.title or ""))
    if not paragraphs:
        raise NoArticleText("no article text found on the page")
    return paragraphs


def page_text(html: bytes | str, url: str | None = None
              ) -> tuple[list[str], tuple[Link, ...]]:
    """The article text of a page as paragraphs, and the links in it; NoArticleText if
    there is no text."""
    return page_paragraphs(html, url), page_links(html, url)


def article_from_page(html: bytes | str, url: str | None = None) -> Article:
    """The article on a web page; NoArticleText if the page has none.

    ``url`` is where the page was read from; it becomes the article's key, so adding the
    same address again updates the same article. Without one, the page's canonical
    address (when it names one) is used.
    """
    doc = _extract(html, url)
    title = one_line(doc.title or "")
    paragraphs = _paragraphs(doc.text or "", title)
    if not paragraphs:
        raise NoArticleText("no article text found on the page")
    address = _web_address(url) or _web_address(doc.url)
    return Article(
        title=title or paragraphs[0][:79],
        body="\n\n".join(paragraphs),
        source=one_line(doc.sitename or "") or None,
        author=one_line(doc.author or "") or None,
        published=parse_date(doc.date) if doc.date else None,
        url=_web_address(doc.url) or address,
        key=address,
        links=page_links(html, url),
    )


def read_html_file(path: Path, max_bytes: int = MAX_PAGE_BYTES) -> Article:
    """The article in a saved web page, or Rejected with the reason."""
    data = read_bytes(path, max_bytes, what="a web page")
    try:
        return article_from_page(data)
    except NoArticleText as err:
        raise Rejected(str(err)) from None
