"""The plain-text article format: a title line, blank-line paragraphs, a "More from" line.

Optional header lines (``Source:``, ``Author:``, ``Date:``, ``URL:``) may come before
the title or right after it.
"""

from __future__ import annotations

import re
from datetime import datetime

from newsreader.news.article import Article
from newsreader.news.cleaning import one_line, strip_controls

_HEADER = re.compile(r"^(source|author|date|published|url|link)[ \t]*:[ \t]*(\S.*?)\s*$", re.I)
_MORE_FROM = re.compile(r"^more from\s+(\S.{0,78}?)\.?\s*$", re.I)
_FIELDS = {"source": "source", "author": "author", "date": "date", "published": "date",
           "url": "url", "link": "url"}


class NotAnArticle(ValueError):
    """The text has no title or no paragraphs."""


def parse_date(value: str) -> datetime | None:
    """A date or date-time in any common notation, or None if it is not one."""
    from dateutil import parser as dateparser  # here: most commands never read a date

    try:
        return dateparser.parse(value)
    except (ValueError, OverflowError, TypeError):
        return None


def is_header_line(line: str) -> bool:
    """Whether a line is one of the format's header lines (``Source: …``, ``Date: …``)."""
    return _HEADER.match(line.strip()) is not None


def _header(line: str) -> tuple[str, str] | None:
    match = _HEADER.match(line.strip())
    if not match:
        return None
    return _FIELDS[match.group(1).lower()], match.group(2)


def _paragraphs(lines: list[str]) -> list[str]:
    """Lines grouped at blank lines; lines inside a paragraph joined by a space."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def parse_plaintext(text: str) -> Article:
    """Read an article in the plain-text format; raises NotAnArticle if there is none."""
    lines = strip_controls(text).split("\n")
    fields: dict[str, str] = {}
    title = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip():
            continue
        header = _header(line)
        if header and not title:
            fields.setdefault(*header)
            continue
        title = one_line(line)
        break
    while i < len(lines) and (header := _header(lines[i])):
        fields.setdefault(*header)
        i += 1
    if not title:
        raise NotAnArticle("no title: the file has no text")
    paragraphs = _paragraphs(lines[i:])
    if paragraphs and (more := _MORE_FROM.match(paragraphs[-1])):
        paragraphs.pop()
        fields.setdefault("source", more.group(1))
    if not paragraphs:
        raise NotAnArticle("a title but no text after it")
    return Article(
        title=title,
        body="\n\n".join(paragraphs),
        source=one_line(fields["source"]) if "source" in fields else None,
        author=one_line(fields["author"]) if "author" in fields else None,
        published=parse_date(fields["date"]) if "date" in fields else None,
        url=one_line(fields["url"]) if "url" in fields else None,
    )
