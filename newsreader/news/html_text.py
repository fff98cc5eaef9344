"""HTML fragments (a feed item's content or summary) as clean paragraphs of text.

The HTML is parsed by lxml and laid out as text by inscriptis; nothing here strips tags
by hand. Scripts, styles and other non-text elements never reach the text, and terminal
control sequences are removed from the result.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from newsreader.news.article import Link
from newsreader.news.cleaning import one_line, strip_controls
from newsreader.news.links import article_links

if TYPE_CHECKING:
    import lxml.html

_HIDDEN = frozenset({
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "head", "form", "button", "select", "textarea",
})
"""Elements whose content is never article text."""


@cache
def _config() -> Any:
    """inscriptis' layout settings (loaded on first use, like lxml and inscriptis)."""
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.model.config import ParserConfig

    return ParserConfig(css=CSS_PROFILES["strict"], display_images=False, display_links=False)


def _tree(html: str) -> lxml.html.HtmlElement | None:
    """The parsed fragment with non-text elements removed, or None if there is nothing."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return None
    if not isinstance(root.tag, str) or root.tag.lower() in _HIDDEN:
        return None
    hidden = [el for el in root.iter() if isinstance(el.tag, str) and el.tag.lower() in _HIDDEN]
    for element in hidden:
        element.drop_tree()
    return root


def html_to_text(html: str) -> str:
    """The text of an HTML fragment, laid out as lines (block elements start new lines)."""
    html = strip_controls(html).replace("\x00", "")
    if not html.strip():
        return ""
    root = _tree(html)
    if root is None:
        return ""
    from inscriptis import Inscriptis

    return strip_controls(Inscriptis(root, _config()).get_text())


def html_paragraphs(html: str) -> list[str]:
    """An HTML fragment as paragraphs: each block or line of text one paragraph,
    whitespace collapsed, empty lines dropped."""
    return [line for line in map(one_line, html_to_text(html).split("\n")) if line]


def html_line(html: str) -> str:
    """An HTML fragment (a title that may hold markup) as one line of plain text."""
    return one_line(html_to_text(html))


def text_paragraphs(text: str) -> list[str]:
    """Plain text as paragraphs: split at blank lines, lines inside a paragraph joined."""
    paragraphs = []
    for block in strip_controls(text).split("\n\n"):
        line = one_line(block)
        if line:
            paragraphs.append(line)
    return paragraphs


def html_links(html: str, base: str | None = None,
               also: tuple[str, ...] = ()) -> tuple[Link, ...]:
    """The links of an HTML fragment (``<a href>``), made absolute against ``base``; see
    ``article_links`` for which are kept (``also``: other addresses of the page itself).
    Links inside non-text elements never count."""
    html = strip_controls(html).replace("\x00", "")
    if "<" not in html:
        return ()
    root = _tree(html)
    if root is None:
        return ()
    return article_links(((a.get("href"), a.text_content()) for a in root.iter("a")), base,
                         also)
