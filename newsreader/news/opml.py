"""OPML 2.0 subscription lists, the format feed readers exchange subscriptions in.

Folders (outlines that hold other outlines) become tags on the feeds inside them, and
tags come back out as folders; a feed with several tags is listed once, in its first tag's
folder, with every tag in its ``category`` attribute (read back as tags). Input
is parsed with defusedxml: a document that declares entities or a DTD is refused, so an
entity bomb or an external entity never expands.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime

import defusedxml
import defusedxml.ElementTree as SafeET

from newsreader.news.cleaning import one_line

MAX_OPML_BYTES = 10 * 1024 * 1024
"""The largest OPML document read."""
MAX_DEPTH = 32
"""Folders nested deeper than this are not read (no reader's export nests so deep)."""


class NotOpml(ValueError):
    """The document is not a readable OPML file; ``str(err)`` says why."""


@dataclass
class OpmlFeed:
    """One subscription in an OPML document."""

    url: str
    """The feed's address (``xmlUrl``)."""
    title: str | None = None
    """Its name in the outline."""
    site: str | None = None
    """The web site it belongs to (``htmlUrl``)."""
    tags: list[str] = field(default_factory=list)
    """The folders it is in, and its ``category`` values."""


@dataclass
class OpmlDocument:
    """What an OPML document lists."""

    feeds: list[OpmlFeed] = field(default_factory=list)
    """Each feed once (a feed in several folders has all their names as tags)."""
    skipped: list[str] = field(default_factory=list)
    """Outlines that could not be used, each with the reason."""


def _attr(element: ET.Element, name: str) -> str:
    """An attribute by name, case-blind (``xmlUrl``, ``xmlurl``), as one clean line."""
    want = name.lower()
    for key, value in element.attrib.items():
        if key.lower() == want:
            return one_line(value)
    return ""


def _categories(value: str) -> list[str]:
    """Tags from an OPML ``category`` attribute: "/News/Local,/Tech" -> Local, Tech."""
    tags = []
    for part in value.split(","):
        name = part.strip().strip("/").rsplit("/", 1)[-1].strip()
        if name:
            tags.append(name)
    return tags


def _is_outline(element: ET.Element) -> bool:
    return isinstance(element.tag, str) and element.tag.rsplit("}", 1)[-1] == "outline"


def _outlines(parent: ET.Element, skipped: list[str]) -> Iterator[tuple[ET.Element, list[str]]]:
    """Every outline under ``parent``, in document order, with the folder names it is
    inside. Walked with a stack of its own (no recursion, so any nesting is safe) and in
    linear time; folders nested more than MAX_DEPTH deep are left out, and said so once
    in ``skipped``."""
    stack: list[tuple[Iterator[ET.Element], tuple[str, ...]]] = [(iter(parent), ())]
    too_deep = False
    while stack:
        children, folders = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            continue
        if not _is_outline(child):
            continue
        yield child, list(folders)
        if _attr(child, "xmlUrl") or not any(_is_outline(c) for c in child):
            continue
        if len(stack) > MAX_DEPTH:
            too_deep = True
            continue
        name = _attr(child, "text") or _attr(child, "title")
        stack.append((iter(child), (*folders, name) if name else folders))
    if too_deep:
        skipped.append(f"outlines nested more than {MAX_DEPTH} folders deep (skipped)")


def parse_opml(data: bytes) -> OpmlDocument:
    """The feeds an OPML document lists; raises NotOpml with the reason."""
    if not data.strip():
        raise NotOpml("empty")
    if len(data) > MAX_OPML_BYTES:
        raise NotOpml(f"too large (the limit is {MAX_OPML_BYTES // (1024 * 1024)} MB)")
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except defusedxml.DefusedXmlException:
        raise NotOpml("refused: it declares a DTD or XML entities (an entity bomb?)") from None
    except ET.ParseError as err:
        raise NotOpml(f"malformed XML ({one_line(str(err))})") from None
    if root.tag.rsplit("}", 1)[-1].lower() != "opml":
        raise NotOpml(f"not OPML (the document is <{one_line(root.tag)[:40]}>)")
    body = next((c for c in root if isinstance(c.tag, str) and c.tag.endswith("body")), None)
    doc = OpmlDocument()
    if body is None:
        return doc
    by_url: dict[str, OpmlFeed] = {}
    seen_tags: dict[str, set[str]] = {}
    for outline, folders in _outlines(body, doc.skipped):
        url = _attr(outline, "xmlUrl")
        if not url:
            continue
        if url.lower().startswith("feed://"):
            url = "http://" + url[len("feed://"):]
        if not url.lower().startswith(("http://", "https://")):
            doc.skipped.append(f"{url[:100]}: not a web address")
            continue
        feed = by_url.get(url)
        if feed is None:
            site = _attr(outline, "htmlUrl")
            title = _attr(outline, "title") or _attr(outline, "text")
            feed = OpmlFeed(url=url, title=title if title and title != url else None,
                            site=site if site.startswith(("http:", "https:")) else None)
            by_url[url] = feed
            doc.feeds.append(feed)
        have = seen_tags.setdefault(url, {t.casefold() for t in feed.tags})
        for tag in [*folders, *_categories(_attr(outline, "category"))]:
            if tag and tag.casefold() not in have:
                have.add(tag.casefold())
                feed.tags.append(tag)
    return doc


def write_opml(feeds: Iterable[OpmlFeed], title: str = "newsreader subscriptions",
               created: datetime | None = None) -> str:
    """An OPML 2.0 document listing ``feeds``, each once: in the folder of its first tag
    (untagged feeds at the top), with all its tags as ``category`` when it has several."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = format_datetime(
        created or datetime.now(UTC).replace(microsecond=0), usegmt=True)
    body = ET.SubElement(root, "body")
    folders: dict[str, ET.Element] = {}

    def entry(parent: ET.Element, feed: OpmlFeed) -> None:
        attrs = {"type": "rss", "text": feed.title or feed.url, "xmlUrl": feed.url}
        if feed.title:
            attrs["title"] = feed.title
        if feed.site:
            attrs["htmlUrl"] = feed.site
        if len(feed.tags) > 1:  # the other tags, as OPML 2.0 categories
            attrs["category"] = ",".join("/" + t.replace(",", " ") for t in feed.tags)
        ET.SubElement(parent, "outline", attrs)

    for feed in feeds:  # each feed once (a reader that subscribes per outline gets it once)
        if not feed.tags:
            entry(body, feed)
            continue
        tag = feed.tags[0]
        folder = folders.get(tag.casefold())
        if folder is None:
            folder = ET.SubElement(body, "outline", {"text": tag, "title": tag})
            folders[tag.casefold()] = folder
        entry(folder, feed)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
