"""Feed documents (RSS 0.9x/1.0/2.0, Atom) as articles, read with feedparser.

feedparser never expands entities declared in a document's DTD (it replaces the DOCTYPE
and keeps only plain character entities) and never fetches external entities; this module
turns what it finds into :class:`Article` values with clean text (HTML content goes
through :mod:`news.html_text`, so scripts and styles never reach it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit
from xml.sax import SAXParseException

from newsreader.news.article import Article, Link
from newsreader.news.cleaning import one_line
from newsreader.news.files import Rejected, read_bytes
from newsreader.news.html_text import html_line, html_links, html_paragraphs, text_paragraphs
from newsreader.news.plaintext import parse_date

MAX_FEED_BYTES = 10 * 1024 * 1024
"""The largest feed read, from the network or a file."""
MAX_ITEMS = 5000
"""Items read from one feed document; the rest are left (feeds list newest first)."""
MAX_TAG_LENGTH = 60
"""Longer categories are not kept as tags."""
TITLE_FROM_TEXT = 80
"""Characters of the text that stand in for a missing title."""
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".rdf"})
"""File name endings that ``newsreader import`` reads as feeds."""

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*|<\?xml[^>]*>\s*)*<(?:!doctype\s+html|html)\b",
                         re.I | re.S)
_XML_START = re.compile(rb"^\s*<")
_EMAIL = r"[^\s@()<>]+@[^\s@()<>]+"
_EMAIL_THEN_NAME = re.compile(rf"^{_EMAIL}\s*\((?P<name>[^()]+)\)$")
_NAME_THEN_EMAIL = re.compile(rf"^(?P<name>[^()<>]+?)\s*[(<]{_EMAIL}[)>]$")
_ONLY_EMAIL = re.compile(rf"^(?:mailto:)?{_EMAIL}$")


def web_address(text: str, what: str = "pages") -> str:
    """An http(s) address as a user gave it, checked and normalised (scheme and host
    lowercased, an empty path made ``/``); ValueError saying what is wrong with it, in a
    few words that do not repeat it: not http or https, no host, a port out of range."""
    given = one_line(text)
    try:
        parts = urlsplit(given)
        usable = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:
        usable = False
    if not usable:
        raise ValueError(f"not a web address ({what} are fetched over http or https)")
    try:
        port = parts.port
    except ValueError:
        raw = parts.netloc.rsplit("@", 1)[-1].rsplit(":", 1)[-1][:20]
        if raw.isdigit():
            raise ValueError(f"port {raw} is out of range (1-65535)") from None
        raise ValueError(f"{raw!r} is not a port number") from None
    if port == 0:
        raise ValueError("port 0 is out of range (1-65535)")
    netloc = parts.netloc.rsplit("@", 1)
    netloc[-1] = netloc[-1].lower()
    return urlunsplit((parts.scheme.lower(), "@".join(netloc), parts.path or "/", parts.query, ""))


def feed_address(text: str) -> str:
    """A feed's address as given by a user or an OPML file, checked and normalised
    (``feed://`` read as ``http://``, scheme and host lowercased); ValueError, naming the
    address, if it is not a usable http(s) address."""
    given = one_line(text)
    if given.lower().startswith("feed://"):
        given = "http://" + given[len("feed://"):]
    try:
        return web_address(given, "feeds")
    except ValueError as err:
        raise ValueError(f"{given[:100] or 'an empty address'}: {err}") from None


class NotAFeed(ValueError):
    """The document is not a feed; ``str(err)`` says why in a few words."""


@dataclass
class ParsedFeed:
    """What a feed document holds."""

    title: str | None
    """The feed's title, one line, when it has one."""
    link: str | None
    """The web site the feed belongs to, when it names one."""
    articles: list[Article] = field(default_factory=list)
    """Its items, in the feed's order, at most MAX_ITEMS."""
    warning: str | None = None
    """A problem that did not stop the feed being read (malformed XML read leniently)."""


def looks_like_html(data: bytes, content_type: str | None = None) -> bool:
    """Whether a response is a web page rather than a feed."""
    if _HTML_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")):
        return True
    if not content_type:
        return False
    return content_type.split(";")[0].strip().lower() in _HTML_TYPES


def linked_feeds(html: bytes, base: str | None = None) -> list[str]:
    """The feeds a web page names in its ``<link rel="alternate">`` elements."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return []
    found: list[str] = []
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").split(";")[0].strip().lower()
        href = link.get("href")
        if "alternate" in rel and kind in _FEED_TYPES and href:
            url = _web_address(urljoin(base or "", one_line(href)))
            if url and url not in found:
                found.append(url)
    return found


def _web_address(value: Any) -> str | None:
    """An http(s) address, one line, or None."""
    if not isinstance(value, str):
        return None
    value = one_line(value)
    return value if value.lower().startswith(("http://", "https://")) else None


def _detail_text(value: Any, detail: Any) -> str:
    """A one-line text field of feedparser's, converted from HTML when it is HTML."""
    if not isinstance(value, str):
        return ""
    kind = (detail or {}).get("type", "text/plain") if isinstance(detail, dict) else "text/plain"
    return html_line(value) if kind in _HTML_TYPES else one_line(value)


def _author(entry: Any) -> str | None:
    """An item's author as a name: RSS's "mail@example.org (Name)" read as Name, a bare
    e-mail address dropped."""
    raw = entry.get("author") or (entry.get("author_detail") or {}).get("name") or ""
    text = one_line(raw) if isinstance(raw, str) else ""
    if match := _EMAIL_THEN_NAME.match(text) or _NAME_THEN_EMAIL.match(text):
        text = one_line(match["name"])
    return None if not text or _ONLY_EMAIL.match(text) else text


def _body(entry: Any, base: str | None = None, feed_url: str | None = None
          ) -> tuple[list[str], tuple[Link, ...]]:
    """An item's text as paragraphs, and the links in it: its fullest content, else its
    summary (relative links are read against ``base``, the item's link; feedparser reads
    them against the feed, so a ``#fragment`` link is one into the feed's own address)."""
    candidates = [c for c in entry.get("content") or () if isinstance(c.get("value"), str)]
    candidates.sort(key=lambda c: len(c["value"]), reverse=True)
    if entry.get("summary"):
        candidates.append({"value": entry["summary"],
                           "type": (entry.get("summary_detail") or {}).get("type", "text/html")})
    for candidate in candidates:
        value, kind = candidate["value"], candidate.get("type") or "text/html"
        links: tuple[Link, ...] = ()
        if kind == "text/plain":
            paragraphs = text_paragraphs(value)
        else:
            paragraphs = html_paragraphs(value)
            links = html_links(value, base, also=(feed_url,) if feed_url else ())
        if paragraphs:
            return paragraphs, links
    return [], ()


def _published(entry: Any) -> datetime | None:
    """An item's date: feedparser's parsed dates first, else python-dateutil on the text."""
    for name in ("published", "updated", "created"):
        parsed = entry.get(f"{name}_parsed")
        if parsed:
            try:
                return datetime(*parsed[:6]).replace(tzinfo=UTC)
            except (TypeError, ValueError):
                pass
    for name in ("published", "updated", "created"):
        raw = entry.get(name)
        if isinstance(raw, str) and raw.strip():
            found = parse_date(one_line(raw)[:100])
            if found:
                return found
    return None


def _tags(terms: Iterable[Any], extra: Sequence[str]) -> tuple[str, ...]:
    """Categories and extra tags, one line each, case-blind duplicates dropped."""
    kept: list[str] = []
    seen: set[str] = set()
    for term in [*terms, *extra]:
        tag = one_line(term) if isinstance(term, str) else ""
        if tag and len(tag) <= MAX_TAG_LENGTH and tag.casefold() not in seen:
            seen.add(tag.casefold())
            kept.append(tag)
    return tuple(kept)


def item_key(guid: Any, link: str | None, scope: str | None) -> str | None:
    """An item's identity: its guid (else its link).

    A guid that is not an address or URN ("1234") is unique only within its site, so it is
    qualified by the feed's site (or the feed's address) to keep two sites' items apart.
    """
    if isinstance(guid, str) and (guid := one_line(guid)):
        if "://" in guid or guid.lower().startswith(("urn:", "tag:")) or not scope:
            return guid
        return f"{scope}#{guid}"
    return link


def _title(entry: Any, paragraphs: list[str], link: str | None) -> str:
    title = _detail_text(entry.get("title"), entry.get("title_detail"))
    if title:
        return title
    if paragraphs:
        first = paragraphs[0]
        return first if len(first) <= TITLE_FROM_TEXT else first[:TITLE_FROM_TEXT - 1] + "…"
    return link or "(untitled)"


def _article(entry: Any, feed_title: str | None, scope: str | None,
             tags: Sequence[str], feed_url: str | None = None) -> Article:
    """One feed item as an article."""
    link = _web_address(entry.get("link"))
    paragraphs, links = _body(entry, link, feed_url)
    source = entry.get("source") or {}
    source_title = one_line(source.get("title") or "") if isinstance(source, dict) else ""
    return Article(
        title=_title(entry, paragraphs, link),
        body="\n\n".join(paragraphs),
        source=source_title or feed_title,
        author=_author(entry),
        published=_published(entry),
        url=link,
        tags=_tags((t.get("term") or t.get("label") for t in entry.get("tags") or ()), tags),
        key=item_key(entry.get("id"), link, scope),
        links=links,
    )


def _xml_problem(exc: Exception | None) -> str | None:
    """A malformed-XML error in a few words, or None if the problem is not one."""
    if not isinstance(exc, SAXParseException):
        return None
    return (f"malformed XML ({one_line(exc.getMessage())} at line {exc.getLineNumber()}, "
            f"column {exc.getColumnNumber()})")


_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")


def _bad_reference(data: bytes) -> str | None:
    """The first character reference in a document that names no character (a surrogate,
    or past U+10FFFF), or None."""
    for match in _REFERENCE.finditer(data):
        hexa, decimal = match.groups()
        code = int(hexa, 16) if hexa else int(decimal.lstrip(b"0")[:10] or b"0")
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return match.group().decode("ascii")
    return None


def parse_feed(data: bytes, *, url: str | None = None, content_type: str | None = None,
               tags: Sequence[str] = (), limited: bool = True) -> ParsedFeed:
    """The items of a feed document as articles; raises NotAFeed with the reason.

    ``url`` is where the document came from (relative links resolve against it);
    ``tags`` are added to every article (the subscription's tags). ``limited``: read at
    most MAX_ITEMS items (a fetch, which says so in the warning); a file imported is read
    whole (it is at most MAX_FEED_BYTES).
    """
    if not data.strip():
        raise NotAFeed("empty response")
    headers = {"content-type": content_type or "application/xml"}
    if url:
        headers["content-location"] = url
    import feedparser  # loaded on first use: it is not needed to start newsreader

    # No HTML sanitizing: the text is extracted from the HTML and never rendered, and
    # feedparser's sanitizer keeps the fallback text of elements it removes (iframes).
    try:
        parsed = feedparser.parse(data, response_headers=headers, sanitize_html=False,
                                  resolve_relative_uris=True)
    except (UnicodeError, ValueError, OverflowError):
        # feedparser's lenient reader, which reads what is not XML, fails on character
        # references to no character (&#xD800;, &#x110000;, a number of 30 digits)
        ref = _bad_reference(data)
        raise NotAFeed(f"malformed XML ({ref[:40]} is no character)" if ref
                       else "malformed XML, unreadable even leniently") from None
    entries = [e for e in parsed.get("entries") or ()
               if e.get("title") or e.get("link") or e.get("summary") or e.get("content")]
    problem = _xml_problem(parsed.get("bozo_exception")) if parsed.get("bozo") else None
    if not entries and (problem or not parsed.get("version")):
        if looks_like_html(data, content_type):
            links = linked_feeds(data, url)
            named = f" that names the feed {links[0]}" if links else ""
            raise NotAFeed(f"not a feed (got an HTML page{named})")
        if not _XML_START.match(data[:1024].lstrip(b"\xef\xbb\xbf")):
            kind = one_line((content_type or "").split(";")[0])[:60]
            raise NotAFeed(f"not a feed (not XML{f'; got {kind}' if kind else ''})")
        if problem:
            raise NotAFeed(problem)
        raise NotAFeed("not a feed (an XML document, but not RSS or Atom)")
    feed = parsed.get("feed") or {}
    title = _detail_text(feed.get("title"), feed.get("title_detail")) or None
    link = _web_address(feed.get("link"))
    scope = link or url
    warning = f"{problem}; read leniently" if problem else None
    if b"<!ENTITY" in data[:65536] and problem:
        warning = f"{problem}: its entity declarations were ignored; read leniently"
    if limited and len(entries) > MAX_ITEMS:
        note = f"the feed has {len(entries)} items; read the first {MAX_ITEMS}"
        warning = f"{warning}; {note}" if warning else note
        entries = entries[:MAX_ITEMS]
    articles = [_article(e, title, scope, tags, url) for e in entries]
    return ParsedFeed(title=title, link=link, articles=articles, warning=warning)


def read_feed_file(path: Path, max_bytes: int = MAX_FEED_BYTES) -> list[Article]:
    """The items of a feed file, or Rejected with the reason (an empty file says so: it
    is no feed, whatever its name)."""
    data = read_bytes(path, max_bytes, what="a feed")
    if not data.strip():
        raise Rejected("an empty file (0 bytes), not a feed" if not data
                       else "an empty file (only white space), not a feed")
    try:
        return parse_feed(data, limited=False).articles
    except NotAFeed as err:
        raise Rejected(str(err)) from None


def server_item(*, title: str, html: str, link: str | None, guid: str | None,
                author: str | None, published: datetime | None, source: str | None,
                site: str | None, tags: Sequence[str] = ()) -> Article:
    """An article a feed server holds (its HTML content, title and guid as the feed gave
    them) read exactly as the same item of the feed itself would be: the same text, title
    rules, tags and identity (so an item fetched from the feed and synced from a server
    is one article)."""
    paragraphs = html_paragraphs(html) if html.strip() else []
    address = _web_address(link)
    name = one_line(author) if author else ""
    entry = {"title": title, "title_detail": {"type": "text/html"}}
    return Article(
        title=_title(entry, paragraphs, address),
        body="\n\n".join(paragraphs),
        source=one_line(source) if source else None,
        author=name or None,
        published=published,
        url=address,
        tags=_tags((), tags),
        key=item_key(guid, address, site),
    )
